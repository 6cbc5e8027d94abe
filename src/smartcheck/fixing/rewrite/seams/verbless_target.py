"""A goal told as a target or a state without a verb, glued into a frame as it stood.

'Wachttijd aan de kassa omlaag in de winter', 'Alle werkbonnen altijd up to date', 'geen
gemiste overdrachten meer door drukte op de afdeling', 'Invoices up to date': the writer
names the result wanted (a count with the way it should go, a thing with its state, none
of a thing any more) and no verb. Two frames glue such a note in as it stands:

- as the topic of the behaviour asked for: 'ga ik voor wachttijd aan de kassa omlaag in de
  winter [concreet gedrag]', 'I will [concrete behaviour] for my invoices up to date': a
  topic holding a direction (the pack's ``rewrite.count_directions``) or closing on a state
  (``rewrite.state_predicates``) is the writer's target, not what the behaviour is about;
- as the act committed to: 'ga ik alle werkbonnen in [aantal] van de 10 gevallen up to
  date, ...', 'ga ik geen gemiste overdrachten meer door drukte ...': the commitment's
  clause has no verb at all and holds such a direction or state (verb second: or it closes
  on a state, where its infinitive belongs), or it opens with none of a thing any more (the
  pack's ``rewrite.zero_targets``: 'geen & meer' for 'geen X meer', 'no more X', 'zero X')
  and the commitment governs no verb of its own (a verb inside the cause after it, 'door te
  laat ingrijpen', is the cause's).

A thing's duty ('Werkbonnen moeten vóór [datum] ... up to date, ...') whose clause closes on
such a state has no verb either in a verb-second language, where 'zijn' closes it.

The readings that give such a goal its verb (counts.py, thing_states.py, the zero target's
bound) show instead; where none reads whole the structured fallback does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.infinitive_slot import committed_starts
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.surface import PLACEHOLDER

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Marks that end a clause.
_ENDS = frozenset({",", ";", ":", ".", "!", "?", "(", ")"})
_VERBS = frozenset({"VERB", "AUX"})
#: A word that stands for one of the frame's other placeholders in a topic.
_SLOT = "\x00"


def target_as_topic(candidate: str, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A topic next to the behaviour (the domain frame's 'voor {topic}' before it in Dutch,
    after it in English; a field after it, '[concreet gedrag] in X') holds a count
    direction as a word of its own or closes on a state, before any coordinator (the pack's
    ``coordinators``: 'for X and write it down' has an act of its own)."""
    joins = {c.lower() for c in ctx.pack.words("coordinators") if " " not in c}
    prefix = style.frames.domain.split("{topic}")[0].strip().lower()
    behaviour = style.placeholders.behaviour
    if not prefix or behaviour not in candidate:
        return []
    seams = []
    for topic in _topics(candidate, prefix, behaviour, style):
        words = topic.lower().split()
        cut = next((n for n, w in enumerate(words) if w in joins), len(words))
        words = words[:cut]
        if not words or _SLOT in words[0]:
            continue
        found = _direction(words, style) or _state_end(words, style)
        first = found.replace("-", " ").split()[0] if found else None
        before = words[: words.index(first)] if first in words else words
        if any(w.endswith("ing") for w in words[:1]) or set(before) & _markers(style):
            continue  # 'for keeping the files up to date': a verb of its own takes it
        if found:
            detail = f"the target {found!r} as the topic of a behaviour"
            seams.append(Seam("lost_verb", detail, (found, "target-topic")))
    return seams


