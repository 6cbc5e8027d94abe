"""Someone else's aim, then the writer's own step (rewrite/aims.py, checker ``_aimed``).

"My manager wants me to X. I'll try to Y.", "Er moet meer X komen, dus ik ga Y.": the first
part fails A on its own (another person's wish, an obligation with no owner; JUDGING A), the
second is what the writer controls. The rewrite commits to the step and keeps the aim after
it as what the step serves: the other's wish as the writer's purpose with its credit ("...,
so that I can X, as my manager wants"), an obligation with no owner as the result ("...,
zodat er meer X komt"). The fixtures are fresh goals from fields of their own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.aims import aim_and_step
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import RewriteStyle, style_for
from tests.conftest import REF
from tests.support.rewrite_quality import evaluate_goal

CHECKER = Checker()


def _style(lang: str) -> RewriteStyle:
    style = style_for(CHECKER.context(lang))
    assert style is not None
    return style


def _rewrite(text: str, lang: str) -> str:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart, "the example must fail something to be rewritten"
    assert report.structured_rewrite is None, report.rewrite
    assert report.rewrite is not None
    return report.rewrite


# (lang, goal, the writer's step that leads the rewrite, the aim kept after it)
VOICED = [
    (
        "en",
        "My manager wants me to run the Monday stand-up. I'll try to chair my first one in "
        "January.",
        "chair my first one",
        "so that I can run the Monday stand-up, as my manager wants",
    ),
    (
        "en",
        "HR expects me to mentor the new apprentices. I want to meet each of them every two weeks.",
        "meet each of them every two weeks",
        "mentor the new apprentices, as HR expects",
    ),
    (
        "en",
        "Our director asked me to write the new returns procedure. Hopefully I can send a first "
        "draft to the team by March.",
        "send a first draft to the team",
        "write the new returns procedure, as our director asked",
    ),
    (
        "nl",
        "Het bedrijf wil dat ik de nieuwe collega's inwerk. Ik wil elke nieuwe collega een eigen "
        "inwerkschema geven.",
        "elke nieuwe collega een eigen inwerkschema geven",
        "zodat ik de nieuwe collega's kan inwerken, zoals het bedrijf wil",
    ),
    (
        "nl",
        "Mijn leidinggevende wil dat ik de kassa-afsluiting leer, dus elke vrijdag meekijken met "
        "Joyce.",
        "elke vrijdag meekijken met Joyce",
        "zodat ik de kassa-afsluiting kan leren, zoals mijn leidinggevende wil",
    ),
    (
        "nl",
        "Mijn teamleider wil dat ik de weekplanning van de bezorgers maak. Hopelijk kan ik in "
        "februari de eerste zelf maken.",
        "de eerste zelf maken",
        "zodat ik de weekplanning van de bezorgers kan maken, zoals mijn teamleider wil",
    ),
]

# (lang, goal, the writer's step, the result the step brings about)
IMPERSONAL = [
    (
        "nl",
        "Er moeten minder klachten over de bezorging komen, dus ik ga elke ochtend de routes "
        "controleren.",
        "elke ochtend de routes controleren",
        "zodat er minder klachten over de bezorging komen",
    ),
    (
        "nl",
        "Er moet meer omzet uit de cadeauhoek komen, dus ik moet klanten vaker een cadeaubon "
        "aanbieden",
        "klanten vaker een cadeaubon aanbieden",
        "zodat er meer omzet uit de cadeauhoek komt",
    ),
    (
        "en",
        "The library needs to get better at tracking overdue loans, so I've been asked to set up "
        "a weekly overdue list for the front desk.",
        "set up a weekly overdue list for the front desk",
        "so that the library gets better at tracking overdue loans",
    ),
    (
        "en",
        "The waiting room has to be quieter. I'll try to book fewer appointments at nine on "
        "Mondays.",
        "book fewer appointments at nine on Mondays",
        "so that the waiting room is quieter",
    ),
]


@pytest.mark.parametrize(("lang", "text", "step", "aim"), VOICED + IMPERSONAL)
def test_the_step_is_the_goal_and_the_aim_its_reason(
    lang: str, text: str, step: str, aim: str
) -> None:
    rewrite = _rewrite(text, lang)
    assert step in rewrite
    assert aim in rewrite
    assert rewrite.index(step) < rewrite.index(aim), "the step leads, the aim follows"
    assert rewrite.rstrip(".").endswith(aim), "nothing of the step after the aim"


@pytest.mark.parametrize(("lang", "text", "step", "aim"), VOICED + IMPERSONAL)
def test_filled_in_the_rewrite_passes_what_failed(
    lang: str, text: str, step: str, aim: str
) -> None:
    """Filled in, the rewrite passes every criterion the goal failed (A among them), keeps
    the writer's content words and shows no seam (the rewrite-quality measure)."""
    outcome = evaluate_goal(CHECKER, text, lang)
    assert outcome is not None
    assert "A" in outcome.failed
    assert outcome.ok, (outcome.rewrite, outcome.still_failing, outcome.missing, outcome.seams)


