"""A told clause after the goal's clause, comma-spliced or after a dash: kept apart from the
frames, a sentence of its own.

The frames end the goal's sentence ('..., met als bewijs [hoe gemeten]'). What the writer
told after a comma or a dash with its own subject and finite verb, no conjunction before it,
is context: how it goes now ('..., nu verwijs ik ze steeds door naar de adviseur'), what has
been ('..., ik ben vorig jaar gestopt'), what someone else wants ('- my team lead wants me as
back-up'). Spliced after the frames it reads as a run-on ('..., met als bewijs [hoe gemeten],
nu verwijs ik ...'); kept inside the goal's clause the frames land on it ('- my team lead
wants me as back-up ..., with [how measured] as evidence'). Told apart it follows the
rewritten goal as written, its own sentence: '... met als bewijs [hoe gemeten]. Nu verwijs
ik ze steeds door naar de adviseur.'

The clause is read on the parse: a finite verb and a subject among its first words, and no
word that joins it to the goal's clause (a conjunction, a relative, a clause end such as
'want', 'so that'; 'so far' is an adverb); a modal or wish verb makes it no context but a
second aim ('..., ik wil ook ...'), which is not told apart here; someone else's wish is
context ('- my team lead wants me as back-up').
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.reports import report_after
from smartcheck.fixing.rewrite.words import join

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.frame import Clause
    from smartcheck.fixing.rewrite.plan import Plan
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word

#: The marks a told clause is spliced on with.
_SPLICES = frozenset({",", "-", "\u2013", "\u2014"})
#: How far into the told clause its finite verb stands ('nu *verwijs* ik', 'so far I only
#: *know*', 'especially with the dark colours I often *doubt*'), and how near its subject.
_WITHIN = 8
_NEAR = 2
#: How many words a verbless goal's phrase has at least to be one ('Meer rust bij
#: gesprekken met X, ik word ...'), not a fronted time ('By April, ...').
_PHRASE = 4
#: Word classes that join a clause to the one before it.
_JOINING = frozenset({"CCONJ", "SCONJ"})


def told_clause(words: list[Word], style: RewriteStyle) -> bool:
    """Do ``words`` (a splice mark, then the rest of the goal's sentence) tell a clause of
    context of its own (see the module docstring)?"""
    if len(words) < 4 or words[0].text not in _SPLICES:
        return False
    if words[0].text != "," and words[0].end >= 0 and words[0].end == words[1].start:
        return False  # a hyphen ('pre-use', 'Double-check'), no splice
    body = list(words[1:])
    end = next((n for n, w in enumerate(body) if w.text in ".!?;:"), len(body))
    body = body[:end]
    if len(body) < 3 or any(_spliced(body, n) or w.text in "()" for n, w in enumerate(body)):
        return False  # one clause, told whole: no list, no second splice, no aside
    first = body[0]
    if first.pos in ("VERB", "AUX"):
        return False  # the verb first: the main clause of a fronted one, 'zegt X', an act
    if first.lower.rstrip(".") in style.abbreviations | style.abbreviation_openers:
        return False  # '..., bv. de training X volgen', '..., i.e. visit X first': an
        # example or an explanation, no clause of its own
    if first.lower in style.negations:
        return False  # '..., not just the two I run now': a contrast, no clause of its own
    ends = {w.lower() for w in style.clause_ends}
    if first.pos in _JOINING or first.lower in style.relativizers:
        return False
    if first.lower in ends and not (len(body) > 1 and body[1].pos in ("ADV", "ADJ")):
        return False  # 'so that', 'want': a clause of the goal ('so far': an adverb)
    pronouns = {s.lower() for s in style.subjects}
    if style.word_order == "v2" and _verb_late(body, pronouns):
        return False  # '..., nu we ze zelf kweken': a subordinate clause, the goal's reason
    subject = [
        n
        for n, w in enumerate(body[: _WITHIN + 1])
        if w.dep.startswith(("nsubj", "expl")) or w.lower in pronouns
    ]
    v2 = style.word_order == "v2"
    verbs = [n for n in range(min(_WITHIN, len(body))) if _finite(body, n, pronouns, v2)]
    subject += [n - 1 for n in verbs if _nominal_before(body, n)]  # 'my team lead wants'
    paired = [v for v in verbs if any(abs(v - n) <= _NEAR for n in subject)]
    if not paired:
        return False
    if any(w.pos == "CCONJ" for w in body[: paired[0]]):
        return False  # '..., een cursus X volgen en meer gaan sporten': a list of acts, its
        # first part without a finite verb (a clause has its verb in its first part)
    if any(_subordinating(w, style) for w in body[: paired[0]]):
        return False  # '..., with my colleague who knows it', '..., particularly when I
        # disagree': a relative or subordinate clause of the goal's
    if report_after(words, style):
        return False  # '..., my director says I ramble': a report on the writer, the
        # goal's reason (reports.py)
    wishes = {*style.modals, *style.weak_finite, *style.wanting_verbs}
    said = f" {' '.join(w.lower for w in body)} "
    wished = any(w.lower in wishes or w.lemma in wishes for w in body)
    wished = wished or any(f" {d.lower()} " in said for d in style.duty_modals)  # 'I need to'
    if wished and any(w.lower in pronouns for w in body):
        return False  # the writer's aim or plan ('..., en dan ga ik zelf bijspringen')
    # someone else's clause: what they want is context too ('my lead wants')
    return not wished or not any(body[n].lower in pronouns for n in subject)


def told_after(before: list[Word], after: list[Word], style: RewriteStyle) -> bool:
    """Does the told clause ``after`` (from its splice mark) end the goal's main clause
    ``before``? Not after a fronted clause, whose main clause follows the comma ('Zodra X
    afgelopen is, *deel ik* ...', 'Stellen studenten vragen, *dan maak ik* ...'), nor
    after a statement of someone else's, which is no goal to frame ('My manager thinks X,
    I'm not so sure')."""
    if not before or not told_clause(after, style):
        return False
    mark, last = after[0], before[-1]
    if mark.text != "," and last.end >= 0 and last.end == mark.start:
        return False  # a hyphen ('pre-use', 'Double-check'), no splice
    if dash_listed(before + after[:1], len(before)):
        return False  # '- presenteren - netwerken met X - meer zaken doen': items of a list
    verbless = not any(w.pos in ("VERB", "AUX") for w in before)
    if verbless and (len(before) < _PHRASE or before[0].pos == "ADP"):
        return False  # a fronted phrase ('By April, ...', 'According to X, ...'), no goal
    first = before[0]
    if first.pos == "SCONJ" or first.lower in style.clause_openers:
        return False
    pronouns = {s.lower() for s in style.subjects}
    others = [
        n for n, w in enumerate(before) if w.dep.startswith("nsubj") and w.lower not in pronouns
    ]
    if first.pos in ("VERB", "AUX") and any(1 <= n <= 2 for n in others):
        return False  # a condition with its verb first ('Stellen studenten ...')
    body = [w for w in after[1:] if w.is_word]
    if body and body[0].pos in ("VERB", "AUX"):
        return False  # the verb first: the main clause of a fronted one, 'zegt X', an act
    if body and body[0].lower in {w.lower() for w in style.consequence_words}:
        return False  # '..., dan maak ik ...': the main clause after a condition
    duties = {*style.modals, *style.weak_finite, *style.wanting_verbs}
    duties |= {w for d in style.duty_modals for w in d.lower().split()}
    stated = [
        w
        for n, w in enumerate(before)
        if w.finite
        and w.pos in ("VERB", "AUX")
        and w.lower != w.lemma  # 'thinks', 'zegt'; an infinitive goal's 'afronden' is none
        and any(m < n for m in others)
    ]
    return not any(w.lower not in duties and w.lemma not in duties for w in stated)


def dash_listed(words: list[Word], i: int) -> bool:
    """Is the dash ``words[i]`` one of a list's ('- presenteren - netwerken met X - meer
    zaken doen'): another spaced dash before it, past the first word (a bullet)?"""
    if words[i].text == ",":
        return False
    return any(words[n].text != "," and _spliced(words, n) for n in range(1, i))


def _spliced(body: list[Word], n: int) -> bool:
    """Is ``body[n]`` a splice mark: a comma, or a dash with a space before it (not the
    hyphen of 'ready-made')?"""
    w = body[n]
    if w.text == ",":
        return True
    before = body[n - 1] if n > 0 else None
    hyphen = before is not None and before.end >= 0 and before.end == w.start
    return w.text in _SPLICES and not hyphen


def _subordinating(word: Word, style: RewriteStyle) -> bool:
    """Does ``word`` open a clause of the goal's: a relative, a subordinator ('when', 'if',
    'voordat')?"""
    lower = word.lower
    return word.pos == "SCONJ" or lower in style.relativizers or lower in style.clause_openers


def _verb_late(body: list[Word], pronouns: set[str]) -> bool:
    """In a verb-second language, is ``body`` a subordinate clause: one word fronted, not
    the subject's own, with the subject right after it ('nu *we* ze zelf kweken', 'toen
    *ik* begon', 'zodra *het* kan')? A main clause has its finite verb there ('nu
    *verwijs* ik')."""
    if len(body) < 3:
        return False
    first, second = body[0], body[1]
    if first.pos not in ("ADV", "SCONJ", "ADP") or first.lower in pronouns:
        return False
    return second.lower in pronouns or (second.pos == "PRON" and second.dep.startswith("nsubj"))


def _nominal_before(body: list[Word], n: int) -> bool:
    """Does a noun phrase end right before the verb ``body[n]``, its subject however the
    small parser labels it ('my team *lead* wants': an adjective after a noun), the verb
    agreeing with it in number?"""
    if n == 0:
        return False
    before, verb = body[n - 1], body[n]
    if before.plural is False and verb.plural is True:
        return False  # 'mijn Frans *bijspijkeren*': an infinitive, no verb of the noun's
    if before.pos in ("NOUN", "PROPN", "PRON"):
        return True
    return before.pos == "ADJ" and n > 1 and body[n - 2].pos == "NOUN"


def _finite(body: list[Word], n: int, pronouns: set[str], v2: bool) -> bool:
    """Is ``body[n]`` the clause's finite verb? By its tag, or, where the small tagger
    misreads it, by its place: a verb after its subject ('the lace fronts still *show*'),
    a Dutch word right before the writer's pronoun with a verb's lemma ('nu *verwijs* ik':
    a noun)."""
    w = body[n]
    if w.finite and w.pos in ("VERB", "AUX"):
        return True
    before = body[n - 1] if n > 0 else None
    if (  # 'the lace fronts still *show*': a verb after its subject, tagged non-finite
        w.pos in ("VERB", "AUX")
        and w.verbform not in ("Part", "Ger")
        and before is not None
        and before.pos != "PART"
        and any(v.dep.startswith("nsubj") for v in body[:n])
    ):
        return True
    after = body[n + 1] if n + 1 < len(body) else None
    return (
        v2  # verb second: a verb right before its subject ('when I' is no verb's place)
        and n > 0
        and after is not None
        and after.lower in pronouns
        and w.pos not in ("ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM")
        and w.lemma.endswith("n")
    )


def told_sentence(words: list[Word], text: str) -> str:
    """``text``, the told clause of ``words`` joined, as a sentence of its own: its splice
    mark off, its first word capitalised (a name keeps its case)."""
    body = text.lstrip(" ,-\u2013\u2014")
    if not body:
        return body
    return body[0].upper() + body[1:]


def told_apart(plan: Plan, clause: Clause, style: RewriteStyle) -> Clause:
    """``clause`` with a told clause spliced on inside its core ('..., ik ben vorig jaar
    gestopt', '- my team lead wants me as back-up ...') moved to the front of its tail, where
    :func:`told_tail` makes it a sentence of its own; as it was when none is."""
    core = clause.core
    for pos, i in enumerate(core):
        if pos == 0 or plan.words[i].text not in _SPLICES or dash_listed(plan.words, i):
            continue
        moved = [*core[pos:], *clause.tail]
        before = [plan.words[j] for j in core[:pos] if plan.kept(j)]
        if told_after(before, [plan.words[j] for j in moved if plan.kept(j)], style):
            return replace(clause, core=core[:pos], tail=moved)
    return clause


def told_tail(plan: Plan, clause: Clause, style: RewriteStyle) -> str | None:
    """The tail of ``clause`` as the sentences to put after the rewritten goal ('. Nu
    verwijs ik ...'), when it opens with a told clause; None when it does not. The told
    clause is kept as written, every word ('ik ben *vorig jaar* gestopt')."""
    kept = [plan.words[i] for i in clause.tail if plan.kept(i)]
    if not told_clause(kept, style):
        return None
    written = join([plan.words[i] for i in clause.tail], False).rstrip(".!")
    return f". {told_sentence(kept, written)}"
