"""Frame wording a native speaker would not write (session 41, wording41), by category.

The frames themselves worded some goals in a way a coach would correct, whatever the goal:

- an ability as the act ('zelf X kunnen herstellen') under the committed auxiliary read
  'ga ik X kunnen herstellen', two modals stacked; the ability's own finite now takes the
  auxiliary's place ('kan ik X herstellen'; abilities.py, the pack's
  ``rewrite.able_subjects``), and the stacked form is a two_modals seam (seams/clauses.py);
- the step of settling another's wish read 'maak ik samen met X uit of' / 'agree with X
  whether'; it reads 'maak ik samen met X uit of' / 'agree with X on whether' (the pack's
  ``frames.settled``);
- another's opinion credited as 'zoals mijn teamleider vindt' / 'as my manager thinks'
  (the opinion without its complement) is credited as advice: 'zoals mijn teamleider
  adviseert' / 'as my manager advises' (voices/clause.py ``credited``, the pack's
  ``frames.as_judged`` and ``rewrite.credited_opinions``); a discourse word before the
  other ('So the foreman wants') is no part of the credit;
- 'Improve my X' framed as 'I will [concrete behaviour] for my X' dropped the writer's
  outcome verb; the step that keeps it as its purpose ('..., in order to improve my X')
  goes first (template.py ``ranked``);
- a product with its version number ('Office 365', 'Windows 11') kept its capital only
  where the tagger called it a name (frame.py ``_lower_ok``);
- a routine after a word of sequence that opens a later step ('... and after that fly
  tandem one day a week') made the first, one-off act read 'Until [date]'; it is that
  step's routine, and the first act gets its deadline (plan.py ``_later_step``).

Goals written fresh for these categories, in trades no data set uses (tattoo studio,
ice rink, ferry, riding school, fairground)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()

# -- an ability as the act: its own finite, no 'ga ik ... kunnen' --------------

ABILITIES = [
    (
        "nl",
        "Zelfstandig een tatoeage kunnen zetten met fijne lijnen.",
        "Vóór [datum] kan ik zelfstandig een tatoeage zetten met fijne lijnen.",
    ),
    (
        "nl",
        "Ik wil de ijsdikte op de ijsbaan zelf kunnen meten.",
        "Vóór [datum] kan ik de ijsdikte op de ijsbaan zelf meten, met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "De dienstregeling van de veerpont kunnen opstellen",
        "Vóór [datum] kan ik de dienstregeling van de veerpont opstellen, met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "Ik wil zelf de paardentrailer kunnen rijden, nu moet de eigenaar dat steeds doen",
        "Vóór [datum] kan ik zelf de paardentrailer rijden, met als bewijs [hoe gemeten]. Nu moet de eigenaar dat steeds doen.",
    ),
]

# -- settling another's wish: 'uit of', 'on whether' ---------------------------

SETTLED = [
    (
        "nl",
        "Mijn leidinggevende wil dat ik instructeur word op de manege, maar ik blijf liever stalmedewerker",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik instructeur word op de manege. Ik blijf liever stalmedewerker.",
    ),
    (
        "en",
        "My manager wants me to join the ride inspection team, but I'd rather keep doing the ticket booth",
        "By [date], I will agree with my manager on whether I join the ride inspection team. I'd rather keep doing the ticket booth.",
    ),
    (
        "en",
        "Become a lead tattoo artist? maybe next year",
        "I will agree with my manager on whether I become a lead tattoo artist next year.",
    ),
]

# -- another's opinion credited as advice; a wish stays 'as X wants' -----------

OPINIONS = [
    (
        "en",
        "My supervisor thinks I should learn the new ticketing system for the ferry.",
        "By [date], I will learn the new ticketing system for the ferry, with [how measured] as evidence, as my supervisor advises.",
    ),
    (
        "en",
        "The riding instructor feels I should give more lessons to beginners.",
        "By [date], I will give more lessons to beginners, from [current number] to [target number], with [how measured] as evidence, as the riding instructor advises.",
    ),
    (
        "en",
        "my mentor believes that I should draw more custom designs",
        "By [date], I will draw more custom designs, from [current number] to [target number], with [how measured] as evidence, as my mentor advises.",
    ),
    (
        "nl",
        "Mijn teamleider vindt dat ik vaker de ijsmachine moet controleren.",
        "Vóór [datum] ga ik vaker de ijsmachine controleren, van [huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten], zoals mijn teamleider adviseert.",
    ),
    (
        "nl",
        "De schipper denkt dat ik het vaarbewijs moet halen.",
        "Vóór [datum] ga ik het vaarbewijs halen, zoals de schipper adviseert.",
    ),
    (
        "en",
        "So the ferry captain wants me to take the helm more often when the weather is calm.",
        "By [date], I will take the helm more often when the weather is calm, from [current number] to [target number], with [how measured] as evidence, as the ferry captain wants.",
    ),
]

# -- the writer's outcome verb kept as the purpose of the concrete step --------

OUTCOMES = [
    (
        "en",
        "Improve my shading technique for colour tattoos",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to improve my shading technique for colour tattoos.",
    ),
    (
        "en",
        "improve my knowledge of the fairground safety rules",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to improve my knowledge of the fairground safety rules.",
    ),
    (
        "nl",
        "Het ontwerpen van flash tattoos verbeteren",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om het ontwerpen van flash tattoos te verbeteren.",
    ),
    (
        "nl",
        "Mijn Engels verbeteren voor de rondleidingen",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om mijn Engels te verbeteren voor de rondleidingen.",
    ),
]

# -- a product with its version keeps its capital ------------------------------

VERSIONS = [
    (
        "nl",
        "Leerdoel: Office 365 beter beheersen voor de kassa van de ijsbaan",
        "Vóór [datum] ga ik Office 365 beter beheersen voor de kassa van de ijsbaan.",
    ),
    (
        "en",
        "Learn Office 365 for the ticket office at the ferry",
        "By [date], I will learn Office 365 for the ticket office at the ferry, with [how measured] as evidence.",
    ),
    (
        "nl",
        "Windows 11 leren gebruiken op de kassa van de ijsbaan",
        "Vóór [datum] ga ik Windows 11 leren gebruiken op de kassa van de ijsbaan.",
    ),
]

# -- a routine of a later step: the first act is a one-off, by a date -----------------------

LATER_STEPS = [
    (
        "en",
        "Complete the paragliding instructor course and after that fly tandem one day a week.",
        "By [date], I will complete the paragliding instructor course and after that fly "
        "tandem one day a week.",
    ),
]

# -- 'kunnen' of a relative clause is that clause's verb ------------------------------------

OWN_CLAUSES = [
    (
        "nl",
        "Ik wil een draaiboek schrijven waarmee collega's zelf de kassa kunnen openen",
        "Vóór [datum] ga ik een draaiboek schrijven waarmee collega's zelf de kassa kunnen "
        "openen, met als bewijs [hoe gemeten].",
    ),
]


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    ABILITIES + SETTLED + OPINIONS + OUTCOMES + VERSIONS + LATER_STEPS + OWN_CLAUSES,
)
def test_frames_word_it_as_a_coach_would(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


def test_an_ability_stacked_under_the_commitment_is_a_seam() -> None:
    goal = "Zelf de ijsdikte kunnen meten."
    stacked = "Vóór [datum] ga ik zelf de ijsdikte kunnen meten."
    assert "two_modals" in seam_kinds(CHECKER, "nl", goal, stacked)
    own = "Vóór [datum] kan ik zelf de ijsdikte meten."
    assert "two_modals" not in seam_kinds(CHECKER, "nl", goal, own)


def test_a_purpose_keeps_its_own_ability() -> None:
    """'om ... te kunnen zetten': the purpose's modal, no ability under the commitment."""
    goal = "Zelfstandig tatoeages kunnen zetten"
    purpose = "Vóór [datum] ga ik [concreet gedrag], om zelfstandig tatoeages te kunnen zetten."
    assert "two_modals" not in seam_kinds(CHECKER, "nl", goal, purpose)