@pytest.mark.parametrize(
    ("lang", "text", "aim", "step"),
    [
        (
            "en",
            "The owner would like the café to open earlier. I'll try to bake the scones before "
            "seven.",
            "The owner would like the café to open earlier.",
            "I'll try to bake the scones before seven.",
        ),
        (
            "en",
            "The team must answer the phone faster, so I will take the first line every Monday",
            "The team must answer the phone faster.",
            "I will take the first line every Monday.",
        ),
        (
            "en",
            "The stock counts must be right, so check the fridge stock every Friday",
            "The stock counts must be right.",
            "I want to check the fridge stock every Friday.",
        ),
        (
            "nl",
            "De kassa moet sneller, dus elke dag de pinautomaat testen",
            "De kassa moet sneller.",
            "Ik wil elke dag de pinautomaat testen.",
        ),
        (
            "nl",
            "Het magazijn moet opgeruimd, dus ga ik elke vrijdag de stellingen nalopen",
            "Het magazijn moet opgeruimd.",
            "Ik ga elke vrijdag de stellingen nalopen.",
        ),
    ],
)
def test_where_the_text_is_cut(lang: str, text: str, aim: str, step: str) -> None:
    """Two sentences, or a comma and a joiner ('so', 'dus'); a step without the writer's
    subject gets the writer's wish in front, an inverted one ('dus ga ik') its subject back
    in front. Whose part is whose is the checker's to judge (see the next test)."""
    found = aim_and_step(text, _style(lang))
    assert found is not None
    assert (found.aim, found.step) == (aim, step)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I will chair the Monday stand-up from January."),
        ("en", "My manager wants me to chair the stand-up, and I agree. I like it. I'm keen."),
        ("nl", "Er moet meer omzet komen, want de winkel staat er slecht voor."),
        ("nl", "Het team wil dat ik presenteer. Ik ook."),
        ("nl", "HR wil dat ik mijn EHBO-diploma haal. Hopelijk lukt de cursus in april."),
        ("nl", "Mijn teamleider wil dat ik de kassa opmaak. Daar wil ik in maart mee beginnen."),
        ("en", "My manager wants me to lead the safety walk. I hope to do it by April."),
        ("en", "HR wants me to get my first aid certificate. Hopefully the course runs in April."),
    ],
)
def test_no_cut(lang: str, text: str) -> None:
    """One sentence without a joiner, three sentences, a step too short to be a goal, one
    told of someone else ('Hopelijk lukt de cursus'), or one that points back at the aim
    ('Daar wil ik ...', 'do it'): no step of the writer's own."""
    assert aim_and_step(text, _style(lang)) is None


