"""Event-anchored deadlines, named periods, passed deadlines and starts (JUDGING.md, T).

Sentences are written for these tests; reference date Monday 23 November 2026.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.reading.timex import TimeExpression, find_time_expressions, load_time_table

REF = date(2026, 11, 23)


def events(text: str, lang: str) -> list[TimeExpression]:
    found = find_time_expressions(text, lang, REF)  # type: ignore[arg-type]
    return [e for e in found if e.kind == "event"]


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "relation"),
    [
        (
            "nl",
            "Voor het einde van mijn proeftijd rijd ik zelfstandig de ochtendroute.",
            "mijn proeftijd",
            "by",
        ),
        (
            "nl",
            "Aan het eind van de inwerkperiode beheer ik zelf het sleutelkastje.",
            "de inwerkperiode",
            "by",
        ),
        (
            "nl",
            "Na afloop van de opleiding tot praktijkbegeleider coach ik twee stagiairs.",
            "de opleiding",
            "after",
        ),
        (
            "nl",
            "Zodra de cursus Spaans is afgerond, voer ik een klantgesprek in het Spaans.",
            "de cursus",
            "after",
        ),
        (
            "nl",
            "Voordat het tweede semester begint, heb ik mijn scriptieplan ingeleverd.",
            "het tweede semester",
            "by",
        ),
        (
            "nl",
            "Bij het volgende beoordelingsgesprek laat ik drie verbeterde offertes zien.",
            "het volgende beoordelingsgesprek",
            "by",
        ),
        ("nl", "Tijdens mijn snuffelstage interview ik vijf monteurs.", "mijn snuffelstage", "by"),
        (
            "nl",
            "Uiterlijk twee weken na de start van het project lever ik de risicolijst op.",
            "het project",
            "by",
        ),
        (
            "en",
            "By the end of my apprenticeship I will wire a full consumer unit alone.",
            "my apprenticeship",
            "by",
        ),
        (
            "en",
            "Before my probation ends I will run the stock count on my own.",
            "my probation",
            "by",
        ),
        (
            "en",
            "At my next performance review I will show five closed support tickets a day.",
            "my next performance review",
            "by",
        ),
        (
            "en",
            "Once I finish the welding course I will certify two joints a week.",
            "the welding course",
            "after",
        ),
        (
            "en",
            "Within a month of starting the traineeship I will present my first analysis.",
            "the traineeship",
            "by",
        ),
        (
            "en",
            "Before the next sprint starts I will write tests for the login page.",
            "the next sprint",
            "by",
        ),
    ],
)
def test_event_anchor(lang: str, text: str, anchor: str, relation: str) -> None:
    found = events(text, lang)
    assert len(found) == 1, found
    expr = found[0]
    assert expr.due is None and expr.granularity is None
    assert expr.anchor is not None and expr.anchor.text == anchor
    assert text[expr.anchor.start : expr.anchor.end] == anchor
    assert expr.start <= expr.anchor.start < expr.anchor.end <= expr.end
    assert expr.relation == relation


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Dit seizoen train ik twee keer per week met de jeugdselectie."),
        ("nl", "Deze periode lever ik alle werkstukken voor economie op tijd in."),
        ("nl", "In dit blok haal ik voor elke toets minstens een 6,5."),
        ("en", "This season I will coach the under-12 team in six home matches."),
        ("en", "This term I will mark every essay within a week."),
        ("en", "In the next sprint I will pair with the new developer on two stories."),
    ],
)
def test_named_period_without_a_calendar_is_an_event(lang: str, text: str) -> None:
    assert len(events(text, lang)) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Voor mijn opleiding lees ik drie vakboeken."),  # purpose, not time
        ("nl", "Ik volg een cursus over klantcontact."),
        ("nl", "Na elke training noteer ik de afspraken in het systeem."),  # a routine
        ("nl", "Ik zet mijn telefoon uit tijdens het focusblok."),  # not a school block
        ("nl", "Ik doe 3x per week krachttraining."),
        ("en", "In my course I will help classmates with their lab reports."),
        ("en", "For the project I will build a small dashboard."),
        ("en", "After each appraisal I write a one-page summary."),  # a routine
        ("en", "I will do 30 minutes of strength training on Mondays."),
        # "op"/"on" before a moment of the cycle takes an argument, not a time
        ("nl", "Ik vraag de praktijkbegeleider om commentaar op het rapport."),
        ("nl", "Ik schrijf binnenkort een reactie op de tussenevaluatie."),
        ("en", "I will ask my mentor for comments on the report."),
        ("en", "I will reflect on the assessment with my coach."),
        # a bare edge word before an activity is the goal's own verb, not a moment
        ("en", "I want to start a course in bookkeeping."),
        ("en", "I will start the first-aid training."),
        ("en", "Next month I finish my degree in nursing."),
        ("nl", "Ik begin aan een cursus boekhouden."),
        ("nl", "Ik begin de opleiding tot kapper."),
    ],
)
def test_not_an_event(lang: str, text: str) -> None:
    assert events(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "anchor"),
    [
        (
            "nl",
            "Bij het functioneringsgesprek laat ik drie geslaagde klantcases zien.",
            "het functioneringsgesprek",
        ),
        ("nl", "Rond de eindevaluatie lever ik mijn portfolio compleet aan.", "de eindevaluatie"),
        ("en", "At the appraisal I will show three finished client cases.", "the appraisal"),
    ],
)
def test_a_temporal_preposition_anchors_a_moment(lang: str, text: str, anchor: str) -> None:
    found = events(text, lang)
    assert [e.anchor.text for e in found if e.anchor is not None] == [anchor]


def test_each_event_is_a_routine() -> None:
    found = find_time_expressions("Na elke training noteer ik de afspraken.", "nl", REF)
    assert [e.kind for e in found] == ["recurring"]


@pytest.mark.parametrize(
    ("lang", "text", "due"),
    [
        ("nl", "Voor het einde van het schooljaar geef ik drie gastlessen.", date(2027, 7, 10)),
        (
            "nl",
            "Voordat het nieuwe schooljaar begint, is de jaarplanning klaar.",
            date(2027, 8, 24),
        ),
        (
            "nl",
            "Twee weken voor het einde van het schooljaar is mijn portfolio af.",
            date(2027, 6, 26),
        ),
        (
            "en",
            "Before the new school year starts I will rewrite the reading list.",
            date(2027, 9, 1),
        ),
        ("en", "By the end of this school year I will run the school choir.", date(2027, 7, 21)),
    ],
)
def test_event_with_a_calendar_in_the_pack_resolves(lang: str, text: str, due: date) -> None:
    found = find_time_expressions(text, lang, REF)  # type: ignore[arg-type]
    assert [(e.kind, e.due) for e in found] == [("deadline", due)]


def test_calendar_given_by_an_override_resolves_a_named_period() -> None:
    table = load_time_table("en").with_periods(
        {"season": {"names": ["season", "playing season"], "start": "08-01", "end": "05-31"}}
    )
    found = find_time_expressions("This season I will coach six matches.", "en", REF, table)
    assert [(e.kind, e.due) for e in found] == [("deadline", date(2027, 5, 31))]


def test_duration_of_an_activity_frames_the_goal() -> None:
    found = events("Ik doorloop een leiderschapstraject van vier maanden met mijn coach.", "nl")
    assert found and found[0].anchor is not None
    assert found[0].anchor.text == "een leiderschapstraject"


# -- verdicts -------------------------------------------------------------------------------


def t_verdict(checker: Checker, text: str, lang: str, ref: date = REF) -> tuple[bool, float]:
    report = checker.check(text, lang=lang, reference_date=ref)
    score = report.criteria[Criterion.T]
    return score.passed, score.score


@pytest.mark.parametrize(
    ("lang", "event_goal", "date_goal"),
    [
        (
            "nl",
            "Voor het einde van mijn proeftijd rijd ik zelfstandig de ochtendroute.",
            "Voor 1 april 2027 rijd ik zelfstandig de ochtendroute.",
        ),
        (
            "en",
            "By my next appraisal I will run the stock count on my own.",
            "By 1 April 2027 I will run the stock count on my own.",
        ),
    ],
)
def test_event_passes_t_below_a_date_and_asks_for_the_date(
    checker: Checker, lang: str, event_goal: str, date_goal: str
) -> None:
    passed, score = t_verdict(checker, event_goal, lang)
    date_passed, date_score = t_verdict(checker, date_goal, lang)
    assert passed and date_passed
    assert score < date_score
    report = checker.check(event_goal, lang=lang, reference_date=REF)
    codes = [f.code for f in report.criteria[Criterion.T].findings]
    assert codes == ["T007"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Vóór 1 maart 2026 heb ik mijn heftruckcertificaat gehaald."),
        ("nl", "In het tweede kwartaal van 2025 presenteer ik het nieuwe rooster."),
        ("en", "By June 2025 I will have passed the forklift exam."),
    ],
)
def test_passed_deadline_fails_t(checker: Checker, lang: str, text: str) -> None:
    assert not t_verdict(checker, text, lang)[0]
    # the same goal one year earlier is fine
    assert t_verdict(checker, text, lang, date(2024, 11, 23))[0]


def test_passed_deadline_as_warning_keeps_t() -> None:
    lenient = Checker({"rules": {"T003": {"severity": "warning"}}})
    text = "Vóór 1 maart 2026 heb ik mijn heftruckcertificaat gehaald."
    report = lenient.check(text, lang="nl", reference_date=REF)
    assert report.criteria[Criterion.T].passed
    assert [f.code for f in report.criteria[Criterion.T].findings] == ["T003"]


@pytest.mark.parametrize(
    ("lang", "text", "passes"),
    [
        # a start of a one-off change is its deadline
        ("nl", "Per 1 maart werk ik met het nieuwe planningssysteem.", True),
        ("nl", "Na de zomer begin ik aan de opleiding tot doktersassistent.", True),
        ("en", "From January I will use the new booking system for all client calls.", True),
        # a start of a routine is not an end
        ("nl", "Vanaf januari fiets ik elke dinsdag naar mijn werk.", False),
        ("nl", "Vanaf nu lees ik elke dag een halfuur vakliteratuur.", False),
        ("en", "Starting in February I will cycle to work every Tuesday.", False),
        ("en", "From now on I will stretch for ten minutes every morning.", False),
        # a routine with an end or a frame is fine
        ("nl", "Tot 1 juli 2027 fiets ik elke dinsdag naar mijn werk.", True),
        ("nl", "Tijdens mijn inwerkperiode loop ik elke week een dienst mee.", True),
        ("en", "Until the end of my probation I will ask for feedback every Friday.", True),
        # after an event: a one-off passes, a routine needs an end
        ("nl", "Na afloop van de cursus schrijf ik een werkinstructie voor de kassa.", True),
        ("nl", "Na afloop van de cursus oefen ik elke week een uur met de kassa.", False),
    ],
)
def test_starts_and_routines(checker: Checker, lang: str, text: str, passes: bool) -> None:
    assert t_verdict(checker, text, lang)[0] is passes


# -- properties -----------------------------------------------------------------------------

NOUNS_NL = ["proeftijd", "opleiding", "stage", "cursus", "inwerkperiode", "functioneringsgesprek"]
EDGES_NL = [
    "Voor het einde van",
    "Aan het begin van",
    "Na afloop van",
    "Tijdens",
    "Tegen het eind van",
]
DETS_NL = ["mijn", "de", "het", "onze"]
NOUNS_EN = ["internship", "probation", "course", "training", "appraisal", "placement"]
EDGES_EN = ["By the end of", "Before the start of", "After", "During", "At the end of"]
DETS_EN = ["my", "the", "our"]


@settings(max_examples=60, deadline=None)
@given(
    lang=st.sampled_from(["nl", "en"]),
    i=st.integers(0, 5),
    j=st.integers(0, 4),
    k=st.integers(0, 2),
    tail=st.sampled_from(["", " samen met mijn team", " together with my team"]),
)
def test_generated_event_anchor_has_its_noun_as_anchor(
    lang: str, i: int, j: int, k: int, tail: str
) -> None:
    nouns, edges, dets = (
        (NOUNS_NL, EDGES_NL, DETS_NL) if lang == "nl" else (NOUNS_EN, EDGES_EN, DETS_EN)
    )
    verb = "rond ik het dossier af" if lang == "nl" else "I will close the file"
    text = f"{edges[j]} {dets[k]} {nouns[i]}{tail} {verb}."
    found = events(text, lang)
    assert len(found) == 1
    anchor = found[0].anchor
    assert anchor is not None and anchor.text == f"{dets[k]} {nouns[i]}"
    assert found[0].text.startswith(edges[j])


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=120))
def test_event_fields_are_consistent_on_any_text(text: str) -> None:
    for lang in ("nl", "en"):
        for expr in find_time_expressions(text, lang, REF):  # type: ignore[arg-type]
            assert text[expr.start : expr.end] == expr.text
            if expr.kind == "event":
                assert expr.due is None and expr.anchor is not None
                assert text[expr.anchor.start : expr.anchor.end] == expr.anchor.text
            else:
                assert expr.anchor is None and expr.relation is None


# -- passed deadlines, as a property ----------------------------------------------------------

T_ONLY = Checker({"select": ["T"], "rewriter": "none"})
MONTHS_NL = load_time_table("nl").months


@settings(max_examples=40, deadline=None)
@given(
    due=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 28)),
    gap=st.integers(min_value=1, max_value=900),
)
def test_a_date_fails_t_once_it_has_passed(due: date, gap: int) -> None:
    text = f"Vóór {due.day} {MONTHS_NL[due.month - 1][0]} {due.year} rond ik het dossier af."
    before = T_ONLY.check(text, lang="nl", reference_date=due - timedelta(days=gap))
    after = T_ONLY.check(text, lang="nl", reference_date=due + timedelta(days=gap))
    assert before.criteria[Criterion.T].passed
    assert not after.criteria[Criterion.T].passed
    assert "T003" in [f.code for f in after.criteria[Criterion.T].findings]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Elke maandag controleer ik de facturen van de afgelopen week."),
        ("nl", "Ik bespreek de cijfers van vorige maand in het teamoverleg."),
        ("en", "Every Monday I check the invoices of last week."),
        ("en", "I will summarise last month's complaints for the team."),
    ],
)
def test_a_previous_period_without_a_marker_is_no_deadline(lang: str, text: str) -> None:
    """'van de afgelopen week' says which invoices, not by when; 'vóór vorige week' or
    'eind vorig jaar' would be a deadline that has passed."""
    found = find_time_expressions(text, lang, REF)  # type: ignore[arg-type]
    assert [e for e in found if e.kind == "deadline"] == []
    passed = find_time_expressions("Vóór vorige week lever ik het in.", "nl", REF)
    assert len(passed) == 1 and passed[0].due is not None and passed[0].due < REF


@pytest.mark.parametrize(
    ("lang", "text", "anchor"),
    [
        ("nl", "Na de fusie met de buurgemeente neem ik het klantcontactteam over.", "Na de fusie"),
        (
            "nl",
            "Tijdens de verbouwing van de kantine regel ik de noodkeuken.",
            "Tijdens de verbouwing",
        ),
        ("en", "Before the merger I will map every supplier contract.", "Before the merger"),
        (
            "en",
            "After the rollout of the new rostering tool I will train the weekend staff.",
            "After the rollout",
        ),
    ],
)
def test_a_change_the_organisation_goes_through_anchors_a_deadline(
    lang: str, text: str, anchor: str
) -> None:
    """A reorganisation, merger, move or system rollout has a start and an end: a marker
    before it makes it the goal's event anchor, as a course or a project."""
    found = find_time_expressions(text, lang, REF)
    assert [(t.text, t.kind) for t in found] == [(anchor, "event")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik wil de invoering van het nieuwe kassasysteem begeleiden."),
        ("en", "I will lead the migration of our servers to the cloud."),
    ],
)
def test_the_change_as_the_goals_object_is_no_anchor(lang: str, text: str) -> None:
    assert find_time_expressions(text, lang, REF) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will get better at budgeting, maybe through an evening course.", []),
        ("Through the mentoring programme I will learn to chair meetings.", []),
        (
            "I will run the night audit through the end of my traineeship.",
            [("through the end of my traineeship", "event")],
        ),
        ("Through March I will cover the Saturday shifts.", [("Through March", "deadline")]),
    ],
)
def test_through_an_activity_is_a_means_not_a_time(text: str, expected: list[object]) -> None:
    found = find_time_expressions(text, "en", REF)
    assert [(t.text, t.kind) for t in found] == expected


