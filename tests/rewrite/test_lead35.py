"""The lead's categories of session 35, by category, with goals written fresh.

- after another's wish, a remark whose only verb completes an adjective ('my Dutch is not
  good enough to run the handover', 'te zenuwachtig om voor een zaal te staan') tells what
  a state is about, no goal of the writer's own: the wish is committed and credited, the
  remark kept as written (wish_remarks.py);
- a wish kept as the goal is the wish that *others* act only when the infinitive hangs on
  the wish ('I want the team to cut waste'), not when it completes a later adjective ('I
  want that too, but my Dutch is not good enough to lead the team');
- a sentence that denies the writer's own verb after another's aim ('Ik weet echt niet
  waar ik moet beginnen') is a lack told, never the step the writer commits to;
- the words behind two readings are pack data: the causatives whose participle is what
  others do to the writer's work ('get it signed off'), and the question word of place
  that opens an indirect question in a remark ('no idea where to begin')."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.seams.commitment import others_wish_kept
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, seam_kinds, shown_rewrite

CHECKER = Checker()


def _codes(text: str, lang: str) -> list[str]:
    return [f.code for f in CHECKER.check(text, lang=lang, reference_date=REF).findings]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The head nurse wants me to take the night coordinator role. I'd like that, but "
            "my Dutch is not good enough to run the handover yet.",
            "By [date], I will take the night coordinator role, with [how measured] as "
            "evidence, as the head nurse wants. I'd like that, but my Dutch is not good "
            "enough to run the handover yet.",
        ),
        (
            "en",
            "My manager wants me to present the quarterly figures to the board. I'm honestly "
            "too nervous to speak in front of directors.",
            "By [date], I will present the quarterly figures to the board, as my manager "
            "wants. I'm honestly too nervous to speak in front of directors.",
        ),
        (
            "nl",
            "Mijn leidinggevende wil dat ik de nieuwe collega's ga inwerken. Ik wil het wel, "
            "maar mijn Nederlands is nog niet goed genoeg om alles uit te leggen.",
            "Vóór [datum] ga ik de nieuwe collega's inwerken, met als bewijs [hoe gemeten], "
            "zoals mijn leidinggevende wil. Ik wil het wel, maar mijn Nederlands is nog niet "
            "goed genoeg om alles uit te leggen.",
        ),
        (
            "nl",
            "De teamleider wil dat ik de klantpresentaties ga doen. Ik ben eigenlijk te "
            "zenuwachtig om voor een zaal te staan.",
            "Vóór [datum] ga ik de klantpresentaties doen, met als bewijs [hoe gemeten], "
            "zoals de teamleider wil. Ik ben eigenlijk te zenuwachtig om voor een zaal te "
            "staan.",
        ),
    ],
)
def test_a_remark_about_a_state_after_another_wish_is_kept(
    lang: str, text: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("I want that too, but my Dutch is not good enough to lead the team.", False),
        ("I'd like that, but the van is too small to carry the big panels.", False),
        ("By [date], I want the drivers to scan every parcel.", True),
        ("By [date], I would like the interns to write their own reports.", True),
    ],
)
def test_the_wish_that_others_act_needs_the_infinitive_on_the_wish(text: str, others: bool) -> None:
    doc = CHECKER.parse(text, lang="en").doc
    assert doc is not None
    assert bool(others_wish_kept(doc, rewrite_style(CHECKER, "en"))) is others


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Mijn leidinggevende wil dat ik de open dag organiseer. Ik weet echt niet waar ik "
            "moet beginnen.",
            "Vóór [datum] ga ik de open dag organiseren, met als bewijs [hoe gemeten], zoals "
            "mijn leidinggevende wil. Ik weet echt niet waar ik moet beginnen.",
        ),
        (
            "en",
            "My manager wants me to organise the open day. I don't know where to begin, honestly.",
            "By [date], I will organise the open day, as my manager wants. I don't know where "
            "to begin, honestly.",
        ),
        (
            "nl",
            "De directeur wil dat ik het nieuwe kassasysteem ga uitrollen. Ik snap zelf nog "
            "niet hoe het werkt.",
            "Vóór [datum] ga ik het nieuwe kassasysteem uitrollen, met als bewijs [hoe "
            "gemeten], zoals de directeur wil. Ik snap zelf nog niet hoe het werkt.",
        ),
    ],
)
def test_a_lack_told_after_another_aim_is_no_step(lang: str, text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By May I will draft the safety plan, get it signed off by the site manager and "
        "posted in the canteen.",
        "By March I will write the cleaning protocol, have it approved by the hygiene "
        "officer and printed for every ward.",
    ],
)
def test_a_participle_after_a_causative_from_the_pack_is_no_goal_of_its_own(text: str) -> None:
    assert {"have", "get"} <= set(CHECKER.pack("en").words("causative_auxiliaries"))
    assert "S004" not in _codes(text, "en")


def test_the_place_question_word_opens_a_remark_from_the_pack() -> None:
    assert "where" in CHECKER.pack("en").words("place_question_words")
    assert "waar" in CHECKER.pack("nl").words("place_question_words")
    text = "My manager wants me to organise the open day. No idea where to begin, honestly."
    assert shown_rewrite(CHECKER, text, "en") == (
        "By [date], I will organise the open day, as my manager wants. No idea where to "
        "begin, honestly."
    )


@pytest.mark.parametrize(
    ("goal", "candidate", "cut"),
    [
        (
            "Can I spend a week at another branch, e.g. Utrecht or Zwolle?",
            "By [date], I will spend a week at another branch, e.g, agreed with my manager. "
            "Utrecht or Zwolle.",
            True,
        ),
        (
            "Can I spend a week at another branch, e.g. Utrecht or Zwolle?",
            "By [date], I will spend a week at another branch, e.g. Utrecht or Zwolle.",
            False,
        ),
        (
            "I want to learn a second tool, i.e. Tableau, for the monthly dashboards.",
            "By [date], I will learn a second tool, i.e, with [how measured] as evidence. "
            "Tableau, for the monthly dashboards.",
            True,
        ),
    ],
)
def test_an_abbreviation_with_a_period_inside_stays_with_its_words(
    goal: str, candidate: str, cut: bool
) -> None:
    assert ("residue" in seam_kinds(CHECKER, "en", goal, candidate)) is cut


def test_a_question_with_examples_after_an_abbreviation_is_rewritten_whole() -> None:
    text = "Can I spend a week at another branch, e.g. Utrecht or Zwolle?"
    assert shown_rewrite(CHECKER, text, "en") == (
        "By [date], I will spend a week at another branch, e.g. Utrecht or Zwolle, agreed with "
        "my manager."
    )  # one sentence since session 36 (abbrev36): credited as without the examples
