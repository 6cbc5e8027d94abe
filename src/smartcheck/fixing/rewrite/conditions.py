"""The writer's condition for someone else's wish: what the writer needs to do it.

Writers tell what their manager wants of them and then what they need for it: "Mijn
leidinggevende wil dat ik de werkgroep ... ga trekken. Leuk, maar ik heb dan wel uren
nodig.", "My supervisor wants me to run the toolbox talks. Fine, but I'd need time off the
floor for it." The condition is no goal and no doubt: it is the means the goal asks for, a
realistic condition worth keeping (JUDGING R: a stated means supports it). Read as a
second goal it fails S (two goals in one text); read as the writer's doubt it would hedge
the commitment. The wish is rewritten as the writer's own act with its credit, and the
condition follows it as a sentence of its own, without the concession and the contrast
that joined it to the wish ("Ik heb dan wel uren nodig."): after the commitment they would
take it back ("Leuk, maar ...").

A condition: an optional short concession before a comma ('Leuk', 'Prima', 'Fine', 'Sounds
good'; at most a few words, none the writer's), an optional contrast (the pack's
``reservation_contrasts``), then the writer's clause with a need (``condition_needs``), not
a need to act ('I need to ask ...' is a step), no question and no number or date (a target
of its own). ``WholeTextRewrites._wish_aside`` keeps it beside the wish.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words of the concession before the comma ('Leuk', 'Dat is prima', 'Sounds good').
_CONCESSION_WORDS = 3


def condition_told(sentence: Goal, style: RewriteStyle) -> str | None:
    """``sentence`` told as the writer's condition alone ('Leuk, maar ik heb dan wel uren
    nodig.' -> 'Ik heb dan wel uren nodig.'), or None when it is no condition."""
    doc = sentence.doc
    if doc is None or any(e.kind != "recurring" for e in sentence.deadlines):
        return None  # a date of its own: a target ('een middag per week' is what it takes)
    found = _condition_start(list(doc), style)
    if found is None:
        return None
    rest = doc[found:].text.strip().rstrip(" .!")
    return f"{capitalise(rest)}." if rest else None


def condition_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the concession and contrast before a condition stand in the goal's later
    sentences ('Leuk, maar'): a rewrite that tells the condition alone leaves them out,
    never lost words."""
    doc = goal.doc
    if doc is None or not style.condition_needs:
        return []
    spans: list[tuple[int, int]] = []
    for sentence in _sentences(doc):
        if sentence[0].i == 0:
            continue  # the first sentence is the wish
        at = _condition_start(sentence, style)
        if at is not None and at > sentence[0].i:
            spans.append((sentence[0].idx, doc[at].idx))
    return spans


def _condition_start(tokens: list[Token], style: RewriteStyle) -> int | None:
    """The index (in the doc) of the token that opens the writer's clause of need in the
    sentence ``tokens``, after its concession and contrast; None when it is no condition."""
    words = [t for t in tokens if not t.is_punct]
    if not words or not style.condition_needs or any(t.text == "?" for t in tokens):
        return None
    if any(c.isdigit() for t in words for c in t.text):
        return None  # '... 2 uur per week nodig': a target of its own
    writer = {*style.subjects, *style.object_pronouns}
    markers = {m.lower() for m in style.infinitive_markers}
    needs = {n.lower() for n in style.condition_needs}
    start = 0
    comma = next((n for n, t in enumerate(tokens) if t.text == ","), None)
    if comma is not None and 0 < comma <= _CONCESSION_WORDS:
        if any(t.lower_ in writer for t in tokens[:comma]):
            return None  # 'Ik vind het leuk, ...': the writer's own clause, no concession
        start = comma + 1
    contrasts = {c.lower() for c in style.reservation_contrasts}
    if start < len(tokens) and tokens[start].lower_ in contrasts:
        start += 1
    clause = tokens[start:]
    if any(t.text in (",", ";", ":") or t.lower_ in contrasts for t in clause):
        return None  # 'I said okay but I've never done it, so I need help': more than a need
    need = next(
        (n for n, t in enumerate(clause) if t.lower_ in needs or t.lemma_.lower() in needs),
        None,
    )
    if need is None or not any(t.lower_ in writer for t in clause[:need]):
        return None
    if need + 1 < len(clause) and clause[need + 1].lower_ in markers:
        return None  # 'I need to ask my manager': a step to take, no condition
    return clause[0].i if clause else None


def _sentences(doc: Doc) -> list[list[Token]]:
    """The doc's sentences as token lists, cut after each sentence mark."""
    found: list[list[Token]] = [[]]
    for t in doc:
        found[-1].append(t)
        if t.text in (".", "!", "?"):
            found.append([])
    return [s for s in found if any(not t.is_punct for t in s)]
