"""An absolute that stood before its noun as a determiner keeps the link to it when bounded.

'Become the go-to person for everything Omgevingswet': 'everything' directly before a noun
means everything about it. Bounded in its place it reads 'the [number] most important
things Omgevingswet'; the bound takes the preposition the pack gives for it (``bound_links``:
'everything' -> 'about'), so the noun stays its topic ('the [number] most important things
about Omgevingswet').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.edit_plan import Plan
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Word classes of a noun the absolute stood before as a determiner.
_NOUNS = frozenset({"NOUN", "PROPN"})


def linked_bound(
    plan: Plan,
    end: int,
    phrase: str,
    replacement: str,
    style: RewriteStyle,
    calendar: frozenset[str] = frozenset(),
) -> str:
    """``replacement`` with the pack's link for ``phrase`` after it when the kept word right
    after the absolute (which ends at character ``end``) is a noun or a name, not a day or
    a month of the ``calendar`` ('check everything Monday morning': a time)."""
    link = style.bound_links.get(phrase)
    if not link or not replacement:
        return replacement
    after = next((i for i, w in enumerate(plan.words) if w.start >= end), None)
    if after is None or not plan.kept(after) or after in plan.replace:
        return replacement
    word = plan.words[after]
    named = word.text[:1].isupper() and word.text.isalpha()  # 'Omgevingswet', however tagged
    if (word.pos not in _NOUNS and not named) or word.lower in calendar:
        return replacement
    return f"{replacement} {link}"
