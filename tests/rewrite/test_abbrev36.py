"""An abbreviation that opens an example is no sentence end (session 36), by category.

- an abbreviation that introduces examples, an explanation or an inclusion (the packs'
  ``opening_abbreviations``: 'bijv.', 'bv.', 'o.a.', 'd.w.z.', 'incl.'; 'e.g.', 'i.e.',
  'incl.', 'esp.') before a capitalised name: every split reads one sentence (the rewrite's
  ``sentences``/``sentence_ends``/``word_sentences`` and the reader's parse), the rewrite keeps
  the example whole after its abbreviation, and alternatives among the examples ('bijv. Zuid
  of Centrum?') are no choice the writer asks;
- the abbreviation shown as written: 'i.e.' is never respelled 'I.e.' (the fixed spelling of
  the English 'I');
- an abbreviation that closes a list ('enz.', 'etc.') still ends its sentence before a capital.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.stops import sentence_ends, sentences, word_sentences
from smartcheck.reading.pipeline import get_pipeline
from tests.support.rewriting import rewrite_of, rewrite_style, shown_rewrite

CHECKER = Checker()

#: (lang, text with an opener and a capitalised name: one sentence)
OPENED = [
    ("nl", "Als doktersassistent wil ik leren werken met o.a. Word en Excel."),
    ("nl", "Ik wil als kapper vaker om feedback vragen bij een collega, bv. Jansen of De Vries."),
    ("nl", "Als steigerbouwer wil ik mijn certificaten op orde hebben, incl. VCA."),
    ("nl", "Als planner wil ik een buddy voor de avonddiensten, d.w.z. Yara of Bram."),
    ("en", "As a bookkeeper I want to learn a second package, e.g. SAP or Exact."),
    ("en", "Find a buddy for the weekend shifts in the warehouse, i.e. Priya or Tom."),
    ("en", "As a scaffolder I want to renew all my tickets, incl. VCA, before March 2027."),
    ("en", "I want to get better at the tills, esp. Returns and Refunds."),
]

#: (lang, text whose list ends in a closing abbreviation, then a new sentence)
CLOSED = [
    ("nl", "Als kok doe ik de inkoop, het voorraadbeheer enz. Daarna wil ik leidinggeven."),
    ("nl", "Ik regel de kassa, de bestellingen enz. Volgend jaar wil ik filiaalleider worden."),
    ("en", "As a chef I do the ordering, the stock counts etc. Then I want to lead the team."),
]


# -- an opener before a capitalised name: one sentence in every split ------------------------


@pytest.mark.parametrize(("lang", "text"), OPENED)
def test_an_opener_before_a_name_ends_no_sentence(lang: str, text: str) -> None:
    abbreviations = rewrite_style(CHECKER, lang).abbreviations
    assert sentences(text, abbreviations) == [text]
    assert sentence_ends(text, abbreviations) == []


@pytest.mark.parametrize(("lang", "text"), OPENED)
def test_the_reader_parses_one_sentence(lang: str, text: str) -> None:
    doc = get_pipeline(lang, "shipped")(text)
    assert len(list(doc.sents)) == 1
    assert doc.text == text
    openers = rewrite_style(CHECKER, lang).abbreviation_openers
    assert len(word_sentences(list(doc), openers)) == 1


@pytest.mark.parametrize(("lang", "text"), CLOSED)
def test_a_closing_abbreviation_still_ends_its_sentence(lang: str, text: str) -> None:
    abbreviations = rewrite_style(CHECKER, lang).abbreviations
    first, second = sentences(text, abbreviations)
    assert first.endswith(("enz.", "etc."))
    assert second[0].isupper()


@pytest.mark.parametrize(
    ("lang", "text", "parts"),
    [
        ("nl", "Bijv. Kew of Meise. Daarna meer.", 2),  # an opener written with a capital
        ("nl", "Ik werk bij Jansen B.V. Daarna wil ik leren plannen.", 2),  # a firm's 'B.V.'
        ("en", "E.g. Mark could help. Then Sara.", 2),
    ],
)
def test_an_opener_is_read_as_written_or_with_a_capital(lang: str, text: str, parts: int) -> None:
    assert len(sentences(text, rewrite_style(CHECKER, lang).abbreviations)) == parts


# -- the whole rewrite: the example kept whole, no seam ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Als doktersassistent wil ik voor 1 maart 2027 leren werken met o.a. Word en Excel.",
            "Als doktersassistent ga ik voor 1 maart 2027 leren werken met o.a. Word en Excel, "
            "met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Als steigerbouwer wil ik mijn certificaten op orde hebben, incl. VCA.",
            "Als steigerbouwer ga ik vóór [datum] mijn certificaten op orde hebben, incl. VCA.",
        ),
        (
            "en",
            "Find a buddy for the weekend shifts in the warehouse, i.e. Priya or Tom.",
            "By [date], I will find a buddy for the weekend shifts in the warehouse, i.e. Priya "
            "or Tom, with [how measured] as evidence.",
        ),
        (
            "en",
            "As a scaffolder I want to renew all my tickets, incl. VCA, before March 2027.",
            "As a scaffolder, I will renew all my tickets, incl. VCA, before March 2027, with "
            "[how measured] as evidence.",
        ),
    ],
)
def test_the_rewrite_keeps_the_example_whole(lang: str, text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "example"),
    [
        (
            "nl",
            "Kan ik als apothekersassistent een week meedraaien bij een andere apotheek, "
            "bijv. Zuid of Centrum?",
            "bijv. Zuid of Centrum",
        ),
        (
            "nl",
            "Mag ik een paar dagen meelopen bij een ander team, bijv. Planning of Inkoop?",
            "bijv. Planning of Inkoop",
        ),
        (
            "en",
            "Could I spend a week at another branch of the pharmacy, e.g. Leeds or York?",
            "e.g. Leeds or York",
        ),
    ],
)
def test_alternatives_among_examples_are_no_choice(lang: str, text: str, example: str) -> None:
    shown = shown_rewrite(CHECKER, text, lang)
    assert f"{example}," in shown  # the examples as written, inside the sentence
    assert "kiezen" not in shown and "decide" not in shown


# -- the abbreviation as written ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Find a buddy for the weekend shifts in the warehouse, i.e. Priya or Tom.",
        "I want one fixed contact at the supplier, i.e. the account manager.",
        "i want to plan my rounds better, i.e. visit the north wing first.",
    ],
)
def test_i_e_is_never_shown_as_a_sentence_start(text: str) -> None:
    shown = rewrite_of(CHECKER, text, "en")
    assert shown is not None
    assert "I.e." not in shown and "i.e." in shown


# -- property: an opener and a name never add a sentence ---------------------------------------

_NAMES = st.sampled_from(["Kew", "Priya", "SAP", "Word", "De Vries", "Exact", "Meise", "VCA"])
_GOALS = {
    "nl": ["Ik wil leren werken met nieuwe software", "Ik wil een buddy zoeken voor de nacht"],
    "en": ["I want to learn a new package", "Find a buddy for the night shifts"],
}


@settings(max_examples=40, deadline=None)
@given(
    lang=st.sampled_from(["nl", "en"]),
    goal=st.integers(0, 1),
    opener=st.integers(0, 20),
    first=_NAMES,
    second=_NAMES,
)
def test_an_opener_and_a_name_never_add_a_sentence(
    lang: str, goal: int, opener: int, first: str, second: str
) -> None:
    style = rewrite_style(CHECKER, lang)
    written = sorted(style.abbreviation_openers)
    word = written[opener % len(written)] + "."
    base = _GOALS[lang][goal] + "."
    text = re.sub(r"\.$", f", {word} {first} {'of' if lang == 'nl' else 'or'} {second}.", base)
    assert len(sentences(text, style.abbreviations)) == len(sentences(base, style.abbreviations))
    doc = get_pipeline(lang, "shipped")(text)
    assert len(list(doc.sents)) == 1
