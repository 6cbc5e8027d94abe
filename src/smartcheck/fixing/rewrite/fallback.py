"""The structured rewrite: what a coach gets when no rewritten sentence reads whole.

It never rearranges words, so it cannot break a sentence: the goal's own words (without a
label, list marker or BOM the input carried) and, for each failing criterion, a labelled field
to fill in (Wat precies / Hoe gemeten / Wanneer / Met wie).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.compiled import compiled
from smartcheck.fixing.rewrite.hedging import conditional_tails, doubted_conditions
from smartcheck.fixing.rewrite.plan import failed
from smartcheck.fixing.rewrite.style import RewriteStyle, style_for
from smartcheck.fixing.rewrite.words import is_decoration
from smartcheck.reporting.report import RewriteField, StructuredRewrite

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reporting.report import GoalReport

#: A stand-in for words the fallback keeps as written while it drops hedges around them.
_KEPT = "\ue000{}\ue001"
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_MARKER = re.compile(r"^\s*(?:[-*•·▪►]|\(?\d+[.)]|[a-z][.)])\s+")
_LABEL = re.compile(r"^\s*[^\W\d_][\w'-]*(?:\s+\d+)?\s*:\s+")


def clean(text: str, labels: Collection[str] | None = None) -> str:
    """The goal's words without what the input wrapped them in (BOM, list marker, label,
    an emoji or text face standing as a word of its own).
    ``labels``: the pack's goal labels ('Doel 3:', 'Goal:'); then only those go, and a topic
    label stays, as it is the goal's own word ('Voorraadbeheer: minder derving')."""
    text = _INVISIBLE.sub("", text).strip()
    text = _MARKER.sub("", text)
    label = _LABEL.match(text)
    if label and (labels is None or _label_word(label.group()) in {w.lower() for w in labels}):
        text = text[label.end() :]
    return " ".join(w for w in text.split() if not is_decoration(w))


def _label_word(label: str) -> str:
    """'Doel 3: ' -> 'doel'."""
    return re.sub(r"[\d\s:]+$", "", label.strip()).lower()


def label_word(text: str) -> str | None:
    """The word of the label ``text`` opens with ('Wanneer: dit jaar' -> 'wanneer'), or None."""
    found = _LABEL.match(_MARKER.sub("", _INVISIBLE.sub("", text).strip()))
    return _label_word(found.group()) if found else None


def committed(text: str, style: RewriteStyle, times: frozenset[str] | None = None) -> str:
    """The goal's words committed where no word has to move: a hedging adverb that can
    simply go ('misschien', 'hopefully') goes, and in a subject-verb language a wish right
    after the writer's subject becomes the committed auxiliary ('I hope to have' -> 'I will
    have') where the writer's clause opens (not in one reported: 'my boss says I need
    to ...'); Dutch word order puts the verb away from its wish, so that is left as written.
    ``times``: the goal's times, lower case ('this year'); None when not known, and a hedge
    after a comma then goes with the comma."""
    v2 = style.word_order == "v2"
    for hedge in sorted(style.drop_hedges, key=len, reverse=True):
        h = rf"(?<!\w){re.escape(hedge)}(?!\w)"
        if v2 and compiled(rf"(?i)\s*{h}").match(text):
            continue  # a fronted adverb holds the verb-second place: it stays
        if v2 and compiled(rf"(?i)[.!?]\s+{h}").search(text):
            continue  # so does one that opens a later sentence ('Misschien helpt een ...')
        # one that opens a later sentence goes with its capital ('. Maybe a buddy ...')
        text = compiled(rf"(?i)([.!?]\s+){h},?\s*(\w)").sub(lambda m: m[1] + m[2].upper(), text)
        text = compiled(rf"(?i),\s*{h}\s*,").sub(" ", text)  # 'Ik wil, indien mogelijk, een ...'
        text = compiled(rf"(?i)^\s*{h},?\s*").sub("", text)
        # one that opens a clause after a comma leaves the comma ('..., maybe become X');
        # before the goal's time it goes with it ('..., hopefully this year')
        text = compiled(rf"(?i),\s*{h}\s+(?=\w)").sub(
            lambda m: " " if _time_alone(m.string[m.end() :], times) else ", ", text
        )
        text = compiled(rf"(?i),?\s*{h}").sub("", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split())).strip()
    if style.word_order == "v2":
        return text
    wishes = sorted(
        (p for p in style.cluster_drop if p.lower().endswith(" to")), key=len, reverse=True
    )
    for subject, aux in style.subjects.items():
        for wish in wishes:
            # the writer's own clause only: 'my boss says I need to ...' reports a wish
            pattern = rf"(?i)(?:^|(?<=[.!?,;:]\s))({re.escape(subject)})\s+{re.escape(wish)}\b"
            text, n = re.subn(pattern, rf"\1 {aux}", text, count=1)
            if n:
                return text
    return text


