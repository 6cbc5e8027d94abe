"""A duty that leaves its verb out, told with it.

Dutch drops the verb of coming to be after a modal of duty: laid on no one ('Er moeten minder
fouten in de inspecties', 'Er moet meer structuur in het overleg') or on a thing that must
change how it is ('De planning moet anders', 'Het overleg moet korter'). The clause then has
a modal and no act, and every frame read the modal as one ('ga ik er moeten minder fouten
...'), or kept the duty as it stood ('De planning moet vóór [datum] anders'). With the verb
put back at the end of its clause (the pack's ``rewrite.elliptic_duty_verb``, 'komen', after
the word of no one, ``elliptic_duty_none``; ``elliptic_state_verb``, 'worden', after an
adverb or comparative of how the thing must change, ``elliptic_being_verb``, 'zijn', after
an adjective of the state it must be in) it is an impersonal duty like any other, which the
rewrite makes the writer's own part (JUDGING A). Only the first clause of the text, up to
its first comma or full stop, and only when no verb but the modal stands in it; a direction
('De omzet moet omhoog', the pack's ``direction_words``) is a count moved, read elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import looks_infinitive_nl, words_of
from smartcheck.reading.pipeline import comparative_form

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word
    from smartcheck.reading.goal import Goal

#: Where the duty's clause ends: the first comma, semicolon or end of sentence.
_CLAUSE_END = frozenset({",", ";", ".", "!", "?", ":"})
#: Word classes of the word that tells how the thing must be ('anders', 'korter').
_STATE_POS = frozenset({"ADJ", "ADV"})


def duty_verb_supplied(goal: Goal, style: RewriteStyle) -> str | None:
    """The goal's text with the verb its opening duty left out put back at the end of that
    clause ('Er moeten minder fouten in de inspecties, ...' -> '... in de inspecties komen,
    ...'; 'De planning moet anders.' -> 'De planning moet anders worden.'); None when the text
    opens with no such duty or its clause has a verb of its own."""
    modals = {m.lower() for m in style.elliptic_duty_modals}
    if not modals:
        return None
    words = [w for w in words_of(goal) if w.text.strip()]
    end = next((n for n, w in enumerate(words) if w.text in _CLAUSE_END), len(words))
    clause = words[:end]
    at = next((n for n, w in enumerate(clause) if w.lower in modals), None)
    if at is None or at == 0 or at + 2 > len(clause):
        return None
    if any(w.pos in ("VERB", "AUX") or _infinitive(w) for n, w in enumerate(clause) if n != at):
        return None  # 'Er moet meer overleg komen': the verb is there (maybe tagged a noun)
    if ends_in_state(clause, style) and _noun_phrase(clause[:at]):
        verb = style.elliptic_being_verb  # 'Het rooster moet eerder rond', tags aside
    else:
        verb = _left_out(clause[:at], clause[-1], style, _compared(goal, clause[-1]))
    if not verb:
        return None
    close = clause[-1].end
    return f"{goal.text[:close]} {verb}{goal.text[close:]}"


def _infinitive(word: Word) -> bool:
    """A word the tagger calls a noun that is an infinitive by its form: its own lemma, in
    the infinitive's ending ('... vóór 10 uur *doorbellen* naar de leverancier')."""
    return word.pos in ("NOUN", "X") and len(word.lower) > 4 and looks_infinitive_nl(word)


def ends_in_state(clause: list[Word], style: RewriteStyle) -> bool:
    """The clause closes on one of the pack's ``state_predicates`` ('rond', 'klaar', 'op
    orde'), whatever the tagger calls its words ('rond' a preposition)."""
    lowered = [w.lower for w in clause]
    for state in style.state_predicates:
        words = state.lower().split()
        if len(lowered) > len(words) and lowered[-len(words) :] == words:
            return True
    return False


def _noun_phrase(subject: list[Word]) -> bool:
    """A thing's noun phrase before the modal, opening on its article or possessive ('De
    dienstverdeling moet ...', 'Het *rooster* moet ...', whatever the tagger calls the noun);
    a bare plural ('Werkbonnen moeten ...') the frames misread as the writer's object."""
    return len(subject) >= 2 and subject[0].pos in ("DET", "PRON")


def _left_out(subject: list[Word], last: Word, style: RewriteStyle, compared: bool) -> str:
    """The verb the duty left out: 'komen' after the word of no one; after a thing's noun,
    when the clause closes on how it must be, 'worden' for a change ('anders', 'netter':
    an adverb or a comparative) and 'zijn' for a state ('klaar', 'schoon'); '' for none."""
    if [w.lower for w in subject] == [style.elliptic_duty_none.lower()]:
        return style.elliptic_duty_verb
    if not any(w.pos in ("NOUN", "PROPN") for w in subject) or last.pos not in _STATE_POS:
        return ""
    if last.lower in {d.lower() for d in style.direction_words}:
        return ""  # 'De omzet moet omhoog': a count moved (counts.py)
    changed = compared or last.pos == "ADV"
    return style.elliptic_state_verb if changed else style.elliptic_being_verb


def _compared(goal: Goal, word: Word) -> bool:
    """Is ``word`` a comparative ('netter', 'strakker'), by the goal's parse or by its form
    (the tagger often calls one positive)?"""
    if comparative_form(word.text, goal.lang):
        return True
    doc = goal.doc
    token = next((t for t in doc if t.idx == word.start), None) if doc is not None else None
    return token is not None and "Cmp" in token.morph.get("Degree", [])
