"""A person to learn from, asked alone: 'Coach?', 'Mentor?', 'Een buddy?'.

A POP line that is only a person who helps the writer learn (the pack's
``rewrite.person_routes``: a coach, a mentor, a buddy), asked, proposes that route: the
writer wants to work with one. As a word alone it named no act, so no reading rewrote it
and the line got no rewrite at all (a bare question states nothing the fallback can fill).
It is committed as working with that person (the pack's ``person_route``: "work with a
coach", "met een coach werken"), with the article the route takes, and where the person
comes from after it (the pack's ``person_origins``: 'a mentor from another department'). With
other words after it ('Buddy for the seasonal workers?') the role is one the writer takes on
(asked_roles.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word

#: Letters that take the article before a vowel ('an ...').
_VOWELS = frozenset("aeiou")


def person_route_step(said: list[Word], style: RewriteStyle) -> str | None:
    """The writer's step for a line of ``said`` words that is only a person route, maybe
    after its article ('Coach', 'een mentor'); None for any other line."""
    articles = style.bare_route_articles
    if not (style.person_routes and style.person_route and style.asked_step and articles):
        return None
    lower = [w.lower for w in said]
    given = {a.lower() for a in articles.values()}
    if len(lower) >= 2 and lower[0] in given:
        said, lower = said[1:], lower[1:]
    origin = ""  # 'a mentor *from another department*': where the person comes from
    if len(lower) > 2 and lower[1] in style.person_origins:
        origin = " " + " ".join(w.text for w in said[1:])
        lower = lower[:1]
    if len(lower) != 1 or lower[0] not in style.person_routes:
        return None
    article = articles.get("vowel") if lower[0][:1] in _VOWELS else None
    thing = f"{article or articles.get('default', '')} {lower[0]}{origin}".strip()
    step = style.asked_step.format(means=style.person_route.format(thing=thing))
    return f"{step[:1].upper()}{step[1:]}."
