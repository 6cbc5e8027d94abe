"""A goal with a remark around it: the goal rewritten whole, the remark kept as written.

Writers say more than the goal: why they want it ("..., want daar loop ik nu vaak vast",
"... ivm contact met klanten", "..., because the queue gets long"), how it feels ("..., I
find it hard", "- ik denk dat het beter kan"), that they are unsure of the how ("..., not
sure yet how", "Ik weet nog niet hoe."), that someone must agree first ("This needs
approval from the owner.", "Will discuss with my mentor how to measure this."), a bare
reason without a verb ("My back."), what the writer still has to arrange ("..., I still
need to book the course", "ik moet nog een datum plannen"; ``remaining_work`` after the
writer) or, in a sentence labelled as the goal that holds no act
of its own, its target or time ("Doel: vanaf maart alleen ..."). The frames read such a
remark as part of the goal (or as a goal of its own) and found no place for it, so the goal
got only the structured fallback, or the remark became a goal.

The remark is cut from the text; the rest is judged and rewritten as a goal of its own, and
the remark goes back after the rewrite: a clause of reason after a comma at its end, as the
writer joined it, any other remark as a sentence of its own. Categories are pack keys:
``reason_markers`` and ``reason_phrases`` (a reason), ``difficulties``,
``perception_verbs``, ``report_verbs`` and ``remark_feelings`` after the writer's subject (a
feeling or opinion), ``uncertain_remarks``, ``agreement_remarks`` (an approval or an
agreement still to be made), ``first_person_possessive`` (a bare reason, 'My back.'),
``goal_labels`` (a labelled target), ``reason_labels`` (a labelled reason: 'Reason: ...',
'Waarom: ...'). A hedge that opens an opinion ('I think ...') goes, as
the structured fallback drops it, where the clause after it reads as a sentence (not in
verb-second Dutch, whose 'dat'-clause puts its verb last). A feeling that holds a wish ('ik
vind het lastig ..., daar wil ik zekerder in worden') carries the goal, and an agreement
that points at nothing ('I want to discuss my progress monthly') is a goal: no remark. A
reason or a remark still hedged ('I think supervision might help') is read only when nothing
else reads the text whole (the checker's late pass). The rest
of the text is asked only for what the whole text lacks: a time or target in the remark
still stands beside the rewrite.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.felt_parts import part_felt_hard
from smartcheck.fixing.rewrite.fragment_contrast import contrast_at
from smartcheck.fixing.rewrite.pace_remarks import pace_told
from smartcheck.fixing.rewrite.relative_problems import relative_told
from smartcheck.fixing.rewrite.reservations import contrast_pieces, told_alone_at, with_subject
from smartcheck.fixing.rewrite.stance import opines
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.words import capitalise
from smartcheck.reading.anatomy.asides import ROUND_BRACKETS, bracketed_ranges
from smartcheck.reading.anatomy.words import VERB_POS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from smartcheck.configuration.lexicon_keys import LexiconKey
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.lexicon import LexiconMatch

#: Marks that set a remark off from the goal inside a sentence.
_JOINTS = frozenset({",", ";", "-", "\u2013", "\u2014"})
#: Fewest words before a reason inside its sentence ('Engels verbeteren ivm ...').
_BEFORE_REASON = 2
#: Dashes that set another person's report off after the goal ('... - my lead says ...').
_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: How many words into the report its verb may stand ('my team lead *pointed* out').
_REPORT_REACH = 6
#: Fewest words the goal keeps without the remark.
_GOAL_WORDS = 2
#: Most words of a bare reason without a verb ('My back.', 'Mijn knieën!').
_BARE_WORDS = 3
#: How far after a word that points back the writer's subject stands ('daar ben ik').
_SUBJECT_AFTER_POINTER = 4


@dataclass(frozen=True)
class Remarked:
    """A goal text split into the goal and the remark around it."""

    goal: str
    remark: str
    clause: bool  # a reason kept after a comma at the rewrite's end; else a sentence after it
    hedged: bool = False  # it holds a hedge ('I think supervision might help'): maybe a means
    #: a promise to try after a judgement went ('Dat is best veel, *maar ik wil het
    #: proberen*'): the goal left may pass as it is, the remark then all it failed on
    tried: bool = False
    #: the sentences the writer told after the remark ('..., ik ben soms te kortaf. *Eerlijk
    #: gezegd vind ik ...*'): a rewrite that keeps them as written gets the remark before them
    after: str = field(default="", compare=False)
    #: the remark as a sentence of its own, without the contrast that joined it to the goal
    #: ('..., *maar* weet niet of ...' -> 'Weet niet of ...'; reservations.py)
    alone: str = field(default="", compare=False)
    #: the remark with the writer as its subject, when the writer's verb opens it without
    #: one ('..., weet nog niet precies wat' -> 'ik weet ...'; reservations.with_subject)
    subjected: str = field(default="", compare=False)
    #: where the promise to try that went stands in the goal's text ('*, maar ik wil het
    #: proberen*', '*dus ik ga het proberen*'), when ``tried``
    trial: tuple[int, int] = field(default=(0, 0), compare=False)
    #: where a bare assent to the other's view and the contrast after it stand ('*Mee eens,
    #: maar* dat hangt af van ...'), when the remark opens with them: the credit carries the
    #: other's view and the committed goal the writer's assent, so the rest is told alone
    assent: tuple[int, int] = field(default=(0, 0), compare=False)


def remarked(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> Remarked | None:
    """The goal without its first remark, and the remark; None when the text has none, or
    the goal left would be too short to be one."""
    doc = goal.doc
    if doc is None or len(doc) < 3:
        return None
    index = _Index(goal, ctx, doc)
    reason, told = _reason(goal, ctx, index), _remark(index, style)
    # a remark in a sentence before the reason's holds it ('Sounds useful, but I'm not sure
    # because of the kids.'): the earlier one starts the remark
    found = told if told and (reason is None or told[0] < reason[0]) else reason
    if told and reason and told[0] > reason[0] and _phrase_only(doc, reason[0], told[0]):
        found = told  # '... moet beter ivm besmetting, daar wordt nu ...': the phrase stays
    if found is None:
        return None
    start, end, clause = found
    hedges = [m for m in ctx.find(goal, "hedges") if start <= m.start < end]
    text = goal.text
    tried = _trial_after_judgement(doc, start, hedges, style, _felt(index, start, end))
    doubted = _doubt_asked(index, start, end)  # a reservation: told alone without its contrast
    trial = (tried, end) if tried is not None else (0, 0)
    if tried is not None:  # 'Dat is best veel, maar ik wil het proberen': the trial goes
        text, end, hedges = text[:tried] + text[end:], tried, []
    before = text[:start].rstrip(" ,;-\u2013\u2014")
    after = text[end:].lstrip()
    asked = ""  # the writer's own question kept as a remark keeps its question mark
    if after[:1] in SENTENCE_MARKS and before[-1:] in SENTENCE_MARKS:
        asked = "?" if after[:1] == "?" and not doubted else ""
        after = after[1:].lstrip()  # the remark was a sentence: its stop goes with it
    elif after.strip() == "?" and _doubt_asked(index, start, end):
        after = ""  # '..., maar weet niet of daar ruimte voor is?': the doubt's, told as one
    rest = f"{before} {after}" if after[:1].isalnum() else before + after
    rest = rest.strip()
    remark = text[start:end].strip().rstrip(" ,;") + asked
    opener = next((m for m in hedges if m.start == start), None)
    if opener is not None and not clause and style.word_order != "v2":
        remark = _unhedged(remark, opener.end - start, ctx.pack.words("complement_markers"))
        hedges.remove(opener)
    led = next((m for m in hedges if _adverbs_before(doc, start, m.start)), None)
    if opener is None and led is not None and not clause and style.word_order != "v2":
        # 'Honestly I think it's the workload': the adverb that leads it stays
        lead = text[start : led.start]
        markers = ctx.pack.words("complement_markers")
        said = _unhedged(remark[len(lead) :], led.end - led.start, markers)
        remark = lead + (said if said[:2] in ("I ", "I'") else said[:1].lower() + said[1:])
        hedges.remove(led)
    hedged = bool(hedges)
    assent = _assent_cut(index, start, style)
    if assent is not None and not clause:  # 'Fair enough, but it depends on ...'
        kept = text[assent:end].strip().rstrip(" ,;")
        remark = capitalise(kept) + asked if kept else remark
    if sum(any(c.isalpha() for c in w) for w in rest.split()) < _GOAL_WORDS or not remark:
        return None
    return Remarked(
        goal=rest,
        remark=remark,
        clause=clause,
        hedged=hedged,
        tried=tried is not None,
        after="" if clause else after.lstrip(".!? "),
        alone=_told_alone(index, start, end, style)
        if not clause and not doubted
        else ""
        if clause
        else told_alone_at(goal, doc, start, remark, ctx, style),
        subjected="" if clause or not doubted else _subjected(goal, doc, start, remark, ctx),
        trial=trial,
        assent=(start, assent) if assent is not None and not clause else (0, 0),
    )


def _phrase_only(doc: Doc, start: int, end: int) -> bool:
    """Whether the text from character ``start`` to ``end`` (a reason's opening, up to a
    remark after it) is a phrase without a verb ('ivm besmetting', 'vanwege de hitte'): the
    goal's own reason phrase, which stays with it; the remark after it is the one told."""
    inside = [t for t in doc if start <= t.idx < end]
    return bool(inside) and not any(t.pos_ in VERB_POS for t in inside)


