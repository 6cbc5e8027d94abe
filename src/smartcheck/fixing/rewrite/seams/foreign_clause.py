"""The rewrite's date put into a clause that is no commitment of the writer's.

A goal text often tells something beside the wish: how things are since an event ("Sinds
Piet met pensioen is doet niemand de grote Dewars meer. Dat zou ik graag leren"), what
someone else said ("Misschien een cursus leidinggeven, mijn manager zei dat het bedrijf
dat vergoedt"), what a place needs ("The lab needs someone who ... and my team leader asked
if I want to be that person"). A rewrite that puts its date there dates the situation or
the other person's words: "Sinds Piet met pensioen is vóór [datum] doet niemand ...",
"mijn manager zei vóór [datum] dat ...", "By [date], the lab needs someone ...". The
reader sees no commitment of the writer's in it; it is refused so a rewrite that dates the
writer's own clause, or the structured fallback, is shown.

The clause of the date is its stretch between punctuation marks (a fronted "By [date]," is
read with the clause after it, a trailing ", vóór [datum]." with its sentence before it).
It is someone else's when no subject of the writer's stands before its first finite verb
or right after it, and it

- has a negative subject (the pack's ``negative_subjects``: "niemand", "nobody"): no one
  does it now, a situation;
- has a verb of saying, thinking or wishing (``style.voice_verbs``) with no writer after it
  (a wish for the writer, "wants me to X by [date]", dates the writer's act), or a word of
  need (the pack's ``need_words``): another's words or need;

or it holds the writer's far time (``style.far_times``: "later", "ooit", "someday"; not
inside a routine's time, "one day a week") outside a side clause, which
no deadline beside it can square ("Ik wil later graag planner worden, vóór [datum]"), or it
is opened by the pack's ``situation_openers`` ("Sinds ...": how things are since a
moment in the past), whoever its subject. A date the writer wrote is theirs: only the
rewrite's own date counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import rewrite_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Marks that end the stretch of a clause.
_BOUNDS = frozenset({",", ";", ":", ".", "!", "?", "(", ")"})
#: Marks that end what a trailing date dates.
_SENTENCE_BOUNDS = frozenset({";", ":", ".", "!", "?"})


def date_in_foreign_clause(
    candidate: str, filled: str, doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """A seam where the rewrite's date (``style.placeholders.date`` in ``candidate``, its
    stand-in in ``filled``, parsed as ``doc``) stands in a clause of someone else's or of
    the situation."""
    date = rewrite_date(candidate, filled, doc, style)
    if date is None:
        return []
    clause = _clause(doc, date)
    words = [t for t in clause if t.is_alpha]
    if not words:
        return []
    openers = {w.lower() for w in ctx.pack.words("situation_openers")}
    if words[0].lower_ in openers and _opens_sentence(doc, clause[0]):
        return [
            Seam("context_committed", "the date in a sentence of how things are since", ("since",))
        ]
    main = _main_part(words, style)  # 'ga ik uitzoeken of X *later* iets voor mij is': inside
    said = " " + " ".join(t.lower_ for t in main) + " "
    for routine in (e.text for e in goal.deadlines if e.kind == "recurring"):
        said = said.replace(" " + " ".join(routine.lower().split()) + " ", " ")  # 'one day a week'
    far = next((f for f in style.far_times if f" {f.lower()} " in said), None)
    if far is not None:  # 'ik wil later graag planner worden, vóór [datum]': no deadline
        return [Seam("two_deadlines", f"the date beside the far time {far!r}", ("far",))]
    mine = {w.lower() for w in ctx.pack.words("first_person_subject")}
    verb = next((t for t in words if t.pos_ in ("VERB", "AUX") and _finite(t)), None)
    if verb is None or _writers(words, verb, mine):
        return []
    before = [t for t in words if t.i < verb.i]
    nobody = {w.lower() for w in ctx.pack.words("negative_subjects")}
    if any(t.lower_ in nobody for t in words if not _after_writer(t, words, mine)):
        return [Seam("context_committed", "the date in a clause of no one's act", ("nobody",))]
    voiced = verb.lemma_.lower() in style.voice_verbs or verb.lower_ in style.voice_verbs
    writer = mine | {w.lower() for w in style.own_objects}
    if voiced and any(t.lower_ in writer for t in words if t.i > verb.i):
        voiced = False  # 'My manager wants me to X by [date]': the writer's act it dates
    needs = {w.lower() for w in ctx.pack.words("need_words")}
    needed = any(t.lower_ in needs or t.lemma_.lower() in needs for t in words)
    if (voiced or needed) and before and not any(t.lower_ in mine for t in before):
        detail = f"the date in {verb.text!r}'s clause, someone else's"
        return [Seam("context_committed", detail, (verb.lower_, "others-clause"))]
    return []


def _clause(doc: Doc, date: Token) -> list[Token]:
    """The tokens between the punctuation marks around ``date``; a stretch that holds only
    the date's frame is read with the clause it fronts ('By [date], ...') or with the
    sentence it trails ('..., vóór [datum].')."""
    sent = list(date.sent)
    n = next(k for k, t in enumerate(sent) if t.i == date.i)
    start = n
    while start > 0 and sent[start - 1].text not in _BOUNDS:
        start -= 1
    end = n
    while end < len(sent) and sent[end].text not in _BOUNDS:
        end += 1
    if any(t.pos_ in ("VERB", "AUX") for t in sent[start:end]):
        return sent[start:end]
    if start == 0 and end < len(sent) and sent[end].text == ",":
        later = end + 1
        while later < len(sent) and sent[later].text not in _BOUNDS:
            later += 1
        return sent[start:later]
    if start > 0 and sent[start - 1].text == ",":  # '..., vóór [datum].': it dates the
        earlier = start - 1  # sentence it trails, from its start
        while earlier > 0 and sent[earlier - 1].text not in _SENTENCE_BOUNDS:
            earlier -= 1
        return sent[earlier:end]
    return sent[start:end]


def _main_part(words: list[Token], style: RewriteStyle) -> list[Token]:
    """The words of the clause before its first subordinator or infinitive marker: what a
    side clause says later ('... of werkvoorbereider later iets voor mij is') is no time of
    the commitment's."""
    markers = {*style.infinitive_markers, *style.complementizers, *style.whether_words}
    markers |= {w.lower() for w in style.clause_ends}
    cut = next((n for n, t in enumerate(words) if t.pos_ == "SCONJ" or t.lower_ in markers), None)
    return words if cut is None else words[:cut]


def _opens_sentence(doc: Doc, first: Token) -> bool:
    """Is ``first`` the first word of its sentence (after a list marker at most)?"""
    before = [t for t in doc[first.sent.start : first.i] if t.is_alpha]
    return not before


def _finite(t: Token) -> bool:
    """A finite verb by its tags (the tagger's form, or a present or past tense)."""
    return "Fin" in t.morph.get("VerbForm", []) or bool(t.morph.get("Tense", []))


def _writers(words: list[Token], verb: Token, mine: set[str]) -> bool:
    """Does a subject of the writer's stand before ``verb`` or right after it ('ga ik')?"""
    n = words.index(verb)
    return any(t.lower_ in mine for t in words[: n + 2])


def _after_writer(t: Token, words: list[Token], mine: set[str]) -> bool:
    """Does a subject of the writer's come before ``t`` in the clause ('... I make sure
    nobody waits')?"""
    return any(w.lower_ in mine for w in words if w.i < t.i)
