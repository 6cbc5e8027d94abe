"""Someone else's view of the writer's work, then the writer's duty joined to it.

"My manager says my average sale is too low and I should sell more pillows with the
mattresses.", "My team lead thinks my reports are too long, so I should write shorter
handover notes.", "Mijn leidinggevende zegt dat mijn offertes te lang duren, dus ik moet
sneller offertes maken.": the other person reports how the writer's work stands, and the
writer's duty follows in a main clause of its own after "and" or "so". The voices read the
whole as the other's words, with the view as the writer's clause, so the view itself was
committed ("I will make sure that my manager says my average sale is too low") or the text
got the structured fallback.

The view is the situation: it stays as written, a sentence of its own. The duty is the goal,
told in the other's frame again (the pack's ``frames.viewed_duty``: "{who} {verb} {subject}
{modal} {rest}" -> "My manager says I should sell more ..."; "volgens {who} {modal}
{subject} {rest}" -> "Volgens mijn leidinggevende moet ik ..."), so the voices commit it and
credit the other ("..., as my manager says"). Only a verb that reports a view (the pack's
``report_verbs``) opens such a text; a wish ("wants me to") has its own readings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.voices.clause import lowered, names_person
from smartcheck.fixing.rewrite.words import capitalise, closed, join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How many words may name the other person before their verb ('The head of the workshop').
_WHO_WORDS = 6
#: Fewest words of the view between the other's verb and the joint ('my average sale is too
#: low'): fewer tell no view.
_VIEW_WORDS = 3


@dataclass(frozen=True)
class ViewedDuty:
    """The other's view as a sentence of its own, and the duty told in their frame."""

    view: str  # 'My manager says my average sale is too low.'
    duty: str  # 'My manager says I should sell more ... I don't want to be pushy though.'


def viewed_duty(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> ViewedDuty | None:
    """The view and the duty of such a text (see the module), the sentences after the first
    kept after the duty; None for any other text."""
    frame = style.frames.viewed_duty
    if not frame:
        return None
    words = words_of(goal)
    end = next((n for n, w in enumerate(words) if w.text in SENTENCE_MARKS), len(words))
    first = words[:end]
    # the other's verb, whatever the small tagger calls it ('thinks' read as a noun)
    at = next(
        (
            n
            for n, w in enumerate(first[: _WHO_WORDS + 1])
            if w.pos in ("VERB", "AUX") or (w.lemma or w.lower) in style.report_verbs
        ),
        None,
    )
    if at is None or at == 0 or not names_person(first[:at], style):
        return None
    if (first[at].lemma or first[at].lower) not in style.report_verbs:
        return None
    joints = {w.lower() for w in ctx.pack.words("coordinators")}
    joints |= {t.lower() for t in style.voice_tails if " " not in t}
    subjects = {s.lower() for s in style.subjects}
    modals = {m.lower() for m in ctx.pack.words("obligation_modals") if " " not in m}
    for k in range(at + 1 + _VIEW_WORDS, len(first) - 3):
        if first[k].lower not in joints or first[k + 1].lower not in subjects:
            continue
        if first[k + 2].lower not in modals:
            return None
        view = first[at + 1 : k]
        while view and view[-1].text in (",", ";"):
            view.pop()
        if len([w for w in view if w.is_word]) < _VIEW_WORDS:
            return None
        told = closed(capitalise(join([*first[:at], first[at], *view])))
        who = lowered(first[:at], style)
        duty = frame.format(
            who=who,
            verb=first[at].text,
            subject=first[k + 1].text,
            modal=first[k + 2].text,
            rest=join(first[k + 3 :], lead=False),
        )
        after = goal.text[words[end].end :].strip() if end < len(words) else ""
        return ViewedDuty(told, " ".join(filter(None, [closed(capitalise(duty)), after])))
    return None
