"""Concreteness signals shared by the S and M rules.

A goal is specific when a reader can picture the same thing as the writer. Linguistically
that shows as: numbers and quantities, names (proper nouns, acronyms, quoted titles: "Excel",
"VCA", "'Omgaan met agressie'"), deliverables, and simply more content words (who, where,
with whom). Rules read these signals instead of each re-deriving them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.configuration.packs import RulePack
from smartcheck.judging.context import RuleContext
from smartcheck.reading.goal import Goal, TextSpan
from smartcheck.reading.lexicon import LexiconMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NUMERIC_KINDS = frozenset({"number", "percentage", "quantity", "count", "level"})
_QUOTES = "'\"\u2018\u2019\u201c\u201d\u201e"  # straight, curly and low-9 quotation marks
_QUOTED = re.compile(rf"(?<!\w)[{_QUOTES}]([^{_QUOTES}\n]{{3,80}})[{_QUOTES}](?!\w)")
#: Content words a goal needs before its length alone counts as detail.
DETAIL_WORDS = 9


@dataclass(frozen=True)
class Concreteness:
    """What makes a goal concrete, as found in its text."""

    numeric: tuple[TextSpan, ...]
    names: tuple[TextSpan, ...]
    deliverables: tuple[TextSpan, ...]
    roles: tuple[TextSpan, ...]
    content_words: int
    #: Deliverables narrowed down by a modifier or compound: "forklift exam", "VCA-certificaat".
    specific_deliverables: tuple[TextSpan, ...] = ()
    #: Phrases that place the goal: "voor de maandrapportage", "with new warehouse staff".
    situations: tuple[TextSpan, ...] = ()
    #: A task the writer does on their own ("zelfstandig de maandafsluiting doen"): who does
    #: what, which anyone can see (S001's advice: "welke taak je zelfstandig uitvoert").
    independent: tuple[TextSpan, ...] = ()

    @property
    def score(self) -> float:
        """1.0 per kind of strong signal (number, role, specific deliverable), 0.5 for a name,
        a bare deliverable, each situation (up to two) or a long text; capped at 3.

        A name alone is half a signal: "Excel leren" names a field, not what will be done
        with it (../shared/JUDGING.md); with a situation or an object it is specific.
        """
        strong = (self.numeric, self.roles, self.specific_deliverables, self.independent)
        value = sum(1.0 for kind in strong if kind)
        value += 0.5 if self.names else 0.0
        value += 0.5 if self.deliverables else 0.0
        value += 0.5 * min(len(self.situations), 2)
        value += 0.5 if self.content_words >= DETAIL_WORDS else 0.0
        return min(value, 3.0)


def quoted_spans(text: str) -> list[TextSpan]:
    """Titles and names in quotes: 'Omgaan met agressie en geweld'."""
    return [TextSpan(text=m.group(0), start=m.start(), end=m.end()) for m in _QUOTED.finditer(text)]


def inside(spans: list[TextSpan] | tuple[TextSpan, ...], start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in spans)


def names_in(goal: Goal, ctx: RuleContext) -> list[TextSpan]:
    """Proper nouns, acronyms, alphanumeric codes, quoted titles and the names the pack knows,
    outside time words."""
    quoted = quoted_spans(goal.text)
    if goal.doc is None:
        return quoted
    known, verbs = known_names(goal, ctx)
    names: list[TextSpan] = []
    function_words = ctx.pack.function_words
    first_person = {w.lower() for w in ctx.pack.words("first_person_subject")}
    times = [TextSpan(text=t.text, start=t.start, end=t.end) for t in goal.deadlines]
    for token in goal.doc:
        text = token.text
        if len(text) < 2 or token.lower_ in first_person or token.lower_ in function_words:
            continue
        if inside(times, token.idx, token.idx + len(text)) or inside(quoted, token.idx, token.idx):
            continue
        if inside(known, token.idx, token.idx) or inside(verbs, token.idx, token.idx):
            continue
        if names and inside(names[-1:], token.idx, token.idx):  # (earlier names end before)
            continue
        # Taggers call many capitalised first words PROPN ("Leren om ..."): trust the tag only
        # inside the sentence.
        tagged_name = token.pos_ == "PROPN" and not token.is_sent_start
        acronym = text.isupper() and any(c.isalpha() for c in text) and len(text) <= 8
        code = any(c.isdigit() for c in text) and any(c.isalpha() for c in text)
        capitalised = text[:1].isupper() and not token.is_sent_start and text[1:].islower()
        if tagged_name or acronym or code or capitalised:
            names.append(TextSpan(text=text, start=token.idx, end=token.idx + len(text)))
    known = [n for n in known if not inside(times, n.start, n.end)]
    return sorted([*quoted, *names, *known], key=_start)


def known_names(goal: Goal, ctx: RuleContext) -> tuple[list[TextSpan], list[TextSpan]]:
    """Names the pack knows (software, systems, standards, languages), wherever they stand,
    first word included: "salesforce" is a name without the capital a tagger needs.
    ``known_names`` are never an ordinary word, so they count in any case and whatever their
    tag (taggers call "BI" in "Power BI" a verb). ``ambiguous_names`` are words too: they
    count when spelled as the pack spells them (as the normaliser does in a goal without
    case; in a goal with capitals a lower-case "sap" is juice) and not read as a verb.
    Second, those read as a verb ("to excel at", re-cased to "Excel" in a goal without case):
    no name, whatever their capital."""
    doc = goal.doc
    if doc is None:
        return [], []
    found: list[TextSpan] = []
    verbs: list[TextSpan] = []
    keys: tuple[LexiconKey, ...] = ("known_names", "ambiguous_names")
    for key in keys:
        for match in ctx.find(goal, key):
            text = goal.text[match.start : match.end]
            span = TextSpan(text=text, start=match.start, end=match.end)
            tokens = doc[match.token_start : match.token_end]
            ambiguous = key == "ambiguous_names"
            if ambiguous and any(t.pos_ in ("VERB", "AUX") for t in tokens):
                verbs.append(span)
            elif ambiguous and text != match.entry:
                continue
            elif text.lower() == match.entry.lower() and not inside(found, match.start, match.end):
                found.append(span)
    return found, verbs


def _start(span: TextSpan) -> int:
    return span.start


def named_objects(goal: Goal, ctx: RuleContext) -> list[TextSpan]:
    """Things named by what they are of or for: a course by its role ("de opleiding tot
    preventiemedewerker"), a team by its work ("the sales team"), a device by a compound
    ("de klimaatcomputer"). The kinds of thing that get named this way are the pack's
    ``named_kinds``; a bare kind ("een cursus", "the team") names nothing."""
    doc = goal.doc
    if doc is None:
        return []
    kinds = sorted({k.lower() for k in ctx.pack.words("named_kinds")}, key=len, reverse=True)
    preps = {p.lower() for p in ctx.pack.words("naming_prepositions")}
    function_words = ctx.pack.function_words
    generic = generic_words(ctx)
    times = [TextSpan(text=t.text, start=t.start, end=t.end) for t in goal.deadlines]
    named = known_names(goal, ctx)[0]  # 'de cursus SPSS': the name is the evidence

    def content(i: int) -> bool:
        if not 0 <= i < len(doc):
            return False
        t = doc[i]
        return t.is_alpha and t.lower_ not in function_words and t.lower_ not in generic

    found: list[TextSpan] = []
    for token in doc:
        lower = token.lower_
        if not token.is_alpha or inside(times, token.idx, token.idx + len(token.text)):
            continue
        start = end = -1
        if lower in kinds:
            before, after = token.i - 1, token.i + 1
            if content(before) and doc[before].pos_ in ("NOUN", "PROPN"):
                start, end = doc[before].idx, token.idx + len(token.text)
            elif after + 1 < len(doc) and doc[after].lower_ in preps and content(after + 1):
                start, end = token.idx, doc[after + 1].idx + len(doc[after + 1].text)
            elif (
                _apposition(token, doc, after)
                and content(after)
                and not inside(named, doc[after].idx, doc[after].idx + len(doc[after].text))
            ):
                start, end = token.idx, doc[after].idx + len(doc[after].text)
        elif any(lower.endswith(k) and len(lower) >= len(k) + 4 for k in kinds):
            start, end = token.idx, token.idx + len(token.text)  # a compound: 'klimaatcomputer'
        if start >= 0:
            found.append(TextSpan(text=goal.text[start:end], start=start, end=end))
    return found


def _apposition(kind: Token, doc: Doc, after: int) -> bool:
    """A noun right after a kind that says which one ('de leergang projectleider', 'de
    training klantvriendelijkheid'), not a compound whose head is that noun ('the training
    session', where the kind only modifies)."""
    if after >= len(doc) or doc[after].pos_ != "NOUN":
        return False  # a name after it ('de cursus SPSS') is evidence of its own
    return not (kind.dep_ == "compound" and kind.head.i == after)


def content_word_count(goal: Goal, ctx: RuleContext) -> int:
    if goal.doc is None:
        return 0
    function_words = ctx.pack.function_words
    return sum(1 for t in goal.doc if t.is_alpha and len(t) > 2 and t.lower_ not in function_words)


def checkable_action(goal: Goal, ctx: RuleContext) -> TextSpan | None:
    """The goal's one-off, visibly completed action ("inleveren", "submit"), if it has one:
    from the pack's ``checkable_actions`` list, or the main verb's lemma (which joins Dutch
    separable verbs: "lever ... in" -> "inleveren")."""
    matches = outside_purpose(goal, ctx.find(goal, "checkable_actions"))
    if matches:
        first = matches[0]
        return TextSpan(text=goal.text[first.start : first.end], start=first.start, end=first.end)
    action = goal.action
    if action is not None and action.lemma in {
        w.lower() for w in ctx.pack.words("checkable_actions")
    }:
        return TextSpan(text=action.text, start=action.start, end=action.end)
    if action is not None and _performed(goal, action.lemma, ctx):
        return TextSpan(text=action.text, start=action.start, end=action.end)
    alone = independent_task(goal, ctx)
    return alone[0] if alone else None


def _performed(goal: Goal, lemma: str, ctx: RuleContext) -> bool:
    """A one-off performance before others with what is performed ("presenteer ik de
    resultaten in het teamoverleg", "present the survey results to the board"; the pack's
    ``performances``): it takes place or not (JUDGING M). Learning to do it ("leren
    presenteren") is a skill, no event."""
    if lemma not in {w.lower() for w in ctx.pack.words("performances")}:
        return False
    return goal.object is not None and not outside_purpose(goal, ctx.find(goal, "learning_verbs"))


def joint_decision(goal: Goal, ctx: RuleContext) -> TextSpan | None:
    """A decision on a step taken with someone who supports the goal ("maak ik samen met mijn
    leidinggevende uit of ik ...", "agree with my manager on whether I ..."; the pack's
    ``joint_decisions``): it is taken or not, an observable one-off event (JUDGING M). A
    decision with nobody named stays in the writer's head."""
    decisions = outside_purpose(goal, ctx.find(goal, "joint_decisions"))
    if not decisions or not outside_purpose(goal, ctx.find(goal, "support")):
        return None
    first = decisions[0]
    return TextSpan(text=goal.text[first.start : first.end], start=first.start, end=first.end)


def made_object(goal: Goal, ctx: RuleContext) -> TextSpan | None:
    """The object of a checkable action: what is handed in, delivered, completed."""
    if goal.object is None or checkable_action(goal, ctx) is None:
        return None
    return goal.object


def concreteness(goal: Goal, ctx: RuleContext) -> Concreteness:
    """The concreteness signals of ``goal`` (see the module docstring); several S rules ask
    for them, so they are computed once per goal (kept on the goal's features)."""
    return ctx.feature(goal, _concreteness)


def _concreteness(goal: Goal, ctx: RuleContext) -> Concreteness:
    starts = [t.idx for t in goal.doc] if goal.doc is not None else []  # once, not per span
    numeric = tuple(m for m in goal.measures if m.kind in NUMERIC_KINDS)
    deliverables: tuple[TextSpan, ...] = tuple(m for m in goal.measures if m.kind == "deliverable")
    product = made_object(goal, ctx)
    if product is not None and not any(
        d.start >= product.start and d.end <= product.end for d in deliverables
    ):
        deliverables = (*deliverables, product)
    return Concreteness(
        numeric=numeric,
        names=tuple(sorted([*names_in(goal, ctx), *named_objects(goal, ctx)], key=_start)),
        deliverables=deliverables,
        roles=tuple(m for m in goal.measures if m.kind == "role"),
        specific_deliverables=tuple(d for d in deliverables if _is_modified(goal, ctx, d, starts)),
        content_words=content_word_count(goal, ctx),
        situations=tuple(outside_purpose_spans(goal, situations(goal, ctx))),
        independent=tuple(independent_task(goal, ctx)),
    )


_NOUNS = ("NOUN", "PROPN")


def independent_task(goal: Goal, ctx: RuleContext) -> list[TextSpan]:
    """The pack's ``independence_markers`` ("zelfstandig", "on my own") in a goal whose
    action has an object: a named task done without help is visibly done or not."""
    if goal.action is None or goal.doc is None:
        return []
    objects = [  # a task with its determiner: 'de maandafsluiting', 'the month-end close'
        t
        for t in goal.doc
        if t.dep_ in ("obj", "dobj")
        and t.pos_ in _NOUNS
        and any(c.pos_ in ("DET", "PRON") for c in t.children)
    ]  # not 'zelfstandig werken', an infinitive the tagger may call a noun
    if not objects:
        return []
    return [
        TextSpan(text=goal.text[m.start : m.end], start=m.start, end=m.end)
        for m in outside_purpose(goal, ctx.find(goal, "independence_markers"))
    ]


def outside_purpose_spans(goal: Goal, spans: list[TextSpan]) -> list[TextSpan]:
    """Spans that are not in the goal's purpose clause nor in an aside."""
    away = _why_and_which(goal)
    return [s for s in spans if not inside(away, s.start, s.end)]


def _why_and_which(goal: Goal) -> list[TextSpan]:
    """The purpose clause (why) and the asides (which thing: a parenthetical, a relative
    clause after a noun; ``goal.syntax.asides``)."""
    purpose = [goal.purpose] if goal.purpose is not None else []
    return [*purpose, *goal.syntax.asides]


def generic_words(ctx: RuleContext) -> frozenset[str]:
    return ctx.derived(_generic_words)


def _generic_words(pack: RulePack) -> frozenset[str]:
    return frozenset(w.lower() for w in pack.words("generic_modifiers"))


def _is_modified(goal: Goal, ctx: RuleContext, span: TextSpan, starts: list[int]) -> bool:
    """Whether a deliverable is narrowed down: a compound ("VCA-certificaat",
    "heftruckcertificaat") or a content word before it ("forklift exam"), other than generic
    modifiers such as "new" or "another" (the pack's ``generic_modifiers``)."""
    if goal.doc is None:
        return False
    tokens = [
        goal.doc[i] for i in range(bisect_left(starts, span.start), bisect_left(starts, span.end))
    ]
    if not tokens:
        return False
    content = [t for t in tokens if t.is_alpha and t.lower_ not in ctx.pack.function_words]
    if len(content) >= 2 and any(t.lower_ not in generic_words(ctx) for t in content[:-1]):
        return True  # a modified object phrase: "het rooster voor het magazijn"
    head = tokens[-1]
    generic = generic_words(ctx)
    after = goal.doc[head.i + 1] if head.i + 1 < len(goal.doc) else None
    if (
        after is not None
        and after.is_alpha
        and after.lower_ not in ctx.pack.function_words
        and after.lower_ not in generic
        and after.pos_ in ("NOUN", "PROPN", "ADJ", "X")
    ):
        return True  # named after the head: "een cursus Spaans", "the course Python 101"
    base_words = {w.lower().lstrip("*") for w in ctx.pack.words("deliverables")}
    if head.lower_ not in base_words and head.lemma_.lower() not in base_words:
        return True  # matched through a compound ending
    if head.i > 0:
        before = goal.doc[head.i - 1]
        if before.text == "-":
            return True
        if (
            before.is_alpha
            and before.lower_ not in ctx.pack.function_words
            and before.lower_ not in generic
            and (
                before.pos_ not in ("VERB", "AUX", "DET")
                or _gerund(before)
                or _compound_written_apart(goal, ctx, before)
            )
        ):
            return True
    return False


def _compound_written_apart(goal: Goal, ctx: RuleContext, before: Token) -> bool:
    """A Dutch compound written as two words ("heftruck certificaat", "klant rapport"): a
    small tagger calls its first word a verb, but in a verb-final clause no verb but the
    goal's own stands right before a noun; English ('write report') has its verb there."""
    if not ctx.pack.grammar.verb_second or before.pos_ == "AUX":
        return False
    action = goal.action
    return action is None or before.idx != action.start


def _gerund(token: Token) -> bool:
    """An -ing form right before a noun modifies it ("the *bookkeeping* course", "a *driving*
    licence"): part of the name, not the goal's verb."""
    return "Ger" in token.morph.get("VerbForm", [])


def outside_purpose(goal: Goal, matches: list[LexiconMatch]) -> list[LexiconMatch]:
    """Matches that are not in the goal's purpose clause ("zodat ...", "so that ...") nor in
    an aside ("(veilig werken aan ...)", "die mijn chef heeft goedgekeurd"): the purpose
    says why and an aside which thing, so their words do not make the goal itself vague or
    comparative."""
    away = _why_and_which(goal)
    return [m for m in matches if not inside(away, m.start, m.end)]


def whole_goal(goal: Goal) -> tuple[int, int]:
    """Span for findings about something the goal lacks: the goal text without surrounding
    whitespace and final sentence punctuation, so a tool can still highlight it."""
    text = goal.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    while end > start and text[end - 1] in ".!?;:,":
        end -= 1
    return (start, end) if end > start else (0, 0)


def clause_heads(goal: Goal, ctx: RuleContext) -> list[Token]:
    """One verb per goal packed into the text ("... halen, een cursus volgen en ... lopen"),
    as the reading stage found them (``goal.syntax.goal_verbs``), as tokens of the Doc."""
    doc = goal.doc
    if doc is None:
        return []
    by_start = {t.idx: t for t in doc}
    return [by_start[s.start] for s in goal.syntax.goal_verbs if s.start in by_start]


def situations(goal: Goal, ctx: RuleContext) -> list[TextSpan]:
    """Prepositional phrases that place a goal: a preposition from the pack's
    ``situation_prepositions`` followed within a few words by a content word that is not a
    time expression ("tijdens *het weekoverleg*", "in every weekly *team meeting*")."""
    if goal.doc is None:
        return []
    prepositions = {w.lower() for w in ctx.pack.words("situation_prepositions")}
    function_words = ctx.pack.function_words
    times = [TextSpan(text=t.text, start=t.start, end=t.end) for t in goal.deadlines]
    found = []
    doc = goal.doc
    for token in doc:
        if token.lower_ not in prepositions or inside(times, token.idx, token.idx + 1):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        verb_next = after is not None and after.pos_ in ("VERB", "AUX") and after.dep_ != "compound"
        if token.pos_ == "PART" and verb_next:
            continue  # an infinitive marker ("want *to* learn"), no preposition
        for later in doc[token.i + 1 : token.i + 5]:
            if later.is_punct:
                break
            if (
                later.is_alpha
                and len(later) > 2
                and later.lower_ not in function_words
                and not inside(times, later.idx, later.idx + 1)
            ):
                end = later.idx + len(later.text)
                found.append(TextSpan(text=goal.text[token.idx : end], start=token.idx, end=end))
                break
    return found
