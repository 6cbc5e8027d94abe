"""A part of the goal's field the writer finds hard, told after a comma: a remark, no goal.

"Ik wil beter worden in het rapporteren van mijn bevindingen, vooral de conclusies in
waarschijnlijkheidstermen vind ik nog lastig.", "I want to get better at reporting my
findings, especially the conclusions I still find hard.", "Ik wil mijn Duits verbeteren, de
grammatica vind ik moeilijk.": the clause after the comma puts the part first (maybe after
a focus word: 'vooral', 'especially') and then tells that the writer finds it hard (the
pack's ``difficulties`` or ``remark_feelings``, with the writer as its subject after the
part: Dutch inverts, 'vind ik'). It tells where the writer starts, as a remark does
(remarks.py): the wish before it is the goal, and the difficulty stays after its rewrite as
written. Read whole, the frame committed the writer to the difficulty ('ga ik ..., vooral
de conclusies vind ik lastig') or gave up. A piece with a wish, a modal or a hedge of its
own ('..., dat vind ik lastig dus daar wil ik ...') says more than where the writer starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from smartcheck.configuration.lexicon_keys import LexiconKey

#: Fewest words of such a piece: a part, the writer and the difficulty.
_MIN_WORDS = 3


def part_felt_hard(
    words: list[Token], subjects: set[str], inside: Callable[[LexiconKey], list[int]]
) -> bool:
    """Is the piece ``words`` (after a comma) a part of the goal's field the writer finds
    hard, the writer not first (see the module)?"""
    if len(words) < _MIN_WORDS or words[0].lower_ in subjects:
        return False
    if not any(t.lower_ in subjects for t in words[1:]):
        return False
    if inside("wish_verbs") or inside("modal_verbs") or inside("hedges"):
        return False
    return bool(inside("difficulties") or inside("remark_feelings"))
