"""Someone else's wish for the writer, then whatever the writer remarks on it.

"Mijn praktijkopleider wil dat ik de overdracht op de afdeling doe. Eerlijk gezegd niet mijn
sterkste kant", "The owner would like me to run the Saturday tastings. Fine by me, but only
after the harvest", "HR verwacht dat ik de cursus verzuimgesprekken volg. We zien wel.":
the first sentence is another person's wish, request or advice for an act of the writer's
(JUDGING A fails on it); what follows is the writer's remark on it, in any shape: a
feeling, a doubt, a reluctance, a condition of time, a comparison of the writer with the
task. Readings of fixed shapes (wish_aside.py, reserved.py, stance_cut.py) know some of
these remarks by their words; this one knows them by what they lack. A remark is any piece
after the wish that is *no goal of the writer's own*: it holds no act of the writer's, in
the present or the future, with an object of its own ('I'd also like to do the first aid
course' has one, a second goal; 'I've only ever taught kids' is past, 'speaking in front
of a room is something else' has no object, 'ik ga het proberen' points back at the wish).

The rewrite commits the writer to the wished act, credited to the other (the voices), and
keeps the remark after it as written, a sentence of its own (reserved_steps.py). When the
remark kept after the commitment still fails A (a trial, "maar ok, ik ga het proberen",
is told as the acceptance it is first; a doubt or a hedge that stays), the writer's step
is to settle the wish with the one who wished it (``frames.settled``: "Vóór [datum] maak ik
samen met X uit of ik Y.").

This module reads the cut (:func:`remark_cut`) and whether a piece is a goal of the
writer's own (:func:`writer_goal_told`); ``WholeTextRewrites._wish_remarked`` (whole_text.py)
judges, rewrites and keeps the first candidate that passes A and shows no seam.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.reserved import ReservationCut

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Fewest words of the wish before a remark cut inside its sentence ('My lead wants me to X').
_WISH_WORDS = 5
#: Dependencies of a verb's object or of a phrase that places its act ('sit with Mia').
_COMPLEMENTS = frozenset({"obj", "dobj", "obl", "prep"})
#: Dependencies of a verb that is itself a subject ('*speaking* to strangers is ...').
_CLAUSAL_SUBJECTS = frozenset({"csubj", "nsubj"})
#: Dependencies of a verb's subject.
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
#: Dependencies by which a verb hangs on the verb whose subject it shares.
_SHARED = frozenset({"xcomp", "conj"})
#: Dependencies a verb has that name nothing it acts on ('so *we* *will* see').
_BARE = frozenset({"nsubj", "aux", "advmod", "punct", "cc", "mark", "expl", "compound:prt"})
#: Dependencies by which an infinitive hangs on an adjective ('good enough *to lead*').
_STATE_COMPLEMENTS = frozenset({"advcl", "xcomp", "acl", "ccomp"})


def remark_cuts(text: str, first_end: int, style: RewriteStyle) -> list[ReservationCut]:
    """Where the writer's remark may start after the wish that opens ``text`` (whose first
    sentence ends at ``first_end``): at a contrast inside the first sentence ('..., but
    I've only ever taught kids'), then at the end of the first sentence. Each cut is told
    as a mild reservation (reserved.py), the wish a sentence of its own."""
    first = text[:first_end]
    contrasts = "|".join(re.escape(c) for c in style.reservation_contrasts)
    at = [m.start(1) for m in re.finditer(rf"(?:,|\s)\s*({contrasts})\s", first, re.I)]
    cuts = []
    for n in (*at, first_end) if contrasts else (first_end,):
        wish = text[:n].strip().rstrip(" ,;")
        rest = text[n:].strip()
        if not rest or len(re.findall(r"\w+", wish)) < _WISH_WORDS:
            continue
        wish = wish if wish.endswith((".", "!", "?")) else f"{wish}."
        cuts.append(
            ReservationCut(wish=wish, reservation=rest, at=text.find(rest, n), objects=False)
        )
    return cuts


def writer_goal_told(sentence: Goal, ctx: RuleContext) -> bool:
    """Does ``sentence`` (a piece after another's wish, parsed on its own) tell a goal of
    the writer's own: a verb in the present or the future, not negated, not inside an
    indirect question, whose subject is the writer (or left out), with a noun as its
    object or a phrase that places it ('Ik wil ook de cursus EHBO doen', 'I want to sit
    with Mia for a few shifts first')?
    An opinion ('I think the course is only in Dutch'), what a state is about ('not good
    enough to lead the team'), a past ('I've only ever taught kids'), a pointer back ('ik ga
    het proberen') or a feeling is none. Without a parse: yes (no remark can be told)."""
    doc = sentence.doc
    if doc is None:
        return True
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    opinions = {w.lower() for w in ctx.pack.words("opinion_verbs")}
    negations = {w.lower() for w in ctx.pack.words("negation_particles")}
    asking = {
        w.lower() for key in ("question_words", "place_question_words") for w in ctx.pack.words(key)
    }
    # 'ik ga het proberen', "I'll try": a trial, never the writer's act with an object
    trial = {n for m in ctx.find(sentence, "hedges") for n in range(m.token_start, m.token_end)}
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in opinions or _past(verb):
            continue
        if (
            verb.i in trial
            or verb.dep_ in _CLAUSAL_SUBJECTS
            or not any(_complement(c) and c.i not in trial for c in verb.children)
        ):
            continue  # 'speaking in front of a room is ...': an act named, no one's step
        chain = _governing(verb)
        if _state_complement(chain):
            continue
        if any(c.lower_ in negations for v in chain for c in v.children):
            continue
        if any(c.lower_ in asking and c.i < verb.i for c in verb.subtree):
            continue  # 'not sure where to start': an indirect question, no act
        subject = next((c for v in chain for c in v.children if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.lower_ in writer:
            return True
    return False


def denied(sentence: Goal, ctx: RuleContext) -> bool:
    """Does ``sentence`` deny its own main verb, with the writer as subject ('Ik weet echt
    niet waar ik moet beginnen', "I don't know where to start", 'ik snap het niet'), or tell
    a verb with nothing to act on or place it ("so we'll see", 'dat zien we dan wel')? A
    lack or a wait told beside another's aim, no step the writer takes toward it."""
    doc = sentence.doc
    if doc is None:
        return False
    verbs = [t for t in doc if t.dep_ == "ROOT" and t.pos_ == "VERB"]
    if verbs and all(not any(c.dep_ not in _BARE for c in v.children) for v in verbs):
        return True
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    negations = {w.lower() for w in ctx.pack.words("negation_particles")}
    for root in (t for t in doc if t.dep_ == "ROOT"):
        said = list(root.children)
        subject = next((c for c in said if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.lower_ in writer:
            return any(c.lower_ in negations for c in said)
    return False


def only_state(sentence: Goal) -> bool:
    """Does ``sentence`` only tell a state, no act: a copula and no verb ('Ik ben meer een
    denker dan een prater', "I'm a bit nervous about it")? A verb the tagger missed after a
    modal ('ik moet klanten ... aanbieden') is no state."""
    doc = sentence.doc
    if doc is None or any(t.pos_ == "VERB" for t in doc):
        return False
    return any(t.dep_ == "cop" for t in doc) and not any(
        t.dep_ == "aux" and t.head.dep_ != "cop" for t in doc
    )


def _complement(word: Token) -> bool:
    """Is ``word`` a noun the verb acts on: its object, or a phrase opened by a preposition
    ('with *Mia*'; not 'but no *idea*', which the parser may hang on the verb)?"""
    if word.dep_ not in _COMPLEMENTS or word.pos_ not in ("NOUN", "PROPN"):
        return False
    return word.dep_ in ("obj", "dobj") or any(c.dep_ in ("case", "prep") for c in word.children)


def _governing(verb: Token) -> list[Token]:
    """``verb`` and the verbs it hangs on whose subject it shares ('I want to *do*': 'want')."""
    chain = [verb]
    while chain[-1].dep_ in _SHARED and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    return chain


def _state_complement(chain: list[Token]) -> bool:
    """Does the verb of ``chain`` complete an adjective ('my Dutch is not good enough to
    *lead* the team', "I'm too nervous to *present*", 'te onzeker om te *presenteren*')? It
    tells what a state is about, no act of anyone's."""
    last = chain[-1]
    return last.dep_ in _STATE_COMPLEMENTS and last.head.pos_ == "ADJ" and last.head is not last


def _past(verb: Token) -> bool:
    """Is ``verb`` told in the past (a past tense or a participle, 'taught', 'lesgegeven')?"""
    return "Past" in verb.morph.get("Tense", []) or "Part" in verb.morph.get("VerbForm", [])
