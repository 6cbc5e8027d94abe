"""A rewrite that commits the writer to the present situation the goal only told.

A sentence of context (``goal.syntax.context``, reading/anatomy/situation.py) says where the
writer stands: "Ik neem dat te veel mee naar huis en lig er soms wakker van", "they keep
slipping", "QA feedback says I sound scripted", "Ik loop elk jaar achter met ...". A
candidate that puts a commitment or a deadline before its words ("Vóór [datum] lig ik er
soms wakker van", "I will make sure that they keep slipping", "I will sound scripted", "Tot
[datum] loop ik elk jaar achter") promises the problem: broken, never shown. The context
kept verbatim beside the rewritten goal commits to nothing and is no seam, unless the goal's
own words go on after it in the same sentence ("I will get the notes signed off, they keep
piling up, *with [how measured] as evidence*"): the frame then hangs on the situation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.difficulties import difficulty_goal
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import sentences
from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.timex import TimeExpression

#: Marks that end a stretch of the candidate between commas.
_CLAUSE_ENDS = frozenset(",;:.!?")
#: How many words after the context's verb its next content word may stand in a candidate.
_REACH = 6


def context_committed(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A sentence of the candidate (``doc``) that commits to a sentence of context of
    ``goal``: a commitment word or a fronted deadline, and the context's verb followed by
    its next content word."""
    # another person's wish told as context and credited at the candidate's end ('Mijn
    # manager zegt dat ik X. ...' -> '... X, zoals mijn manager zegt'): the writer's own now
    spans = [s for s in goal.syntax.context if not credited_voice(s.text, doc.text, style)]
    spans = [s for s in spans if not purpose_going_on(s.text, style)]
    if not spans or goal.doc is None:
        return []
    if difficulty_goal(words_of(goal), style, goal.lang) is not None:
        return []  # 'Ik merk dat ik het moeilijk vind om X ...': the difficulty is the goal

    told = [_told(goal.doc, s.start, s.end, ctx) for s in spans]
    kept = _kept(doc, [s.text.rstrip(" .!?") for s in spans])
    commit = commitment_words(style)
    openers = _frame_openers(style)
    seams = []
    for sentence in sentences(doc):
        inside = [t for t in sentence if t.i in kept]
        after = [t for t in sentence if inside and t.i > inside[-1].i and t.is_alpha]
        if after and any(t.i < inside[0].i and t.is_alpha for t in sentence):
            seams.append(  # '..., they keep piling up, *with* [x] as evidence'
                Seam(
                    "context_committed", "the goal goes on after the situation", (after[0].lower_,)
                )
            )
            continue
        own = [t for t in sentence if t.i not in kept]  # the context kept as written goes
        words = [t.lower_ for t in own if t.is_alpha]
        fronted = bool(words) and words[0] in openers
        if not fronted and not any(t.lower_ in commit for t in own):
            continue
        for pairs in told:
            hit = _repeats(own, pairs)
            if hit is not None:
                seams.append(
                    Seam("context_committed", f"commits to the situation told: {hit!r}", (hit,))
                )
                break
    return seams


def purpose_going_on(told: str, style: RewriteStyle) -> bool:
    """Does ``told`` open with a lower-case infinitive marker ('to see what's new', 'om te
    zien')? After a question mark the writer went on with the sentence ('I want to visit a
    trade fair this year? to see ...'): the purpose of the wish before it, no situation, so
    a candidate that keeps it inside its own sentence commits to nothing."""
    first = told.lstrip().split(" ", 1)[0]
    markers = {*style.infinitive_markers, *style.complementizers}
    return first.islower() and first in markers


def credited_voice(told: str, candidate: str, style: RewriteStyle) -> bool:
    """Does ``candidate`` end in the credit of the person whose wish for the writer opens
    ``told`` ('..., zoals mijn manager zegt.' after 'Mijn manager zegt dat ik ... moet')?"""
    frame = style.frames.as_wished
    head = frame.split("{who}")[0].strip().lower() if frame else ""
    at = candidate.lower().rfind(f", {head} ") if head else -1
    if at < 0:
        return False
    credit = candidate[at + len(head) + 3 :]
    stop = re.search(r"[.!?](?:\s|$)", credit)  # a remark kept after it ('... vindt. Maar ...')
    who = credit[: stop.start() if stop else len(credit)].rstrip(" .!?").lower().split()[:-1]
    if who[:1] == [style.own_possessive.lower()] and not told.lower().startswith(who[0] + " "):
        who = who[1:]  # 'zoals mijn teamleider zegt' after 'Teamleider zegt ...' (a bare role)
    if not who or not told.lower().startswith(" ".join(who) + " "):
        return False
    # a wish or a duty for the writer ('dat ik ... moet', 'wants me to'), no observation of
    # them ('My supervisor says I sound defensive': committed to, that is the problem)
    words = " " + " ".join(re.findall(r"[\w']+", told.lower())) + " "
    duties = {m.lower() for m in (*style.modals, *style.duty_modals)}
    return " me to " in words or any(f" {d} " in words for d in duties)


