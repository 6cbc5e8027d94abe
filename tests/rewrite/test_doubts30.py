"""Someone else's wish or view, then the writer's doubt of how, when or whether (session 30),
by category.

- a question after the wish, opened by the writer's short reaction and a contrast ('Prima,
  maar wanneer moet ik dat doen ...?', 'Fine, but when ...?') or by a clause opener with
  the verb right after it: the wish taken on, the question kept after it (asked_remarks.py);
- a bare role noun as the other person ('Teamleider zegt dat ...'), which the tagger calls an
  adjective: read as the person, credited in lower case (voices/clause.py);
- a doubt *whether* the wish happens at all ('maar ik weet niet of ik daar ruimte voor heb',
  "but I don't really know if I have the time"): settled with the other, the doubt kept
  (reserved.py, pack reservation_objections); a compound with a hyphen is one word there;
- a hedged proposal to talk it over closing the doubt ('..., misschien kunnen we het daar
  ... over hebben?'): asked as a question of its own, without the hedge (proposed_talks.py);
- a wish to contribute to a need with a doubt of what or how ('Ik wil daar graag aan
  bijdragen maar weet nog niet hoe'): no claim; the doubt is never left out (_taken_on);
- the rewrite's date inside the other's frame ('X wil dat ik vóór [datum] ...') is a seam:
  the wish still theirs (seams/framed_date.py).

Goals written fresh for these categories, in other fields than any data set."""

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
            "Mijn afdelingshoofd wil dat ik de training klantgericht schrijven volg. Prima, maar "
            "wanneer moet ik dat doen in het hoogseizoen?",
            "Vóór [datum] volg ik de training klantgericht schrijven, zoals mijn afdelingshoofd "
            "wil. Prima, maar wanneer moet ik dat doen in het hoogseizoen?",
        ),
        (
            "nl",
            "De directie wil dat ik het veiligheidsoverleg voorzit. Leuk, maar hoe moet ik dat "
            "combineren met mijn eigen klussen?",
            "Vóór [datum] ga ik het veiligheidsoverleg voorzitten, zoals de directie wil. Leuk, "
            "maar hoe moet ik dat combineren met mijn eigen klussen?",
        ),
        (
            "en",
            "My supervisor wants me to mentor the two new apprentices. Sounds good, but when am "
            "I supposed to do that with the current backlog?",
            "By [date], I will mentor the two new apprentices, as my supervisor wants. Sounds "
            "good, but when am I supposed to do that with the current backlog?",
        ),
        (
            "en",
            "The head of department wants me to chair the parents' evening. Fine, but when "
            "would I prepare it?",
            "By [date], I will chair the parents' evening, as the head of department wants. "
            "Fine, but when would I prepare it?",
        ),
    ],
)
def test_a_question_of_when_or_how_after_a_wish_is_kept_after_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Praktijkbegeleider wil dat ik de intakegesprekken zelf voer.",
            "Vóór [datum] ga ik de intakegesprekken zelf voeren, zoals praktijkbegeleider wil.",
        ),
        (
            "Teamleider zegt dat ik vaker moet overleggen met de planners.",
            "Vóór [datum] ga ik vaker overleggen met de planners, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten], zoals mijn teamleider zegt.",
        ),
    ],
)
def test_a_bare_role_noun_is_the_other_person(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "HR wil dat ik de cursus timemanagement volg, maar ik weet niet of ik daar nu "
            "ruimte voor heb.",
            "Vóór [datum] maak ik samen met HR uit of ik de cursus timemanagement volg. Ik weet niet "
            "of ik daar nu ruimte voor heb.",
        ),
        (
            "nl",
            "Mijn leidinggevende wil dat ik de nieuwe stagiairs inwerk, maar ik weet eigenlijk "
            "niet of ik dat zie zitten.",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de nieuwe stagiairs inwerk, "
            "met als bewijs [hoe gemeten]. Ik weet eigenlijk niet of ik dat zie zitten.",
        ),
        (
            "en",
            "My lead wants me to take over the follow-up calls, but I don't really know if I "
            "have the time.",
            "By [date], I will agree with my lead on whether I take over the follow-up calls, with "
            "[how measured] as evidence. I don't really know if I have the time.",
        ),
        (
            "en",
            "My manager wants me to take on more on-call shifts, but I'd rather not.",
            "By [date], I will agree with my manager on whether I take on more on-call shifts. I'd rather not.",
        ),
    ],
)
def test_a_doubt_whether_is_settled_with_the_other(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mijn praktijkopleider vindt dat ik meer moet presenteren. Ik weet eigenlijk niet of "
            "ik daar tijd voor heb naast de kliniek, misschien kunnen we het daar in het "
            "volgende gesprek over hebben?",
            "Vóór [datum] ga ik meer presenteren, van [huidig aantal] naar [streefaantal], met "
            "als bewijs [hoe gemeten], zoals mijn praktijkopleider adviseert. Ik weet eigenlijk niet "
            "of ik daar tijd voor heb naast de kliniek. Kunnen we het daar in het volgende "
            "gesprek over hebben?",
        ),
        (
            "Ik wil leren presenteren voor een groep. Ik weet nog niet hoe, misschien kunnen we "
            "dat samen bekijken?",
            "Vóór [datum] ga ik leren presenteren voor een groep, met als bewijs [hoe gemeten], "
            "zodat ik [concreet gedrag] kan. Ik weet nog niet hoe. Kunnen we dat samen bekijken?",
        ),
    ],
)
def test_a_hedged_proposal_to_talk_is_asked_without_its_hedge(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


@pytest.mark.parametrize(
    ("lang", "text", "doubt"),
    [
        (
            "nl",
            "Er moet een buddysysteem komen voor nieuwe vrijwilligers. Ik wil daar graag aan "
            "bijdragen maar weet nog niet hoe.",
            "Ik wil daar graag aan bijdragen maar weet nog niet hoe.",
        ),
        (
            "en",
            "There should be more apprentices in our workshop. I'd like to do something about "
            "that but don't know what yet.",
            "I'd like to do something about that but don't know what yet.",
        ),
    ],
)
def test_a_wish_to_contribute_keeps_its_doubt(lang: str, text: str, doubt: str) -> None:
    assert well_rewritten(CHECKER, text, lang).endswith(doubt)


def test_the_date_inside_the_others_frame_is_a_seam() -> None:
    goal = "De ploegleider wil dat ik meer ga inspecteren op de bouwplaats."
    candidate = (
        "De ploegleider wil dat ik vóór [datum] meer ga inspecteren op de bouwplaats, met als "
        "bewijs [hoe gemeten]."
    )
    assert "contradiction" in seam_kinds(CHECKER, "nl", goal, candidate)
    mine = "Ik wil dat ik vóór [datum] de bouwplaats inspecteer."
    assert "contradiction" not in seam_kinds(
        CHECKER, "nl", "Ik wil de bouwplaats inspecteren.", mine
    )


@pytest.mark.parametrize(
    "text",
    [
        "De hoofdtrainer wil dat ik meer ga scouten bij de jeugdteams.",
        "Mijn werkgever wil dat ik meer publiceer.",
    ],
)
def test_a_wish_is_never_committed_inside_its_frame(text: str) -> None:
    shown = CHECKER.check(text, lang="nl").rewrite or ""
    assert shown
    assert "dat ik vóór [datum]" not in shown


def test_a_voice_read_whole_keeps_the_question_after_it() -> None:
    text = (
        "My team lead wants me to take the forklift refresher. Fine, but when am I supposed to "
        "fit that in?"
    )
    shown = CHECKER.check(text, lang="en").rewrite or ""
    assert shown.startswith("By [date], I will take the forklift refresher")
    assert shown.endswith("Fine, but when am I supposed to fit that in?")
