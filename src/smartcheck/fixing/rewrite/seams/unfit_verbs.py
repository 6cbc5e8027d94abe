"""The commitment, or the purpose, put on something that cannot carry a goal.

A diary-style goal ("Wil meer tijd besteden aan ...", "Hoping to finish ...", "Vind het lastig
om ...") leaves its subject out and opens with a wish, a hope or a difficulty. A template that
keeps that opening reads broken however well it scores: the commitment lands on the
difficulty ("Vóór [datum] vind ik het lastig", "I will find it hard to ..."), on the hope ("I
will be hoping to ..."), the purpose on a modal ("om zou graag ... voor te zitten", "in order
to struggle with ..."), the deadline on a verb with no subject ("By [date], would like to
..."), 'ga ik' on no verb at all ("Vóór [datum] ga ik klantgesprekken."), a state the
writer is not in ("Vóór [datum] ben ik niet zo zeker ..."), or a topic keeps its full stop
inside the frame ("ga ik voor Rijbewijs C. [concreet gedrag]"). Each check reads the parse
of the candidate with its placeholders stood in.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.excess_flaws import grades_flaw
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import hyphen_last, infinitive_evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from smartcheck.judging.context import RuleContext

#: A sentence that ends before a placeholder ("ga ik voor Rijbewijs C. [concreet gedrag]"):
#: the topic kept its full stop inside the frame.
_STOP_BEFORE_PLACEHOLDER = re.compile(r"[.!?]\s+\[")


def unfit_verbs(
    candidate: str, doc: Doc, ctx: RuleContext, style: RewriteStyle, goal: str = ""
) -> list[Seam]:
    """Every seam of this module in ``candidate`` (``doc``: its parse, placeholders stood
    in; ``goal``: the text it rewrites)."""
    seams = _stop_before_placeholder(candidate)
    seams += _difficulty_committed(doc, ctx, style, goal)
    seams += _excess_committed(doc, ctx, style, goal, style.placeholders.date in candidate)
    seams += _hope_committed(doc, ctx, style)
    seams += _modal_purpose(doc, ctx, style)
    seams += _subjectless_modal(doc, style)
    seams += _nothing_after_going(doc, ctx, style, goal)
    seams += _negated_state(doc, ctx, style)
    seams += _amount_after_commitment(doc, style)
    seams += _flaw_seen_to(doc, ctx, style)
    return seams


def _flaw_seen_to(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The writer's own part made to see to the problem the goal named ('Er gaan te vaak
    pakketten kwijt, dat moet naar nul' -> 'zorg ik ervoor dat er te vaak pakketten kwijt
    ... gaan', 'I will make sure that things go wrong too often'): the clause after the own
    part's frame (the pack's ``frames.own_part``, up to its ``own_part_next`` or the
    sentence's end) keeps a flaw of excess with no bound, negation, comparative or number
    in it. The rewrite promises the problem; the structured fallback shows instead. A clause
    there opened by a comparative and with no verb at all ('I will make sure that better
    contact between sales and the warehouse in [number] out of 10 cases') sees to nothing: a
    seam too (one opened by its subject may hold a verb the tagger calls a noun: 'the night
    team *logs* every incident')."""
    frame = style.frames.own_part
    if frame is None or not style.excess_reductions:
        return []
    opening = tuple(frame.split("{clause}")[0].lower().split()[-2:])  # 'zorg ik ervoor dat'
    after = style.frames.own_part_next
    joint = tuple(after.split("{clause}")[0].lower().split()) if after else ()
    words = [t.lower_ for t in doc]
    starts = [
        n + len(opening) for n in range(len(words)) if tuple(words[n : n + len(opening)]) == opening
    ]
    if not starts:
        return []
    bounds = {w.lower() for k in ("negations", "comparatives", "bounds") for w in ctx.pack.words(k)}
    comparatives = {w.lower() for w in ctx.pack.words("comparatives")}
    bound = style.frames.bounded_count.split("{number}")[0].strip().lower()  # 'at most'
    months = {n.lower() for names in ctx.pack.time.months for n in names}
    for start in starts:
        stop = next(
            (
                n
                for n in range(start, len(doc))
                if doc[n].text in (".", "!", "?", ",")
                or (joint and tuple(words[n : n + len(joint)]) == joint)
            ),
            len(doc),
        )
        clause = doc[start:stop]
        verbless = not any(t.pos_ in ("VERB", "AUX") for t in clause)
        graded = bool(clause) and (
            clause[0].lower_ in comparatives or "Cmp" in clause[0].morph.get("Degree", [])
        )  # 'better contact', not a noun the tagger calls an adjective ('shift supervisors')
        if len(clause) > 1 and clause[0].pos_ == "ADJ" and graded and verbless:
            # 'I will make sure that better contact between sales and ...': no verb to see to
            return [Seam("lost_verb", "the own part's clause has no verb", ("own-verbless",))]
        if any(w.lower_ in bounds or _count(w, months) for w in clause) or (
            bound and f" {bound} " in f" {clause.text.lower()} "
        ):
            continue
        flaw = next((t for t in clause if grades_flaw(t, style)), None)
        if flaw is not None:
            return [Seam("lost_verb", "the own part sees to the flaw named", (flaw.lower_,))]
    return []


