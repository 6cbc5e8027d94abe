"""A line of a list that asks or hedges a goal: the goal, stated, for the split to rewrite.

Writers end a list of goals with one they are unsure of: "- VCA halen\\n- misschien ook
meelopen bij inkoop?", "1. Get my forklift licence\\n2. maybe shadow the planner?",
"- kan ik ook de BHV-cursus doen?". The list is no question (guard.py), so it is split; the
asking line alone is still asked, and a question is no goal a rewrite can commit to. Read as
the writer's statement ('Misschien ook meelopen bij inkoop.', 'Ik ga ook de BHV-cursus
doen.', 'I will shadow the planner.'), the hedge goes, the asking modal becomes the writer's
commitment, and the line is rewritten as the goal it names, committed like the others.
A line that asks something else ('Wat moet ik daarvoor doen?') names no goal: it is left as
written, and a list where every line asks is refused whole (guard.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_credentials import credential_frame
from smartcheck.fixing.rewrite.fragments import imperative

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word

#: A list marker opening a line ('- ', '2. ', '* ', 'b) ').
_MARKER = r"(?:[-*•·▪►]|\(?\d+[.)]|[a-z][.)])\s+"


def _thing_first(rest: Sequence[str], read: Sequence[Word]) -> bool:
    """Does ``rest`` open with a determiner as tagged in ``read`` ('*a* first aid
    certificate'): a thing, whatever the tagger makes of the words inside it?"""
    first = rest[0].lower() if rest else ""
    return any(w.lower == first and w.pos == "DET" for w in read)


def stated_line(
    piece: str, style: RewriteStyle, read: Sequence[Word] = (), course: bool = False
) -> str | None:
    """``piece``, a line of a list that asks or hedges its goal ('misschien ook X?', 'kan ik
    X?', 'maybe X?'), as the writer's statement of X ('Misschien ook X.', 'Ik ga X.'); None when
    it asks nothing, or opens with neither a hedge nor an asking modal (a question of its
    own, 'Wat moet ik ...?'). ``read``: the line's words as tagged; a thing asked without a
    verb ('misschien ook iets met ontwerpen?', 'maybe a course?') gets the act of it, as an
    asked means does ('iets met ontwerpen doen', 'take a course'; ``course``: the thing is a
    course), or no reading would give it a verb ('ga ik ook iets met ontwerpen')."""
    body = piece.strip()  # its list marker is gone (fallback.clean)
    if not body.endswith("?"):
        return None
    words = body.rstrip("?").split()
    if not words:
        return None
    hedges = style.one_word_hedges
    subjects = {s.lower() for s in style.subjects}
    hedged = words[0].lower().strip(",") in hedges
    rest = words[1:] if hedged else words
    committed: list[str] = []
    if len(rest) >= 2:
        pair = {rest[0].lower(), rest[1].lower()}
        subject = next(iter(pair & subjects), None)
        if subject is not None and pair & style.asked_modals:
            # 'kan ik ...', 'could I ...': the asking becomes the writer's commitment
            committed = [subject, style.subjects[subject]]
            rest = rest[2:]
        elif not hedged:
            return None
    elif not hedged:
        return None
    if not rest or any(w.lower() in subjects for w in rest):
        return None  # nothing left, or a clause of its own ('misschien kan ik dan ...')
    credential = credential_frame(" ".join(rest), style)
    thing = bool(credential) and _thing_first(rest, read)  # 'a first *aid* certificate'
    if read and (thing or not _has_verb(read, style)):
        frame = credential or (style.asked_course if course else style.asked_route)
        if not frame:
            return None
        rest = frame.format(thing=" ".join(rest)).split()
    kept = [*committed, *rest] if committed else [words[0], *rest] if hedged else rest
    text = " ".join(kept)
    return f"{text[:1].upper()}{text[1:]}."


def _has_verb(read: Sequence[Word], style: RewriteStyle) -> bool:
    """Does the line name an act of its own (a verb other than the asking modal)? A verb
    form right after a preposition names a thing ('iets met *ontwerpen*'), no act. In a
    language that puts the object after its verb, a first word the tagger took for an
    adjective or a noun right before a determiner or pronoun is that verb ('maybe *publish*
    something ...', 'perhaps *write* a paper'), and so is one the dictionary knows a form in
    -ing of before a preposition ('maybe *move* to the night team?'): a thing opens with its
    determiner ('maybe a course')."""
    said = [w for w in read if w.is_word]
    if any(
        (w.pos == "VERB" or (w.pos == "AUX" and w.lower not in style.asked_modals))
        and not (n and said[n - 1].pos == "ADP")
        for n, w in enumerate(said)
    ):
        return True
    told = [w for w in said if w.lower not in style.one_word_hedges]
    if style.word_order != "svo" or len(told) < 2 or told[0].pos not in ("ADJ", "NOUN"):
        return False
    if told[1].pos in ("DET", "PRON"):
        return True
    # 'maybe *move* to the night team?': a word with a form in -ing before its preposition
    return told[1].pos == "ADP" and imperative(told[0].lower)


def asked_line_spans(text: str, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where, in a line of a list that asks its goal ('- kan ik ook X?', '- maybe could I
    X?'), the writer and the asking modal stand: the stated line (:func:`stated_line`)
    leaves them out, so a rewrite may too."""
    if not style.asked_modals or "\n" not in text.strip():
        return []
    subjects = "|".join(re.escape(s) for s in style.subjects)
    modals = "|".join(re.escape(m) for m in sorted(style.asked_modals))
    hedges = "|".join(re.escape(h) for h in style.drop_hedges if " " not in h)
    pair = rf"(?:(?:{subjects})\s+(?:{modals})|(?:{modals})\s+(?:{subjects}))"
    line = rf"(?im)^[^\S\n]*(?:{_MARKER})?(?:(?:{hedges}),?\s+)?({pair})\b[^\n]*\?[^\S\n]*$"
    return [m.span(1) for m in re.finditer(line, text)]