def _time_alone(rest: str, times: frozenset[str] | None) -> bool:
    """``rest``, the text after a hedge that followed a comma, is only one of the goal's
    ``times`` up to the end of its clause ('this year.'): the hedge and the comma go, the
    time stays with the goal. Unknown times (None): the comma goes too, as before."""
    if times is None:
        return True
    lower = rest.lower()
    return any(re.match(rf"{re.escape(t)}\s*(?:[,.;!?]|$)", lower) for t in times)


def structured(report: GoalReport, ctx: RuleContext) -> StructuredRewrite | None:
    """The structured rewrite of a failing goal, or None (a passing goal, or no pack style)."""
    style = style_for(ctx.pack)
    if report.is_smart or style is None:
        return None
    text = report.goal.text
    doubted = sorted({*doubted_conditions(report.goal, ctx), *remark_hedges(report.goal, style)})
    edits = [(start, end, _KEPT.format(n)) for n, (start, end) in enumerate(doubted)]
    edits += [  # 'if I can find the time': the condition goes whole
        (start, end, "")
        for start, end in conditional_tails(report.goal, ctx)
        if not any(a <= start < b for a, b in doubted)  # 'Not sure yet if ...': it stays
    ]
    for start, end, kept in sorted(edits, reverse=True):
        text = text[:start] + kept + text[end:]
    times = frozenset(t.text.lower() for t in report.goal.deadlines)
    goal = committed(clean(text, ctx.pack.words("goal_labels")), style, times)
    for n, (start, end) in enumerate(doubted):
        goal = goal.replace(_KEPT.format(n), report.goal.text[start:end])
    if not goal:
        return None
    goal = goal[:1].upper() + goal[1:]
    return StructuredRewrite(goal=goal, fields=tuple(_fields(report, style)))


def remark_hedges(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The (start, end) of each one-word hedge that opens a clause of its own beside the
    goal: a clause with a finite verb that does not hold the goal's action, after a comma
    ('I never did this before, *hopefully* I can get some help from X', '..., *hopelijk* kan
    iemand van X me helpen') or opening a sentence about someone else ('*Hopefully* the
    budget comes through.'). That is a remark or a wish for help in the writer's words, kept
    as written. A hedge on the goal's own clause ('Hopefully I pass the exam'), on a time
    ('..., hopefully by the summer': no verb) or opening a sentence of the writer's own step
    ('Hopefully I can do X') is settled as before. Read on the surface: the parser hangs such
    a hedge on a noun or on the clause before it."""
    doc = goal.doc
    if doc is None:
        return []
    action = goal.action.start if goal.action is not None else -1
    writers = {s.lower() for s in style.subjects}
    spans: list[tuple[int, int]] = []
    for token in doc:
        if token.lower_ not in style.one_word_hedges:
            continue
        after_comma = token.i > 0 and doc[token.i - 1].text == ","
        opens = token.is_sent_start or (token.i > 0 and doc[token.i - 1].text in ".!?")
        if not after_comma and not opens:
            continue
        clause: list[Token] = []
        for word in doc[token.i + 1 :]:
            if word.is_punct and word.text in ",.;!?":
                break
            clause.append(word)
        if not clause or any(w.idx == action for w in clause):
            continue  # the goal's own clause: its hedge is settled
        if any(d.start <= w.idx < d.end for d in goal.deadlines for w in clause):
            continue  # '..., hopefully before the sale starts': a hedge on the goal's time
        if not any(w.pos_ == "AUX" or "Fin" in w.morph.get("VerbForm", []) for w in clause):
            continue  # '..., hopefully by the summer': a hedge on a time, no clause
        if opens and any(w.lower_ in writers for w in clause[:2]):
            continue  # 'Hopefully I can do X.': the writer's own step
        inverted = style.word_order == "v2" and "Fin" in clause[0].morph.get("VerbForm", [])
        if not inverted and not any(w.dep_.startswith(("nsubj", "expl")) for w in clause):
            continue  # 'Maybe be more confident with X?': the goal told without its subject
        spans.append((token.idx, token.idx + len(token.text)))
    return spans


def _fields(report: GoalReport, style: RewriteStyle) -> list[RewriteField]:
    bad = failed(report)
    labels = style.fields
    ph = style.placeholders
    wanted = [
        ("what", ph.behaviour, Criterion.S in bad),
        ("how", ph.measure, Criterion.M in bad),
        ("when", ph.date, Criterion.T in bad),
        ("who", ph.support, bool({Criterion.A, Criterion.R} & bad)),
    ]
    return [RewriteField(label=labels[key], value=value) for key, value, need in wanted if need]
