"""Knowledge of two things, the second a bare infinitive used as a noun: give it its article.

"Meer kennis van zuurvrije materialen en ontzuren", "Meer inzicht in plannen en begroten",
"Kennis van HACCP en etiketteren": a noun phrase of knowledge (the pack's
``knowledge_nouns``) whose objects are coordinated, the last of them an infinitive used as
a noun without its article. The tagger reads that infinitive as a second verb, so the frames
build "om meer kennis van zuurvrije materialen en te ontzuren" (the goal's words broken) or
commit to "[concreet gedrag] met zuurvrije materialen en ontzuren", which the checker then
reads as two goals. Dutch writes such a noun with its article ("het ontzuren"; the pack's
``infinitive_article``): with it, the phrase reads as one object list and the goal is
rewritten as a goal of its own. English objects in -ing are nouns already and take none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, looks_infinitive_nl, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def with_article(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The goal's text with the article before a bare infinitive that ends the object list
    of a knowledge noun, or None when it has no such noun, list or infinitive."""
    articles = ctx.pack.words("infinitive_article")
    if not articles:
        return None
    words = words_of(goal)
    nouns = {w.lower() for w in ctx.pack.words("knowledge_nouns")}
    joiners = {w.lower() for w in ctx.pack.words("coordinators") if " " not in w}
    at = next((n for n, w in enumerate(words) if w.lower in nouns), None)
    if at is None or at + 2 >= len(words) or words[at + 1].lower not in style.prepositions:
        return None
    rest = words[at + 2 :]
    end = next((n for n, w in enumerate(rest) if not w.is_word), len(rest))
    objects = rest[:end]  # up to the first mark: the noun phrase's objects
    joints = [n for n, w in enumerate(objects) if w.lower in joiners]
    if len(joints) != 1 or joints[0] + 2 != len(objects) or joints[0] == 0:
        return None  # one last conjunct of one word: 'en ontzuren'
    last, before = objects[-1], objects[joints[0] - 1]
    if not _bare_infinitive(last) or (joints[0] == 1 and looks_infinitive_nl(before)):
        return None  # 'lijmen en lakken': two acts alike, no list of things
    text = goal.text
    return f"{text[: last.start]}{articles[0]} {text[last.start :]}"


def _bare_infinitive(word: Word) -> bool:
    """A word the tagger reads as a verb, or in the infinitive's form ('ontzuren')."""
    return word.pos == "VERB" or looks_infinitive_nl(word)
