"""The writer's situation, then the wish it leads to, in one sentence: 'I keep getting
interrupted, so I want to block focus time in my calendar.', 'Ik word vaak gestoord, dus ik
wil focustijd blokken.'

The clause before the connective ('so', 'dus', 'daarom'; the pack's ``voice_tails``) tells
how things are; the wish after it is the goal. Framed whole, the frames committed the writer
to the situation ('By [date], I will keep getting interrupted, ..., so I want to ...'). Told
as two sentences ('I keep getting interrupted. I want to block ...') the situation is kept
as written and the wish is rewritten, as for any situation told before a goal. Only when the
clause before holds no wish or modal of the writer's own: 'I want X, so I want Y' is two
wishes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.dropped import with_subject

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def wish_told_apart(text: str, style: RewriteStyle) -> str | None:
    """``text`` with the wish after its connective told as a sentence of its own, or None
    when no connective after a comma opens the writer's wish ('…, so I want to …', '…, daarom
    wil ik …'), or the clause before it is no situation."""
    connectives = "|".join(re.escape(c) for c in sorted(style.voice_tails, key=len, reverse=True))
    if not connectives or text.count(",") > 3:
        return None
    found = re.search(rf"(?i),\s*(?:{connectives})\s+", text)
    if found is None:
        return _subjectless_told_apart(text, style)
    before, after = text[: found.start()].strip(), text[found.end() :].strip()
    wish = _wish(after, style)
    if wish is None or not before or not _situation(before, style):
        return None
    return f"{before}. {wish[:1].upper()}{wish[1:]}"


def _subjectless_told_apart(text: str, style: RewriteStyle) -> str | None:
    """``text`` whose last comma opens the writer's wish without its subject, as in a note
    ('I join the meetings but I don't get the method, *would like a training*', '...,
    *wil graag een cursus*'): the situation before, then the wish with the writer put back
    (the pack's ``dropped_subjects``), a sentence of its own; None when no such wish ends
    the text or the clause before it is no situation the writer tells as its subject."""
    comma = text.rfind(",")
    told = max(text.rfind(". ", 0, comma), text.rfind("! ", 0, comma)) + 1  # earlier sentences
    if comma < 0 or "?" in text:
        return None
    before, after = text[told:comma].strip(), text[comma + 1 :].strip()
    wish = with_subject(after, style)
    if wish is None or not before or not _situation(before, style):
        return None
    subjects = {s.lower() for s in style.subjects}
    if before.split(maxsplit=1)[0].lower() not in subjects:
        return (
            None  # 'Vind het leuk, wil ...', 'Not sure if ..., would like ...': no situation told
        )
    lower = wish.lower()
    wishes = [w.lower().removesuffix(" to") for w in style.goal_wishes]  # 'would like (to)'
    if not any(lower.startswith(f"{w} ") for w in wishes):
        return None  # 'Need to ...', 'Must ...': a duty or need, no wish
    return " ".join(filter(None, [text[:told].strip(), f"{before}. {wish}"]))


def _wish(after: str, style: RewriteStyle) -> str | None:
    """``after`` as the writer's wish in its own order ('I want to ...', 'ik wil ...'; an
    inverted 'wil ik ...' put back), or None when it opens with none."""
    lower = after.lower()
    if any(lower.startswith(f"{w.lower()} ") for w in style.goal_wishes):
        return after
    words = after.split(maxsplit=2)
    subjects = {s.lower() for s in style.subjects}
    if len(words) == 3 and words[0].lower() in style.weak_finite and words[1].lower() in subjects:
        inverted = f"{words[1]} {words[0]} {words[2]}"  # 'wil ik' -> 'ik wil'
        if any(inverted.lower().startswith(f"{w.lower()} ") for w in style.goal_wishes):
            return inverted
    return None


def _situation(before: str, style: RewriteStyle) -> bool:
    """The clause tells how things are: no wish and no modal of the pack in it."""
    words = set(re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", before.lower()))
    if words & {m.lower() for m in style.modals}:
        return False
    return not any(w.lower() in before.lower() for w in style.goal_wishes)
