"""Every example ../shared/JUDGING.md gives for S, M, A, R and T, against its own verdict.

The page says its examples are written for it, not taken from any evaluation set, so they
are the reference's own test cases (they live in the page, not in ../shared/data, and need no
shared file). Where the page gives a fragment ("beter worden in", "meer verantwoordelijkheid
nemen", "a doubling every month") or a kind of thing ("a report", "a promotion"), the case
makes the smallest complete goal around it and says so in its comment; only the criterion
the example is given for is checked. Reference date 2026-11-23 (a Monday), as in the data.

Examples smartcheck judges against the page today are strict xfails naming the gap: a fix
makes the test fail until the mark is removed, so the list of gaps cannot go stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from smartcheck import Checker, Criterion

REF = date(2026, 11, 23)


@dataclass(frozen=True)
class Example:
    lang: str
    text: str
    criterion: Criterion
    passes: bool
    #: How the page's words were made into a goal ("" when the page gives a whole goal).
    made: str = ""


S, M, A, R, T = Criterion.S, Criterion.M, Criterion.A, Criterion.R, Criterion.T

EXAMPLES: list[Example] = [
    # --- S: passes
    Example("nl", "Ik maak het weekrooster van de inpakafdeling zelf in het nieuwe roosterprogramma.", S, True),
    Example("en", "I will write the onboarding checklist for new warehouse staff.", S, True),
    # --- S: a direction without content, an abstract competence, "iets met data doen"
    Example("nl", "Ik wil beter worden in Excel.", S, False, "fragment 'beter worden in' + a field"),
    Example("en", "I want to improve my communication.", S, False, "fragment as a wish"),
    Example("nl", "Ik wil meer verantwoordelijkheid nemen.", S, False, "fragment as a wish"),
    Example("nl", "Leiderschap ontwikkelen.", S, False, "the page's words, capitalised"),
    Example("nl", "Iets met data doen.", S, False, "the page's words, capitalised"),
    # --- S: a named skill with a concrete object, a bare field
    Example("nl", "Excel-draaitabellen leren maken.", S, True, "the page's words, capitalised"),
    Example("nl", "Excel leren.", S, False, "the page's words, capitalised"),
    # --- M: passes
    Example("nl", "Ik breng het aantal klachten van 12 naar 6 klachten per maand.", M, True, "fragment + 'Ik breng het aantal klachten'"),
    Example("en", "I will answer 80% of tickets within a day.", M, True, "fragment + 'I will answer'"),
    Example("nl", "Ik schrijf een rapport over de retouren van dit jaar.", M, True, "kind: a report"),
    Example("en", "I will make a checklist for closing the shop.", M, True, "kind: a checklist"),
    Example("nl", "Ik haal mijn VCA-certificaat.", M, True, "kind: a certificate"),
    Example("en", "I will get my diploma in logistics.", M, True, "kind: a diploma"),
    Example("nl", "Ik publiceer de procedure voor het openen van de winkel op intranet.", M, True, "kind: a published procedure"),
    Example("nl", "Ik geef een workshop over de nieuwe kassa aan mijn team.", M, True, "event: give a workshop"),
    Example("en", "I will pass the forklift exam.", M, True, "event: pass an exam"),
    Example("en", "I will present the sales results to the board.", M, True, "event: present to the board"),
    Example("nl", "Ik ga elke vrijdag de weekplanning maken.", M, True, "routine: 'elke vrijdag'"),
    Example("en", "I will go to the gym twice a week.", M, True, "routine: 'twice a week'"),
    Example("nl", "Ik haal niveau B2 Duits.", M, True, "level: B2"),
    Example("nl", "Ik haal niveau 3 van de opleiding verzorgende.", M, True, "level: niveau 3"),
    # --- M: fails
    Example("nl", "Ik wil me zelfverzekerder voelen.", M, False, "fragment as a wish"),
    Example("en", "I want to feel more confident.", M, False, "fragment as a wish"),
    Example("nl", "Ik wil meer klanten bellen.", M, False, "comparative 'meer' without a bound"),
    Example("nl", "Ik wil sneller offertes maken.", M, False, "comparative 'sneller' without a bound"),
    Example("en", "I want to write better reports.", M, False, "comparative 'better' without a bound"),
    Example("nl", "3. Ik wil beter leren plannen.", M, False, "a number that is only a list marker"),
    Example("en", "Goal 2: I want to be more patient with customers.", M, False, "a number that is only a label"),
    # --- A: fails
    Example("nl", "Jan moet de planning maken.", A, False, "the page's 'Jan moet...' completed"),
    Example("nl", "Het ziekteverzuim moet omlaag.", A, False),
    Example("nl", "De doorlooptijd van bestellingen moet korter.", A, False),
    Example("nl", "Ik wil gepromoveerd worden tot teamleider.", A, False, "kind: a promotion"),
    Example("en", "I want to be hired as a project manager.", A, False, "kind: being hired"),
    Example("nl", "Ik word benoemd tot afdelingshoofd.", A, False, "kind: being appointed"),
    Example("en", "I want my colleague to reply to emails faster.", A, False, "kind: a colleague's behaviour"),
    Example("en", "I will finish the accounting course because my parents want it.", A, False, "someone else's wish"),
    Example("nl", "Ik ga proberen om vaker feedback te vragen.", A, False, "hedge 'ik ga proberen'"),
    Example("nl", "Misschien volg ik een cursus Spaans.", A, False, "hedge 'misschien'"),
    Example("en", "I'll try to ask for feedback more often.", A, False, "hedge 'I'll try to'"),
    # --- R: fails
    Example("nl", "Ik maak nooit meer een fout in de facturen.", R, False, "fragment 'nooit meer een fout'"),
    Example("nl", "Ik lever 100% foutloos werk.", R, False, "fragment '100% foutloos'"),
    Example("en", "I will make zero mistakes in client reports.", R, False, "fragment 'zero mistakes'"),
    Example("en", "As a junior analyst I will be head of the department within three weeks.", R, False, "a role two levels up within weeks"),
    Example("en", "I will write five times as many reports within one month.", R, False, "five times the output in a month"),
    Example("nl", "Ik verdubbel elke maand het aantal nieuwe klanten.", R, False, "a doubling every month"),
    Example("en", "Next to my full-time job I will study 300 hours within four weeks.", R, False, "hundreds of study hours in a few weeks beside a full-time job"),
    # --- T: passes
    Example("nl", "Binnen drie maanden rond ik de cursus af.", T, True, "relative deadline 'binnen drie maanden'"),
    Example("en", "Within six weeks I will finish the course.", T, True, "relative deadline 'within six weeks'"),
    Example("nl", "Dit kwartaal schrijf ik het verslag.", T, True, "period 'dit kwartaal'"),
    Example("en", "In Q3 I will present the results to the board.", T, True, "period 'in Q3'"),
    Example("nl", "Voor de zomervakantie schrijf ik het verslag.", T, True, "period 'voor de zomervakantie'"),
    Example("en", "I will read two books this year.", T, True, "period 'this year'"),
    Example("en", "I will read two books this season.", T, True, "period 'this season'"),
    Example("nl", "Voor het einde van mijn proeftijd werk ik zelfstandig met de kassa.", T, True, "event anchor"),
    Example("nl", "Na afloop van de cursus geef ik een presentatie aan mijn team.", T, True, "event anchor"),
    Example("en", "By my next appraisal I will have led two team meetings.", T, True, "event anchor"),
    Example("en", "Before the new school year starts I will rewrite the lesson plans.", T, True, "event anchor"),
    Example("nl", "Drie maanden lang houd ik een logboek bij.", T, True, "a duration framing the goal"),
    Example("nl", "Per 1 maart werk ik met het nieuwe rooster.", T, True),
    Example("nl", "Na de zomer begin ik aan de opleiding.", T, True),
    # --- T: fails
    Example("nl", "Ik ga de cursus Spaans volgen.", T, False, "no time at all"),
    Example("nl", "Binnenkort ga ik de cursus volgen.", T, False, "vague 'binnenkort'"),
    Example("en", "I will update my CV asap.", T, False, "vague 'asap'"),
    Example("nl", "Zo snel mogelijk ga ik de cursus volgen.", T, False, "vague 'zo snel mogelijk'"),
    Example("nl", "Ooit haal ik mijn vaarbewijs.", T, False, "vague 'ooit'"),
    Example("nl", "Vanaf nu ga ik elke dag een uur lezen.", T, False, "'vanaf nu elke dag'"),
    Example("en", "From now on I will read every day.", T, False, "'from now on'"),
    Example("nl", "Voor 1 maart 2026 rond ik de cursus af.", T, False, "a deadline already passed"),
]  # fmt: skip

#: Examples judged against the page today, with why (strict: a fix must remove the mark).
KNOWN_GAPS: dict[str, str] = {}


def _param(example: Example) -> object:
    marks = []
    if example.text in KNOWN_GAPS:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[example.text]))
    return pytest.param(example, id=f"{example.criterion.value}-{example.text[:40]}", marks=marks)


@pytest.mark.parametrize("example", [_param(e) for e in EXAMPLES])
def test_the_reference_example_gets_the_pages_verdict(checker: Checker, example: Example) -> None:
    report = checker.check(example.text, lang=example.lang, reference_date=REF)
    result = report.criteria[example.criterion]
    codes = [f.code for f in report.findings]
    assert result.passed is example.passes, (example.text, codes)
