"""A text of several items or clauses where only some are goals (session 40).

- a told consequence after the goal: a clause (after a comma, or a sentence of its own) whose
  subject pronoun and verb stand by a consequence word pointing back to the goal's situation
  ('..., ik werk *dan* door tot na middernacht', 'het werk loopt *daardoor* uit', '..., I
  *then* work until 3 am', 'we *then* run late') tells what happens at such times: context,
  kept as written, never a second goal ('Vóór [datum] werk ik dan door ...' was shown);
- a list whose items hold a modal in one line ('2. kleine storingen zelf *kunnen*
  verhelpen'): the other lines' parts lack no modal of theirs (the seam 'kunnen is gone' on
  the first line's part rejected a good split), the modal's own part still keeps it;
- a Dutch infinitive phrase the tagger read as a statement with a plural finite verb after
  a singular or verbal-noun 'subject', then a bracketed enumeration of its object and a bare
  course noun asked ('decorschilderen verbeteren (marmer, ...). cursus?'): the phrase is the
  goal, not a statement kept beside a committed course (which failed S once filled);
- a bare course item with a number in its name ('Incoterms 2020 training', 'ISO 9001
  course'): the course followed, no structured fallback.

Goals written fresh for these categories, in other trades than any data set."""

from __future__ import annotations

import datetime

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite, well_rewritten

CHECKER = Checker()
REF = datetime.date(2026, 11, 23)


def _codes(goal: str, lang: str) -> list[str]:
    return [f.code for f in CHECKER.check(goal, lang=lang, reference_date=REF).findings]


# -- 1. a told consequence after the goal ----------------------------------------------------

