"""An act the writer has never done, then the wish to learn it: 'Ik heb nog nooit een
presentatie gegeven voor een grote groep en dat wil ik graag leren.', 'I have never led a
project and I'd like to learn that.'

The first clause tells where the writer stands (a perfect with 'nog nooit', 'never'; the
pack's ``rewrite.untried_markers``), the second points back to its act ('dat', 'that';
``untried_pointers``) with the writer's wish. The frames dated the first clause ('Vóór
[datum] heb ik nog nooit ...'). The rewriter keeps it as written, as the situation, and
reads the wish with the act in the pointer's place, its participle made the infinitive
('Ik wil leren om een presentatie te geven voor een grote groep.', 'I want to learn to lead
a project.'), which is rewritten as any goal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.situation import Situated
from smartcheck.fixing.rewrite.words import capitalise, closed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most words of the act told: one clause, no story.
MAX_UNTRIED_WORDS = 30


def untried_then_wish(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> Situated | None:
    """The untried clause kept as written and the wish read with its act, or None."""
    doc = goal.doc
    if doc is None or not style.untried_markers:
        return None
    if len([t for t in doc if t.is_alpha]) > MAX_UNTRIED_WORDS:
        return None
    split = _split(doc, ctx, frozenset(p.lower() for p in style.untried_pointers))
    if split is None:
        return None
    untried, wish = split
    particles = frozenset(w.lower() for w in ctx.pack.words("separable_particles"))
    act = _act(untried, style, particles)
    if act is None or not _points_back(wish, ctx, style):
        return None
    learning = {w.lower() for w in ctx.pack.words("learning_verbs") if " " not in w}
    learns = any(t.lemma_.lower() in learning or t.lower_ in learning for t in wish)
    frame = style.untried_learn if learns else style.untried_wish
    if not frame:
        return None
    before = closed(goal.text[untried[0].idx : untried[-1].idx + len(untried[-1])])
    return Situated(goal=capitalise(frame.format(act=act(learns))), before=(before,))


def _split(
    doc: Doc, ctx: RuleContext, pointers: frozenset[str]
) -> tuple[list[Token], list[Token]] | None:
    """The tokens before and after the first coordinator or sentence end that opens a
    clause of its own, or a comma the pointer follows ('..., dat wil ik leren')."""
    joins = {w.lower() for w in ctx.pack.words("coordinators") if " " not in w}
    for t in doc[3:-2]:
        spliced = t.text == "," and t.nbor(1).lower_ in pointers
        if t.lower_ in joins or t.text in ".;" or spliced:
            before = [u for u in doc[: t.i] if u.text != ","]
            after = [u for u in doc[t.i + 1 :] if not u.is_punct]
            return (before, after) if before and after else None
    return None


def _act(
    untried: list[Token], style: RewriteStyle, particles: frozenset[str]
) -> Callable[[bool], str] | None:
    """The act of an untried clause ('Ik heb nog nooit een presentatie gegeven voor X'), as
    the words for the wish's frame, with or without the infinitive marker of a learning
    verb ('een presentatie te geven voor X', 'give a presentation to X'; a separable
    particle before it: 'voor te zitten'); None when the clause is no first-person perfect
    negated by an untried marker."""
    subjects = {s.lower() for s in style.subjects}
    if len(untried) < 4 or untried[0].lower_ not in subjects:
        return None
    if untried[1].lemma_.lower() not in style.perfect_verbs:
        return None
    lowered = [t.lower_ for t in untried]
    marker = None
    for phrase in sorted(style.untried_markers, key=len, reverse=True):
        words = phrase.lower().split()
        if lowered[2 : 2 + len(words)] == words:
            marker = 2 + len(words)
            break
    if marker is None:
        return None
    done = next((t for t in untried[marker:] if "Part" in t.morph.get("VerbForm", [])), None)
    if done is None:
        return None
    at = untried.index(done)
    pre = " ".join(t.text for t in untried[marker:at])
    post = " ".join(t.text for t in untried[at + 1 :])
    verb = done.lemma_.lower()
    marker_word = style.infinitive_markers[0] if style.infinitive_markers else ""

    def told(learns: bool) -> str:
        if style.word_order == "v2":  # the infinitive last before what follows the participle
            cluster = f"{marker_word} {verb}" if learns and marker_word else verb
            particle = _separable(verb, done.lower_, particles)
            if learns and marker_word and particle:  # 'voorzitten': 'voor te zitten'
                cluster = f"{particle} {marker_word} {verb[len(particle) :]}"
            return " ".join(p for p in (pre, cluster, post) if p)
        return " ".join(p for p in (verb, pre, post) if p)

    return told


def _points_back(wish: list[Token], ctx: RuleContext, style: RewriteStyle) -> bool:
    """The clause points back with a pronoun ('dat', 'that') and holds a wish ('wil',
    "'d like")."""
    wishes = {w.lower() for w in ctx.pack.words("wish_verbs")}
    pointers = {p.lower() for p in style.untried_pointers}
    return any(t.lower_ in pointers for t in wish) and any(t.lemma_.lower() in wishes for t in wish)


def _separable(verb: str, participle: str, particles: frozenset[str]) -> str | None:
    """The separable particle of ``verb``, told by its participle ('voorgezeten' of
    'voorzitten': the particle before 'ge'); an inseparable prefix takes no 'ge' after it
    ('overlegd' of 'overleggen')."""
    for particle in sorted(particles, key=len, reverse=True):
        if verb.startswith(particle) and participle.startswith(f"{particle}ge"):
            return particle
    return None
