"""The writer's reservation told beside the goal: the goal committed, the reservation kept apart.

Writers add their doubt, unease or a weighing of the goal in the same breath ("... doen maar
weet niet of de zaak dat betaalt", "I'm not comfortable speaking in front of the guys yet but
I'll try", "Is wel zwaar naast de ploegendienst, dus we zien wel.", "..., ik vind zelf dat het
wel meevalt maar goed"). None of it is the goal (JUDGING A): the rewrite commits to the goal
and keeps a doubt, an unease or a weighing as a sentence of its own after it (a doubt joined
by a contrast loses the contrast and gets the writer as its subject; a trial after an unease
becomes the commitment it hedged), while a playing-down of someone else's wish goes, as the
other stances on it do. A committed sentence that still holds the doubt is a seam.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_tags, well_rewritten

#: A doubt joined to the goal by a contrast inside its sentence: cut there, told after it. A
#: doubt whether the act can happen at all (budget, time, room) leaves the yes open: since
#: session 42 the writer's step is to settle it with the manager (settled_own.py), not to commit.
CONTRASTED = [
    (
        "nl",
        "Ik wil het certificaat VCA-VOL halen maar weet niet of de zaak dat betaalt",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik het certificaat VCA-VOL ga halen. Ik weet niet of de zaak dat betaalt.",
    ),
    (
        "nl",
        "Ik wil graag de cursus heftruckchauffeur doen, maar ik weet niet of daar budget voor is.",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de cursus heftruckchauffeur ga doen. Ik weet niet of daar budget voor is.",
    ),
    (
        "nl",
        "Ik wil vaker meedraaien op de spoedeisende hulp maar ik twijfel of dat in het rooster past",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik vaker op de spoedeisende hulp ga meedraaien. Ik twijfel of dat in het rooster past.",
    ),
    (
        "nl",
        "Ik wil graag leren lassen bij de onderhoudsploeg, maar weet niet of daar plek voor is?",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik bij de onderhoudsploeg ga leren lassen. Ik weet niet of daar plek voor is.",
    ),
    (
        "en",
        "I want to get my forklift licence but not sure the company will pay for it.",
        "By [date], I will agree with my manager on whether I get my forklift licence. Not sure the company will pay for it.",
    ),
    (
        "en",
        "I would like to do the first aid course, but I don't know if there is budget for it.",
        "By [date], I will agree with my manager on whether I do the first aid course. I don't know if there is budget for it.",
    ),
    (
        "en",
        "I want to spend more time in the workshop but I doubt there is room in the rota.",
        "By [date], I will spend more time in the workshop, from [current number] to [target "
        "number]. I doubt there is room in the rota.",
    ),
    (
        "en",
        "I'd like to learn to use the label printer, but no idea if that's possible?",
        "By [date], I will agree with my manager on whether I learn to use the label printer. No idea if that's possible?",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), CONTRASTED)
def test_a_contrasted_doubt_is_told_after_the_commitment(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(checker, goal, lang) == expected


#: The writer's unease beside someone else's wish, with a trial: the trial becomes the
#: commitment, the unease stays.
UNEASY = [
    (
        "en",
        "My manager wants me to take the phone calls with suppliers. I'm nervous about calling "
        "people but I'll try.",
        "I'm nervous about calling people but I will do it.",
    ),
    (
        "en",
        "My team lead wants me to present the figures at the monthly meeting. I'm not "
        "comfortable with presenting yet but I'll do my best.",
        "I'm not comfortable with presenting yet but I will do it.",
    ),
    (
        "en",
        "My supervisor wants me to take over the Friday stock count. I'm not at ease with the "
        "scanner yet but I'll do my best.",
        "I'm not at ease with the scanner yet but I will do it.",
    ),
    (
        "nl",
        "Mijn leidinggevende wil dat ik de nieuwe collega's inwerk. Ik ben daar nog onzeker "
        "over, maar ik ga het proberen.",
        "Ik ben daar nog onzeker over, maar ik ga het doen.",
    ),
    (
        "nl",
        "Mijn teamleider wil dat ik de ochtendbriefing leid. Ik voel me nog niet op mijn gemak "
        "voor de groep, maar ik probeer het.",
        "Ik voel me nog niet op mijn gemak voor de groep, maar ik ga het doen.",
    ),
    (
        "nl",
        "Mijn manager wil dat ik de klantgesprekken voer. Ik ben best zenuwachtig voor die "
        "gesprekken, maar ik doe mijn best.",
        "Ik ben best zenuwachtig voor die gesprekken, maar ik ga het doen.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "kept"), UNEASY)
def test_a_trial_after_unease_becomes_the_commitment(
    checker: Checker, lang: str, goal: str, kept: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(kept)
    assert rewrite.startswith(("Vóór [datum] ga ik", "By [date], I will"))


#: A weighing of the goal after it, its pointer left out ('Is wel zwaar naast ...'), maybe
#: with 'we'll see': a sentence of its own after the commitment.
WEIGHED = [
    (
        "nl",
        "Ik wil de opleiding tot verzorgende IG afronden.",
        "Is best pittig naast mijn diensten.",
    ),
    ("nl", "Ik wil het vakdiploma bakker halen.", "Is wel veel naast het werk, dus we zien wel."),
    ("nl", "Ik wil mijn rijbewijs C halen.", "Is wel duur, dus we zien wel."),
    (
        "en",
        "I want to finish the NVQ level 3 in plumbing.",
        "It's a lot next to my night shifts, so we'll see.",
    ),
    ("en", "I want to start the HGV class 2 training.", "It's expensive, so we'll see."),
    ("en", "I want to pass the food hygiene level 3 exam.", "It is a lot next to the late shifts."),
]


@pytest.mark.parametrize(("lang", "goal", "weighing"), WEIGHED)
def test_a_weighing_after_the_goal_is_kept_after_the_commitment(
    checker: Checker, lang: str, goal: str, weighing: str
) -> None:
    rewrite = well_rewritten(checker, f"{goal} {weighing}", lang)
    assert rewrite.endswith(f". {weighing}")
    assert rewrite.startswith(("Vóór [datum] ga ik", "By [date], I will"))


#: Someone else's wish played down by the writer in a clause after a comma: it goes.
PLAYED_DOWN = [
    (
        "nl",
        "Mijn chef wil dat ik sneller de bestellingen verwerk",
        "ik vind dat het wel meevalt maar goed",
        "zoals mijn chef wil.",
    ),
    (
        "nl",
        "Mijn teamleider wil dat ik netter rapporteer",
        "volgens mij valt het wel mee",
        "zoals mijn teamleider wil.",
    ),
    (
        "nl",
        "Mijn manager wil dat ik minder vaak te laat kom bij de overdracht",
        "zo erg is het niet",
        "zoals mijn manager wil.",
    ),
    (
        "en",
        "My manager wants me to answer customer emails faster",
        "I think it's not that bad but ok",
        "as my manager wants.",
    ),
    (
        "en",
        "My supervisor wants me to make fewer mistakes on the delivery notes",
        "it's not that bad",
        "as my supervisor wants.",
    ),
    (
        "en",
        "My manager wants me to keep the stockroom tidier",
        "it's not so bad but fine",
        "as my manager wants.",
    ),
]


@pytest.mark.parametrize(("lang", "wish", "stance", "credit"), PLAYED_DOWN)
def test_a_played_down_wish_loses_the_stance(
    checker: Checker, lang: str, wish: str, stance: str, credit: str
) -> None:
    rewrite = well_rewritten(checker, f"{wish}, {stance}.", lang)
    assert rewrite.endswith(credit)
    assert stance.split()[-1] not in rewrite.split()[-4:]


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "Ik wil het certificaat VCA-VOL halen maar weet niet of de zaak dat betaalt",
            "Vóór [datum] ga ik het certificaat VCA-VOL halen maar weet niet of de zaak dat betaalt.",
        ),
        (
            "en",
            "I want to get my forklift licence but not sure the company will pay for it.",
            "By [date], I will get my forklift licence but not sure the company will pay for it.",
        ),
    ],
)
def test_a_committed_sentence_that_keeps_the_doubt_is_a_seam(
    checker: Checker, lang: str, goal: str, candidate: str
) -> None:
    assert "reservation" in seam_tags(checker, lang, goal, candidate)
