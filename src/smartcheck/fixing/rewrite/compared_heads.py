"""What a comparative before a word in -en makes of it: a noun or the writer's act.

Dutch inflects an adjective before a noun ('betere afspraken', 'snellere leveringen',
'strakkere voegen') and never an adverb before a verb ('beter plannen', 'sneller
reageren'). A word in -en after an inflected comparative is the noun it describes, even
when the dictionary knows a verb of that form ('voegen', 'plannen', 'lassen'): 'Strakkere
voegen' was read as the writer's act ('om strakkere te voegen'), which is broken. After an
uninflected comparative the infinitive is the writer's act with its adverb ('beter plannen
met de werkvoorbereiding'), no topic to get better in ('[concreet gedrag] in beter
plannen'). The pack's ``comparative_ending`` and ``attributive_ending`` tell the form; a
language without an attributive ending (English) has no such reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.wordclass import is_comparative

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word

#: Letters a stem keeps before the endings ('strak' + 'ere').
_STEM = 2


def inflected_comparative(lower: str, style: RewriteStyle) -> bool:
    """``lower`` is a comparative with the attributive ending ('strakkere', 'betere')."""
    ending = style.comparative_ending + style.attributive_ending
    if not style.attributive_ending or not style.comparative_ending:
        return False
    return lower.isalpha() and lower.endswith(ending) and len(lower) > len(ending) + _STEM


def bare_comparative(word: Word, comparatives: set[str], lang: str, style: RewriteStyle) -> bool:
    """``word`` is a comparative without the attributive ending, in a language that has
    one ('rustiger', 'beter'; not 'betere'): an adverb or a state, never a noun's adjective,
    so a phrase it opens is no thing to name as a topic ('Rustiger bij drukte' was framed
    '[concreet gedrag] in rustiger bij drukte')."""
    if not style.attributive_ending or word.lower.endswith(style.attributive_ending):
        return False  # 'betere', 'kortere': before a noun
    return is_comparative(word.lower, comparatives, lang, style)
