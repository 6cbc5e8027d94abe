"""A count with a direction and no numbers becomes the writer's from-to target.

"Het aantal no-shows moet omlaag", "Het aantal klachten moet dalen", "Reduce the number of
missed calls at the front desk": the goal names a count of things and the way it should go,
but neither where it stands nor where it should end, and the Dutch form says nobody moves
it (JUDGING A: an impersonal goal becomes the writer's own controllable part). The rewrite
makes the writer move the count, from a start to a target the writer fills in:

- "Vóór [datum] ga ik het aantal no-shows omlaag brengen, van [huidig aantal] naar
  [streefaantal], ..." (a direction word takes the pack's ``count_verbs.direction``);
- "... ga ik het aantal klachten laten dalen, ..." (a verb of change, ``count_verbs.change``);
- "By [date], I will reduce the number of missed calls at the front desk, from [current
  number] to [target number], ..." (the writer's own verb of change stays).

Only a goal that is nothing but the count, its modal, its direction and its time is read:
any other word might be a second thought the frame would lose.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.absolute_reach import plural_of
from smartcheck.fixing.rewrite.frame import Parts
from smartcheck.fixing.rewrite.plan import failed
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.verbless_targets import direction_last
from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy, words_of
from smartcheck.judging.context import RuleContext
from smartcheck.reporting.report import GoalReport


@dataclass(frozen=True)
class CountGoal:
    """The count ('het aantal no-shows bij de fysiotherapie'), the writer's verb phrase that
    moves it ('omlaag brengen', 'laten dalen', 'reduce') and the goal's own time, if kept."""

    count: str
    verb: str
    time: str | None
    #: the direction has its target ('omhoog naar 70%'): the goal has its numbers
    targeted: bool = False
    #: only the count and its direction, no verb ('Doorlooptijd omlaag'): no numbers told
    bare: bool = False


def count_sentence(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, parts: Parts
) -> str | None:
    """The goal as the writer's from-to target for its count, or None (module docstring)."""
    read = read_count(report, ctx, style)
    measured = Criterion.M not in failed(report)
    if read is None or (read.targeted and not measured):
        return None
    if measured and not read.targeted and not read.bare:
        return None  # 'reduce my changeovers from 45 to 20 minutes': the goal's own numbers
    # without a target the count has no numbers yet: a from-to target is asked, also when a
    # bare count and its direction pass M on a number that names the place ('Uitval op lijn
    # 3 omlaag') or a measure the judge knows ('Doorlooptijd van offertes omlaag')
    values = {
        "current_number": style.placeholders.current_number,
        "target_number": style.placeholders.target_number,
        "measure": style.placeholders.measure,
        "support": style.placeholders.support,
        "date": style.placeholders.date,
    }
    time = read.time if read.time is not None else parts.time
    subject = style.default_subject
    aux = style.subjects[subject.lower()]
    if style.word_order == "v2":
        head = f"{time} {aux} {subject.lower()}" if time else f"{subject} {aux}"
        body = f"{head} {read.count} {read.verb}"
    else:
        lead = f"{subject} {aux} {read.verb} {read.count}"
        body = f"{time}, {lead}" if time else lead
    extras = [] if read.targeted else [style.frames.comparison.format(**values)]
    if parts.extras and style.frames.measure.format(**values) in parts.extras:
        extras.append(style.frames.measure.format(**values))
    if Criterion.R in failed(report):
        extras.append(style.frames.support.format(**values))
    return tidy(capitalise(body) + "".join(extras)) + "."


