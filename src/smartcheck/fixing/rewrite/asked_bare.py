"""A learning route asked as a bare noun: the step the writer takes.

'rotatie naar de cutterzuiger?', 'stage bij de calculatie?', 'secondment to the Leeds
depot?': a line of a POP form that asks for a route (the pack's ``rewrite.bare_routes``)
with no article, no verb and no hedge. Stated as it stands ('Rotatie naar de
cutterzuiger.') the other readings took it for a topic to work in ('ga ik [concreet
gedrag] in rotatie naar de cutterzuiger'), the step lost as a field. The writer proposes
the step, as an asked means does (asked_means.py): it is committed as the writer's act with
its article ('Ik ga een rotatie naar de cutterzuiger doen', 'I will do an internship at
...'; the pack's ``asked_step``, ``asked_route`` and ``bare_route_articles``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word

#: Letters that take the article before a vowel ('an internship').
_VOWELS = frozenset("aeiou")


def bare_route_step(said: list[Word], body: str, style: RewriteStyle) -> str | None:
    """The writer's step for ``body``, a line of ``said`` words that asks for a bare route
    ('rotatie naar de cutterzuiger'), or None when it opens with no route, holds a verb, or
    the pack has no frames for it."""
    articles = style.bare_route_articles
    if not (style.bare_routes and style.asked_route and style.asked_step and articles):
        return None
    lower = [w.lower for w in said]
    route = opening_route(said, style)
    if not route or any(w.pos in ("VERB", "AUX") for w in said[route:]):
        return None  # no route first, or an act of its own ('stage lopen bij X')
    if not said[0].text[1:].islower() and len(said[0].text) > 1:
        return None  # 'Stage Noord': a name, no route
    article = articles.get("vowel") if lower[0][:1] in _VOWELS else None
    thing = f"{article or articles.get('default', '')} {body[:1].lower()}{body[1:]}".strip()
    step = style.asked_step.format(means=style.asked_route.format(thing=thing))
    return f"{step[:1].upper()}{step[1:]}."


def opening_route(said: list[Word], style: RewriteStyle) -> int:
    """How many of ``said`` words name the bare route they open with (0: none). A route
    asked is the writer's step, not help asked from others ('Stage bij X?' is no 'Coach?')."""
    lower = [w.lower for w in said]
    return max(
        (len(r.split()) for r in style.bare_routes if lower[: len(r.split())] == r.lower().split()),
        default=0,
    )
