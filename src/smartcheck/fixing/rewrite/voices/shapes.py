"""The writer's own goal told in another shape, with nobody else's words to credit: a reason
told first ("Omdat ik ..., wil ik ..."), the means given as an example ("..., bijvoorbeeld door
..."), a difficulty named instead of a goal ("Ik heb moeite met ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.difficulties import difficulty_goal
from smartcheck.fixing.rewrite.voices.clause import Voice, bare_means, spelled_opening
from smartcheck.fixing.rewrite.words import Word, capitalise, inside_sentence, join, tidy

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def fronted_reason(words: list[Word], style: RewriteStyle) -> Voice | None:
    """'Omdat ik vaak gestrest ben, wil ik leren ontspannen', 'Because I'm often stressed, I
    want to ...': a reason told first (the pack's ``reason_openers``) goes after the goal,
    which is then read in its own order ('Ik wil leren ontspannen, omdat ik vaak gestrest
    ben.'); nobody else's words to credit."""
    if not words or words[0].lower not in style.reason_openers:
        return None
    comma = next((n for n, w in enumerate(words) if w.text == ","), None)
    if comma is None or comma < 3 or comma + 3 > len(words):
        return None
    main = words[comma + 1 :]
    if style.word_order == "v2":  # 'wil ik ...' after the fronted clause: 'ik wil ...'
        finite = main[0].finite or main[0].lower in style.modals
        if main[1].lower not in style.subjects or not finite:
            return None
        main = [main[1], main[0], *main[2:]]
    elif main[0].lower not in style.subjects:
        return None
    reason = [inside_sentence(words[0]), *words[1:comma]]
    inner = f"{join(main)}, {join(reason)}"
    return Voice(inner=capitalise(tidy(inner)).rstrip(" ,") + ".", credit="")


def means_example(
    words: list[Word], style: RewriteStyle, particles: frozenset[str]
) -> Voice | None:
    """'Ik wil zichtbaarder worden, bijvoorbeeld door vaker te presenteren in het MT', 'I want
    to take on more responsibility, for example by leading the briefing': the writer names
    the means after the goal (the pack's ``means_examples``). The goal before it is rewritten,
    and the means is the concrete behaviour its rewrite asks for."""
    text = [w.lower for w in words]
    comma = next((n for n, w in enumerate(words) if w.text == ","), None)
    if comma is None or comma < 3:
        return None
    for marker in style.means_examples:
        size = spelled_opening(text[comma + 1 :], marker.replace(" ", ""))
        if size is None:
            continue
        means = bare_means(words[comma + 1 + size :], style, particles)
        if means is None or len(means) < 2:
            return None
        goal = capitalise(tidy(join(words[:comma]))).rstrip(" ,") + "."
        return Voice(inner=goal, credit="", behaviour=join(means, lead=False))
    return None


def difficulty(words: list[Word], style: RewriteStyle, lang: str) -> Voice | None:
    """'Ik heb moeite met feedback geven, daar wil ik aan werken': the goal a named
    difficulty points at (difficulties.py); nobody else's words to credit."""
    goal = difficulty_goal(words, style, lang)
    return Voice(inner=goal, credit="") if goal is not None else None
