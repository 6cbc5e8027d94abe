"""A rule of never going somewhere without something, beside the routine that keeps it:
"Nooit meer zonder lesplan de klas in, altijd de avond ervoor de materialen klaarleggen",
"Never again into class without a lesson plan, always lay out the materials the night before".

The rule has no verb ("nooit meer ... de klas in"), so no frame can bound it, and read as one
clause the two pieces came out broken ("om nooit zonder lesplan de klas in, in [aantal] van de
10 gevallen ... te klaarleggen"). The routine is what the writer does; the rule is why. The
goal is restated as the routine with the rule as its purpose, told with the verb of going
(the pack's ``rewrite.going_rule``: "Altijd de avond ervoor de materialen klaarleggen, zodat
ik niet zonder lesplan de klas in ga."), and that sentence is rewritten as usual: its
"altijd" is bounded, its time added.
"""

from __future__ import annotations

from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.goal import Goal

_VERBS = ("VERB", "AUX")


def going_rule(goal: Goal, style: RewriteStyle, ending: str = "") -> str | None:
    """The goal restated as its routine with the rule as purpose, or None when it is not a
    verbless rule of going with 'zonder' before a comma and a routine with 'altijd' after.
    ``ending``: the infinitive's ending of a verb-last language ('en'): the routine's last
    word with it is its verb, whatever the tagger called it ('klaarzetten')."""
    if not style.going_rule or goal.doc is None:
        return None
    text = goal.text.strip().rstrip(".!")
    if text.count(",") != 1:
        return None
    rule, routine = (p.strip() for p in text.split(","))
    phrase = _after(rule, style.negated_openers)
    rest = _after(routine, style.always_openers)
    if phrase is None or rest is None or not style.going_verb:
        return None
    going = _with_verb(phrase, style)
    if going is None:
        return None
    cut = text.index(",")
    tokens = [t for t in goal.doc if t.is_alpha]
    if any(t.pos_ in _VERBS for t in tokens if t.idx < cut):
        return None  # the rule has a verb of its own: a frame reads it
    after = [t for t in tokens if t.idx > cut]
    last = after[-1].lower_ if after and ending and style.word_order == "v2" else ""
    if not any(t.pos_ in _VERBS for t in after) and not (last.endswith(ending) and last):
        return None
    return style.going_rule.format(routine=routine[0].upper() + routine[1:], phrase=going)


def _after(piece: str, openers: tuple[str, ...]) -> str | None:
    """``piece`` without the first of ``openers`` it opens with (longest first), or None."""
    lower = piece.lower()
    for opener in sorted(openers, key=len, reverse=True):
        if lower.startswith(opener + " "):
            return piece[len(opener) + 1 :].strip()
    return None


def _with_verb(phrase: str, style: RewriteStyle) -> str | None:
    """The phrase of going with the writer's verb of going in its place, or None when it is
    no phrase of going with 'zonder': a particle ends it (right before 'zonder' or last) or
    a word of direction opens it ('naar huis', 'into class'). A verb-last language ends the
    clause in the particle and its verb, so what the writer goes without comes first
    ('zonder X de deur uit ga', 'zonder X de les in ga'); English puts the verb first ('go
    into class without ...')."""
    words = phrase.split()
    lower = [w.lower() for w in words]
    without = [n for n, w in enumerate(lower) if w in style.without_words]
    if not without or not words:
        return None
    verb = style.going_verb
    if style.word_order != "v2":
        return f"{verb} {phrase}" if lower[0] in style.motion_starts else None
    first = without[0]
    motion = lower[:first]
    if motion and (motion[-1] in style.motion_ends or motion[0] in style.motion_starts):
        return " ".join([*words[first:], *words[:first], verb])  # 'zonder X de deur uit ga'
    if lower[-1] in style.motion_ends:
        return f"{phrase} {verb}"  # 'zonder X de les in ga'
    return None
