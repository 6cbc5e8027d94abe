"""An absolute in a note after a fragment, bounded in the note's own words.

'Meer rust in de ochtendstart. Nooit meer te laat aansluiten door ...', 'Calmer mornings.
Never again late for the briefing because of ...': the note explains the aim with an
absolute, and R001 flags it there. The noted reading (noted.py) rewrites the fragment on its
own and puts the note back as the writer wrote it, so the absolute came back with it and the
rewrite failed R again. Here the note gets the same bound the plan puts in an absolute's
place (the pack's ``replacements``, only those that stand in their place: 'hooguit [aantal]
keer te laat aansluiten', 'with at most [number] mistakes'), with the words that only
belonged to the absolute (``replacement_partners``). A bound split around the clause
('not … more than [number] times') needs a clause the note does not have: such a note stays
as written (and the rewrite is no better than before). A note that states how things are, with a
finite verb and neither the writer nor a modal in it ('On the floor everyone speaks
English'), is context: its absolute describes, it demands nothing, and stays as written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.absolute_reach import in_place
from smartcheck.fixing.rewrite.seams.tokens import as_probed, verb_by_probe

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.noted import Noted
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reporting.report import GoalReport

#: The rule whose findings say an absolute is a demand of the goal.
_ABSOLUTE_RULE = "R001"
#: How many words after an absolute its partner may stand ('geen enkele klacht *meer*').
_PARTNER_REACH = 4


def bounded_note(found: Noted, report: GoalReport, style: RewriteStyle) -> Noted:
    """``found`` with each absolute R001 flags in its note bounded in place; as it was when
    the note holds none (or only one without a bound in its place)."""
    if stated_fact(found, report, style):  # 'On the floor everyone speaks English ...':
        return replace(found, clause=True)  # context, a sentence of its own as written
    text = report.goal.text
    flagged = [
        text[f.start : f.end].lower()
        for f in report.criteria[Criterion.R].findings
        if f.code == _ABSOLUTE_RULE
    ]
    note, inside = found.note, found.inside
    values = {"number": style.placeholders.number, "level": style.placeholders.level}
    for phrase in sorted(set(flagged), key=len, reverse=True):
        if not in_place(phrase, style):
            continue
        bound = style.replacements[phrase].format(**values)
        partners = style.replacement_partners.get(phrase, ())
        note = _bounded(note, phrase, bound, partners)
        inside = _bounded(inside, phrase, bound, partners)
    if note == found.note:
        return found
    return replace(found, note=note, inside=inside)


def stated_fact(found: Noted, report: GoalReport, style: RewriteStyle) -> bool:
    """The note tells how things are: a clause with a finite verb (``found.clause``) whose
    words hold neither the writer as a subject nor a modal ('On the floor everyone speaks
    English', 'Alle collega's werken al met het nieuwe systeem'). An absolute the writer
    states there describes the situation, no demand of the goal: bounding it would turn a
    fact into a target ('[number] out of 10 people speaks English'), so it stays as written.
    A note the writer is the subject of ('Ik kom nooit meer te laat') or with a modal ('X
    must never ...') is a demand and is bounded."""
    if not found.clause and not _probed_verb(found, report, style):
        return False
    words = set(re.findall(r"[\w']+", found.note.lower()))
    me = {s.lower() for s in style.subjects}
    modals = {m.lower() for m in style.modals if " " not in m}
    return not (words & me) and not (words & modals)


def _probed_verb(found: Noted, report: GoalReport, style: RewriteStyle) -> bool:
    """A word of the note after its first that the tagger reads as a finite verb after a
    plain subject ('it speaks'): the small tagger may make a name of a verb before a
    language's name ('everyone in the shop *speaks* Spanish')."""
    doc, text = report.goal.doc, report.goal.text
    at = text.find(found.note)
    if doc is None or at < 0 or not found.note:
        return False
    end = at + len(found.note)
    words = [t for t in doc if at <= t.idx < end and t.is_alpha]
    # a verb read as a name: a word written in lower case that the tagger calls one
    named = [t for t in words[1:] if t.pos_ == "PROPN" and t.text.islower()]
    return any(_inflected(t, style) for t in named)


def _inflected(token: Token, style: RewriteStyle) -> bool:
    """``token`` read as a finite verb after the pack's plain subject, in a form other than
    its lemma ('speaks' of 'speak'): an inflected verb, not a bare word that may be a verb
    or a noun ('work', 'plan')."""
    if not verb_by_probe(token, style):
        return False
    probed = as_probed(token, style)
    return probed is not None and probed.lemma_.lower() != token.lower_


def _bounded(text: str, phrase: str, bound: str, partners: tuple[str, ...]) -> str:
    """``text`` with ``phrase`` (any case, whole words) as ``bound``, its first letter
    upper case where the phrase's was, and a partner word after it gone."""
    found = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE)
    if found is None:
        return text
    written = bound
    if found.group()[:1].isupper() and written:
        written = written[:1].upper() + written[1:]
    rest = text[found.end() :]
    words = rest.split()
    for word in words[:_PARTNER_REACH]:
        if word.isalpha() and word.lower() in partners:
            rest = re.sub(rf"\s+{re.escape(word)}(?!\w)", "", rest, count=1)
            break
    if not written:  # 'perfect': the word goes, with the space before it
        return (text[: found.start()].rstrip() + " " + rest.lstrip()).strip()
    return text[: found.start()] + written + rest


def opens_with_demand(report: GoalReport) -> bool:
    """The goal opens with an absolute R001 flags ('Foutloos door de kwartaalcontrole',
    'Without mistakes through the stock count'): a standard the writer sets, no bare topic
    to get better in ('beter worden in foutloos ...')."""
    text = report.goal.text
    first = len(text) - len(text.lstrip())
    return any(
        f.code == _ABSOLUTE_RULE and f.start == first for f in report.criteria[Criterion.R].findings
    )
