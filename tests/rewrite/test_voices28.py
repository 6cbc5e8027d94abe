"""Someone else's wish or an impersonal need, then the writer's duty, need, offer or guess
(session 28).

- another person's wish softened by a conditional ("HR would like me to ...", "De directie
  zou graag willen dat ik ...", "zou liever zien dat ik") is one voice verb: the wish is
  taken on and credited whole; with the writer's step after it ("..., which means I have to
  learn X", "..., so I need to learn how that works") the step is the goal and the wish
  what it serves; "how that works" names the wish's object, also one without an article
  ("take over quality control");
- the writer's guess tagged onto a clause ("I should ... I guess", "..., I suppose", "...
  denk ik") is no content: the goal is read and rewritten without it;
- a bare goal and then what it would take ("Lead X. I'd need to learn Y.") is the step with
  the goal as its purpose, by a deadline (a routine in the purpose is the purpose's);
- an impersonal need, the writer's offer to take it on and a condition after a contrast
  ("Er moet iemand X, dat wil ik wel doen maar dan ...", "Someone has to X, I'm happy to do
  that but I'd need ..."): X taken on, the condition told alone after it;
- an abbreviation cut from its words ('incl, eUDAMED') is refused.

Goals written fresh for these categories, in other fields and roles than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "De directie zou graag willen dat ik de kwartaalcijfers presenteer.",
            "Vóór [datum] ga ik de kwartaalcijfers presenteren, met als bewijs [hoe gemeten], "
            "zoals de directie graag zou willen.",
        ),
        (
            "nl",
            "De directeur zou liever zien dat ik de audits leid.",
            "Vóór [datum] ga ik de audits leiden, met als bewijs [hoe gemeten], zoals de "
            "directeur liever zou zien.",
        ),
        (
            "en",
            "My coach would really like me to present the monthly figures.",
            "By [date], I will present the monthly figures, with [how measured] as evidence, as "
            "my coach would really like.",
        ),
    ],
)
def test_a_wish_softened_by_a_conditional_is_taken_on_and_credited(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "HR would like me to run the onboarding days, which means I have to learn the new LMS.",
            "By [date], I will learn the new LMS, with [how measured] as evidence, so that I can "
            "run the onboarding days, as HR would like.",
        ),
        (
            "en",
            "The owner would like me to manage stock ordering, which means I have to learn the "
            "ordering software.",
            "By [date], I will learn the ordering software, with [how measured] as evidence, so "
            "that I can manage stock ordering, as the owner would like.",
        ),
        (
            "en",
            "My supervisor would like me to take over quality control on the night shift, so I "
            "need to learn how that works.",
            "By [date], I will learn how quality control works, with [how measured] as evidence, "
            "so that I can take over quality control on the night shift, as my supervisor would "
            "like.",
        ),
        (
            "nl",
            "De praktijkmanager zou willen dat ik de sterilisatie coördineer, dus ik moet de "
            "validatie leren.",
            "Vóór [datum] moet ik de validatie leren, met als bewijs [hoe gemeten], zodat ik de "
            "sterilisatie kan coördineren, zoals de praktijkmanager zou willen.",
        ),
    ],
)
def test_the_writers_step_after_a_softened_wish_serves_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "My lead thinks my emails are too blunt. I should soften my tone with clients I "
            "suppose.",
            "My lead thinks my emails are too blunt. By [date], I will soften my tone with "
            "clients, with [how measured] as evidence.",
        ),
        (
            "en",
            "My mentor thinks my handovers are too long, so I should write shorter handovers I "
            "guess.",
            "My mentor thinks my handovers are too long. By [date], I will write shorter "
            "handovers, from [current number] to [target number], with [how measured] as "
            "evidence, as my mentor advises.",
        ),
        (
            "nl",
            "Mijn leidinggevende vindt mijn verslagen te kort. Ik moet meer details opnemen denk "
            "ik.",
            "Mijn leidinggevende vindt mijn verslagen te kort. Vóór [datum] moet ik meer details "
            "opnemen, van [huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Ik moet de kassa leren bedienen, denk ik.",
            "Vóór [datum] moet ik de kassa leren bedienen, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_guess_tagged_onto_the_clause_goes(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Lead the Monday toolbox talk. I'd need to learn the new incident reporting form.",
            "By [date], I will learn the new incident reporting form, in order to lead the "
            "Monday toolbox talk.",
        ),
        (
            "en",
            "Open the bakery on Sundays. I would have to learn the proofing schedule.",
            "By [date], I will learn the proofing schedule, in order to open the bakery on "
            "Sundays.",
        ),
        (
            "en",
            "Run the Saturday market stall. I would need to learn the card reader.",
            "By [date], I will learn the card reader, with [how measured] as evidence, in order "
            "to run the Saturday market stall.",
        ),
    ],
)
def test_what_a_bare_goal_would_take_is_its_step(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Er moet iemand het rooster van de vrijwilligers maken, dat pak ik wel op maar dan "
            "heb ik wel hulp nodig.",
            "Vóór [datum] ga ik het rooster van de vrijwilligers maken, met als bewijs [hoe "
            "gemeten]. Dan heb ik wel hulp nodig.",
        ),
        (
            "nl",
            "Er moet iemand de inwerkmap bijwerken, dat wil ik best oppakken, maar dan heb ik er "
            "wel uren voor nodig.",
            "Vóór [datum] ga ik de inwerkmap bijwerken, met als bewijs [hoe gemeten]. Dan heb ik "
            "er wel uren voor nodig.",
        ),
        (
            "nl",
            "Er moet iemand de koelcellen en de temperatuurlijsten bijhouden, dat wil ik wel "
            "doen maar dan moet ik er wel tijd voor krijgen.",
            "Vóór [datum] ga ik de koelcellen en de temperatuurlijsten bijhouden, met als bewijs "
            "[hoe gemeten]. Dan moet ik er wel tijd voor krijgen.",
        ),
        (
            "en",
            "Someone has to train the new cashiers, I'm happy to do that but I'd need a quiet "
            "room for it.",
            "By [date], I will train the new cashiers, with [how measured] as evidence. I'd need "
            "a quiet room for it.",
        ),
    ],
)
def test_an_offer_with_a_condition_takes_on_the_need(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_an_abbreviation_cut_from_its_words_is_refused() -> None:
    goal = "I need to learn the audit procedures incl. CAPA and the deviation log."
    broken = "By [date], I will learn the audit procedures incl, cAPA and the deviation log."
    torn = "By [date], I will learn the audit procedures incl., with [how measured] as evidence."
    kept = "By [date], I will learn the audit procedures incl. CAPA and the deviation log."
    assert "residue" in seam_kinds(CHECKER, "en", goal, broken)
    assert "residue" in seam_kinds(CHECKER, "en", goal, torn)
    assert "residue" not in seam_kinds(CHECKER, "en", goal, kept)
