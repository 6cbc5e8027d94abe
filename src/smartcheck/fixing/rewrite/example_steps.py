"""An aim named as a thing, then the step the writer gives as its example: the step is the
goal, the aim what it brings.

'Meer verantwoordelijkheid, bijv. de planning van de schippers doen', 'More ownership, for
example doing the supplier planning myself': a comparative of amount before a noun (the
aim, aim_nouns.py), a comma, an example opener (the pack's ``rewrite.example_openers``:
bijvoorbeeld, bijv., zoals, e.g., for example, such as) and a verb phrase. The purpose frame
kept the whole as the aim and folded the example into it ('om meer verantwoordelijkheid,
bijv. de planning van de schippers te doen'): a broken purpose, and the concrete step the
writer named was lost as the behaviour. The example is what the writer will do; the aim is
what it brings (``rewrite.example_step``: 'Ik ga {step}, zodat ik {aim} heb', 'I will
{step}, so that I get {aim}'), judged and rewritten as the goal, the sentences after it kept
as written. A candidate that still folds the example opener into the aim is refused
(seams/example_folded.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.fallback import clean
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.words import Word, capitalise, join, looks_infinitive_nl, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most words of the aim ('meer verantwoordelijkheid richting de teamleider').
MAX_AIM_WORDS = 6
#: Fewest words of the step: a verb and its object ('de planning doen').
MIN_STEP_WORDS = 2


@dataclass(frozen=True)
class ExampleStep:
    """The aim, the example step and the sentences after them, as written."""

    aim: list[Word]
    step: list[Word]
    rest: str


def example_step(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> ExampleStep | None:
    """The aim and its example step in the goal's first sentence, or None (see the module
    docstring)."""
    if not style.example_openers or not style.example_step or goal.doc is None:
        return None
    text = clean(goal.text, ctx.pack.words("goal_labels"))
    if "\n" in text.strip():
        return None
    said = sentences(text, style.abbreviations)
    if not said:
        return None
    first = said[0]
    at = goal.text.find(first)
    if at < 0:
        return None
    words = [w for w in words_of(goal) if at <= w.start and w.end <= at + len(first)]
    while words and words[-1].text in ".!":
        words.pop()
    comma = next((n for n, w in enumerate(words) if w.text == ","), None)
    if comma is None:
        return None
    aim, after = words[:comma], words[comma + 1 :]
    size = _opener(after, style.example_openers)
    step = after[size:]
    if not size or not _aim(aim, style) or not _step(step, style):
        return None
    return ExampleStep(aim, step, " ".join(said[1:]))


def example_sentence(found: ExampleStep, style: RewriteStyle) -> str:
    """The step as the writer's, the aim what it brings, the later sentences after it."""
    step = found.step
    if _gerund(step[0], style) and step[0].lemma:
        step = [step[0].with_text(step[0].lemma), *step[1:]]  # 'doing' -> 'do'
    aim = join(found.aim)
    aim = aim[:1].lower() + aim[1:]
    told = style.example_step.format(step=join(step, lead=False), aim=aim)
    return " ".join(p for p in (capitalise(told), found.rest) if p)


def _opener(after: list[Word], openers: frozenset[str]) -> int:
    """How many words open ``after`` as an example ('bijv.', 'for example', 'e.g.')."""
    spelled = [w.lower for w in after]
    best = 0
    for opener in openers:
        parts = opener.lower().replace(".", " . ").split()
        for n in range(1, min(len(spelled), 4) + 1):
            if "".join(spelled[:n]) == "".join(parts) and n > best:
                best = n
    return best


def _aim(aim: list[Word], style: RewriteStyle) -> bool:
    """A comparative of amount before a noun, no verb: 'meer verantwoordelijkheid'."""
    named = [w for w in aim if w.is_word]
    if not 2 <= len(named) <= MAX_AIM_WORDS or named[0].lower not in style.amount_words:
        return False
    return not any(w.pos in ("VERB", "AUX") for w in named)


def _step(step: list[Word], style: RewriteStyle) -> bool:
    """A verb phrase: Dutch ends on its infinitive, English opens on its verb."""
    named = [w for w in step if w.is_word]
    if len(named) < MIN_STEP_WORDS or any(w.text in ",;:" for w in step):
        return False
    if any(w.lower in style.subjects for w in named):
        return False  # 'bijv. ik ga ...': a sentence of its own
    if named[0].pos == "ADP" or named[0].lower in style.prepositions:
        return False  # 'bijvoorbeeld door een planning te maken': a means (means_examples)
    if style.word_order == "v2":
        last = named[-1]
        return looks_infinitive_nl(last) or (last.pos == "VERB" and last.verbform == "Inf")
    first = named[0]
    base = first.lemma == first.lower  # 'do the rota': the tagger may call it finite
    return first.pos == "VERB" and (
        first.verbform in ("Ger", "Inf") or base or _gerund(first, style)
    )


def _gerund(word: Word, style: RewriteStyle) -> bool:
    return style.word_order != "v2" and word.pos == "VERB" and word.lower.endswith("ing")
