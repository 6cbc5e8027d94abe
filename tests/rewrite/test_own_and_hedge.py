"""Kinds of goal the rewriter used to break or leave to the fallback, each with fresh
members of its kind.

- An impersonal or imposed Dutch goal becomes "Ik zorg ervoor dat ...": the subordinate
  clause is verb-final, so its whole verb cluster (finite verb, infinitives, participle, a
  separable particle joined to its verb) goes to the end and a prepositional phrase stays
  before it ("dat het team de rapportage bij de manager inlevert").
- The English own part says "I will make sure that ..."; the that-clause takes the present
  tense, so a future or duty modal inside it goes and the verb agrees with its subject.
- A Dutch wish with stacked modals and an infinitive chain ("Ik zou graag willen leren
  programmeren in Python", "Ik zou vaker moeten sporten") becomes a commitment sentence, not
  the structured fallback.
- A wished-for result others decide ("I hope to get promoted") or a wished-for thing ("Ik wil
  graag een vaste aanstelling") becomes the purpose of the writer's own behaviour.
- The phrases a rewrite adds ("met als bewijs ...") stay in the main clause, before the goal's
  own purpose clause ("..., om fitter te worden").
"""

from __future__ import annotations

import re

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
from smartcheck.reporting.report import GoalReport
from tests.conftest import REF

CHECKER = Checker()


def _report(text: str, lang: str) -> GoalReport:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart, "the example must fail something to be rewritten"
    return report


def _own_part(report: GoalReport, frame: str) -> str:
    own = [r for r in report.rewrites if frame in r]
    assert own, f"no own-part rewrite among {report.rewrites}"
    ctx = CHECKER.context(report.lang)
    style = style_for(ctx.pack)
    assert style is not None
    assert find_seams(own[0], report.goal, ctx, style) == []
    return own[0]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Het team levert de rapportage in bij de manager.",
            "dat het team de rapportage bij de manager inlevert",
        ),
        (
            "De afdeling stapt over op het nieuwe kassasysteem.",
            "dat de afdeling op het nieuwe kassasysteem overstapt",
        ),
        (
            "Mijn collega's moeten de planning maken in Excel.",
            "dat mijn collega's de planning in Excel maken",
        ),
        ("Werknemers moeten meer gaan bewegen.", "dat werknemers meer gaan bewegen"),
        (
            "De medewerkers moeten de training afronden voor de zomer.",
            "dat de medewerkers de training",
        ),
        (
            "Het team houdt elke week een overleg met de klant.",
            "dat het team elke week een overleg met de klant houdt",
        ),
    ],
)
def test_dutch_own_part_is_verb_final(text: str, clause: str) -> None:
    own = _own_part(_report(text, "nl"), "ervoor dat")
    assert clause in own
    that_clause = re.split(r"[,.]", own.split(" dat ", 1)[1])[0]
    last = CHECKER.parse(f"Ik weet dat {that_clause}.", lang="nl", reference_date=REF).doc
    assert last is not None
    assert last[-2].pos_ in ("VERB", "AUX"), f"{that_clause!r} does not end in its verb"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("The team will deliver the new intranet.", "that the team delivers the new intranet"),
        (
            "The team must deliver the report in Excel.",
            "that the team delivers the report in Excel",
        ),
        (
            "The interns should write a report about their internship.",
            "that the interns write a report about their internship",
        ),
        (
            "The new colleagues have to finish the safety training.",
            "that the new colleagues finish the safety training",
        ),
        (
            "The department will switch to the new rota system.",
            "that the department switches to the new rota system",
        ),
        (
            "The staff have to finish the safety training.",
            "that the staff finish the safety training",
        ),
        ("The night shift has to hand over the keys.", "that the night shift hands over the keys"),
    ],
)
def test_english_own_part_is_present_tense(text: str, clause: str) -> None:
    own = _own_part(_report(text, "en"), "I will make sure that")
    assert clause in own
    assert not re.search(r"\bthat\b.*\b(will|must|should|have to|has to)\b", own)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ik zou graag willen leren programmeren in Python.", ["programmeren", "Python"]),
        ("Ik zou willen leren onderhandelen met leveranciers.", ["onderhandelen", "leveranciers"]),
        ("Ik zou heel graag willen leren solderen.", ["solderen"]),
        ("Wij zouden graag willen leren plannen met Trello.", ["plannen", "Trello"]),
        ("Ik zou graag meer willen leren over de cao.", ["cao"]),
        # the conditional of duty ('should') is a wish too: 'zou ... moeten' goes
        ("Ik zou vaker moeten sporten.", ["sporten"]),
        ("Wij zouden de planning beter moeten bijhouden.", ["planning", "bij te houden"]),
        ("Ik zou eigenlijk wat assertiever moeten worden.", ["assertiever"]),
    ],
)
def test_a_wish_with_stacked_modals_becomes_a_sentence(text: str, kept: list[str]) -> None:
    report = _report(text, "nl")
    assert report.structured_rewrite is None, report.rewrite
    assert report.rewrite is not None
    assert not re.search(r"\b(zou|zouden|willen|moeten)\b", report.rewrite)
    for word in kept:
        assert word in report.rewrite


