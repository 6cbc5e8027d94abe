"""English: the frame's 'do' before a bare verb, a verb taken for a thing.

'By [date], I will do rotate there for a few weeks, ...': a step hedged after the aim
('..., maybe rotate there for a few weeks?') was read as a thing and given the route frame
('do {thing}', 'do a rotation'); its first word was a verb. 'do' with a bare verb after it
is no English ('I will do a rotation', 'do research', 'do more networking' are). Refused,
the rewrite that reads the act as written shows, or the fallback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: English tags of a verb's bare or past form (a gerund, 'do shadowing', is a thing).
_BARE = frozenset({"VB", "VBP", "VBN", "VBD"})


def do_before_verb(doc: Doc, style: RewriteStyle, goal_text: str) -> list[Seam]:
    """The route frame's verb ('do', from the pack's ``asked_route``: 'do {thing}') right
    after a modal of the frame's commitment ('will do'), the next word a bare
    verb by the tagger, and the goal had no such 'do' (the writer's own 'will do go' stays
    the writer's). Languages with an infinitive ending are left out."""
    if style.word_order == "v2":
        return []
    route = (style.asked_route or "").split("{", 1)[0].split()
    if len(route) != 1:
        return []
    done = route[0].lower()  # the route frame's verb ('do {thing}')
    lowered = goal_text.lower()
    seams = []
    for t in doc[1:-1]:
        if t.lower_ != done or doc[t.i - 1].tag_ != "MD":
            continue
        after = doc[t.i + 1]
        if after.tag_ not in _BARE or not after.is_alpha:
            continue
        if f"{done} {after.lower_}" in lowered:
            continue
        seams.append(
            Seam(
                "two_finite",
                f"'do' before the verb {after.text!r}",
                (done, after.lower_, "do-verb"),
            )
        )
    return seams


def verb_before_of(doc: Doc, style: RewriteStyle, goal_text: str) -> list[Seam]:
    """English: a gerund with its 'of'-object made a bare verb ('Planning of the delivery
    routes' -> '... in order to plan of the delivery routes', 'Interviewing of witnesses' ->
    'to interview of witnesses'): the noun's 'of' stays after the verb, which takes its
    object without one. Refused where the goal had the gerund before 'of'."""
    if style.word_order == "v2":
        return []
    gerunds = {
        w.lower()
        for w, nxt in zip(goal_text.split(), goal_text.split()[1:], strict=False)
        if nxt.lower() == "of" and w.lower().endswith("ing")
    }
    before_bare = {*style.infinitive_markers, *style.subjects.values()}  # 'to', 'will'
    seams = []
    for t in doc[1:-1]:
        after = doc[t.i + 1]
        if after.lower_ != "of" or not t.is_alpha or doc[t.i - 1].lower_ not in before_bare:
            continue
        stem = t.lower_[:-1] if t.lower_.endswith("e") else t.lower_
        if any(g.startswith(stem) for g in gerunds):
            seams.append(
                Seam("two_finite", f"the verb {t.text!r} before 'of'", (t.lower_, "of", "verb-of"))
            )
    return seams