@pytest.mark.parametrize(
    ("lang", "text", "aim"),
    [
        (
            "nl",
            "Ik wil de voorraadlijst bijhouden. Ik ga elke maandag de koelcel tellen.",
            "zodat ik",
        ),
        (
            "en",
            "I want to learn the new till system. I will ask Priya to show me on Monday.",
            "so that",
        ),
    ],
)
def test_the_writers_own_aim_is_no_aim_of_others(lang: str, text: str, aim: str) -> None:
    """A first part the writer owns passes A on its own: it is no one else's aim, and the
    text is not rewritten as a step serving it."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not any(aim in r and r.index(aim) > 0 for r in report.rewrites if r)


@pytest.mark.parametrize(
    ("lang", "text", "candidate"),
    [
        (
            "nl",
            "Er moet meer omzet uit de cadeauhoek komen, dus ik moet klanten vaker een cadeaubon "
            "aanbieden",
            "Er moet meer omzet uit de cadeauhoek komen, dus ik vóór [datum] moet klanten vaker "
            "een cadeaubon aanbieden, met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "The printers keep jamming, so I want to clean the rollers every week",
            "The printers keep jamming, so I by [date] will clean the rollers every week.",
        ),
    ],
)
def test_a_deadline_between_subject_and_verb_after_a_joiner_is_a_seam(
    lang: str, text: str, candidate: str
) -> None:
    """'dus ik vóór [datum] moet': after 'dus' / 'so' a main clause follows, whose finite
    verb comes right after its subject (seams/deadlines.py ``time_after_subject``)."""
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    seams = find_seams(candidate, goal, CHECKER.context(lang), _style(lang))
    assert any(s.kind == "word_order" and "deadline between" in s.detail for s in seams)


PEOPLE = {
    "en": ["My manager", "Our director", "The owner", "HR"],
    "nl": ["Mijn leidinggevende", "Onze directeur", "De eigenaar", "HR"],
}
AIMS = {
    "en": [
        ("wants me to", "lead the safety walk"),
        ("wants me to", "take over the supplier orders"),
        ("expects me to", "train the new drivers"),
    ],
    "nl": [
        ("wil dat ik", "de veiligheidsronde leid"),
        ("wil dat ik", "de bestellingen overneem"),
        ("verwacht dat ik", "de nieuwe chauffeurs opleid"),
    ],
}
STEPS = {
    "en": [
        "I'll try to shadow Sam on two rounds in March.",
        "Hopefully I can write a checklist for the rounds by April.",
        "I want to read the current procedure every Friday until February.",
    ],
    "nl": [
        "Ik wil proberen in maart twee keer met Sam mee te lopen.",
        "Hopelijk kan ik in april een checklist voor de rondes schrijven.",
        "Ik wil tot februari elke vrijdag de huidige werkwijze doorlezen.",
    ],
}


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["nl", "en"]).flatmap(
        lambda lang: st.tuples(
            st.just(lang),
            st.sampled_from(PEOPLE[lang]),
            st.sampled_from(AIMS[lang]),
            st.sampled_from(STEPS[lang]),
        )
    )
)
def test_any_aim_with_any_step_keeps_both_without_a_seam(
    case: tuple[str, str, tuple[str, str], str],
) -> None:
    """Property: whoever wants it and whatever the step, a rewrite that takes the step as the
    goal shows no seam, keeps the other person as the credit after the step, and never
    commits to the other's aim in their own words ('wil dat ik vóór ...')."""
    lang, who, (verb, aim), step = case
    text = f"{who} {verb} {aim}. {step}"
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    style = _style(lang)
    rewrite = report.rewrite or ""
    if report.structured_rewrite is None:
        assert not rewrite.startswith(who), "the others' wish does not lead the rewrite"
        assert find_seams(rewrite, goal, CHECKER.context(lang), style) == []
        credit = style.frames.as_wished or "{who}"
        assert credit.format(who=who[0].lower() + who[1:] if who != "HR" else who) in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "clause", "context"),
    [
        (
            "nl",
            "Ik wil proberen patiënten beter uit te leggen hoeveel eigen risico ze betalen. Nu "
            "schrikken ze vaak van de rekening.",
            "hoeveel eigen risico ze betalen",
            "Nu schrikken ze vaak van de rekening.",
        ),
        (
            "nl",
            "Ik hoop bewoners beter uit te leggen waarom de lift een week stilstaat. Mensen bellen "
            "nu vaak boos naar het kantoor.",
            "waarom de lift een week stilstaat",
            "Mensen bellen nu vaak boos naar het kantoor.",
        ),
        (
            "en",
            "I want to try to explain better to guests why the pool closes early. Currently they "
            "often complain at reception.",
            "why the pool closes early",
            "Currently they often complain at reception.",
        ),
    ],
)
def test_a_hedged_goal_with_an_indirect_question_before_its_context(
    lang: str, text: str, clause: str, context: str
) -> None:
    """A hedged goal whose object is an indirect question ('uitleggen waarom ...', 'hoeveel
    ...'), then a sentence on the present: the question's clause has a verb of its own (the
    pack's ``relativizers``), so the goal is committed to, the context kept after it."""
    rewrite = _rewrite(text, lang)
    assert clause in rewrite
    assert rewrite.endswith(context)
    assert rewrite.index(clause) < rewrite.index(context)
    outcome = evaluate_goal(CHECKER, text, lang)
    assert outcome is not None
    assert outcome.ok, (outcome.rewrite, outcome.still_failing, outcome.missing, outcome.seams)


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        (
            "Het stemmen van gitaren — daar ben ik nog heel onzeker in",
            "Daar ben ik nog heel onzeker in.",
        ),
        ("Offertes calculeren - daar ben ik nog onzeker in.", "Daar ben ik nog onzeker in."),
        (
            "Achteruit inparkeren met de aanhanger - daar ben ik nog zenuwachtig over",
            "Daar ben ik nog zenuwachtig over.",
        ),
    ],
)
def test_a_topic_with_a_feeling_about_it(text: str, remark: str) -> None:
    """A topic, a dash and how the writer feels about it, pointed at with 'daar': the
    feeling is a remark kept as written after the topic's rewrite (remarks.py), never what
    the writer commits to."""
    rewrite = _rewrite(text, "nl")
    assert rewrite.endswith(remark)
    assert rewrite.count(remark.rstrip(".").split()[-2]) == 1  # the feeling said once


