"""A second aim told as a nice-to-have after the goal is a second goal (session 37, lead).

'Ik wil de bestellingen overnemen. Minder derving zou ook mooi zijn.': the last sentence names an
aim and says it would be nice. Before, it was kept as a remark after the rewritten goal, so
the aim stayed unmeasured (the rewrite failed M again). Now each goal is rewritten on its own
(nice_to_haves.py). A means welcomed ('Een mentor zou fijn zijn') and a comment ('Dat zou
mooi zijn') are no aims.

Goals written fresh for this category, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "parts"),
    [
        (
            "nl",
            "Ik wil de bestellingen bij de groothandel overnemen van Karin. Minder derving zou "
            "ook mooi zijn.",
            (
                "Vóór [datum] ga ik de bestellingen bij de groothandel overnemen van Karin, met "
                "als bewijs [hoe gemeten].",
                "Vóór [datum] ga ik derving verminderen, van [huidig aantal] naar "
                "[streefaantal], met als bewijs [hoe gemeten].",
            ),
        ),
        (
            "nl",
            "Ik wil leren lassen met de TIG-installatie. Sneller werken zou ook fijn zijn.",
            (
                "Vóór [datum] ga ik leren lassen met de TIG-installatie, met als bewijs [hoe "
                "gemeten].",
                "Vóór [datum] ga ik sneller werken, van [huidig aantal] naar [streefaantal], met "
                "als bewijs [hoe gemeten].",
            ),
        ),
        (
            "en",
            "I want to take over the ordering from Karin. Less waste would be nice too.",
            (
                "By [date], I will take over the ordering from Karin, with [how measured] as "
                "evidence.",
                "By [date], I will reduce waste, from [current number] to [target number], with "
                "[how measured] as evidence.",
            ),
        ),
        (
            "en",
            "I want to run the stocktake myself. Fewer night shifts would be nice as well.",
            (
                "By [date], I will run the stocktake myself, with [how measured] as evidence.",
                "By [date], I will reduce night shifts, from [current number] to [target "
                "number], with [how measured] as evidence.",
            ),
        ),
    ],
)
def test_an_aim_told_as_nice_to_have_is_a_goal_of_its_own(
    lang: str, text: str, parts: tuple[str, ...]
) -> None:
    shown_rewrite(CHECKER, text, lang)  # no seam in any part
    assert CHECKER.check(text, lang=lang, reference_date=REF).split == parts


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("nl", "Ik wil de weekplanning zelf maken. Dat zou mooi zijn.", "Dat zou mooi zijn."),
        ("en", "I want to learn TIG welding. A mentor would be great.", "A mentor would be great."),
    ],
)
def test_a_comment_or_a_means_welcomed_is_no_second_goal(lang: str, text: str, kept: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.split
    assert report.rewrite is not None and report.rewrite.endswith(kept)
