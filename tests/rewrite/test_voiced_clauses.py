"""Another person's wish framing the writer's clause, read right: the Dutch subordinate
clause's finite verb is found at its end (never a compound noun the tagger calls a verb in
the middle), a person named by an acronym ('van HR') is credited without the writer's
object, and another's wish told as the reason ('omdat HR dat wil') is credited too.
Goals written fresh for these categories (fields: a hospital ward, a lab, a library, a
transport firm, a school, a municipality)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewrite_quality import evaluate_goal
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()

#: Dutch reported wishes whose object ends in a compound noun the small tagger may read as a
#: finite verb, and whose own verb stands last (a period glued onto it, or none).
COMPOUND_OBJECTS = [
    ("Mijn leidinggevende wil dat ik de cursus timemanagement volg.", "timemanagement", "volgen"),
    (
        "De directeur wil dat ik de opleiding verandermanagement start.",
        "verandermanagement",
        "starten",
    ),
    ("Mijn praktijkopleider wil dat ik de module wondzorg volg.", "wondzorg", "volgen"),
    ("Mijn coach vindt dat ik de workshop conflicthantering volg.", "conflicthantering", "volgen"),
    ("Mijn teamleider wil dat ik de training klantcontact afrond", "klantcontact", "afronden"),
    (
        "Onze bibliothecaris wil dat ik het webinar collectiebeheer bijwoon.",
        "collectiebeheer",
        "bijwonen",
    ),
]


@pytest.mark.parametrize(("text", "compound", "verb"), COMPOUND_OBJECTS)
def test_the_finite_verb_of_a_reported_wish_stands_at_the_clause_end(
    text: str, compound: str, verb: str
) -> None:
    """'dat ik de cursus timemanagement volg.': the verb is 'volg', last; the rewrite commits
    to it ('ga ik de cursus timemanagement volgen') with the compound in its noun phrase."""
    rewrite = well_rewritten(CHECKER, text, "nl")
    assert re.search(rf"\b(ga|zal) ik\b.*\b{compound}\b.* {verb}\b", rewrite), rewrite
    assert re.search(rf"\b{compound} ik\b", rewrite) is None
    assert "zoals" in rewrite  # the other's wish stays as the reason


@pytest.mark.parametrize(
    ("goal", "broken", "whole"),
    [
        (
            "Mijn leidinggevende wil dat ik de cursus timemanagement volg.",
            "Vóór [datum] timemanagement ik de cursus volg, zoals mijn leidinggevende wil.",
            "Vóór [datum] ga ik de cursus timemanagement volgen, zoals mijn leidinggevende wil.",
        ),
        (
            "De afdelingsarts wil dat ik de scholing medicatieveiligheid afrond.",
            "Ik medicatieveiligheid vóór [datum] de scholing afrond, zoals de afdelingsarts wil.",
            "Ik rond vóór [datum] de scholing medicatieveiligheid af, zoals de afdelingsarts wil.",
        ),
        (
            "Mijn mentor wil dat ik het practicum labveiligheid doe.",
            "Voor de zomer labveiligheid ik het practicum doe, zoals mijn mentor wil.",
            "Voor de zomer doe ik het practicum labveiligheid, zoals mijn mentor wil.",
        ),
    ],
)
def test_a_noun_of_the_goal_in_the_verb_slot_is_a_seam(goal: str, broken: str, whole: str) -> None:
    """Whatever put it there, a noun of the writer's noun phrase where the finite verb belongs
    (after a fronted deadline, or right after the opening subject) reads broken."""
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, broken)
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, whole)


@pytest.mark.parametrize(
    ("lang", "text", "who", "kept"),
    [
        ("nl", "Ik moet van HR mijn BIG-registratie op tijd verlengen", "HR", "BIG-registratie"),
        ("nl", "Ik moet van de OR het verslag van de vergadering schrijven", "de OR", "verslag"),
        ("nl", "Van HR moet ik mijn VCA-diploma vernieuwen.", "HR", "VCA-diploma"),
        ("en", "HR wants me to renew my nursing licence on time", "HR", "licence"),
        ("en", "The board wants me to chair the safety committee", "the board", "committee"),
    ],
)
def test_the_credit_names_only_the_person(lang: str, text: str, who: str, kept: str) -> None:
    """'Ik moet van HR mijn BIG-registratie ...': HR set the duty, the registration is the
    writer's object. The credit is 'zoals HR wil', the object stays in the writer's clause."""
    rewrite = well_rewritten(CHECKER, text, lang)
    frame = "zoals" if lang == "nl" else "as"
    credit = rewrite.rsplit(", ", 1)[-1]
    assert credit.startswith(f"{frame} {who} "), rewrite
    assert kept not in credit
    assert kept in rewrite.rsplit(", ", 1)[0]


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "nl",
            "Ik moet mijn rijvaardigheid op peil houden omdat mijn werkgever dat verwacht",
            "mijn werkgever",
        ),
        (
            "nl",
            "Ik ga de cursus bedrijfshulpverlening volgen omdat mijn leidinggevende het vraagt.",
            "mijn leidinggevende",
        ),
        ("en", "I have to renew my forklift licence because HR wants it", "HR"),
        (
            "en",
            "I need to finish the fire warden course because my manager wants me to.",
            "my manager",
        ),
    ],
)
def test_another_persons_wish_as_the_reason_is_credited(lang: str, text: str, who: str) -> None:
    """'omdat HR dat wil', 'because HR wants it': someone else's wish (fails A) told as the
    reason. The writer commits to the clause before it; the other person is credited. The
    reason's opener gives way to the credit ('zoals', 'as'): the only word of the writer's
    the filled rewrite no longer holds."""
    outcome = evaluate_goal(CHECKER, text, lang)
    assert outcome is not None and outcome.rewrite is not None
    assert not outcome.structured and outcome.still_failing == ()
    opener = "omdat" if lang == "nl" else "because"
    assert set(outcome.missing) <= {opener}
    assert all(s == f"lost_words: {opener} gone" for s in outcome.seams), outcome.seams
    rewrite = outcome.rewrite
    frame = "zoals" if lang == "nl" else "as"
    assert re.search(rf", {frame} {who} \w+\.$", rewrite), rewrite
    assert not re.search(r"\b(omdat|because)\b", rewrite)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik wil mijn Duits verbeteren omdat de klanten Duits spreken."),
        ("en", "I want to learn Spanish because our clients speak it"),
        ("en", "I want to learn SQL because HR wants a new reporting system."),
    ],
)
def test_a_reason_that_is_no_bare_wish_is_not_credited(lang: str, text: str) -> None:
    """A reason of the writer's own, or one that says more than someone's wish ('because HR
    wants a new reporting system'), stays a reason: no 'zoals/as' credit takes it."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    assert not re.search(r", (zoals|as) \w+ (wil|wants|spreken|speak)", report.rewrite)


_NOUNS = ["timemanagement", "wondzorg", "projectplanning", "klantcontact", "roosterbeheer"]
_COURSES = ["de cursus", "de training", "de module", "het webinar"]
_WHO = ["Mijn leidinggevende", "De teamleider", "Mijn coach"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(_WHO), st.sampled_from(_COURSES), st.sampled_from(_NOUNS), st.booleans())
def test_no_reported_wish_fronts_its_object(who: str, course: str, noun: str, period: bool) -> None:
    """Metamorphic: whatever the wisher, course and compound, and with or without the final
    period, the compound never lands in the verb slot before 'ik'."""
    text = f"{who} wil dat ik {course} {noun} volg" + ("." if period else "")
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.rewrite is not None
    assert re.search(rf"\b{noun} ik\b|\bik {noun}\b", report.rewrite) is None, report.rewrite


@pytest.mark.parametrize(
    ("lang", "text", "flaw"),
    [
        ("nl", "Mijn leidinggevende vindt dat ik te snel praat tijdens presentaties.", "te snel"),
        ("nl", "De praktijkbegeleider zegt dat ik te streng ben voor stagiairs.", "te streng"),
        ("en", "My mentor thinks I talk too fast in presentations.", "too fast"),
        ("en", "My supervisor feels I rush the handovers at the end of a shift.", "rush"),
    ],
)
def test_another_persons_observation_is_never_committed_to(lang: str, text: str, flaw: str) -> None:
    """'Mijn leidinggevende vindt dat ik te snel praat': a judgement of the writer with no
    modal of advice. Neither committed to ('ga ik te snel praten') nor dated ('vindt dat ik
    vóór [datum] te snel praat'): the structured fallback shows it whole. (An amount of
    excess or shortfall, 'te veel', 'te weinig', is told as its change instead:
    test_shortfall_flaws46.py.)"""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart
    assert report.structured_rewrite is not None, report.rewrite
    assert report.structured_rewrite.goal.rstrip(".") == text.rstrip(".")
    assert flaw in report.structured_rewrite.goal


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Mijn leidinggevende vindt dat ik vaker moet presenteren in het teamoverleg."),
        ("en", "My mentor thinks I should present more often at the team meeting."),
        ("en", "My supervisor says I need to hand over the shift notes in writing."),
    ],
)
def test_advice_with_a_modal_is_still_the_writers_commitment(lang: str, text: str) -> None:
    """The same frame with a modal of advice ('moet', 'should', 'need to') is advice: the
    writer commits to it, credited to who gave it."""
    rewrite = well_rewritten(CHECKER, text, lang)
    assert re.search(r"\b(ga|will)\b", rewrite)
    assert re.search(r", (zoals|as) (mijn|my) \w+ \w+\.$", rewrite)


@pytest.mark.parametrize(
    ("text", "verb", "after"),
    [
        (
            "Mijn coach vindt dat ik elke week een uur neem om te leren programmeren.",
            "nemen",
            "om te leren programmeren",
        ),
        (
            "Mijn leidinggevende wil dat ik meer tijd vrijmaak om mijn dossiers bij te werken.",
            "vrijmaken",
            "om mijn dossiers bij te werken",
        ),
        ("Mijn coach wil dat ik vaker feedback vraag als ik twijfel.", "vragen", "als ik twijfel"),
    ],
)
def test_a_clause_moved_after_the_verbs_keeps_its_own(text: str, verb: str, after: str) -> None:
    """'dat ik ... vrijmaak om mijn dossiers bij te werken': the writer's verb stands before
    the moved te-clause or subordinate clause, whose own verbs ('te werken', 'twijfel') are
    never taken for it; the separable verb stays whole ('ga ik meer tijd vrijmaken')."""
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.rewrite is not None and report.structured_rewrite is None
    assert re.search(rf"\bga ik\b[^,]* {verb}\b", report.rewrite), report.rewrite
    assert after in report.rewrite
    assert "zoals" in report.rewrite
