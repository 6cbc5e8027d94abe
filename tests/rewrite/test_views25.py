"""Someone else's wish or view of the writer, then the writer's own reservation (session 25).

- a mild reservation (played down, still far off, not always possible, or any reservation the
  writer concedes: 'maar goed', 'but ok'): the writer takes the wished act on, credited to
  the one who wished it, and the reservation follows as a sentence of its own, in the
  writer's words (its contrast gone; a Dutch verb-first remark gets its pointer back);
- a real disagreement or a wish to talk it over ('liever', 'rather', 'geen leerdoel', 'I
  disagree', 'daar wil ik het over hebben'): the writer's own step is to settle it with the
  other ('Ik maak samen met X uit of ik ...', 'I will agree with X on whether I ...'), the wished
  clause in its words, the reservation after it;
- never the frame inside the other's clause ('Mijn teamleider wil dat ik vóór [datum] ...');
- a piece after the wish that opens with a coordinator adds to it: no reservation;
- a question after the wished verbs ('... moet uitleggen wat het verschil is tussen X en Y')
  is no part of the writer's verb cluster: the clause is put in main-clause order before it.

Goals written fresh for these categories, in other fields and roles than any data set."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from smartcheck import Checker
from smartcheck.fixing.rewrite.reserved import reservation_cut
from smartcheck.fixing.rewrite.seams.tokens import plural_noun_as_finite
from tests.support.rewriting import rewrite_of, rewrite_style, shown_rewrite, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Mijn teamleider wil dat ik vaker de overdracht doe, maar met de drukte op de "
            "afdeling lukt dat niet altijd.",
            "Vóór [datum] ga ik vaker de overdracht doen, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten], zoals mijn teamleider wil. Met de "
            "drukte op de afdeling lukt dat niet altijd.",
        ),
        (
            "nl",
            "Mijn praktijkopleider vindt dat ik de medicatielijst beter moet controleren. Ik "
            "vind dat eigenlijk wel meevallen.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om de "
            "medicatielijst beter te controleren, zoals mijn praktijkopleider adviseert. Ik "
            "vind dat eigenlijk wel meevallen.",
        ),
        (
            "nl",
            "De directie wil dat ik de nieuwe kassa leer bedienen, maar daar ben ik nog niet "
            "aan toe.",
            "Vóór [datum] leer ik de nieuwe kassa bedienen, met als bewijs [hoe gemeten], zoals "
            "de directie wil. Daar ben ik nog niet aan toe.",
        ),
        (
            "nl",
            "Mijn chef wil dat ik de weekplanning van de werkplaats maak, ik zit liever achter "
            "de draaibank maar goed.",
            "Vóór [datum] ga ik de weekplanning van de werkplaats maken, met als bewijs [hoe "
            "gemeten], zoals mijn chef wil. Ik zit liever achter de draaibank maar goed.",
        ),
        (
            "en",
            "My supervisor wants me to lead the Monday toolbox talk, but with my shifts that is "
            "not always possible.",
            "By [date], I will lead the Monday toolbox talk, as my supervisor wants. With my "
            "shifts that is not always possible.",
        ),
        (
            "en",
            "My manager wants me to run the onboarding sessions, but I'm still far from that.",
            "By [date], I will run the onboarding sessions, as my manager wants. I'm still far "
            "from that.",
        ),
        (
            "en",
            "My supervisor thinks I should do more night shifts in the warehouse. I prefer days "
            "but ok.",
            "By [date], I will do more night shifts in the warehouse, from [current number] to "
            "[target number], with [how measured] as evidence, as my supervisor advises. I "
            "prefer days but ok.",
        ),
        (  # a question after the wished verbs: the writer's clause ends before it
            "nl",
            "Mijn praktijkopleider vindt dat ik ouders beter moet uitleggen wat het verschil is "
            "tussen de twee dagprogramma's, maar dat valt wel mee.",
            "Vóór [datum] ga ik ouders beter uitleggen wat het verschil is tussen de twee "
            "dagprogramma's, zoals mijn praktijkopleider adviseert. Dat valt wel mee.",
        ),
    ],
)
def test_a_mild_reservation_keeps_the_wish_credited_and_follows_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Mijn uitvoerder wil dat ik de planning van de bouwplaats maak, vind ik eerlijk "
            "gezegd geen leerdoel.",
            "Vóór [datum] maak ik samen met mijn uitvoerder uit of ik de planning van de bouwplaats "
            "maak, met als bewijs [hoe gemeten]. Dit vind ik eerlijk gezegd geen leerdoel.",
        ),
        (
            "nl",
            "Mijn praktijkopleider wil dat ik de intake van nieuwe cliënten doe. Daar wil ik "
            "het nog over hebben.",
            "Vóór [datum] maak ik samen met mijn praktijkopleider uit of ik de intake van nieuwe "
            "cliënten doe, met als bewijs [hoe gemeten]. Daar wil ik het nog over hebben.",
        ),
        (
            "nl",
            "Mijn opleider wil dat ik de maandelijkse voorraadtelling doe, maar ik ben het daar "
            "niet mee eens.",
            "Vóór [datum] maak ik samen met mijn opleider uit of ik de maandelijkse voorraadtelling "
            "doe, met als bewijs [hoe gemeten]. Ik ben het daar niet mee eens.",
        ),
        (
            "en",
            "My manager wants me to become shift lead, but I'd rather stay on the tools. I want "
            "to talk about that first.",
            "By [date], I will agree with my manager on whether I become shift lead. I'd rather "
            "stay on the tools. I want to talk about that first.",
        ),
        (
            "en",
            "My lead wants me to present the safety figures at the monthly meeting, not a "
            "development goal for me honestly.",
            "By [date], I will agree with my lead on whether I present the safety figures at the "
            "monthly meeting. Not a development goal for me honestly.",
        ),
    ],
)
def test_a_disagreement_becomes_the_step_of_settling_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "opening", "reservation"),
    [
        (  # the judge reads a preference told alone as a goal of its own (S004): shown all the same
            "nl",
            "Mijn teamleider wil dat ik het werkoverleg voorzit, maar ik doe liever gewoon mijn "
            "eigen werk.",
            "Vóór [datum] maak ik samen met mijn teamleider uit of ik het werkoverleg voorzit",
            " Ik doe liever gewoon mijn eigen werk.",
        ),
        (
            "en",
            "My coach thinks I should enter the regional championship, but I disagree.",
            "By [date], I will agree with my coach on whether I should enter the regional "
            "championship",
            " I disagree.",
        ),
    ],
)
def test_the_settling_step_never_tells_the_wish_as_the_others(
    lang: str, text: str, opening: str, reservation: str
) -> None:
    shown = shown_rewrite(CHECKER, text, lang)
    assert shown.startswith(opening)
    assert shown.endswith(reservation)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "My mentor wants me to write the monthly newsletter, and I'd rather start in May."),
        ("nl", "Mijn leidinggevende wil dat ik de cursus volg, maar ik wil eerst de basis leren."),
    ],
)
def test_no_reservation_after_a_coordinator_or_without_its_words(lang: str, text: str) -> None:
    style = rewrite_style(CHECKER, lang)
    joiners = CHECKER.context(lang).pack.words("coordinators")
    assert reservation_cut(text, style, joiners) is None


def test_the_writers_own_goal_with_a_reservation_is_no_wish_to_settle() -> None:
    shown = rewrite_of(CHECKER, "Ik wil vaker de overdracht doen, maar dat lukt niet altijd.", "nl")
    assert shown is not None
    assert " af of " not in shown
    assert "zoals" not in shown


def test_a_concession_makes_a_preference_mild() -> None:
    style = rewrite_style(CHECKER, "en")
    text = (
        "The head chef says I should run the pastry section, honestly I prefer the grill but okay."
    )
    found = reservation_cut(text, style)
    assert found is not None
    assert not found.objects
    assert found.reservation == "honestly I prefer the grill but okay."


def test_a_compound_head_in_s_is_no_second_finite_verb() -> None:
    # 'do more camera *shoots*': the tagger may call the compound's head a present (VBZ)
    words = ["I", "do", "more", "camera", "shoots"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        tags=["PRP", "VB", "RBR", "VB", "VBZ"],
        pos=["PRON", "VERB", "ADV", "VERB", "VERB"],
        deps=["nsubj", "ROOT", "advmod", "compound", "obj"],
        heads=[1, 1, 4, 4, 1],
    )
    assert plural_noun_as_finite(doc[4])
