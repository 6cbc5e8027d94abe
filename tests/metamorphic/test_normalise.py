"""The surface normaliser: what it removes and replaces, and the way back to the user's text."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from smartcheck import Checker, Criterion
from smartcheck.reading.surface import normalise

NL_LABELS = ("doel", "leerdoel", "ontwikkeldoel", "smart-doel")
#: Nouns a number follows ("week 2", "fase 3"), as a pack lists them.
NUMBERED = ("week", "fase")
EN_LABELS = ("goal", "smart goal", "objective")


@pytest.mark.parametrize(
    ("text", "labels", "judged"),
    [
        ("1. Ik lees elke maand een vakboek.", NL_LABELS, "Ik lees elke maand een vakboek."),
        ("a) Ik lees elke maand een vakboek.", NL_LABELS, "Ik lees elke maand een vakboek."),
        ("\u2022 Doel 2: ik bel elke vrijdag twee klanten", NL_LABELS,
         "Ik bel elke vrijdag twee klanten."),
        ("Ontwikkeldoel 3 \u2013 Ik schrijf een \u201cplan\u201d.", NL_LABELS,
         'Ik schrijf een "plan".'),
        ("SMART goal: i will  send\tthe\u00a0report \U0001f680", EN_LABELS,
         "I will send the report. \U0001f680"),
        ("I WILL SEND THE WEEKLY REPORT TO MY MANAGER.", EN_LABELS,
         "I will send the weekly report to my manager."),
    ],
)  # fmt: skip
def test_what_is_judged(text: str, labels: tuple[str, ...], judged: str) -> None:
    assert normalise(text, labels, ("I",)).text == judged


@pytest.mark.parametrize(
    "text",
    [
        "3 boeken lezen.",  # a number that is the goal's own, not a marker
        "Doelgericht werken aan de planning.",  # a label word inside a word
        "Doel is dat ik vaker vergader.",  # a label word without a separator
    ],
)
def test_content_is_not_taken_for_a_marker_or_label(text: str) -> None:
    assert normalise(text, NL_LABELS).text == text


def test_a_pasted_list_keeps_its_lines() -> None:
    text = "- Excel leren\n- Engels oefenen"
    assert normalise(text, NL_LABELS).text == "- Excel leren\n- Engels oefenen."


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("1. Word leren 2. Mailen in Outlook 3. Minder overwerken",
         "1. Word leren\n2. Mailen in Outlook\n3. Minder overwerken."),
        ("1) learn Word 2) answer email faster", "1) learn Word\n2) answer email faster."),
        ("a) Word leren b) Outlook leren c) Teams leren",
         "A) Word leren\nb) Outlook leren\nc) Teams leren."),
        ("A) Word leren B) Outlook leren", "A) Word leren\nB) Outlook leren."),
        ("Leerdoel: 1. Word leren 2. Outlook leren 3. Teams leren",
         "Leerdoel: 1. Word leren\n2. Outlook leren\n3. Teams leren."),
        # two items in "1." style: the word before the "2." takes no number
        ("1. Minder fouten bij het sorteren (klasse I en II) 2. Ook de nieuwe collega's helpen",
         "1. Minder fouten bij het sorteren (klasse I en II)\n2. Ook de nieuwe collega's helpen."),
        ("1. Excel leren 2. Beter plannen", "1. Excel leren\n2. Beter plannen."),
    ],
)  # fmt: skip
def test_a_numbered_list_on_one_line_is_a_list(text: str, judged: str) -> None:
    """Its items go on lines of their own, as if pasted from a list, with their markers."""
    surface = normalise(text, NL_LABELS, numbered_nouns=NUMBERED)
    assert surface.text == judged
    second = surface.text.split("\n")[1][3:].rstrip(".")  # the added final period has no source
    start = surface.text.index(second)
    assert text[slice(*surface.span(start, start + len(second)))] == second


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("Doel 1: Word leren. Doel 2: minder overwerken.",
         "- Word leren.\n- minder overwerken."),
        ("Leerdoel 1 - vaker feedback vragen. Leerdoel 2 - BHV halen! Leerdoel 3: Excel?",
         "- vaker feedback vragen.\n- BHV halen!\n- Excel?"),
        ("Doel 1: Word leren\nDoel 2: minder overwerken",  # a form pasted with its labels
         "- Word leren\n- minder overwerken."),
        ("Doel 2: Word leren. Doel 3: Excel leren.",  # a form's goals 2 and 3, copied
         "- Word leren.\n- Excel leren."),
        ("Doel 1: Word leren, doel 2: Excel leren",  # after a comma
         "- Word leren,\n- Excel leren."),
        ("- Doel 1: Word leren. Doel 2: Excel leren.",  # a list marker before the labels
         "- Word leren.\n- Excel leren."),
        ("Leerdoel: Doel 1: Word leren. Doel 2: Excel leren.",  # a label before the labels
         "- Word leren.\n- Excel leren."),
        ("DOEL 1: WORD LEREN. DOEL 2: MINDER OVERWERKEN.",  # shouted: no capitals, as a list
         "- word leren.\n- minder overwerken."),
    ],
)  # fmt: skip
def test_goals_numbered_with_a_label_on_one_line_are_a_list(text: str, judged: str) -> None:
    """Each label stands for a list marker, its goal on a line of its own; each judged
    character still points at the writer's."""
    surface = normalise(text, NL_LABELS)
    assert surface.text == judged
    second = surface.text.split("\n")[1][2:].rstrip(".!?")
    start = surface.text.index(second)
    assert text[slice(*surface.span(start, start + len(second)))].lower() == second.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Doel 1: Word leren. Doel 3: Excel leren.",  # labels that do not count up
        "Doel 1: de opleiding voor doel 2: het examen halen.",  # no sentence before it
    ],
)
def test_labels_that_do_not_number_goals_make_no_list(text: str) -> None:
    assert "\n" not in normalise(text, NL_LABELS).text