def _assent_cut(index: _Index, start: int, style: RewriteStyle) -> int | None:
    """Where the words after a bare assent that opens the remark at character ``start``
    and the contrast right after it begin ('Mee eens, maar *dat hangt* ...', 'Makes sense I
    guess, but *I'm* ...'), as a character offset; None when no assent and contrast open it
    or nothing follows them."""
    doc = index.doc
    at = next((t.i for t in doc if t.idx >= start), None)
    match = next(
        (m for m in index.ctx.find(index.goal, "assent_remarks") if m.token_start == at), None
    )
    if at is None or match is None:
        return None
    contrasts = {c.lower() for c in style.reservation_contrasts}
    stop = index.ends[at]
    for t in doc[match.token_end : stop]:
        if t.lower_ in contrasts:
            after = doc[t.i + 1] if t.i + 1 < stop else None
            return after.idx if after is not None and after.is_alpha else None
        if t.text in SENTENCE_MARKS:
            return None
    return None


def dropped_remark_spans(
    goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[tuple[int, int]]:
    """Where the remark kept after the goal leaves words out on purpose: a bare assent and
    the contrast after it that open it ('*Mee eens, maar* dat hangt af van ...': told alone),
    and a promise to try after a judgement or a feeling ('Ik vind meteo best lastig *dus ik
    ga het proberen*': the rewrite commits to the goal instead, the joint that opens the
    promise among its words). One reading of the remark serves both."""
    found = remarked(goal, ctx, style)
    if found is None:
        return []
    spans = [found.assent] if found.assent != (0, 0) else []
    return [*spans, found.trial] if found.tried else spans


def _doubt_asked(index: _Index, start: int, end: int) -> bool:
    """Does the remark at characters ``start``-``end`` hold the writer's uncertainty or
    doubt? Then it is a reservation: a question mark after it asks the doubt, never the goal
    ('..., maar weet niet of daar ruimte voor is?'), so the goal left keeps no question and
    the doubt is told as a statement, without the contrast that joined it."""
    doc = index.doc
    at = next((t.i for t in doc if t.idx >= start), len(doc))
    stop = next((t.i for t in doc if t.idx >= end), len(doc))
    keys: tuple[LexiconKey, ...] = ("uncertain_remarks", "doubt_remarks", "lacking_remarks")
    return any(index.inside(key, at, stop) for key in keys)


def _told_alone(index: _Index, start: int, end: int, style: RewriteStyle) -> str:
    """The remark at characters ``start``-``end`` told as a sentence of its own when a
    relative pronoun opens it ('which keep cracking' -> 'They keep cracking'); else ''."""
    doc = index.doc
    words = [t for t in doc if start <= t.idx < end and not t.is_punct]
    told = _relative_alone(index, words, style) if words else None
    subjects = {w.lower() for w in index.ctx.pack.words("first_person_subject")}
    if told is None and words and example_clause(words, subjects, style):
        # 'bv. de teksten worden te lang' -> 'De teksten worden te lang': the clause alone
        opened = _opener_size(words, style)
        told = capitalise(doc.text[words[opened].idx : end].strip())
    return told or ""


def _subjected(goal: Goal, doc: Doc, start: int, remark: str, ctx: RuleContext) -> str:
    """The remark at character ``start`` with the writer as its subject (reservations.py)."""
    at = next((t.i for t in doc if t.idx >= start), None)
    subjects = ctx.pack.words("first_person_subject")
    if at is None or not subjects:
        return ""
    copulas = frozenset(w.lower() for w in ctx.pack.words("copular_verbs"))
    return with_subject(goal, at, remark, subjects[0], copulas)


#: Most adverbs before an opinion's guess ('*Honestly* I think ...', '*To be fair* ...').
_LEAD_ADVERBS = 2


def _adverbs_before(doc: Doc, start: int, at: int) -> bool:
    """Do only a few adverbs stand between character ``start`` (a remark's start) and ``at``
    (a hedge inside it): 'Honestly I think ...', 'Eerlijk gezegd denk ik ...'?"""
    words = [t for t in doc if start <= t.idx < at and not t.is_punct]
    return 0 < len(words) <= _LEAD_ADVERBS and all(t.pos_ == "ADV" for t in words)


def _unhedged(remark: str, size: int, markers: tuple[str, ...]) -> str:
    """An opinion without the guess that opens it ('I think we can do much better' -> 'We
    can do much better'): the hedge words go (JUDGING A; the structured fallback drops them
    too), and a complement marker after them ('that'); a subject-verb language keeps the
    clause's order, so the rest reads as a sentence."""
    rest = remark[size:].lstrip(" ,")
    first, _, tail = rest.partition(" ")
    if first.lower() in {m.lower() for m in markers} and tail:
        rest = tail
    return capitalise(rest) if rest else remark


def with_remark(rewrite: str, found: Remarked) -> str:
    """The rewrite (its last line when it holds several goals) with the remark after it."""
    lines = rewrite.split("\n")
    last = lines[-1].rstrip()
    remark = found.remark.rstrip(" .!")
    if found.clause:
        lines[-1] = f"{last.rstrip('.')}, {remark}."
    else:
        remark = (found.alone or remark).rstrip(" .!")
        end = "" if remark[-1:] in SENTENCE_MARKS else "."
        told = f"{capitalise(remark)}{end}"
        later = found.after.strip()
        if later and len(later) < len(last) and last.endswith(f" {later}"):
            lines[-1] = f"{last[: -len(later)]}{told} {later}"  # in the writer's order
        else:
            lines[-1] = f"{last} {told}"
    return "\n".join(lines)


def present_remarks(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> tuple[str, ...]:
    """The pieces after a comma that tell how things are now ('..., now I always leave that
    to my colleague'; see ``_present_told``), as written: a rewrite keeps them verbatim as
    the situation, so an absolute in one ('always') is how it is, nothing to bound."""
    doc = goal.doc
    if doc is None or len(doc) < 3 or not style.present_openers:
        return ()
    index = _Index(goal, ctx, doc)
    found = []
    for start, end in comma_clauses(doc)[1:]:
        if doc[start - 1].text in SENTENCE_MARKS:
            continue  # a sentence of its own: the reading stage's context (situation.py)
        words = [t for t in doc[start:end] if not t.is_punct]

        def inside(key: LexiconKey, a: int = start, b: int = end) -> list[int]:
            return index.inside(key, a, b)

        if words and _present_told(words, inside, style.present_openers):
            found.append(doc[start:end].text)
    return tuple(found)


class _Index:
    """What the remark checks ask of the text, found once (a long text has many pieces):
    where each token's sentence starts and ends, and where each key's entries match."""

    def __init__(self, goal: Goal, ctx: RuleContext, doc: Doc) -> None:
        self.goal, self.ctx, self.doc = goal, ctx, doc
        size = len(doc)
        self.starts = [0] * size
        self.ends = [size] * size
        at = 0
        for t in doc:
            self.starts[t.i] = at
            if t.text in SENTENCE_MARKS:
                at = t.i + 1
        stop = size
        for t in reversed(doc):
            if t.text in SENTENCE_MARKS:
                stop = t.i
            self.ends[t.i] = stop
        words = [t.i for t in doc if not t.is_punct]
        self.last_word = words[-1] if words else -1
        self.alpha_before = [0] * (size + 1)  # alphabetic tokens before each index
        for t in doc:
            self.alpha_before[t.i + 1] = self.alpha_before[t.i] + t.is_alpha
        self._found: dict[str, list[int]] = {}

    def at(self, key: LexiconKey) -> list[int]:
        """The token indices where ``key``'s entries start, in text order."""
        if key not in self._found:
            self._found[key] = sorted(m.token_start for m in self.ctx.find(self.goal, key))
        return self._found[key]

    def inside(self, key: LexiconKey, start: int, end: int) -> list[int]:
        found = self.at(key)
        return found[bisect_left(found, start) : bisect_left(found, end)]


def _reason(goal: Goal, ctx: RuleContext, index: _Index) -> tuple[int, int, bool] | None:
    """A clause or phrase of reason after the goal's words in its sentence ('..., want
    ...', '... ivm contact met ...', '..., because ...'): from its marker to the sentence's
    end."""
    doc = index.doc
    for key in ("reason_markers", "reason_phrases", "comma_reason_markers"):
        for match in ctx.find(goal, key):
            at = match.token_start
            first = index.starts[at]
            if index.alpha_before[at] - index.alpha_before[first] < _BEFORE_REASON:
                continue
            if key == "comma_reason_markers" and not _subject_after_comma(doc, at, match.token_end):
                continue  # 'since January', 'nu wil ik': a time, no reason
            return match.start, _char_end(doc, index.ends[at]), True
    return None


def _subject_after_comma(doc: Doc, start: int, end: int) -> bool:
    """Does the marker at tokens ``start``-``end`` stand right after a comma, with a clause
    of its own after it: a pronoun subject ('since *we* ...') or a determiner and a finite
    verb further on in its sentence ('nu de nieuwe kassa er *is*')?"""
    if start == 0 or doc[start - 1].text != "," or end >= len(doc):
        return False
    after = doc[end]
    if after.pos_ == "PRON" and "Yes" not in after.morph.get("Poss", []):
        return True
    clause = []
    for t in doc[end:]:
        if t.text in SENTENCE_MARKS:
            break
        clause.append(t)
    return after.pos_ == "DET" and any("Fin" in t.morph.get("VerbForm", []) for t in clause)


def _remark(index: _Index, style: RewriteStyle) -> tuple[int, int, bool] | None:
    """A later piece of the text (after a comma, a dash or a sentence end) that is a
    remark: a feeling or opinion of the writer's, an uncertainty, an agreement to be made,
    a bare reason. From the piece's start to its sentence's end."""
    doc = index.doc
    for start, end in comma_clauses(doc)[1:]:
        if _is_remark(index, (start, end), style):
            # 'ideally this year but it depends on ...': the fragment stays with the goal
            words = [t for t in doc[start:end] if not t.is_punct]
            at = contrast_at(words, style.reservation_contrasts)
            start = words[at].i if at is not None else start
            return doc[start].idx, _char_end(doc, index.ends[start]), False
    # '..., maar ik twijfel of ...': a doubt after a comma's contrast too (doubts29)
    for start, end in contrast_pieces(doc, style.reservation_contrasts, after_joint=True):
        keys: tuple[LexiconKey, ...] = ("uncertain_remarks", "doubt_remarks", "lacking_remarks")
        if any(index.inside(key, start, end) for key in keys):
            return (
                doc[start].idx,
                _char_end(doc, index.ends[start]),
                False,
            )  # '... maar weet niet of'
    return None


def _is_remark(index: _Index, piece: tuple[int, int], style: RewriteStyle) -> bool:
    """Is the piece ``piece`` (token range) of the text a remark (see the module)?"""
    start, end = piece
    doc = index.doc
    words = [t for t in doc[start:end] if not t.is_punct]
    if not words:
        return False

    def inside(key: LexiconKey) -> list[int]:
        return index.inside(key, start, end)

    pack = index.ctx.pack
    subjects = {w.lower() for w in pack.words("first_person_subject")}
    wish = bool(index.inside("wish_verbs", start, index.ends[start]))
    felt = bool(inside("difficulties") or inside("remark_feelings"))
    if words[0].lower_ in subjects and len(words) > 1 and not wish:  # 'I find it hard'
        if felt:
            return True
        verbs = words[1:3]  # 'I think ...', 'I really feel ...'
        if any(t.lemma_.lower() in style.report_verbs for t in verbs):
            return True
        if {t.i for t in verbs} & set(inside("perception_verbs")):
            return True
    if words[0].lower_ in subjects and {t.i for t in words[1:4]} & set(inside("remaining_work")):
        return True  # 'I still need to book the course': a step still to arrange, no goal
    if felt and not wish and _feeling_about_it(words, subjects, pack.words("anaphoric_openers")):
        return True  # 'daar ben ik nog onzeker in': the feeling is about the goal
    if inside("uncertain_remarks"):
        return True
    whole = start == 0 or doc[start - 1].text in SENTENCE_MARKS
    if whole and start > 0 and _cause_told(words, style):
        return True  # 'Dat komt volgens mij door de drukte': why things are so, no goal
    if whole and start > 0 and _wish_points_back(words, subjects, inside, style):
        return True  # "I'd like that, but only if ...": the writer's approval of the goal
    if not whole and example_clause(words, subjects, style):
        return True  # '..., bv. de teksten worden bij mij te lang': a remark, no example list
    owners = {w.lower() for w in pack.words("first_person_possessive")}
    dashed = start > 0 and doc[start - 1].text in _DASHES
    duty = wish or bool(inside("modal_verbs") or inside("obligation_modals"))
    if dashed and not duty and _reported(words, owners, style):
        return True  # '... - my team lead pointed out I make ...': their report, no goal
    if whole and start > 0 and felt and not wish and _felt_by_writer(words, style):
        return True  # 'Pulling focus still makes me nervous': how the goal feels to the writer
    if whole and start > 0 and felt and not wish and _bare_feeling(words):
        return True  # 'Spannend, maar ik snap het wel.', 'Scary.': a feeling told bare
    if whole and start > 0 and not wish and inside("lacking_remarks"):
        return True  # "I'm already swamped with the prep.": the writer's load, no goal
    if whole and start > 0 and words[0].i in inside("assent_remarks"):
        return True  # 'Mee eens, maar ...', 'Makes sense I guess': assent to the other's view
    # a judgement after quoted words judges the quote (comments.py); the quotes are looked
    # for only then, so a long text is not scanned again for every piece
    if whole and _judgement(words, style) and not any(t.is_quote for t in doc[:start]):
        return True  # 'Dat is best veel.', 'Sounds really useful, but ...': about the goal
    # '..., monthly reports are always late'; a clause of context the reading stage found
    # is read by the steps that keep context ('..., nu gaan er te veel zakjes mis ...')
    bare = not whole and _bare_subject(words, style) and not _read_as_context(index, piece)
    graded = bare and _excess_or_always(words, style)
    if not whole and _problem_told(words, subjects, inside, style.back_references, graded, bare):
        return True  # '..., de maaihoogte klopt vaak niet': the situation, no goal
    if (
        whole
        and start > 0
        and end > index.last_word
        and _problem_told(
            words, subjects, inside, style.back_references, _excess_or_always(words, style)
        )
    ):
        return True  # '... It is always too high on nights.': the situation, no goal
    if not whole and end == index.ends[start] and _relative_problem(index, words, style):
        return True  # '..., die van mij worden vaak te ijzig': the situation (relative_problems)
    if not whole and end == index.ends[start] and _verbless_problem(words, inside, style):
        return True  # '..., too much damage this year': the situation told without a verb
    if start > 0 and pace_told(words, style):
        return True  # '... not urgent': no time, no goal (pace_remarks.py)
    if not whole and part_felt_hard(words, subjects, inside):
        return True  # '..., vooral de conclusies vind ik lastig': where the writer starts
    amounts = (*style.situation_amounts, *style.ongoing_spans)  # '..., ik heb al maanden ...'
    if not whole and _own_problem_told(words, subjects, inside, amounts):
        return True  # '..., I often underestimate how long ...': the writer's habit now
    if not whole and _owned_problem_told(words, owners, inside):
        return True  # '..., my Dutch is not so good yet': what the writer starts from
    if (
        not whole
        and not _read_as_context(index, piece)
        and _present_told(words, inside, style.present_openers)
    ):
        return True  # '..., nu laat ik dat altijd aan mijn collega over': the situation now
    if whole and end > index.last_word and _past_told(words, inside) and _past_time(index, piece):
        return True  # '... afstempelen!! vorig jaar bijna misgegaan': why, no goal
    if whole and start > 0 and _opinion(words, subjects, inside, style):
        return True  # 'Eerlijk gezegd vind ik dat ik gewoon hard werk': no goal (stance.py)
    if whole and _labelled(doc, start, pack.words("goal_labels")):
        return True  # 'Doel: vanaf maart alleen ...': a target told after the goal
    if whole and _labelled(doc, start, pack.words("reason_labels")):
        return True  # 'Reason: we had 4 complaints.': why the goal is wanted, no goal
    # an agreement still to be made is told with a verb ('..., will discuss it with Sam');
    # ', in overleg met Karin' without one is the support
    if inside("agreement_remarks") and (whole or any(t.pos_ in VERB_POS for t in words)):
        return _points_at_goal(words, pack.words("anaphoric_openers"), pack.words("question_words"))
    return (
        whole
        and end > index.last_word
        and words[0].lower_ in owners
        and len(words) <= _BARE_WORDS
        and not any(t.pos_ in VERB_POS for t in words)
    )


def example_clause(words: list[Token], subjects: set[str], style: RewriteStyle) -> bool:
    """A piece an example opener heads (the style's ``example_openers``: 'bv.', 'e.g.')
    that holds a whole clause of someone or something else: a noun phrase, then its verb
    with more words of the clause after it ('bv. de teksten ... *worden* bij mij te lang',
    'e.g. the summaries *take* me far too long'). Such an example tells where the writer
    stands, a remark; an example of the aim is a thing or an act ('bv. de planning doen',
    'e.g. running the stand-up': example_steps.py), its Dutch verb last."""
    n = _opener_size(words, style)
    rest = words[n:] if n else []
    k = 0
    while k < len(rest) and rest[k].pos_ in _PHRASE_POS and rest[k].lower_ not in subjects:
        k += 1
    named = any(t.pos_ in _SUBJECT_POS for t in rest[:k])
    if not named or k + 1 >= len(rest):
        return False
    verb, after = rest[k], rest[k + 1]
    if verb.pos_ not in VERB_POS or verb.tag_ == "VBG" or "Part" in verb.morph.get("VerbForm", []):
        return False  # 'e.g. items *bought* online that ...': a noun phrase, no clause
    # 'de planning doen en bijhouden': acts; 'zoals mijn voorman wil omdat ...': a clause
    # of comparison, its verb last before the next clause
    return after.pos_ not in ("CCONJ", "SCONJ", *VERB_POS)


#: Word classes inside the noun phrase that opens a clause ('de teksten over governance').
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PRON"})
#: Word classes of a clause's subject.
_SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _opener_size(words: list[Token], style: RewriteStyle) -> int:
    """How many of ``words`` make the example opener they start with (0: none)."""
    openers = style.example_openers
    return next((k for k in (3, 2, 1) if " ".join(t.lower_ for t in words[:k]) in openers), 0)


def _relative_problem(index: _Index, words: list[Token], style: RewriteStyle) -> bool:
    """Is the piece after a comma a problem told with a relative pronoun or the writer's own
    thing as its subject ('..., which keep cracking', '..., mine are always too thin'), a
    sign of the present, a habit or an excess in it and no writer, modal, wish or hedge,
    that can be told as a sentence of its own (relative_problems.py)?"""
    told = _relative_alone(index, words, style)
    if told is None:
        return False
    start, end = words[0].i, words[-1].i + 1

    def inside(key: LexiconKey) -> list[int]:
        return index.inside(key, start, end)

    subjects = {w.lower() for w in index.ctx.pack.words("first_person_subject")}
    if any(t.lower_ in subjects for t in words):
        return False
    if inside("wish_verbs") or inside("hedges") or _modal_with_verb(words, inside):
        return False
    return any(inside(key) for key in _PROBLEM_SIGNS) or _excess_or_always(words, style)


def _relative_alone(index: _Index, words: list[Token], style: RewriteStyle) -> str | None:
    """The piece told as a sentence of its own (relative_problems.py), or None."""
    particles = frozenset(index.ctx.pack.words("separable_particles"))
    return relative_told(words, style, particles)


def _excess_or_always(words: list[Token], style: RewriteStyle) -> bool:
    """Does the piece grade a word with an adverb of excess ('too thin', 'te ijzig') or
    tell the problem with a word of always ('always', 'altijd')?"""
    always = {w.lower() for w in style.always_openers if " " not in w}
    graded = [
        t
        for t, after in pairwise(words)
        if t.lower_ in style.excess_adverbs and after.pos_ in _GRADED
    ]
    return bool(graded) or any(t.lower_ in always for t in words)


#: Word classes an adverb of excess grades ('too *thin*', 'te *ijzig*', 'too *much*').
_GRADED = frozenset({"ADJ", "ADV", "DET", "PRON", "NUM"})
#: Most words before the excess that opens a problem told without a verb ('*way* too much').
_EXCESS_REACH = 2


def _verbless_problem(
    words: list[Token], inside: Callable[[LexiconKey], list[int]], style: RewriteStyle
) -> bool:
    """Is the last piece of a sentence a problem told without a verb, an excess near its
    start and a noun it counts ('..., too much damage this year', '..., te veel uitval de
    laatste tijd', '..., way too many returns')? It tells the situation the goal answers:
    a remark kept after the goal as a sentence, never inside the commitment."""
    if len(words) < 2 or any(t.pos_ in VERB_POS for t in words):
        return False
    if inside("wish_verbs") or inside("hedges"):
        return False
    excess = [
        t
        for t, after in pairwise(words[: _EXCESS_REACH + 2])
        if t.lower_ in style.excess_adverbs and after.pos_ in _GRADED
    ]
    return bool(excess) and any(t.pos_ == "NOUN" and t.i > excess[0].i + 1 for t in words)


#: Categories that show a statement tells what is wrong now ('vaak', 'te lang', 'currently').
_PROBLEM_SIGNS: tuple[LexiconKey, ...] = (
    "habit_markers",
    "present_problems",
    "situation_markers",
)


def _problem_told(
    words: list[Token],
    subjects: set[str],
    inside: Callable[[LexiconKey], list[int]],
    references: frozenset[str],
    graded: bool = False,
    bare: bool = False,
) -> bool:
    """Is the piece after a comma a statement of the problem with a subject of its own, a
    thing or other people opened by a determiner ('..., *de* maaihoogte klopt vaak niet',
    '..., *the* quotes are often late') or a pronoun that points back at the goal's thing
    ('..., it's still too slow compared to the others', '..., *daar* wordt nu te makkelijk
    over gedaan': a pronominal adverb too): a sign of the present in it and no writer, modal
    or wish? Then it tells the situation the goal answers, kept as a sentence after it. A
    last sentence of its own tells it too, with an excess or an
    'always' as its sign (``graded``: 'Reduce scrap on line 4. It is always too high on
    nights.', 'Het is altijd te druk op vrijdag.'). A piece after a comma may name its
    subject without a determiner (``bare``: '..., cliënten vallen vaak tussen wal en
    schip', '..., monthly reports are always late'; see ``_bare_subject``)."""
    if len(words) < 3 or "Yes" in words[0].morph.get("Poss", []):
        return False
    pointer = words[0].lower_ in references and words[0].pos_ == "ADV"  # '..., *daar* wordt ...'
    opened = words[0].pos_ == "DET" or bare
    if not opened and not _points_back(words[0], references) and not pointer:
        return False
    # what the problem leads to for the writer ('..., de keuken is vaak niet schoon *en dan*
    # krijg ik het op mijn bordje'): the consequence is part of the situation told
    head = words[: _consequence_at(words, inside)]
    if any(t.lower_ in subjects for t in head):
        return False
    if inside("wish_verbs") or inside("hedges"):
        return False
    if _modal_with_verb(words, inside):
        return False  # '... en dan ga ik zelf bijspringen': a plan of the writer's, no problem
    # a state of the thing denied ('..., de keuken is regelmatig niet schoon', '..., the
    # vans are not clean'): a copula and a negation in the problem's own clause
    last = head[-1].i
    denied = any(t.dep_ == "cop" for t in head) and any(i <= last for i in inside("negations"))
    return graded or denied or any(inside(key) for key in _PROBLEM_SIGNS)


def _consequence_at(words: list[Token], inside: Callable[[LexiconKey], list[int]]) -> int:
    """Where in the piece a coordinator with a word of consequence right after it ('*en
    dan* krijg ik ...', '*and so* I have to ...') opens what the problem leads to: the
    coordinator's place in ``words``; past the end without one."""
    after = set(inside("consequence_openers"))
    return next(
        (n for n, t in enumerate(words[1:-1], 1) if t.pos_ == "CCONJ" and words[n + 1].i in after),
        len(words),
    )


#: Word classes that can open a subject without a determiner ('*cliënten* vallen ...',
#: '*monthly* reports are ...', the tagger's adverb for a leading adjective included).
_BARE_OPENERS = frozenset({"NOUN", "PROPN", "ADJ", "ADV"})


def _frequency_after_noun(words: list[Token], style: RewriteStyle) -> bool:
    """Does a frequency of a problem ('vaak', 'often', 'always') stand in the piece after a
    noun and before more words ('..., nieuwe klanten wachten *vaak* weken ...', '..., night
    nurses *often* miss ...'), the piece four words at least? The clause's verb is there,
    where the tagger read none."""
    signs = {w.lower() for w in (*style.problem_frequencies, *style.always_openers)}
    signs = {w for w in signs if " " not in w}
    return len(words) >= _FREQUENCY_WORDS and any(
        t.lower_ in signs and any(u.pos_ in ("NOUN", "PROPN") for u in words[:n])
        for n, t in enumerate(words[1:-1], 1)
    )


#: Fewest words of a piece whose verb the tagger missed ('night nurses often miss changes').
_FREQUENCY_WORDS = 4


def _bare_subject(words: list[Token], style: RewriteStyle) -> bool:
    """Does the piece open with a noun phrase without a determiner that is its subject, its
    verb after it with more of the clause after that ('..., *cliënten vallen* na ontslag
    vaak ...', '..., *monthly reports are* always late', '..., *pallets* often *end* up in
    the wrong aisle')? A verb that opens the piece is an act ('..., give feedback more
    often'), and one that ends it a Dutch infinitive ('..., klanten vaker terugbellen'):
    steps, never a told situation."""
    first = words[0]
    if first.pos_ not in _BARE_OPENERS or not first.is_alpha:
        return False
    openers = {w.lower() for w in (*style.question_words, *style.relativizers)}
    if first.lower_ in openers or first.lower_ in style.complementizers:
        return False  # '..., when the waiting list usually gets longer': a clause of the goal's
    verb = next((n for n, t in enumerate(words[1:-1], 1) if t.pos_ in VERB_POS), None)
    if verb is None:  # the tagger may miss the verb after a frequency ('klanten wachten vaak')
        return _frequency_after_noun(words, style)
    if "Fin" in words[verb].morph.get("VerbForm", []):
        return True
    # a bare form after a noun is the verb of a plural subject ('cliënten *vallen*', 'pallets
    # often *end* up'); without one it opens an act ('..., always *double-check* the codes')
    return any(t.pos_ in ("NOUN", "PROPN") for t in words[:verb])


def _points_back(word: Token, references: frozenset[str]) -> bool:
    """A pronoun subject that points back at the goal's thing ('..., *it*'s still too slow
    compared to the others', '..., *dat* gaat vaak te langzaam'): one of the pack's
    ``back_references`` as a subject."""
    return word.dep_.startswith("nsubj") and word.lower_ in references


def _modal_with_verb(words: list[Token], inside: Callable[[LexiconKey], list[int]]) -> bool:
    """Does a modal stand in the piece with an infinitive after it ('moet kloppen', 'ga ik
    doen')? A modal verb with none is the main verb of a told statement ('de deuren *gaan*
    vaak open', 'ik *ga* vaak te snel door'), no duty or plan."""
    modals = set(inside("modal_verbs"))
    return any(t.i > m and "Inf" in t.morph.get("VerbForm", []) for m in modals for t in words)


#: Signs that the writer's own statement tells a problem now; a word of 'now' alone ('ik ben
#: nu vooral mechanisch') tells the starting point, the reading stage's context (situation.py).
_OWN_PROBLEM_SIGNS: tuple[LexiconKey, ...] = ("habit_markers", "present_problems", "present_lacks")


def _own_problem_told(
    words: list[Token],
    subjects: set[str],
    inside: Callable[[LexiconKey], list[int]],
    amounts: tuple[str, ...],
) -> bool:
    """Is the piece after a comma the writer's own situation told in the present, the writer
    (or the writer's team) first and a sign of a habit, of what is wrong now or of an amount
    the work brings in it ('..., I often underestimate how long a field day takes', '..., ik
    vergeet vaak de pauze', '..., we have a lot of temporary workers'; ``amounts``), with no
    modal, wish or hedge? It says where the writer starts: a remark kept after the goal, no
    goal of its own."""
    if len(words) < 3 or words[0].lower_ not in subjects:
        return False
    if inside("wish_verbs") or inside("hedges") or _modal_with_verb(words, inside):
        return False
    told = f" {' '.join(t.lower_ for t in words)} "
    return any(inside(key) for key in _OWN_PROBLEM_SIGNS) or any(f" {a} " in told for a in amounts)


#: How far into a piece the finite verb of its own clause stands ('my Dutch *is*', 'mijn
#: handschrift *is*', 'my new reports *are*').
_VERB_REACH = 4
#: Signs that a statement about something of the writer's tells a shortcoming now.
_OWNED_PROBLEM_SIGNS: tuple[LexiconKey, ...] = ("negations", *_PROBLEM_SIGNS)


def _reported(words: list[Token], owners: set[str], style: RewriteStyle) -> bool:
    """Is the piece after a dash another person's report of the writer's work ('... - my
    team lead pointed out I make too many mistakes', '... - mijn leidinggevende gaf aan dat
    ik ...'): the writer's possessive, the person, then one of the pack's
    ``report_remark_verbs`` (by lemma, a Dutch separable particle joined before it) within
    a few words? It tells why the goal is wanted: a remark kept after it, never the goal."""
    if len(words) < 4 or words[0].lower_ not in owners or not style.report_remark_verbs:
        return False
    verbs = style.report_remark_verbs
    for t in words[1:_REPORT_REACH]:
        if t.pos_ in ("PRON", "DET") and t.lower_ not in owners:
            return False  # '- my manager and I ...', '- we ...': no one else's report
        forms = {t.lemma_.lower(), t.lower_}
        forms |= {f"{c.lower_}{t.lemma_.lower()}" for c in t.children if c.dep_ == "compound:prt"}
        if forms & verbs:
            return True
    return False


def _owned_problem_told(
    words: list[Token], owners: set[str], inside: Callable[[LexiconKey], list[int]]
) -> bool:
    """Is the piece after a comma a clause about something of the writer's, opened by the
    writer's possessive, that tells a shortcoming now ('..., my Dutch is not so good yet so
    sometimes I misunderstand the order', '..., mijn handschrift is vaak slecht leesbaar'):
    a finite verb right after its subject, a negation or a sign of the present, and no
    modal, wish or hedge? It says where the writer starts: a remark kept after the goal,
    never the goal (nor an absolute in it one to bound)."""
    if len(words) < 3 or words[0].lower_ not in owners:
        return False
    if inside("wish_verbs") or inside("hedges") or inside("modal_verbs"):
        return False
    if inside("perception_verbs"):
        return False  # '..., my mentor feels I hold back': someone's report, the voices' reading
    if not any("Fin" in t.morph.get("VerbForm", []) for t in words[1:_VERB_REACH]):
        return False
    # the sign in the clause the possessive opens ('mijn Duits verbeteren ... *en* beter
    # leren plannen want ik loop achter': the problem is the later clause's, no remark)
    joint = next((t.i for t in words if t.pos_ in ("CCONJ", "SCONJ")), words[-1].i + 1)
    return any(i < joint for key in _OWNED_PROBLEM_SIGNS for i in inside(key))


def _opinion(
    words: list[Token],
    subjects: set[str],
    inside: Callable[[LexiconKey], list[int]],
    style: RewriteStyle,
) -> bool:
    """Is the sentence the writer's opinion of the goal before it ('Eerlijk gezegd vind ik
    dat ik gewoon hard werk', 'Personally I find it too much'; stance.py), with no wish, no
    date and no number in it?"""
    if inside("wish_verbs") or any(t.like_num for t in words):
        return False
    return opines(words, frozenset(subjects), set(inside("perception_verbs")), style)


#: How far into its sentence a cause's pointer may stand ('Eerlijk gezegd komt *dat* door').
_CAUSE_POINTER_REACH = 4


def _cause_told(words: list[Token], style: RewriteStyle) -> bool:
    """Does the sentence tell the cause of the situation before it: a pointer as the
    subject of a verb of cause with its preposition later in the clause (the pack's
    ``cause_links``: 'Dat komt volgens mij door de drukte', 'That comes from the
    workload'), with no modal in it (a duty or a plan of its own)?"""
    if not style.cause_links or any(t.lower_ in style.modals for t in words):
        return False
    pointers = [t for t in words[:_CAUSE_POINTER_REACH] if t.lower_ in style.judging_pointers]
    for pointer in pointers:
        verb = pointer.head
        if not pointer.dep_.startswith("nsubj") or verb.pos_ not in VERB_POS:
            continue
        after = {t.lower_ for t in words if t.i > verb.i}
        for link in style.cause_links:
            lemma, _, preposition = link.partition(" ")
            if verb.lemma_.lower() == lemma and preposition in after:
                return True
    return False


def _wish_points_back(
    words: list[Token],
    subjects: set[str],
    inside: Callable[[LexiconKey], list[int]],
    style: RewriteStyle,
) -> bool:
    """Does the sentence open with the writer's wish whose only object points back at the
    goal before it ("I'd like that, but only if ...", "I would love that", "I want that
    too")? The writer approves of the goal: a remark, no second goal (its condition kept)."""
    if len(words) < 3 or words[0].lower_ not in subjects:
        return False
    wished = [n for n, t in enumerate(words[:4]) if t.i in set(inside("wish_verbs"))]
    if not wished or wished[-1] + 1 >= len(words):
        return False
    pointer = words[wished[-1] + 1]
    after = words[wished[-1] + 2] if wished[-1] + 2 < len(words) else None
    bare = after is None or after.pos_ in ("CCONJ", "ADV") or after.i > pointer.i + 1
    return pointer.lower_ in style.judging_pointers and bare


def _judgement(words: list[Token], style: RewriteStyle) -> bool:
    """Does the sentence judge the goal before it: a word that points back at it and a verb
    of being or seeming ('*Dat is* best veel', "*That's* quite a lot", '*Het lijkt* me
    zwaar'), or a verb of seeming without its subject ('*Lijkt* me heel leerzaam', '*Sounds*
    really useful')? It says what the writer thinks of the goal: a remark kept after it."""
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    if first.lower_ in style.judging_pointers:
        return second.lemma_.lower() in style.judging_verbs
    finite = "Fin" in first.morph.get("VerbForm", []) and "Imp" not in first.morph.get("Mood", [])
    if first.lemma_.lower() in style.judging_verbs and finite:
        return True
    return _conditional_judgement(words, style)


#: How many words after a conditional modal its verb of being may stand ('Zou *wel* mooi zijn').
_CONDITIONAL_REACH = 3


def _conditional_judgement(words: list[Token], style: RewriteStyle) -> bool:
    """Does the sentence judge the goal in the conditional, its subject left out ('*Would
    be* great, but ...', '*Would be* nice', '*Zou* mooi *zijn*, maar ...'): a conditional
    modal first (the pack's ``conditional_modals``), a verb of being or seeming a few words
    after it and no subject between them? The writer weighs the goal: a remark."""
    if words[0].lower_ not in {m.lower() for m in style.conditional_modals}:
        return False
    after = words[1 : 1 + _CONDITIONAL_REACH]
    at = next((n for n, t in enumerate(after) if t.lemma_.lower() in style.judging_verbs), None)
    if at is None:
        return False
    return not any(t.pos_ in ("PRON", "PROPN", "NOUN") for t in after[:at])


def _felt(index: _Index, start: int, end: int) -> bool:
    """Does the remark at characters ``start``-``end`` tell a feeling or a difficulty ('Ik
    vind meteo best lastig', 'that makes me nervous'), or open with the writer's verb of
    finding ('I find speaking in front of the whole depot hard')?"""
    doc = index.doc
    at = next((t.i for t in doc if t.idx >= start), len(doc))
    stop = next((t.i for t in doc if t.idx >= end), len(doc))
    if index.inside("difficulties", at, stop) or index.inside("remark_feelings", at, stop):
        return True
    subjects = {w.lower() for w in index.ctx.pack.words("first_person_subject")}
    opens = at < len(doc) and doc[at].lower_ in subjects
    return opens and bool(index.inside("perception_verbs", at + 1, min(at + 3, stop)))


def _trial_after_judgement(
    doc: Doc, start: int, hedges: list[LexiconMatch], style: RewriteStyle, felt: bool = False
) -> int | None:
    """Where a trial the writer promises after judging the goal, or after telling how it
    feels (``felt``), begins ('Dat is best veel, *maar ik wil het proberen*', 'Ik vind meteo
    best lastig *dus ik ga het proberen*'): the coordinator or conclusion word (the pack's
    ``voice_tails``) before the sentence's first hedge, as a character offset; None when
    the remark at ``start`` is neither or holds no hedge after one. The rewrite commits to
    the goal, so the promise to try goes with the hedge."""
    if not hedges:
        return None
    first = next((t for t in doc if t.idx >= start), None)
    if first is None:
        return None
    words = [t for t in doc[first.i :] if not t.is_punct]
    if not (felt or _judgement(words, style)):
        return None
    tails = {w.lower() for w in style.voice_tails if " " not in w}
    joints = [
        t
        for t in doc[first.i :]
        if (t.pos_ == "CCONJ" or t.lower_ in tails) and t.idx < hedges[0].start
    ]
    if not joints:
        return None
    cut = joints[-1]
    before = doc[cut.i - 1] if cut.i > first.i else None
    return before.idx if before is not None and before.text == "," else cut.idx


def _read_as_context(index: _Index, piece: tuple[int, int]) -> bool:
    """Is the piece (token range) inside a clause of context the reading stage found ('...,
    nu loop ik nog mee met Erik'; anatomy/situation.py)? The steps that keep context read it
    then, with whatever follows it."""
    doc = index.doc
    start, end = doc[piece[0]].idx, _char_end(doc, piece[1])
    return any(s.start <= start and end <= s.end + 1 for s in index.goal.syntax.context)


#: How many words after a word of 'now' hold the clause's subject and finite verb ('now *I
#: always leave* ...', 'at the moment *my supervisor always does* ...').
_PRESENT_REACH = 4


def _present_told(
    words: list[Token], inside: Callable[[LexiconKey], list[int]], openers: tuple[str, ...]
) -> bool:
    """Is the piece after a comma a statement of how things are now, opened by a word of
    'now' (``openers``: '..., now I always leave that to my colleague', '..., nu laat ik dat
    altijd aan haar over', '..., nu moet ik daarvoor steeds de chef bellen'), a subject and
    a finite verb right after it and no wish or hedge? It tells the situation the goal
    changes: a remark kept after the goal, neither a goal of its own nor an absolute
    ('always') the rewrite must bound."""
    told = [t.lower_ for t in words]
    rest: list[Token] = []
    for opener in sorted(openers, key=len, reverse=True):
        parts = opener.split()
        if told[: len(parts)] == parts:
            rest = words[len(parts) : len(parts) + _PRESENT_REACH]
            break
    if len(rest) < 2 or rest[0].pos_ in ("CCONJ", "ADP"):
        return False  # 'now and then', 'currently in ...': no clause of its own
    if inside("wish_verbs") or inside("hedges"):
        return False  # a duty told after 'now' is how things are ('nu moet ik steeds ...')
    finite = any("Fin" in t.morph.get("VerbForm", []) for t in rest)
    return finite and any(t.pos_ in ("PRON", "PROPN", "DET", "NOUN") for t in rest)


def _past_told(words: list[Token], inside: Callable[[LexiconKey], list[int]]) -> bool:
    """Is the last sentence an event told in the past, every verb in it past ('vorig jaar
    bijna misgegaan', 'nearly went wrong last year', 'twee keer bijna gevallen'), with no
    modal, wish or hedge? It tells why the writer wants the goal (a near miss, a complaint
    had): a remark kept after the goal, no goal of its own."""
    verbs = [t for t in words if t.pos_ in VERB_POS]
    if len(words) < 2 or not verbs:
        return False
    if inside("wish_verbs") or inside("hedges") or inside("modal_verbs"):
        return False
    return all(_past(t) for t in verbs)


def _past_time(index: _Index, piece: tuple[int, int]) -> bool:
    """Does the piece (token range) name a time already past ('vorig jaar', 'last month')?
    A past event is told with one; the tagger reads many a Dutch infinitive as past
    ('afronden', 'bijhouden'), a goal still to do."""
    goal, doc = index.goal, index.doc
    start = doc[piece[0]].idx
    end = doc[piece[1] - 1].idx + len(doc[piece[1] - 1].text)
    return any(
        t.due is not None and t.due < goal.reference_date and start <= t.start and t.end <= end
        for t in goal.deadlines
    )


def _past(verb: Token) -> bool:
    """A verb in the past: its past tense, or a past participle ('misgegaan', 'gone'); a
    present participle or gerund ('doing', 'mentoring') is none. An English past tense the
    tagger tags so is past whatever its morphology says ('We *lost* two traps in 2025': the
    morphology read the plural's present)."""
    tense = verb.morph.get("Tense", [])
    if verb.tag_ == "VBD":
        return True
    return "Past" in tense or ("Part" in verb.morph.get("VerbForm", []) and "Pres" not in tense)


#: Most words of a feeling told without a clause ('Best spannend', 'Quite scary').
_BARE_FEELING = 3


def _bare_feeling(words: list[Token]) -> bool:
    """Is the piece a feeling told without a clause, no verb in it ('Spannend', 'Best
    eng', 'Quite daunting')?"""
    return len(words) <= _BARE_FEELING and not any(t.pos_ in VERB_POS for t in words)


def _felt_by_writer(words: list[Token], style: RewriteStyle) -> bool:
    """Does a sentence of feeling hold the writer as its object ('Pulling focus on the long
    lenses still makes *me* nervous', 'Dat maakt *me* zenuwachtig'), with no modal (a duty
    or wish of its own)? Then it tells how the goal feels to the writer: a remark."""
    objects = {w.lower() for w in style.object_pronouns}
    return any(t.lower_ in objects for t in words) and not any(
        t.lower_ in style.modals for t in words
    )


def _feeling_about_it(words: list[Token], subjects: set[str], openers: tuple[str, ...]) -> bool:
    """Does the piece open with a word that points back at the goal and hold the writer
    right after it ('*daar* ben *ik* nog onzeker in', '*that* is where *I* ...')? Then a
    feeling in it is the writer's about the goal, as one told with the writer first is."""
    pointers = {w.lower() for w in openers if " " not in w}
    return (
        len(words) > 2
        and words[0].lower_ in pointers
        and any(t.lower_ in subjects for t in words[1:_SUBJECT_AFTER_POINTER])
    )


def _points_at_goal(words: list[Token], *keys: tuple[str, ...]) -> bool:
    """An agreement about the goal itself points at it ('*This* needs approval', 'Will
    discuss *how* to measure *this*', 'Dat hangt af van ...'); one without a pointer ('I
    want to discuss my progress with my manager monthly') is a goal of its own."""
    pointers = {w.lower() for key in keys for w in key if " " not in w}
    return any(
        t.lower_ in pointers or {"Dem", "Int"} & set(t.morph.get("PronType", [])) for t in words
    )


def _labelled(doc: Doc, start: int, labels: tuple[str, ...]) -> bool:
    """The sentence at token ``start`` opens with a goal label and its colon ('Doel:',
    'Goal:'): a sentence the writer labelled, which the means reading (means.py) found
    no act in, so it tells the goal's target or time."""
    for label in labels:
        size = len(label.split())
        said = [t.lower_ for t in doc[start : start + size]]
        after = doc[start + size] if start + size < len(doc) else None
        if said == label.lower().split() and after is not None and after.text == ":":
            return True
    return False


def comma_clauses(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the text cut at commas, dashes and sentence ends; a hyphen written
    between two words with no space ('stand-up', 'wet-end') joins them, it cuts nothing, and
    so does a mark inside a closed bracket: '(Mettler, Sartorius)' lists the items of one
    aside, its comma no clause end of the goal."""
    pieces: list[tuple[int, int]] = []
    start = 0
    inside = {i for a, b in bracketed_ranges(doc, ROUND_BRACKETS) for i in range(a + 1, b - 1)}
    for t in doc:
        inside_word = t.i > 0 and not doc[t.i - 1].whitespace_ and not t.whitespace_
        if (t.text == "-" and inside_word) or t.i in inside:
            continue
        if t.text in _JOINTS or t.text in SENTENCE_MARKS:
            if t.i > start:
                pieces.append((start, t.i))
            start = t.i + 1
    if start < len(doc):
        pieces.append((start, len(doc)))
    return [(a, b) for a, b in pieces if any(t.is_alpha for t in doc[a:b])]


def _char_end(doc: Doc, stop: int) -> int:
    """The character offset just before the token ``stop`` (the end of the text after the
    last token)."""
    if stop >= len(doc):
        last = doc[-1]
        return last.idx + len(last.text)
    return doc[stop].idx