def read_count(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> CountGoal | None:
    """The goal's count, the verb phrase that moves it and its time, or None when the goal
    says more than that (see the module docstring)."""
    if not style.count_openers:
        return None
    goal = report.goal
    if any(e.kind == "recurring" for e in goal.deadlines):
        return None  # a routine's count ('elke week') is no one-off target
    words = words_of(goal)
    while words and words[-1].text in (".", "!"):
        words = words[:-1]
    if any(w.text in (",", ";", ":", "?", "!", ".") for w in words):
        return None  # one clause only
    timed = [any(w.inside(e.start, e.end) for e in goal.deadlines) for w in words]
    rest = [w for w, t in zip(words, timed, strict=True) if not t]
    kept, time = _own_time(report, words, timed)
    if not kept:
        return None
    if style.word_order == "v2":
        found = _modal_form(rest, ctx, style) or _verb_last_form(rest, style)
    else:
        found = _imperative_form(rest, style, _Plurals(report.lang, ctx))
    if found is not None:
        return CountGoal(*found, time)
    found = _direction_form(rest, style)
    if found is None:  # 'Uitval omlaag in de nachtploeg': the phrase is the count's
        moved = direction_last(rest, style)
        found = _direction_form(moved, style) if moved is not None else None
    if found is not None:
        return CountGoal(*found, time, bare=True)
    targeted = _targeted_direction(rest, style)
    return CountGoal(*targeted, time, targeted=True) if targeted is not None else None


def _targeted_direction(rest: list[Word], style: RewriteStyle) -> tuple[str, str] | None:
    """'Hergebruik van verpakkingen omhoog naar 60%', 'Scrap down to 2%': a target told as
    a direction with its number (a preposition of the pack's ``count_targets``, then a
    short phrase with a number), no verb. The writer brings the count there: 'ga ik
    hergebruik van verpakkingen naar 60% omhoog brengen', 'I will bring the scrap down to
    2%'."""
    targets = {t.lower() for t in style.count_targets}
    at = next(
        (n for n in range(1, len(rest) - 1) if rest[n].lower in targets and _number(rest[n + 1 :])),
        None,
    )
    if at is None:
        return None
    found = _direction_form(rest[:at], style)
    if found is None:
        return None
    count, verb = found
    target = join(rest[at:])
    if style.word_order == "v2":
        return count, f"{target} {verb}"
    return f"{count} {target}", verb


#: Most words of a direction's target ('60%', '10 minuten per order').
_TARGET_WORDS = 4


def _number(words: list[Word]) -> bool:
    """A short phrase that opens with a number: the target ('70%', '3 procent')."""
    return 0 < len(words) <= _TARGET_WORDS and words[0].text[:1].isdigit()


def _own_time(report: GoalReport, words: list[Word], timed: list[bool]) -> tuple[bool, str | None]:
    """Whether the goal's time can be read, and its own time phrase when it stays (T passed:
    one deadline, fronted); None when the frame adds one."""
    goal = report.goal
    if not goal.deadlines or Criterion.T in failed(report):
        return True, None
    spoken = [w for w, t in zip(words, timed, strict=True) if t]
    if len(goal.deadlines) != 1 or not spoken:
        return False, None
    return True, join(spoken)


def _opener_at(rest: list[Word], at: int, style: RewriteStyle) -> int | None:
    """The end of a count opener ('het aantal', 'the number of') starting at ``at``."""
    for opener in style.count_openers:
        parts = opener.lower().split()
        span = rest[at : at + len(parts)]
        if [w.lower for w in span] == parts:
            return at + len(parts)
    return None


def _count_phrase(words: list[Word]) -> str | None:
    """The count's words lower-cased at the front ('het aantal X'), or None if it names
    nothing after its opener."""
    if len(words) < 2:
        return None
    first = words[0]
    return join([first.with_text(first.lower), *words[1:]])


def _modal_form(rest: list[Word], ctx: RuleContext, style: RewriteStyle) -> tuple[str, str] | None:
    """'Het aantal X moet omlaag', 'Het aantal X moet dalen' (verb second: the count, a
    modal, then the direction)."""
    end = _opener_at(rest, 0, style)
    if end is None:
        return None
    modals = {m.lower() for m in ctx.pack.words("obligation_modals") if " " not in m}
    at = next((n for n in range(end, len(rest)) if rest[n].lower in modals), None)
    if at is None or at == end:
        return None
    count = _count_phrase(rest[:at])
    tail = " ".join(w.lower for w in rest[at + 1 :])
    if count is None:
        return None
    directions = {d.lower() for d in style.count_directions}
    changes = {c.lower() for c in style.count_changes}
    if tail in directions and "direction" in style.count_verbs:
        return count, f"{tail} {style.count_verbs['direction']}"
    if tail in changes and "change" in style.count_verbs:
        return count, f"{style.count_verbs['change']} {tail}"
    return None


def _verb_last_form(rest: list[Word], style: RewriteStyle) -> tuple[str, str] | None:
    """'Het aantal no-shows bij de praktijk verminderen' (verb last: the count, then the
    writer's verb that moves it, the pack's ``count_moves``)."""
    end = _opener_at(rest, 0, style)
    if end is None or len(rest) < end + 2:
        return None
    verb = rest[-1]
    if verb.lower not in {m.lower() for m in style.count_moves}:
        return None
    if any(w.lower in style.subjects or w.lower in style.modals for w in rest[end:-1]):
        return None  # a clause of its own inside the count: more than the count
    count = _count_phrase(rest[:-1])
    return (count, verb.lower) if count is not None else None


def _imperative_form(
    rest: list[Word], style: RewriteStyle, plurals: _Plurals
) -> tuple[str, str] | None:
    """'Reduce the number of X at Y' (a verb of change first, the count after it); also
    'Reduce failed builds on line 2', 'Cut late deliveries at the warehouse': the things
    counted named in the plural, with no opener (``_plural_count``)."""
    if len(rest) < 3:
        return None
    verb = rest[0]
    if verb.lower not in {c.lower() for c in style.count_changes}:
        return None
    end = _opener_at(rest, 1, style)
    if end is None and _plural_count(rest[1:], style, plurals):
        return join(rest[1:]), verb.lower
    if end is None or end >= len(rest):
        return None
    if any(w.pos in ("VERB", "AUX") and w.finite for w in rest[end:]):
        return None  # a clause of its own after the count
    count = _count_phrase(rest[1:])
    return (count, verb.lower) if count is not None else None


@dataclass(frozen=True)
class _Plurals:
    """What tells a plural noun the tagger called singular ('builds', NN): the language and
    its pack (``plural_suffixes``, ``irregular_plurals``)."""

    lang: str
    ctx: RuleContext

    def plural(self, word: Word, style: RewriteStyle) -> bool:
        """``word`` is a plural: by its tag, or as the plural its lemma makes."""
        if word.plural is True:
            return True
        if not word.lemma or word.lemma.lower() == word.lower:
            return False
        suffixes = tuple(self.ctx.pack.grammar.plural_suffixes)
        form = plural_of(word.lemma.lower(), self.lang, style.irregular_plurals, suffixes)
        return form is not None and form.lower() == word.lower


def _plural_count(phrase: list[Word], style: RewriteStyle, plurals: _Plurals) -> bool:
    """A noun phrase headed by a plural noun, what it qualifies before it and a place after
    it ('failed builds on the SLS machines', 'late deliveries at the warehouse'): things one
    counts. A participle right before the head qualifies it ('*failed* builds', '*missed*
    calls'); any other verb, a subject or a modal is a clause of its own ('reduce stress so
    I sleep'), and a singular head is no count ('reduce stress')."""
    at = next((n for n, w in enumerate(phrase) if w.pos == "ADP"), len(phrase))
    if at == 0 or not all(w.is_word for w in phrase):
        return False
    head = phrase[at - 1]
    if head.pos not in ("NOUN", "PROPN") or not plurals.plural(head, style):
        return False
    closed = style.subjects.keys() | style.modals | style.finite_words
    for n, w in enumerate(phrase):
        if w.lower in closed or w.pos == "AUX":
            return False
        if w.pos == "VERB" and n != at - 2:
            return False
    return True


def _direction_form(rest: list[Word], style: RewriteStyle) -> tuple[str, str] | None:
    """'Afkeur naar beneden', 'Reject rate down' (a noun phrase, then a direction, no verb):
    a target told as the way its count should go, which the writer moves ('ga ik afkeur
    naar beneden brengen', 'I will bring the reject rate down'). The word before the
    direction is a noun or a number: 'Speak up', 'Calm down' are verbs with their particle."""
    verb = style.count_verbs.get("direction")
    if verb is None:
        return None
    lowers = [w.lower for w in rest]
    for direction in sorted(style.count_directions, key=len, reverse=True):
        size = len(direction.split())
        phrase = rest[:-size]
        if not phrase or " ".join(lowers[-size:]) != direction.lower():
            continue
        if not _bare_phrase(phrase, style):
            return None
        first = phrase[0]
        lowered = first.text if any(c.isupper() for c in first.text[1:]) else first.lower
        words = [first.with_text(lowered), *phrase[1:]]
        if style.word_order == "v2":
            return join(words), f"{direction.lower()} {verb}"
        article = style.count_article if first.lower not in style.determiners else ""
        return " ".join(p for p in (article, join(words), direction.lower()) if p), verb
    return None


#: Word classes a noun phrase's last word has ('de balie', 'line 3'; a Dutch noun at the
#: start of a line may be tagged an adjective: 'Verzuim').
_PHRASE_END = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "VERB"})


