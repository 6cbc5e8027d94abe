"""Absolutes bounded, and the seams around them (session 17).

"Nooit meer een boot laten omslaan" is bounded as "hooguit [aantal] keer een boot laten
omslaan": the bare infinitive after 'laten' (or 'zien', 'horen') belongs to the cluster,
whatever the tagger calls it, so no word comes after the clause's infinitive. "Never have to
repeat an X-ray" loses its duty: a frame that leaves "make sure that not repeat ..." has a
that-clause without a subject (a seam), and "X-ray" is one word, never a second verb.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, shown_rewrite, well_rewritten

LET_NEVER = [
    ("nl", "Nooit meer een kano laten kapseizen tijdens de proefles.", "laat ik hooguit"),
    ("nl", "Nooit meer een pallet laten omvallen bij het laden.", "laat ik hooguit"),
    ("nl", "Nooit meer een kraan laten doorslaan bij het afstellen.", "laat ik hooguit"),
    ("en", "Never let a kayak capsize during the trial lesson.", "let a kayak capsize"),
    ("en", "Never let a pallet tip over when loading.", "let a pallet tip over"),
    ("en", "Never let a freezer thaw out over the weekend.", "let a freezer thaw out"),
]


@pytest.mark.parametrize(("lang", "goal", "kept"), LET_NEVER)
def test_never_letting_something_happen_is_bounded(
    checker: Checker, lang: str, goal: str, kept: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert kept in rewrite
    assert "nooit" not in rewrite.lower() and "never" not in rewrite.lower()


def test_a_bare_infinitive_after_laten_is_no_word_after_the_infinitive(
    checker: Checker,
) -> None:
    goal = "Nooit meer een kano laten kapseizen tijdens de proefles."
    bounded = (
        "Vóór [datum] ga ik hooguit [aantal] keer een kano laten kapseizen tijdens de proefles."
    )
    assert not seam_kinds(checker, "nl", goal, bounded)
    broken = "Vóór [datum] ga ik een kano laten kapseizen dagelijks tijdens de proefles."
    assert "word_order" in seam_kinds(checker, "nl", goal, broken)


NEVER_HAVE_TO = [
    ("en", "Never have to redo a weld because of a bad fit-up.", "not redo a weld"),
    ("en", "Never have to reprint a label because of a typo.", "not reprint a label"),
    ("en", "Never have to repeat a scan because of patient movement.", "not repeat a scan"),
]


@pytest.mark.parametrize(("lang", "goal", "kept"), NEVER_HAVE_TO)
def test_never_having_to_redo_is_bounded_with_the_writer_as_subject(
    checker: Checker, lang: str, goal: str, kept: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert f"I will {kept}" in rewrite
    assert "make sure that not" not in rewrite


@pytest.mark.parametrize(
    "candidate",
    [
        "By [date], I will make sure that not redo a weld more than [number] times.",
        "By [date], I will make sure that redo a weld at most [number] times.",
    ],
)
def test_make_sure_that_without_a_subject_is_a_seam(checker: Checker, candidate: str) -> None:
    goal = "Never have to redo a weld because of a bad fit-up."
    assert "lost_subject" in seam_kinds(checker, "en", goal, candidate)


def test_make_sure_that_with_a_subject_is_no_seam(checker: Checker) -> None:
    goal = "Never have to redo a weld because of a bad fit-up."
    candidate = "By [date], I will make sure that I redo a weld at most [number] times."
    assert "lost_subject" not in seam_kinds(checker, "en", goal, candidate)


@pytest.mark.parametrize("noun", ["X-ray", "check-in", "sign-off"])
def test_the_last_part_of_a_hyphenated_noun_is_no_verb(checker: Checker, noun: str) -> None:
    goal = "Never have to repeat a scan because of patient movement."
    candidate = f"By [date], I will not repeat an {noun} more than [number] times."
    assert "two_finite" not in seam_kinds(checker, "en", goal, candidate)


WORN_RULES = [
    (
        "nl",
        "Stofmasker ALTIJD op bij het schuren, ook bij korte klussen!",
        "dragen bij het schuren",
    ),
    ("nl", "Handschoenen altijd aan in de afwaskeuken.", "handschoenen"),
    ("nl", "Gehoorbescherming op in de drukkerij.", "gehoorbescherming te dragen"),
    ("en", "Gloves always on at the drill press.", "wear gloves at the drill press"),
    ("en", "Hearing protection on in the print room.", "wear hearing protection in the print room"),
    ("en", "PPE always on in the paint shop.", "wear PPE in the paint shop"),
]


@pytest.mark.parametrize(("lang", "goal", "kept"), WORN_RULES)
def test_a_verbless_rule_of_wearing_is_told_with_its_verb(
    checker: Checker, lang: str, goal: str, kept: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert kept in rewrite
    assert "dragen" in rewrite or "wear" in rewrite


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Work on time management."),
        ("en", "Focus on the customer."),
        ("nl", "Focus op de klant."),
        ("en", "Move our on-premise mail server to the cloud before the summer."),
    ],
)
def test_a_preposition_with_its_object_is_no_rule_of_wearing(
    checker: Checker, lang: str, goal: str
) -> None:
    rewrite = shown_rewrite(checker, goal, lang)
    assert "wear" not in rewrite and "dragen" not in rewrite


def test_the_frames_ga_with_only_a_particle_after_it_is_a_seam(checker: Checker) -> None:
    goal = "Stofmasker ALTIJD op bij het schuren, ook bij korte klussen!"
    broken = (
        "Vóór [datum] ga ik stofmasker in minstens [aantal] van de 10 gevallen op bij het schuren."
    )
    assert "lost_verb" in seam_kinds(checker, "nl", goal, broken)
    told = "Vóór [datum] ga ik stofmasker in minstens [aantal] van de 10 gevallen dragen bij het schuren."
    assert "lost_verb" not in seam_kinds(checker, "nl", goal, told)


def test_going_somewhere_is_no_lost_verb(checker: Checker) -> None:
    goal = "Naar de vakbeurs in Gorinchem dit najaar."
    candidate = "Vóór [datum] ga ik naar de vakbeurs in Gorinchem."
    assert "lost_verb" not in seam_kinds(checker, "nl", goal, candidate)


MODIFIED = [
    ("nl", "Nooit meer een scherm breken bij het openen van een toestel met gebogen rand"),
    ("nl", "Nooit meer een ruit breken bij het zagen van gehard glas"),
    ("nl", "Nooit meer een band lek rijden op een afgesloten weg"),
]


@pytest.mark.parametrize(("lang", "goal"), MODIFIED)
def test_a_participle_before_its_noun_is_no_infinitive(
    checker: Checker, lang: str, goal: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert "hooguit [aantal] keer" in rewrite


KEPT_RULES = [
    (
        "nl",
        "Veiliger werken bij de zaagtafel. Altijd de beschermkap gebruiken.",
        "in minstens [aantal] van de 10 gevallen de beschermkap gebruiken",
    ),
    (
        "nl",
        "beter op hygiëne letten in de keuken. Haarnetje altijd op.",
        "haarnetje in minstens [aantal] van de 10 gevallen dragen",
    ),
    (
        "nl",
        "Beter op orde houden van de bouwplaats. Gereedschap altijd opruimen na gebruik.",
        "gereedschap in minstens [aantal] van de 10 gevallen opruimen na gebruik",
    ),
    (
        "en",
        "Be more careful at the bandsaw. Always use the push stick.",
        "use the push stick in at least [number] out of 10 cases",
    ),
    (
        "en",
        "Work more hygienically in the kitchen. Always wear a hairnet.",
        "wear a hairnet in at least [number] out of 10 cases",
    ),
    (
        "en",
        "Work more carefully in the lab. Always label the samples twice.",
        "label the samples twice in at least [number] out of 10 cases",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "behaviour"), KEPT_RULES)
def test_a_rule_after_a_direction_is_its_bounded_behaviour(
    checker: Checker, lang: str, goal: str, behaviour: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert behaviour in rewrite.lower() or behaviour in rewrite
    assert "altijd" not in rewrite.lower() and "always" not in rewrite.lower()
