"""What a rule sees besides the goal: its language's pack, lexicon matches and messages.

One RuleContext exists per (checker, goal language). It compiles the pack's lexicon once into
one index (:class:`~smartcheck.reading.lexicon.Lexicon`) and keeps anything else derived from
the pack (word sets, validated pack sections) on itself, never in a module: two Checkers with
different packs never see each other's data.

For each goal the checker binds the context to the goal's Doc (:meth:`RuleContext.bind`):
the bound copy carries the goal's :class:`Features`, computed once, which every rule, the
anatomy and the rewriter read: the matches of every lexicon key from one pass over the Doc,
and facts derived from the goal (concreteness, clause heads ...) on first use.
"""

from __future__ import annotations

import re
import string
import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.configuration.packs import RulePack
from smartcheck.reading.lexicon import DocMatches, Lexicon, LexiconMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.reading.goal import Goal

T = TypeVar("T")
Tokenize = Callable[[str], Sequence[str]]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class MessageSource(Protocol):
    """What a message is looked up by: a rule's code, summary and built-in messages."""

    code: ClassVar[str]
    summary: ClassVar[str]
    default_messages: ClassVar[dict[str, dict[str, str]]]


class _LenientFields(dict[str, Any]):
    """Leaves unknown ``{slots}`` in a message visible instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class _PlainOnMismatch(string.Formatter):
    """Fills a slot whose format does not fit its value ("{phrase:d}" on a word) with the
    plain value: a user pack's message never stops a rule (check_template bounds the rest)."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        try:
            return super().format_field(value, format_spec)
        except (ValueError, TypeError):
            return str(value)


class Features:
    """What rules and the rewriter read about one goal, computed once per goal.

    ``matches`` holds every lexicon key's matches from one pass over the Doc. Facts derived
    from the whole goal (concreteness, clause heads, ...) are computed on first use by the
    function that defines them and kept here (:meth:`RuleContext.feature`).
    """

    __slots__ = ("_goal", "_memo", "doc", "matches")

    def __init__(self, doc: Doc, matches: DocMatches) -> None:
        self.doc = doc
        self.matches = matches
        self._goal: Goal | None = None
        self._memo: dict[Callable[..., Any], Any] = {}


class KeyMatcher:
    """One lexicon key, read from the bound goal's features when asked about its Doc."""

    __slots__ = ("_ctx", "_key")

    def __init__(self, ctx: RuleContext, key: LexiconKey) -> None:
        self._ctx = ctx
        self._key = key

    def __bool__(self) -> bool:
        return bool(self._ctx.pack.words(self._key))

    def find(self, doc: Doc) -> list[LexiconMatch]:
        """Occurrences of the key's entries in ``doc``, sorted by position."""
        return self._ctx.matches(doc).get(self._key)


@dataclass
class _Shared:
    """What one context derives from its pack, shared by its goal-bound copies."""

    tokenize: Tokenize | None
    lexicon: Lexicon | None = None
    derived: dict[Callable[..., Any], Any] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Docs other than a bound goal's (a rewrite candidate's parse) are asked about by many
    # seam checks, each for one key: one scan per Doc, dropped with the Doc.
    scans: weakref.WeakKeyDictionary[Doc, DocMatches] = field(
        default_factory=weakref.WeakKeyDictionary
    )
    scans_lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class RuleContext:
    """Per-language resources shared by all rules of one checker.

    ``tokenize`` splits lexicon entries into words the way goals are tokenised (the checker
    passes its pipeline's tokenizer); without it a blank spaCy tokenizer is used.
    """

    pack: RulePack
    message_pack: RulePack
    tokenize: Tokenize | None = field(default=None, repr=False)
    features: Features | None = field(default=None, repr=False, compare=False)
    _shared: _Shared | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._shared is None:
            self._shared = _Shared(self.tokenize)

    @property
    def lang(self) -> str:
        return self.pack.lang

    @property
    def lexicon(self) -> Lexicon:
        """Every lexicon key of the pack, compiled once (on first use)."""
        shared = self._state
        if shared.lexicon is None:
            with shared.lock:
                if shared.lexicon is None:
                    shared.lexicon = Lexicon(self.pack.lexicon.items(), self._tokenizer())
        return shared.lexicon

    @property
    def _state(self) -> _Shared:
        assert self._shared is not None  # set in __post_init__
        return self._shared

    def _tokenizer(self) -> Tokenize:
        if self._state.tokenize is not None:
            return self._state.tokenize
        from spacy import blank  # only contexts built outside a Checker get here

        nlp = blank(self.pack.lang)
        return lambda text: [t.text for t in nlp.make_doc(text)]

    def bind(self, doc: Doc) -> RuleContext:
        """This context with ``doc``'s features: its lexicon matches, read in one pass."""
        return RuleContext(
            self.pack,
            self.message_pack,
            self.tokenize,
            Features(doc, self._scan(doc)),
            self._shared,
        )

    def matches(self, doc: Doc) -> DocMatches:
        """Every key's matches in ``doc``: the bound features' when ``doc`` is theirs."""
        features = self.features
        if features is not None and features.doc is doc:
            return features.matches
        return self._scan(doc)

    def _scan(self, doc: Doc) -> DocMatches:
        """The lexicon's matches in ``doc``, scanned once per Doc (Docs are not changed once
        the pipeline made them)."""
        shared = self._state
        with shared.scans_lock:
            found = shared.scans.get(doc)
        if found is None:
            found = self.lexicon.scan(doc)
            with shared.scans_lock:
                shared.scans[doc] = found
        return found

    def matcher(self, key: LexiconKey) -> KeyMatcher:
        """Lexicon ``key`` of the goal's language, as a matcher over Docs."""
        return KeyMatcher(self, key)

    def find(self, goal: Goal, key: LexiconKey) -> list[LexiconMatch]:
        """Occurrences of lexicon ``key``'s entries in the goal (empty without a Doc)."""
        if goal.doc is None:
            return []
        return self.matches(goal.doc).get(key)

    def feature(self, goal: Goal, compute: Callable[[Goal, RuleContext], T]) -> T:
        """``compute(goal, self)``, computed once per bound goal (several rules ask)."""
        features = self.features
        if features is None or goal.doc is not features.doc:
            return compute(goal, self)
        if features._goal is None:
            features._goal = goal
        elif features._goal is not goal:  # another Goal over the same Doc: no sharing
            return compute(goal, self)
        memo = features._memo
        if compute not in memo:
            memo[compute] = compute(goal, self)
        value: T = memo[compute]
        return value

    def derived(self, compute: Callable[[RulePack], T]) -> T:
        """``compute(pack)``, computed once per context: word sets, validated pack sections."""
        memo = self._state.derived
        if compute not in memo:
            memo[compute] = compute(self.pack)
        value: T = memo[compute]
        return value

    def _in_words(self, value: Any) -> Any:
        """A date (or an ISO date string) as words in the message language: '1 juni 2027',
        '1 June 2027' (day, month name from the message pack's time table, year)."""
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            value = date.fromisoformat(value)
        if isinstance(value, date):
            month = self.message_pack.time.months[value.month - 1][0]
            return f"{value.day} {month} {value.year}"
        return value

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
        values = _LenientFields({k: self._in_words(v) for k, v in fields.items()})
        formatter = _PlainOnMismatch()
        return (
            formatter.vformat(message, (), values),
            formatter.vformat(fix, (), values) if fix else None,
        )