#: (lang, goal, the rewrite): the consequence kept as written after the rewritten goal
THEN_TOLD = [
    (
        "nl",
        "Rustiger blijven bij een volle wachtkamer. Ik raak dan gestrest en vergeet de "
        "afspraken in te voeren.",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om rustiger te "
        "blijven bij een volle wachtkamer. Ik raak dan gestrest en vergeet de afspraken in te "
        "voeren.",
    ),
    (
        "nl",
        "Sneller leren voegen bij het metselen, het werk loopt daardoor steeds uit.",
        "Vóór [datum] ga ik sneller leren voegen bij het metselen, van [huidig aantal] naar "
        "[streefaantal], met als bewijs [hoe gemeten]. Het werk loopt daardoor steeds uit.",
    ),
    (
        "nl",
        "Leren delegeren aan de leerlingen, ik doe dan alles zelf en kom niet aan mijn eigen "
        "werk toe",
        "Vóór [datum] ga ik leren delegeren aan de leerlingen, met als bewijs [hoe gemeten]. "
        "Ik doe dan alles zelf en kom niet aan mijn eigen werk toe.",
    ),
    (
        "nl",
        "Beter leren plannen op drukke trouwdagen, ik sta dan de hele dag te rennen en "
        "vergeet de helft",
        "Vóór [datum] ga ik leren plannen op drukke trouwdagen, met als bewijs [hoe gemeten], "
        "zodat ik [concreet gedrag] kan. Ik sta dan de hele dag te rennen en vergeet de helft.",
    ),
    (
        "en",
        "Get better at handling the pressure before a big wedding cake order, I then work "
        "until 3 am and that is not sustainable",
        "By [date], I will [concrete behaviour] when handling the pressure before a big wedding "
        "cake order, with [how measured] as evidence. I then work until 3 am and that is not "
        "sustainable.",
    ),
    (
        "en",
        "Get faster at grooming the large dogs, we then run late for every appointment after lunch",
        "By [date], I will get faster at grooming the large dogs, from [current number] to "
        "[target number], with [how measured] as evidence. We then run late for every "
        "appointment after lunch.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), THEN_TOLD)
def test_a_told_consequence_is_kept_beside_the_goal(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected
    assert "S004" not in _codes(goal, lang)


#: (lang, goal): the writer commits to a next step with the same word ('ik *ga* dan ...')
THEN_COMMITTED = [
    ("nl", "Beter leren plannen op drukke trouwdagen, ik ga dan ook eerder beginnen"),
    ("en", "Learn to read the tide tables, I will then plan the crossings myself"),
]


@pytest.mark.parametrize(("lang", "goal"), THEN_COMMITTED)
def test_a_committed_next_step_is_no_told_consequence(lang: str, goal: str) -> None:
    parsed = CHECKER.parse(goal, lang=lang, reference_date=REF)
    step = goal.rindex(",") + 2  # the committed clause after the comma
    assert not any(c.start <= step < c.end for c in parsed.syntax.context)


# -- 2. a modal in one line of a list --------------------------------------------------------

#: (lang, goal, the rewrite): one part per line, the modal kept in its own line's part
LISTED_MODAL = [
    (
        "nl",
        "• BHV-cursus\n• zelfstandig de kassa kunnen afsluiten\n• meer klanten adviseren over wijn",
        "Vóór [datum] ga ik de BHV-cursus volgen.\nVóór [datum] ga ik [concreet gedrag], met "
        "als bewijs [hoe gemeten], om zelfstandig de kassa te kunnen afsluiten.\nVóór [datum] "
        "ga ik meer klanten adviseren over wijn, van [huidig aantal] naar [streefaantal], met "
        "als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "1. leren werken met de nieuwe kaasmachine inclusief het instellen van de vormen "
        "(rond, blok, mini)\n2. kleine storingen zelf kunnen verhelpen zonder de leverancier te "
        "bellen",
        "Vóór [datum] ga ik leren werken met de nieuwe kaasmachine inclusief het instellen van "
        "de vormen (rond, blok, mini), met als bewijs [hoe gemeten].\nVóór [datum] kan ik kleine "
        "storingen zelf verhelpen zonder de leverancier te bellen, met als bewijs [hoe "
        "gemeten].",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), LISTED_MODAL)
def test_a_listed_modal_is_kept_in_its_own_part(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


# -- 3. an infinitive phrase with a bracketed object, a course asked -------------------------

#: (lang, goal, the rewrite)
BRACKETED_ASKED = [
    (
        "nl",
        "glasblazen verbeteren (kelken, vazen, sierknoppen). workshop?",
        "Vóór [datum] ga ik [concreet gedrag], om glasblazen te verbeteren (kelken, vazen, "
        "sierknoppen): workshop.",
    ),
    (
        "nl",
        "Houtsnijwerk verbeteren (reliëf, letters). cursus?",
        "Vóór [datum] ga ik [concreet gedrag], om houtsnijwerk te verbeteren (reliëf, "
        "letters): cursus.",
    ),
    (
        "en",
        "Improve my glass engraving (lettering, portraits, stippling). course?",
        "By [date], I will [concrete behaviour], in order to improve my glass engraving "
        "(lettering, portraits, stippling): course.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), BRACKETED_ASKED)
def test_the_bracketed_phrase_is_the_goal(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


def test_an_agreeing_statement_is_still_kept_as_written() -> None:
    goal = "Klanten klagen. Ik wil beter luisteren."
    assert shown_rewrite(CHECKER, goal, "nl").startswith("Klanten klagen. ")


# -- 4. a course item with a number in its name ----------------------------------------------

#: (lang, goal, the rewrite)
NUMBERED_COURSE = [
    ("en", "ISO 9001 course", "By [date], I will complete the ISO 9001 course."),
    (
        "en",
        "- HGV licence\n- NEN 3140 training\n- learn to plan my own delivery routes",
        "By [date], I will get my HGV licence.\nBy [date], I will complete the NEN 3140 "
        "training.\nBy [date], I will learn to plan my own delivery routes, with [how "
        "measured] as evidence, so that I can [concrete behaviour].",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), NUMBERED_COURSE)
def test_a_numbered_course_is_followed(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


# -- 5. a duty or routine told of those times ------------------------------------------------

#: (lang, goal, the rewrite)
THEN_DUTY = [
    (
        "nl",
        "Ik wil leren de kraan zelf te bedienen, ik moet dan altijd wachten op de machinist",
        "Ik wil leren de kraan zelf te bedienen, vóór [datum], met als bewijs [hoe gemeten]. "
        "Ik moet dan altijd wachten op de machinist.",
    ),
    (
        "en",
        "Learn to say no to extra repair jobs. I then end up working every Saturday.",
        "By [date], I will learn to say no to extra repair jobs, with [how measured] as "
        "evidence. I then end up working every Saturday.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), THEN_DUTY)
def test_a_duty_or_routine_of_those_times_is_told(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


# -- 6. list lines and headed lists ----------------------------------------------------------

#: (lang, goal, the rewrite): one part per item
HEADED = [
    (
        "nl",
        "1. behangen leren (vlies, papier, fotobehang)\n2. sneller kunnen werken zonder dat de "
        "kwaliteit achteruit gaat",
        "Vóór [datum] ga ik behangen leren (vlies, papier, fotobehang), met als bewijs [hoe "
        "gemeten], zodat ik [concreet gedrag] kan.\nVóór [datum] kan ik sneller werken "
        "zonder dat de kwaliteit achteruit gaat, van [huidig aantal] naar [streefaantal], met "
        "als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "Voor dit jaar: mijn vaarbewijs halen, leren aanleggen bij harde wind en zelfstandig "
        "een tocht kunnen varen",
        # session 47: 'voor dit jaar' is due at the year's end (docs item 189), so the parts
        # that pass as written keep the heading; the one that fails is rewritten under it
        "Voor dit jaar: mijn vaarbewijs halen.\nVoor dit jaar ga ik leren aanleggen bij harde "
        "wind, met als bewijs [hoe gemeten], zodat ik [concreet gedrag] kan.\nVoor dit jaar: "
        "zelfstandig een tocht kunnen varen.",
    ),
    (
        "en",
        "Pottery: move my glaze recipes into a spreadsheet, use a kiln log, write down every "
        "firing. Also learn to throw bigger bowls",
        "In pottery, by [date], I will [concrete behaviour], in order to move my glaze recipes "
        "into a spreadsheet.\nIn pottery, by [date], I will [concrete behaviour], with [how "
        "measured] as evidence, in order to use a kiln log.\nIn pottery, by [date], I will "
        "[concrete behaviour], with [how measured] as evidence, in order to write down every "
        "firing.\nIn pottery, by [date], I will learn to throw bigger bowls, from [current "
        "number] to [target number], with [how measured] as evidence, so that I can [concrete "
        "behaviour].",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), HEADED)
def test_each_item_of_a_list_is_a_part(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(
    ("goal", "verb"),
    [
        ("Rigging: shadow the stage manager for a week", "shadow"),
        ("Glazing: check the putty on every frame", "check"),
    ],
)
def test_an_imperative_under_a_heading_is_the_action(goal: str, verb: str) -> None:
    parsed = CHECKER.parse(goal, lang="en", reference_date=REF)
    assert parsed.action is not None
    assert parsed.action.text == verb


def test_a_noun_before_a_noun_stays_a_noun() -> None:
    parsed = CHECKER.parse("Time management course", lang="en", reference_date=REF)
    assert parsed.action is None or parsed.action.text != "Time"
