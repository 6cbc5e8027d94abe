"""A line that only names a learning route: 'Rotatie naar de afdeling inkoop, een half
jaar.', 'Een meeloopdag bij de buitendienst', 'Secondment to the Brussels office.'

A POP form's bullet often names the route the writer wants (a rotation, an internship, a
shadowing day; the pack's ``rewrite.bare_routes``) and nothing more. Asked ('Rotatie naar X?')
it was read as the writer's step (asked_bare.py); stated, the frames took it for a topic to
work in ('ga ik [concreet gedrag] in rotatie naar de afdeling inkoop'). The route is the
step, stated or asked: it is committed the same way ('Ik ga een rotatie naar de afdeling
inkoop doen, een half jaar.'), an article the writer gave passed over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_bare import bare_route_step
from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words such a line may have: a route and where or how long, no story.
MAX_ROUTE_WORDS = 14


def route_stated(goal: Goal, style: RewriteStyle) -> str | None:
    """The writer's step for a one-line ``goal`` that opens with a bare route (after its
    article at most) and holds no verb; None for any other goal."""
    text = goal.text.strip()
    if "\n" in text or text.endswith("?"):
        return None  # a list is read line by line; an asked route is asked_bare's
    said = [w for w in words_of(goal) if w.is_word]
    if not 0 < len(said) <= MAX_ROUTE_WORDS:
        return None
    articles = {a.lower() for a in style.bare_route_articles.values()}
    skip = 1 if said[0].lower in articles else 0
    if skip >= len(said):
        return None  # an article alone ('een'): no route named
    body = text[said[skip].start - said[0].start :].rstrip(".!").rstrip() if skip else text
    return bare_route_step(said[skip:], body.rstrip(".!").rstrip(), style)
