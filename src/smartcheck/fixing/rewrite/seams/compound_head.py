"""A hyphenated compound read by its last part, the part that heads it.

The tagger reads a compound it does not know ('e-depot', 'x-ray-apparaat') by its first
letters and may call it an adjective; the word class of a compound is that of its last
part ('depot', a noun). Only a last part the dictionary knows decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import head_class
from smartcheck.fixing.rewrite.words import Word
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.configuration.grammar import Grammar


def noun_compound(text: str, lang: str, grammar: Grammar, style: RewriteStyle) -> bool:
    """``text`` is a hyphenated compound whose last part is a dictionary word read as a
    noun (no adjective or participle by its form: 'e-*depot*', not 'ADHD-*gevoelig*')."""
    first, hyphen, last = text.lower().rpartition("-")
    if not hyphen or not first or len(last) < 3 or not known_word(last, lang=lang):
        return False
    return head_class(Word(last, lemma=last, pos="NOUN"), lang, grammar, style) == "noun"