def _bare_phrase(phrase: list[Word], style: RewriteStyle) -> bool:
    """Only a noun phrase: words and numbers, no subject, modal or finite verb of a clause,
    and no verb to open it ('Keep spirits up', 'Speak up': the writer's own act). A word
    alone is a noun ('Calm down' is no count to bring down; Dutch reads it by its capital)."""
    closed = style.subjects.keys() | style.modals | style.finite_words
    first, last = phrase[0], phrase[-1]
    if (first.pos == "VERB" and first.verbform not in _ATTRIBUTIVE) or last.pos not in _PHRASE_END:
        return False
    duties = {tuple(m.lower().split()) for m in style.duty_modals if " " in m}
    if any((a.lower, b.lower) in duties for a, b in pairwise(phrase)):
        return False  # 'response times *need to* come down': a clause, its modal a noun's tag
    if len(phrase) == 1 and style.word_order != "v2" and last.pos not in ("NOUN", "PROPN"):
        return False
    return all(
        w.text.replace("-", "").replace("/", "").isalnum()
        and w.lower not in closed
        and w.pos != "AUX"
        and not w.finite
        for w in phrase
    )


#: Verb forms that stand before a noun as its qualifier ('*waiting* times').
_ATTRIBUTIVE = frozenset({"Ger", "Part"})
