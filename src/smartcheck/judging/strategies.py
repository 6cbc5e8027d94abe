"""Rule strategies: the shapes most rules share, so a rule is its metadata and its words.

Most smartcheck rules do the same thing: find the entries of one lexicon key in the goal,
and report the first one (as proselint's ``existence_check`` does for prose). :class:`PhraseRule`
is that strategy. A rule built on it states its ``key`` and ``confidence``; the few that need
more override one hook:

- :meth:`PhraseRule.applies` — whether the rule looks at this goal at all ("only when the goal
  names no measure");
- :meth:`PhraseRule.answered` — something in the goal that already answers the problem, given
  as evidence instead of a finding ("a way of checking the inner state is named");
- :meth:`PhraseRule.also` — evidence the rule reports in any case.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar, Literal

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.signals import inside, outside_purpose, quoted_spans
from smartcheck.judging.rule import Rule
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reporting.report import Evidence, Finding


class PhraseRule(Rule, abstract=True):
    """Find the entries of one lexicon key → pick a match → one finding on its phrase.

    The finding's message gets the matched text in its ``{phrase}`` slot.
    """

    #: The lexicon key whose entries the rule looks for.
    key: ClassVar[LexiconKey]
    #: Confidence of the finding.
    confidence: ClassVar[float] = 0.8
    #: Ignore matches in the goal's purpose clause ("zodat ...", "so that ...") and in its
    #: asides (a parenthetical, a relative clause after a noun): they say why, or which
    #: thing the goal names, not what the writer does.
    skip_purpose: ClassVar[bool] = False
    #: Ignore matches inside quotes: a title ('Altijd is Kortjakje ziek') is no claim.
    skip_quoted: ClassVar[bool] = False
    #: Which match is reported: the first one, or the longest ("nooit meer" over "nooit").
    prefer: ClassVar[Literal["first", "longest"]] = "first"

    def __init_subclass__(cls, abstract: bool = False, **kwargs: object) -> None:
        super().__init_subclass__(abstract=abstract, **kwargs)
        if not abstract and not isinstance(getattr(cls, "key", None), str):
            raise TypeError(f"phrase rule {cls.__qualname__} names no lexicon key")

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        if self.applies(goal, ctx):
            matches = self.matches(goal, ctx)
            if matches:
                answer = self.answered(goal, ctx, matches)
                if answer is not None:
                    yield answer
                else:
                    yield self.phrase_finding(
                        goal, ctx, self.pick(matches), confidence=self.confidence
                    )
        yield from self.also(goal, ctx)

    def matches(self, goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
        """The key's matches that count, in text order."""
        found = ctx.find(goal, self.key)
        if self.skip_purpose:
            found = outside_purpose(goal, found)
        if self.skip_quoted:
            quoted = quoted_spans(goal.text)
            found = [m for m in found if not inside(quoted, m.start, m.end)]
        return found

    def pick(self, matches: Sequence[LexiconMatch]) -> LexiconMatch:
        if self.prefer == "longest":
            return max(matches, key=lambda m: m.end - m.start)
        return matches[0]

    # -- hooks ------------------------------------------------------------------------------
    def applies(self, goal: Goal, ctx: RuleContext) -> bool:
        """Whether the rule looks at this goal at all."""
        return True

    def answered(
        self, goal: Goal, ctx: RuleContext, matches: Sequence[LexiconMatch]
    ) -> Evidence | None:
        """Evidence that the goal already answers the problem (then there is no finding)."""
        return None

    def also(self, goal: Goal, ctx: RuleContext) -> Iterable[Evidence]:
        """Evidence reported whether or not the phrase was found."""
        return ()
