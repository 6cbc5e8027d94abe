"""Where a clause inside the goal opens, so the frame leaves that clause's own verb alone.

The frame drops the writer's auxiliary when it adds its own ('ik ga ... gaan sporten' ->
'ik ga ... sporten'), but a form of the same verb after a comma, a conjunction of time or
condition, a relative word or a clause end belongs to another clause and another subject:
'..., dat doet nu alleen Henk en als hij met pensioen *gaat* hebben we een probleem' loses
its verb when it goes ('als hij met pensioen hebben we'). Only a finite form there is that
clause's: the writer's own infinitive after a relative clause ('vaardigheden die ik nu
gebruik ook op mijn werk *gaan* inzetten') is still the cluster the frame's auxiliary
replaces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word


def opens_inner_clause(word: Word, style: RewriteStyle) -> bool:
    """Does ``word`` end the writer's own clause and open one of its own (a comma, 'als',
    'dat', 'zodat', 'when', 'because')?"""
    lower = word.lower
    return (
        lower in (",", ";", ":")
        or lower in style.clause_openers
        or lower in style.relativizers
        or lower in {w.lower() for w in style.clause_ends}
    )
