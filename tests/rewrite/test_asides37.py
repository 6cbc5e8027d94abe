"""A bracketed aside is no part of the goal's clauses (session 37, lead).

'Leren werken met de weegschalen (Mettler, Sartorius) zodat ik ...': the comma inside the
bracket was read as a clause end of the goal, so 'Sartorius) zodat ik bij een afwijking niet
meer altijd ...' looked like a flaw told after the goal, and every candidate that kept it was
refused as committing to that flaw: only the fallback was left. A mark inside a closed bracket
now cuts nothing (remarks.comma_clauses). And when no step reads a goal with brackets whole,
the goal is read again without them and each bracket is put back after the words it followed
(set_aside.py).

Goals written fresh for this category, in other fields than any data set."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.set_aside import set_apart
from tests.support.rewriting import seam_kinds, shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Leren werken met de software van de weegschalen (Mettler, Sartorius) zodat ik bij "
            "een afwijking niet meer altijd de leverancier hoef te bellen",
            "Vóór [datum] ga ik leren werken met de software van de weegschalen (Mettler, "
            "Sartorius), met als bewijs [hoe gemeten], zodat ik bij een afwijking niet meer "
            "altijd de leverancier hoef te bellen.",
        ),
        (
            "nl",
            "Leren werken met de planningssoftware (Shiftbase, Plandisc) zodat ik bij een spoedklus niet "
            "meer altijd de planner hoef te bellen",
            "Vóór [datum] ga ik leren werken met de planningssoftware (Shiftbase, Plandisc), met als "
            "bewijs [hoe gemeten], zodat ik bij een spoedklus niet meer altijd de planner hoef "
            "te bellen.",
        ),
        (
            "en",
            "Learn to use the software of the scales (Mettler, Sartorius) so that I no longer "
            "always have to call the supplier when there is a deviation",
            "By [date], I will learn to use the software of the scales (Mettler, Sartorius), "
            "with [how measured] as evidence, so that I no longer always have to call the "
            "supplier when there is a deviation.",
        ),
        (
            "en",
            "Learn the ordering portals (Sligro, Bidfood) so I do not always have to ask the "
            "chef when stock runs low",
            "By [date], I will learn the ordering portals (Sligro, Bidfood), with [how "
            "measured] as evidence, so I do not always have to ask the chef when stock runs low.",
        ),
    ],
)
def test_a_bracketed_list_keeps_the_goal_whole(lang: str, text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


def test_the_text_without_its_asides_and_the_way_back() -> None:
    apart = set_apart("Leren lassen met de robots (Fanuc, Kuka) en de lasmallen (oud) beter")
    assert apart is not None
    assert apart.text == "Leren lassen met de robots en de lasmallen beter"
    back = apart.put_back("Vóór [datum] ga ik leren lassen met de robots en de lasmallen beter.")
    assert back == (
        "Vóór [datum] ga ik leren lassen met de robots (Fanuc, Kuka) en de lasmallen (oud) beter."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Learn the new scanner software",  # no bracket
        "(Q3) Learn the new scanner software",  # a bracket that opens the text
        "Learn the new scanner software (unclosed",
    ],
)
def test_no_asides_to_set_apart(text: str) -> None:
    assert set_apart(text) is None


@pytest.mark.parametrize(
    "rewrite",
    [
        "By [date], I will [concrete behaviour] with the labels.",  # the anchor was reworded
        "By [date], I will learn the label printers and clean the label printers.",  # twice
    ],
)
def test_no_put_back_where_the_words_it_followed_are_not_once(rewrite: str) -> None:
    apart = set_apart("Learn the label printers (Zebra, Brother)")
    assert apart is not None
    assert apart.put_back(rewrite) is None


_WORDS = st.lists(
    st.sampled_from(
        [
            "leren",
            "werken",
            "met",
            "de",
            "scanners",
            "weegschalen",
            "planning",
            "magazijn",
            "zelf",
            "inregelen",
        ]
    ),
    min_size=3,
    max_size=8,
)


@given(_WORDS, _WORDS, st.sampled_from(["(Bosch, Makita)", "(oud)", "(2x per week)"]))
def test_an_aside_set_apart_comes_back_where_it_stood(
    before: list[str], after: list[str], aside: str
) -> None:
    """Property: a text with an aside after a word that stands once, set apart and put back
    into the text itself, is the text again."""
    anchor = "kalibratiesoftware"
    text = " ".join([*before, anchor]) + f" {aside} " + " ".join(after)
    apart = set_apart(text)
    assert apart is not None
    assert apart.put_back(apart.text) == text


# An absolute in a sentence of its own after the goal ('Nu doe ik alles zelf.') is how it is
# now, told beside the goal: the seam for an absolute beside the from-to comparison looked
# at every sentence of the candidate and refused the whole rewrite, so only the fallback
# was left. 'Beside' is now the comparison's own sentence (seams/kept_words.zero_compared).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mijn teamleider vindt dat ik vaker moet delegeren. Nu doe ik alles zelf.",
            "Vóór [datum] ga ik vaker delegeren, van [huidig aantal] naar [streefaantal], met "
            "als bewijs [hoe gemeten], zoals mijn teamleider adviseert. Nu doe ik alles zelf.",
        ),
        (
            "Mijn chef vindt dat ik meer moet overdragen aan de stagiair. Nu regel ik alles zelf.",
            "Vóór [datum] ga ik meer overdragen aan de stagiair, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten], zoals mijn chef adviseert. Nu regel ik "
            "alles zelf.",
        ),
        (
            "Mijn leidinggevende vindt dat ik vaker nee moet zeggen. Nu neem ik alles aan.",
            "Vóór [datum] ga ik vaker nee zeggen, van [huidig aantal] naar [streefaantal], met "
            "als bewijs [hoe gemeten], zoals mijn leidinggevende adviseert. Nu neem ik alles aan.",
        ),
    ],
)
def test_an_absolute_told_in_a_sentence_of_its_own_is_no_target(text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, "nl") == expected


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "Ik wil geen enkele klacht meer over de bezorging.",
            "Vóór [datum] ga ik geen enkele klacht meer krijgen over de bezorging, van [huidig "
            "aantal] naar [streefaantal].",
        ),
        (
            "en",
            "Zero complaints about the deliveries ever again.",
            "By [date], I will get zero complaints about the deliveries, from [current number] "
            "to [target number].",
        ),
    ],
)
def test_an_absolute_in_the_comparisons_own_sentence_is_still_a_seam(
    lang: str, goal: str, candidate: str
) -> None:
    assert "contradiction" in seam_kinds(CHECKER, lang, goal, candidate)