@pytest.mark.parametrize(
    "text",
    [
        "1. Ik haal in week 2. Daarna rijd ik zelf.",  # a sentence that ends in a number
        "1. Ik rond fase 2. Daarna begin ik aan fase 3.",  # ... after a noun that takes one
        "A. Jansen leert mij lassen. B. de Vries leert mij zagen.",  # initials, no list
        "1. Ik lees 2 boeken en 3 artikelen.",  # numbers of the goal's own
        "Ik wil 1. Word leren 2. Excel leren 3. Outlook leren",  # no list at the start
        "a) Word leren c) Excel leren",  # letters that do not count up
    ],
)
def test_numbers_inside_a_goal_are_no_list(text: str) -> None:
    assert "\n" not in normalise(text, NL_LABELS, numbered_nouns=NUMBERED).text


def test_every_judged_character_maps_back_to_the_original() -> None:
    text = "  2)  Leerdoel:  ik   \u2018oefen\u2019 elke week \U0001f4aa "
    surface = normalise(text, NL_LABELS)
    for start in range(len(surface.text)):
        for end in range(start, len(surface.text) + 1):
            first, last = surface.span(start, end)
            assert 0 <= first <= last <= len(text)
    word = surface.text.index("oefen")
    first, last = surface.span(word, word + len("oefen"))
    assert text[first:last] == "oefen"


def test_report_spans_point_into_the_original_text(checker: Checker) -> None:
    text = "Doel 2:  ik wil   misschien\tbeter worden in Excel \U0001f680"
    report = checker.check(text, lang="nl")
    assert report.goal.text == text
    assert report.findings
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text
    hedge = next(f for f in report.findings if f.code == "A001")
    assert hedge.text == "misschien"
    vague = next(f for f in report.findings if f.code == "S001")
    assert vague.text == "beter worden"


def test_parse_gives_spans_in_the_original_text(checker: Checker) -> None:
    text = "1.  Ik haal  binnen drie maanden mijn VCA-certificaat"
    goal = checker.parse(text, lang="nl")
    assert goal.text == text
    assert goal.deadline is not None
    assert (
        text[goal.deadline.start : goal.deadline.end]
        == goal.deadline.text
        == ("binnen drie maanden")
    )
    assert goal.action is not None and goal.action.text == "haal"
    assert checker.evaluate(goal) == checker.check(text, lang="nl")


@given(st.text(max_size=60))
@example("aAAAAAAa")  # 6 of 8 capitals, 7 of 8 once sentence case capitalises the first
def test_normalising_twice_changes_nothing_more(text: str) -> None:
    once = normalise(text, NL_LABELS, ("I",))
    assert normalise(once.text, NL_LABELS, ("I",)).text == once.text
    for start in range(len(once.text) + 1):
        first, last = once.span(start, len(once.text))
        assert 0 <= first <= last <= len(text)


# -- case: a goal written without case is read with the names the pack knows spelled -----
#: Names a pack knows; "SAP" and "Teams" are also Dutch words ("sap", "teams").
NAMES = ("PowerPoint", "Trello", "SPSS", "Power BI", "C#", "SAP", "Teams")


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("IK ZET DE PLANNING IN TRELLO EN SPSS", "Ik zet de planning in Trello en SPSS."),
        ("ik maak elke maand een dashboard in power bi", "Ik maak elke maand een dashboard in Power BI."),
        # a goal with capitals is read as written: the writer's case is evidence
        ("Ik maak de presentatie in Powerpoint.", "Ik maak de presentatie in Powerpoint."),
        ("IK WERK VANAF MAART MET SAP", "Ik werk vanaf maart met SAP."),
        ("ik plan het overleg in teams", "Ik plan het overleg in Teams."),
        ("Ik drink minder sap en overleg vaker met de teams.",
         "Ik drink minder sap en overleg vaker met de teams."),
        # only whole words: a compound keeps its own spelling, a hyphenated one is re-cased
        ("ik schrijf sapstroom en trellobord", "Ik schrijf sapstroom en trellobord."),
        ("ik haal het spss-certificaat", "Ik haal het SPSS-certificaat."),
    ],
)  # fmt: skip
def test_a_goal_without_case_gets_the_spelling_of_the_names_the_pack_knows(
    text: str, judged: str
) -> None:
    assert normalise(text, NL_LABELS, (), NAMES).text == judged


