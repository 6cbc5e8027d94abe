"""A verbless goal of more or less time on something: the writer spends it.

"more time on site fitting with the senior fitters, less on the panel saw", "Less time on
email and more time coaching the new baristas", "More hours on the ward, fewer on
paperwork": the goal names no verb, only an amount of the writer's time and where it goes.
Dated as written it is a fragment ("By [date], more time on site ..."), and as the purpose of
a behaviour its second half has no noun to have ("... and be fewer on prep"). Time is what
the writer spends, so the pack's verb of spending (``rewrite.spent_time.verb``) makes it the
writer's own act, every half kept as written: "By [date], I will spend more time on site
fitting with the senior fitters, less on the panel saw, from [current number] to [target
number], with [how measured] as evidence." Only a verb-object language: the Dutch verb
would close the clause after the phrases ("meer tijd op de werkvloer ... besteden, minder
..."), so Dutch keeps its purpose frame (nominal.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.frame import Parts
from smartcheck.fixing.rewrite.plan import failed
from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reporting.report import GoalReport

#: Words the goal may hold at most: a phrase of where time goes, not a story.
_MAX_WORDS = 24


def spent_time_sentence(report: GoalReport, style: RewriteStyle, parts: Parts) -> str | None:
    """The goal as time the writer spends, or None when it is no such phrase (module
    docstring)."""
    verb = style.spent_time.get("verb")
    nouns = {n.lower() for n in style.spent_time.get("nouns", "").split()}
    if not verb or not nouns or style.word_order == "v2":
        return None
    words = _phrase(report, style, nouns)
    if words is None:
        return None
    subject = style.default_subject
    aux = style.subjects[subject.lower()]
    first = words[0].with_text(words[0].lower)
    body = f"{subject} {aux} {verb} {join([first, *words[1:]])}"
    time = parts.time if Criterion.T in failed(report) else None
    head = f"{time}, {body}" if time else body
    return tidy(capitalise(head) + "".join(parts.extras)) + "."


def _phrase(report: GoalReport, style: RewriteStyle, nouns: set[str]) -> list[Word] | None:
    """The goal's words when they open with an amount of time ('more time', 'fewer hours')
    and every part after a comma or 'and' opens with an amount word too; no verb of its own
    that takes a subject, no subject, no number, no time expression."""
    words = words_of(report.goal)
    while words and words[-1].text in (".", "!"):
        words = words[:-1]
    if len(words) < 3 or len(words) > _MAX_WORDS or report.goal.deadlines:
        return None
    amounts = {a.lower() for a in style.amount_words}
    if words[0].lower not in amounts or words[1].lower not in nouns:
        return None
    if any(w.text in (":", ";", "?", "!", ".", "-") or w.pos == "NUM" for w in words):
        return None
    if any(w.lower in style.subjects or w.lower in style.modals for w in words):
        return None
    for n, word in enumerate(words[1:], start=1):
        if word.text == "," or word.lower == "and":
            nxt = words[n + 1] if n + 1 < len(words) else None
            if nxt is None or nxt.lower not in amounts:
                return None  # a second thought after the comma, no second amount
    return words
