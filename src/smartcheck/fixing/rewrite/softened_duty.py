"""A duty softened by a conditional ('Er zou meer afstemming moeten zijn', 'Het rooster zou
eerder bekend moeten zijn'): the writer still names a need nobody owns, so the own part
reads it as the plain duty ('Er moet meer afstemming zijn'). Without this the conditional
stayed inside the own part's clause ('zorg ik ervoor dat het rooster zou eerder bekend
zijn') or the need got only the structured fallback."""

from __future__ import annotations

from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word


def plain_duty(words: list[Word], style: RewriteStyle) -> list[Word]:
    """``words`` with the first conditional of the pack's ``conditional_duty`` ('zou',
    'zouden') replaced by its duty's finite form of the same number ('moet', 'moeten') and
    the duty's infinitive further on gone; ``words`` unchanged without both."""
    from smartcheck.fixing.rewrite.own import finite_nl  # own.py calls this module

    for n, word in enumerate(words):
        duties = style.conditional_duty.get(word.lower, ())
        if not duties:
            continue
        at = next((m for m in range(n + 1, len(words)) if words[m].lower in duties), None)
        if at is None:
            return words
        plural = word.plural if word.plural is not None else word.lower.endswith("en")
        plain = word.with_text(finite_nl(words[at].lower, plural, style))
        return [*words[:n], plain, *words[n + 1 : at], *words[at + 1 :]]
    return words


def plain_duty_text(text: str, words: list[Word], style: RewriteStyle) -> str:
    """``text`` (whose ``words`` carry their character spans in it) with its conditional duty
    told plain, as ``plain_duty`` does ('Er zou X moeten komen' -> 'Er moet X komen'); a
    need read again on its own is then the need nobody owns that the judge knows."""
    plain = plain_duty(words, style)
    if len(plain) == len(words):
        return text
    changed = next(n for n, (a, b) in enumerate(zip(words, plain, strict=False)) if a is not b)
    gone = next(w for w in words[changed + 1 :] if w not in plain[changed + 1 :])
    kept = words[changed]
    out = f"{text[: kept.start]}{plain[changed].text}{text[kept.end : gone.start].rstrip()}"
    return f"{out}{text[gone.end :]}"
