"""A role hedged far ahead, told as the step that explores it.

'misschien later planner worden', 'Misschien ooit werkvoorbereider', 'maybe later a planner
role', 'perhaps become a team lead one day': a line of a list, or a goal of its own, that
names a role the writer may want some day. Committing it ('ga ik later planner worden') or
framing a behaviour for it ('ga ik voor later werkvoorbereider [concreet gedrag]') makes a
far, hedged wish a deadline the writer does not control. What the writer can do now is find
out whether the role suits them: the pack's ``far_role_step`` ('Ik ga uitzoeken of
{role} {when} iets voor mij is', 'I will find out whether {role} is something for me
{when}'; with the writer's verb of becoming, ``far_role_act``: 'Ik ga uitzoeken of planner
worden later iets voor mij is', 'I will find out whether I want to become a planner
later'), rewritten like any goal of the writer's.

It reads: a hedge (``drop_hedges``, one word) or a question mark at the end ('Ooit
senior planner?', 'Team lead role someday?'), a far time (``far_times``: 'later', 'ooit',
'someday'), and a role of a few words: with a verb of becoming (``become_verbs``, which
stays), a noun of a post (``post_nouns``: 'rol', 'functie', 'role', 'job'), or one noun of a
person by its ending (``agent_endings``: 'planner', 'werkvoorbereider'). Nothing else: a
far course or a thing ('misschien later een cursus') is no role to explore.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.role_moves import leads
from smartcheck.fixing.rewrite.words import Word, join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words of the role ('een rol als planner', 'a planner role').
_ROLE_WORDS = 4
#: Marks a list line may open with ('- ', '* ', '• ').
_BULLETS = frozenset({"-", "*", "\u2022", "\u2013"})


def far_role(goal: Goal, style: RewriteStyle) -> str | None:
    """The step that explores the far role ``goal`` hedges, or None when it is none."""
    if not style.far_role_step or not style.far_times:
        return None
    words = [w for w in words_of(goal) if w.text.strip()]
    while words and (words[0].text in _BULLETS or (not words[0].is_word and words[0].text != "(")):
        words.pop(0)
    while words and not words[-1].is_word:
        words.pop()
    if any(not w.is_word for w in words):
        return None  # one phrase: no clause, no list inside it
    hedges = style.one_word_hedges
    asked = goal.text.rstrip().endswith("?")  # 'Ooit teamleider?': the question hedges it
    if not words or (words[0].lower not in hedges and not asked):
        return None
    rest = words[1:] if words[0].lower in hedges else words
    when, rest = _far_time(rest, style)
    if not when:
        return None
    subjects = {s.lower() for s in style.subjects}
    if any(w.lower in subjects or w.lower in hedges for w in rest):
        return None
    becoming = [
        w for w in rest if w.lemma.lower() in style.become_verbs or w.lower in style.become_verbs
    ]
    role = [w for w in rest if w not in becoming]
    if not role or len(role) > _ROLE_WORDS or len(becoming) > 1:
        return None
    if any(w.pos in ("VERB", "AUX") and w not in becoming for w in role):
        return None  # another act ('misschien later een cursus volgen'): no role
    named = join(role).lower() in style.aimed_roles or leads(role, style)  # 'shift lead'
    if not (becoming or named or _post(role, style) or _agent(role, style)):
        return None
    frame = style.far_role_step
    if becoming:  # the writer's verb stays: 'planner worden', 'become a planner'
        role, frame = rest, style.far_role_act or frame
    told = join(role)
    return frame.format(role=told[:1].lower() + told[1:], when=when)


def _far_time(words: list[Word], style: RewriteStyle) -> tuple[str, list[Word]]:
    """The far time among ``words`` ('later', 'one day') and the words without it."""
    lower = [w.lower for w in words]
    for phrase in sorted(style.far_times, key=len, reverse=True):
        parts = phrase.lower().split()
        for n in range(len(lower) - len(parts) + 1):
            if lower[n : n + len(parts)] == parts:
                said = join(words[n : n + len(parts)])
                return said.lower(), [*words[:n], *words[n + len(parts) :]]
    return "", words


def _post(role: list[Word], style: RewriteStyle) -> bool:
    """The role names a post with its article ('een rol als planner', 'a planner role');
    without it ('team lead role') the frame would read 'whether team lead role is ...'."""
    return role[0].pos == "DET" and any(
        w.lower in style.post_nouns or w.lemma.lower() in style.post_nouns for w in role
    )


def _agent(role: list[Word], style: RewriteStyle) -> bool:
    """The role is one bare noun of a person ('werkvoorbereider', 'planner'): the pack's
    ``agent_endings``, perhaps after a word of its phase ('senior planner', 'junior
    buyer'; ``starting_roles``, ``aimed_roles``). With an article it may be a thing ('een
    computer')."""
    phases = style.starting_roles | style.aimed_roles
    if any(w.lower not in phases for w in role[:-1]):
        return False
    if not role or role[-1].pos not in ("NOUN", "PROPN", "X", "ADJ"):
        return False
    word = role[-1].lower
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in style.agent_endings)