@pytest.mark.parametrize(
    ("lang", "text", "candidate"),
    [
        (
            "en",
            "Pricing repair jobs - I'm still very unsure about that",
            "In pricing repair jobs, by [date], I will be still very unsure about that, with "
            "[how measured] as evidence.",
        ),
        (
            "en",
            "Giving feedback to apprentices - that is something I feel unsure about",
            "Giving feedback to apprentices - that is something I feel unsure about, by [date].",
        ),
        (
            "nl",
            "Het stemmen van gitaren - daar ben ik nog heel onzeker in",
            "Het stemmen van gitaren - daar ben ik vóór [datum] nog heel onzeker in.",
        ),
    ],
)
def test_a_feeling_about_the_goal_committed_to_is_a_seam(
    lang: str, text: str, candidate: str
) -> None:
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    seams = find_seams(candidate, goal, CHECKER.context(lang), _style(lang))
    assert any(s.kind == "contradiction" and "feeling" in s.detail for s in seams)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I want to feel less nervous about that exam in June."),
        ("nl", "Ik wil minder zenuwachtig zijn bij presentaties."),
    ],
)
def test_a_feeling_the_goal_is_about_is_no_seam(lang: str, text: str) -> None:
    """'less nervous about that exam': 'that' is a determiner, and the feeling is what the
    goal is about; its rewrite stays a sentence."""
    rewrite = _rewrite(text, lang)
    assert rewrite.startswith(("I will", "Vóór", "By "))  # 'By 30 June 2027, I will [...]
