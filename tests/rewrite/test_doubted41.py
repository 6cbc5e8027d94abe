"""Someone else's wish, then the writer's doubt whether to take it on: settled, not committed
(session 41, lead).

"My manager thinks I should take the X course, not sure it's worth it" was rewritten "By
[date], I will take the X course, as my manager thinks. Not sure it's worth it.": a
commitment beside the writer's own doubt, which two readers of the measure's passes rated a
change of meaning. The writer has not said yes; their own controllable step is to settle it
with the one who wished it (reserved.py, the pack's ``frames.settled``), the doubt kept after
it in their words. The pack already read a doubt with "if" ("not sure if", "weet niet of")
so; a doubt told with a clause of its own or none ("Not sure I'm the right person", "I have
my doubts", "Ik twijfel nog", "ik ben er nog niet uit") is the same category. A wish with a
bracketed aside ("preventiemedewerker (BHV, RI&E)") is settled too: a comma inside the aside
lists, it opens no second clause. Goals written fresh for this test (before: 6 committed, 2
structured fallbacks)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite, well_rewritten

CHECKER = Checker()

DOUBTED = [
    (
        "en",
        "My lead wants me to take the forklift instructor course. Not sure I'm the right person"
        " for that.",
        "By [date], I will agree with my lead on whether I take the forklift instructor course."
        " Not sure I'm the right person for that.",
    ),
    (
        "en",
        "My supervisor thinks I should chair the safety committee, but I have my doubts about"
        " the extra meetings.",
        "By [date], I will agree with my supervisor on whether I should chair the safety committee."
        " I have my doubts about the extra meetings.",
    ),
    (
        "en",
        "My manager wants me to run the Monday stand-up. Still in two minds about it.",
        "By [date], I will agree with my manager on whether I run the Monday stand-up. Still in two"
        " minds about it.",
    ),
    (
        "en",
        "My boss wants me to become key account manager for the hospitals, not convinced it's"
        " for me.",
        "By [date], I will agree with my boss on whether I become key account manager for the hospitals. Not convinced it's for me.",
    ),
    (
        "nl",
        "Mijn chef wil dat ik de cursus heftruckinstructeur ga doen. Ik twijfel nog of ik dat wil.",
        "Vóór [datum] maak ik samen met mijn chef uit of ik de cursus heftruckinstructeur ga doen. Ik"
        " twijfel nog of ik dat wil.",
    ),
    (
        "nl",
        "Mijn leidinggevende wil dat ik het werkoverleg ga voorzitten, maar ik ben er nog niet uit.",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik het werkoverleg ga voorzitten."
        " Ik ben er nog niet uit.",
    ),
    (
        "nl",
        "Mijn teamleider wil dat ik preventiemedewerker word (BHV, RI&E). Niet overtuigd dat het"
        " bij me past.",
        "Vóór [datum] maak ik samen met mijn teamleider uit of ik preventiemedewerker word (BHV, RI&E). Niet overtuigd dat het bij me past.",
    ),
    (
        "nl",
        "Mijn manager wil dat ik de klantendag organiseer, ik vraag me af of ik daar tijd voor"
        " heb.",
        "Vóór [datum] maak ik samen met mijn manager uit of ik de klantendag organiseer, met als"
        " bewijs [hoe gemeten]. Ik vraag me af of ik daar tijd voor heb.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), DOUBTED)
def test_a_wish_the_writer_doubts_is_settled_with_the_one_who_wished_it(
    lang: str, goal: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected
    assert well_rewritten(CHECKER, goal, lang)


#: Not a doubt whether to take the wish on: a mild reservation accepted, a doubt of how.
TAKEN_ON = [
    (
        "en",
        "My lead wants me to do more night shifts, honestly I prefer days but ok.",
        "as my lead wants",
    ),
    ("en", "My manager wants me to improve my planning. Not sure how, maybe a course?", "course"),
]


@pytest.mark.parametrize(("lang", "goal", "kept"), TAKEN_ON)
def test_a_wish_taken_on_or_a_doubt_of_how_is_not_settled(lang: str, goal: str, kept: str) -> None:
    shown = shown_rewrite(CHECKER, goal, lang)
    assert "whether" not in shown
    assert kept in shown
