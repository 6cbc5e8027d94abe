"""A past achievement before this year's goals: context, never a goal of its own.

"Vorig jaar heb ik twee open dagen georganiseerd, dit jaar wil ik er vier organiseren" and
"Last year I passed my forklift test; this year I want to get my crane licence" open with
what the writer already did. That clause is the baseline or reason of the wishes after it,
so the rewrite commits to the wishes and keeps the past as a clause that looks back (the
pack's ``frames.past_context``: "..., nadat ik vorig jaar ... heb georganiseerd", "...,
after I passed my forklift test last year"). Committing to the past clause ("Last year, I
will translate ...", "Vorig jaar ga ik ...") is a seam: :func:`past_committed` finds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.style import style_for
from smartcheck.fixing.rewrite.words import capitalise, tidy
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.timex import TimeExpression

_BOUNDARY_POS = frozenset({"CCONJ", "SCONJ"})
#: A sentence end bounds a clause too: a past time told in the next sentence ("... Vorig jaar
#: 2 tentamens niet gehaald.") is no part of the commitment before it.
_BOUNDARY_TEXT = frozenset({",", ";", ":", ".", "!", "?"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl"})


@dataclass(frozen=True)
class PastContext:
    """A goal split into the past clause it opens with and the wishes after it."""

    past: str  # the past clause as a clause that looks back ("ik vorig jaar ... heb gedaan")
    rest: str  # the wishes, a goal of their own ("Dit jaar wil ik ...")
    done: tuple[str, ...] = ()  # the past clause's words after its subject, lower case
    #: Characters of the words the rest leaves out: a label of the next step ('Volgende
    #: stap:') and a 'nu' / 'now' the clause that looks back makes redundant.
    dropped: tuple[tuple[int, int], ...] = ()
    #: The past clause's finite verb ('heb'), when the text is only that clause: a rewrite
    #: committed with it ('Vóór [datum] heb ik ... gehaald') tells the past as a goal.
    finite: str = ""


def _wish_words(style: RewriteStyle) -> frozenset[str]:
    """Words of a wish or commitment ('wil', 'zou', 'will', 'could'): a clause with one tells
    what the writer wants, not what they did."""
    return commitment_words(style) | {w.lower() for w in (*style.modals, *style.wish_modals)}


def _told_by_writer(head: Sequence[Token], lang: str, style: RewriteStyle) -> bool:
    """The writer is the clause's subject and no wish or commitment is in it: a clause that
    can tell what the writer did ('Ik heb ...'), not what they want ('Ik zou graag ...')."""
    subjects = set(style.subjects)
    own = [t for t in head if t.lower_ in subjects and t.dep_ in _SUBJECT_DEPS]
    if not any(not _embedded(t, head) for t in own):
        return False  # 'Feedback van X was dat ik ...': the writer only in what X said
    wishes = _wish_words(style)
    modal_lemmas = {lemma_of(w, lang).lower() for w in wishes}
    return not any(t.lower_ in wishes or t.lemma_.lower() in modal_lemmas for t in head)


def _embedded(subject: Token, clause: Sequence[Token]) -> bool:
    """``subject`` is the subject of a clause inside another ('Feedback van X was *dat ik*
    ...'): a subordinator opens its clause after a finite verb of the sentence before it
    in ``clause`` (the parser may make the inner clause a root of its own: read by order)."""
    mark = next((c for c in subject.head.children if c.dep_ == "mark" and c.i < subject.i), None)
    if mark is None:
        return False
    return any("Fin" in t.morph.get("VerbForm", []) for t in clause if t.i < mark.i)


def _told_by_other(verb: Token, style: RewriteStyle) -> bool:
    """Does the past verb (or the verb its auxiliary goes with) have a subject other than
    the writer ('My manager *suggested* I take ...', 'De ploegleiding *heeft gevraagd* of ik
    ...')? Then it tells what someone else did, and the writer's clause inside it is no past
    of the writer's: a goal asked of the writer."""
    verbs = {verb, verb.head} if verb.dep_ in ("aux", "aux:pass") else {verb}
    subjects = [t for v in verbs for t in v.children if t.dep_ in _SUBJECT_DEPS]
    # the parse may hang the writer on the auxiliary ('Vorig jaar *hebben we* ... ingevoerd')
    return bool(subjects) and all(t.lower_ not in style.subjects for t in subjects)


def commitment_words(style: RewriteStyle) -> frozenset[str]:
    """The words that commit the writer to what is ahead ('will', 'ga', 'zal')."""
    words = {*style.subjects.values(), *style.perfect_subjects.values()}
    words |= {w for w in style.modals if w.startswith("'")}  # "'ll"
    return frozenset(w.lower() for w in words)


def looks_back(token: Token, style: RewriteStyle) -> bool:
    """A finite verb in the past, or the finite auxiliary of a perfect ('heb gedaan')."""
    if "Fin" not in token.morph.get("VerbForm", []) or token.pos_ not in ("VERB", "AUX"):
        return False
    if "Past" in token.morph.get("Tense", []):
        # a Dutch past is never the infinitive's form: 'bijhouden' tagged a past is misread
        return not (token.lang_ == "nl" and token.lower_ == token.lemma_.lower())
    return token.lemma_.lower() in style.perfect_verbs and any(
        "Part" in t.morph.get("VerbForm", []) for t in token.doc[token.i + 1 : token.i + 12]
    )


def _clause_of(doc: Doc, start: int, end: int, whole: bool = False) -> list[Token]:
    """The tokens of the clause around the characters ``start``-``end`` (a time phrase):
    from the previous boundary to the next; a fronted time set off by a comma belongs to the
    clause after the comma ('Last year, I will ...')."""
    tokens = list(doc)
    inside = [t.i for t in tokens if t.idx < end and t.idx + len(t.text) > start]
    if not inside:
        return []
    first, last = inside[0], inside[-1]

    def boundary(t: Token) -> bool:
        return t.text in _BOUNDARY_TEXT or t.pos_ in _BOUNDARY_POS

    left = first
    while left > 0 and not boundary(tokens[left - 1]):
        left -= 1
    right = last + 1
    if left == first and right < len(tokens) and tokens[right].text == ",":
        right += 1  # 'Last year, I will ...'
    while right < len(tokens) and not boundary(tokens[right]):
        right += 1
    return [t for t in tokens[left:right] if whole or not first <= t.i <= last]


def past_committed(
    doc: Doc, times: Sequence[TimeExpression], reference: date, style: RewriteStyle
) -> list[tuple[str, str]]:
    """Each past time ('Last year', 'vorig jaar', 'in 2025') in a clause that commits the
    writer to what is ahead ('Last year, I will translate ...'): (time, commitment word)."""
    commit = commitment_words(style)
    found = []
    for t in times:
        if t.due is None or t.due >= reference:
            continue
        clause = _clause_of(doc, t.start, t.end)
        if any(looks_back(w, style) for w in clause):
            continue  # '..., nadat ik in 2025 de cursus heb gevolgd': it looks back
        word = next((w.lower_ for w in clause if w.lower_ in commit), None)
        if word is not None:
            found.append((t.text, word))
    return found


def in_subclause(token: Token) -> bool:
    """Does a subordinator open ``token``'s clause ('after I passed', 'nadat ik ...')?"""
    for t in reversed(token.doc[: token.i]):
        if t.text in (",", ";"):
            return False
        if t.pos_ == "SCONJ" or t.dep_ == "mark":
            return True
    return False


def looked_back(doc: Doc, t: TimeExpression, style: RewriteStyle) -> bool:
    """A past time in a clause whose verb is past ('after I passed it last year'): it tells
    what was done, no deadline of the goal."""
    return any(looks_back(w, style) for w in _clause_of(doc, t.start, t.end, whole=True))


_Read = Callable[["Goal", "RuleContext", "RewriteStyle"], "PastContext | None"]


def _once(read: _Read, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> PastContext | None:
    """``read(goal, ctx, style)``, once per goal: the seam check asks again for every
    candidate (with a style other than the context's own, read anew)."""
    if style is not style_for(ctx):
        return read(goal, ctx, style)
    return ctx.feature(goal, _styled(read))


@cache
def _styled(read: _Read) -> Callable[[Goal, RuleContext], PastContext | None]:
    """``read`` with the context's own style: one function per reader, the memo's key."""

    def of(goal: Goal, ctx: RuleContext) -> PastContext | None:
        style = style_for(ctx)
        return None if style is None else read(goal, ctx, style)

    return of


def past_context(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> PastContext | None:
    """:func:`_past_context`, read once per goal."""
    return _once(_past_context, goal, ctx, style)


def _past_context(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> PastContext | None:
    """The past clause a goal opens with and the wishes after it, or None.

    The opening clause (up to the first comma, semicolon or 'en'/'and') must be the writer's
    ('ik', 'I'), look back (a past verb, or a perfect with a time already past: a perfect is
    also how a goal ahead is written, 'Vóór juni heb ik ... gehaald'), and hold no wish; the
    rest must hold a verb of its own that does not look back."""
    doc = goal.doc
    frame = style.frames.past_context
    if doc is None or frame is None or not doc.text.startswith(goal.text):
        return None
    tokens = list(doc)
    cut = next(
        (
            t.i
            for t in tokens[2:]
            if t.text in _CUTS or (t.pos_ == "CCONJ" and t.i + 1 < len(tokens))
        ),
        None,
    )
    if cut is None:
        return None
    head, tail = tokens[:cut], tokens[cut + 1 :]
    if tail and tail[0].pos_ == "CCONJ":
        tail = tail[1:]
    labelled = _step_label(tail, style)  # 'Volgende stap: ...', 'Next step: ...'
    label = tail[:labelled]
    tail = tail[labelled:]
    if not _told_by_writer(head, goal.lang, style):
        return None  # 'Ik zou graag ...', 'I could ...': a wish, not what was done
    subjects = set(style.subjects)
    wishes = _wish_words(style)
    finite = [t for t in head if looks_back(t, style)]
    if not finite or _told_by_other(finite[0], style):
        return None
    if not tail:
        return None
    ahead = [e for e in goal.deadlines if e.due is None or e.due >= goal.reference_date]
    if any(e.end <= tail[0].idx for e in ahead):
        return None  # 'Vóór juni heb ik ... gehaald, en ...': a perfect goal ahead
    past_time = [e for e in goal.deadlines if e not in ahead and e.end <= tail[0].idx]
    if "Past" not in finite[0].morph.get("Tense", []) and not past_time:
        return None
    if any(looks_back(t, style) for t in tail):
        return None
    wished = any(t.lower_ in wishes or "Fin" in t.morph.get("VerbForm", []) for t in tail)
    if not wished and any("Part" in t.morph.get("VerbForm", []) for t in tail):
        return None  # '... afgerond en mijn certificaat behaald': the past goes on
    if not labelled and not wished and not any(t.pos_ in ("VERB", "AUX") for t in tail):
        return None
    clause = _looking_back(head, finite[0], ctx, style)
    if clause is None:
        return None
    nows = [t for t in tail[:4] if t.lower_ in _now_words(style) and t.pos_ == "ADV"]
    kept = [t for t in tail if t not in nows]  # 'Nu wil ik ...': the past clause says when
    if not kept:
        return None
    finite_first = kept[0].pos_ in ("VERB", "AUX") and "Fin" in kept[0].morph.get("VerbForm", [])
    if finite_first and len(kept) > 1 and kept[1].lower_ in subjects and nows:
        kept = [kept[1], kept[0], *kept[2:]]  # 'Nu wil ik ...' -> 'ik wil ...'
        finite_first = False
    rest = "".join(t.text_with_ws for t in kept).strip()
    if finite_first:
        rest = f"{style.default_subject} {rest}"  # '..., en wil dat ...' -> 'ik wil dat ...'
    complementizer = len(kept) > 2 and kept[2].pos_ == "SCONJ"  # 'ik wil dat de rest ...'
    subject = next(t for t in head if t.lower_ in subjects)
    done = tuple(t.lower_ for t in head[subject.i + 1 :] if t.is_alpha and t is not finite[0])
    return PastContext(
        past=frame.format(clause=clause),
        rest=capitalise(rest if complementizer else _pronoun(rest, style)),
        done=done,
        dropped=tuple((t.idx, t.idx + len(t.text)) for t in (*label, *nows)),
    )


def _now_words(style: RewriteStyle) -> frozenset[str]:
    """Words that set the goal after the past ('nu', 'now'): the one-word labels of the next
    step, which the clause that looks back makes redundant."""
    return frozenset(label.lower() for label in style.next_step_labels if " " not in label)


def past_only(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> PastContext | None:
    """:func:`_past_only`, read once per goal."""
    return _once(_past_only, goal, ctx, style)


#: Dependencies of a verb in a clause that says which thing ('the modules *I began* in 2025').
_RELATIVE_DEPS = frozenset({"acl:relcl", "relcl", "acl"})


def _past_only(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> PastContext | None:
    """A text that is only a past achievement ('Vorig jaar heb ik mijn diploma gehaald.',
    'Last year I brought in fifteen new clients.'): the writer's one sentence that looks
    back (a past verb, or a perfect) at a time already past, with no wish and no time ahead.
    It holds no goal; a coach asks for the next step that builds on it (:func:`next_step`).
    None for any other text."""
    doc = goal.doc
    frame = style.frames.past_context
    if doc is None or frame is None or not doc.text.startswith(goal.text):
        return None
    head = [t for t in doc if not t.is_space]
    while head and head[-1].is_punct:
        head.pop()
    if len(head) < 3 or any(t.text in _CUTS and t.text != "," for t in head):
        return None  # one sentence, no list of past things
    if not _told_by_writer(head, goal.lang, style):
        return None
    if wished_now(head, ctx):
        return None  # 'I want fewer mistakes, last month it went wrong': a wish, no past only
    subjects = set(style.subjects)
    finite = [t for t in head if looks_back(t, style)]
    times = goal.deadlines
    if not finite or not times or any(e.due is None or e.due >= goal.reference_date for e in times):
        return None  # no time, or one ahead: a goal told in the past tense is rewritten ahead
    if any(e.text.lower().startswith(tuple(style.deadline_openers)) for e in times):
        return None  # 'Uiterlijk 1 februari 2022 heb ik ...': a goal whose deadline passed
    told = finite[0]  # 'Last year I set up ...' may be parsed as a clause on 'year'
    on_time = any(e.start <= told.head.idx < e.end for e in times)
    relative = told.dep_ in _RELATIVE_DEPS and not on_time
    if relative or any("Imp" in t.morph.get("Mood", []) for t in head[: told.i]):
        return None  # 'Finish the forklift course I started last year': the past only says
        # which course, the act is asked first
    clause = _looking_back(head, finite[0], ctx, style)
    if clause is None:
        return None
    subject = next(t for t in head if t.lower_ in subjects)
    done = tuple(t.lower_ for t in head[subject.i + 1 :] if t.is_alpha and t is not finite[0])
    # Dutch ends the clause that looks back in its finite verb, so the verb before the
    # past's words is only ever a commitment to them ('Vóór [datum] heb ik ... gehaald')
    verb = finite[0].lower_ if style.word_order == "v2" else ""
    return PastContext(past=frame.format(clause=clause), rest="", done=done, finite=verb)


def wished_now(head: list[Token], ctx: RuleContext) -> bool:
    """A wish verb of the pack's ``wish_verbs`` in the present tense ('I *want* ...', 'ik
    *wil* ...'): the text wishes ahead, whatever it tells of the past."""
    wishes = {w.lower() for w in ctx.pack.words("wish_verbs")}
    return any(t.lemma_.lower() in wishes and "Pres" in t.morph.get("Tense", []) for t in head)


def past_dropped(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """The characters of the words a rewrite after a past achievement leaves out ('Volgende
    stap:', 'Nu'), never lost words."""
    found = past_context(goal, ctx, style)
    return list(found.dropped) if found is not None else []


def next_step(found: PastContext, goal: Goal, style: RewriteStyle) -> str:
    """The next step after a past achievement, asked for: 'Vóór [datum] ga ik [concreet
    gedrag], met als bewijs [hoe gemeten], nadat ik vorig jaar ... heb gehaald.', 'By
    [date], I will [concrete behaviour], ..., after I ... last year.' The writer's subject
    ('we') stays."""
    ph = style.placeholders
    doc = goal.doc
    me = style.default_subject
    subject = next(
        (t.text for t in doc or () if t.lower_ in style.subjects and t.dep_ in _SUBJECT_DEPS), me
    )
    subject = me if subject.lower() == me.lower() else subject.lower()
    aux = style.subjects.get(subject.lower(), style.subjects[me.lower()])
    deadline = style.frames.deadline.format(date=ph.date)
    measure = style.frames.measure.format(measure=ph.measure)
    if style.word_order == "v2":
        main = f"{deadline} {aux} {subject.lower()} {ph.behaviour}"
    else:
        main = f"{deadline}, {subject} {aux} {ph.behaviour}"
    return capitalise(f"{main}{measure}, {found.past}.")


#: Punctuation that ends the past clause: a comma, a semicolon or the sentence's end.
_CUTS = frozenset({",", ";", ".", "!"})


def _step_label(tail: list[Token], style: RewriteStyle) -> int:
    """How many tokens of a label that names the next step open ``tail`` ('Volgende stap:',
    'Next step:'; the pack's ``next_step_labels``), with its colon; 0 when none."""
    text = [t.lower_ for t in tail]
    for label in style.next_step_labels:
        words = label.lower().split()
        if text[: len(words)] == words and text[len(words) : len(words) + 1] == [":"]:
            return len(words) + 1
    return 0


def past_made_goal(
    doc: Doc, found: PastContext, style: RewriteStyle, written: str = ""
) -> list[str]:
    """The commitment words of a rewrite that commit the writer to what the past clause
    says was done ('Last year I ran the stock count, ...' -> 'By [date], I will run the stock
    count'): the past clause's first two words within the four after the commitment. A
    sentence kept as the writer wrote it (``written``: the goal's text) commits to nothing."""
    commit = commitment_words(style) | ({found.finite} if found.finite else set())
    want = found.done[:2]
    if len(want) < 2:
        return []
    hits = []
    for t in doc:
        if t.lower_ not in commit:
            continue
        told = t.sent.text.strip()
        kept = told.rstrip(".!?").lower()  # its capital and stop may be the rewrite's
        if written and len(told.split()) > 2 and kept in written.lower():
            continue  # '... Ik ben in 2023 met de cursus gestopt.': the past, as written
        words = tuple(u.lower_ for u in doc[t.i + 1 :] if u.is_alpha)[:5]
        if any(words[k : k + 2] == want for k in range(len(words) - 1)):
            hits.append(t.text)
    return hits


def _pronoun(rest: str, style: RewriteStyle) -> str:
    """The past clause's object taken up by a demonstrative right after the wish ('ik wil
    *dat* voortaan herhalen'), which a rewrite would read as 'dat' opening a clause: the
    personal pronoun says the same ('ik wil *het* voortaan herhalen'; the pack's
    ``demonstrative_subjects``)."""
    words = rest.split(" ")
    if len(words) > 3 and words[2].lower() in style.demonstrative_subjects:
        words[2] = style.demonstrative_subjects[words[2].lower()]
    return " ".join(words)


def _looking_back(
    head: list[Token],
    finite: Token,
    ctx: RuleContext,
    style: RewriteStyle,
) -> str | None:
    """The past clause as a clause that looks back: the subject first, a fronted time after
    its clause (English: 'I passed it last year') or after the subject (Dutch, with the
    finite verb at the end: 'ik vorig jaar ... heb gedaan')."""
    subjects = set(style.subjects)
    subject = next(t for t in head if t.lower_ in subjects)
    forced: Token | None = None
    aux = next(
        (
            t
            for t in head
            if t is not finite
            and t.lemma_.lower() in style.perfect_verbs
            and "Fin" in t.morph.get("VerbForm", [])
        ),
        None,
    )
    if aux is not None and finite.pos_ == "VERB":  # 'zijn we begonnen': 'begonnen' is no past
        finite, forced = aux, finite
    fronted = [t for t in head[: subject.i] if t is not finite]
    if head[-1].is_punct:
        head = head[:-1]
    if style.word_order != "v2":
        moved = [t for t in fronted if not t.is_punct]
        body = list(head[subject.i :])
        joint = next((n for n, t in enumerate(body) if n > 1 and t.pos_ == "CCONJ"), len(body))
        ordered = [*body[:joint], *moved, *body[joint:]]  # the time in the first clause
        return tidy(" ".join(_lower_first(t, n == joint) for n, t in enumerate(ordered)))
    rest = [t for t in head[subject.i + 1 :] if t is not finite]
    particles = set(ctx.pack.words("separable_particles"))
    ending: list[str]
    parts = [
        t
        for t in rest
        if t is forced or ("Part" in t.morph.get("VerbForm", []) and t.pos_ == "VERB")
    ]
    if len(parts) == 2 and parts[1] is rest[-1] and _joined(rest, parts[0]):
        # '... afgerond en mijn certificaat behaald': each clause ends in its own verbs
        joint = rest.index(parts[0]) + 1
        words = [subject.lower_, *(_lower_first(t, n == 0) for n, t in enumerate(fronted))]
        words += [t.text for t in rest[: joint - 1] if not t.is_punct]
        words += [finite.text, parts[0].text, *(t.text for t in rest[joint:-1]), finite.text]
        return tidy(" ".join([*words, parts[1].text]))
    if len(parts) == 1 and parts[0] is not rest[-1] and not _joined(rest, parts[0]):
        rest = [t for t in rest if t is not parts[0]] + [parts[0]]  # '... zijn overgestapt'
    if rest and (
        "Part" in rest[-1].morph.get("VerbForm", [])
        or rest[-1].pos_ == "VERB"
        or rest[-1] is forced
    ):
        ending = [finite.text, rest[-1].text]
        rest = rest[:-1]
    elif rest and rest[-1].lower_ in particles:
        ending = [rest[-1].text + finite.text]
        rest = rest[:-1]
    else:
        ending = [finite.text]
    words = [subject.lower_, *(_lower_first(t, n == 0) for n, t in enumerate(fronted))]
    words += [t.text for t in rest if not t.is_punct or t.text in ")"]
    return tidy(" ".join([*words, *ending]))


def _joined(rest: list[Token], participle: Token) -> bool:
    """Is there a conjunction after the participle ('afgerond en ... behaald'), which then
    ends a clause of its own and stays where it is?"""
    return any(t.pos_ == "CCONJ" for t in rest[rest.index(participle) + 1 :])


def _lower_first(token: Token, first: bool) -> str:
    """The goal's first word moved out of first place loses its capital (a name keeps it;
    the tagger calls a capitalised first word a name too often to trust it there, so only
    a word it knows in lower case counts as one)."""
    text = token.text
    lower = text[:1].lower() + text[1:]
    if first and token.i == 0 and text != "I" and not text.isupper():
        return lower if known_word(lower, token.lang_) else text
    return text


def with_past(sentence: str, context: PastContext) -> str:
    """The rewritten wishes with the past clause after them, before the final stop."""
    body = sentence.rstrip()
    stop = body[-1] if body and body[-1] in ".!" else "."
    body = body.rstrip(".!")
    return f"{body}, {context.past}{stop}"