def _told(doc: Doc, start: int, end: int, ctx: RuleContext) -> list[tuple[str, str]]:
    """Each finite verb of a sentence of context (by form and lemma, lower case; or the word
    right after a subject pronoun, which the tagger may misread) with the content word after
    it in its clause: ('lig', 'wakker'), ('keep', 'slipping')."""
    tokens = [t for t in doc if start <= t.idx < end]
    function = ctx.pack.function_words
    subjects = {w.lower() for w in ctx.pack.words("subject_pronouns")}
    subjects |= {w.lower() for w in ctx.pack.words("first_person_subject")}
    pairs = []
    for n, t in enumerate(tokens):
        after_subject = n > 0 and tokens[n - 1].lower_ in subjects
        finite = t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])
        if not finite and not after_subject:
            continue  # a gerund or infinitive names a thing ('I find *negotiating* hard')
        if not t.is_alpha:
            continue
        for later in tokens[n + 1 : n + 1 + _REACH]:
            if later.is_punct:
                break
            if later.is_alpha and later.lower_ not in function and later.lower_ not in subjects:
                pairs.append((t.lower_, later.lower_))
                pairs.append((t.lemma_.lower(), later.lower_))
                break
    return pairs


def _repeats(sentence: list[Token], pairs: list[tuple[str, str]]) -> str | None:
    """The context's verb and its next word, in that order and close, in ``sentence``."""
    for n, t in enumerate(sentence):
        forms = {t.lower_, t.lemma_.lower()}
        for verb, word in pairs:
            if verb not in forms:
                continue
            if any(u.lower_ == word for u in sentence[n + 1 : n + 1 + _REACH]):
                return f"{t.text} ... {word}"
    return None


def told_tokens(doc: Doc, goal: Goal, also: tuple[str, ...] = ()) -> frozenset[int]:
    """The tokens of a candidate (``doc``) that are the goal's context kept verbatim (and
    ``also``: pieces of the goal a rewrite keeps as the situation, remarks.py): what they
    say is how it is, no part of the rewritten goal."""
    texts = [s.text.rstrip(" .!?") for s in goal.syntax.context] + list(also)
    return frozenset(_kept(doc, texts)) if texts else frozenset()


def _kept(doc: Doc, texts: list[str]) -> set[int]:
    """The tokens of ``doc`` inside a verbatim copy of one of ``texts`` (the context) that
    stands on its own: at the start or after a punctuation mark, not after a word that
    makes it part of a commitment ('I will make sure *that* they keep slipping')."""
    low = doc.text.lower()
    found: set[int] = set()
    for text in texts:
        at = low.find(text.lower()) if text else -1
        while at >= 0:
            end = at + len(text)
            inside = [t.i for t in doc if at <= t.idx < end]
            if inside and (inside[0] == 0 or doc[inside[0] - 1].is_punct):
                found |= set(inside)
            at = low.find(text.lower(), end)
    return found


def _frame_openers(style: RewriteStyle) -> frozenset[str]:
    """The first words of the deadline and until frames ('vóór', 'tot', 'by', 'until'): a
    candidate that opens with one commits what follows to that date."""
    words = set()
    for frame in (style.frames.deadline, style.frames.until):
        head = frame.split("{date}")[0].strip().split(" ")
        if head and head[0]:
            words.add(head[0].lower())
    return frozenset(words)


def deadline_in_situation(
    filled: Doc, times: list[TimeExpression], goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """A deadline the rewrite added inside a clause that tells the present ('nu vraag ik
    vóór [datum] het nog steeds aan Gerrit', 'right now I ask Tom by [date]'): the clause
    opens with a marker of the situation (the pack's ``situation_markers``, maybe after a
    conjunction) and commits to nothing (no modal, no commitment word). The deadline
    belongs to the committed clause, not to how things are now. A time the writer put
    there (in the goal's text) is theirs."""
    markers = [m.lower().split() for m in ctx.pack.words("situation_markers")]
    commit = set(commitment_words(style)) | {m.lower() for m in style.modals}
    goal_text = " ".join(goal.text.lower().split())
    added = [
        e for e in times if " ".join(filled.text[e.start : e.end].lower().split()) not in goal_text
    ]
    seams: list[Seam] = []
    clauses = _clauses(filled)
    told = [_tells_the_present(c, markers, commit) for c in clauses]
    for n, clause in enumerate(clauses):
        start, end = clause[0].idx, clause[-1].idx + len(clause[-1])
        dated = next((e for e in added if start <= e.start < end), None)
        if dated is None:
            continue
        alone = dated.start <= start and end <= dated.end  # ', nu vraag ik ..., vóór [datum].'
        if alone and n > 0:  # after a comma only: a new sentence opens with its own deadline
            before = clauses[n - 1][-1]
            alone = not any(c in filled.text[before.idx + len(before) : start] for c in ".!?")
        if told[n] or (alone and n > 0 and told[n - 1]):
            detail = f"the deadline {filled.text[dated.start : dated.end]!r} in the situation"
            seams.append(Seam("context_committed", detail, ("situation-deadline",)))
    return seams


def _tells_the_present(clause: list[Token], markers: list[list[str]], commit: set[str]) -> bool:
    """A clause that opens with a marker of the situation (maybe after a conjunction: 'en
    nu ...', 'but right now ...') and commits to nothing ('nu ga ik ...' does)."""
    words = [t.lower_ for t in clause]
    while words and clause[len(clause) - len(words)].pos_ == "CCONJ":
        words = words[1:]
    if not any(words[: len(m)] == m for m in markers if m):
        return False
    return not any(w in commit for w in words)


def _clauses(doc: Doc) -> list[list[Token]]:
    """The candidate's stretches between commas and sentence ends."""
    return [c for c in sentences(doc, _CLAUSE_ENDS, keep_end=False) if c]
