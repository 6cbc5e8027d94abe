"""Someone else's aim, then the writer's step that only says when or how often to do it.

"My manager wants me to update the fault log. I'll try to do that every day before I go
home.", "Mijn teamleider wil dat ik de werkbonnen bijwerk. Ik ga proberen dat elke vrijdag
te doen." The step points back at the aim ('do that', 'dat ... doen': the pack's
``act_pointers``) and adds only its time or frequency; on its own it has no content (S), and
the aim alone is someone else's wish (A). The act the pointer stands for is the aim's own,
told as the writer's (the voices' ``inner``: 'I will update the fault log'), so the step is
told with that act in the pointer's place ('I'll try to update the fault log every day
before I go home') and judged and rewritten as any goal, with the other's wish as its
credit.

This module only reads: the writer's act in the voice's clause (``own_act``) and the step
with that act in the pointer's place (``pointed_step``). ``WholeTextRewrites._pointed``
(whole_text.py) judges, rewrites and credits it, and keeps the first without a seam.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.taken_on import describes
from smartcheck.fixing.rewrite.words import capitalise, infinitive_ending

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


@dataclass(frozen=True)
class Act:
    """The writer's act as its object part and its verb ('the fault log', 'update'; 'de
    werkbonnen', 'bijwerken')."""

    words: str
    verb: str


def described_after(sentence: str, style: RewriteStyle) -> tuple[str, str]:
    """The aim's sentence without a description after its last comma ('Mijn teamleider wil
    dat ik X invul, er ontbreken vaak foutcodes.' -> the wish, and 'Er ontbreken vaak
    foutcodes.'), the description told as a sentence of its own; the sentence and nothing
    when it holds none (a description has neither the writer nor a duty:
    taken_on.describes)."""
    head, comma, tail = sentence.rpartition(",")
    tail = tail.strip().rstrip(" .!")
    if not comma or len(tail.split()) < 3 or not describes(tail, style):
        return sentence, ""
    return f"{head.rstrip()}.", f"{capitalise(tail)}."


def own_act(inner: str, style: RewriteStyle) -> Act | None:
    """The act in the voice's clause ('I will update the fault log.' -> update + the fault
    log; 'Ik ga de werkbonnen bijwerken.' -> bijwerken + de werkbonnen): after the writer's
    subject and its committed verb; None when the clause opens otherwise."""
    words = inner.strip().rstrip(" .!").split()
    subject = style.default_subject.lower()
    if len(words) < 3 or [w.lower() for w in words[:2]] != [subject, style.subjects[subject]]:
        return None
    rest = words[2:]
    if style.word_order == "v2":  # the infinitive ends the clause
        if not infinitive_ending(rest[-1].lower()):
            return None
        return Act(" ".join(rest[:-1]), rest[-1])
    return Act(" ".join(rest[1:]), rest[0])


def pointed_step(step: str, act: Act, style: RewriteStyle, particles: frozenset[str]) -> str | None:
    """``step`` with the act in place of its pointer ('do that' -> 'update the fault log';
    'dat elke vrijdag te doen' -> 'de werkbonnen elke vrijdag bij te werken'), or None when
    it holds no pointer (the pack's ``act_pointers``, a gap '&' between their words)."""
    for entry in style.act_pointers:
        if "&" in entry:  # 'dat & doen': the object before the words between, the verb after
            head, verb = (p.strip() for p in entry.split("&", 1))
            pattern = (
                rf"\b{re.escape(head)}\b(\s+(?:[^\s,.;]+\s+){{0,5}}?)(te\s+)?{re.escape(verb)}\b"
            )
            found = re.search(pattern, step, flags=re.IGNORECASE)
            if found is None:
                continue
            between, te = found.group(1), found.group(2)
            told = _with_te(act.verb, particles) if te else act.verb
            middle = f"{act.words}{between}" if act.words else between.lstrip()
            return f"{step[: found.start()]}{middle}{told}{step[found.end() :]}"
        found = re.search(rf"\b{re.escape(entry)}\b", step, flags=re.IGNORECASE)
        if found is not None:
            told = f"{act.verb} {act.words}".strip()
            return f"{step[: found.start()]}{told}{step[found.end() :]}"
    return None


def _with_te(verb: str, particles: frozenset[str]) -> str:
    """A Dutch infinitive with 'te', split after a separable particle ('bijwerken' -> 'bij
    te werken', 'maken' -> 'te maken')."""
    for particle in sorted(particles, key=len, reverse=True):
        if verb.lower().startswith(particle) and len(verb) - len(particle) >= 4:
            return f"{verb[: len(particle)]} te {verb[len(particle) :]}"
    return f"te {verb}"
