"""A goal written as a note: a fragment with no subject, then a target, a contrast or the
qualities wanted after a comma or a full stop ('Vaker klantbezoeken, minimaal 2x per maand.',
'Beter notuleren bij het MT. Korter, duidelijker en met actiepunten.'). The fragment is
rewritten as a sentence and the note stays with its words; a target in the note is the
measure (no '[hoe gemeten]' asked), a routine in it is kept until a date. Also: an
abbreviation's period ('esp.') ends no clause, a range after the goal ('van opzet tot eerste
les') is no second goal, and a target after a sentence about now ('Nu ..., doel is ...')
counts. Goals written fresh for these categories (none from the measured sets)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.noted import noted
from smartcheck.fixing.rewrite.style import style_for
from smartcheck.fixing.rewrite.words import Word, abbreviation_stop
from tests.support.rewriting import REF, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "kept"),
    [  # a frequency target after the comma: the measure, kept until a date
        ("nl", "Vaker klantbezoeken, minimaal 2x per maand.", "minimaal 2x per maand"),
        ("nl", "Meer overleg met de keuken, minimaal 1x per week.", "minimaal 1x per week"),
        ("en", "More site visits, once a week.", "once a week"),
        ("en", "Fewer errors in the payroll run, below 5 per month", "below 5 per month"),
    ],
)
def test_a_target_after_the_comma_is_the_measure(lang: str, goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert kept in rewrite
    assert "[hoe gemeten]" not in rewrite and "[how measured]" not in rewrite
    assert rewrite.startswith(("Tot [datum]", "Until [date]"))  # a routine is kept until


@pytest.mark.parametrize(
    ("lang", "goal", "kept"),
    [  # the qualities wanted, in a sentence of their own: after a colon, in lower case
        (
            "nl",
            "Beter notuleren bij het MT. Korter, duidelijker en met actiepunten.",
            "bij het MT: korter, duidelijker en met actiepunten",
        ),
        (
            "nl",
            "Beter worden in het geven van feedback aan stagiairs. Concreter en vriendelijker.",
            "aan stagiairs: concreter en vriendelijker",
        ),
        (  # 'Less' opens the note, however the tagger reads it
            "en",
            "Better delegation. Less doing it myself, more trusting the team.",
            "better delegation: less doing it myself, more trusting the team",
        ),
        (
            "en",
            "More focus in the mornings. Fewer meetings before noon, more deep work.",
            "in the mornings: fewer meetings before noon, more deep work",
        ),
    ],
)
def test_qualities_in_a_second_sentence_follow_the_fragment(
    lang: str, goal: str, kept: str
) -> None:
    assert kept in well_rewritten(CHECKER, goal, lang)


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "minder retouren in het magazijn, onder de 2% van de orders"),
        ("nl", "Meer afwisseling in mijn trainingen, niet alleen theorie."),
        ("nl", "Meer samenwerken met de andere bibliotheken, niet alleen mailen."),
        ("en", "More one-to-ones with my apprentices, at least twice a month."),
    ],
)
def test_the_note_stays_whole(lang: str, goal: str) -> None:
    note = goal.split(",", 1)[1].strip().rstrip(".")
    assert note in well_rewritten(CHECKER, goal, lang)


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Ik wil vaker klantbezoeken doen, minimaal 2x per maand."),  # a sentence
        ("en", "I will visit the sites more, once a week."),
        ("nl", "Beter leren plannen, want de weken lopen steeds uit."),  # the clause goes on
        ("en", "Better planning of my week, because Fridays always run over."),
        ("nl", "Vaker klantbezoeken"),  # no note
    ],
)
def test_no_note_where_the_goal_is_a_sentence_or_goes_on(lang: str, goal: str) -> None:
    style = style_for(CHECKER.context(lang))
    assert style is not None
    assert noted(CHECKER.parse(goal, lang=lang, reference_date=REF), style) is None


@pytest.mark.parametrize(
    ("lang", "goal"),
    [  # how things stand now, then the target and its time after a comma
        (
            "nl",
            "Minder uitval bij de bezorging. Nu missen we ongeveer 8% van de pakketten, "
            "doel is onder de 4% eind volgend jaar.",
        ),
        (
            "en",
            "Fewer late deliveries. At the moment we are at about 10%, target is under 5% by "
            "the end of the year.",
        ),
    ],
)
def test_a_target_after_how_things_stand_counts(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert report.criteria[Criterion.M].passed and report.criteria[Criterion.T].passed


@pytest.mark.parametrize(
    ("lang", "goal"),
    [  # a time told as how long things have been so stays no deadline
        ("nl", "Minder uitval bij de bezorging. Nu missen we al drie maanden 8% van de pakketten."),
    ],
)
def test_a_duration_beside_now_is_still_no_deadline(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.T].passed


@pytest.mark.parametrize(
    ("lang", "goal"),
    [  # a range that scopes the goal is no second goal
        (
            "nl",
            "Dit jaar wil ik zelf een nieuwe cursus opzetten, van opzet tot eerste les, klaar "
            "voor september.",
        ),
        (
            "en",
            "This year I want to develop a new seasonal beer myself, from recipe to first "
            "batch, ready for the autumn.",
        ),
    ],
)
def test_a_range_after_the_goal_is_no_second_goal(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert not [f for f in report.criteria[Criterion.S].findings if f.code == "S004"]
    assert not report.split


def test_two_goals_after_commas_are_still_two() -> None:
    goal = "Dit jaar wil ik een nieuwe cursus opzetten, de website vernieuwen en een nieuwsbrief schrijven."
    report = CHECKER.check(goal, lang="nl", reference_date=REF)
    assert [f for f in report.criteria[Criterion.S].findings if f.code == "S004"]


@pytest.mark.parametrize(
    ("lang", "goal", "kept"),
    [  # an abbreviation's period inside the goal ends no clause
        (
            "en",
            "Time management - need to get better, esp. in the busy weeks",
            "esp. in the busy weeks",
        ),
        ("en", "Report writing - could be better, esp. for the board", "esp. for the board"),
        (
            "nl",
            "Notuleren - moet beter, bijv. bij de teamvergadering",
            "bijv. bij de teamvergadering",
        ),
    ],
)
def test_an_abbreviation_inside_the_comment_stays(lang: str, goal: str, kept: str) -> None:
    assert kept in well_rewritten(CHECKER, goal, lang)


@settings(max_examples=40, deadline=None)
@given(
    abbr=st.sampled_from(["esp", "approx", "incl", "etc"]),
    after=st.from_regex(r"[a-z]{2,8}", fullmatch=True),
    capital=st.booleans(),
)
def test_an_abbreviation_period_ends_nothing_only_before_lower_case(
    abbr: str, after: str, capital: bool
) -> None:
    nxt = after.capitalize() if capital else after
    words = [Word("skills"), Word(abbr), Word(".", space_before=False), Word(nxt)]
    abbreviations = frozenset({"esp", "approx", "incl", "etc"})
    assert abbreviation_stop(words, 2, abbreviations) is (not capital)
    other = [Word("skills"), Word("meetings"), Word(".", space_before=False), Word(nxt)]
    assert not abbreviation_stop(other, 2, abbreviations)  # after any other word: an end


@pytest.mark.parametrize(
    ("lang", "goal", "kept"),
    [  # a noun after a possessive takes no 'te': the thing wanted keeps its words in order
        ("nl", "Meer structuur in mijn weken.", "om meer structuur te hebben in mijn weken"),
        ("nl", "Meer afwisseling in onze roosters.", "in onze roosters"),
    ],
)
def test_a_noun_after_a_possessive_is_no_verb(lang: str, goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert kept in rewrite
    assert " te weken" not in rewrite and " te roosters" not in rewrite


@pytest.mark.parametrize(
    "goal",
    [  # the tagger reads the infinitive as a plural noun after a bare singular noun
        "Meer hulp vragen aan de teamleider",
        "Vaker feedback vragen aan de senior developers",
        "Meer tijd nemen voor de overdracht",
    ],
)
def test_a_verb_read_as_a_plural_after_its_object_is_the_goal_verb(goal: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert goal[:1].lower() + goal[1:] in rewrite  # 'ga ik meer hulp vragen aan ...'


@pytest.mark.parametrize(
    ("goal", "kept"),
    [  # a comparative with its preposition: the writer and 'get' left out
        ("Faster at processing returns in the warehouse, 40 per hour", "40 per hour"),
        ("Better with the rota software.", "the rota software"),
    ],
)
def test_a_comparative_fragment_in_english_gets_a_sentence(goal: str, kept: str) -> None:
    assert kept in well_rewritten(CHECKER, goal, "en")


@pytest.mark.parametrize(
    ("lang", "goal", "surfaces"),
    [
        (
            "nl",
            "Vaker klantbezoeken, minimaal 2x per maand.",
            ("- {}", "Doel 2: {}", "  {}  "),
        ),
        (
            "en",
            "Better delegation. Less doing it myself, more trusting the team.",
            ("* {}", "Goal 3: {}", "1. {}"),
        ),
    ],
)
def test_a_noted_goal_keeps_its_rewrite_whatever_its_surface(
    lang: str, goal: str, surfaces: tuple[str, ...]
) -> None:
    plain = CHECKER.check(goal, lang=lang, reference_date=REF)
    for surface in surfaces:
        dressed = CHECKER.check(surface.format(goal), lang=lang, reference_date=REF)
        assert dressed.rewrite == plain.rewrite
        assert {c: s.passed for c, s in dressed.criteria.items()} == {
            c: s.passed for c, s in plain.criteria.items()
        }