@pytest.mark.parametrize(
    ("text", "anchored"),
    [
        ("I will ask one question during evaluation meetings.", False),
        ("I take notes during training sessions with the new starters.", False),
        ("Before the audit meeting I will update the cleaning SOPs.", True),
        ("By my evaluation I will have led two toolbox talks.", True),
    ],
)
def test_an_event_noun_that_modifies_a_plural_noun_is_no_moment(text: str, anchored: bool) -> None:
    """'during evaluation meetings' is about any such meeting, not one with a date: the parse
    shows the event noun hanging on the plural noun after it (reading/anchors.py). A
    singular head ('the audit meeting') still names one moment."""
    goal = Checker().parse(text, lang="en", reference_date=REF)
    assert any(t.kind == "event" for t in goal.deadlines) is anchored


@pytest.mark.parametrize(
    ("lang", "text", "anchor"),
    [
        (
            "nl",
            "Voor de volgende missie haal ik mijn schietvaardigheidstest.",
            "Voor de volgende missie",
        ),
        ("nl", "Na de campagne schrijf ik een evaluatie voor de redactie.", "Na de campagne"),
        (
            "en",
            "Before the next deployment I will renew my first aid certificate.",
            "Before the next deployment",
        ),
        ("en", "After the launch I will run two user interviews.", "After the launch"),
    ],
)
def test_an_operation_or_campaign_anchors_a_deadline(lang: str, text: str, anchor: str) -> None:
    """Operations and campaigns a team goes into have a start and an end, like a project."""
    found = find_time_expressions(text, lang, REF)
    assert [(t.text, t.kind) for t in found] == [(anchor, "event")]
