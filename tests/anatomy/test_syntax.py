"""Grammar facts read once in the reading stage: ``goal.syntax``.

Clauses, the main clause's verbs (form and role), the separable particle and the verbs of
coordinated goals are on the Goal, so rules and rewriters read them instead of re-deriving
them. Goals written fresh for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.reading.goal import Goal
from tests.conftest import REF


def parse(checker: Checker, text: str, lang: str) -> Goal:
    return checker.parse(text, lang=lang, reference_date=REF)


def test_main_and_purpose_clause_and_a_separable_verb(checker: Checker) -> None:
    goal = parse(checker, "Ik zet vóór 1 april de meldingen uit zodat ik rustiger werk.", "nl")
    syntax = goal.syntax
    assert syntax.main_clause is not None
    assert syntax.main_clause.text == "Ik zet vóór 1 april de meldingen uit"
    assert [(c.kind, c.text) for c in syntax.clauses if c.kind == "purpose"] == [
        ("purpose", "zodat ik rustiger werk")
    ]
    assert syntax.particle is not None and syntax.particle.text == "uit"
    assert syntax.finite_verb is not None and syntax.finite_verb.text == "zet"
    assert syntax.finite_verb.role == "action"
    assert goal.action is not None and goal.action.lemma == syntax.finite_verb.lemma == "uitzetten"


def test_a_modal_is_the_finite_verb_and_the_action_the_infinitive(checker: Checker) -> None:
    syntax = parse(checker, "Ik wil dit voorjaar mijn rijbewijs halen.", "nl").syntax
    assert [(v.text, v.form, v.role) for v in syntax.verbs] == [
        ("wil", "finite", "framing"),
        ("halen", "infinitive", "action"),
    ]
    assert [v.text for v in syntax.infinitives] == ["halen"]


def test_english_dependent_clause_and_framing_verbs(checker: Checker) -> None:
    syntax = parse(checker, "I will try to finish the handbook, which my team needs.", "en").syntax
    assert [(c.kind, c.text) for c in syntax.clauses] == [
        ("main", "I will try to finish the handbook"),
        ("dependent", "which my team needs"),
    ]
    roles = {v.text: v.role for v in syntax.verbs}
    assert roles["will"] == roles["try"] == "framing"
    assert roles["finish"] == "action"


def test_coordinated_goals_give_one_verb_each(checker: Checker) -> None:
    goal = parse(checker, "I will read two books on sales and call five new customers.", "en")
    assert [v.text for v in goal.syntax.goal_verbs] == ["read", "call"]
    single = parse(checker, "I will read two books on sales.", "en")
    assert [v.text for v in single.syntax.goal_verbs] == ["read"]


@pytest.mark.parametrize(
    ("lang", "text", "verbs"),
    [
        # Dutch verb-second: a verb stem before its subject pronoun, whatever its tag
        (
            "nl",
            "Vóór 1 mei 2027 bel ik elke klant terug, plan ik mijn week op maandag en schrijf ik "
            "een verslag per project.",
            ["bel", "plan", "schrijf"],
        ),
        # a later piece that proves the first: one goal
        ("en", "I will finish the Python course and pass its final test.", ["finish"]),
        ("nl", "Vóór 1 mei 2027 volg ik de cursus Engels en haal ik het examen.", ["volg"]),
        (
            "en",
            "I will run two workshops for new staff and ask the participants for feedback.",
            ["run"],
        ),
        # after a course, another route of learning: the means of one learning goal
        (
            "en",
            "I will take a course in negotiation and shadow a senior buyer for three days.",
            ["take"],
        ),
        # a credential of its own after something else is a second goal
        (
            "nl",
            "Vóór 1 mei 2027 schrijf ik een werkinstructie en haal ik mijn BHV-diploma.",
            ["schrijf", "haal"],
        ),
    ],
)
def test_pieces_that_serve_an_earlier_one_are_no_goal_of_their_own(
    checker: Checker, lang: str, text: str, verbs: list[str]
) -> None:
    assert [v.text for v in parse(checker, text, lang).syntax.goal_verbs] == verbs


def test_without_tags_no_coordinated_verbs_are_claimed(blank_checker: Checker) -> None:
    goal = parse(blank_checker, "I will read two books and call five customers.", "en")
    assert goal.syntax.goal_verbs == ()
    assert goal.syntax.main_clause is not None


def test_syntax_survives_a_json_round_trip(checker: Checker) -> None:
    goal = parse(checker, "Ik rond de cursus af en ik schrijf een verslag.", "nl")
    again = Goal.model_validate_json(goal.model_dump_json())
    assert again.syntax == goal.syntax


WORDS = st.sampled_from(
    ["Ik", "wil", "de", "cursus", "afronden", "en", "zodat", "ik", "beter", "plan", ",", "om",
     "te", "leren", "I", "will", "finish", "the", "report", "so", "that", "can", "rest"]
)  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12), st.sampled_from(["nl", "en"]))
def test_every_syntax_span_is_a_piece_of_the_goal_text(
    blank_checker: Checker, words: list[str], lang: str
) -> None:
    text = " ".join(words) + "."
    syntax = parse(blank_checker, text, lang).syntax
    for span in syntax.spans():
        assert text[span.start : span.end] == span.text
        assert span.text.strip() == span.text and span.text


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Volgende week rond ik de offerte voor de nieuwe klant af.", "afronden"),
        ("Na de zomervakantie rond ik mijn afstudeerstage af.", "afronden"),
        ("Op 1 mei rond ik samen met Pim de verbouwing van de kantine af.", "afronden"),
    ],
)
def test_a_fronted_stem_the_tagger_reads_as_a_preposition_is_the_verb(
    checker: Checker, text: str, lemma: str
) -> None:
    goal = parse(checker, text, "nl")
    assert goal.action is not None and goal.action.text == "rond"
    assert goal.action.lemma == lemma
    assert goal.syntax.particle is not None and goal.syntax.particle.text == "af"
    assert [v.text for v in goal.syntax.goal_verbs] == ["rond"]


@pytest.mark.parametrize(
    ("text", "lemma", "particle"),
    [
        ("Dit voorjaar haal ik mijn vaarbewijs.", "halen", None),
        # the parse calls "rijbewijs" the particle of "haal" here (a reported misreading)
        ("Vóór 1 juni 2029 haal ik mijn rijbewijs.", "halen", None),
        ("Vóór 1 maart zet ik de automatische meldingen uit.", "uitzetten", "uit"),
    ],
)
def test_a_noun_is_never_a_particle_unless_they_make_a_verb(
    checker: Checker, text: str, lemma: str, particle: str | None
) -> None:
    goal = parse(checker, text, "nl")
    assert goal.action is not None and goal.action.lemma == lemma
    found = goal.syntax.particle
    assert (found.text if found is not None else None) == particle


@pytest.mark.parametrize(
    ("lang", "text", "verb", "relative"),
    [
        ("nl", "Ik stel een draaiboek op waarin alle taken per rol staan.", "stel", "waarin"),
        ("nl", "Ik bel de leveranciers die te laat leveren.", "bel", "die"),
        ("nl", "Ik herschrijf de folder die patiënten krijgen.", "herschrijf", "die"),
        ("en", "I will draw up a schedule in which every shift is covered.", "draw", "in which"),
        ("en", "I will phone the suppliers who deliver late.", "phone", "who"),
        ("en", "I will redesign the leaflet that patients receive.", "redesign", "that"),
    ],
)
def test_a_relative_clause_supplies_neither_the_action_nor_a_goal(
    checker: Checker, lang: str, text: str, verb: str, relative: str
) -> None:
    goal = parse(checker, text, lang)
    assert goal.action is not None and goal.action.text == verb
    assert [v.text for v in goal.syntax.goal_verbs] == [verb]
    dependent = [c.text for c in goal.syntax.clauses if c.kind == "dependent"]
    assert len(dependent) == 1 and dependent[0].startswith(relative)
    main = goal.syntax.main_clause
    assert main is not None and relative not in main.text.split()


@pytest.mark.parametrize(
    ("lang", "text", "verb", "lemma", "condition"),
    [
        (
            "nl",
            "Komt er een klacht binnen, dan bel ik de klant binnen een dag terug.",
            "bel",
            "terugbellen",
            "Komt er een klacht binnen",
        ),
        (
            "nl",
            "Mist een collega de overdracht, dan stuur ik dezelfde dag een samenvatting.",
            "stuur",
            "sturen",
            "Mist een collega de overdracht",
        ),
        (
            "nl",
            "Als een klant klaagt, bel ik hem binnen een dag terug.",
            "bel",
            "terugbellen",
            "Als een klant klaagt",
        ),
        (
            "en",
            "If the build fails twice, then I pair with the tester that week.",
            "pair",
            "pair",
            "If the build fails twice",
        ),
        (
            "en",
            "If a customer complains, I call them back within a day.",
            "call",
            "call",
            "If a customer complains",
        ),
    ],
)
def test_a_fronted_condition_is_not_the_goal_its_consequence_is(
    checker: Checker, lang: str, text: str, verb: str, lemma: str, condition: str
) -> None:
    goal = parse(checker, text, lang)
    assert goal.action is not None and (goal.action.text, goal.action.lemma) == (verb, lemma)
    assert [v.text for v in goal.syntax.goal_verbs] == [verb]
    kinds = [(c.kind, c.text) for c in goal.syntax.clauses]
    assert kinds[0] == ("dependent", condition)
    assert kinds[1][0] == "main" and kinds[1][1].split()[0] in (verb, "I")


@pytest.mark.parametrize(
    ("lang", "text", "verb"),
    [
        ("nl", "Ik maak een plan van aanpak en bespreek het met mijn team.", "maak"),
        ("en", "I will write the onboarding guide and present it to the board.", "write"),
    ],
)
def test_a_piece_that_works_on_what_was_named_before_is_one_goal(
    checker: Checker, lang: str, text: str, verb: str
) -> None:
    goal = parse(checker, text, lang)
    assert [v.text for v in goal.syntax.goal_verbs] == [verb]


@pytest.mark.parametrize(
    ("lang", "text", "verbs"),
    [
        # a named other as the subject of a later piece: support, not the writer's goal
        ("nl", "Ik help nieuwe collega's en mijn leidinggevende geeft me feedback.", ["help"]),
        ("en", "I will coach two new colleagues and my manager reviews their progress.", ["coach"]),
    ],
)
def test_a_later_piece_about_someone_else_is_not_a_goal(
    checker: Checker, lang: str, text: str, verbs: list[str]
) -> None:
    assert [v.text for v in parse(checker, text, lang).syntax.goal_verbs] == verbs


def test_the_verb_of_a_clause_a_conjunction_opens_is_not_a_goal_verb(checker: Checker) -> None:
    text = "Tijdens het project pak ik de planning zo aan dat niemand meer wacht: ik stuur elke maandag een overzicht."
    found = [v.text for v in parse(checker, text, "nl").syntax.goal_verbs]
    assert "wacht" not in found and "stuur" in found
