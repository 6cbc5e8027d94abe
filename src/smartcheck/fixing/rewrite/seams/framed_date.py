"""The rewrite's deadline put inside someone else's frame: the wish dated, still theirs.

"De hoofdcoach wil dat ik vóór [datum] meer ga scouten ...", "Teamleider zegt dat ik vóór
[datum] meer contact moet hebben ...", "My lead thinks that I, by [date], ...": the other
person's verb of wish, opinion or saying (the pack's ``voice_verbs``) is still the main
clause, and the date the rewrite adds sits in the writer's clause it frames. The goal is
still imposed (JUDGING A fails on someone else's wish), and the date reads as part of what
the other wants: no commitment of the writer's. The rewrite that takes the frame apart
('Vóór [datum] ga ik ..., zoals de hoofdcoach wil') or settles it with the other is the
writer's own; when none is whole the structured fallback is honest. A date the writer wrote
inside the frame is theirs, no seam: only the rewrite's own placeholder counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import rewrite_date

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext


def date_in_others_frame(
    candidate: str, filled: str, doc: Doc, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """A seam where the rewrite's date (``style.placeholders.date`` in ``candidate``, its
    filler in ``filled``, parsed as ``doc``) stands after the complementizer and the
    writer's subject ('dat ik', 'that I') that follow a voice verb, with no subject of the
    writer's before that verb in its sentence."""
    if not style.voice_verbs:
        return []
    date = rewrite_date(candidate, filled, doc, style)
    if date is None:
        return []
    thats = {w.lower() for w in (style.frames.own_part or "").split("{clause}")[0].split()[-1:]}
    writer = {w.lower() for w in (*style.subjects, *ctx.pack.words("first_person_subject"))}
    before = [t for t in date.sent if t.i < date.i]
    for n in range(len(before) - 1, 1, -1):
        if before[n].lower_ not in writer or before[n - 1].lower_ not in thats:
            continue
        framing = before[: n - 1]
        if any(t.lower_ in writer for t in framing):
            return []  # 'ik wil dat ik ...', 'I think that I ...': the writer's own frame
        voiced = [
            t
            for t in framing
            if t.pos_ in ("VERB", "AUX")
            and (t.lemma_.lower() in style.voice_verbs or t.lower_ in style.voice_verbs)
        ]
        if voiced:
            detail = f"the date inside {voiced[-1].text!r}'s frame"
            return [Seam("contradiction", detail, ("others",))]
        return []
    return []