#: English amounts that cannot follow 'will' without a verb ('I will more confident ...').
_AMOUNTS = frozenset({"more", "less", "fewer"})


def _amount_after_commitment(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """English: the writer's 'will' right before 'more'/'less' and no verb ('I will more
    confident quoting prices'): a fragment of a comparative put in the verb's place. 'I will
    more than double ...' is whole."""
    if style.word_order == "v2":
        return []
    aux = {a.lower() for a in style.subjects.values()} | {"'ll"}
    me = {s.lower() for s in style.subjects}
    for t in doc[1:-2]:
        committed = t.lower_ in aux and doc[t.i - 1].lower_ in me
        if committed and doc[t.i + 1].lower_ in _AMOUNTS and doc[t.i + 2].lower_ != "than":
            return [Seam("lost_verb", f"{t.text!r} before {doc[t.i + 1].text!r}", ())]
    return []


def _stop_before_placeholder(candidate: str) -> list[Seam]:
    if _STOP_BEFORE_PLACEHOLDER.search(candidate) is None:
        return []
    return [Seam("residue", "a full stop inside the sentence, before a placeholder", (".",))]


def _clause_openers(ctx: RuleContext, style: RewriteStyle) -> set[str]:
    """Words that open a clause of its own: what follows one is no longer the main clause."""
    words = {w.lower() for w in ctx.pack.words("subordinators")}
    words |= {w.lower() for w in (*style.reason_openers, *style.clause_ends)}
    return words | {w.lower() for w in style.relativizers} | set(style.clause_openers)


def _main_clause_end(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> int:
    """The index of the first token of the first subordinate clause (or the Doc's end)."""
    openers = _clause_openers(ctx, style)
    return next(
        (t.i for t in doc if t.i > 0 and (t.lower_ in openers or t.pos_ == "SCONJ")), len(doc)
    )


def _committed(doc: Doc, style: RewriteStyle) -> bool:
    """The candidate commits the writer: a subject next to its commitment ('ga ik', 'I
    will') or a fronted deadline before the writer's subject ('Vóór ... vind ik')."""
    aux = {a.lower() for a in style.subjects.values()} | {"'ll"}
    me = {s.lower() for s in style.subjects}
    words = [t.lower_ for t in doc]
    return any(a in me or a in aux for a in words[:8]) and any(w in me for w in words)


def _difficulty_committed(
    doc: Doc, ctx: RuleContext, style: RewriteStyle, goal: str = ""
) -> list[Seam]:
    """The difficulty the writer named, told in the candidate's main clause ('Vóór [datum]
    vind ik het lastig om ...', 'I will find it hard to ...'): the rewrite promises the
    problem. In a clause of reason ('..., omdat ik het lastig vind') it may stay, and so
    may a sentence of the goal kept as written before the step the goal asked ('Ik heb moeite
    met X. Kan ik ...?' -> 'Ik heb moeite met X. Vóór [datum] ga ik ...'; asked_after.py)."""
    if not _committed(doc, style):
        return []
    end = _main_clause_end(doc, ctx, style)
    for match in ctx.matcher("difficulties").find(doc):
        if match.token_start < end and not _kept_sentence(doc, match.token_start, goal):
            words = tuple(t.lower_ for t in doc[match.token_start : match.token_end])
            return [Seam("lost_verb", "the commitment is put on the difficulty named", words)]
    return []


def _excess_committed(
    doc: Doc, ctx: RuleContext, style: RewriteStyle, goal: str = "", dated: bool = False
) -> list[Seam]:
    """A flaw of excess the writer named ('Ik neem te veel hooi op mijn vork', 'I take on
    too much work', 'Ik ben te perfectionistisch'), told in the candidate's committed main
    clause: the rewrite promises the flaw ('Vóór [datum] neem ik te veel hooi op mijn
    vork'). Not beside a negation, a comparative, a bound or a number in the clause
    ('hoogstens [aantal] keer te laat', 'no longer too late', '... terug van 6 naar 2'), and
    not in a sentence of the goal kept as written. Which excess makes a flaw is
    excess_flaws.grades_flaw's: not the infinitive's 'te', not one inside a noun phrase
    ('het aantal te late opleveringen')."""
    if not style.excess_reductions or not (dated or _committed(doc, style)):
        return []  # 'Mijn presentaties zijn vóór [datum] te lang': dated, the flaw promised
    end = _main_clause_end(doc, ctx, style)
    bounds = {w.lower() for k in ("negations", "comparatives", "bounds") for w in ctx.pack.words(k)}
    bound = style.frames.bounded_count.split("{number}")[0].strip().lower()  # 'at most'
    months = {n.lower() for names in ctx.pack.time.months for n in names}
    for t in doc[:end]:
        if not grades_flaw(t, style):
            continue  # 'om te plannen': the infinitive's 'te'; 'te late opleveringen'
        sentence = _sentence_of(doc, t.i)
        clause = [w for w in sentence if w.i < end and _same_piece(doc, w.i, t.i)]
        said = " " + " ".join(w.lower_ for w in clause) + " "
        if any(w.lower_ in bounds or _count(w, months) for w in clause) or (
            bound and f" {bound} " in said
        ):
            continue  # counted or bounded: '... terug van 6 naar 2', 'hoogstens 3 keer te laat'
        if _kept_sentence(doc, t.i, goal) or _told_in(sentence.text, goal):
            continue  # a sentence of the goal kept as written: 'Ik plan nu vaak te veel ...'
        return [Seam("lost_verb", "the commitment is put on the flaw named", (t.lower_,))]
    return []


def _same_piece(doc: Doc, a: int, b: int) -> bool:
    """Whether no comma stands between tokens ``a`` and ``b``: a bound after a comma ('te
    vaak ..., dat moet naar hooguit [aantal]') belongs to another clause."""
    low, high = min(a, b), max(a, b)
    return not any(t.text == "," for t in doc[low:high])


def _count(token: Token, months: set[str]) -> bool:
    """A number that counts, not one of a date ('1 juni 2027': beside a month's name)."""
    if not token.like_num:
        return False
    doc = token.doc
    near = doc[max(token.i - 2, 0) : token.i + 2]
    return not any(w.lower_ in months for w in near)


def _told_in(sentence: str, goal: str) -> bool:
    """Whether ``sentence`` is one of the goal's own, kept as written; its first letter may
    have become a capital ('..., nu vraag ik ...' -> 'Nu vraag ik ...')."""
    told = sentence.strip().rstrip(" .!?")
    return bool(told) and told.lower() in goal.lower()


def _sentence_of(doc: Doc, at: int) -> Span:
    """The sentence of ``doc`` (between its stops) that holds the token ``at``."""
    stops = [t.i for t in doc if t.text in (".", "!", "?")]
    start = max((i + 1 for i in stops if i < at), default=0)
    stop = min((i for i in stops if i >= at), default=len(doc) - 1)
    return doc[start : stop + 1]


def _kept_sentence(doc: Doc, at: int, goal: str) -> bool:
    """Is the token ``at`` in a sentence of ``doc`` before its last one that the goal tells
    word for word, before a question of the goal's ('Kan ik ...?') or before the wish the
    rewrite commits ('Ik vind presenteren lastig, daarom wil ik een cursus volgen' -> 'Ik
    vind presenteren lastig. Vóór [datum] ga ik een cursus volgen')? A sentence of the goal
    kept as written holds no placeholder of the rewrite's."""
    sentence = _sentence_of(doc, at)
    if not goal or sentence.end == len(doc):
        return False  # no stop after it, or the last sentence
    told = sentence.text
    if told in goal and goal[goal.find(told) + len(told) :].rstrip().endswith("?"):
        return True  # the step the goal asked for is committed after it
    clause = sentence[:-1].text
    return "[" not in clause and goal.startswith(clause) and len(goal) > len(clause) + 1


def _hope_committed(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A hope right after the commitment ('I will be hoping to', 'ga ik hopen'): the hedge
    the rewrite was to replace became what the writer commits to."""
    aux = {a.lower() for a in style.subjects.values()} | {"'ll"}
    hedges = ctx.matcher("hedges").find(doc)
    tried_out = style.tried_out_verb.lower().split()  # 'I will try out X': an act, no hope
    for t in doc:
        if t.lower_ not in aux:
            continue
        near = range(t.i + 1, min(t.i + 4, len(doc)))
        for match in hedges:
            at = match.token_start
            if tried_out and [w.lower_ for w in doc[at : at + len(tried_out)]] == tried_out:
                continue
            if at in near and _is_hope(doc[at : match.token_end]):
                return [Seam("lost_verb", f"the commitment {t.text!r} is put on a hope", ())]
    return []


def _is_hope(span: Span) -> bool:
    """A hedge made of a verb of hoping or wishing, not a condition ('als het lukt')."""
    return any(t.pos_ in ("VERB", "AUX") for t in span)


def _modal_purpose(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The purpose's clause opened by a modal or a difficulty ('om zou graag ... voor te
    zitten', 'in order to struggle with ...', 'om moeten alle collega's ...'): the writer's
    wish, problem or another's duty was wrapped as what the behaviour is for."""
    purpose = style.frames.purpose
    if purpose is None:
        return []
    marker = purpose.split("{clause}")[0].split()
    if not marker:
        return []
    modals = {m.lower() for m in (*style.modals, *style.weak_finite, *style.own_part_drops)}
    difficult = {
        doc[m.token_start].i for m in ctx.matcher("difficulties").find(doc) if m.token_start
    }
    size = len(marker)
    for t in doc[size - 1 :]:
        start = t.i - size + 1
        if [x.lower_ for x in doc[start : t.i + 1]] != [w.lower() for w in marker]:
            continue
        if t.i + 1 >= len(doc):
            continue
        after = doc[t.i + 1]
        if after.lower_ in modals or after.i in difficult:
            return [Seam("two_modals", f"the purpose opens with {after.text!r}", (after.lower_,))]
    return []


def _subjectless_modal(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A wish or duty with no subject at the head of the main clause: first ('Wil meer tijd
    besteden ... vóór [datum]') or right after a fronted deadline ('By [date], would like to
    ...'). A diary leaves the subject out; a rewrite is a whole sentence."""
    modals = {m.lower() for m in (*style.modals, *style.weak_finite)} - {"'ll"}
    me = {s.lower() for s in style.subjects} | {"i", "ik"}
    words = [t for t in doc if not t.is_punct]
    if not words:
        return []
    heads = [words[0]]
    comma = next((t for t in doc if t.text == ","), None)
    if comma is not None and doc[0].pos_ == "ADP" and comma.i + 1 < len(doc):
        heads.append(doc[comma.i + 1])  # 'By 1 June 2027, would like to ...'
    opening = doc.text.lower()
    if any(opening.startswith(f"{o} ") for o in style.dropped_subjects):
        return [Seam("lost_subject", "the goal's opening without its subject is kept")]
    for head in heads:
        if head.lower_ not in modals:
            continue
        after = doc[head.i + 1] if head.i + 1 < len(doc) else None
        before = doc[head.i - 1] if head.i > 0 else None
        if any(t is not None and t.lower_ in me for t in (after, before)):
            continue
        return [Seam("lost_subject", f"no subject for {head.text!r}", (head.lower_,))]
    return []


def _nothing_after_going(
    doc: Doc, ctx: RuleContext, style: RewriteStyle, goal: str = ""
) -> list[Seam]:
    """Dutch: 'ga ik' with no verb in its clause ('Vóór [datum] ga ik klantgesprekken.'):
    the topic was put where the goal's verb belongs. 'ga ik naar ...' (a preposition of
    direction after it) is a going; 'ga ik voor X [concreet gedrag]' (the topic frame) has
    its verb later, and 'ga ik in Excel zodat ...' has none."""
    if style.word_order != "v2":
        return []
    me = {s.lower() for s in style.subjects}
    goes = {v.lower() for v in style.subjects.values()}
    for a, b in pairwise(doc):
        if a.lower_ not in goes or b.lower_ not in me or b.i + 1 >= len(doc):
            continue
        clause = _clause_after(doc, b.i + 1)
        if not clause or clause[0].lower_ in style.frequent_place.motion_words:
            continue  # 'ga ik naar de beurs': a going
        if goal and _told_in(_sentence_of(doc, a.i).text, goal):
            continue  # 'Hoe ga ik om met ...?': the writer's own sentence, kept as written
        if any(t.dep_ == "compound:prt" and t.head == a for t in clause):
            continue  # 'ga ik ... met Kees mee': its particle makes 'ga' the verb (meegaan)
        relative = _relative_words(clause, style)
        if not any(_verbal(t, ctx, style) for t in clause if t.i not in relative):
            detail = f"no verb after '{a.text} {b.text}': {clause[0].text!r}"
            return [Seam("lost_verb", detail, (clause[0].lower_,))]
    return []


def _clause_after(doc: Doc, start: int) -> list[Token]:
    """The words up to the clause's end; a comma inside brackets ('voor MAG (135, P BW)
    behalen') lists details and ends nothing."""
    tokens: list[Token] = []
    depth = 0
    for t in doc[start:]:
        depth = max(0, depth + (t.text == "(") - (t.text == ")"))
        opens = t.pos_ == "SCONJ" and not (tokens and tokens[-1].pos_ == "DET")
        if not depth and (t.text in ",.;:!?" or opens):  # 'het logboek en de ...'
            break  # after an article a word opens no clause ('een vals sieraad'): a tag slip
        tokens.append(t)
    return tokens


def _relative_words(clause: list[Token], style: RewriteStyle) -> set[int]:
    """The words of a relative clause on a noun ('beschadigingen *die wij maken*'): its
    verb is the noun's, not the verb 'ga ik' needs. From the relative pronoun after a noun
    to the verbs that end it (Dutch puts them last)."""
    inside: set[int] = set()
    at = 0
    while at < len(clause):
        t = clause[at]
        opens = t.lower_ in style.relativizers and t.pos_ == "PRON" and at > 0
        if not (opens and clause[at - 1].pos_ in ("NOUN", "PROPN")):
            at += 1
            continue
        end = next(
            (n for n in range(at + 1, len(clause)) if clause[n].pos_ in ("VERB", "AUX")), None
        )
        if end is None:
            break
        while end + 1 < len(clause) and clause[end + 1].pos_ in ("VERB", "AUX"):
            end += 1
        inside |= {u.i for u in clause[at : end + 1]}
        at = end + 1
    return inside


def _verbal(token: Token, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A word that may be the verb after 'ga ik'. The tagger is no help there: it calls the
    clause's last infinitive a noun ('ga ik mijn Frans *ophalen*') and a plural a verb
    ('ga ik *klantgesprekken*'). So only the dictionary rules a word out: one it knows no
    conjugated form of, nor of its last part ('gesprekken', 'trainingen'); a word without
    the infinitive's ending is a verb only by its tag ('doen' aside, every infinitive has
    it), and one after a preposition and the pack's article of an infinitive made a noun
    ('in het afstellen') is none."""
    lang, grammar = ctx.pack.lang, ctx.pack.grammar
    word = hyphen_last(token.lower_)
    if not word.isalpha():
        return False
    articles = {a.lower() for a in ctx.pack.words("infinitive_article")}
    before = token.doc[max(token.i - 2, 0) : token.i]
    if len(before) == 2 and before[0].pos_ == "ADP" and before[1].lower_ in articles:
        return False  # 'in het afstellen van de hakselaar': the infinitive made a noun
    evidence = infinitive_evidence(word, lang, grammar, style)
    if word.endswith(grammar.infinitive_ending or "en"):
        return evidence is not False
    return token.pos_ in ("VERB", "AUX") and evidence is not False


def _negated_state(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A state the writer is not in, dated as the goal ('Vóór [datum] ben ik niet zo zeker
    bij ...', 'I will be not confident ...'): the present problem, committed to. A negated
    verb of doing ('I will not skip ...') is a commitment and stays."""
    me = {s.lower() for s in style.subjects} | {"i"}
    aux = {a.lower() for a in style.subjects.values()} | {"'ll"}
    negations = {n.lower() for n in ctx.pack.words("negations")}
    for t in doc:
        if t.lemma_.lower() not in ("zijn", "be") or t.i + 2 >= len(doc):
            continue
        before, after = doc[t.i - 1] if t.i else None, doc[t.i + 1 : t.i + 3]
        dated = style.word_order == "v2" and doc[t.i + 1].lower_ in me and t.i > 0
        willed = before is not None and before.lower_ in aux
        rest = after[1:] if dated else after[:1]
        if (dated or willed) and any(x.lower_ in negations for x in rest):
            return [Seam("lost_verb", f"the commitment is put on a state not had: {t.text!r}")]
    return []
