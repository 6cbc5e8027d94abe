"""An inflected comparative stands before a noun, never before a verb.

Dutch inflects an adjective before a noun ('betere afspraken', 'snellere leveringen',
'strakkere voegen') and never an adverb before a verb ('beter plannen', 'sneller
reageren'). A word in -en after such a comparative is the noun it describes, even when the
dictionary knows a verb of that form ('voegen', 'plannen', 'lassen'): 'Strakkere voegen'
was read as the writer's act ('om strakkere te voegen'), which is broken. The pack's
``comparative_ending`` and ``attributive_ending`` tell the form; a language without an
attributive ending (English) has no such reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Letters a stem keeps before the endings ('strak' + 'ere').
_STEM = 2


def inflected_comparative(lower: str, style: RewriteStyle) -> bool:
    """``lower`` is a comparative with the attributive ending ('strakkere', 'betere')."""
    ending = style.comparative_ending + style.attributive_ending
    if not style.attributive_ending or not style.comparative_ending:
        return False
    return lower.isalpha() and lower.endswith(ending) and len(lower) > len(ending) + _STEM
