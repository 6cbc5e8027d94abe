"""The seam detector: parse a candidate rewrite again and say where it is broken.

A template rewrite moves, drops and adds words; where that goes wrong a reader sees a seam:
two finite verbs in one clause ("ga ik voor rond ik"), a verb without its subject ("By June,
work on ..."), a fronted clause with a stray comma, two deadlines, a negation or modal that
went missing, a label or BOM copied from the input, or English word order in Dutch ("Vóór
juni ik ga", "ik ga maken de rapportage"). The rewriter shows no candidate with a seam.

The candidate is read with the shipped pipeline after its placeholders are replaced by
grammatical stand-ins from the pack (``rewrite.seam_fillers``): a parser cannot read
"[concreet gedrag]", but it can read "oefenen" in the same place. Parsing is most of the cost
of a rewrite, so :class:`SeamParses` parses every candidate of a batch of goals (and each
goal once) in one ``nlp.pipe`` before the candidates are judged one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from smartcheck.fixing.rewrite.asides import means_aside
from smartcheck.fixing.rewrite.context import (
    commitment_words,
    in_subclause,
    looked_back,
    looks_back,
    past_committed,
    past_context,
    past_made_goal,
)
from smartcheck.fixing.rewrite.difficulties import difficulty_spans
from smartcheck.fixing.rewrite.headseams import head_seams, lexical_verb
from smartcheck.fixing.rewrite.hedging import hedge_spans
from smartcheck.fixing.rewrite.reports import report_committed
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import gerund_bases, stem_infinitives
from smartcheck.judging.features.absolutes import before_reason
from smartcheck.reading.anchors import without_modifier_anchors
from smartcheck.reading.pipeline import (
    describe_pipeline,
    get_pipeline,
    is_shouted,
    known_word,
    lemma_of,
    pipeline_lock,
    pipeline_of,
)
from smartcheck.reading.timex import TimeExpression, find_time_expressions
from smartcheck.reading.timex.numbers import number_words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

SeamKind = Literal[
    "residue",
    "doubled",
    "two_finite",
    "two_modals",
    "lost_subject",
    "lost_tense",
    "dangling",
    "two_deadlines",
    "lost_negation",
    "lost_modal",
    "word_order",
    "lost_verb",
    "lost_words",
    "contradiction",
]

_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_MARKER = re.compile(r"(?:^|[.!?;]\s+)(?:[-*•·▪►]|\(?\d+[.)]|[a-z][.)])\s+\S")
_LABEL = re.compile(r"^\s*([^\W\d_][\w'-]*(?:\s+[\w'-]+){0,2})(\s*:|\s+-{1,2})\s+\S")
_PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")
_NOT_VERBS_NL = frozenset(
    {"en", "of", "maar", "dat", "die", "als", "om", "te", "zelf", "ook", "nu"}
)
_ADDED_TIME = frozenset({"2027"})  # the year of the date stand-in (see rewrite.seam_fillers)
_CLOSED = frozenset({"SCONJ", "CCONJ", "ADP", "DET", "PRON", "ADV", "NUM", "PUNCT", "PART"})
_QUOTES = frozenset("'\"\u2018\u2019\u201c\u201d\u201e")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl", "expl:pv"})


@dataclass(frozen=True)
class Seam:
    """One place where a candidate rewrite is broken."""

    kind: SeamKind
    detail: str
    words: tuple[str, ...] = ()  # the offending words, lower case (to compare with the input)


@dataclass(frozen=True)
class _Segment:
    """A stretch of a sentence between punctuation, conjunctions and subordinators."""

    tokens: tuple[Token, ...]
    opener: str  # "start", "punct", "cconj", "sub" (subordinate), "te" (infinitive clause)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


def stand_ins(text: str, style: RewriteStyle) -> str:
    """``text`` with each placeholder replaced by a grammatical stand-in of its kind."""
    fillers = style.seam_fillers
    for kind, label in style.placeholders.model_dump().items():
        text = text.replace(label, fillers.get(kind, "x"))
    return _PLACEHOLDER.sub(fillers.get("behaviour", "x"), text)


def seam_pipeline(goal: Goal) -> Language:
    """The pipeline that reads a candidate rewrite of ``goal`` (and the goal, to compare):
    the one that read the goal (the checker's configured ``model``); the shipped one when
    that is blank (no tags or parse to find seams in) or the goal has no Doc."""
    made = pipeline_of(goal.doc) if goal.doc is not None else None
    if made is not None and describe_pipeline(made) != "blank":
        return made
    return get_pipeline(goal.lang, "shipped")


@dataclass
class SeamParses:
    """The parses the seam detector reads, made once per text and in batches.

    Parsing text by text costs about three times what one ``nlp.pipe`` over the same texts
    costs, and every candidate of a goal used to parse the goal again as well. Call
    :meth:`prepare` with every (goal, candidate) pair a batch will check; :func:`find_seams`
    then only reads. A text it was not prepared for is parsed on first use. Holds Docs: keep
    one no longer than the batch it serves (they keep the pipeline that made them alive).
    """

    docs: dict[tuple[str, str], Doc] = field(default_factory=dict)
    own: dict[tuple[str, str], set[tuple[SeamKind, tuple[str, ...]]]] = field(default_factory=dict)

    def prepare(self, pairs: Iterable[tuple[Goal, str, RewriteStyle]]) -> None:
        """Parse each goal and the stand-in text of each candidate, one pipe per pipeline."""
        todo: dict[str, tuple[Language, dict[str, None]]] = {}
        for goal, candidate, style in pairs:
            nlp, texts = todo.setdefault(goal.lang, (seam_pipeline(goal), {}))
            if (goal.lang, goal.text) not in self.docs and _same_parse(goal, nlp):
                self.docs[(goal.lang, goal.text)] = goal.doc  # type: ignore[assignment]
            for text in (goal.text, stand_ins(candidate, style)):
                if (goal.lang, text) not in self.docs:
                    texts[text] = None  # a dict keeps the first-seen order, once per text
        for lang, (nlp, texts) in todo.items():
            if not texts:
                continue
            with pipeline_lock(nlp):
                docs = list(nlp.pipe(texts, batch_size=len(texts)))
            for text, doc in zip(texts, docs, strict=True):
                self.docs[(lang, text)] = doc

    def doc(self, goal: Goal, text: str) -> Doc:
        key = (goal.lang, text)
        found = self.docs.get(key)
        if found is None:
            nlp = seam_pipeline(goal)
            with pipeline_lock(nlp):
                found = self.docs[key] = nlp(text)
        return found

    def own_seams(
        self, goal: Goal, ctx: RuleContext, style: RewriteStyle
    ) -> set[tuple[SeamKind, tuple[str, ...]]]:
        """The clause seams the goal itself has (not the rewrite's doing), once per goal."""
        key = (goal.lang, goal.text)
        if key not in self.own:
            self.own[key] = {
                (s.kind, s.words) for s in _grammar(self.doc(goal, goal.text), ctx, style, goal)
            }
        return self.own[key]


def _same_parse(goal: Goal, nlp: Language) -> bool:
    """Is the goal's own Doc what ``nlp`` makes of its text? Then it is not parsed again.
    (Not so for another pipeline, or a shouted goal, parsed in sentence case.)"""
    doc = goal.doc
    return (
        doc is not None
        and doc.vocab is nlp.vocab
        and doc.text == goal.text
        and not is_shouted(goal.text)
    )


def find_seams(
    candidate: str,
    goal: Goal,
    ctx: RuleContext,
    style: RewriteStyle,
    parses: SeamParses | None = None,
) -> list[Seam]:
    """Every seam in ``candidate``, a rewrite of ``goal`` (empty when it reads whole).

    ``parses`` holds the parses of a batch (see :class:`SeamParses`); without it the
    candidate and the goal are parsed here."""
    parses = parses if parses is not None else SeamParses()
    seams = _surface(candidate, goal.text, style) + _capital_inside(candidate, goal, style)
    seams += _capital_added(candidate, goal, ctx, style)
    seams += _deadline_in_side_clause(candidate, goal, style)
    seams += _stranded_particle(candidate, goal, ctx, style)
    seams += _result_without_verb(candidate, style)
    filled = stand_ins(candidate, style)
    doc = parses.doc(goal, filled)
    found = find_time_expressions(filled, goal.lang, goal.reference_date, ctx.pack.time)
    times = list(without_modifier_anchors(tuple(found), doc))  # as the reading stage reads
    seams += _time(filled, times, goal, style, doc)
    seams += _time_cut_out(candidate, goal, style)
    seams += _past_before_deadline(times, doc, goal, style)
    seams += [
        Seam("lost_tense", f"the past {time!r} with {word!r}", (time.lower(), word))
        for time, word in past_committed(doc, times, goal.reference_date, style)
        if not _own_past_commitment(time, word, goal, style)
    ]
    seams += _doubled_front(filled, doc, times, goal, style)
    seams += _ensured_without_subject(doc, times, style)
    seams += _until_done(doc, goal, style)
    seams += _past_made_goal(doc, goal, ctx, style)
    seams += _verb_first(doc, goal, style)
    seams += _zero_compared(candidate, doc, ctx, style)
    seams += _deadline_on_others(candidate, filled, doc, ctx, style)
    seams += _kept_words(doc, goal, ctx, style, style.placeholders.number in candidate)
    seams += _unbounded_never(candidate, doc, goal, ctx, style)
    seams += _behaviour_outside_main(doc, goal, ctx, style)
    seams += _others_after_commitment(doc, goal, style)
    seams += _unknown_joins(doc, goal, ctx, style)
    seams += _time_between_verbs(doc, style)
    seams += _list_colon(candidate, goal, ctx)
    seams += _time_after_subject(doc, style)
    seams += _time_inside_fragment(doc, style)
    seams += _clause_after_commitment(doc, ctx, style)
    seams += _others_wish_kept(doc, style)
    seams += _state_committed(doc, ctx, style)
    seams += _torn_amount(doc, goal, ctx, style)
    seams += _verb_as_topic(doc, goal, style)
    seams += _adverb_as_topic(doc, goal, style)
    seams += _aside_between(doc, goal, style)
    seams += _voice_committed(doc, goal, style)
    seams += _voice_cut(doc, goal, style)
    seams += [
        Seam("contradiction", detail, (word,))
        for detail, word in report_committed(doc, goal, style)
    ]
    seams += _imperative_after_front(doc, style)
    seams += _no_verb_after_commitment(doc, goal, style)
    seams += _committed_relative(doc, goal, style)
    own = parses.own_seams(goal, ctx, style)
    seams += [s for s in _grammar(doc, ctx, style, goal) if (s.kind, s.words) not in own]
    return seams


def _voice_cut(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """'By [date], my manager says, I will log ...': another person's verb of saying or
    opinion (the pack's ``voice_verbs``) cut by a comma from the writer's clause it framed,
    which now opens with the writer's subject: neither clause reads whole. The writer's own
    'I think, I ...' and a goal written that way are left alone."""
    if not style.voice_verbs:
        return []
    written = goal.text.lower()
    tokens = list(doc)
    for before, verb, comma, subject in zip(
        tokens, tokens[1:], tokens[2:], tokens[3:], strict=False
    ):
        voiced = verb.lemma_.lower() in style.voice_verbs or verb.lower_ in style.voice_verbs
        if not voiced or comma.text != "," or subject.lower_ not in style.subjects:
            continue
        if before.lower_ in style.subjects or f"{verb.lower_}, {subject.lower_}" in written:
            continue
        return [Seam("dangling", f"{verb.text!r} cut from its clause by a comma", (verb.lower_,))]
    return []


def _voice_committed(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """Someone else's opinion or wish made the writer's commitment ('ga ik mijn collega's
    vinden dat ik ...', 'I will make sure that the director feels that ...'): a verb of
    opinion, wish or saying (the pack's ``voice_verbs``) whose subject in the goal is another
    person stands after the writer's committed auxiliary or inside the own-part frame, with
    no clause boundary between. Their words kept as the reason ('..., zoals mijn
    leidinggevende vindt') follow a comma and are whole; so is their frame with the deadline
    in the writer's clause ('Mijn teamleider wil dat ik vóór [datum] ...', which ranks after
    the rewrite that takes the frame apart, see voices.py)."""
    original = goal.doc
    if original is None or not style.voice_verbs:
        return []
    frame = _frame_words(style.frames.own_part)[-2:]  # 'ervoor dat', 'sure that'
    opens = {*frame[-1:], *style.subjects, *style.object_pronouns}
    voiced = {  # a verb that frames a clause ('vindt dat ...'), not one of the goal's own
        t.lemma_.lower()  # ('dat mijn team vaker feedback vraagt')
        for t in original[:-1]
        if t.lemma_.lower() in style.voice_verbs
        and t.nbor(1).lower_ in opens
        and any(
            c.dep_ in _SUBJECT_DEPS
            and c.pos_ in ("NOUN", "PROPN")
            and c.lower_ not in style.subjects
            for c in t.children
        )
    }
    if not voiced:
        return []
    committed = set(style.subjects.values())
    seams: list[Seam] = []
    for t in doc:
        if t.lemma_.lower() not in voiced and t.lower_ not in voiced:
            continue
        for u in reversed(doc[t.sent.start : t.i]):
            if u.is_punct:
                break
            framed = (
                len(frame) == 2
                and u.lower_ == frame[1]
                and u.i > 0
                and u.nbor(-1).lower_ == frame[0]
            )
            if framed or (u.lower_ in committed and _finite(u)):
                seams.append(
                    Seam("contradiction", f"{t.text!r}, someone else's, committed to", (t.lower_,))
                )
                break
            if u.pos_ == "SCONJ":
                break
    return seams


def _imperative_after_front(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """English: a fronted phrase and then a bare verb ('By [date], listen better to ...'):
    the frame's subject and 'will' are missing, the rewrite reads as an order."""
    if style.word_order == "v2" or len(doc) < 3 or doc[0].pos_ != "ADP":
        return []
    comma = next((t for t in doc[1:] if t.text == ","), None)
    if comma is None or comma.i + 1 >= len(doc):
        return []
    verb = comma.nbor(1)
    while verb.lower_ in style.negations and verb.i + 1 < len(doc):
        verb = verb.nbor(1)  # 'By [date], not forget ...': the negated order too
    if verb.is_lower and (verb.tag_ == "VB" or _dictionary_verb(verb)):
        return [Seam("lost_tense", f"no subject before {verb.text!r}", ("imperative",))]
    return []


#: Words that may stand between 'will' (or 'in order to') and its verb.
_BEFORE_VERB_POS = frozenset({"ADV", "PART"})


def _no_verb_after_commitment(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """English: 'will' or the purpose's 'to' followed by the goal's noun phrase, not a verb
    ('I will documentation, on-call and ...', 'in order to candidate experience'): a
    verbless goal put in a verb's place. The tagger calls any word there a verb, so the
    word must be one the goal has as no verb and the dictionary knows no verb form of."""
    if style.word_order == "v2" or style.frames.purpose is None or goal.doc is None:
        return []
    # a goal's first word (or the first after a label) is often an imperative the tagger
    # calls a noun or a name ('Increase RevPAR', 'Focus: learn SQL'): only the dictionary
    # says it is no verb
    tagged = [t for t in goal.doc if t.i > 0 and not t.nbor(-1).is_punct]
    nouns = {t.lower_ for t in goal.doc if t.pos_ not in ("VERB", "AUX")}
    nouns -= {t.lower_ for t in goal.doc if t.pos_ in ("VERB", "AUX")}
    # the goal's noun before a noun ('member retention'): a noun phrase, whatever the
    # dictionary knows of its first word as a verb
    pairs = {
        (a.lower_, b.lower_)
        for a, b in pairwise(tagged)
        if a.pos_ in ("NOUN", "ADJ") and b.pos_ in ("NOUN", "PROPN")
    }
    commit = {*style.subjects.values(), "'ll"}
    purpose = style.frames.purpose.split("{clause}")[0].split()
    seams = []
    for t in doc:
        committed = t.lower_ in commit and t.i > 0 and t.nbor(-1).lower_ in style.subjects
        start = t.i - len(purpose) + 1
        marked = (
            bool(purpose) and start >= 0 and doc[start : t.i + 1].text.lower() == " ".join(purpose)
        )
        if not (committed or marked):
            continue
        nxt = next(
            (u for u in doc[t.i + 1 :] if u.pos_ not in _BEFORE_VERB_POS or _dictionary_verb(u)),
            None,
        )  # 'will listen better': the small tagger calls 'listen' an adverb
        if nxt is None or nxt.lower_ not in nouns or nxt.tag_ in ("JJR", "RBR"):
            continue
        after = doc[nxt.i + 1].lower_ if nxt.i + 1 < len(doc) else ""
        if (nxt.lower_, after) in pairs or not inflects_as_verb(nxt):
            seams.append(
                Seam("lost_verb", f"no verb after {t.text!r}: {nxt.text!r}", (nxt.lower_,))
            )
    return seams


_RELATIVE_DEPS = frozenset({"acl:relcl", "relcl", "acl"})


def _committed_relative(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """The commitment put on the verb of a clause that described a noun of the goal ('no
    errors in anything we send' -> '..., in anything, we will send'): the rewrite cut the
    clause from its noun with a comma and made it the goal."""
    if goal.doc is None:
        return []
    commit = commitment_words(style)
    seams = []
    for verb in goal.doc:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if verb.dep_ not in _RELATIVE_DEPS or subject is None or subject.i == 0:
            continue
        noun = goal.doc[subject.i - 1]
        if noun.is_punct or any(e.start <= noun.idx < e.end for e in goal.deadlines):
            continue  # 'Every week I call ...': a fronted time, no noun the clause describes
        if "," not in goal.text[: noun.idx]:
            continue  # 'As an agent at the gate I ...', 'Every sprint I ...': a front the
            # tagger may hang the main clause on, not a noun the clause describes
        seams += [
            Seam("dangling", f"{verb.text!r} cut from {noun.text!r}", (verb.lower_,))
            for t in doc
            if t.lower_ in commit
            and t.i >= 3
            and [u.lower_ for u in doc[t.i - 3 : t.i]] == [noun.lower_, ",", subject.lower_]
        ]
    return seams


def inflects_as_verb(token: Token) -> bool:
    """English: the dictionary knows a form in -ing ('building', 'meeting': a noun too, but
    no noun has one that is not a verb's) or one in -(e)d whose lemma is ``token``
    ('reviewed'); it knows none for 'newsletter', 'documentation' or 'social'."""
    word = token.lower_
    stem = word[:-1] if word.endswith("e") and len(word) > 2 else word
    if any(known_word(f, "en") for f in {f"{word}ing", f"{stem}ing", f"{word}{word[-1]}ing"}):
        return True
    forms = {f"{stem}ed", f"{word}ed", f"{word}{word[-1]}ed", f"{word[:-1]}ied"}
    return any(known_word(f, "en") and lemma_of(f, "en").lower() == word for f in forms)


def _torn_amount(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A word of amount torn from the noun it counts ('er minder faalkosten zijn op onze
    projecten' -> 'er minder op onze projecten faalkosten zijn'): in the goal it stood right
    before its noun; in the candidate a prepositional phrase came between them (never the
    infinitive marker of a verb it modifies: 'om mijn Engels beter te maken')."""
    original = goal.doc
    if original is None:
        return []
    amounts = {w.lower() for w in ctx.pack.words("comparatives") if " " not in w}
    markers = {m.lower() for m in style.infinitive_markers}
    pairs = {
        (t.lower_, t.nbor().lower_)
        for t in original[:-1]
        if t.lower_ in amounts and t.head.i == t.i + 1 and t.nbor().pos_ in ("NOUN", "VERB")
    }
    seams: list[Seam] = []
    for amount, noun in pairs:
        for t in doc[:-1]:
            nxt = t.nbor()
            if t.lower_ != amount or nxt.pos_ != "ADP" or nxt.lower_ in {noun, *markers}:
                continue
            later = [u for u in t.sent if u.i > t.i + 1 and u.lower_ == noun]
            together = any(u.lower_ == amount and u.nbor().lower_ == noun for u in doc[:-1])
            if later and not together:
                seams.append(Seam("word_order", f"{amount!r} apart from {noun!r}", (amount, noun)))
    return seams


def _aside_between(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A bracketed aside the rewrite put between two words that stood together in the goal
    ('during evaluation ([date]) meetings': the event's date inside a compound)."""
    original = goal.doc
    if original is None:
        return []
    v2 = style.word_order == "v2"
    pairs = {(t.lower_, t.nbor(1).lower_) for t in original[:-1] if not _clause_goes_on(t, v2)}
    seams: list[Seam] = []
    for t in doc[1:]:
        if t.text != "(":
            continue
        close = next((u for u in doc[t.i + 1 :] if u.text == ")"), None)
        if close is None or close.i + 1 >= len(doc):
            continue
        before, after = t.nbor(-1), close.nbor(1)
        if (before.lower_, after.lower_) in pairs and before.is_alpha and after.is_alpha:
            seams.append(
                Seam("word_order", f"an aside splits {before.text!r} {after.text!r}", ("aside",))
            )
    return seams


def _clause_goes_on(token: Token, v2: bool) -> bool:
    """The word after ``token`` is the clause's verb: a verb, or in a verb-second language
    a word right before a subject pronoun ("Vóór de kerstdrukte *leer ik* ...", the tagger
    may call "leer" a noun). An aside there follows a fronted phrase ("Vóór de kerstdrukte
    ([datum]) leer ik"), it splits no compound."""
    after = token.nbor(1)
    if after.pos_ in ("VERB", "AUX"):
        return True
    if not v2 or after.i + 1 >= len(token.doc):
        return False
    subject = after.nbor(1)
    return subject.pos_ == "PRON" and "Nom" in subject.morph.get("Case", [])


def _verb_as_topic(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """English: the goal's own bare verb right after a preposition the rewrite put before it
    ('[concrete behaviour] for greet customers'): a verb phrase wrapped as a topic. The
    parse of the goal says it is a verb; the candidate's tagger may call it a noun. 'to' and
    'than' ('rather than cook') take a bare verb."""
    original = goal.doc
    if style.word_order == "v2" or original is None:
        return []
    verbs = {t.lower_ for t in original if t.pos_ == "VERB" and t.tag_ in ("VB", "VBP")}
    written = {(t.lower_, t.nbor(1).lower_) for t in original[:-1]}
    credits = (style.frames.as_agreed, style.frames.as_requested, style.frames.as_discussed)
    written |= {(f.split()[0].lower(), f.split()[1].lower()) for f in credits if f}  # ours
    return [
        Seam("word_order", f"'{t.text} {t.nbor(1).text}'", (t.lower_, "verb"))
        for t in doc[:-1]
        if t.tag_ == "IN"
        and t.lower_ not in ("to", "than")
        and t.nbor(1).lower_ in verbs
        and (t.lower_, t.nbor(1).lower_) not in written
    ]


def _adverb_as_topic(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """The domain frame's preposition before an adverb of the goal ('ga ik voor *eigenlijk*
    [concreet gedrag]', 'for *honestly*'): the adverb went where a topic belongs. The parse
    of the goal says it is an adverb; the writer never put the two together."""
    original = goal.doc
    preposition = style.frames.domain.split("{topic}")[0].strip().lower()
    if original is None or not preposition:
        return []
    adverbs = {  # an adverb, or an adjective that modifies no noun ('eigenlijk ook')
        t.lower_
        for t in original[:-1]
        if t.is_alpha
        and (t.pos_ == "ADV" or (t.pos_ == "ADJ" and t.nbor(1).pos_ not in ("NOUN", "PROPN")))
    }
    written = {(t.lower_, t.nbor(1).lower_) for t in original[:-1]}
    return [
        Seam("word_order", f"'{t.text} {t.nbor(1).text}'", (t.lower_, "adverb"))
        for t in doc[:-1]
        if t.lower_ == preposition
        and t.nbor(1).lower_ in adverbs
        and (t.lower_, t.nbor(1).lower_) not in written
    ]


def _added_deadlines(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """Each added deadline of a candidate ('vóór 1 juni 2027', the date stand-in): the word
    before its marker and the word after it; the candidate's word-order checks look there."""
    for t in doc:
        if t.text not in _ADDED_TIME or t.i + 1 >= len(doc):
            continue
        start = t.i
        while start > 0 and doc[start - 1].pos_ in ("NUM", "PROPN", "NOUN"):
            start -= 1  # back over '1 juni' / '1 June' to the marker
        if start >= 2 and doc[start - 1].pos_ == "ADP":
            yield doc[start - 2], doc[t.i + 1]


def _time_between_verbs(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """The added deadline between two verbs of one cluster ('Draaitabellen leren vóór
    [datum] maken'): the phrase splits what belongs together."""
    verbs = ("VERB", "AUX")
    return [
        Seam("word_order", f"the deadline between {before.text!r} and {after.text!r}")
        for before, after in _added_deadlines(doc)
        if before.pos_ in verbs
        and not _finite(before)
        and (after.pos_ in verbs or _verb_by_probe(after, style))  # 'opmaken' read as a noun
    ]


def _unknown_joins(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A particle of the goal joined to a word the dictionary does not know ('moeten de deur
    uit' -> 'uitmoeten'): a separable verb the rewrite made up."""
    original = goal.doc
    if original is None:
        return []
    written = {t.lower_ for t in original} | {t.lemma_.lower() for t in original}
    particles = [*ctx.pack.words("separable_particles"), *style.direction_words]
    seams: list[Seam] = []
    for t in doc:
        if not t.is_alpha or t.lower_ in written:
            continue
        for particle in particles:
            rest = t.lower_[len(particle) :]
            if t.lower_.startswith(particle) and particle in written and rest in written:
                if not known_word(t.lower_, lang=goal.lang):
                    seams.append(Seam("residue", f"{t.text!r} is no word", (t.lower_,)))
                break
    return seams


def _others_after_commitment(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """The writer's committed verb put before the people the goal is about ('I will team
    leads hold', 'I will managers train'): the word right after 'I will' is the subject of
    the goal's own clause. A verb of the writer's in between ('I will help team leads hold')
    is whole. Verb-second languages put the object there ('Ik ga klanten bellen'): not them.
    """
    original = goal.doc
    if original is None or style.word_order == "v2":
        return []
    others = set()
    for t in original:
        if t.dep_ in _SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN"):
            modifiers = ("compound", "amod", "nmod:poss")  # 'shift supervisors', 'our interns'
            others |= {t.lower_} | {c.lower_ for c in t.lefts if c.dep_ in modifiers}
    committed = set(style.subjects.values())
    seams: list[Seam] = []
    for t in doc[1:-1]:
        if t.lower_ in committed and t.nbor(-1).lower_ in style.subjects:
            nxt = t.nbor(1)
            if nxt.lower_ in others:
                seams.append(Seam("word_order", f"{nxt.text!r} right after {t.text!r}", ("subj",)))
    return seams


def _behaviour_outside_main(
    doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """The behaviour the frame asks for belongs to the main clause, not after a comma or
    inside someone else's clause ('..., zeg maar [concreet gedrag]')."""
    filler = style.seam_fillers.get("behaviour", "").lower()
    if not filler or filler in goal.text.lower():
        return []
    state = 0  # 0: before the main clause's verb, 1: inside the main clause, 2: after it
    inner = False  # inside a clause that a relative word or subordinator opened
    openers = {w.lower() for w in style.relativizers}
    roles = set(ctx.pack.words("predicative_markers"))  # 'als teamleider' opens no clause
    pronouns = set(ctx.pack.words("subject_pronouns"))
    for token in doc:
        if token.is_punct and token.text in ",;:.":
            state = 2 if state == 1 else state
            inner = False
            continue
        opens = token.pos_ == "SCONJ" or token.lower_ in openers
        if opens and token.lower_ in roles and not _clause_follows(token, pronouns):
            opens = False
        if state == 1 and opens:
            inner = True  # 'ga ik ... documenteren wat ik [gedrag] ...'
        elif inner and token.lower_ != filler and _inner_verb(token, pronouns):
            inner = False  # the inner clause has its verb: 'waarop ik communiceer [gedrag]'
        if state == 0 and _finite(token) and not _in_date(token):
            state = 1
        if token.lower_ == filler and (state == 2 or inner):
            before = doc[token.i - 1] if token.i > 0 else None
            if before is not None and before.lower_ in style.infinitive_markers:
                continue  # a purpose clause of its own: 'om te oefenen'
            if _in_learning_result(doc, token.idx, filler, style):
                continue
            return [Seam("word_order", "the behaviour stands outside the main clause", ("beh",))]
    return []


def _in_date(token: Token) -> bool:
    """A month before a year ('By 23 May 2027', 'By May 2027'), which the tagger may read as
    the modal 'may': no verb of the main clause. A verb after a year ('Vóór 1 juni 2027 ga
    ik') is one."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    opening = token.i == 0 or bool(token.is_sent_start)  # 'Haal 3 ...' is a verb
    return not opening and after is not None and after.like_num and token.text.istitle()


def _inner_verb(token: Token, pronouns: set[str]) -> bool:
    """The verb of a clause inside the main one: tagged so, or the content word right after
    its subject pronoun, which the tagger may call a noun ('waarop ik communiceer')."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    after_subject = token.i > 0 and token.nbor(-1).lower_ in pronouns
    closed = ("DET", "ADP", "ADV", "PRON", "NUM", "PUNCT", "CCONJ", "SCONJ", "PART")
    return after_subject and token.is_alpha and token.pos_ not in closed


def _in_learning_result(doc: Doc, at: int, filler: str, style: RewriteStyle) -> bool:
    """The behaviour stands in the result clause a learning goal asks for, the pack's
    ``learning_result`` at the very end of the sentence (', zodat ik [concreet gedrag] kan';
    see learning.py), not in a clause of someone else's or mid-sentence."""
    frame = style.frames.learning_result
    if frame is None:
        return False
    result = frame.format(behaviour=filler).strip(" ,").lower()
    text = doc.text.rstrip(" .!").lower()
    start = len(text) - len(result)
    return text.endswith(result) and start <= at < len(text)


def _plural_writer(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A frame's verb for one writer next to a plural writer ('zorg wij ervoor', 'we ga'):
    the frames' singular verbs are the default subject's auxiliary and the own part's verb,
    the plural writers the subjects whose auxiliary differs."""
    mine = style.subjects.get(style.default_subject.lower())
    if mine is None or style.frames.own_part is None:
        return []
    singular = {mine, style.frames.own_part.split()[0].lower()}
    plural = {s for s, aux in style.subjects.items() if aux != mine}
    for t, nxt in pairwise(doc):
        pair = {t.lower_, nxt.lower_}
        if pair & singular and pair & plural and t.lower_ != nxt.lower_:
            return [Seam("lost_tense", f"{t.text} {nxt.text}: the verb does not agree", ("agr",))]
    return []


def _grammar(
    doc: Doc, ctx: RuleContext, style: RewriteStyle, goal: Goal | None = None
) -> list[Seam]:
    """Seams of clause structure; those the goal itself has are not the rewrite's doing."""
    seams = _own_part_clause(doc[:], ctx, style) + _purpose_clause(doc[:], ctx, style)
    seams += _plural_writer(doc, style)
    seams += [  # a comparative phrase where a verb belongs (headseams.py)
        Seam(kind, detail, (word,))  # type: ignore[arg-type]
        for kind, detail, word in (head_seams(doc, goal, ctx, style) if goal else [])
    ]
    v2 = style.word_order == "v2"
    for sentence in doc.sents:
        if not any(t.is_alpha for t in sentence):
            continue
        segments = _segments(sentence, ctx, style)
        seams += _clause_seams(sentence, segments, ctx, style, v2)
        opening = next((t for t in sentence if t.is_alpha), None)
        asks = sentence.text.rstrip().endswith("?")
        if v2 and opening is not None and opening.pos_ == "AUX" and _finite(opening) and not asks:
            seams.append(Seam("word_order", f"{opening.text!r} first: a question", ("v1",)))
        seams += [
            Seam("dangling", f"the article {t.text!r} before {t.nbor(1).text!r}", (t.lower_,))
            for t in sentence[:-1]
            if t.lower_ in style.articles and t.nbor(1).pos_ == "ADP" and t.pos_ == "DET"
        ]  # 'the By 30 November stand-up': a phrase put inside a noun phrase
        seams += [
            Seam("doubled", f"the article {t.text!r} before {t.nbor(1).text!r}", (t.lower_,))
            for t in sentence[:-1]
            if t.lower_ in style.articles and "Yes" in t.nbor(1).morph.get("Poss", [])
        ]  # 'voor de mijn netwerk': an article left over from a phrase that went
        if v2:
            seams += _separable_apart(sentence, ctx, style)
            # the goal's own order is read in a candidate only: the goal's own seams are
            # what a candidate's seams are measured against (find_seams)
            written = goal.text if goal is not None and doc.text != goal.text else ""
            seams += _dutch_order(sentence, segments, ctx, style, written)
            seams += _no_verb_after_front(sentence, ctx)
            seams += _preposition_before_pronoun_adverb(sentence, style)
            seams += _te_after_commitment(sentence, ctx, style)
    return seams


def _frame_words(frame: str | None, before: bool = True) -> list[str]:
    """The words of a frame before (or after) its ``{clause}``, lower case."""
    if not frame or "{clause}" not in frame:
        return []
    head, tail = frame.split("{clause}", 1)
    return (head if before else tail).lower().split()


def _find(tokens: list[Token], words: list[str]) -> list[int]:
    """Where the word sequence ``words`` starts in ``tokens``."""
    n = len(words)
    return [
        i
        for i in range(len(tokens) - n + 1)
        if n and [t.lower_ for t in tokens[i : i + n]] == words
    ]


def _clause_after(tokens: list[Token], start: int) -> list[Token]:
    """The tokens from ``start`` to the next comma, semicolon or sentence end."""
    end = next((n for n in range(start, len(tokens)) if tokens[n].text in ",;:.!?"), len(tokens))
    return tokens[start:end]


def _own_part_clause(span: Span, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The own part's that-clause ('zorg ervoor dat ...', 'make sure that ...') is what the
    writer sees to, in the present: a modal of duty inside it stacks a second duty on the
    frame ('dat het team sneller moet reageren', 'that staff must complete'), and a singular
    subject with only plural or bare verbs was never made finite ('dat het team sneller
    reageren', 'that the help desk answer')."""
    key = _frame_words(style.frames.own_part)[-2:]
    tokens = list(span)
    seams: list[Seam] = []
    duties = [w.lower().split() for w in ctx.pack.words("obligation_modals")]
    particles = set(ctx.pack.words("separable_particles"))
    for at in _find(tokens, key) if len(key) == 2 else []:
        clause = _clause_after(tokens, at + 2)
        words = [t.lower_ for t in clause]
        duty = next((d for d in duties if _find(clause, d)), None)
        joined = [t.text for t in clause if _particle_on(t.lower_, duties, particles)]
        duty = duty or ([joined[0]] if joined else None)  # 'de deur uitmoeten'
        if duty is not None:
            seams.append(
                Seam("two_modals", f"{' '.join(duty)!r} inside '{' '.join(key)} ...'", ("duty",))
            )
        if words and _te_for_finite(clause, style):
            seams.append(Seam("lost_tense", f"'te' without its infinitive in {words!r}", ("te",)))
        wish = next((t for t in clause if _voiced_wish(t, style, ctx)), None)
        if wish is not None:  # 'make sure that management wants ...': nobody sees to a wish
            seams.append(Seam("word_order", f"another's wish {wish.text!r} inside the own part"))
        if words and (
            _unagreed(clause, style)
            or _bare_first_verb(clause, style)
            or _existential_unagreed(clause, style)
        ):
            seams.append(
                Seam("lost_tense", f"no finite verb for the subject of {words!r}", ("agr",))
            )
    return seams


def _voiced_wish(token: Token, style: RewriteStyle, ctx: RuleContext) -> bool:
    """A finite verb of wishing ('wants', 'wil', 'verwacht'; the pack's ``wanting_verbs``),
    or one of judging with its clause ('vindt dat', 'thinks that'): what someone else wants
    or thinks, which no one can see to. 'vraagt', 'plaatsvindt' are neither."""
    if token.pos_ not in ("VERB", "AUX") or not _finite(token):
        return False
    lemma = token.lemma_.lower()
    if lemma in style.wanting_verbs:
        return True
    thats = {w.lower() for w in ctx.pack.words("complement_markers")}
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return lemma in style.voice_verbs and after is not None and after.lower_ in thats


def _existential_unagreed(clause: list[Token], style: RewriteStyle) -> bool:
    """'that there is fewer mistakes': after an empty subject (the pack's
    ``existential_subjects``) the verb agrees with the noun that follows it."""
    if len(clause) < 3 or clause[0].lower_ not in style.existential_subjects:
        return False
    singular = set(style.present_forms.get("singular", {}).values())
    plural = set(style.present_forms.get("plural", {}).values())
    at = next((n for n in range(2, len(clause)) if clause[n].pos_ in ("NOUN", "PROPN")), None)
    if at is None:
        return False
    while at + 1 < len(clause) and clause[at + 1].pos_ == "NOUN":
        at += 1  # 'two staff members': the last noun is the head
    number = clause[at].morph.get("Number", [])
    verb = clause[1].lower_
    return (verb in singular and "Plur" in number) or (verb in plural and "Sing" in number)


def _te_for_finite(clause: list[Token], style: RewriteStyle) -> bool:
    """Dutch: the own part's that-clause kept the 'te' of a dropped 'dient ... te': before a
    finite form ('plaats te vindt'), or before the clause's only verbs ('dat de
    vergaderingen korter te worden'); an 'om ... te' of its own is fine."""
    markers = set(style.infinitive_markers)
    if style.word_order != "v2" or not markers:
        return False
    if any(t.lower_ in style.complementizers for t in clause):
        return False
    verbs = [n for n, t in enumerate(clause) if t.pos_ in ("VERB", "AUX")]
    after_te = [n for n in verbs if n > 0 and clause[n - 1].lower_ in markers]
    finite_after = any(not clause[n].lower_.endswith("n") for n in after_te)
    return finite_after or (bool(verbs) and len(after_te) == len(verbs))


def _particle_on(word: str, duties: list[list[str]], particles: set[str]) -> bool:
    """A separable particle written onto a modal of duty ('uitmoeten'): no verb of Dutch."""
    return any(
        word.startswith(p) and [word[len(p) :]] in duties for p in particles if len(word) > len(p)
    )


def _bare_first_verb(clause: list[Token], style: RewriteStyle) -> bool:
    """The clause's first verb, after a subject, is a base form whose present differs for
    every subject ('that parents be kept informed': a passive whose modal went but whose
    'be' was never made finite; the pack's ``present_forms`` plural: be -> are)."""
    plural = style.present_forms.get("plural", {})
    verbs = [n for n, t in enumerate(clause) if t.pos_ in ("VERB", "AUX")]
    if not verbs or plural.get(clause[verbs[0]].lower_, clause[verbs[0]].lower_) == (
        clause[verbs[0]].lower_
    ):
        return False
    return any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in clause[: verbs[0]])


def _unagreed(clause: list[Token], style: RewriteStyle) -> bool:
    """A singular noun subject opens the clause, but its verbs are all plural or bare."""
    n = 0
    while n < len(clause) and (
        clause[n].pos_ in ("DET", "ADJ", "NUM") or "Yes" in clause[n].morph.get("Poss", [])
    ):
        n += 1
    if n >= len(clause) or clause[n].pos_ not in ("NOUN", "PROPN"):
        return False
    first_noun = n
    while (
        n + 1 < len(clause)
        and clause[n + 1].pos_ in ("NOUN", "PROPN")
        and not (clause[n + 1].lower_.endswith("en") and style.word_order == "v2")
    ):
        n += 1  # 'the help desk': the last noun is the head
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in clause[n + 1 :])
    if style.word_order != "v2" and n > first_noun and verbless:
        probe = _probe(clause[n], style)  # 'the help desk answer ...': 'answer' is the verb
        if probe is not None and probe.pos_ == "VERB" and probe.tag_ in ("VB", "VBP"):
            head = clause[n - 1]
            return (
                "Sing" in head.morph.get("Number", [])
                and head.lemma_.lower() == head.lower_
                and head.lower_ not in style.collective_nouns
            )
    subject = clause[n]
    plural = subject.lemma_.lower() != subject.lower_  # 'stagiairs' -> 'stagiair'
    singular = "Sing" in subject.morph.get("Number", []) and not plural
    if not singular or subject.lower_ in style.collective_nouns:
        return False
    rest = clause[n + 1 :]
    if any(t.pos_ == "CCONJ" for t in rest[:2]):
        return False  # 'het team en ik'
    verbs = [t for t in rest if t.pos_ in ("VERB", "AUX") and not _attributive(t)]
    if style.word_order == "v2":
        return bool(verbs) and all(t.lower_.endswith("en") for t in verbs)
    first = verbs[0] if verbs else None
    return first is not None and first.tag_ in ("VB", "VBP") and first.i == subject.i + 1


def _purpose_clause(span: Span, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """An infinitive clause has no subject and no finite verb of its own: 'om als docent wil
    ik beter te worden', 'in order to as a coach I give ...' keep the goal's main clause
    inside it. Only a subordinate clause inside it may have a subject ('om wat ik leer toe
    te passen'). And the object of 'om ... te krijgen' / 'in order to get' is a thing, not
    an infinitive ('om doorgroeien naar teamleider te krijgen')."""
    tokens = list(span)
    nominative = set(ctx.pack.words("nominative_pronouns"))
    openers = set(ctx.pack.words("subordinators")) | set(style.relativizers)
    openers |= set(style.clause_ends)
    seams: list[Seam] = []
    openings = [list(style.complementizers[:1]), _frame_words(style.frames.purpose)]
    found = {(at, len(words)) for words in openings if words for at in _find(tokens, words)}
    for at, size in sorted(found):
        clause = _clause_after(tokens, at + size)
        if style.word_order == "v2":  # 'om ... te': up to its 'te'
            stop = next(
                (n for n, t in enumerate(clause) if t.lower_ in style.infinitive_markers), None
            )
            if stop is None:
                seams += _purpose_without_te(tokens, at, clause)
                continue
            seams += _clause_after_infinitive(clause[stop + 2 :], nominative, openers)
            clause = clause[:stop]
            joined = next(  # 'om meer bewegen en gezonder te eten': each verb takes its 'te'
                (
                    t
                    for n, t in enumerate(clause[:-1])
                    if clause[n + 1].pos_ == "CCONJ"
                    # a verb, or a noun in -en that is its own lemma ('wandelen'); a plural
                    # ('klanten' -> 'klant') is a noun
                    and (t.pos_ in ("VERB", "AUX") or t.lemma_.lower() == t.lower_)
                    and (_infinitive(t) or _infinitive_like(t))
                    and (n == 0 or clause[n - 1].lower_ not in style.infinitive_markers)
                ),
                None,
            )
            if joined is not None:
                detail = f"{joined.text!r} without 'te' before 'en'"
                seams.append(Seam("lost_tense", detail, ("te",)))
            if len(clause) > 1 and clause[1].pos_ == "SCONJ" and _infinitive_like(clause[0]):
                # 'om zorgen dat ... te hebben': the 'te' went into the clause after it
                detail = f"{clause[0].text!r} without 'te' before its clause"
                seams.append(Seam("lost_tense", detail, ("te",)))
        lead = next((t for t in clause if t.pos_ != "ADV"), None)
        if lead is not None and lead.tag_ in ("VBN", "VBD", "VBZ", "VBG") and size > 1:
            seams.append(  # 'in order to given more responsibility': no bare verb after 'to'
                Seam("lost_tense", f"{lead.text!r} after {tokens[at + size - 1].text!r}", ("to",))
            )
        wishes = set(ctx.pack.words("wish_verbs"))
        if lead is not None and lead.pos_ == "VERB" and lead.lemma_.lower() in wishes:
            seams.append(  # 'in order to hope my manager gives me ...': the wish kept
                Seam("two_modals", f"the wish {lead.text!r} as the purpose", ("wish",))
            )
        # English: a clause opened by its infinitive may go on with a clause of its own
        # ('to show my manager I can lead'); Dutch puts the infinitive last, after 'te'
        opened = style.word_order != "v2" and lead is not None and lead.pos_ in ("VERB", "AUX")
        if not opened:
            modals = set(style.modals)
            if style.word_order == "v2":  # before its 'te' a plural modal is finite too
                modals |= {w for w in ctx.pack.words("modal_verbs") if " " not in w}
            dates = set(ctx.pack.time.case_sensitive)
            seams += _modal_inside(clause, openers, modals, dates)
        for n, t in enumerate(clause):
            before = clause[n - 1].lower_ if n else tokens[at + size - 1].lower_
            if t.lower_ in nominative and before not in openers and not opened:
                seams.append(
                    Seam(
                        "two_finite",
                        f"a subject inside {' '.join(x.text for x in clause)!r}",
                        ("inf-subject",),
                    )
                )
                break
    seams += _infinitive_object(tokens, style)
    return seams


def _purpose_without_te(tokens: list[Token], at: int, clause: list[Token]) -> list[Seam]:
    """Dutch: a purpose clause the frame opened after a comma (', om meer verantwoordelijkheid
    krijgen') has its verb but lost its 'te'; 'om' as a preposition ('om 9 uur', 'vraag om
    hulp') has no verb after it."""
    if at == 0 or tokens[at - 1].text != ",":
        return []
    verb = next((t for t in clause if t.pos_ in ("VERB", "AUX") and not _attributive(t)), None)
    if verb is None:
        return []
    return [Seam("word_order", f"no 'te' before {verb.text!r} after 'om'", ("om-te",))]


def _clause_after_infinitive(
    rest: list[Token], nominative: set[str], openers: set[str]
) -> list[Seam]:
    """Dutch: words after the purpose's 'te' + infinitive in the same clause with a subject
    of their own ('om elke dienst te hebben *controleer ik* de medicijnkar'): a main clause
    glued to the purpose. A subordinate clause may follow ('om beter te worden *als ik*
    presenteer')."""
    for n, t in enumerate(rest):
        if t.lower_ in openers:
            return []
        if t.lower_ in nominative and n > 0:
            glued = f"{rest[n - 1].text} {t.text}"
            return [Seam("two_finite", f"{glued!r} after the purpose's infinitive", ("inf-main",))]
    return []


def _modal_inside(
    clause: list[Token], openers: set[str], modals: set[str], dates: set[str]
) -> list[Seam]:
    """A finite modal inside an infinitive clause ('om er moet elke week iemand ... uit te
    ruimen', 'in order to there must be'): the goal's own clause kept whole inside it. A
    subordinate clause of its own may have one ('om wat ik moet leren toe te passen'), and
    a month is no modal ('by 23 May 2027'; ``dates``)."""
    for n, t in enumerate(clause):
        if t.lower_ in openers:
            return []
        if t.lower_ in modals and n > 0 and t.text not in dates:
            return [Seam("two_finite", f"the modal {t.text!r} inside the purpose", ("inf-modal",))]
    return []


def _infinitive_object(tokens: list[Token], style: RewriteStyle) -> list[Seam]:
    """'om dit jaar doorgroeien naar teamleider te krijgen', 'in order to get move into':
    the wished-for thing of the purpose-object frame is an infinitive phrase."""
    head, tail = (
        _frame_words(style.frames.purpose_object),
        _frame_words(style.frames.purpose_object, before=False),
    )
    if not head:
        return []
    for at in _find(tokens, head):
        clause = _clause_after(tokens, at + len(head))
        if tail:
            ends = _find(clause, tail)
            if not ends:
                continue
            clause = clause[: ends[0]]
        markers = {m.lower() for m in style.infinitive_markers}
        if tail and any(t.lower_ in markers for t in clause):
            continue  # 'om beter te plannen en een vaste baan te krijgen': a purpose of its own
        for n, t in enumerate(clause):
            before = clause[n - 1] if n > 0 else None
            # a comparative of manner before a Dutch form in -en ('beter plannen') makes it
            # the verb; one of amount ('meer klanten') a noun
            manner = (
                before is not None
                and style.word_order == "v2"
                and "Cmp" in before.morph.get("Degree", [])
                and before.lower_ not in style.amount_words
                and _infinitive_like(t)
            )
            if manner:
                return [
                    Seam("word_order", f"the infinitive {t.text!r} as a thing to get", ("get-inf",))
                ]
            noun_like = before is not None and before.pos_ in ("DET", "ADJ", "PRON")
            bare = "Inf" in t.morph.get("VerbForm", []) or t.tag_ == "VB"
            verb = t.pos_ in ("VERB", "AUX") and bare
            # Dutch: a form in -en that is its own lemma is an infinitive, whatever the tag
            # ('overstappen'), a plural noun is not ('klanten' -> 'klant')
            own = (
                style.word_order == "v2"
                and t.pos_ in ("NOUN", "VERB", "ADV")
                and len(t.lower_) > 4
                and t.lower_.endswith("en")
                and t.lemma_ == t.lower_
            )
            if (verb or own) and not noun_like and (tail or n == 0):
                return [
                    Seam("word_order", f"the infinitive {t.text!r} as a thing to get", ("get-inf",))
                ]
    return []


def _separable_apart(sentence: Span, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """Dutch writes a separable verb as one word when it stands together ('afronden'): a
    particle right before the rest of its verb ('af ronden', 'in werken') is a wrong split.
    Not after 'er'/'daar' earlier in the clause, whose preposition the particle may be ('er
    elke week mee oefenen'), and not after a preposition that opens a clause ('door lezen')."""
    particles = set(ctx.pack.words("separable_particles")) - style.clause_prepositions
    seams: list[Seam] = []
    tokens = list(sentence)
    for n, (t, nxt) in enumerate(pairwise(tokens)):
        if t.lower_ not in particles or not (nxt.is_alpha and nxt.is_lower):
            continue
        if not nxt.lower_.endswith("en") or nxt.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        clause = tokens[: n + 1]
        start = max(
            (i for i, w in enumerate(clause) if w.text in ",;:" or w.pos_ == "CCONJ"), default=-1
        )
        if any(w.lower_ in style.pronoun_adverbs for w in clause[start + 1 :]):
            continue
        if known_word(t.lower_ + nxt.lower_, lang=sentence.doc.lang_):
            seams.append(
                Seam("word_order", f"'{t.text} {nxt.text}' apart", (t.lower_ + nxt.lower_,))
            )
    return seams


def _no_verb_after_front(sentence: Span, ctx: RuleContext) -> list[Seam]:
    """Dutch verb second: after a fronted phrase ('Vóór 1 juni 2027') the finite verb comes
    next. When a noun phrase follows instead ('Vóór 1 juni 2027 mijn Engels verbeteren') the
    clause has no finite verb, whatever the tagger calls the infinitive at its end (a plural
    form in -en looks the same). Judged by position, so only a phrase fronted by a
    preposition counts, and anything the tagger may call a verb clears it."""
    first = next((t for t in sentence if not t.is_punct), None)
    if first is None or first.pos_ != "ADP" or first.dep_ != "case" or first.head.i < first.i:
        return []
    if _second_before_subject(list(sentence), ctx):
        return []  # 'Na de zomer rond ik ...': the parser may hang 'rond ik' on the front
    end = first.head.right_edge.i
    if end + 1 >= sentence.end or any(t.is_punct for t in sentence.doc[first.i : end + 1]):
        return []
    nxt = sentence.doc[end + 1]
    if nxt.lower_ in ctx.pack.words("subject_pronouns"):
        return []  # 'Vóór juni ik ga': English order, a seam of its own (word_order)
    if nxt.pos_ not in ("DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM") or _finite(nxt):
        return []
    return [Seam("lost_tense", f"no finite verb after the front, at {nxt.text!r}", ("v2",))]


def _preposition_before_pronoun_adverb(sentence: Span, style: RewriteStyle) -> list[Seam]:
    """Dutch writes 'er'/'daar' onto its preposition ('ervoor', 'daarmee'): a preposition
    right before one is a frame pushed into the clause ('ga ik voor er mijn best voor doen').
    A preposition that opens a te-clause may stand there ('door er ... aan te werken')."""
    seams: list[Seam] = []
    for t in sentence[:-1]:
        nxt = t.nbor(1)
        if (
            t.pos_ == "ADP"
            and t.lower_ in style.prepositions
            and t.lower_ not in style.clause_prepositions
            and nxt.lower_ in style.pronoun_adverbs
        ):
            seams.append(
                Seam("word_order", f"'{t.text} {nxt.text}' apart", (t.lower_ + nxt.lower_,))
            )
    return seams


def _te_after_commitment(sentence: Span, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The committed auxiliary takes a bare infinitive ('ga ik de vloer vegen'): a 'te'
    before a verb in its clause is left over from a te-verb that went ('ga ik de vloer te
    vegen'). A clause a complementizer, subordinator or clause preposition opens may have
    its own ('om ... te', 'door ... te', 'zonder ... te'); a 'te' before a noun belongs to a
    fixed phrase ('te woord staan')."""
    committed = set(style.subjects.values())
    openers = set(style.complementizers) | set(style.clause_prepositions)
    openers |= {w.lower() for w in ctx.pack.words("subordinators")}
    phrases = [o.split() for o in openers if " " in o]  # 'in plaats van ... te controleren'
    seams: list[Seam] = []
    for t in sentence:
        if t.lower_ not in committed or not _finite(t):
            continue
        for later in sentence[t.i - sentence.start + 1 : -1]:
            if later.is_punct or later.pos_ == "SCONJ" or later.lower_ in openers:
                break
            if later.lower_ in style.te_clause_verbs:  # 'ga ik helpen ... weg te werken'
                break
            if any(_ends_in(later, p) for p in phrases):
                break
            nxt = later.nbor(1)
            infinitive = "Inf" in nxt.morph.get("VerbForm", [])  # not 'te laat' (too late)
            if (
                later.lower_ in style.infinitive_markers
                and nxt.pos_ in ("VERB", "AUX")
                and infinitive
            ):
                seams.append(
                    Seam("residue", f"{later.text!r} before {nxt.text!r} after {t.text!r}", ("te",))
                )
                break
    return seams


def _ends_in(token: Token, phrase: list[str]) -> bool:
    """Do the words up to ``token`` spell ``phrase`` ('in plaats van')?"""
    start = token.i - len(phrase) + 1
    return start >= 0 and [t.lower_ for t in token.doc[start : token.i + 1]] == phrase


def has_seam(candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    return bool(find_seams(candidate, goal, ctx, style))


# -- surface: what the text shows without a parse --------------------------------------------
def _capital_inside(candidate: str, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """The goal's first word, a common word, keeps its capital in the middle of the rewrite
    (not one the language always capitalises, the pack's ``capitalised``: 'Spaans')."""
    doc = goal.doc
    first = next((t for t in doc if t.is_alpha), None) if doc is not None else None
    if doc is not None and sum(t.is_alpha for t in doc) < 2:
        return []  # a one-word topic ('Communicatie') may be a name: its capital stays
    if first is None or not first.text[:1].isupper() or first.text.isupper():
        return []  # not capitalised, or an acronym or 'I'
    if not known_word(first.lower_, lang=goal.lang) or first.lower_ in style.capitalised:
        return []
    pattern = rf"(?<![.!?]\s)(?<!^)\b{re.escape(first.text)}\b"
    inside = [m for m in re.finditer(pattern, candidate) if m.start() > 0]
    named = sum(t.text == first.text for t in doc or () if t.i > first.i)  # a name inside
    if len(inside) > named:
        return [Seam("residue", f"{first.text!r} keeps its capital inside the sentence")]
    return []


def _capital_added(candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A word the writer wrote in lower case, capitalised inside the rewrite ('meer rust' ->
    'meer Rust', taken for a name that is also a word; '• sourcing via ...' -> 'ga ik
    Sourcing via ...'); a word the language always capitalises ('spanish' -> 'Spanish') or
    a name that is no common word (the pack's ``known_names``: 'excel') is a correction."""
    written = set(re.findall(r"[^\W\d_][\w'-]*", goal.text))
    names = {w.lower() for w in ctx.pack.words("known_names")}
    seams = []
    for m in re.finditer(r"(?<=[^.!?\[]\s)([^\W\d_][\w'-]*)", _PLACEHOLDER.sub("x", candidate)):
        word = m.group(1)
        lower = word[:1].lower() + word[1:]
        added = word[:1].isupper() and word not in written and lower in written
        if added and word.lower() not in style.capitalised | names and word != "I":
            seams.append(Seam("residue", f"{lower!r} capitalised inside the sentence"))
    return seams


def _list_colon(candidate: str, goal: Goal, ctx: RuleContext) -> list[Seam]:
    """The colon of a list the goal announces ('three things: ...') left inside a sentence
    ('I will [concrete behaviour] for three things: ...'): the list's goals are one sentence
    no more. The writer's own colon before a reason ('moet beter: er gaat ...') may stay."""
    counts = "|".join(re.escape(w) for w in number_words(ctx.pack.time))
    announced = re.search(rf"(?i)\b(?:\d+|{counts})\s+[^\W\d_]+\s*:", goal.text)
    if announced is None or ":" not in candidate:
        return []
    return [Seam("residue", "the colon of the goal's list inside the sentence")]


def _time_after_subject(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """The added deadline between the writer and the finite verb of a main clause ('en ik
    vóór [datum] wil ...', 'and I by [date] will ...'): the verb comes right after its
    subject there. A subordinate clause ('dat ik vóór [datum] wil leren') is left alone."""
    subjects = {s.lower() for s in style.subjects}
    return [
        Seam("word_order", f"the deadline between {me.text!r} and {after.text!r}")
        for me, after in _added_deadlines(doc)
        if me.lower_ in subjects
        and (me.i == 0 or doc[me.i - 1].pos_ in ("CCONJ", "PUNCT"))  # a main clause
        and after.pos_ in ("VERB", "AUX")
        and _finite(after)
    ]


def _state_committed(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """Dutch: the writer's commitment put on a state told in the passive ('Vóór [datum] ga ik
    alle schappen ... zijn aangevuld'): what the goal said of the shelves became what the
    writer 'goes' to be. The own part says it ('zorg ik ervoor dat ... zijn aangevuld')."""
    if style.word_order != "v2":
        return []
    aux = {a.lower() for a in style.subjects.values()}
    me = {s.lower() for s in style.subjects}
    at = next(
        (b.i for a, b in pairwise(doc) if {a.lower_, b.lower_} & aux and {a.lower_, b.lower_} & me),
        None,
    )
    thats = {c.lower() for c in style.relativizers} | {"dat"}
    if at is None or any(t.lower_ in thats for t in doc):
        return []  # 'zorg ik ervoor dat ... zijn aangevuld': the own part's clause
    # the passive auxiliaries and the copula of a state ('zijn aangevuld')
    passive = {p.lower() for p in ctx.pack.words("passive_auxiliaries")} | {"zijn"}
    rest = list(doc[at + 1 :])
    end = next((n for n, t in enumerate(rest) if t.pos_ == "SCONJ" or t.text in ",;:"), len(rest))
    rest = rest[:end]  # the main clause: 'zodat ik ... kan worden ingezet' is another
    state = next((t for t in rest if t.lemma_.lower() in passive or t.lower_ in passive), None)
    participle = next(  # a participle as a verb, not before its noun ('een erkend bedrijf')
        (
            t
            for t in rest
            if "Part" in t.morph.get("VerbForm", [])
            and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN", "ADJ"))
        ),
        None,
    )
    if state is not None and participle is not None:
        detail = f"the writer committed to the state '{state.text} ... {participle.text}'"
        return [Seam("lost_verb", detail)]
    return []


def _others_wish_kept(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A wish that others act left as the main clause ('By [date], management wants the
    team to ...', 'By [date], I want the team to ...', 'wil ik dat het team ...'): the
    rewrite dated a wish, not the writer's part. The wish in a credit ('..., as my manager
    wants') is no main clause."""
    for t in doc:
        if t.dep_ != "ROOT" or t.lemma_.lower() not in style.wanting_verbs:
            continue
        markers = {m.lower() for m in style.infinitive_markers}
        writer = {w.lower() for w in (*style.subjects, *style.object_pronouns)}
        obj = next(  # 'expects me to ...': the wish is for the writer, no others
            (c for c in t.children if c.dep_ in ("obj", "dobj") and c.lower_ not in writer),
            None,
        )
        # 'wants the team to cut ...': the object, then its infinitive
        wanted = obj is not None and any(
            u.lower_ in markers and u.i + 1 < len(doc) and doc[u.i + 1].pos_ == "VERB"
            for u in doc[obj.i + 1 :]
        )
        others = wanted or any(  # 'wil dat het team ...', not 'wil dat ik ...'
            c.dep_ == "ccomp"
            and any(m.dep_ == "mark" for m in c.children)
            and not any(m.dep_ in _SUBJECT_DEPS and m.lower_ in writer for m in c.children)
            for c in t.children
        )
        if others:
            return [Seam("two_modals", f"the wish {t.text!r} that others act kept as the goal")]
    return []


def _clause_after_commitment(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The commitment with a subordinate clause where its verb belongs ('Vóór [datum] ga ik
    omdat ik ...', 'I will because ...'), or a subordinator cut off by a comma ('because,
    I will'): the goal's own clause was framed around another."""
    openers = {w.lower() for w in ctx.pack.words("subordinators")} | set(style.reason_openers)
    aux = {a.lower() for a in style.subjects.values()}
    me = {s.lower() for s in style.subjects}
    for t in doc:
        if t.lower_ not in openers or t.i == 0:
            continue
        before = [x.lower_ for x in doc[max(t.i - 2, 0) : t.i]]
        committed = (bool(before) and before[-1] in aux) or (
            len(before) == 2 and before[0] in aux and before[1] in me
        )
        cut = t.i + 1 < len(doc) and doc[t.i + 1].text == ","
        if committed or cut:
            return [Seam("dangling", f"{t.text!r} where the commitment's verb belongs")]
    return []


def _time_inside_fragment(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A Dutch phrase without the writer as subject ('Proactiever zijn in teamoverleggen'):
    its infinitive ends the phrase, so an added deadline right after it, with the phrase
    going on ('zijn vóór [datum] in teamoverleggen'), splits it. The writer's sentence is
    left to the other checks."""
    subjects = {w.lower() for w in style.subjects}
    if style.word_order != "v2" or any(
        t.lower_ in subjects or (t.dep_ in _SUBJECT_DEPS and t.pos_ in ("NOUN", "PRON"))
        for t in doc
    ):
        return []  # a sentence with a subject ('Alle schappen zijn vóór [datum] ...')
    for verb, after in _added_deadlines(doc):
        bare = verb.pos_ in ("VERB", "AUX") and verb.lemma_ == verb.lower_
        if after.is_alpha and (bare or _infinitive_like(verb)):
            return [Seam("word_order", f"the deadline inside the phrase after {verb.text!r}")]
    return []


def _deadline_in_side_clause(candidate: str, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A new deadline put inside a clause after a comma that is not the goal's ('De controle
    sneller afronden, nu duurt vóór [datum] het te lang'): that clause names neither the
    writer nor the goal's verb, so the date went to the wrong verb."""
    phrase = style.frames.deadline.format(date=style.placeholders.date)
    at = candidate.find(phrase)
    if at <= 0 or "," not in candidate[:at]:
        return []
    chunk = candidate[candidate.rfind(",", 0, at) + 1 : at]
    words = re.findall(r"[^\W\d_]+", chunk.lower())
    if not words:
        return []  # a phrase of its own after the comma (', by [date]')
    own = {s.lower() for s in style.subjects} | {a.lower() for a in style.subjects.values()}
    action = goal.action.text.lower() if goal.action is not None else ""
    if own & set(words) or (action and action in words):
        return []
    return [Seam("word_order", f"the deadline inside {chunk.strip()!r}", ("side-deadline",))]


def _stranded_particle(
    candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """Dutch: a separable verb's particle left before 'te' and the behaviour placeholder
    ('om met de kassa *om te* [concreet gedrag]'): the placeholder took the verb ('om te
    gaan'), its particle stayed."""
    if style.word_order != "v2" or not style.infinitive_markers:
        return []
    te = style.infinitive_markers[0]
    for particle in ctx.pack.words("separable_particles"):
        stranded = f"{particle} {te} {style.placeholders.behaviour}"
        if stranded in candidate.lower() and re.search(
            rf"\b{re.escape(particle)} {te} [^\W\d_]+", goal.text.lower()
        ):
            return [Seam("residue", f"{particle!r} without its verb", (particle,))]
    return []


def _result_without_verb(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The behaviour placeholder followed by the preposition of a result ('ga ik [concreet
    gedrag] tot een echte specialist', 'I will [concrete behaviour] into a specialist'): the
    verb of becoming ('ontwikkelen tot', 'develop into') was taken, its result left."""
    for preposition in style.result_prepositions:
        if f"{style.placeholders.behaviour} {preposition} " in candidate:
            return [Seam("residue", f"{preposition!r} without its verb", (preposition,))]
    return []


def _surface(candidate: str, original: str, style: RewriteStyle) -> list[Seam]:
    seams = _period_inside(candidate, original, style)
    if _INVISIBLE.search(candidate) or "\n" in candidate:
        seams.append(Seam("residue", "an invisible character or line break from the input"))
    if _MARKER.search(candidate):
        seams.append(Seam("residue", "a list marker"))
    label = _LABEL.match(original)
    mark = (r"\s*:" if ":" in label.group(2) else r"\s+-") if label else ""
    if label and re.search(rf"(?i)\b{re.escape(label.group(1))}{mark}", candidate):
        seams.append(Seam("residue", f"the label {label.group(1)!r}"))
    plain = _PLACEHOLDER.sub("X", candidate)
    doubled = re.search(r"\b(\w+) \1\b", plain, flags=re.IGNORECASE)
    if doubled and doubled.group(1) != "X":
        seams.append(Seam("doubled", f"{doubled.group(1)!r} twice"))
    if re.search(r"\s{2}|\s[,.;:!?]|,,|\.\.|^[\s,.;:]|,\s*[.;]|\]\s*\[", candidate):
        seams.append(Seam("dangling", "stray punctuation"))
    for m in re.finditer(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*%", original):
        number = re.escape(m.group(1))
        bare = re.search(rf"(?<![\d.,]){number}(?!\d|[.,]\d|\s*%)", candidate)
        if bare and not re.search(rf"(?<![\d.,]){number}\s*%", candidate):
            seams.append(Seam("dangling", f"{m.group()!r} lost its '%'", ("%",)))
    if re.search(r"\(\s*\)", candidate) and not re.search(r"\(\s*\)", original):
        seams.append(Seam("residue", "empty brackets"))
    if re.search(r"(?i)\b(?:and|or|but|en|maar),", candidate):  # 'my manager and, I will'
        seams.append(Seam("dangling", "a comma right after a joining word"))

    if not _balanced(candidate) and _balanced(original):
        seams.append(Seam("dangling", "a bracket without its partner"))
    seams += _empty_topic(candidate, original, style)
    seams += _phrase_inside(candidate, style)
    seams += _spliced_reference(candidate, original, style)
    seams += _deadline_beside_time(candidate, style)
    seams += _committed_to_wish(candidate, style)
    pieces = [p.strip().lower() for p in re.split(r"[,.;]", plain) if len(p.split()) >= 3]
    repeated = {p for p in pieces if pieces.count(p) > 1}
    if repeated:
        seams.append(Seam("doubled", f"the clause {sorted(repeated)[0]!r} twice"))
    return seams


def _outside_asides(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a bracketed aside and its brackets ('(nu ben ik ...)')."""
    kept: list[Token] = []
    depth = 0
    for t in tokens:
        if t.text in "()":
            depth = max(depth + (1 if t.text == "(" else -1), 0)
        elif not depth:
            kept.append(t)
    return kept


def _committed_to_wish(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The commitment made to the words of a wish frame ('ga ik het leuk vinden, ... om
    mee te lopen'): the wish is what the rewrite replaces, never what the writer commits to."""
    lower = f" {candidate.lower()} "
    for frame in style.wish_frames:
        words = frame.lower().split()
        if len(words) < 4 or words[0] not in {s.lower() for s in style.subjects}:
            continue
        wish = " ".join(words[2:-1])  # 'ik zou het leuk vinden om' -> 'het leuk vinden'
        for aux in {a.lower() for a in style.subjects.values()}:
            if f" {aux} {words[0]} {wish} " in lower or f" {words[0]} {aux} {wish} " in lower:
                return [Seam("two_modals", f"the commitment made to the wish {wish!r}")]
    return []


def _deadline_beside_time(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The added deadline right before a time of the goal's own with the same preposition
    ('vóór [datum] vóór 8 uur', 'by [date] by 9 am'): two deadlines side by side."""
    phrase = style.frames.deadline.format(date=style.placeholders.date)
    marker = phrase.split()[0] if phrase.split() else ""
    if not marker or phrase not in candidate:
        return []
    after = candidate.split(phrase, 1)[1].lstrip().lower()
    if re.match(rf"{re.escape(marker.lower())}\s+\d", after):
        return [Seam("two_deadlines", f"{phrase!r} beside the goal's own {marker!r}")]
    return []


def _spliced_reference(candidate: str, original: str, style: RewriteStyle) -> list[Seam]:
    """A clause whose subject points back at the goal ('that', 'dat') glued on by a comma
    ('I will present more, that would help my confidence'): what framed it ('I think') is
    gone, and two main clauses are left spliced. The writer's own comma clause stays."""
    pronouns = "|".join(re.escape(p) for p in style.demonstrative_subjects)
    modals = "|".join(re.escape(m) for m in style.modals)
    if not pronouns or not modals:
        return []
    splice = re.compile(rf"(?i),\s+({pronouns})\s+({modals})\b")
    found = splice.search(candidate)
    if found is None or splice.search(original):
        return []
    return [Seam("dangling", f"a clause on {found.group(1)!r} spliced on by a comma")]


def _phrase_inside(candidate: str, style: RewriteStyle) -> list[Seam]:
    """An added phrase that closes with words of its own ('with [how measured] as evidence')
    put inside the goal's clause: the clause goes on after it ('... as evidence so often
    anymore'). It ends at punctuation, the end, or a clause of its own ('so I can ...')."""
    frame = style.frames.measure or ""
    tail = frame.split("{measure}")[-1].strip() if "{measure}" in frame else ""
    if not tail:
        return []
    opens = {w.lower() for w in (*style.relativizers, *style.infinitive_markers)}
    joins = {w.lower() for w in style.clause_ends}  # 'so I can', never 'so often'
    # a subject opens the clause: a pronoun or a noun phrase ('so my pipeline is accurate')
    subjects = {w.lower() for w in style.subjects} | {"that", "it", "they", "he", "she"}
    subjects |= {w.lower() for w in style.determiners}
    for m in re.finditer(re.escape(tail), candidate):
        rest = candidate[m.end() :].lstrip()
        words = re.findall(r"[^\W\d_]+", rest.lower())[:2]
        if not words or not rest[:1].isalpha() or words[0] in opens:
            continue  # the end, punctuation, or a clause of its own
        if words[0] in joins and len(words) > 1 and words[1] in subjects:
            continue
        return [Seam("word_order", f"the clause goes on after {tail!r}: {' '.join(words)!r}")]
    return []


def _empty_topic(candidate: str, original: str, style: RewriteStyle) -> list[Seam]:
    """The domain frame with nothing for its topic ('ga ik voor [concreet gedrag]',
    '[concrete behaviour] for, with ...'): its preposition before the behaviour or a mark."""
    head = style.frames.domain.split("{topic}")[0].strip()
    if not head:
        return []
    behaviour = re.escape(style.placeholders.behaviour)
    empty = rf"(?<!\w){re.escape(head)}(?: {behaviour}|\s*[,.;:]|\s*$)"
    if re.search(empty, candidate):
        return [Seam("dangling", f"{head!r} without its topic", (head.lower(),))]
    if style.word_order == "v2":  # 'ga ik voor zonder typefouten [gedrag]': a phrase, no topic
        for hit in re.finditer(rf"(?<!\w){re.escape(head)} (\w+) ", candidate):
            said = re.search(rf"(?i)(?<!\w){re.escape(hit.group(0))}", original)
            if hit.group(1).lower() in style.prepositions and not said:
                return [Seam("dangling", f"{head!r} before {hit.group(1)!r}", (head.lower(),))]
    return []


def _balanced(text: str) -> bool:
    """Every '(' closed by a ')' after it."""
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _period_inside(candidate: str, original: str, style: RewriteStyle) -> list[Seam]:
    """A period that ended the goal, left inside the rewrite ('... World War I., with ...',
    '... deel II. af'): before a comma or a lower-case word it is a seam, unless the word
    before it is an abbreviation ('etc.,', 'e.g.,', 'o.a. met') or the goal had it inside
    a sentence too (an initial: 'Mevrouw K. laat ...')."""
    plain = _PLACEHOLDER.sub("X", candidate)
    for hit in re.finditer(r"(\S+)\.(?=\s*,|\s+[^\W\d_A-Z])", plain):
        word = hit.group(1).lower().lstrip("([")
        if "." in word or word in style.abbreviations:
            continue
        if re.search(rf"(?<!\S){re.escape(hit.group(1))}\.\s+\S", original):
            continue
        return [Seam("dangling", f"a sentence-final period after {hit.group(1)!r}", (".",))]
    return []


# -- time: one deadline at most ---------------------------------------------------------------
def _time(
    filled: str,
    times: list[TimeExpression],
    goal: Goal,
    style: RewriteStyle,
    doc: Doc | None = None,
) -> list[Seam]:
    """One deadline at most in ``filled`` (whose time expressions are ``times``), unless
    they are the goal's own: a goal that dates two steps ("the template by March, used for
    every event in Q2") keeps both, and only an added deadline is a second one. A time in a
    clause that looks back ("..., nadat ik in 2025 de cursus heb gevolgd") is no deadline."""
    # '(1 juni 2027)' right after an event gives that event's date: one deadline
    back = [t for t in times if doc is not None and _looks_back(t, doc, goal, style)]
    ends = [
        t
        for t in _ends(times)
        if not filled[: t.start].endswith("(")
        and not _made_of_goal_words(t, filled, goal)
        and t not in back
    ]
    written = sorted(t.text.lower() for t in _ends(goal.deadlines))
    if len(ends) > 1 and sorted(t.text.lower() for t in ends) != written:
        return [Seam("two_deadlines", " / ".join(t.text for t in ends))]
    return _deadline_against_start(filled, [t for t in times if t not in back], style)


def _time_cut_out(candidate: str, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A time phrase the goal has inside another phrase ('a course *in time* management'),
    taken for the deadline and cut out, leaving the words around it glued ('a course
    management')."""
    seams = []
    for t in goal.deadlines:
        if t.kind != "vague":
            continue  # a frequency or date the rewrite moves or bounds on purpose
        before = re.search(r"([^\W\d_]+)\s+$", goal.text[: t.start])
        after = re.match(r"\s+([^\W\d_]+)", goal.text[t.end :])
        if before is None or after is None or t.text.lower() in candidate.lower():
            continue
        closed = style.prepositions | style.determiners | style.articles
        if before.group(1).lower() in closed or after.group(1).lower() in closed:
            continue  # '... Engineer by 23 May 2027 by mentoring': a date took its place
        if not _compound_after(goal, t):
            continue  # 'binnenkort', 'at some point' dropped between two phrases: no seam
        glued = f"{before.group(1)} {after.group(1)}"
        if re.search(rf"(?i)\b{re.escape(glued)}\b", candidate):
            seams.append(Seam("lost_words", f"{t.text!r} cut out of {glued!r}", (t.text.lower(),)))
    return seams


def _compound_after(goal: Goal, time: TimeExpression) -> bool:
    """The time's last word and the goal's next word are two nouns of one compound ('in
    *time management*'): the time phrase was part of a name, not a time."""
    if goal.doc is None:
        return False
    last = [t for t in goal.doc if t.idx < time.end <= t.idx + len(t.text)]
    nxt = [t for t in goal.doc if t.idx >= time.end][:1]
    return bool(last and nxt) and last[0].pos_ == "NOUN" and nxt[0].pos_ == "NOUN"


def _made_of_goal_words(time: TimeExpression, filled: str, goal: Goal) -> bool:
    """A vague time the rewrite made of the goal's words ('at time management' -> 'in time
    management'): its noun runs on into the goal's next word, which the goal had without
    the time."""
    if time.kind != "vague" or time.text.lower() in goal.text.lower():
        return False
    after = re.match(r"\s+([^\W\d_]+)", filled[time.end :])
    last = time.text.split()[-1]
    return after is not None and f"{last} {after.group(1)}".lower() in goal.text.lower()


def _ends(times: Iterable[TimeExpression]) -> list[TimeExpression]:
    """The expressions that end a goal (not a routine's frequency, not a start)."""
    return [t for t in times if t.kind not in ("recurring", "start")]


def _past_before_deadline(
    times: list[TimeExpression], doc: Doc, goal: Goal, style: RewriteStyle
) -> list[Seam]:
    """A deadline still ahead with the writer's main verb in the simple past ('By 1 June
    2027, I passed my exam', 'Vóór [datum] haalde ik mijn diploma'). A perfect is how a
    goal ahead is often written ('Vóór juni heb ik ... gehaald', 'I will have passed'), and
    a clause inside may look back ('what I learned last year'): neither counts. Only a goal
    that looks back (a date already past) is checked: the tagger reads some present forms
    as past ('voer' of 'voeren' as that of 'varen')."""
    if not any(e.due is not None and e.due < goal.reference_date for e in goal.deadlines):
        return []
    if not any(t.due is not None and t.due > goal.reference_date for t in times):
        return []
    first_person = set(style.subjects)
    return [
        Seam("lost_tense", f"{t.text!r} in the past before a deadline ahead", (t.lower_,))
        for t in doc
        if t.pos_ == "VERB"
        and t.dep_ == "ROOT"  # the main clause's verb: 'what I learned last year' may be past
        and not in_subclause(t)  # '..., after I passed it last year': the tagger's root
        and "Past" in t.morph.get("Tense", [])
        and "Fin" in t.morph.get("VerbForm", [])
        and any(c.dep_ in _SUBJECT_DEPS and c.lower_ in first_person for c in t.children)
    ]


def _doubled_front(
    filled: str, doc: Doc, times: list[TimeExpression], goal: Goal, style: RewriteStyle
) -> list[Seam]:
    """Two fronts glued together where a part took another goal's front ('Afgelopen
    kwartaal dit kwartaal wil ik ...', 'Last year I this year I want ...'): two time phrases
    with nothing between them, or the writer's subject twice with no verb between."""
    fronts = sorted(
        (t for t in times if t.kind != "recurring" and not _looks_back(t, doc, goal, style)),
        key=lambda t: t.start,
    )
    seams = [
        Seam("doubled", f"{a.text!r} {b.text!r}", (a.text.lower(), b.text.lower()))
        for a, b in pairwise(fronts)
        if not filled[a.end : b.start].strip()
        and re.search(r"(?:^|[,;]\s*)$", filled[: a.start])  # both before the clause's verb
        and f"{a.text} {b.text}".lower() not in goal.text.lower()
    ]
    subjects = set(style.subjects)
    mine = [t for t in doc if t.lower_ in subjects]
    for a, b in pairwise(mine):
        between = filled[a.idx + len(a.text) : b.idx].strip()
        if any(t.start >= a.idx and t.text == between for t in fronts):  # 'I this year I'
            run = doc[a.i : b.i + 1].text
            if run.lower() not in goal.text.lower():  # as the writer wrote it
                seams.append(Seam("doubled", f"{a.text!r} twice: {run!r}", (a.lower_,)))
    return seams


def _verb_first(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """Dutch: the finite verb before the writer's subject at the start ('Wil ik mijn BHV
    halen.'): a question or a condition, no goal, where a part lost the opener it stood
    after ('Daarnaast wil ik ...'). A condition with its 'dan' clause is whole."""
    if style.word_order != "v2" or len(doc) < 3:
        return []
    first, second = doc[0], doc[1]
    finite = first.lower_ in style.modals or (
        first.pos_ in ("VERB", "AUX") and "Fin" in first.morph.get("VerbForm", [])
    )
    if not finite or second.lower_ not in style.subjects or any(t.lower_ == "dan" for t in doc):
        return []
    own = goal.doc
    if own is not None and len(own) > 1 and own[0].lower_ == first.lower_:
        return []
    return [
        Seam("word_order", f"{first.text!r} before {second.text!r} opens the sentence", ("v1",))
    ]


def _past_made_goal(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A goal that opens with what the writer already did ('Last year I ran the stock count,
    and I want to ...'): a rewrite that commits to it again reads the past as a goal."""
    found = past_context(goal, ctx, style)
    if found is None:
        return []
    return [
        Seam("lost_tense", f"{word!r} commits to what was already done", ("past",))
        for word in past_made_goal(doc, found, style)
    ]


def _until_done(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """'Tot [datum] heb ik de cursus gevolgd': the end of a routine before a clause that
    tells what is done (a past or a perfect), which has no 'until'."""
    until = style.frames.until.split("{date}")[0].strip().lower()
    if not until or not doc.text.lower().startswith(until):
        return []
    clause = []
    for t in doc:
        if t.pos_ in ("CCONJ", "SCONJ") or t.text in (";", ":"):
            break
        clause.append(t)
    done = [t for t in clause if looks_back(t, style)]
    if done and goal.doc is not None and not goal.doc.text.lower().startswith(until):
        return [Seam("contradiction", f"{until!r} with {done[0].text!r}", (until,))]
    return []


def _ensured_without_subject(
    doc: Doc, times: list[TimeExpression], style: RewriteStyle
) -> list[Seam]:
    """The clause the writer sees to has no subject ('zorg ik ervoor dat voortaan jaarlijks
    herhalen'): no noun or pronoun before the comma, only adverbs and a verb."""
    frame = (style.frames.own_part or "").split("{clause}")[0].split()
    if len(frame) < 2:
        return []
    before, marker = frame[-2].lower(), frame[-1].lower()
    seams = []
    for t in doc[1:]:
        if t.lower_ != marker or t.nbor(-1).lower_ != before:
            continue
        clause = []
        for u in doc[t.i + 1 :]:
            if u.text in (",", ";", ".") or u.pos_ == "CCONJ":
                break
            if not any(e.start <= u.idx < e.end for e in times):  # 'elke week': no subject
                clause.append(u)
        subject = any(  # before the clause's last word, its verb (the tagger may call
            u.dep_ in ("nsubj", "nsubj:pass", "expl")  # a Dutch verb in -en a noun)
            or u.lower_ in style.existential_subjects
            or u.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X")
            for u in clause[:-1]
        )
        if clause and not subject:
            seams.append(Seam("lost_subject", f"no subject after {t.text!r}", (marker,)))
    return seams


def _looks_back(t: TimeExpression, doc: Doc, goal: Goal, style: RewriteStyle) -> bool:
    """A time already past (or an event told in the past: 'after I passed it') in a clause
    whose verb looks back: what the writer did, no deadline of the goal (context.py)."""
    if t.due is not None and t.due >= goal.reference_date:
        return False
    return looked_back(doc, t, style)


def _own_past_commitment(time: str, word: str, goal: Goal, style: RewriteStyle) -> bool:
    """The goal itself commits to a time already past ('Vorig jaar ga ik ...' as written):
    the rewrite did not make that seam."""
    if goal.doc is None:
        return False
    return any(
        t.lower() == time.lower() and w == word
        for t, w in past_committed(goal.doc, goal.deadlines, goal.reference_date, style)
    )


def _deadline_against_start(
    filled: str, times: list[TimeExpression], style: RewriteStyle
) -> list[Seam]:
    """'Vóór [datum] eet ik vanaf nu ...': a one-off deadline beside a routine that starts
    (now, or on a date, with a frequency) says both 'done by then' and 'from then on'; a
    routine ends 'tot [datum]' / 'until [date]'."""
    until = style.frames.until.split("{date}")[0].strip().lower()
    one_off = [
        t
        for t in times
        if t.kind == "deadline" and not (until and t.text.lower().startswith(until))
    ]
    now = [p for p in style.routine_starts if re.search(_gapped(p), filled, flags=re.IGNORECASE)]
    routine = any(t.kind == "recurring" for t in times) and any(t.kind == "start" for t in times)
    if one_off and (now or routine):
        start = now[0] if now else next(t.text for t in times if t.kind == "start")
        return [Seam("contradiction", f"{one_off[0].text!r} and {start!r}", ("start",))]
    return []


def _zero_compared(candidate: str, doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """An absolute kept beside the from-to frame ('geen enkele storing meer ..., van [huidig
    aantal] naar [streefaantal]'): the comparison counts down to a target the absolute says
    is nothing."""
    ph = style.placeholders
    if ph.current_number not in candidate or ph.target_number not in candidate:
        return []
    matches = ctx.matches(doc)  # not in the reason ('... because I always ...'): how it is
    kept = before_reason(matches.get("absolutes"), matches.get("reason_markers"))
    found = [doc.text[m.start : m.end] for m in kept]
    for phrase in style.zero_targets:
        hit = re.search(_gapped(phrase), doc.text, flags=re.IGNORECASE)
        if hit:
            found.append(hit.group(0))
    if found:
        return [Seam("contradiction", f"{found[0]!r} beside a from-to comparison", ("zero",))]
    return []


def _gapped(phrase: str) -> str:
    """A regular expression for a phrase of whole words; '&' skips up to four words."""
    parts = [r"\s+".join(re.escape(w) for w in part.split()) for part in phrase.split("&")]
    return r"\b" + r"(?:\s+\S+){0,4}?\s+".join(parts) + r"\b"


def _deadline_on_others(
    candidate: str, filled: str, doc: Doc, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """'Mijn leidinggevende verwacht vóór [datum] dat ik ...': the added deadline sits in the
    clause of someone else's verb (the expectation), not in the writer's clause after it,
    which changes what is due. Only the rewrite's own date counts, and only where no
    first-person subject comes before the writer's clause."""
    if style.placeholders.date not in candidate:
        return []
    at = filled.find(style.seam_fillers.get("date", "\0"))
    date = next((t for t in doc if t.idx >= at), None) if at >= 0 else None
    if date is None:
        return []
    that = (style.frames.own_part or "").split("{clause}")[0].split()[-1:]
    mine = set(ctx.pack.words("first_person_subject"))
    objects = style.own_objects
    copulas = set(ctx.pack.words("copular_verbs"))
    sentence = date.sent
    for t in sentence:
        if t.i <= date.i:
            continue
        nxt = t.nbor(1) if t.i + 1 < sentence.end else None
        opens = bool(that) and t.lower_ == that[0] and nxt is not None and nxt.lower_ in mine
        told = t.lower_ in objects and nxt is not None and nxt.lower_ in style.infinitive_markers
        if not (opens or told):
            continue
        before = [w for w in sentence if w.i < t.i]
        if any(w.lower_ in mine for w in before):
            return []
        # no subject of the writer's before it: someone else's verb holds the deadline (the
        # parse may not find that subject: 'Mijn leidinggevende verwacht'); a copula is no
        # one's act ('My goal is that I ...')
        verb = next((w for w in before if w.pos_ in ("VERB", "AUX") and _finite(w)), None)
        if verb is None or verb.lemma_.lower() in copulas:
            return []
        return [Seam("word_order", f"the deadline on {verb.text!r}", ("others",))]
    return []


# -- words the rewrite must keep -------------------------------------------------------------
def _unbounded_never(
    candidate: str, doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """An absolute with a negation ('never ... again', 'geen enkele fout') may become a
    bound ('at most [number] times'), never nothing: 'Our deployments should never fail
    again' -> 'make sure that our deployments fail' says the opposite."""
    original = goal.doc
    if original is None:
        return []
    negations = {w.lower() for w in ctx.pack.words("negations")}
    absolute = [(m.start, m.end) for m in ctx.find(goal, "absolutes")]
    negated = any(
        t.lower_ in negations and any(a <= t.idx < b for a, b in absolute) for t in original
    )
    if not negated or any(t.lower_ in negations for t in doc):
        return []
    marks = style.placeholders
    bounds = (marks.number, marks.current_number, marks.target_number)
    if any(b in candidate for b in bounds):
        return []
    return [Seam("lost_negation", "a negated absolute went without a bound")]


def _kept_words(
    doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle, asks_number: bool = False
) -> list[Seam]:
    seams: list[Seam] = []
    original = goal.doc
    if original is None:
        return seams
    replaced = [*ctx.find(goal, "absolutes"), *ctx.find(goal, "superlatives")]
    negations = ctx.pack.words("negations")

    def negation_count(tokens: list[Token]) -> int:
        return sum(t.lower_ in negations or t.lower_ == "n't" for t in tokens)

    spans = [(m.start, m.end) for m in replaced] + [(e.start, e.end) for e in goal.deadlines]
    spans += hedge_spans(goal, ctx)
    spans += difficulty_spans(goal, ctx, style)  # 'niet goed in': the problem, replaced
    guess = means_aside(goal.text, style)  # 'I think ... might help': its means stays
    spans += guess.others() if guess is not None else []
    frames = list(style.impersonal_frames)  # 'Het is belangrijk dat ...': the own part's frame
    if goal.text.rstrip().endswith("?"):
        frames += style.question_frames  # 'Hoe kan ik ...?': the question is stated
    for frame in frames:
        opening = re.match(rf"\s*{re.escape(frame)}\b", goal.text, flags=re.IGNORECASE)
        spans += [opening.span()] if opening else []
    free = [t for t in original if not any(a <= t.idx < b for a, b in spans)]
    if negation_count(free) > negation_count(list(doc)):
        seams.append(Seam("lost_negation", "a negation of the goal is gone"))
    seams += _lost_words(doc, goal, ctx, style, asks_number)
    kept = style.kept_modals
    frame = " ".join(_frame_words(style.frames.own_part)[-2:])  # 'ervoor dat', 'sure that'
    that = frame.split()[-1:]
    seeing = [f"{e.lower()} {that[0]}" for e in style.ensure_verbs] if that else []
    text = doc.text.lower()
    # 'I will make sure that' carries the duty; so does the writer seeing to it with the
    # group it was laid on ('ga ik samen met het team ervoor zorgen dat', duties.py)
    if frame and (frame in text or any(f" {e} " in f" {text} " for e in seeing)):
        kept = kept - {w for p in style.own_part_drops for w in p.lower().split()}
        kept = kept - {w for p in ctx.pack.words("obligation_modals") for w in p.lower().split()}
    if _count_moved(doc, goal, style):  # 'Het aantal X moet omlaag': the writer moves it
        kept = kept - {w for p in ctx.pack.words("obligation_modals") for w in p.lower().split()}
    if _duty_credited(doc, style):  # '..., zoals mijn teamleider vindt': the duty was theirs
        kept = kept - {w for p in style.own_part_drops for w in p.lower().split()}
    spelled = re.sub(r"\W", "", goal.text.lower())
    if any(spelled.startswith(re.sub(r"\W", "", f.lower())) for f in style.wish_frames):
        kept = kept - set(style.wish_modals)  # 'Het zou mooi zijn als ik ... kan': a wish
    lemmas = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    wishes = {w for p in style.cluster_drop for w in p.lower().split()}
    for t in free:
        lemma = t.lemma_.lower()
        modal = t.pos_ in ("AUX", "VERB") and (lemma in kept or t.lower_ in kept)
        softened = wishes | set(style.conditional_duty.get(t.lower_, ()))
        if t.lower_ in style.weak_finite and _wish_follows(t, softened):
            continue  # 'zou graag willen', 'would like': a wish, which the rewrite commits to
        if _softened_duty(t, style.conditional_duty):
            continue  # the 'moeten' of 'zou ... moeten' (should) goes with its 'zou'
        if modal and not ({lemma, t.lower_} & lemmas):
            seams.append(Seam("lost_modal", f"{t.text!r} is gone"))
    return seams


def _count_moved(doc: Doc, goal: Goal, style: RewriteStyle) -> bool:
    """A count the goal said must change ('Het aantal no-shows moet omlaag') is what the
    writer's own commitment now moves ('ga ik het aantal no-shows omlaag brengen'; counts.py):
    the duty became the writer's, as in the own-part frame."""
    subject = style.default_subject.lower()
    aux = style.subjects.get(subject, "")
    text = f" {doc.text.lower()} "
    lead = goal.text.lstrip().lower()
    return any(
        lead.startswith(f"{o.lower()} ") and f" {aux} {subject} {o.lower()} " in text
        for o in style.count_openers
    )


def _duty_credited(doc: Doc, style: RewriteStyle) -> bool:
    """The rewrite credits another person's judgement at its end ('..., zoals mijn
    teamleider vindt', '..., as my manager thinks'): the duty they set is the writer's
    commitment now, so its modal may go."""
    frame = style.frames.as_wished
    head = frame.split("{who}")[0].strip().lower() if frame else ""
    if not head:
        return False
    tokens = list(doc)
    for n, t in enumerate(tokens[:-1]):
        if t.text == "," and tokens[n + 1].lower_ == head:
            return any(
                u.lemma_.lower() in style.voice_verbs or u.lower_ in style.voice_verbs
                for u in tokens[n + 2 :]
            )
    return False


def _wish_follows(token: Token, wishes: set[str]) -> bool:
    """A word of intention follows ``token`` in its sentence (no parse needed)."""
    for t in token.doc[token.i + 1 :]:
        if t.text in (".", "!", "?", ";"):
            return False
        if t.lower_ in wishes:
            return True
    return False


def _softened_duty(token: Token, conditional_duty: dict[str, tuple[str, ...]]) -> bool:
    """``token`` is the duty a conditional earlier in its sentence softened ('zou ...
    moeten')."""
    for t in reversed(token.doc[: token.i]):
        if t.text in (".", "!", "?", ";"):
            return False
        if token.lower_ in conditional_duty.get(t.lower_, ()):
            return True
    return False


def _lost_words(
    doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle, asks_number: bool = False
) -> list[Seam]:
    """A content word of the goal that is gone: the writer's verb, object or qualifier.

    Words a rewrite replaces on purpose do not count: vague outcomes, hedges, effort
    promised instead of a result ('mijn best doen'), intentions, absolutes and superlatives,
    time words other than an event anchor, and a number word when the rewrite asks for a
    number in its place ('negen uur' -> 'hoogstens [aantal] uur': ``asks_number``).
    """
    original = goal.doc
    assert original is not None
    spans = [
        (m.start, m.end)
        for m in (
            *ctx.find(goal, "vague_outcome"),
            *ctx.find(goal, "general_outcome"),
            *ctx.find(goal, "modal_verbs"),
            *ctx.find(goal, "absolutes"),
            *ctx.find(goal, "superlatives"),
            *ctx.find(goal, "comparatives"),
            *ctx.find(goal, "obligation_from_outside"),
        )
    ]
    spans += [(e.start, e.end) for e in goal.deadlines if e.kind != "event"]
    spans += hedge_spans(goal, ctx)
    spans += difficulty_spans(goal, ctx, style)  # 'ik heb moeite met': the goal replaces it
    guess = means_aside(goal.text, style)  # 'I think ... might help': its means stays
    spans += guess.others() if guess is not None else []
    for frame in style.impersonal_frames:  # 'Het is belangrijk dat ...': the own part's frame
        opening = re.match(rf"\s*{re.escape(frame)}\b", goal.text, flags=re.IGNORECASE)
        spans += [opening.span()] if opening else []
    spans += [  # 'vanaf nu': a routine's start, which a one-off deadline replaces
        m.span()
        for phrase in style.routine_starts
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", goal.text, re.IGNORECASE)
    ]
    closed = set(ctx.pack.function_words) | style.determiners | style.prepositions
    closed |= set(style.subjects) | set(style.weak_finite) | style.finite_words
    closed |= {w for p in style.cluster_drop for w in p.lower().split()}
    closed |= {w for p in style.intensifiers for w in p.lower().split()}  # 'really like to'
    closed |= {w for p in style.goal_frames for w in p.lower().split()}  # 'mijn doel is om'
    closed |= {w for p in style.effort_hedges for w in p.lower().split() if w != "&"}
    closed |= {w.lower() for w in ctx.pack.words("reflexive_pronouns")}  # of a vague verb
    closed |= set(style.second_person)  # quoted advice told by the writer: 'je' -> 'ik'
    closed |= {w for p in style.means_examples for w in p.lower().split()}  # 'for example by'
    present = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}
    present |= _unjoined(doc, ctx, style)
    irregular = style.present_forms.get("singular", {})
    particles = set(ctx.pack.words("separable_particles"))
    markers = set(style.infinitive_markers)
    v2 = style.word_order == "v2"  # a verb-second language's imperative is its verb's stem
    lost = [
        t.text
        for t in original
        if t.is_alpha
        and len(t.text) > 2
        and t.lower_ not in closed
        and not any(a <= t.idx < b for a, b in spans)
        and t.lower_ not in present
        and t.lemma_.lower() not in present  # re-inflected by the frame: 'doe' -> 'doen'
        and irregular.get(t.lower_) not in present  # made finite: 'staan' -> 'staat'
        and _particle_te(t, particles, markers) not in present  # 'af te ronden' -> 'afrondt'
        and not (asks_number and t.like_num)
        and not (v2 and present.intersection(stem_infinitives(t.lower_)))  # 'Werk' -> 'werken'
        and not present.intersection(gerund_bases(t.lower_))  # 'by drawing up' -> 'draw up'
    ]
    return [Seam("lost_words", f"{', '.join(lost)} gone", tuple(lost))] if lost else []


def _particle_te(token: Token, particles: set[str], markers: set[str]) -> str:
    """The whole verb of an infinitive split by 'te' ('af te ronden' -> 'afronden'), whose
    finite form a rewrite may show joined ('afrondt', lemma 'afronden'); '' if not split."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ not in markers:
        return ""
    particle = doc[token.i - 2].lower_
    return particle + token.lower_ if particle in particles else ""


def _unjoined(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> set[str]:
    """Verbs a separable particle joined ('inlevert' holds 'levert'; 'uit te breiden' holds
    'uitbreiden'; 'weggaat' holds 'weg'): the writer's words are still there, in the form
    the clause needs."""
    particles = [*ctx.pack.words("separable_particles"), *style.direction_words]
    markers = set(style.infinitive_markers)
    forms: set[str] = set()
    for t in doc:
        for particle in particles:
            if t.lower_.startswith(particle) and len(t.lower_) - len(particle) >= 3:
                forms.add(t.lower_[len(particle) :])
                if t.pos_ in ("VERB", "AUX"):
                    forms.add(particle)  # 'weggaat' holds the writer's 'weg' ('moet weg')
        if t.lower_ in particles and t.dep_ == "compound:prt" and t.head.i != t.i:
            forms.add(t.lower_ + t.head.lemma_.lower())  # 'rond ... af' holds 'afronden'
        if t.i + 2 < len(doc) and t.lower_ in particles and doc[t.i + 1].lower_ in markers:
            forms.add(t.lower_ + doc[t.i + 2].lower_)
    return forms


# -- clauses -----------------------------------------------------------------------------------
def _segments(sentence: Span, ctx: RuleContext, style: RewriteStyle) -> list[_Segment]:
    subordinators = set(ctx.pack.words("subordinators")) | set(style.clause_ends)
    subordinators |= set(style.relativizers) | set(style.complementizers)
    markers = set(style.infinitive_markers)
    coordinators = {"en", "of", "maar", "and", "or", "but"}
    predicative = set(ctx.pack.words("predicative_markers"))
    pronouns = set(ctx.pack.words("subject_pronouns"))
    ensure = [e.lower().split() for e in style.ensure_verbs]
    segments: list[_Segment] = []
    current: list[Token] = []
    opener = "start"
    quoted = False
    for token in _outside_asides(list(sentence)):  # the writer's aside is no part of it
        starts: str | None = None
        if token.is_punct and token.text in ",;:.!?":
            if current:
                segments.append(_Segment(tuple(current), opener))
            current, opener = [], "punct"
            continue
        if token.text in _QUOTES:
            quoted = not quoted
            continue
        if quoted:
            continue  # a quoted title is one name, not a clause
        if token.lower_ in coordinators and current:
            starts = "cconj"
        elif _after_ensure(token, ensure) and style.word_order != "v2":
            starts = "sub"  # 'make sure | orders go out on time': its clause, no 'that'
        elif (token.pos_ == "SCONJ" or token.lower_ in subordinators) and (
            token.lower_ not in predicative or _clause_follows(token, pronouns)
        ):
            starts = "sub"
        elif token.lower_ in markers and style.word_order != "v2" and current:
            starts = "te"
        if starts is not None and current:
            segments.append(_Segment(tuple(current), opener))
            current, opener = [], starts
        elif starts is not None:
            opener = starts if opener == "start" or starts == "sub" else opener
        current.append(token)
    if current:
        segments.append(_Segment(tuple(current), opener))
    return segments


def _clause_follows(token: Token, pronouns: set[str]) -> bool:
    """'als ik voor de klas sta', 'as I learn': a subject pronoun after the marker makes it
    a subordinator; 'als teamleider', 'as a mentor' is a role. So does a finite verb of its
    own before the stretch ends ('als het druk *is*', 'als er een klacht *is*'), unless a
    subject pronoun stands beside it: that verb is the main clause's ('Als teamleider *wil
    ik*')."""
    if token.i + 1 < len(token.doc) and token.nbor(1).lower_ in pronouns:
        return True
    for later in token.doc[token.i + 1 :]:
        if later.is_punct:
            return False
        if later.pos_ in ("VERB", "AUX") and "Fin" in later.morph.get("VerbForm", []):
            beside = [later.doc[j] for j in (later.i - 1, later.i + 1) if 0 <= j < len(later.doc)]
            return not any(b.lower_ in pronouns for b in beside)
    return False


def _finite(token: Token) -> bool:
    """A finite verb. Dutch infinitives end in -en like plurals, and the tagger sometimes
    calls them finite: after the clause's first verb, such a form counts as an infinitive."""
    if token.pos_ not in ("VERB", "AUX") and not _next_to_subject(token):
        return False
    near_subject = _next_to_subject(token)
    if token.lang_ == "nl" and not near_subject and not token.lemma_.lower().endswith("n"):
        return False  # every Dutch verb's lemma ends in -n (werken, gaan, zijn, doen)
    if token.lang_ == "nl" and token.lower_.endswith(("en", "an", "zijn")) and _after_a_verb(token):
        return False
    if _next_to_subject(token) and token.is_alpha and token.pos_ not in ("DET", "ADP", "PRON"):
        return token.pos_ in ("VERB", "AUX") or token.lang_ == "nl"
    if _inside_noun_phrase(token):
        return False  # 'my first aid certificate': no verb after a possessive and its modifiers
    return "Fin" in token.morph.get("VerbForm", []) and "Imp" not in token.morph.get("Mood", [])


def _inside_noun_phrase(token: Token) -> bool:
    """A word after a possessive, maybe past its adjectives or numbers ('my first *aid*',
    'mijn eerste *hulp*'): the tagger may call it finite, but it is a noun's."""
    for before in reversed(token.doc[: token.i]):
        if "Yes" in before.morph.get("Poss", []):
            return True
        if before.pos_ not in ("ADJ", "NUM"):
            return False
    return False


def _next_to_subject(token: Token) -> bool:
    """Dutch: a verb right before or after 'ik' is finite ('ga ik', 'ik ga')."""
    if token.lang_ != "nl":
        return False
    doc = token.doc
    if token.lower_ in _NOT_VERBS_NL or token.i == 0 or token.pos_ in _CLOSED:
        return False
    pronouns = ("ik", "we", "wij")
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in pronouns:
        return True  # 'ga ik'
    before = doc[token.i - 1]
    opens = before.i == 0 or doc[before.i - 1].is_punct or doc[before.i - 1].pos_ == "CCONJ"
    return before.lower_ in pronouns and opens  # 'ik ga' at the start of a clause


def _plural_noun_as_finite(token: Token) -> bool:
    """English: a plural noun at the end of a compound of nouns that the tagger calls a finite
    verb but parses as a noun's dependent ('the delivery time *targets* on every route': VBZ,
    obl or acl): no second finite verb."""
    return (
        token.tag_ == "VBZ"
        and token.dep_ in _NOUN_DEPS
        and token.i > 1
        and token.nbor(-1).pos_ == "NOUN"
        and token.nbor(-2).pos_ == "NOUN"
        and token.lower_.endswith("s")
    )


#: Dependencies of a noun, and the tagger's clause on a noun ('acl') that the mis-tag gets.
_NOUN_DEPS = frozenset({"obl", "obj", "nmod", "compound", "iobj", "acl"})


def _after_a_verb(token: Token) -> bool:
    for t in reversed(token.doc[: token.i]):
        if t.is_punct and t.text in ",;:.!?":
            return False
        if t.pos_ in ("VERB", "AUX"):
            return True
    return False


def _has_subject(segment: _Segment, ctx: RuleContext) -> bool:
    pronouns = ctx.pack.words("subject_pronouns")
    return any(
        t.dep_ in _SUBJECT_DEPS or t.lower_ in pronouns or t.pos_ in ("NOUN", "PROPN", "PRON")
        for t in segment.tokens
    )


def _clause_seams(
    sentence: Span, segments: list[_Segment], ctx: RuleContext, style: RewriteStyle, v2: bool
) -> list[Seam]:
    seams: list[Seam] = []
    dates = set(ctx.pack.time.case_sensitive)  # 'May' is a month: never the modal
    modals = {t.lower_ for t in sentence if t.lower_ in style.modals and t.text not in dates}
    first_person = set(ctx.pack.words("first_person_subject"))
    ensure = [e.lower().split() for e in style.ensure_verbs]
    any_finite = False
    for n, seg in enumerate(segments):
        finite = [
            t
            for t in seg.tokens
            if _finite(t)
            and t.text not in dates
            and not (t.i > 0 and t.nbor(-1).lower_ in style.infinitive_markers)  # 'te laat'
            and not _plural_noun_as_finite(t)
        ]
        any_finite = any_finite or bool(finite)
        if len(finite) > 1:
            seams.append(
                Seam(
                    "two_finite",
                    f"{' + '.join(t.text for t in finite)} in {seg.text!r}",
                    tuple(t.lower_ for t in finite),
                )
            )
        if v2 and seg.opener in ("start", "punct"):
            aux = [t for t in seg.tokens if t.lower_ in modals and t in finite]
            others = [
                t
                for t in seg.tokens
                if t.pos_ in ("VERB", "AUX") and t not in aux and not _attributive(t)
            ]
            if aux:  # the tagger may call the infinitive a noun ('vaker sporten'), or the
                # segmentation leave it in the next stretch ('wat assertiever worden')
                later = _outside_asides([t for t in sentence if t.i > aux[0].i])
                later = later[: next((n for n, t in enumerate(later) if t.text in ",;:.!?"), None)]
                others += [
                    t
                    for t in later
                    if t.pos_ in ("VERB", "AUX") and t not in aux and not _attributive(t)
                ]
                others += [
                    t
                    for n, t in enumerate(later)
                    if _infinitive_like(t)
                    and (n == 0 or later[n - 1].pos_ != "DET" or lexical_verb(t, ctx, style))
                ]  # after 'minder' (a determiner) a verb the dictionary knows ('piekeren')
                seams += _after_the_infinitive(later, others, style.relativizers)
            after = [
                t for t in seg.tokens if aux and t.i > aux[0].i and t.pos_ not in ("PRON", "ADV")
            ]
            going = bool(after) and after[0].pos_ == "ADP"
            if aux and not others and not going:  # 'ga ik naar ...' goes somewhere
                seams.append(Seam("lost_verb", f"{aux[0].text!r} has no verb", (aux[0].lower_,)))
        if not v2:
            purpose = _frame_words(style.frames.purpose)
            for t in seg.tokens:
                nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
                while nxt is not None and _before_verb(nxt) and not _dictionary_verb(nxt):
                    nxt = nxt.nbor(1)
                modal = t.lower_ in modals and t.text not in dates
                opens = modal or _ends_frame(t, purpose)
                verb = nxt is not None and (_base_verb(nxt) or _dictionary_verb(nxt))
                if opens and nxt is not None and not verb:
                    seams.append(Seam("lost_verb", f"{t.text!r} has no verb", (t.lower_,)))

        markers = set(style.infinitive_markers)
        for t in seg.tokens[:-1]:
            if t.lower_ in markers and t.nbor(1).lower_ in modals:
                seams.append(Seam("word_order", f"'{t.text} {t.nbor(1).text}'", ("to-modal",)))
        that = _frame_words(style.frames.own_part)[-1:]
        complement = bool(that) and seg.tokens[0].lower_ == that[0]  # 'dat het team in 2027 ...'
        complement = complement or (bool(seg.tokens) and _after_ensure(seg.tokens[0], ensure))
        if seg.opener == "sub" and not complement and _time_in_subclause(seg):
            seams.append(Seam("word_order", f"the deadline inside {seg.text!r}", ("sub-time",)))
        committed = set(style.subjects.values())
        duties = set(ctx.pack.words("obligation_modals"))
        if v2 and any(t.lower_ in committed for t in finite):
            duty = next((t for t in seg.tokens if t.lower_ in duties and t not in finite), None)
            if duty is not None:  # 'ga ik nieuwe collega's moeten ...': the others' duty kept
                seams.append(Seam("two_modals", f"{finite[0].text} + {duty.text}", ("duty",)))
        found = [t for t in seg.tokens if t.lower_ in modals and t.text not in dates]
        if len(found) > 1:
            seams.append(
                Seam(
                    "two_modals", " + ".join(t.text for t in found), tuple(t.lower_ for t in found)
                )
            )
        verbs = [t for t in seg.tokens if t.pos_ in ("VERB", "AUX")]
        wh = [t for t in seg.tokens if "Int" in t.morph.get("PronType", [])]
        if (
            wh
            and not any(v.i > wh[-1].i for v in verbs)
            and seg is not segments[-1]
            and not _verb_by_probe(seg.tokens[-1], style)
        ):
            seams.append(
                Seam("dangling", f"{wh[-1].text!r} has no verb in {seg.text!r}", (wh[-1].lower_,))
            )
        subjects = [t for t in seg.tokens if t.lower_ in first_person]
        if len(subjects) > 1:
            seams.append(
                Seam("doubled", f"two subjects in {seg.text!r}", tuple(t.lower_ for t in subjects))
            )
        if finite and seg.opener not in ("cconj",) and not _has_subject(seg, ctx):
            seams.append(
                Seam("lost_subject", f"{finite[0].text!r} in {seg.text!r}", (finite[0].lower_,))
            )
        if not v2 and seg.opener in ("start", "punct") and verbs:
            first = verbs[0]
            bare = "Imp" in first.morph.get("Mood", []) or (
                first.tag_ in ("VB", "VBP") and first.i == seg.tokens[0].i
            )
            if bare and first.i == seg.tokens[0].i and n > 0:
                seams.append(
                    Seam("lost_subject", f"{first.text!r} opens {seg.text!r}", (first.lower_,))
                )
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in sentence)
    whole = len(list(sentence.doc.sents)) == 1
    second = v2 and _second_after_subject(sentence, ctx)
    if not any_finite and (whole or not verbless) and not second:  # 'This year,' is no clause
        seams.append(Seam("lost_tense", f"no finite verb in {sentence.text!r}", ("-",)))
    last = [t for t in _outside_asides(list(sentence)) if not t.is_punct]
    if last and (last[-1].pos_ in ("CCONJ", "SCONJ", "DET") or last[-1].lower_ in style.articles):
        seams.append(
            Seam("dangling", f"the sentence ends on {last[-1].text!r}", (last[-1].lower_,))
        )
    return seams


def _dictionary_verb(token: Token) -> bool:
    """English: a word the tagger calls an adverb whose past form the dictionary knows as
    its own ('listen': 'listened'), not an -ly adverb: a verb the small tagger misses ('I
    will listen better')."""
    word = token.lower_
    if token.tag_ != "RB" or not word.isalpha() or word.endswith("ly") or len(word) < 4:
        return False
    past = f"{word}d" if word.endswith("e") else f"{word}ed"
    return known_word(past, "en") and lemma_of(past, "en").lower() == word


def _before_verb(token: Token) -> bool:
    """An adverb between a modal or 'to' and its verb ('will not', 'to better serve': a
    comparative the tagger calls an adjective counts when a verb follows)."""
    if token.i + 1 >= len(token.doc):
        return False
    comparative = token.tag_ in ("JJR", "RBR") and token.nbor(1).pos_ in ("VERB", "AUX")
    return token.pos_ in ("ADV", "PART") or comparative


#: Penn tags of closed word classes (prepositions, determiners, pronouns, numbers): never a
#: verb, whatever part of speech a repair gave the word.
_CLOSED_TAGS = frozenset({"IN", "DT", "PDT", "CD", "PRP", "PRP$", "CC", "WDT", "WP", "TO", "EX"})


def _base_verb(token: Token) -> bool:
    """English: the verb a modal or 'to' takes is a base form ('will lead', 'in order to
    lead'), never 'will proofreading' or 'in order to no more ...'; a past the tagger reads
    for a base form that looks the same ('will read', 'to set') passes."""
    if token.pos_ not in ("VERB", "AUX") or token.tag_ in _CLOSED_TAGS:
        return False  # a repaired tag may call 'after' a verb: its word class says not
    if token.tag_ in ("VBG", "VBN", "VBZ"):
        return False
    return token.tag_ != "VBD" or token.lemma_.lower() == token.lower_


def _ends_frame(token: Token, words: list[str]) -> bool:
    """``token`` is the last of the frame's ``words`` ('to' of 'in order to')."""
    start = token.i - len(words) + 1
    if not words or start < 0:
        return False
    return [t.lower_ for t in token.doc[start : token.i + 1]] == words


def _finite_by_stem(token: Token) -> bool:
    """A Dutch present form the small tagger calls an adjective or noun ('overlegt'): its
    stem ('overleg') is a verb's in the dictionary ('overleggen')."""
    if not token.is_alpha or not token.lower_.endswith("t") or len(token.text) < 4:
        return False
    stem = token.lower_[:-1]
    return any(known_word(v, lang="nl") for v in stem_infinitives(stem))


def _verb_by_probe(token: Token, style: RewriteStyle) -> bool:
    """Whether the tagger reads ``token`` as a verb after a plain subject ('it works'). It
    may call the verb at the end of a clause a noun ('how the department works'); asked
    only where a seam would otherwise be shown."""
    verb = _probe(token, style)
    return (
        verb is not None
        and verb.pos_ in ("VERB", "AUX")
        and "Fin" in verb.morph.get("VerbForm", [])
    )


def _probe(token: Token, style: RewriteStyle) -> Token | None:
    """``token`` as the tagger reads it right after the pack's plain subject ('it answer')."""
    nlp = pipeline_of(token.doc)
    if not style.probe_subject or nlp is None or not token.is_alpha:
        return None
    with pipeline_lock(nlp):
        probe = nlp(f"{style.probe_subject} {token.lower_}")
    return probe[-1] if len(probe) == 2 else None


def _second_after_subject(sentence: Span, ctx: RuleContext) -> bool:
    """Verb second: the word right after a clause-opening subject ('Ik', 'De stagiairs') is
    the finite verb, even when the tagger calls it a preposition or an infinitive ('Ik rond
    de cursus af', 'De stagiairs schrijven ...'). After a fronted phrase the subject comes
    third, so the word right before it is the verb ('Na de zomer rond ik de cursus af')."""
    tokens = list(sentence)
    if _second_before_subject(tokens, ctx) or _plural_subject_first(tokens):
        return True
    pronouns = ctx.pack.words("subject_pronouns")
    at = 0
    if tokens and tokens[0].lower_ in pronouns:
        at = 1
    elif tokens and tokens[0].pos_ == "DET":
        at = 1
        while at < len(tokens) and tokens[at].pos_ == "ADJ":
            at += 1
        if at >= len(tokens) or tokens[at].pos_ not in ("NOUN", "PROPN"):
            return False
        at += 1
    else:
        return False
    if at >= len(tokens):
        return False
    verb = tokens[at]
    closed = ("DET", "PRON", "NUM", "CCONJ", "SCONJ", "PUNCT", "NOUN", "PROPN")
    return verb.is_alpha and verb.pos_ not in closed


def _plural_subject_first(tokens: list[Token]) -> bool:
    """'Stagiairs schrijven wekelijks een verslag': a bare plural noun opens the clause and
    the -en word after it is its verb (the tagger may call it an infinitive or a noun). A
    goal worded as an infinitive puts that word last ('Stagiairs begeleiden'), so the verb
    counts only with more of the clause after it."""
    if len(tokens) < 3 or tokens[0].pos_ not in ("NOUN", "PROPN") or tokens[0].is_lower:
        return False
    verb, after = tokens[1], tokens[2]
    if not (verb.is_alpha and verb.is_lower and verb.lower_.endswith("en")):
        return False
    return verb.pos_ in ("VERB", "NOUN") and after.is_alpha


_MISTAGGED_FINITE = ("VERB", "AUX", "ADP", "NOUN", "ADV", "ADJ")  # what a verb is called


def _second_before_subject(tokens: list[Token], ctx: RuleContext) -> bool:
    """Verb second after a front: in 'Vóór [datum] lever ik het verslag in' the word between
    the fronted phrase and 'ik' is the finite verb, even when the tagger calls it a
    preposition or a noun. Only pronouns that are never an object count ('met je team' is
    no verb and subject), and only a front without a comma or a verb of its own."""
    nominative = ctx.pack.words("nominative_pronouns")
    at = next((n for n, t in enumerate(tokens) if t.lower_ in nominative), None)
    if at is None or at < 2:
        return False
    verb, front = tokens[at - 1], tokens[: at - 1]
    if not (verb.is_alpha and verb.is_lower) or verb.pos_ not in _MISTAGGED_FINITE:
        return False  # 'Engels' in 'mijn Engels ik ...' is a name, no verb
    if front[-1].pos_ == "DET" or "Yes" in front[-1].morph.get("Poss", []):
        return False  # 'de cursus ik ...': the noun of a phrase, no verb
    return not any(t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ") for t in front)


def _dutch_order(
    sentence: Span,
    segments: list[_Segment],
    ctx: RuleContext,
    style: RewriteStyle,
    written: str = "",
) -> list[Seam]:
    """Verb second in a main clause, verbs at the end of their clause, 'te' where it goes
    (``written``: the goal's text, whose own subordinate clauses keep their order)."""
    seams: list[Seam] = []
    pronouns = ctx.pack.words("subject_pronouns")
    main = next((s for s in segments if s.opener in ("start", "punct") and _any_finite(s)), None)
    if main is not None:
        finite = next(t for t in main.tokens if _finite(t))
        at = main.tokens.index(finite)
        before = main.tokens[:at]
        fronted = bool(before) and not (len(before) == 1 and before[0].lower_ in pronouns)
        earlier = segments[: segments.index(main)]
        if before and before[-1].lower_ in pronouns and (len(before) > 1 or earlier):
            seams.append(
                Seam("word_order", f"subject before the verb after a front: {main.text!r}", ("v2",))
            )
        if not fronted and earlier and before and before[0].lower_ in pronouns:
            seams.append(Seam("word_order", f"no inversion after {earlier[0].text!r}", ("inv",)))
        if not before and earlier and all(not _any_verb(s) for s in earlier):
            seams.append(Seam("dangling", f"a stray comma after {earlier[-1].text!r}", (",",)))
    marker = style.infinitive_markers[0] if style.infinitive_markers else "te"
    particles = set(ctx.pack.words("separable_particles"))
    amounts = {w.lower() for w in ctx.pack.words("comparatives") if " " not in w}
    followers: list[_Segment | None] = [*segments[1:], None] if segments else []
    for seg, following in zip(segments, followers, strict=True):
        opened = seg.tokens[0].lower_ if seg.tokens else ""
        if seg.opener == "sub" and seg.tokens and seg.tokens[0].pos_ == "SCONJ":
            last = [t for t in seg.tokens if not t.is_punct][-1:]
            ends_open = bool(last) and last[0].pos_ in ("ADP", "ADV", "ADJ")  # 'naar buiten'
            if (
                ends_open
                and len(seg.tokens) > 2
                and not _any_verb(seg)
                and not _any_finite(seg)
                and not _finite_by_stem(last[0])  # 'dat het team vaker overlegt'
            ):
                seams.append(Seam("lost_verb", f"no verb in {seg.text!r}", ("sub",)))
        if seg.opener == "sub" and opened not in style.complementizers:  # not 'om ... te'
            found = _verb_final(seg, marker, particles, _governs(seg, following), amounts)
            seams += [f for f in found if not _as_written(f, seg, written)]
            seams += _stranded(seg, style.prepositions - particles, set(style.pronoun_adverbs))
    for seg in segments:
        tokens = seg.tokens
        for i, t in enumerate(tokens[:-1]):
            nxt = tokens[i + 1]
            if t.lower_ == marker and nxt.pos_ in ("NOUN", "PROPN", "DET", "ADP", "PRON"):
                seams.append(Seam("word_order", f"'te' before {nxt.text!r}", ("te-noun",)))
            if t.lower_ == marker and i > 0 and _infinitive(tokens[i - 1]) and _infinitive(nxt):
                seams.append(
                    Seam("word_order", f"'{tokens[i - 1].text} te {nxt.text}'", (nxt.lower_,))
                )
        if not any(_finite(t) for t in tokens) and seg.opener != "sub":
            continue
        verbs = [i for i, t in enumerate(tokens) if t.pos_ in ("VERB", "AUX") and not _finite(t)]
        has_aux = any(_finite(t) for t in tokens) or seg.opener == "sub"
        if not has_aux:
            continue
        for i in verbs:
            if i > 0 and tokens[i - 1].lower_ == marker:
                continue  # 'door ... te stroomlijnen' closes its own clause
            after = tokens[i + 1 : i + 3]
            te_clause = tokens[i].lower_ in style.te_clause_verbs and any(
                u.lower_ == marker for u in tokens[i + 1 :]
            )  # 'helpen de wachtlijst weg te werken': the te-clause follows its verb
            if (
                after
                and not te_clause
                and after[0].pos_ == "DET"
                and any(a.pos_ in ("NOUN", "PROPN") for a in after)
            ):
                seams.append(
                    Seam(
                        "word_order",
                        f"an object after the verb {tokens[i].text!r}",
                        (tokens[i].lower_,),
                    )
                )
    return seams


def _after_ensure(token: Token, ensure: list[list[str]]) -> bool:
    """English: the first word of the clause a verb of seeing to it takes without 'that'
    ('make sure *orders* go out', 'ensure *the team* delivers')."""
    if token.lower_ == "that" or token.is_punct:
        return False
    for words in ensure:
        start = token.i - len(words)
        if start >= 0 and [t.lower_ for t in token.doc[start : token.i]] == words:
            return True
    return False


def _as_written(seam: Seam, segment: _Segment, written: str) -> bool:
    """Words after the verbs of a subordinate clause that the writer put there in a clause
    of the same kind ('Zorgen dat er ... optreedt *in ons netwerk*'): the goal's own order,
    which a tagger that missed the goal's verb did not flag there. A main clause of the goal
    moved behind 'dat' ('dat het team maakt de planning') was written without it: flagged."""
    if seam.kind != "word_order" or not seam.detail.startswith("words after the verbs"):
        return False
    tokens = [t for t in segment.tokens if not t.is_punct]
    verbs = [n for n, t in enumerate(tokens) if t.pos_ in ("VERB", "AUX")]
    if not written or not verbs or not tokens:
        return False
    tail = " ".join(t.lower_ for t in tokens[verbs[-1] :])
    opener = re.escape(tokens[0].lower_)
    text = " ".join(re.findall(r"\w+|[^\w\s]", written.lower()))
    return re.search(rf"(?<!\w){opener}(?!\w).*(?<!\w){re.escape(tail)}(?!\w)", text) is not None


def _governs(segment: _Segment, nxt: _Segment | None) -> bool:
    """The clause ends in a preposition whose object is the next clause ('op de hoogte worden
    gehouden van | wat ...'): that preposition may follow the verbs."""
    return (
        nxt is not None
        and nxt.opener == "sub"
        and bool(segment.tokens)
        and bool(nxt.tokens)
        and segment.tokens[-1].pos_ == "ADP"
        and nxt.tokens[0].i == segment.tokens[-1].i + 1
    )


def _verb_final(
    segment: _Segment,
    marker: str,
    particles: set[str],
    governs: bool = False,
    amounts: frozenset[str] | set[str] = frozenset(),
) -> list[Seam]:
    """A Dutch subordinate clause ends in its verb cluster: no phrase inside the cluster
    ('maken in Excel moeten'), nothing after it ('dat het team maakt de planning', 'dat ...
    schrijven over hun stage'), and a separable particle next to its verb ('de rapportage in
    bij de manager levert'). The tagger's finiteness is unreliable here (plural forms in -en
    look like infinitives), so the cluster is every verb of the clause, wherever it stands.
    ``governs``: the clause's last word is a preposition of the next clause (see _governs).
    A form in -en right after a word of amount (``amounts``) with a finite verb later in the
    clause is the noun it counts ('dat er minder faalkosten op ... zijn')."""
    tokens: list[Token] = []
    depth = 0
    for t in segment.tokens[:-1] if governs else segment.tokens:  # '(1 juni 2027)' after an
        depth += (t.text == "(") - (t.text == ")")  # event gives its date, not a phrase
        if depth == 0 and not t.is_punct:
            tokens.append(t)
    seams: list[Seam] = []
    for t, nxt in pairwise(tokens):
        if t.lower_ in particles and t.pos_ == "ADP" and nxt.pos_ == "ADP" and nxt.lower_ != marker:
            seams.append(
                Seam("word_order", f"the particle {t.text!r} apart from its verb", ("prt",))
            )

    def verbal(n: int) -> bool:
        t = tokens[n]
        if t.lower_ == marker:
            return True
        noun_like = n > 0 and tokens[n - 1].pos_ in ("DET", "ADJ", "NUM")
        counted = (  # the tagger may call the counted noun finite ('minder no-shows')
            n > 0
            and tokens[n - 1].lower_ in amounts
            and any(u.pos_ in ("VERB", "AUX") for u in tokens[n + 1 :])
        )
        adjective = t.dep_ == "amod" and _attributive(t)  # 'afgelopen kwartaal'
        return t.pos_ in ("VERB", "AUX") and not noun_like and not counted and not adjective

    verbs = [n for n in range(1, len(tokens)) if verbal(n)]
    if not verbs or not any(tokens[n].pos_ in ("VERB", "AUX") for n in verbs):
        return seams
    first, last = verbs[0], verbs[-1]
    if any(not verbal(n) for n in range(first, last)):
        seams.append(Seam("word_order", f"a phrase inside the verbs of {segment.text!r}", ("vf",)))
    if last < len(tokens) - 1:
        seams.append(Seam("word_order", f"words after the verbs of {segment.text!r}", ("vf",)))
    return seams


def _stranded(segment: _Segment, prepositions: frozenset[str], adverbs: set[str]) -> list[Seam]:
    """Dutch: a preposition right before the verbs of a subordinate clause has lost its
    object ('dat ouders beter op de hoogte van worden gehouden wat ...'), unless a pronoun
    adverb of the clause is that object ('dat ik er elke dag aan werk', 'waar ik op let').
    ``prepositions``: the pack's, less its separable particles ('dat ik het werk af krijg')."""
    tokens = [t for t in segment.tokens if not t.is_punct]
    if any(t.lower_ in adverbs for t in tokens):
        return []
    for t, nxt in pairwise(tokens):
        if t.lower_ in prepositions and nxt.pos_ in ("VERB", "AUX"):
            if _attributive(nxt):
                continue
            detail = f"{t.text!r} without its object before {nxt.text!r}"
            return [Seam("word_order", detail, ("prep",))]
    return []


def _time_in_subclause(segment: _Segment) -> bool:
    """The added date stands inside a subordinate clause (not in parentheses after an event,
    and not after an inverted main verb the segmentation swallowed: 'Om ... ga ik vóór')."""
    for n, token in enumerate(segment.tokens):
        if token.text not in _ADDED_TIME:
            continue
        if n >= 3 and segment.tokens[n - 3].text == "(":
            continue
        if any(_next_to_subject(t) for t in segment.tokens[:n]):
            continue
        return True
    return False


def _any_finite(segment: _Segment) -> bool:
    return any(_finite(t) for t in segment.tokens)


def _any_verb(segment: _Segment) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in segment.tokens)


def _after_the_infinitive(
    later: list[Token], verbs: list[Token], relativizers: frozenset[str] = frozenset()
) -> list[Seam]:
    """Dutch 'ga ik ... [infinitive]': the infinitive closes the clause; only a phrase of
    its own may follow (a preposition, a conjunction, a relative or question clause: 'ga ik
    noteren wat ik verander', ``relativizers``), not an object or an adverb ('ga ik
    medewerkers bewegen dagelijks ...', 'ga ik oefenen die week')."""
    if not verbs:
        return []
    last = max(t.i for t in verbs)
    rest = [t for t in later if t.i > last]
    opens = (  # a demonstrative before its noun ('die week') opens nothing
        bool(rest)
        and rest[0].lower_ in relativizers
        and rest[0].pos_ != "DET"
        and (len(rest) < 2 or rest[1].pos_ not in ("NOUN", "PROPN", "ADJ"))
    )
    if rest and rest[0].pos_ not in ("ADP", "SCONJ", "CCONJ", "PUNCT") and not opens:
        return [Seam("word_order", f"words after the infinitive: {rest[0].text!r}", ("inf",))]
    return []


def _attributive(token: Token) -> bool:
    """A participle used as an adjective ('toegepaste wiskunde'), not a verb of the clause."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    participle = "Part" in token.morph.get("VerbForm", []) or token.lower_.endswith("e")
    return participle and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")


def _infinitive_like(token: Token) -> bool:
    """A Dutch form in -en, maybe an infinitive the tagger calls a noun ('vaker sporten',
    'iets ondernemen'); a plural noun may pass for one, so this only ever clears a seam."""
    lower = token.lower_
    return len(lower) > 3 and lower.endswith("en") and token.pos_ in ("NOUN", "VERB", "AUX")


def _infinitive(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm", [])
