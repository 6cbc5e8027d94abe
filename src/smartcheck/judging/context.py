"""What a rule sees besides the goal: its language's pack, lexicon matchers and messages.

One RuleContext exists per (checker, goal language); it caches compiled lexicon matchers so
that rules stay small ("find the entries of key X") and fast.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.configuration.packs import RulePack
from smartcheck.reading.lexicon import LexiconMatch, LexiconMatcher
from smartcheck.reading.pipeline import tokenizer_words

if TYPE_CHECKING:
    from smartcheck.reading.goal import Goal


class MessageSource(Protocol):
    """What a message is looked up by: a rule's code, summary and built-in messages."""

    code: ClassVar[str]
    summary: ClassVar[str]
    default_messages: ClassVar[dict[str, dict[str, str]]]


class _LenientFields(dict[str, Any]):
    """Leaves unknown ``{slots}`` in a message visible instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass
class RuleContext:
    """Per-language resources shared by all rules of one checker."""

    pack: RulePack
    message_pack: RulePack
    _matchers: dict[LexiconKey, LexiconMatcher] = field(default_factory=dict, repr=False)

    @property
    def lang(self) -> str:
        return self.pack.lang

    def matcher(self, key: LexiconKey) -> LexiconMatcher:
        """The compiled matcher for lexicon ``key`` of the goal's language."""
        found = self._matchers.get(key)
        if found is None:
            lang = self.pack.lang
            found = LexiconMatcher(self.pack.words(key), lambda t: tokenizer_words(lang, t))
            self._matchers[key] = found
        return found

    def find(self, goal: Goal, key: LexiconKey) -> list[LexiconMatch]:
        """Occurrences of lexicon ``key``'s entries in the goal (empty without a Doc)."""
        if goal.doc is None:
            return []
        return self.matcher(key).find(goal.doc)

    def message(self, rule: MessageSource, **fields: Any) -> tuple[str, str | None]:
        """The rule's message and fix title in the report language, slots filled."""
        text = self.message_pack.messages.get(rule.code)
        if text is not None:
            message, fix = text.message, text.fix
        else:
            defaults = rule.default_messages.get(self.message_pack.lang) or next(
                iter(rule.default_messages.values()), {"message": rule.summary}
            )
            message, fix = defaults["message"], defaults.get("fix")
        values = _LenientFields(fields)
        formatter = string.Formatter()
        return (
            formatter.vformat(message, (), values),
            formatter.vformat(fix, (), values) if fix else None,
        )