def target_committed(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The commitment's clause is a target with no verb (module docstring); a clause the
    writer wrote so ('ik wil nooit meer een klacht ...') is the writer's, kept as written."""
    written = " ".join(goal.text.lower().split())
    targets = [[p.strip() for p in t.lower().split("&")] for t in style.zero_targets]
    seams = []
    duties = {w.lower() for d in style.thing_state_duty.values() for w in d.split()[:1]}
    for start in committed_starts(doc, style) + _duty_starts(doc, duties, style):
        clause = _clause(doc, start)
        if not clause:
            continue
        said = doc[max(start - 2, 0) : clause[-1].i + 1].text.lower()
        if " ".join(said.split()) in written:
            continue
        if start not in committed_starts(doc, style):  # a thing's duty: only its closing state
            closing = _state_end([t.lower_ for t in clause], style)
            if closing:
                detail = f"the state {closing!r} after a duty without its verb"
                seams.append(Seam("lost_verb", detail, (closing, "target-duty")))
            continue
        lowers = [t.lower_ for t in clause]
        state = _state_end(lowers, style, anywhere=True)
        told = _state_words(lowers, state) if state else set()
        verbs = [t for n, t in enumerate(clause) if t.pos_ in _VERBS and n not in told]
        closing = _state_end(lowers, style) if style.word_order == "v2" else None
        if closing or not verbs:  # the words of a state are none ('up to *date*')
            # verb second: the infinitive closes the clause ('... up to date houden'), so a
            # state there has none, whatever the tagger makes of a plural ('werkbonnen')
            found = closing or _direction(lowers, style) or state
            if found:
                detail = f"the target {found!r} committed without a verb"
                seams.append(Seam("lost_verb", detail, (found, "target-act")))
                continue
        opened = next((o for o in targets if _no_more(lowers, o)), None)
        if opened is None:
            continue
        if _governs_verb(doc, start, clause):
            continue  # 'ga ik geen taken meer voor anderen doen'
        detail = f"{opened[0]!r} ... committed as an act"
        seams.append(Seam("lost_verb", detail, (opened[0], "no-more-act")))
    return seams


def state_without_verb(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A clause of the rewrite, not the writer's as written, with a state of several words
    and no verb at all ('By [date], delivery notes in the shared drive in order in [number]
    ...', '... in order to machine logbooks up to date'): the state's verb was lost. A word
    the goal's own parse calls a noun is none ('notes', 'machine' read as verbs here)."""
    written = " ".join(goal.text.lower().split())
    nouns = {t.lower_ for t in goal.doc or () if t.pos_ in ("NOUN", "PROPN")}
    seams = []
    clause: list[Token] = []
    for t in [*doc, None]:
        if t is not None and t.text not in _ENDS:
            clause.append(t)
            continue
        lowers = [w.lower_ for w in clause]
        state = _state_end(lowers, style, anywhere=True, several=True)
        told = _state_words(lowers, state) if state else set()
        said = " ".join(" ".join(lowers).split())
        if (
            state
            and said not in written
            and not any(
                w.pos_ in _VERBS and w.lower_ not in nouns
                for n, w in enumerate(clause)
                if n not in told
            )
        ):
            detail = f"the state {state!r} in a clause with no verb"
            seams.append(Seam("lost_verb", detail, (state, "target-state")))
        clause = []
    return seams


def _duty_starts(doc: Doc, duties: set[str], style: RewriteStyle) -> list[int]:
    """Verb second: where the words after a thing's duty start ('Werkbonnen *moeten* vóór
    [datum] ... up to date'), whose state needs its verb at the clause's end ('... zijn')."""
    if style.word_order != "v2":
        return []
    return [t.i + 1 for t in doc[:-1] if t.lower_ in duties and t.pos_ in _VERBS]


def _no_more(lowers: list[str], target: list[str]) -> bool:
    """Does the clause open with the zero target's opener ('geen', 'no more') and hold its
    closer after the thing ('geen X *meer*'), when it has one?"""
    opener = target[0].split()
    if lowers[: len(opener)] != opener:
        return False
    return len(target) < 2 or target[1] in lowers[len(opener) + 1 :]


def _topics(candidate: str, prefix: str, behaviour: str, style: RewriteStyle) -> list[str]:
    """The topics next to the behaviour placeholder: the domain frame's ('voor X [concreet
    gedrag]', '[concrete behaviour] for X') and a field after it ('[concreet gedrag] in X',
    the pack's ``topic_prepositions``), other placeholders standing as one word each."""
    marked = candidate.replace(behaviour, "\x01")
    marked = PLACEHOLDER.sub(_SLOT, marked)
    after = "|".join(re.escape(p) for p in sorted({prefix, *style.topic_prepositions}))
    patterns = [rf"\x01\s+(?:{after})\s+([^\x01,;:.!?()]+)"]
    if style.word_order == "v2":
        patterns.append(rf"(?:^|\s){re.escape(prefix)}\s+([^\x01,;:.!?()]+?)\s*\x01")
    return [
        m.group(1)
        for pattern in patterns
        for m in re.finditer(pattern, marked, flags=re.IGNORECASE)
    ]


def _markers(style: RewriteStyle) -> set[str]:
    return {m.lower() for m in style.infinitive_markers}


def _direction(words: list[str], style: RewriteStyle) -> str | None:
    """A count direction after at least one word ('afkeur *omlaag* in de winter')."""
    for direction in style.count_directions:
        parts = direction.lower().split()
        for n in range(1, len(words) - len(parts) + 1):
            if words[n : n + len(parts)] == parts:
                return direction.lower()
    return None


def _state_end(
    words: list[str], style: RewriteStyle, anywhere: bool = False, several: bool = False
) -> str | None:
    """A state of the pack's ``state_predicates`` closing the words (or, ``anywhere``,
    among them after the first; ``several``: only a state of several words), spelled with
    spaces or hyphens."""
    said = " ".join(w.replace("-", " ") for w in words)
    for state in sorted(style.state_predicates, key=len, reverse=True):
        spoken = state.lower().replace("-", " ")
        if several and len(spoken.split()) < 2:
            continue
        if len(spoken.split()) < 2 and not anywhere:
            continue  # one word ('live', 'klaar') may be a qualifier of the topic
        if said.endswith(f" {spoken}") or (anywhere and f" {spoken} " in f"{said} "):
            return state.lower()
    return None


def _state_words(lowers: list[str], state: str) -> set[int]:
    """Where the words of ``state`` stand in the clause ('up to date', 'up-to-date')."""
    parts = state.replace("-", " ").split()
    said = [w.replace("-", " ") for w in lowers]
    for n in range(len(said) - len(parts) + 1):
        if said[n : n + len(parts)] == parts:
            return set(range(n, n + len(parts)))
    return set()


def _clause(doc: Doc, start: int) -> list[Token]:
    """The commitment's clause from ``start`` to the first mark or subordinator."""
    out = []
    for t in doc[start:]:
        if t.text in _ENDS or t.pos_ == "SCONJ":
            break
        out.append(t)
    return out


def _governs_verb(doc: Doc, start: int, clause: list[Token]) -> bool:
    """Does the commitment ('ga ik', 'I will') have a verb of its own in ``clause``: one the
    committing word heads or is headed by?"""
    commit = doc[start - 2] if doc[start - 1].pos_ == "PRON" else doc[start - 1]
    return any(t.pos_ in _VERBS and (t.head.i == commit.i or commit.head.i == t.i) for t in clause)