@pytest.mark.parametrize(
    ("text", "lang", "purpose"),
    [
        # a result others decide, which the writer wishes for (A003)
        (
            "I hope to get promoted to senior nurse.",
            "en",
            "in order to get promoted to senior nurse",
        ),
        ("I would like to get a permanent contract.", "en", "in order to get a permanent contract"),
        # a wished-for thing: no verb of the writer's to commit to
        ("I'd like a promotion.", "en", "in order to get a promotion"),
        ("I want a mentor.", "en", "in order to get a mentor"),
        ("Ik wil graag een vaste aanstelling.", "nl", "om een vaste aanstelling te krijgen"),
        (
            "Ik zou graag een eigen klantenportefeuille willen.",
            "nl",
            "om een eigen klantenportefeuille te krijgen",
        ),
    ],
)
def test_a_wished_result_becomes_the_purpose_of_own_behaviour(
    text: str, lang: str, purpose: str
) -> None:
    report = _report(text, lang)
    assert report.rewrite is not None
    assert report.rewrite.endswith(purpose + ".")
    style = style_for(CHECKER.pack(lang))
    assert style is not None
    assert style.placeholders.behaviour in report.rewrite


@pytest.mark.parametrize(
    ("text", "order"),
    [
        (
            "Ik wil Engels leren om met klanten te kunnen bellen.",
            ["Engels leren", "[hoe gemeten]", ", om met klanten te kunnen bellen."],
        ),
        (
            "Ik wil vaker sporten om fitter te worden.",
            ["vaker sporten", "[streefaantal]", "[hoe gemeten]", ", om fitter te worden."],
        ),
        (
            "Ik volg een cursus van zes weken om te ontdekken welk werk bij mij past.",
            [
                "een cursus van zes weken",
                "[hoe gemeten]",
                ", om te ontdekken welk werk bij mij past.",
            ],
        ),
    ],
)
def test_the_added_phrases_stay_in_the_main_clause_before_a_purpose(
    text: str, order: list[str]
) -> None:
    rewrite = _report(text, "nl").rewrite
    assert rewrite is not None
    at = [rewrite.find(piece) for piece in order]
    assert -1 not in at and at == sorted(at), rewrite


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "It is expected that I take over the weekly stock count.",
            "I will take over the weekly stock count",
        ),
        ("It is expected that I update the client files.", "I will update the client files"),
        (
            "It is expected that I am the first contact for new interns.",
            "I will be the first contact for new interns",
        ),
    ],
)
def test_an_imposition_around_the_writers_clause_leaves_that_clause(text: str, own: str) -> None:
    rewrite = _report(text, "en").rewrite
    assert rewrite is not None
    assert own in rewrite
    assert "expected" not in rewrite


def test_no_own_part_around_someone_imposing_on_the_writer() -> None:
    report = _report("The company requires that I finish the compliance training.", "en")
    assert not any("make sure that the company" in r for r in report.rewrites)


def test_what_to_learn_is_no_purpose() -> None:
    rewrite = _report("Leren om me klantgerichter op te stellen.", "nl").rewrite
    assert rewrite is not None
    assert "leren om me klantgerichter op te stellen" in rewrite
