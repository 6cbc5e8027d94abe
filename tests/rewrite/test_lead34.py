"""The lead's categories of session 34, by category, with goals written fresh.

- an absolute in the writer's own purpose ('zodat ik ... zonder dat X alles moet
  nalopen', 'so that I never have to call ...') is the relief wanted, no demand (R001); a
  result without the writer ('zodat er nooit meer fouten zijn') still is;
- a piece after the goal opened by a bare 'now' tells how things are ('..., now Piet always
  has to do those jobs'): no demand; 'From now on I will always ...' still is;
- a length of time so far told in a sentence after an asked step ('Ik werk hier nu 6 jaar')
  is no clause the deadline governs (seams/deadlines.py ``deadline_before_so_far``);
- English gerunds with a doubled consonant lose it first ('setting' -> 'set', not 'sett');
- a guessed means told with an adverb and a preposition ('Maybe together with Tom?',
  'Misschien samen met Ans?') keeps its own words, no 'with the help of' before them;
- 'for a while' is a length of time, no clause that ends the commitment;
- an asked step, then a state and a wish with the subject told again ('I only know X and I
  want to learn Y'): the wish is the step's purpose, the state a remark; a Dutch wish with
  its subject left out ('Wil meer tekenen en minder sjouwen') is the writer's too, and two
  coordinated aims each get their modal in the purpose clause;
- one sentence of a text read as the goal among plain statements, the others kept as
  written (sentence_goal.py), and never a sentence among fragments or second wishes."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.words import gerund_bases
from tests.conftest import REF
from tests.support.rewriting import falls_back, seam_kinds, shown_rewrite, well_rewritten

CHECKER = Checker()


def _codes(text: str, lang: str) -> list[str]:
    return [f.code for f in CHECKER.check(text, lang=lang, reference_date=REF).findings]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Leren stukadoren zodat ik zelfstandig een kamer kan doen zonder dat de baas "
            "alles moet controleren",
        ),
        ("nl", "Leren lassen zodat ik niet altijd een collega hoef te roepen"),
        ("en", "Learn the new till so that I never have to call my manager again"),
        ("en", "Learn to drive the forklift so that I don't have to wait for Tom every time"),
    ],
)
def test_an_absolute_in_the_writers_own_purpose_is_no_demand(lang: str, text: str) -> None:
    assert "R001" not in _codes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik wil leren lassen zodat er nooit meer fouten in de naden zitten"),
        ("en", "From now on I will always check the welds before lunch"),
        ("en", "I will make sure that every invoice is always checked twice"),
    ],
)
def test_an_absolute_the_goal_sets_is_still_one(lang: str, text: str) -> None:
    assert "R001" in _codes(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "I want to learn to weld aluminium, now Piet always has to do those jobs",
        "I want to learn the booking system, now everything always goes through the office",
        "Learn to set up the printer myself, now the whole team always waits for IT",
    ],
)
def test_a_piece_opened_by_now_tells_how_things_are(text: str) -> None:
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert report.criteria[Criterion.R].passed
    assert "always" in shown_rewrite(CHECKER, text, "en")  # kept as the writer told it


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Mag ik de cursus kraanmachinist doen? Ik werk hier nu 6 jaar en wil graag verder.",
            "Vóór [datum] ga ik de cursus kraanmachinist doen, met als bewijs [hoe gemeten], "
            "in overleg met mijn leidinggevende. Ik werk hier nu 6 jaar en wil graag verder.",
        ),
        (
            "en",
            "Can I do the crane operator course? I have been here for 5 years now and want to "
            "grow.",
            "By [date], I will do the crane operator course, agreed with my manager. I have "
            "been here for 5 years now and want to grow.",
        ),
    ],
)
def test_a_length_so_far_in_a_later_sentence_is_no_contradiction(
    lang: str, text: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


def test_a_length_so_far_the_deadline_governs_is_still_refused() -> None:
    assert falls_back(CHECKER, "Vóór [datum] ben ik nu twee jaar in dienst en wil ik X.", "nl")


@pytest.mark.parametrize(
    ("gerund", "first"),
    [("setting", "set"), ("planning", "plan"), ("shopping", "shop"), ("referring", "refer")],
)
def test_a_doubled_consonant_is_undoubled_first(gerund: str, first: str) -> None:
    assert gerund_bases(gerund)[0] == first


@pytest.mark.parametrize(("gerund", "first"), [("calling", "call"), ("adding", "add")])
def test_a_doubled_l_or_d_is_the_stems_own(gerund: str, first: str) -> None:
    assert gerund_bases(gerund)[0] == first


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "I'd like to try setting up a reading corner in the library. Maybe together with "
            "the other volunteers?",
            "By [date], I will set up a reading corner in the library, together with the other "
            "volunteers.",
        ),
        (
            "en",
            "I'd like to try getting a forklift licence. Maybe together with Tom?",
            "By [date], I will get a forklift licence, together with Tom.",
        ),
        (
            "nl",
            "Ik wil proberen de vrijdagplanning te maken. Misschien samen met Ans?",
            "Vóór [datum] ga ik de vrijdagplanning maken, met als bewijs [hoe gemeten], samen "
            "met Ans.",
        ),
    ],
)
def test_a_means_told_with_adverb_and_preposition_keeps_its_words(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I will join the night shift for a while.",
            "By [date], I will join the night shift for a while, with [how measured] as evidence.",
        ),
        (
            "Is it possible to work in the returns team for a while? I only know inbound and "
            "would like to learn the returns process too",
            "By [date], I will work in the returns team for a while, with [how measured] as "
            "evidence, agreed with my manager, so that I can learn the returns process too. I "
            "only know inbound.",
        ),
    ],
)
def test_for_a_while_is_a_length_no_clause(text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Could I spend two weeks at the paint shop? I only know the assembly line and I "
            "want to learn how the coating works",
            "By [date], I will spend two weeks at the paint shop, agreed with my manager, so "
            "that I can learn how the coating works. I only know the assembly line.",
        ),
        (
            "nl",
            "Mag ik een maand meedraaien bij de inkoop? Ik ken alleen de verkoopkant en wil "
            "zien hoe de contracten tot stand komen.",
            "Vóór [datum] ga ik een maand meedraaien bij de inkoop, in overleg met mijn "
            "leidinggevende, zodat ik kan zien hoe de contracten tot stand komen. Ik ken alleen "
            "de verkoopkant.",
        ),
        (
            "nl",
            "Kan ik meelopen op de werkvoorbereiding? Ik wil meer tekenen en minder sjouwen.",
            "Vóór [datum] ga ik meelopen op de werkvoorbereiding, met als bewijs [hoe gemeten], "
            "in overleg met mijn leidinggevende, zodat ik meer kan tekenen en minder kan "
            "sjouwen.",
        ),
    ],
)
def test_the_wish_after_an_asked_step_is_its_purpose(lang: str, text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Better lifting technique. My back."),
        ("en", "Grow the spare parts turnover. More webinars. Better product photos."),
        ("nl", "Nettere naden. Sneller werken."),
        (
            "en",
            "Customers keep complaining deliveries take too long. Half the time the order is "
            "just waiting for someone to sign it",
        ),
    ],
)
def test_no_sentence_is_read_as_the_goal_among_fragments_or_statements_only(
    lang: str, text: str
) -> None:
    rewrite = CHECKER.check(text, lang=lang, reference_date=REF).rewrite or ""
    # no sentence rewritten beside fragments kept raw, nor a statement made a commitment
    assert not any(
        line.startswith(("By [date]", "Vóór [datum]")) and len(line.split(". ")) > 1
        for line in rewrite.split("\n")
    ), rewrite


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Should I take the forklift course or is the reach truck course more useful?",
            "By [date], I will decide whether to take the forklift course or the reach truck "
            "course.",
        ),
        (
            "en",
            "Should I do the Prince2 course or the Scrum master training? Not sure what fits "
            "my role best",
            "By [date], I will decide whether to do the Prince2 course or the Scrum master "
            "training. Not sure what fits my role best.",
        ),
        (
            "en",
            "Should I learn Spanish or French?",
            "By [date], I will decide whether to learn Spanish or French, with [how measured] "
            "as evidence, so that I can [concrete behaviour].",
        ),
        (
            "nl",
            "Moet ik de VCA-cursus doen of is een EHBO-cursus beter?",
            "Vóór [datum] ga ik kiezen tussen de VCA-cursus en een EHBO-cursus.",
        ),
    ],
)
def test_two_options_asked_in_one_question_make_the_choice_the_step(
    lang: str, text: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Should I start the course now or is it too early?"),
        ("nl", "Moet ik nu beginnen of is het te vroeg?"),
    ],
)
def test_a_second_clause_that_weighs_no_thing_is_no_option(lang: str, text: str) -> None:
    rewrite = CHECKER.check(text, lang=lang, reference_date=REF).rewrite or ""
    assert "decide whether" not in rewrite and "kiezen tussen" not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "en",
            "Get better at reading drawings. The foreman has to explain them to me twice.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, so that "
            "get better at reading drawings.",
        ),
        (
            "en",
            "Learn the new till.",
            "By [date], I will [concrete behaviour], so that learn the new till.",
        ),
    ],
)
def test_a_result_clause_without_a_subject_is_a_seam(lang: str, goal: str, candidate: str) -> None:
    assert "lost_subject" in seam_kinds(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Rustiger worden bij de overdracht. Als het druk is praat ik te snel en vergeet ik "
            "dingen, dat wil ik niet meer",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om rustiger te "
            "worden bij de overdracht. Als het druk is praat ik te snel en vergeet ik dingen, dat "
            "wil ik niet meer.",
        ),
        (
            "en",
            "Be calmer at the front desk. When it gets busy I freeze and leave everything to my "
            "colleague, I don't want that anymore.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to be calmer at the front desk. When it gets busy I freeze and leave everything to "
            "my colleague, I don't want that anymore.",
        ),
        (
            "en",
            "I want to get better at grading the welds (ISO 5817), especially porosity and "
            "undercut. My rejection rate is too high according to the inspector.",
            "By [date], I will [concrete behaviour] when grading the welds (ISO 5817), especially "
            "porosity and undercut, with [how measured] as evidence. My rejection rate is too "
            "high according to the inspector.",
        ),
    ],
)
def test_one_sentence_is_the_goal_among_statements_kept_as_written(
    lang: str, text: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By the end of March I will rewrite the intake procedure, have it checked by the "
        "quality officer and presented in the team meeting.",
        "By June I will draw up the maintenance schedule, have it reviewed by Piet and "
        "approved by the plant manager.",
    ],
)
def test_a_verb_coordinated_with_a_causative_participle_is_no_goal_of_its_own(text: str) -> None:
    assert "S004" not in _codes(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "My goal is to be better at handling complaints. Last month two customers left "
            "angry. I want to do a course in this and maybe get some coaching.",
        ),
        (
            "nl",
            "Ik wil nooit meer een bestelling vergeten door te geven aan de keuken. Elke bon "
            "meteen afvinken in plaats van aan het eind van de avond.",
        ),
    ],
)
def test_a_goal_told_as_a_statement_or_a_denied_act_is_never_kept_as_a_remark(
    lang: str, text: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    first = text.split(". ")[0]
    # the goal sentence is rewritten or the fallback shows; never kept raw before a rewrite
    kept_raw = (report.rewrite or "").startswith(first)
    assert not (kept_raw and report.structured_rewrite is None), report.rewrite


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Learn to set up the pallet wrapper so I don't have to call the technician every time",
        ),
        ("nl", "Leren heftruckrijden zodat ik niet elke keer op Piet hoef te wachten"),
    ],
)
def test_a_duty_the_purpose_wants_gone_before_its_absolute_is_relief(lang: str, text: str) -> None:
    assert "R001" not in _codes(text, lang)
