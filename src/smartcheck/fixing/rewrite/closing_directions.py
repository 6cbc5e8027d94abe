"""A problem or a state told first, then only the way it should go: 'Dat moet minder.'

"Mijn retourzendingen komen te vaak terug van de klant. Dat moet minder.", "Mijn score ligt
onder het gemiddelde van de regio. Dat moet omhoog.", "My first-time fix rate is below the
regional average. That needs to go up.": the writer tells what goes wrong or where a figure
stands, then closes with a
demonstrative, a duty modal and a direction (the pack's ``rewrite.closing_directions``). The
duty names nobody (JUDGING A), and read as written the own part saw to the state told
("zorg ik ervoor dat mijn score onder het gemiddelde ligt": the baseline became the target)
or only the structured fallback showed.

The state told is where the writer starts, never the target. Two readings:

- a problem told with how often it happens or with an excess ('te vaak', 'too often': the
  pack's ``problem_frequencies``, ``excess_reductions``) closed by a direction down: the
  problem read alone is the writer's part of making it happen less often (told_problems.py,
  excess_flaws.py), which is what the closing sentence asks. Its rewrite is checked against
  the whole text: a direction the reduction does not carry ('Dit moet omlaag' beside
  'minder vaak') or a problem the reader keeps as context ('Parcels go missing at the dock
  too often.') is refused by the seams, and the other readings go on;
- a thing's state (its subject a noun phrase that is not the writer, its verb one of being
  or standing, the pack's ``rewrite.closing_state_verbs``) closed by any direction: the
  thing told with the duty and the direction ('Mijn score moet omhoog.') is the goal, the
  state kept before it as the baseline, as written.

The demonstrative's modal agrees with the thing ('Mijn cijfers liggen ... Dat moet omhoog'
-> 'Mijn cijfers moeten omhoog'): a plural thing takes the modal's lemma, its plural.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.situation import Situated
from smartcheck.fixing.rewrite.stops import sentence_spans
from smartcheck.fixing.rewrite.words import capitalise, closed

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

_WORD = re.compile(r"[^\W_][\w'-]*")
#: Word classes a thing's noun phrase is made of ('Mijn NR56', 'de wachttijd bij de balie').
_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADP", "PUNCT", "X"})
#: Most words of the thing's noun phrase.
_PHRASE_WORDS = 8
#: The sense of a direction that asks for less of what the problem tells.
_DOWN = "down"
Span = tuple[int, int]


def direction_closed(goal: Goal, style: RewriteStyle) -> Situated | None:
    """The goal a text of a problem or state and its closing direction asks for, with the
    state kept before it (module docstring); None for any other text."""
    doc = goal.doc
    if doc is None or not style.closing_directions or not style.demonstrative_subjects:
        return None
    spans = sentence_spans(goal.text, style.abbreviations)
    if len(spans) != 2:
        return None
    (a, b), (c, d) = spans
    closing = _closing(goal.text[c:d], style)
    if closing is None:
        return _opening(goal, style, (a, b), (c, d))
    modal, direction, sense = closing
    first = goal.text[a:b]
    if sense == _DOWN and _excess(first, style):
        return Situated(goal=closed(first))
    tokens = [t for t in doc if a <= t.idx < b and not t.is_space]
    found = _thing(tokens, style)
    if found is None:
        return None
    thing, plural = found
    agreed = _plural(modal, tokens, style) if plural else modal
    if agreed is None:
        return None
    return Situated(goal=f"{capitalise(thing)} {agreed} {direction}.", before=(closed(first),))


def _opening(goal: Goal, style: RewriteStyle, first: Span, second: Span) -> Situated | None:
    """A thing with a duty and a direction first ('Mijn first-time-fix moet omhoog.'), then
    the problem that tells why ('Te vaak moet ik een tweede keer langs ...'): the first
    sentence is the goal, the problem kept after it as written (the writer's own excess
    told in the second sentence read with it made the duty look owned, and no frame read
    the whole)."""
    (a, b), (c, d) = first, second
    doc = goal.doc
    if doc is None or "?" in goal.text[c:d] or not _excess(goal.text[c:d], style):
        return None
    tokens = [t for t in doc if a <= t.idx < b and not t.is_punct and not t.is_space]
    lowers = [t.lower_ for t in tokens]
    modals = sorted((m.lower().split() for m in style.duty_modals), key=len, reverse=True)
    for at in range(1, min(len(tokens), _PHRASE_WORDS + 1)):
        size = next((len(m) for m in modals if lowers[at : at + len(m)] == m), 0)
        if size:
            break
    else:
        return None
    rest = at + size
    while rest < len(tokens) and lowers[rest] in style.intensifiers:
        rest += 1
    if " ".join(lowers[rest:]) not in style.closing_directions:
        return None
    writer = {s.lower() for s in style.subjects}
    phrase = tokens[:at]
    if any(t.pos_ not in _PHRASE or t.lower_ in writer for t in phrase):
        return None
    if not any(_head(t) for t in phrase):
        return None
    return Situated(goal=closed(goal.text[a:b]), after=(closed(goal.text[c:d]),))


def _head(token: Token) -> bool:
    """A noun of the thing's phrase, or its subject the tagger calls otherwise
    ('first-time-fix' read as an adjective)."""
    return token.pos_ in ("NOUN", "PROPN", "X") or token.dep_.startswith("nsubj")


def closing_sentence(text: str, style: RewriteStyle, comparatives: frozenset[str]) -> bool:
    """Is ``text`` only a demonstrative, a duty modal and a direction ('Dat moet omhoog.'),
    or a comparative after at most two words ('Dat moet beter.', 'That has to get better')?"""
    if _closing(text, style) is not None:
        return True
    found = _closing(text, style, loose=True)
    if found is None:
        return False
    direction = found[1].split()
    return len(direction) <= _LOOSE_WORDS and direction[-1] in comparatives


#: Most words of a direction that ends in a comparative ('get better', 'be a lot lower').
_LOOSE_WORDS = 3


def _closing(text: str, style: RewriteStyle, loose: bool = False) -> tuple[str, str, str] | None:
    """The closing sentence's modal and direction, and the direction's sense, when it is
    only a demonstrative, a duty modal, intensifiers and a direction ('Dat moet echt
    omlaag.', 'That has to go down!'); ``loose``: any words after the modal, no sense."""
    if "?" in text:
        return None
    words = _WORD.findall(text)
    if len(words) < 3 or words[0].lower() not in style.demonstrative_subjects:
        return None
    modals = sorted((m.lower().split() for m in style.duty_modals), key=len, reverse=True)
    lowers = [w.lower() for w in words]
    size = next((len(m) for m in modals if lowers[1 : 1 + len(m)] == m), 0)
    if not size:
        return None
    rest = 1 + size
    while rest < len(words) and lowers[rest] in style.intensifiers:
        rest += 1
    direction = " ".join(lowers[rest:])
    sense = style.closing_directions.get(direction, "" if loose and direction else None)
    if sense is None:
        return None
    return " ".join(words[1 : 1 + size]).lower(), direction, sense


def _excess(sentence: str, style: RewriteStyle) -> bool:
    """Does the sentence tell a problem by how often it happens or by an excess of a
    phrase of more words ('te vaak', 'too often', 'te veel')?"""
    lowered = f" {' '.join(_WORD.findall(sentence.lower()))} "
    phrases = [*style.problem_frequencies, *style.excess_reductions]
    return any(" " in p and f" {p.lower()} " in lowered for p in phrases)


def _thing(tokens: list[Token], style: RewriteStyle) -> tuple[str, bool] | None:
    """The noun phrase that opens the sentence as its subject, before a finite verb of
    being or standing, and whether that verb is plural; None when the sentence opens
    otherwise (the writer, a verb, a clause)."""
    at = next((n for n, t in enumerate(tokens) if "Fin" in t.morph.get("VerbForm", [])), None)
    if at is None or at == 0 or at > _PHRASE_WORDS:
        return None
    verb = tokens[at]
    if verb.lemma_.lower() not in style.closing_state_verbs:
        return None
    phrase = tokens[:at]
    writer = {s.lower() for s in style.subjects}
    if any(t.pos_ not in _PHRASE or t.lower_ in writer for t in phrase):
        return None
    if not any(_head(t) for t in phrase):
        return None
    if any(t.dep_.startswith("nsubj") for t in tokens[at + 1 :] if t.head.i == verb.i):
        return None  # 'Bij ons ligt de score ...': the subject after the verb, no thing first
    first = phrase[0]
    words = [first.text if any(ch.isupper() for ch in first.text[1:]) else first.lower_]
    text = "".join([*words, first.whitespace_, *(t.text_with_ws for t in phrase[1:])]).strip()
    number = verb.morph.get("Number", [])
    plural = "Plur" in number or (not number and verb.tag_ == "VBP")
    return text, plural


def _plural(modal: str, tokens: list[Token], style: RewriteStyle) -> str | None:
    """The duty modal in its plural: its lemma with the words after it ('moet' -> 'moeten',
    'needs to' -> 'need to', 'has to' -> 'have to'), when the pack knows that form."""
    doc = tokens[0].doc
    head, *rest = modal.split()
    lemma = next((t.lemma_.lower() for t in doc if t.lower_ == head), None)
    if lemma is None:
        return None
    form = " ".join([lemma, *rest])
    return form if form in {m.lower() for m in style.duty_modals} else None
