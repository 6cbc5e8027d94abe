"""A line that only names a course: 'cursus reanimatie', 'bijscholing wondzorg', 'training
omgaan met agressie', 'refresher course manual handling', 'first aid course'.

A POP form's bullet often names the course the writer wants and nothing more. The frames
read it as a vague topic ('ga ik [concreet gedrag] in cursus reanimatie') or as a verb
phrase with its verb missing ('ga ik training omgaan met agressie'), and a course name that
holds a verb of its own ('omgaan', 'zwemmen') is no bare topic either (bare_topics.py). The
course is the goal: the writer follows it (the pack's ``rewrite.course_goal``: 'ik wil de
{topic} volgen', 'i want to complete the {topic}'), with its whole name as written, a
second name after a slash included ('cursus aangepast zwemmen / zwemles aan ...'), a name
that opens it with its capital ('the Excel course', the pack's ``known_names``,
``ambiguous_names`` and ``rewrite.capitalised``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most words a course's name may have (its title may hold a verb phrase).
MAX_COURSE_WORDS = 12
#: Most words before the course word ('first aid *course*', 'refresher *course*').
MAX_BEFORE = 3
#: Word classes the words before the course word may have: what kind of course it is
#: ('first aid', 'conflict handling').
_DESCRIBING = frozenset({"NOUN", "PROPN", "ADJ", "X", "VERB", "NUM"})
#: Fewest letters the kind of course before a course word in one compound has ('EHBO-').
_LEAST_KIND = 3
#: Word classes that show a clause, not a name: a pronoun, an auxiliary, a subordinator.
_CLAUSE = frozenset({"PRON", "AUX", "SCONJ"})


def course_goal(goal: Goal, ctx: RuleContext, style: RewriteStyle, skip: int = 0) -> str | None:
    """The goal of following the course ``goal`` names, as a sentence to rewrite; None when
    the goal is more than a course's name (a subject, a clause, a time, a determiner first).
    ``skip``: words before the name to pass over (an article a step names it with). A hedge
    that opens the goal ('maybe a course in X', a list's weighed item) is passed over with
    the article after it."""
    if not style.course_goal or "\n" in goal.text.strip():
        return None  # a list: each line is read on its own
    words = [w for w in words_of(goal) if w.text not in (".", "!")][skip:]
    if goal.deadlines or any(w.text in (",", ";", ":") for w in words):
        return None
    if any(w.text == "?" for w in words[:-1]):
        return None  # 'Cursus Frans? (veel klanten uit Parijs)': a question and its note
    hedged = 0
    while hedged < len(words) - 1 and words[hedged].lower in style.one_word_hedges:
        hedged += 1  # '- maybe a course in X', '- evt. cursus X': the course weighed
    if hedged and words[hedged].pos == "DET":
        hedged += 1  # its article goes with the hedge: the frame names the course
    text = _course_name(words[hedged:], goal, ctx, style)
    return (
        capitalise(tidy(style.course_goal.format(topic=text))).rstrip(" ,") + "." if text else None
    )


def course_with_purpose(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """A course named with the purpose it serves as the whole goal ('Opleiding tot monteur
    elektrische voertuigen (hoogvoltage, NEN 9140) zodat ik aan de batterijmodules mag
    werken', 'Forklift course so I can load the trucks myself'): what the purpose needs is
    the course done, so the goal is to complete it (the pack's ``rewrite.course_completed``),
    its whole name kept, a bracket with commas in it included, and the purpose after a comma
    as written; None when the words before the purpose are no course's name alone."""
    if not style.course_completed or "\n" in goal.text.strip() or goal.deadlines:
        return None
    words = [w for w in words_of(goal) if w.text not in (".", "!")]
    purpose = min((m.start for m in ctx.find(goal, "purpose_markers")), default=-1)
    at = next((n for n, w in enumerate(words) if w.start == purpose), None)
    if not at:
        return None  # no purpose, or nothing before it
    name, rest = words[:at], words[at:]
    while name and name[-1].text == ",":
        name = name[:-1]
    if any(w.text in (",", ";", ":") and not _bracketed(w, name) for w in name):
        return None  # a list or a label: no one course's name
    if not [w for w in rest if w.is_word][1:]:
        return None
    text = _course_name(name, goal, ctx, style)
    if text is None:
        return None
    told = style.course_completed.format(topic=text)
    return capitalise(tidy(f"{told}, {join(rest, lead=False)}")).rstrip(" ,") + "."


def _course_name(
    words: list[Word], goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> str | None:
    """``words`` as the name of a course, first word inside the sentence ('cursus
    reanimatie', 'first aid course'); None when they are more than a course's name."""
    named = [w for w in words if w.is_word]
    if not 0 < len(named) <= MAX_COURSE_WORDS:
        return None
    end = words[-1].end
    found = next((m for m in ctx.find(goal, "formal_training") if m.start < end), None)
    start = found.start if found is not None else _compound_course(named, ctx)
    if start is None:
        return None
    before = [w for w in words if w.end <= start and not _joining(w, words)]
    hyphened = {w.start for w in before if _after_hyphen(w, words)}
    names = {n.lower() for k in ("known_names", "ambiguous_names") for n in ctx.pack.words(k)}
    names |= style.capitalised  # 'Excel course', 'Spanish course': a name keeps its capital
    if len(before) - len(hyphened) > MAX_BEFORE or any(
        w.pos not in _DESCRIBING and w.start not in hyphened and w.lower not in names
        for w in before  # a name, whatever the tagger made of it ('Excel' a determiner)
    ):
        return None  # 'ik wil een cursus', 'Excel leren via een cursus': no name alone
    learning = {w.lower() for w in ctx.pack.words("learning_verbs")}
    if any(w.lower in learning for w in before):
        return None  # 'leren kassatraining geven': learning to give one, no course followed
    loose = [w for w in named if not _in_compound(w, words)]  # 'follow-up': no verb
    if {w.lower for w in loose} & style.course_verbs:
        return None  # 'cursus Excel volgen', 'X-training volgen voor Y': a goal with its verb
    if any(w.pos in _CLAUSE or w.lower in style.subjects for w in words):
        return None  # the tagger reads a bare name badly ('timemanagement' a verb): no verb test
    named_first = words[0].lower.split("-")[0] in names  # 'Excel-cursus' too
    first = words[0] if named_first else _inside(words[0])
    return join([first, *words[1:]])


def _bracketed(word: Word, words: list[Word]) -> bool:
    """Whether ``word`` stands inside a bracket of ``words`` ('(hoogvoltage, NEN 9140)')."""
    opened = [w.start for w in words if w.text == "(" and w.start < word.start]
    closed_at = [w.start for w in words if w.text == ")" and w.start > word.start]
    return bool(opened and closed_at)


def _joining(word: Word, words: list[Word]) -> bool:
    """A hyphen inside a word ('de-escalation'): no word of its own before the course."""
    if word.text != "-":
        return False
    return any(w.end == word.start for w in words) and any(w.start == word.end for w in words)


def _after_hyphen(word: Word, words: list[Word]) -> bool:
    """A word glued after a hyphen inside a word ('follow-*up* course'): part of the word
    before it, whatever the tagger made of the part."""
    return any(_joining(w, words) and w.end == word.start for w in words)


def _in_compound(word: Word, words: list[Word]) -> bool:
    """A part of a word written with a hyphen ('*follow*-up', 'follow-*up*')."""
    return _after_hyphen(word, words) or any(
        _joining(w, words) and w.start == word.end for w in words
    )


def _compound_course(named: list[Word], ctx: RuleContext) -> int | None:
    """Where the first word that is a compound ending in a course word stands ('opfriscursus',
    'EHBO-cursus', 'geurtraining': Dutch writes the kind of course in the word), if any."""
    heads = {w.lower() for w in ctx.pack.words("formal_training") if w.isalpha()}
    for word in named:
        tail = next((h for h in heads if word.lower.endswith(h)), None)
        if tail is not None and len(word.lower) - len(tail) >= _LEAST_KIND:
            return word.start
    return None


def _inside(word: Word) -> Word:
    """The first word inside the sentence: lower case unless it is an acronym ('BHV')."""
    return word if not word.text[1:].islower() else word.with_text(word.lower)
