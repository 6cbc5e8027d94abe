"""Several goals coordinated in one sentence: one goal text per goal, each able to stand alone.

"Voor eind maart wil ik 20 klanten binnenhalen, 15% meer omzet draaien en een certificaat
behalen" packs three goals; a rewrite of the whole sentence keeps them packed, so S004 ("two
goals in one") and R004 ("too many goals") fire again. The reading stage already cut the
sentence into one piece per goal (``goal.syntax.goal_pieces``); here each later piece gets
the shared front material it needs to be a goal on its own:

- the shared subject and modal ("Voor eind maart 2027 wil ik" + "15% meer omzet draaien");
  English takes everything before the first goal's verb ("I want to" + "stop procrastinating"),
- a fronted deadline or condition, in the sentence it fronts ("Per 1 februari 2027" +
  "voer ik ... in"); without one, an inverted Dutch piece gets its subject first ("en voer
  ik X in" -> "Ik voer X in"),
- a deadline set off after the last goal ("..., and rewrite Z, all before the end of the
  quarter") goes with every goal.

A piece after a semicolon that names its own subject keeps its own words only. A piece with
no subject that goes on with a clause about other people ("klanten die thuis zijn en de
hele tijd meekijken") is theirs, no goal (others_clause.py): no split. A reason or
purpose clause ("want ...", "because ...") is no goal (the reading stage leaves it in the
piece it follows). Each part is then judged and rewritten like any goal (checker).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.field_parts import field_label, with_field, without_field
from smartcheck.fixing.rewrite.guard import refusal
from smartcheck.fixing.rewrite.others_clause import continues_others
from smartcheck.fixing.rewrite.seams import (
    Seam,
    SeamKind,
    SeamParses,
    find_seams,
    inflects_as_verb,
)
from smartcheck.fixing.rewrite.shared_object import joined_back
from smartcheck.fixing.rewrite.stops import sentences as told_sentences
from smartcheck.fixing.rewrite.style import RewriteStyle, style_for
from smartcheck.fixing.rewrite.words import capitalise
from smartcheck.reading.goal import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reporting.report import GoalReport

#: More goals than this in one sentence is no goal text to split but a list to write anew.
MAX_PARTS = 6
#: Findings that say the text packs several goals (the split is their remedy).
PACKED_CODES = frozenset({"S004", "R004"})
_SENTENCE_END = frozenset({".", "!", "?", ";"})
_SET_OFF = frozenset({",", "-", "\u2013", "\u2014", ":", "("})
#: How far a bracket after a fronted time may close and still date it ('(maart 2027)').
_BRACKET = 5


def packs_goals(report: GoalReport) -> bool:
    """The judging found several goals in the text (S004 or R004)."""
    findings = [f for c in (Criterion.S, Criterion.R) for f in report.criteria[c].findings]
    return any(f.code in PACKED_CODES for f in findings)


#: An imperative goal's parts are imperatives too: no subject and no tense, as the writer wrote.
IMPERATIVE: frozenset[SeamKind] = frozenset({"lost_tense", "lost_subject"})
#: Seams a part shows only because it is a part: the other goals' words (and a negation of
#: theirs) are in the other parts. A seam the writer's sentence has itself (an imperative
#: reads as "no finite verb") is its form, which each part keeps.
PART_OF_WHOLE: frozenset[SeamKind] = frozenset({"lost_words", "lost_negation"})


def part_seams(
    part: str, goal: Goal, ctx: RuleContext, parses: SeamParses | None = None
) -> list[Seam]:
    """Where ``part``, one goal cut from ``goal``, is broken as a sentence. ``parses``: the
    parses of the goal's other parts (see :class:`SeamParses`), so that the goal is parsed
    and its own seams are read once for all of them."""
    style = style_for(ctx)
    if style is None:
        return []
    part = without_field(_rewritten_only(part, goal, style.abbreviations), goal)
    if not part:
        return []
    parses = parses if parses is not None else SeamParses()
    writer = {kind for kind, _ in parses.own_seams(goal, ctx, style)}  # the sentence's own form
    if _imperative(goal) or field_label(goal) is not None or _as_written(part, goal):
        writer |= set(IMPERATIVE)  # a labelled line's phrases are the writer's notes too
    return [
        s
        for s in find_seams(part, goal, ctx, style, parses)
        if s.kind not in PART_OF_WHOLE
        and s.kind not in writer
        and not (s.kind == "lost_modal" and _others_modal(s, part, goal))
        and not (s.kind == "lost_verb" and _other_pieces_verb(s, part, goal))
    ]


def _other_pieces_verb(seam: Seam, part: str, goal: Goal) -> bool:
    """The verb a seam says was cut from its words ('meelopen' cut from between 'ervan' and
    'met') is the verb of another goal piece: no word of that piece is in ``part`` (the
    part's own rewrite never held it: 'meer leren over X, meelopen met Y' split in two)."""
    named = seam.detail.split("'")[1] if seam.detail.count("'") >= 2 else ""
    if "cut from" not in seam.detail or not named:
        return False
    said = {w.lower() for w in _WORD.findall(part)}
    for piece in goal.syntax.goal_pieces:
        words = {w.lower() for w in _WORD.findall(piece.text)}
        if named.lower() in words:
            own = {w for w in words if w != named.lower() and len(w) > 3}
            return bool(own) and not own & said
    return False


def _others_modal(seam: Seam, part: str, goal: Goal) -> bool:
    """The modal a part lacks stands in another item of a list ('1. leren werken met de
    sorteermachine\n2. kleine storingen zelf *kunnen* verhelpen': the first part has no
    'kunnen' to keep): no word of the line (or inline item) holding it is in the part. The part of
    that goal keeps its modal, which its own check asks."""
    doc = goal.doc
    if doc is None:
        return False
    said = {w.lower() for w in _WORD.findall(part)}
    named = seam.detail.split("'")[1] if seam.detail.count("'") >= 2 else ""
    found = [t for t in doc if t.text == named]
    if not found:
        return False
    for t in found:
        region = _region(t, goal)
        words = {
            u.lower_ for u in region if u.is_alpha and not u.is_stop and u.i != t.i and len(u) > 2
        }
        if not words or words & said:
            return False
    return True


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _region(token: Token, goal: Goal) -> list[Token]:
    """The tokens of the line (a list item) that holds ``token``, or of its goal piece in an
    inline list after a colon ('Voor dit jaar: X, Y en zelf Z *kunnen* varen'); the whole
    goal otherwise, whose pieces may share a modal ('Voor 1 oktober kan ik X. De eerste drie
    laat ik nakijken', 'X en dan ook weten wanneer ik ... moet melden')."""
    doc = token.doc
    if any("\n" in t.text for t in doc):
        start = next((t.i + 1 for t in reversed(doc[: token.i]) if "\n" in t.text), 0)
        end = next((t.i for t in doc[token.i :] if "\n" in t.text), len(doc))
        return list(doc[start:end])
    colon = next((t for t in doc if t.text == ":"), None)
    ends = [t for t in doc if t.text in _SENTENCE_END and t.i < len(doc) - 1]
    if colon is None or colon.i > token.i or ends:
        return list(doc)
    for piece in goal.syntax.goal_pieces:
        if piece.start <= token.idx < piece.end:
            return [t for t in doc if piece.start <= t.idx < piece.end]
    return list(doc)


def _as_written(part: str, goal: Goal) -> bool:
    """Is ``part`` the writer's own words, cut from the goal as they stand ('Sneller werken
    aan de toonbank en *klanten beter adviseren*')? A bare infinitive is then the writer's
    form, whatever the tagger made of the goal's first words ('Sneller' as a name)."""
    words = part.strip().rstrip(".!?").strip().lower()
    return len(words.split()) > 1 and words in goal.text.lower()


def _rewritten_only(part: str, goal: Goal, abbreviations: Collection[str] = ()) -> str:
    """``part`` without the writer's sentences it keeps word for word before or after its
    rewrite (a heading, what happened, the situation: several.py): the rewriter made no seam
    in them, and read with the rewrite they look like one ('Vorige maand had ik ...' before a
    deadline ahead)."""
    sentences = told_sentences(part.strip(), abbreviations, marks=".!?", capital=True)
    kept = [s.strip() and s.strip() in goal.text and "[" not in s for s in sentences]
    start = next((n for n, k in enumerate(kept) if not k), len(sentences))
    end = len(sentences) - next((n for n, k in enumerate(reversed(kept)) if not k), 0)
    if start == 0 and end == len(sentences):
        return part
    return " ".join(sentences[start:end]).strip()


def _imperative(goal: Goal) -> bool:
    """The goal opens with its first goal verb, without a subject ("Join ..., connect ...")."""
    words = [t for t in goal.doc or () if t.is_alpha]
    verbs = goal.syntax.goal_verbs
    return bool(words and verbs) and words[0].idx == verbs[0].start


def committed_part(part: str, read: Goal, ctx: RuleContext) -> str | None:
    """A part that passes as written told as the writer's commitment, when it has no
    subject of its own: an English imperative ('Get at least one on the menu before the
    summer holidays' -> 'I will get ...') or a Dutch bare infinitive phrase ('voor de zomer
    minstens één smaak op de kaart krijgen' -> 'Ik ga ...'; the pack's ``form_act``). The
    other parts of the split are committed by the frames, so this one is too: every part is
    the writer's. None for a part with its own subject, or one that is no such phrase."""
    style = style_for(ctx)
    doc = read.doc
    if style is None or not style.form_act or doc is None:
        return None
    words = [t for t in doc if t.is_alpha]
    verbs = read.syntax.goal_verbs
    subjects = {w.lower() for w in ctx.pack.words("first_person_subject")}
    if not words or not verbs or any(t.lower_ in subjects for t in words):
        return None
    if ctx.pack.grammar.verb_second:  # the infinitive ends the phrase, no finite verb in it
        last = words[-1]
        if not verbs[-1].start <= last.idx < verbs[-1].end or last.lower_ != last.lemma_.lower():
            return None
        if any("Fin" in t.morph.get("VerbForm", []) for t in words[:-1]):
            return None  # the last one may be read as a plural present: its form is the same
    elif not _imperative(read):
        return None
    body = part.strip().rstrip(".!").strip()
    act = body[:1].lower() + body[1:] if body[1:2].islower() else body
    return capitalise(style.form_act.format(act=act)) + "."


def coordinated_parts(report: GoalReport, ctx: RuleContext) -> list[str]:
    """One goal text per coordinated goal of ``report``'s goal (empty when it is one goal,
    or when a piece cannot be made a goal of its own)."""
    goal = report.goal
    pieces = goal.syntax.goal_pieces
    heads = goal.syntax.goal_verbs
    doc = goal.doc
    if doc is None or not 2 <= len(pieces) <= MAX_PARTS or len(heads) != len(pieces):
        return []
    style = style_for(ctx)
    stops = style.abbreviations if style is not None else ()
    if not packs_goals(report) or refusal(goal.text, stops) is not None:
        return []
    if continues_others(doc, pieces, heads, ctx):
        return []  # '... klanten die thuis zijn en meekijken': their acts, the goal's object
    if _tasks_after_dash(goal.text, heads):
        return []  # 'Take over X - order Y, book Z and make W': the tasks of one goal
    if style is not None and _choice_stated(goal.text, style):
        return []  # 'Ik ga kiezen wat ik eerst doe: X of Y': the options of one choice
    if not ctx.pack.grammar.verb_second:
        pieces, heads = _imperative_before(goal, doc, pieces, heads)
    back = ctx.pack.words("back_pronouns")
    examples = style.vague_topic_openers if style is not None else ()
    pieces, heads = joined_back(doc, goal.text, pieces, heads, back, examples)  # 'en ze Y'
    if len(pieces) < 2:
        return []
    builder = _Builder(goal, doc, ctx)
    parts = [builder.part(n, pieces, heads) for n in range(len(pieces))]
    if any(p is None or len(p.split()) < 2 for p in parts):
        return []
    return with_field([p for p in parts if p is not None], goal)  # 'Buurtbemiddeling: ...'


def _others_clause(own: list[Token], head: Token) -> bool:
    """Is the piece ``own`` a clause that opens with an auxiliary and a subject of its own on
    its verb ``head`` ('hopelijk *kan iemand* van HR me helpen'; not a clause inside it: 'als
    Wim met pensioen gaat')? A bare act ('mijn Duits
    verbeteren', where the tagger may see a subject and a finite plural) has no auxiliary and
    shares the goal's front as before."""
    aux = any(t.pos_ == "AUX" and t.head.i == head.i for t in own[:3])  # it opens the piece
    return aux and any(t.dep_.startswith("nsubj") and t.head.i == head.i for t in own[1:4])


def _choice_stated(text: str, style: RewriteStyle) -> bool:
    """Does ``text`` state the writer's choice in one of the pack's ``choice_steps`` ('Ik ga
    kiezen wat ik eerst doe: X of Y', 'I will decide whether to X or Y'; asked_choices.py)?
    Its options are alternatives of one step, no goals to split (session 36)."""
    said = " ".join(text.lower().split())
    leads = {t.split("{first}")[0].strip().lower() for t in style.choice_steps.values()}
    return any(lead and said.startswith(lead) for lead in leads)


def _tasks_after_dash(text: str, heads: tuple[TextSpan, ...]) -> bool:
    """Does a spaced dash stand after the first goal verb and before the second, in one
    sentence ('Take over the ordering from Kees - call the suppliers, check the stock lists
    and book the transport')? The acts after it are the tasks of the goal before it, told
    as its parts: cut from it, the first kept the dash ('I will take over ... - call the
    suppliers, with ...')."""
    between = text[heads[0].end : heads[1].start]
    return " - " in between and not any(stop in between for stop in (". ", "! ", "? ", "\n"))


def _imperative_before(
    goal: Goal, doc: Doc, pieces: tuple[TextSpan, ...], heads: tuple[TextSpan, ...]
) -> tuple[tuple[TextSpan, ...], tuple[TextSpan, ...]]:
    """English: an imperative goal set off by a comma before the first piece's verb, which
    the tagger read as a noun ('*Work* on my Spanish, get more involved in X, and learn Y'):
    a piece of its own, or the next goal would take it as its front."""
    first = doc[0] if len(doc) else None
    comma = next(
        (t for t in doc if t.text == "," and pieces[0].start < t.idx < heads[0].start), None
    )
    if first is None or comma is None or first.idx != pieces[0].start:
        return pieces, heads
    before = doc[: comma.i]
    if any(t.pos_ in ("VERB", "AUX") for t in before) or not first.is_alpha:
        return pieces, heads
    if not inflects_as_verb(first):
        return pieces, heads
    rest = doc[comma.i + 1].idx
    text = goal.text
    split = (
        TextSpan(text=text[pieces[0].start : comma.idx], start=pieces[0].start, end=comma.idx),
        TextSpan(text=text[rest : pieces[0].end], start=rest, end=pieces[0].end),
    )
    head = TextSpan(text=first.text, start=first.idx, end=first.idx + len(first.text))
    return (*split, *pieces[1:]), (head, *heads)


class _Builder:
    """Makes each piece of one goal a goal text of its own."""

    def __init__(self, goal: Goal, doc: Doc, ctx: RuleContext) -> None:
        self.goal = goal
        self.doc = doc
        pack = ctx.pack
        self.subjects = {w.lower() for w in pack.words("subject_pronouns")} | {
            w.lower() for w in pack.words("first_person_subject")
        }
        self.coordinators = sorted(
            (tuple(w.lower().split()) for w in pack.words("coordinators")), key=len, reverse=True
        )
        self.infinitive_markers = {w.lower() for w in pack.words("infinitive_markers")}
        self.control = {w.lower() for w in pack.words("control_verbs")}
        self.copular = {w.lower() for w in pack.words("copular_verbs")}
        self.joiners = {  # one-word conjunctions: a piece never ends in one
            w.lower() for key in ("coordinators", "subordinators") for w in pack.words(key)
        } - {w for w in self.subjects}
        self.joiners = {w for w in self.joiners if " " not in w}
        self.additive = {  # "also", "ook": what joined the goals, not part of either
            w.lower() for w in pack.words("coordinators") if w.lower() in pack.function_words
        }
        self.additive |= {  # "daarnaast wil ik", "verder wil ik": a further goal's opener
            w.lower() for w in pack.words("additive_markers") if " " not in w
        }
        self.v2 = pack.grammar.verb_second
        style = style_for(ctx)
        self.wish_words = {  # 'Ik zou *graag* X en Y': the wish goes with the shared modal
            w.lower() for w in (style.cluster_drop if style is not None else ()) if " " not in w
        } - set(style.te_triggers if style is not None else ())  # not 'proberen om ... te'
        # 'Ik wil proberen X te maken en Y in te pakken': a te-infinitive keeps its verb
        self.te_verbs = {w.lower() for w in (style.te_triggers if style is not None else ())}

        self.gerund_ending = pack.grammar.gerund_ending
        self.gerund_tag = pack.grammar.gerund_tag
        self.capital = goal.text.lstrip()[:1].isupper()
        self.end = "." if goal.text.rstrip().endswith(".") else ""

    # -- tokens ---------------------------------------------------------------------------------
    def tokens(self, start: int, end: int) -> list[Token]:
        """The words from ``start`` to ``end`` (characters) without the coordinators and
        punctuation they open or end with."""
        found = [t for t in self.doc if start <= t.idx < end]
        changed = True
        while found and changed:
            changed = False
            if found[0].is_punct:
                found, changed = found[1:], True
                continue
            lower = tuple(t.lower_ for t in found)
            for words in self.coordinators:
                if lower[: len(words)] == words and len(found) > len(words):
                    found, changed = found[len(words) :], True
                    break
        while found and (
            found[-1].is_punct or found[-1].lower_ in self.joiners or self.hangs(found)
        ):
            found = found[:-1]  # "..., *while* also starting ...": the join is neither goal's
        return self.closed(found, end)

    def hangs(self, found: list[Token]) -> bool:
        """An adverb after the join, left at a piece's end when the next goal's cut came
        after it ("..., *en eigenlijk* ook beter leren plannen"): the next goal's word."""
        if len(found) < 3 or found[-1].pos_ not in ("ADV", "ADJ"):
            return False
        join, cut = found[-2], found[-3]  # ', en eigenlijk' (not 'snel en zorgvuldig')
        return join.is_punct or (join.lower_ in self.joiners and cut.is_punct)

    def closed(self, found: list[Token], end: int) -> list[Token]:
        """``found`` with the closing bracket of an aside it opened ("(nu ben ik ...)"), which
        the piece may end just before."""
        opened = sum(t.text == "(" for t in found) - sum(t.text == ")" for t in found)
        if opened <= 0 or not found:
            return found
        after = [t for t in self.doc if t.i > found[-1].i and t.text == ")"]
        return [*found, after[0]] if after and after[0].idx <= end + 1 else found

    def joins(self, token: Token, head: Token) -> bool:
        """An adverb that joined the goals ("I will *also* keep", "ik ga *ook*"), before
        the verb: it belongs to neither goal once they stand apart."""
        adverbial = token.pos_ == "ADV" or (token.pos_ == "ADJ" and token.dep_ != "amod")
        return token.i < head.i and token.lower_ in self.additive and adverbial

    def is_subject(self, token: Token) -> bool:
        return token.lower_ in self.subjects

    def sentence_start(self, span: TextSpan) -> int:
        """The character where the sentence holding ``span`` starts (a semicolon ends one)."""
        ends = [t.idx + 1 for t in self.doc if t.text in _SENTENCE_END and t.idx < span.start]
        return ends[-1] if ends else 0

    # -- one part -------------------------------------------------------------------------------
    def part(self, n: int, pieces: tuple[TextSpan, ...], heads: tuple[TextSpan, ...]) -> str | None:
        own = self.tokens(pieces[n].start, pieces[n].end)
        this_head = next((t for t in own if t.idx == heads[n].start), None)
        if not own or this_head is None:
            return None
        written = own
        own = [t for t in own if not self.joins(t, this_head)]
        tail = self.shared_tail(n, pieces, heads)
        if self.v2 and own != written and len(own) >= 2 and self.is_subject(own[1]):
            # "..., verder wil ik X": a sentence of its own after its opener, which stays
            return self.finish([t.text_with_ws for t in written], tail)
        start = self.sentence_start(pieces[n])
        start = max(start, self.lead_start(n, pieces))
        first = self.tokens(start, pieces[n].start)
        if not first:  # the piece opens its sentence: its own words
            finite = own[0].pos_ in ("VERB", "AUX") and "Fin" in own[0].morph.get("VerbForm", [])
            if self.v2 and len(own) >= 2 and finite and self.is_subject(own[1]):
                # 'Daarnaast wil ik X, Y en Z' without its opener: the subject first
                moved = [_ws(own[1].text), _ws(own[0].lower_), *(t.text_with_ws for t in own[2:])]
                return self.finish(moved, tail)
            return self.finish([t.text_with_ws for t in own], tail)
        starts = {h.start for h in heads}
        head = next((t for t in first if t.idx in starts), None)
        head = head or next((t for t in first if t.pos_ == "VERB"), None)
        if head is None:
            return None
        first = [t for t in first if not self.joins(t, head)]
        if self.v2:
            words = self.v2_part(first, head, own, this_head)
        else:
            words = self.svo_part(first, head, own)
        if words is None:
            return None
        return self.finish(words, tail)

    def lead_start(self, n: int, pieces: tuple[TextSpan, ...]) -> int:
        """Where the goal a piece shares its subject and verb with starts: the nearest piece
        before it with a subject of its own ("Ik zou graag X, en daarnaast wil ik Y en Z":
        Z shares "wil ik", not "Ik zou")."""
        for k in range(n - 1, 0, -1):
            if any(self.is_subject(t) for t in self.tokens(pieces[k].start, pieces[k].end)):
                return pieces[k].start
        return 0

    def svo_part(self, first: list[Token], head: Token, own: list[Token]) -> list[str] | None:
        """English: a piece with its own subject stands alone; any other takes what comes
        before the first goal's verb ("I want to" + "stop procrastinating")."""
        if self.is_subject(own[0]):
            return [t.text_with_ws for t in own]
        texts = [t.text_with_ws for t in own]
        ending = self.gerund_ending
        gerund = bool(ending) and own[0].lower_.endswith(ending)
        gerund = gerund and not head.lower_.endswith(ending)
        if gerund and (own[0].tag_ != self.gerund_tag or own[0].lemma_.lower() == own[0].lower_):
            return None  # "building" read as a noun: no verb lemma to trust
        if gerund:  # "..., while also *starting* X": the form the lead's verb has
            texts[0] = own[0].lemma_ + own[0].whitespace_
        while (
            head.i + 2 < len(self.doc)
            and self.doc[head.i + 1].lower_ in self.infinitive_markers
            and head.lemma_.lower() in self.control  # not 'learn to swim': the goal's verb
        ):
            head = self.doc[head.i + 2]  # "I would like to read": the lead is "I would like to"
        lead = [t for t in first if t.i < head.i]
        copula = next((n for n, t in enumerate(lead) if self.copula_of(t, head)), None)
        if copula is not None and all(self.fronts(t) for t in lead[:copula]):
            lead = lead[:copula]  # "Be more visible, speak up": the first goal's own 'be more'

        if lead and lead[-1].lower_ in self.joiners:
            return None  # "Become team lead, *while* learning French": no front to share
        if lead and self.object_end(lead[-1]):
            # "Attend the FESPA *trade* fair ... and present ...": the tagger's verb was a
            # noun of the first goal's object, so what comes before it is that goal's, no
            # front; a piece that opens on its own verb is an imperative as the first was
            return texts if self.opens_imperative(own) else None
        if lead and own[0].lower_ in self.infinitive_markers and lead[-1].lower_ == own[0].lower_:
            texts = texts[1:]  # "I want to ... and to improve": one "to"
        return [*(t.text_with_ws for t in lead), *texts]

    def object_end(self, token: Token) -> bool:
        """The word before the first goal's verb ends a noun phrase ('the FESPA'): no front
        a goal can share (a subject, a modal, 'to', a time, a comma) ends that way."""
        if token.pos_ not in ("NOUN", "PROPN", "DET") or self.is_subject(token):
            return False
        return not any(e.start <= token.idx < e.end for e in self.goal.deadlines)

    def opens_imperative(self, own: list[Token]) -> bool:
        """The goal and this piece both open on a verb with no subject ('Attend ..., and
        present ...'): each piece is an imperative of its own."""
        first = next((t for t in self.doc if t.is_alpha), None)
        return (
            first is not None
            and inflects_as_verb(first)
            and not self.is_subject(own[0])
            and inflects_as_verb(own[0])
        )

    def copula_of(self, token: Token, head: Token) -> bool:
        """``token`` is the copula of the first goal's predicate ("*Be* more visible, speak
        up", "I will *be* more patient with X, explain Y and check Z"): its words, not the
        front a later goal shares."""
        predicate = token.head
        copular = token.lemma_.lower() in self.copular and token.tag_ != "MD"
        return copular and predicate.i <= head.i

    def fronts(self, token: Token) -> bool:
        """A word of the front a goal's parts share: the subject, a modal, a wish ('I
        will', 'I want to'); after any other word ('Even though school *is* ...') a copula
        is in a clause of its own."""
        shared = self.is_subject(token) or token.tag_ == "MD" or token.pos_ == "PART"
        return (
            shared
            or token.lemma_.lower() in self.control
            or token.lower_ in self.infinitive_markers
        )

    def v2_part(
        self, first: list[Token], head: Token, own: list[Token], this_head: Token
    ) -> list[str] | None:
        """Dutch (verb second): the finite verb comes after a fronted phrase and before the
        subject; the shared subject and finite verb go with a piece that has neither."""
        subject = next((t for t in first if self.is_subject(t) and t.i < head.i), None)
        finite: Token | None = None
        front: list[Token] = []
        if subject is not None:
            before = [t for t in first if t.i < subject.i]
            if before and before[-1].pos_ in ("VERB", "AUX"):
                finite, front = before[-1], before[:-1]  # "Voor eind maart wil ik"
            elif not before:
                after = [t for t in first if t.i == subject.i + 1]
                finite = after[0] if after and after[0].pos_ in ("VERB", "AUX") else None
        elif not self.opens_with_time(own):  # '..., en na 3 maanden kijk ik': its own front
            front = self.front_time(first)
        texts = [t.text_with_ws for t in own]
        verb_first = own[0] == this_head or own[0].pos_ in ("VERB", "AUX")
        inverted = len(own) >= 2 and verb_first and self.is_subject(own[1])
        if self.is_subject(own[0]):
            return texts
        if inverted:  # "voer ik X in": after its front, or with its subject first
            if front:
                return [*(t.text_with_ws for t in front), *texts]
            return [_ws(own[1].text), _ws(own[0].lower_), *texts[2:]]
        finite_first = own[0] == this_head and "Fin" in this_head.morph.get("VerbForm", [])
        if finite_first:  # "en schrijf een samenvatting": the subject was left out
            if subject is None:
                return [*(t.text_with_ws for t in front), *texts]
            verb = _ws(own[0].text)
            if front:
                return [*(t.text_with_ws for t in front), verb, _ws(subject.lower_), *texts[1:]]
            return [_ws(subject.text), verb, *texts[1:]]
        if subject is None:
            return [*(t.text_with_ws for t in front), *texts]
        if finite is None or finite == head:
            return None  # no finite verb of its own to share ("Ik werk met X en Y ...")
        if _others_clause(own, this_head):
            return None  # '..., hopelijk kan iemand van X me helpen': the writer's front
            # ('Dat heb ik') would make it a clause of two finite verbs
        shared = [*front, finite, subject] if front else [subject, finite]
        nxt = max(finite.i, subject.i) + 1
        wish: list[Token] = []
        te = any(t.lower_ in self.infinitive_markers for t in own if t.i < this_head.i)
        for t in first:  # 'Ik zou graag X en Y' -> 'Ik zou graag Y': 'zou' alone is no wish
            if t.i == nxt + len(wish) and t.lower_ in self.wish_words:
                wish.append(t)
            elif t.i == nxt + len(wish) and te and t.lower_ in self.te_verbs:
                wish.append(t)  # '..., en beter in te pakken': 'Ik wil proberen beter in te pakken'
        return [*(_ws(t.text) for t in [*shared, *wish]), *texts]

    def front_time(self, first: list[Token]) -> list[Token]:
        """A time phrase the first piece opens with ("Volgend jaar wat gezonder eten"), with
        the month the writer dated it by in brackets ("Vóór de Boekenweek (maart)")."""
        start = first[0].idx if first else 0
        for time in self.goal.deadlines:
            if time.start == start:
                front = [t for t in first if t.idx < time.end]
                rest = first[len(front) :]
                if rest and rest[0].text == ":":
                    return []  # 'Voor dit jaar: X, Y en Z': a heading, each part keeps it
                close = next((n for n, t in enumerate(rest[:_BRACKET]) if t.text == ")"), None)
                if rest and rest[0].text == "(" and close is not None:
                    front += rest[: close + 1]
                return front
        return []

    def opens_with_time(self, own: list[Token]) -> bool:
        """Does the piece open with a time of its own ('na 3 maanden kijk ik ...')?"""
        return bool(own) and any(time.start == own[0].idx for time in self.goal.deadlines)

    def shared_tail(self, n: int, pieces: tuple[TextSpan, ...], heads: tuple[TextSpan, ...]) -> str:
        """A deadline set off after the last goal ("..., and Z - all before the end of the
        quarter") when no other goal has a time of its own: every other goal gets it."""
        last = len(pieces) - 1
        if n == last:
            return ""
        times = [t for t in self.goal.deadlines if t.kind in ("deadline", "event")]
        if len(times) != 1 or not pieces[last].start <= times[0].start < pieces[last].end:
            return ""
        time = times[0]
        between = self.goal.text[heads[last].end : time.start]
        if time.start < heads[last].end or not any(mark in between for mark in _SET_OFF):
            return ""
        others = [t for t in self.goal.deadlines if t.start < pieces[last].start]
        return "" if others else time.text

    def finish(self, words: list[str], tail: str) -> str:
        text = "".join(words).strip()
        if tail:
            text = f"{text} {tail}"
        if self.capital and text[:1].islower():
            text = text[0].upper() + text[1:]
        return text.rstrip(" ,;:") + self.end


def _ws(text: str) -> str:
    """A word moved to a new place, with the space after it."""
    return text + " "
