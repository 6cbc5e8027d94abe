"""The writer's stance beside a goal voiced by another or asked (session 40), by category.

The category: a goal another person voiced about the writer (a view or wish with the writer's
clause inside it) or one the writer asks or weighs (a bare step asked, a step asked with a
modal, a role asked), followed by the writer's own stance on it (partial agreement, a cause
outside the writer, a condition or obstacle, an approval, a preference). The goal becomes the
writer's own commitment; the stance stays as a remark after it (never a second goal, never a
hedge on the commitment), or goes when it only accepts the goal:

- an acceptance after a contrast, or after a bare 'Maar'/'But' ('Volgens mij valt het wel
  mee maar ik zal eraan werken', "I don't think it's that bad but I will work on it"): the
  acceptance goes, the stance before it stays (stance_cut.py ``_acceptance_after``); an
  agreement only in part ('Ik ben het er deels mee eens', 'I partly agree') is kept as a
  softened disagreement (the packs' ``stance_disagreements``);
- another person's observation of a flaw of excess in a quantity or frequency ('thinks I
  make too many mistakes in X', 'vindt dat ik te veel X weggooi', 'te vaak'), then a cause
  outside the writer: the excess told as its reduction, committed and credited
  (voices/opinions.py ``_reduced_excess``; the seam seams/observed.py lets it pass; a
  manner, 'talks too fast', stays the fallback), the cause kept as a remark: a pointer with
  a verb of cause (remarks.py ``_cause_told``, the packs' ``cause_links``) or an opinion
  whose guess follows a leading adverb ('Honestly I think it's X' -> 'Honestly it's X');
- a bare step asked with no hedge ('Learn X?', 'Een cursus X volgen?'), then an approval and
  an obstacle: committed whether A passed or not (exploring.py ``committed_trial``, its
  ``asked``), the approval in the conditional without its subject ('Would be nice, but ...', 'Zou mooi
  zijn maar ...'; remarks.py ``_conditional_judgement``) or a wish that only points back
  ("I'd like that, but only if ...", ``_wish_points_back``) kept as a remark, and a clause of
  how things are after a contrast ('..., maar er is geen budget voor') no second goal
  (reading/anatomy/coordination.py ``_describes``);
- an outcome someone else decides, asked ('Can I get a role in X?'): told as the writer's
  wish, so the frames ask for the writer's own behaviour with the role as its purpose, agreed
  with the manager (whole_text.py ``_wished_step``); a hedged offer asked in statement order
  ('Maybe I can X?') is asked like 'Could I X?' (asked_steps.py ``_opened``);
- a firm act whose purpose of finding out follows a relative clause ('meelopen met een imker
  die al met X werkt, om te kijken of ...'): the verb before the comma ends the relative
  clause, no wish's complement (exploring.py ``explored_purpose``).

Goals written fresh for these categories, in other trades than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import falls_back, well_rewritten

CHECKER = Checker()

# -- an acceptance after a contrast, or an agreement only in part -----------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "nl",
            "Mijn teamleider vindt dat ik de bestellijsten voor de bakkerij nauwkeuriger moet "
            "invullen. Volgens mij valt het wel mee, maar ik ga eraan werken.",
            "Vóór [datum] ga ik de bestellijsten voor de bakkerij nauwkeuriger invullen, met als "
            "bewijs [hoe gemeten], zoals mijn teamleider adviseert. Volgens mij valt het wel mee.",
        ),
        (
            "nl",
            "Mijn leidinggevende wil dat ik de schoorsteeninspecties zelfstandig ga doen. Ik "
            "vind het eng maar ik zal eraan werken.",
            "Vóór [datum] ga ik de schoorsteeninspecties zelfstandig doen, zoals mijn "
            "leidinggevende wil. Ik vind het eng.",
        ),
        (
            "nl",
            "Mijn leidinggevende vindt dat ik vaker moet meedenken in het overleg. Ik ben het er "
            "deels mee eens.",
            "Vóór [datum] ga ik vaker meedenken in het overleg, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten], zoals mijn leidinggevende adviseert. Ik "
            "ben het er deels mee eens.",
        ),
        (  # 'more careful' is a quality, no count: the aim of a concrete behaviour (s. 42)
            "en",
            "Our head groom thinks I need to be more careful with the saddle checks. I don't "
            "think it's that bad but I will work on it.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to be more careful with the saddle checks, as our head groom advises. I don't think "
            "it's that bad.",
        ),
        (
            "en",
            "My mentor says I should speak up more in the case reviews. I partly agree, but I'll "
            "work on it.",
            "By [date], I will speak up more in the case reviews, from [current number] to "
            "[target number], as my mentor says. I partly agree.",
        ),
    ],
)
def test_an_acceptance_goes_and_the_stance_before_it_stays(
    lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


# -- another person's observation of a flaw of excess, then a cause outside the writer --------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "nl",
            "Mijn praktijkopleider vindt dat ik te veel voegmortel weggooi. Dat komt volgens mij "
            "door de oude mengkuip.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om minder voegmortel weg te gooien, zoals mijn praktijkopleider adviseert. Dat komt volgens mij door de oude mengkuip.",
        ),
        (
            "nl",
            "Mijn leidinggevende zegt dat ik te vaak koffiepauze neem. Eerlijk gezegd ligt dat "
            "aan de lange diensten.",
            "Vóór [datum] ga ik minder vaak koffiepauze nemen, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten], zoals mijn leidinggevende zegt. "
            "Eerlijk gezegd ligt dat aan de lange diensten.",
        ),
        (
            "nl",
            "Mijn leidinggevende vindt dat ik te veel fouten maak in de receptuur. Dat ligt "
            "volgens mij aan het nieuwe systeem.",
            "Vóór [datum] ga ik minder fouten maken in de receptuur, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten], zoals mijn leidinggevende adviseert. Dat "
            "ligt volgens mij aan het nieuwe systeem.",
        ),
        (
            "en",
            "My foreman thinks I use too much glue on the veneer panels. Honestly I think it's "
            "the new spreader, it clogs every day.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to use less glue on the veneer panels, as my foreman advises. Honestly it's the new spreader, it clogs every day.",
        ),
        (
            "en",
            "The head chef says I make too many mistakes in the allergen labels. It's due to the "
            "rush, we are one cook short.",
            "By [date], I will make fewer mistakes in the allergen labels, from [current number] "
            "to [target number], with [how measured] as evidence, as the head chef says. It's "
            "due to the rush, we are one cook short.",
        ),
    ],
)
def test_an_observed_excess_is_its_reduction_and_the_cause_a_remark(
    lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


# -- a bare step asked, then an approval and an obstacle --------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "nl",
            "Een cursus orgelstemmen volgen? Lijkt me mooi, maar er is geen budget voor op onze "
            "afdeling.",
            "Vóór [datum] ga ik een cursus orgelstemmen volgen. Lijkt me mooi, maar er is geen "
            "budget voor op onze afdeling.",
        ),
        (
            "nl",
            "Leren klokkenluiden voor de kerk? Zou mooi zijn maar er is op de afdeling geen geld "
            "voor.",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik voor de kerk ga leren klokkenluiden. Zou mooi zijn maar er is op de afdeling geen geld voor.",
        ),
        (
            "en",
            "Learn to splice steel wire rope? Would be nice, but there is no budget for a course.",
            "By [date], I will learn to splice steel wire rope. Would be nice, but there is no "
            "budget for a course.",
        ),
        (
            "en",
            "Take the beekeeping level 2 exam? Not sure my hive records are good enough for that "
            "yet.",
            "By [date], I will agree with my manager on whether I take the beekeeping level 2 exam. Not sure my hive records are good enough for that yet.",
        ),
        (
            "en",
            "Become the contact person for the new dental scanner? I'd like that, but only if I "
            "get time off the chair for it.",
            "By [date], I will become the contact person for the new dental scanner, with [how "
            "measured] as evidence. I'd like that, but only if I get time off the chair for it.",
        ),
    ],
)
def test_a_bare_step_asked_is_committed_and_the_obstacle_kept(
    lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


# -- an outcome others decide asked, and an offer asked in statement order --------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Can I get a role in the rollout of the new booking system? I like the planning side "
            "more than the desk work.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, agreed "
            "with my manager, in order to get a role in the rollout of the new booking system. I "
            "like the planning side more than the desk work.",
        ),
        (
            "en",
            "Could I get a role in the new route planning project? I enjoy the data side more "
            "than the driving.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, agreed "
            "with my manager, in order to get a role in the new route planning project. I enjoy "
            "the data side more than the driving.",
        ),
        (
            "en",
            "Maybe I can write the loading checklist for the night crew? The planner says they "
            "often forget the straps.",
            "By [date], I will write the loading checklist for the night crew, agreed with my "
            "manager. The planner says they often forget the straps.",
        ),
        (
            "en",
            "Maybe I could write the cleaning schedule for the print room?",
            # floated by 'maybe', told alone: settled with the manager (floated_steps.py)
            "By [date], I will agree with my manager on whether I write the cleaning schedule"
            " for the print room.",
        ),
    ],
)
def test_an_asked_role_is_the_purpose_of_the_writers_behaviour(
    lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


# -- a purpose of finding out after a relative clause -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "nl",
            "Meelopen met een imker die al met slimme kasten werkt, om te kijken of dat voor ons "
            "bedrijf iets is.",
            "Vóór [datum] ga ik meelopen met een imker die al met slimme kasten werkt, met als "
            "bewijs [hoe gemeten], om te ontdekken of dat voor ons bedrijf iets is.",
        ),
        (
            "nl",
            "Een week meedraaien bij een zeilmakerij die al met een snijplotter werkt, om te "
            "kijken of dat bij ons past.",
            "Vóór [datum] ga ik een week meedraaien bij een zeilmakerij die al met een "
            "snijplotter werkt, om te ontdekken of dat bij ons past.",
        ),
    ],
)
def test_a_purpose_after_a_relative_clause_is_explored(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


# -- what stays the fallback -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "My supervisor thinks I never ask for help."),  # a flaw with no excess to reduce
        ("en", "My mentor thinks I talk too fast in the tastings."),  # a manner, no quantity
        (  # two excesses in one clause: no one reduction
            "nl",
            "Mijn chef zegt dat ik te vaak te laat begin met het afwegen van het deeg.",
        ),
    ],
)
def test_an_observation_without_one_excess_stays_the_fallback(lang: str, goal: str) -> None:
    assert falls_back(CHECKER, goal, lang)
