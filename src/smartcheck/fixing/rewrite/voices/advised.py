"""The writer's act after another person's advice, told without a modal.

"My manager suggested I do the sedation course", "My lead recommended that I join the
audit", "My mentor suggested taking the forklift course": after a verb of advice, proposal or
asking the writer's verb stands bare (the subjunctive) or as a gerund, with no modal the
commitment could replace. Read as it stands, the writer's clause is a present ("I do the
sedation course"), which tells no commitment and whose rewrite may fail. A verb that only
reports a view (the pack's ``report_verbs``: "thinks I do great work") describes the writer
and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.voices.clause import gerund_base
from smartcheck.fixing.rewrite.words import Word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def advised(verb: Word, clause: list[Word], style: RewriteStyle, aux: str) -> list[Word]:
    """``clause`` (after the writer's subject) with the committed auxiliary ``aux`` before a
    bare verb that opens it, when ``verb`` advises ('suggested I *do* ...' -> 'will do
    ...'); as it is otherwise (a verb-second language, a modal, a report)."""
    if style.word_order == "v2" or not clause or not _advises(verb, style):
        return clause
    first = clause[0]
    if first.lower in style.modals or first.lower in style.own_part_drops:
        return clause
    bare = first.pos in ("VERB", "AUX") and first.lemma == first.lower and not first.past
    return [Word(aux), *clause] if bare else clause


def advised_gerund(
    verb: Word, words: list[Word], style: RewriteStyle
) -> tuple[str, list[Word]] | None:
    """'suggested *taking* the forklift course': the writer's subject and its committed act
    ('I', ['will', 'take', 'the', ...]) when a gerund follows a verb of advice right away;
    None otherwise."""
    if style.word_order == "v2" or len(words) < 2 or not _advises(verb, style):
        return None
    base = gerund_base(words[0])
    if base is None or words[0].pos not in ("VERB", "AUX"):
        return None
    me = style.default_subject.lower()
    return me, [Word(style.subjects[me]), words[0].with_text(base), *words[1:]]


def _advises(verb: Word, style: RewriteStyle) -> bool:
    """A verb of the other's voice that advises, proposes or asks, not one that reports."""
    reports = style.report_verbs
    return verb.lemma not in reports and verb.lower not in reports
