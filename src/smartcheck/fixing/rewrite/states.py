"""A wish about how others feel or are inside: 'Ik wil dat mijn cursisten minder zenuwachtig
zijn', 'I want my team to feel more confident with the new system'.

Nobody can see to another person's inner state, so 'ik zorg ervoor dat mijn cursisten minder
zenuwachtig zijn' promises what the writer does not control (JUDGING A: an outcome someone
else decides), and a feeling is no measure (JUDGING M). The goal is the writer's own
behaviour aimed at it, with what the writer can observe as its evidence: 'Vóór [datum] ga ik
[concreet gedrag], met als bewijs [hoe gemeten], zodat mijn cursisten minder zenuwachtig zijn
...'. Which words name an inner state is data (the pack's ``rewrite.others_states``, with the
verbs of feeling in ``rewrite.feeling_verbs``; a state word counts with a verb of being or
having); the frame is ``frames.for_others``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: How many letters a comparative adds to the state word it is read as ('zekerder').
_COMPARATIVE = 3


def others_state(clause: list[Word], style: RewriteStyle) -> bool:
    """Does the others' clause tell how they feel or are inside ('zich zekerder voelt',
    'minder zenuwachtig zijn', 'feels more confident', 'enjoy reading more')?"""
    if any(w.lemma in style.feeling_verbs or w.lower in style.feeling_verbs for w in clause):
        return True
    being = style.state_verbs | style.having_verbs
    if not any(w.lemma in being or w.lower in being for w in clause):
        return False  # 'dat het team zeker de lijst invult': no state told
    return any(_names_state(w, style) for w in clause)


def _names_state(word: Word, style: RewriteStyle) -> bool:
    return any(
        word.lemma == state
        or (word.lower.startswith(state) and len(word.lower) - len(state) <= _COMPARATIVE)
        for state in style.others_states
    )


def aimed_at(clause: list[Word], time: str, tail: str, style: RewriteStyle) -> str | None:
    """The writer's own behaviour with the others' state (``clause``, in the order of a
    subordinate clause) as what it aims at, dated by ``time`` when there is one, with the
    evidence asked for; ``tail``: the goal's words after the clause. None without the
    pack's frame."""
    frame = style.frames.for_others
    if frame is None or not clause:
        return None
    if clause[0].text[1:].islower() and clause[0].pos != "PROPN":
        clause = [clause[0].with_text(clause[0].text.lower()), *clause[1:]]
    body = join(_verbs_last(clause) if style.word_order == "v2" else clause)
    ph = style.placeholders
    me = style.default_subject
    aux = style.subjects[me.lower()]
    if style.word_order == "v2":
        main = f"{time} {aux} {me.lower()}" if time else f"{me} {aux}"
    else:
        main = f"{time}, {me} {aux}" if time else f"{me} {aux}"
    measure = style.frames.measure.format(measure=ph.measure)
    text = f"{main} {ph.behaviour}{measure}, {frame.format(clause=body)}"
    text += f" {tail}" if tail and tail[0] not in ",;" else tail
    return tidy(capitalise(text)).rstrip(" ,;.!") + "."


def _verbs_last(clause: list[Word]) -> list[Word]:
    """A Dutch subordinate clause with its verbs at the end: the writer's 'dat' clause may
    put a phrase after them ('dat klanten tevredener zijn over de service'), the clause after
    'zodat' takes it before the state, which stays whole with its verbs ('zodat klanten over
    de service tevredener zijn')."""
    verbs = [n for n, w in enumerate(clause) if w.pos in ("VERB", "AUX")]
    if not verbs or verbs != list(range(verbs[0], verbs[-1] + 1)):
        return clause  # verbs apart ('hebben in hun eigen kunnen'): left as written
    after = clause[verbs[-1] + 1 :]
    state = verbs[0]
    while state > 1 and clause[state - 1].pos in ("ADJ", "ADV"):
        state -= 1  # 'minder zenuwachtig', 'meer thuis', 'tevredener'
    if not after or state == 0:
        return clause
    return [*clause[:state], *after, *clause[state : verbs[-1] + 1]]
