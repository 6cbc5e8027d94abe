"""The writer's step with someone else's view or wish given as its only reason.

"Cursus leidinggeven volgen omdat mijn manager vindt dat ik ploegleider moet worden", "Join
the safety committee because my supervisor wants me to get more audit experience": the step
is the writer's, but the reason is another person's judgement of what the writer should
become or do, so the goal is not owned as written (JUDGING A: someone else's wish). A rewrite
that only puts a commitment in front keeps the other's view as the goal's reason ("..., omdat
mijn manager vindt dat ik ... moet worden") and still fails A.

The other person's view is the aim the step serves: told as the writer's purpose with its
credit ("..., zodat ik ploegleider kan worden, zoals mijn manager vindt"), as the same aim
told in a sentence of its own after the step is ("Learn X. My manager wants me to be Y.",
others_aims.py). This module only cuts the one sentence into the step and the view; the
voices read the view (voices/), and ``WholeTextRewrites._aim_reasoned`` judges the step.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentence_ends

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


#: Most words before the other person's verb in the reason ('mijn *directe*
#: leidinggevende vindt', 'the new shift manager thinks').
_WHO_WORDS = 5


def reason_cut(
    text: str, markers: tuple[str, ...], abbreviations: Collection[str] = ()
) -> tuple[str, str] | None:
    """``text`` cut at its last reason marker (the pack's ``reason_markers``: 'omdat',
    'want', 'because') into the step before it and the reason after it, each told as a
    sentence ('Cursus leidinggeven volgen.', 'Mijn manager vindt dat ik ...'); None when no
    marker stands inside the one sentence with words on both sides. Whether the reason is
    another person's view is the voices' to read ('omdat ik ...' is the writer's own)."""
    cut = _last_marker(text, markers, abbreviations)
    if cut is None:
        return None
    step = text[: cut.start()].strip(" ,;:-")
    reason = text[cut.end() :].strip().rstrip(" .!")
    if len(step.split()) < 2 or len(reason.split()) < 4:
        return None
    return f"{step[:1].upper()}{step[1:]}.", f"{reason[:1].upper()}{reason[1:]}."


def viewed_reason_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the marker stands that opens another person's view as the goal's reason
    ('omdat' in '... omdat mijn manager vindt dat ...'): a rewrite that tells the view as
    the step's purpose (', zodat ik ..., zoals mijn manager vindt') leaves it out, never a
    lost word. The view: a verb of the pack's ``voice_verbs`` within the reason's first
    words, with no word of the writer's before it."""
    doc = goal.doc
    cut = _last_marker(goal.text, ctx.pack.words("reason_markers"), style.abbreviations)
    if doc is None or cut is None:
        return []
    after = [t for t in doc if t.idx >= cut.end() and not t.is_punct][: _WHO_WORDS + 1]
    voiced = [  # 'thinks', which the tagger may call a noun, still says who thinks it
        n
        for n, t in enumerate(after)
        if t.pos_ in ("VERB", "AUX") or t.lemma_.lower() in style.voice_verbs
    ]
    verb = voiced[0] if voiced else None
    if verb is None or verb == 0 or after[verb].lemma_.lower() not in style.voice_verbs:
        return []
    writer = {*style.subjects, *style.object_pronouns}
    if any(t.lower_ in writer for t in after[:verb]):
        return []
    return [(cut.start(), cut.end())]


def _last_marker(
    text: str, markers: tuple[str, ...], abbreviations: Collection[str] = ()
) -> re.Match[str] | None:
    """The last reason marker inside ``text``'s one sentence (with the comma before it),
    not its first word; None in a text of several sentences (the two-sentence steps read
    those) or without one."""
    if not markers or sentence_ends(text.strip(), abbreviations):
        return None
    pattern = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    found = [
        m
        for m in re.finditer(rf"(?:,\s*)?\b(?:{pattern})\s+", text, flags=re.IGNORECASE)
        if text[: m.start()].strip()
    ]
    return found[-1] if found else None
