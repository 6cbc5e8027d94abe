"""Someone else's wish, request or suggestion, and the writer's own feeling, doubt or condition
after it (session 26).

- a verb of wish or advice told in two words (a perfect: 'heeft gevraagd of ik', 'has asked
  whether I'; a separable verb: 'stelde voor dat ik', 'raadt me aan om') is read as the one
  verb it is, and credited whole ('zoals de praktijkhouder heeft gevraagd');
- a bare verb or a gerund after advice ('suggested I do', 'suggested taking') is the writer's
  committed act; the past of the other's advice is no past of the writer's;
- a request, question or proposal told as a noun with who put it ('Vanuit X kwam de vraag of
  ik ...', 'I got a request from X to ...') is the writer's commitment, credited 'op verzoek
  van X';
- after it, the writer's feeling ('makes me nervous'), load ('I'm already swamped', 'ik heb
  het nu al druk') or condition stays as a sentence of its own; a bare assent with its
  contrast ('Fair enough, but ...') goes, the rest told alone; a promise to try after a
  feeling goes, the goal committed instead.

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
            "De praktijkhouder heeft gevraagd of ik de röntgenfoto's wil beoordelen. Dat vind ik "
            "nog best spannend.",
            "Vóór [datum] ga ik de röntgenfoto's beoordelen, met als bewijs [hoe gemeten], zoals "
            "de praktijkhouder heeft gevraagd. Dat vind ik nog best spannend.",
        ),
        (
            "nl",
            "Mijn werkbegeleider heeft me aangeraden om de cursus hijsen en heffen te volgen.",
            "Vóór [datum] ga ik de cursus hijsen en heffen volgen, zoals mijn werkbegeleider "
            "heeft aangeraden.",
        ),
        (
            "nl",
            "De chef-kok stelde voor dat ik de vegetarische kaart ga samenstellen. Ik weet niet "
            "of ik daar tijd voor heb met de drukte.",
            "Vóór [datum] ga ik de vegetarische kaart samenstellen, met als bewijs [hoe gemeten], "
            "zoals de chef-kok voorstelde. Ik weet niet of ik daar tijd voor heb met de drukte.",
        ),
        (
            "nl",
            "Mijn mentor raadt me aan om vaker met de andere trainers te sparren, maar dat hangt "
            "af van het rooster.",
            "Vóór [datum] ga ik vaker met de andere trainers sparren, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten], zoals mijn mentor aanraadt. Maar dat "
            "hangt af van het rooster.",
        ),
        (  # a phrase moved after the te-infinitive stays after the bare verb
            "nl",
            "De schoolleider vroeg me om vaker mee te lopen met de intern begeleider.",
            "Vóór [datum] ga ik vaker meelopen met de intern begeleider, van [huidig aantal] "
            "naar [streefaantal], met als bewijs [hoe gemeten], zoals de schoolleider vroeg.",
        ),
        (
            "en",
            "My supervisor has asked whether I could run the induction for new pickers. I'm "
            "already swamped with the stock take.",
            "By [date], I will run the induction for new pickers, with [how measured] as "
            "evidence, as my supervisor has asked. I'm already swamped with the stock take.",
        ),
    ],
)
def test_a_wish_told_in_two_words_is_read_and_credited_whole(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "My site manager suggested I do the confined spaces course. Not sure when I'd find "
            "the time with the shutdown coming.",
            "By [date], I will do the confined spaces course, as my site manager suggested. Not "
            "sure when I'd find the time with the shutdown coming.",
        ),
        (
            "en",
            "My mentor recommended that I join the medication safety group. Honestly that makes "
            "me a bit nervous.",
            "By [date], I will join the medication safety group, with [how measured] as "
            "evidence, as my mentor recommended. Honestly that makes me a bit nervous.",
        ),
        (
            "en",
            "My shift leader suggested taking the forklift refresher.",
            "By [date], I will take the forklift refresher, with [how measured] as evidence, as "
            "my shift leader suggested.",
        ),
    ],
)
def test_the_bare_verb_after_advice_is_the_writers_commitment(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Vanuit de directie kwam de vraag of ik de inkoop van het verbandmateriaal wil "
            "overnemen. Eerlijk gezegd vind ik dat spannend.",
            "Vóór [datum] ga ik de inkoop van het verbandmateriaal overnemen, met als bewijs "
            "[hoe gemeten], op verzoek van de directie. Eerlijk gezegd vind ik dat spannend.",
        ),
        (
            "nl",
            "Ik kreeg van de teamleider het verzoek om de nieuwe stagiairs in te werken. Ik heb "
            "het nu al druk met de audits.",
            "Vóór [datum] ga ik de nieuwe stagiairs inwerken, met als bewijs [hoe gemeten], op "
            "verzoek van de teamleider. Ik heb het nu al druk met de audits.",
        ),
        (
            "nl",
            "Van HR kwam het voorstel om de cursus gespreksvoering te volgen.",
            "Vóór [datum] ga ik de cursus gespreksvoering volgen, op verzoek van HR.",
        ),
        (
            "en",
            "I got a request from the practice manager to take over the vaccination clinic on "
            "Fridays.",
            "Until [date], I will take over the vaccination clinic on Fridays, with [how "
            "measured] as evidence, at the request of the practice manager.",
        ),
        (
            "en",
            "There was a question from our head chef whether I could lead the pastry section. "
            "Speaking up in the kitchen makes me anxious.",
            "By [date], I will lead the pastry section, with [how measured] as evidence, at the "
            "request of our head chef. Speaking up in the kitchen makes me anxious.",
        ),
        (
            "en",
            "I had a suggestion from my mentor that I join the quality circle.",
            "By [date], I will join the quality circle, with [how measured] as evidence, at the "
            "request of my mentor.",
        ),
    ],
)
def test_a_request_told_as_a_noun_is_committed_and_credited(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # a bare assent and its contrast go: the credit carries the view
            "nl",
            "Mijn leermeester vindt dat ik de offertes zelf moet opstellen. Klopt wel, maar ik "
            "heb het al druk met de montage.",
            "Vóór [datum] ga ik de offertes zelf opstellen, met als bewijs [hoe gemeten], zoals "
            "mijn leermeester adviseert. Ik heb het al druk met de montage.",
        ),
        (
            "en",
            "My foreman thinks I should learn to read the structural drawings. Fair enough, but "
            "it depends on the project schedule.",
            "By [date], I will learn to read the structural drawings, with [how measured] as "
            "evidence, as my foreman advises. It depends on the project schedule.",
        ),
        (  # a promise to try after a feeling goes: the goal is committed instead
            "nl",
            "De bedrijfsleider wil dat ik de weekafsluiting van de kassa doe. Ik vind cijfers "
            "lastig dus ik ga het proberen.",
            "Vóór [datum] ga ik de weekafsluiting van de kassa doen, met als bewijs [hoe "
            "gemeten], zoals de bedrijfsleider wil. Ik vind cijfers lastig.",
        ),
        (
            "en",
            "My team lead wants me to present the monthly safety figures. I find speaking in "
            "front of the whole depot hard so I will try.",
            "By [date], I will present the monthly safety figures, with [how measured] as "
            "evidence, as my team lead wants. I find speaking in front of the whole depot hard.",
        ),
        (  # the writer's own wish with a feeling after it: the wish is the goal
            "en",
            "I want to move from line cook to sous chef. Running the pass on a full Saturday "
            "still makes me nervous.",
            "By [date], I will move from line cook to sous chef. Running the pass on a full "
            "Saturday still makes me nervous.",
        ),
        (
            "nl",
            "Ik wil de dienstroosters zelf leren maken. Dat maakt me eerlijk gezegd best "
            "zenuwachtig.",
            "Vóór [datum] ga ik de dienstroosters zelf leren maken, met als bewijs [hoe "
            "gemeten]. Dat maakt me eerlijk gezegd best zenuwachtig.",
        ),
        (  # a feeling told bare, without a clause
            "en",
            "My manager wants me to chair the Monday meeting. Quite daunting, but I see why.",
            "By [date], I will chair the Monday meeting, as my manager wants. Quite daunting, "
            "but I see why.",
        ),
        (  # a compound of a one-syllable verb in the wished clause
            "nl",
            "Mijn chef wil dat ik vaker toezie op de hygiënecontrole in de keuken.",
            "Vóór [datum] ga ik vaker toezien op de hygiënecontrole in de keuken, van [huidig "
            "aantal] naar [streefaantal], met als bewijs [hoe gemeten], zoals mijn chef wil.",
        ),
    ],
)
def test_the_writers_feeling_load_or_condition_follows_the_goal(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_remark_kept_as_written_keeps_its_own_aside() -> None:
    """'I guess' put in as an aside gives the remark two finite verbs: the writer's words,
    no seam of the rewrite's."""
    goal = "My lead thinks I should take the rigging course. Sounds right I guess."
    candidate = (
        "By [date], I will take the rigging course, as my lead advises. Sounds right I guess."
    )
    assert "two_finite" not in seam_kinds(CHECKER, "en", goal, candidate)
