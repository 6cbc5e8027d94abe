"""Rewrites the benchmark counted well but a reader finds broken or changed (session 27), by
category.

- the writer's auxiliary inside a clause of its own stays ('als zij weg *gaat* staan we
  stil', 'zorgen dat ik meer *ga* sporten'): only the goal's own 'ga' makes way for the
  frame's;
- an act named as a thing with its van-phrase ('Afhandelen van retouren') is never made a
  te-infinitive that keeps the 'van' ('om af te handelen van retouren') nor committed bare;
  a verb whose object is a van-phrase ('genieten van') is no such thing;
- an om-clause after the aim's infinitive stays after its verbs in the purpose ('zodat ik
  kan leren om ...');
- a duty with its subject's relative clause ('Iedere klant die belt moet ...') is the
  writer's to see to ('zorg ik ervoor dat iedere klant die belt ... krijgt'), its modal
  never committed whole;
- a reason told first and closed by a colon goes after its goal;
- 'everything' right before its noun keeps the link ('... things about HR');
- refused, so the honest fallback shows: a zero target's counted thing taken for the verb,
  a zero stressed as forever, a gerund's second object committed, a far hedged wish
  committed, a step wanted first kept inside the commitment, a bare goal kept as written
  beside a framed one, a state told as not reached yet framed as the goal.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import falls_back, seam_tags, shown_rewrite, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # 1. an auxiliary inside a clause of its own stays
        (
            "nl",
            "Offertes maken leren, dat doet nu alleen Petra en als zij weg gaat staan we stil.",
            "Vóór [datum] ga ik offertes maken leren, dat doet nu alleen Petra en als zij weg "
            "gaat staan we stil, zodat ik [concreet gedrag] kan.",
        ),
        (
            "nl",
            "Zorgen dat ik meer ga sporten.",
            "Vóór [datum] ga ik zorgen dat ik meer ga sporten, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten].",
        ),
        # 3. an om-clause after the aim's infinitive stays after its verbs
        (
            "nl",
            "Ik wil leren om offertes zelf op te stellen. Misschien een dag meekijken bij de "
            "verkoper?",
            "Vóór [datum] ga ik een dag meekijken bij de verkoper, zodat ik kan leren om offertes "
            "zelf op te stellen.",
        ),
        # 4. a duty with its subject's relative clause: the writer sees to it
        (
            "nl",
            "Iedere klant die belt moet dezelfde dag een antwoord krijgen.",
            "Vóór [datum] zorg ik ervoor dat iedere klant die belt dezelfde dag een antwoord "
            "krijgt, met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Elke bestelling die binnenkomt moet binnen een dag verstuurd zijn.",
            "Tot [datum] zorg ik ervoor dat elke bestelling die binnenkomt binnen een dag "
            "verstuurd is.",
        ),
        # 10. a reason told first, closed by a colon, goes after its goal
        (
            "nl",
            "Omdat ik sinds kort de kas doe: leren hoe de boekhouding werkt.",
            "Vóór [datum] ga ik leren hoe de boekhouding werkt, met als bewijs [hoe gemeten], "
            "omdat ik sinds kort de kas doe.",
        ),
        (
            "en",
            "Because I now plan the deliveries too: learn how the planning system works.",
            "By [date], I will learn how the planning system works, because I now plan the "
            "deliveries too.",
        ),
        # 2. 'everything' before its noun keeps the link when bounded
        (
            "en",
            "I want to know everything HR in our branch.",
            "By [date], I will know the [number] most important things about HR in our branch, "
            "with [how measured] as evidence, with support from [who supports you].",
        ),
        # a 'nog niet' inside a clause of its own only describes a thing
        (
            "nl",
            "Ik wil de klanten bellen die nog niet betaald hebben.",
            "Vóór [datum] zal ik de klanten bellen die nog niet betaald hebben, met als bewijs "
            "[hoe gemeten].",
        ),
        # a gerund's two objects stay one goal
        (
            "en",
            "Learn basic bookkeeping, like checking invoices and receipts from suppliers.",
            "By [date], I will learn basic bookkeeping, like checking invoices and receipts from "
            "suppliers, with [how measured] as evidence.",
        ),
    ],
)
def test_read_right(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "goal", "candidate", "tag"),
    [
        (  # a named act made a te-infinitive with its 'van'
            "nl",
            "Afhandelen van retouren en kassa tellen leren.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om af te "
            "handelen van retouren.",
            "van",
        ),
        (  # ... or committed bare
            "nl",
            "Afhandelen van retouren en kassa tellen leren.",
            "Vóór [datum] ga ik afhandelen van retouren, met als bewijs [hoe gemeten].",
            "verb-noun",
        ),
        (  # a duty's modal committed whole
            "nl",
            "Iedere klant die belt moet dezelfde dag een antwoord krijgen.",
            "Vóór [datum] ga ik iedere klant die belt moet dezelfde dag een antwoord krijgen, met "
            "als bewijs [hoe gemeten].",
            "duty",
        ),
        (  # a step wanted first inside the commitment
            "en",
            "I want to run the Monday stand-up but I'd rather watch Tom do it first a few times.",
            "By [date], I will run the Monday stand-up but I'd rather watch Tom do it first a "
            "few times.",
            "first-step",
        ),
        (  # a zero stressed as forever, framed
            "en",
            "No more late deliveries to the shops, ever.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to have no more late deliveries to the shops, ever.",
            "no more",
        ),
        (  # a gerund's second object committed
            "en",
            "Learn basic bookkeeping, like checking invoices and receipts from suppliers.",
            "By [date], I will receipts from suppliers, with [how measured] as evidence.",
            "gerund-object",
        ),
        (  # a far, hedged wish committed
            "nl",
            "Excel leren, mijn BHV halen en misschien later planner worden.",
            "Vóór [datum] ga ik Excel leren, mijn BHV halen en later planner worden, in overleg "
            "met [wie ondersteunt je].",
            "later",
        ),
        (  # a zero's counted thing taken for the verb
            "nl",
            "Nul retouren door verkeerde maten.",
            "Vóór [datum] ga ik nul retouren door verkeerde maten.",
            "zero",
        ),
        (  # a bare goal kept as written beside a framed one
            "nl",
            "Leren hoe het kassasysteem werkt. Ook wil ik de inkoop doen.",
            "Leren hoe het kassasysteem werkt. Ook ga ik vóór [datum] de inkoop doen, met als "
            "bewijs [hoe gemeten].",
            "bare-goal",
        ),
        (  # a state not reached yet, dated
            "nl",
            "Plannen gaat nog niet goed. Misschien een cursus?",
            "Plannen gaat vóór [datum] nog niet goed, met hulp van een cursus.",
            "not-yet",
        ),
        (
            "en",
            "Presenting at resident evenings isn't going well yet. Maybe a training?",
            "By [date], presenting at resident evenings isn't going well yet, with the help of a "
            "training.",
            "not-yet",
        ),
    ],
)
def test_a_broken_reading_is_a_seam(lang: str, goal: str, candidate: str, tag: str) -> None:
    assert tag in seam_tags(CHECKER, lang, goal, candidate)


def test_a_verb_with_a_van_object_is_no_named_act() -> None:
    candidate = (
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om te genieten van "
        "mijn werk."
    )
    assert not seam_tags(CHECKER, "nl", "Genieten van mijn werk.", candidate)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Nul retouren door verkeerde maten."),
        ("en", "No more late deliveries to the shops, ever."),
        ("nl", "Plannen gaat nog niet goed. Misschien een cursus?"),
    ],
)
def test_what_cannot_be_read_right_is_never_shown(lang: str, text: str) -> None:
    # session 27 refused these shapes and showed the fallback; since session 34 a zero
    # slogan is bounded (problems34) and a state not reached yet is kept before the means
    # committed (sentence_goal.py): either way no seam is shown
    if not falls_back(CHECKER, text, lang):
        shown = shown_rewrite(CHECKER, text, lang)
        assert "nul retouren" not in shown.lower() and "no more" not in shown.lower()
        assert "gaat vóór" not in shown
