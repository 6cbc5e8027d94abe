"""A thing told as not good enough yet: 'Mijn presentatievaardigheden zijn nog niet goed
genoeg.', 'My Excel skills are not good enough yet.', 'The customers are not satisfied with
our response times.'

The writer names where they fall short and leaves the goal unsaid: that the skill gets
there. The frames found the copula and a negation and had nothing to commit to. The
rewriter reads the line as the wish of the state it denies (the pack's
``rewrite.lacking_state_wish``: 'Ik wil dat mijn presentatievaardigheden goed genoeg zijn.',
'I want to make sure that my Excel skills are good enough.'), which is rewritten as the
writer's own part. Only a one-sentence line of a thing (a determiner or the writer's
possessive first), its copula and a plain negation: a denied absolute ('niet altijd
foutloos') would become a demand. Someone else's state ('My manager is not happy with my
reports') is wished the same way: the own part then commits the writer to seeing to it,
never to the problem as a purpose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most words such a line may have: a skill and its state, no story.
MAX_LACKING_WORDS = 14


def lacking_state_told(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The wish of the state ``goal`` denies, or None when it is no such line."""
    read = _read(goal, ctx, style)
    return read[0] if read is not None else None


def lacking_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the negation of such a line stands ('nog niet', 'not ... yet'): the wish of the
    state replaces it, so no negation is lost."""
    read = _read(goal, ctx, style)
    if read is None or goal.doc is None:
        return []
    return [(t.idx, t.idx + len(t)) for t in goal.doc if t.i in read[1]]


def _read(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> tuple[str, set[int]] | None:
    doc = goal.doc
    frame = style.lacking_state_wish
    if doc is None or not frame or ctx.find(goal, "absolutes"):
        return None
    words = [t for t in doc if not t.is_punct]
    if not 3 <= len(words) <= MAX_LACKING_WORDS or _sentences(doc) > 1 or "?" in goal.text:
        return None
    own = {w.lower() for w in ctx.pack.words("first_person_possessive")}
    if words[0].lower_ not in own | {d.lower() for d in style.determiners}:
        return None  # 'Ik ben nog niet zeker': the writer's own state, read elsewhere
    copulas = {w.lower() for w in ctx.pack.words("copular_verbs")}
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1 or verbs[0].lemma_.lower() not in copulas or verbs[0].i < 2:
        return None
    copula = verbs[0]
    denied = _denied(doc, copula.i, ctx)
    if denied is None:
        return None
    thing = words[0].lower_ + goal.text[words[0].idx + len(words[0]) : copula.idx].rstrip()
    state = " ".join(t.text for t in doc[copula.i + 1 :] if t.i not in denied and not t.is_punct)
    if not state:
        return None
    v2 = style.word_order == "v2"  # the copula last in the subordinate clause
    told = f"{thing} {state} {copula.text}" if v2 else f"{thing} {copula.text} {state}"
    return frame.format(state=told), denied


def _denied(doc: Doc, copula: int, ctx: RuleContext) -> set[int] | None:
    """The tokens of the plain negation after the copula ('nog niet', 'not ... yet'), or
    None when there is none right after it."""
    negations = {w.lower() for w in ctx.pack.words("negations") if " " not in w}
    not_yet = [p.replace("&", " ").split() for p in ctx.pack.words("not_yet_states")]
    after = doc[copula + 1 : copula + 3]
    found = {t.i for t in after[:2] if t.lower_ in negations}
    if not found or min(found) - copula > 2:
        return None
    if min(found) > copula + 1:  # 'zijn nog niet': the word between must be 'nog'
        between = doc[copula + 1].lower_
        if not any(between == p[0] and len(p) == 2 for p in not_yet):
            return None
        found.add(copula + 1)
    yet = {p[-1] for p in not_yet if len(p) == 2 and p[0] in negations}  # 'not yet'
    found |= {t.i for t in doc[max(found) + 1 :] if t.lower_ in yet}
    return found


def _sentences(doc: Doc) -> int:
    ends = [t for t in doc[:-1] if t.text in ".!?;"]
    return len(ends) + 1
