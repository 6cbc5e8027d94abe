"""A goal with a remark around it: a reason ('..., want ...', '... ivm ...'), a feeling or
opinion ('..., I find it hard', '- ik denk dat ...'), an uncertainty ('..., not sure yet
how'), an approval or agreement still to be made ('This needs approval from ...', 'Will
discuss with ... how to measure this.'), a bare reason ('Mijn rug.'). The goal gets a whole
rewrite of its own and the remark stays as written after it; a failing goal never gets an
empty rewrite. Goals written fresh for these categories, in fields of their own (none from
the measured sets)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.remarks import Remarked, remarked, with_remark
from smartcheck.fixing.rewrite.style import style_for
from tests.support.rewriting import REF, seam_kinds, well_rewritten

CHECKER = Checker()


def _remarked(text: str, lang: str) -> Remarked | None:
    ctx = CHECKER.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    return remarked(CHECKER.parse(text, lang=lang, reference_date=REF), ctx, style)


# (lang, goal, the remark as it must stand at the rewrite's end)
FEELINGS = [
    (
        "en",
        "Get better at explaining dosage changes to patients, I find it hard.",
        "I find it hard.",
    ),
    (
        "en",
        "Get quicker at closing the till at the bakery, I struggle with it.",
        "I struggle with it.",
    ),
    (
        "nl",
        "Beter worden in het uitleggen van de huisregels aan nieuwe gasten, ik vind het lastig.",
        "Ik vind het lastig.",
    ),
    (
        "nl",
        "Sneller worden met het inruimen van de koeling, ik vind dat moeilijk.",
        "Ik vind dat moeilijk.",
    ),
    (
        "nl",
        "Beter leren omgaan met huilende peuters bij het brengen, ik vind het spannend.",
        "Ik vind het spannend.",
    ),
]
OPINIONS = [
    (  # the guess that opens the opinion goes (A), as the structured fallback drops it
        "en",
        "Learn everything about the new booking system - I think we can save a lot of time.",
        ". We can save a lot of time.",
    ),
    (  # a Dutch 'dat'-clause keeps its verb last: the opinion stays whole
        "nl",
        "Beter worden in het plannen van de bezorgroutes - ik denk dat we veel tijd verliezen.",
        ". Ik denk dat we veel tijd verliezen.",
    ),
    (
        "en",
        "Get faster at checking in hotel guests, I feel we lose too much time.",
        "I feel we lose too much time.",
    ),
    (
        "nl",
        "Sneller worden in het verwerken van de post, ik merk dat het blijft liggen.",
        "Ik merk dat het blijft liggen.",
    ),
]
REASONS = [
    (
        "nl",
        "Ik wil beter leren bestelformulieren invullen, vooral de spoedbestellingen, want daar "
        "gaat het nu vaak mis.",
        ", want daar gaat het nu vaak mis.",
    ),
    (
        "nl",
        "Nederlands verbeteren ivm contact met ouders op de opvang.",
        ", ivm contact met ouders op de opvang.",
    ),
    (
        "nl",
        "Engels verbeteren ivm de buitenlandse klanten. Misschien een cursus via het werk?",
        ", ivm de buitenlandse klanten.",
    ),
    (
        "en",
        "Improve my French due to the visitors from Lyon. Perhaps a course through work?",
        "due to the visitors from Lyon.",
    ),
]
UNCERTAIN = [
    ("en", "Learn more about bike suspension repairs, not sure yet how.", "Not sure yet how."),
    (
        "en",
        "Get better at dealing with insurance claims, no idea where to start.",
        "No idea where to start.",
    ),
    ("nl", "Meer leren over de verzorging van reptielen, weet nog niet hoe.", "Weet nog niet hoe."),
]
AGREEMENTS = [
    (
        "en",
        "Run the Saturday swimming lessons on my own. This needs approval from the pool manager.",
        "This needs approval from the pool manager.",
    ),
    (
        "en",
        "Cut the number of missed pick-ups at the warehouse. Will discuss with my team lead how "
        "to measure this.",
        "Will discuss with my team lead how to measure this.",
    ),
    (
        "en",
        "Take over the stock ordering for the garden centre. This depends on the budget for "
        "next year.",
        "This depends on the budget for next year.",
    ),
    (
        "nl",
        "Minder fouten bij het inpakken van de bestellingen. Ga ik met mijn teamleider bespreken "
        "hoe we dit meten.",
        "Ga ik met mijn teamleider bespreken hoe we dit meten.",
    ),
    (
        "nl",
        "De planning van de schoonmaakploeg overnemen. Dat hangt af van de nieuwe manager.",
        "Dat hangt af van de nieuwe manager.",
    ),
]
BARE = [
    ("nl", "Leren tillen met de juiste techniek. Mijn rug.", "Mijn rug."),
    ("en", "Lift the crates with a trolley from now on. My knees.", "My knees."),
]


@pytest.mark.parametrize(
    ("lang", "goal", "remark"), FEELINGS + OPINIONS + REASONS + UNCERTAIN + AGREEMENTS + BARE
)
def test_the_goal_is_rewritten_whole_and_the_remark_stays_after_it(
    lang: str, goal: str, remark: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert rewrite.endswith(remark), rewrite
    assert rewrite.count(remark.strip(" ,.")) == 1, "the remark is no goal of its own"


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Improve my handling of late returns at the library desk, I find that difficult."),
        (
            "en",
            "Learn to read the wiring diagrams of the bus fleet, because I get stuck on them now.",
        ),
    ],
)
def test_a_remark_is_no_goal_of_its_own(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert report.structured_rewrite is None, report.rewrite
    assert not report.split, report.split
    assert report.rewrite is not None and "\n" not in report.rewrite


@pytest.mark.parametrize(
    ("lang", "text"),
    [  # the support the goal gets, no remark: ', in overleg met ...' holds no verb
        ("nl", "Bijhouden van de voorraad in de keuken, in overleg met Karin."),
        ("en", "Keep the stock lists of the kitchen up to date, in consultation with Omar."),
        # a feeling as the first piece is the goal's own difficulty, not a remark after it
        ("en", "I find it hard to say no to extra shifts at the care home."),
        ("nl", "Ik vind het lastig om nee te zeggen tegen extra diensten."),
        # a reason that opens the text is the reason before the goal (reason_openers)
        ("en", "Because the queue gets long, I want to open a second till on Saturdays."),
        # what is left without the remark is too short to be a goal
        ("en", "Excel, I find it hard."),
    ],
)
def test_no_remark_where_the_piece_is_the_goal_or_its_support(lang: str, text: str) -> None:
    assert _remarked(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "goal", "remark", "clause"),
    [
        (
            "nl",
            "Sneller kassa tellen, want de rij wordt te lang.",
            "Sneller kassa tellen.",
            "want de rij wordt te lang",
            True,
        ),
        (
            "en",
            "Learn the new rota tool. I'm not sure how yet. Will ask Femke?",
            "Learn the new rota tool. Will ask Femke?",
            "I'm not sure how yet",
            False,
        ),
    ],
)
def test_the_remark_is_cut_where_the_writer_put_it(
    lang: str, text: str, goal: str, remark: str, clause: bool
) -> None:
    found = _remarked(text, lang)
    assert found == Remarked(goal=goal, remark=remark, clause=clause)


def test_a_reason_goes_after_a_comma_and_a_remark_after_the_last_goal() -> None:
    reason = Remarked(goal="x", remark="want de rij wordt te lang", clause=True)
    assert with_remark("Vóór [datum] ga ik sneller tellen.", reason) == (
        "Vóór [datum] ga ik sneller tellen, want de rij wordt te lang."
    )
    feeling = Remarked(goal="x", remark="not sure yet how", clause=False)
    assert with_remark("By [date], I will A.\nBy [date], I will B.", feeling) == (
        "By [date], I will A.\nBy [date], I will B. Not sure yet how."
    )


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "Zelfstandig de ochtendopening doen, nu doe ik dat met Sanne. Doel: vanaf februari alleen.",
            "Ik ga zelfstandig de ochtendopening doen, Doel: vanaf februari alleen. Nu doe ik dat "
            "met Sanne.",
        ),
        (
            "en",
            "Open the library on my own, right now I shadow Sam. Goal: from March on weekdays.",
            "I will open the library on my own, Goal: from March on weekdays.",
        ),
    ],
)
def test_a_label_joined_inside_a_sentence_is_a_seam(lang: str, goal: str, candidate: str) -> None:
    assert "residue" in seam_kinds(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Doel 4: Spaans verbeteren ivm de gasten uit Valencia. Misschien een cursus?"),
        ("en", "Be calmer with the night-shift handover. Maybe a checklist, or is that silly?"),
        ("nl", "Rustiger worden bij drukte. Hoe doe ik dat eigenlijk?"),
    ],
)
def test_a_statement_before_a_question_gets_a_rewrite(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart
    assert report.rewrite, "a failing goal stated before its question gets a rewrite"


_NL_GOALS = [
    "Beter worden in het inwerken van stagiairs",
    "Sneller de retouren verwerken",
    "Meer leren over allergenen in de keuken",
    "Rustiger blijven bij klachten aan de balie",
]
_NL_AFTER = [
    "",
    ", ik vind het lastig",
    ", want het gaat nu vaak mis",
    " ivm de drukte in de zomer",
    ", weet nog niet hoe",
    ". Dit moet nog besproken worden met de chef",
    ". Mijn rug",
    ". Misschien een cursus?",
    ". Hoe pak ik dat aan?",
]
_EN_GOALS = [
    "Get better at onboarding interns",
    "Process the returns faster",
    "Learn more about allergens in the kitchen",
    "Stay calmer with complaints at the front desk",
]
_EN_AFTER = [
    "",
    ", I find it hard",
    ", because it often goes wrong now",
    " due to the summer rush",
    ", not sure yet how",
    ". This needs approval from my manager",
    ". My back",
    ". Maybe a course?",
    ". How do I do that?",
]


@settings(max_examples=24, deadline=None)
@given(
    lang=st.sampled_from(["nl", "en"]),
    goal=st.integers(0, 3),
    after=st.integers(0, len(_NL_AFTER) - 1),
    stop=st.sampled_from([".", "", "!"]),
)
def test_a_failing_goal_never_gets_an_empty_rewrite(
    lang: str, goal: int, after: int, stop: str
) -> None:
    """Whatever remark or question follows it, a failing goal the writer stated gets a
    rewritten sentence or the structured fallback: never nothing."""
    goals, afters = (_NL_GOALS, _NL_AFTER) if lang == "nl" else (_EN_GOALS, _EN_AFTER)
    tail = afters[after]
    text = goals[goal] + tail + ("" if tail.endswith("?") else stop)
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart
    assert report.rewrite, text
    assert report.rewrites and all(report.rewrites), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [  # an agreement that points at no goal is a goal of its own (a routine, a plan)
        ("en", "Learn the new till software. I want to discuss my progress with Ayla monthly."),
        ("nl", "De nieuwe kassa leren. Elke maand mijn voortgang bespreken met Ayla."),
    ],
)
def test_an_agreement_about_something_else_is_no_remark(lang: str, text: str) -> None:
    assert _remarked(text, lang) is None