def test_the_shipped_packs_re_case_names_in_a_shouted_goal(checker: Checker) -> None:
    assert checker.surface("IK LEER WERKEN MET HUBSPOT.", "nl").text == (
        "Ik leer werken met HubSpot."
    )
    # English writes its month names with a capital (pack time.capitalised_names)
    assert checker.surface("i will pass the itil exam by june", "en").text == (
        "I will pass the ITIL exam by June."
    )


_FILLER = st.sampled_from(["ik", "werk", "elke", "week", "met", "de", "planning", "in", "een"])


@given(
    words=st.lists(st.one_of(_FILLER, st.sampled_from(NAMES)), min_size=3),
    shout=st.booleans(),
)
def test_capitals_or_none_give_one_judged_text(words: list[str], shout: bool) -> None:
    """A goal, its ALL CAPS and its lower-case form are judged as the same text, and every
    judged character still points at the same letter of what the user wrote."""
    text = " ".join(words)
    # too short to tell shouting from an acronym ("SAP EN"): read as written
    assume(not shout or sum(c.isalpha() for c in text) >= 8)
    written = text.upper() if shout else text.lower()
    expected = normalise(text[:1].upper() + text[1:], NL_LABELS, (), NAMES)
    surface = normalise(written, NL_LABELS, (), NAMES)
    assert surface.text == expected.text
    for i, char in enumerate(surface.text):
        if i != surface.added:
            assert written[surface.offsets[i]].lower() == char.lower()


@pytest.mark.parametrize(
    ("text", "spellings", "cased"),
    [
        ("- steigerbouwcursus afronden", (), "Steigerbouwcursus"),  # sentence case's capital
        ("Doel 1: meer overleggen", (), "Meer"),
        ("Steigerbouwcursus afronden", (), ""),  # the writer's own capital
        ("excel leren", ("Excel",), ""),  # a name the pack spells so
        ("1. 'ik' zeggen", (), ""),  # no word first
    ],
)
def test_the_capital_sentence_case_gave_is_known(
    text: str, spellings: tuple[str, ...], cased: str
) -> None:
    assert normalise(text, NL_LABELS, (), spellings).sentence_cased == cased


def test_restore_gives_the_first_word_back_its_lower_case_inside_a_sentence() -> None:
    surface = normalise("steigerbouwcursus afronden", NL_LABELS)
    restored = surface.restore(
        ("Vóór [datum] ga ik Steigerbouwcursus afronden.", "Steigerbouwcursus afronden.")
    )
    assert restored == (
        "Vóór [datum] ga ik steigerbouwcursus afronden.",
        "Steigerbouwcursus afronden.",
    )


@pytest.mark.parametrize(("text", "lang"), [("a", "en"), ("b", "nl"), ("- s", "en")])
def test_restore_leaves_the_criteria_names_alone(checker: Checker, text: str, lang: str) -> None:
    """A one-letter goal sentence-cased to a criterion's letter ('a' -> 'A') is the
    writer's word; the criterion named 'A' in the report is not, and stays a Criterion."""
    report = checker.check(text, lang=lang)
    for criterion, score in report.criteria.items():
        assert type(score.criterion) is Criterion and score.criterion is criterion
        assert all(type(f.criterion) is Criterion for f in score.findings)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pydantic warns on a str where a Criterion belongs
        report.model_dump_json()


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("GIS (QGIS, ArcGIS)", "GIS (QGIS, ArcGIS)."),  # acronyms and a name: the writer's case
        ("BIM in Revit en AutoCAD", "BIM in Revit en AutoCAD."),
        ("VCA EN BHV HALEN", "Vca en bhv halen."),  # a shout, acronyms and all
        # a shout with a name in its own case is still a shout: long words in capitals
        (
            "IK WIL VOOR DE ZOMER BETER WORDEN IN HET MAKEN VAN OFFERTES IN PowerPoint",
            "Ik wil voor de zomer beter worden in het maken van offertes in powerpoint.",
        ),
    ],
)
def test_a_goal_of_acronyms_with_a_mixed_case_word_is_no_shout(text: str, judged: str) -> None:
    assert normalise(text, NL_LABELS).text == judged
