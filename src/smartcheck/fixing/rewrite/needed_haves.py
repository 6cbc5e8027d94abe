"""A need of a group or a place taken on by the writer: "The team needs a clear escalation
protocol" -> "I will make sure that the team *has* a clear escalation protocol", "Het team
heeft een duidelijk escalatieprotocol nodig" -> "zorg ik ervoor dat het team een duidelijk
escalatieprotocol *heeft*". The own part's frame sees to what the clause says; kept as
written it saw to the need itself ("make sure that the team needs ..."), which commits to
nothing. The need's words go for what the writer makes them have (the pack's
``rewrite.need_haves``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word
    from smartcheck.reading.goal import Goal


def had_need(words: list[Word], style: RewriteStyle) -> list[Word]:
    """``words`` (the own part's clause, in its own order) with the first phrase of need
    told as having ('needs' -> 'has', 'nodig heeft' -> 'heeft'); as they are without one.
    The phrase ends in the verb ('the *needs* of our clients' is a noun: no need)."""
    lowered = [w.lower for w in words]
    for phrase in sorted(style.need_haves, key=lambda p: len(p.split()), reverse=True):
        told = phrase.lower().split()
        for n in range(1, len(words) - len(told) + 1):  # never the clause's first word
            verb = words[n + len(told) - 1]
            if lowered[n : n + len(told)] == told and verb.pos in ("VERB", "AUX"):
                have = verb.with_text(style.need_haves[phrase])
                return [*words[:n], have, *words[n + len(told) :]]
    return words


def had_words(style: RewriteStyle) -> frozenset[str]:
    """The words of the pack's phrases of need ('nodig', 'heeft'): the own part that tells
    the need as having may leave them out (seams/kept_words.py)."""
    return frozenset(w for p in style.need_haves for w in p.lower().split())


def need_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the words of a need laid on others stand that its having leaves out ('Het team
    heeft een protocol *nodig*' -> '... dat het team een protocol heeft'): every word of a
    phrase of need but its verb, in a goal whose verb of having is there and whose writer
    is not its subject ('ik heb een cursus nodig' is the writer's own need)."""
    doc = goal.doc
    if doc is None or any(t.lower_ in {s.lower() for s in style.subjects} for t in doc):
        return []
    found: list[tuple[int, int]] = []
    for phrase in style.need_haves:
        *others, verb = phrase.lower().split()
        if not others or not any(t.lower_ == verb for t in doc):
            continue
        found += [(t.idx, t.idx + len(t.text)) for t in doc if t.lower_ in others]
    return found


def others_need(words: list[Word], style: RewriteStyle) -> bool:
    """Do ``words`` lay a need on others, the writer named nowhere ('New volunteers need a
    fixed contact person', 'Nieuwe vrijwilligers hebben een vast aanspreekpunt nodig')? Every
    word of a phrase of need is there, its verb tagged as one and not a duty's modal ('needs
    *to* ...'), after a word that names the group or place. The judge may let such a goal
    pass A (no group word of its lists), but only the writer's own part commits to it."""
    subjects = {s.lower() for s in style.subjects}
    lowered = [w.lower for w in words]
    if subjects.intersection(lowered):
        return False
    markers = {m.lower() for m in style.infinitive_markers}
    for phrase in style.need_haves:
        *others, verb = phrase.lower().split()
        at = next((n for n, w in enumerate(words) if w.lower == verb), None)
        if at is None or at == 0 or words[at].pos not in ("VERB", "AUX"):
            continue
        if at + 1 < len(words) and words[at + 1].lower in markers:
            continue  # 'needs to update': a duty (own_part_drops)
        if all(o in lowered[at + 1 :] for o in others):
            return True
    return False
