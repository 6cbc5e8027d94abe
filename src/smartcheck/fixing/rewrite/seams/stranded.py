"""Words a cut left behind without what they need: a preposition without its object, a clause
word where the commitment's verb should stand, a verb's own preposition or reflexive pronoun
beside the placeholder that took the verb's place.

Each reads whole to a measure that only counts the writer's words ("... burn out again
like.", "By [date], how it affects ...", "ga ik [concreet gedrag] met mijn grenzen"), so
each is looked for here, on the text and the goal's words (the small parsers misread the
broken sentence itself).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.chat_tags import without_chat_tags
from smartcheck.fixing.rewrite.forms import form_label_spans
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.lexicon import own_spans

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*|\[[^\[\]]+\]|\d+|[,.;:!?]")
_CLAUSE_END = frozenset(",.;:!?")
#: the words besides prepositions that open what follows them: the marker of an infinitive
#: or a clause ('to', 'om', 'that') and a coordinator ('and', 'en'), by relation and by their
#: closed word class (the small parsers also call a noun a marker: 'the course if possible')
_OPENING = frozenset({"mark", "cc"})
_FUNCTION_WORDS = frozenset({"SCONJ", "CCONJ", "PART", "ADP"})


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def stranded_preposition(
    candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """A word that governed an object in the goal ('like *last year*', 'met *de klant*')
    ends a clause of the rewrite ('... burn out again like.'): its object was cut out. A
    word that ends a clause in the goal too ('follow up.', 'ik neem het mee.', 'werk ik de
    lijst *bij* en ...', before a coordinator) is left alone: it is a particle there."""
    if goal.doc is None:
        return []
    governing = {
        t.lower_
        for t in goal.doc
        if t.is_alpha
        and t.dep_ != "compound:prt"
        and (t.dep_ == "case" or _opens(t) or t.lower_ in style.prepositions)
    }
    # a marker before a coordinator still opens what follows ('to also work on'), and the
    # Dutch 'om' that marks an infinitive in the goal is no particle ('om ook X te doen')
    markers = {t.lower_ for t in goal.doc if _opens(t)}
    if style.word_order == "v2":  # a Dutch particle ends its clause ('rond ik de cursus af')
        governing -= {w.lower() for w in ctx.pack.words("separable_particles")} - markers
    joins = {w.lower() for w in ctx.pack.words("coordinators") if " " not in w}
    told = without_chat_tags(goal.text, style) or goal.text  # 'the course tbh': it ends there
    written = _words(_fields_apart(told, style))
    ending = {
        w
        for w, nxt in zip(written, [*written[1:], "."], strict=True)
        if nxt in _CLAUSE_END or (nxt in joins and w not in markers)
    }
    words = _words(_fields_apart(candidate, style))  # 'By when: [date]' is a label
    return [
        Seam("dangling", f"{word!r} lost its object", (word,))
        for word, nxt in zip(words, [*words[1:], "."], strict=True)
        if nxt in _CLAUSE_END - {":"} and word in governing - ending  # 'focus on: X' opens
    ]


def _opens(token: Token) -> bool:
    return token.dep_ in _OPENING and token.pos_ in _FUNCTION_WORDS


def _fields_apart(text: str, style: RewriteStyle) -> str:
    """``text`` with a form's labels read as the ends of its fields ('a first aid course
    When: autumn'): the word before a label ends the field's value, no object follows it."""
    for start, end in reversed(form_label_spans(text, style)):
        text = f"{text[:start]} . {text[end:]}"
    return text


def opener_without_verb(
    candidate: str, ctx: RuleContext, style: RewriteStyle, written: str = ""
) -> list[Seam]:
    """The deadline's frame or the commitment followed by a word that opens a dependent
    clause ('By [date], how it affects ...', 'By [date], so, I don't ...', 'I will so I
    don't ...'), or the infinitive's marker ('I will to [concrete behaviour]'): a piece of
    the goal that was no goal of its own put where the writer's verb should stand. After a
    Dutch commitment a question word may open the object clause ('ga ik wat ik leerde
    toepassen'), so there only a clause's conjunction counts. Three words the writer wrote
    themselves ('Nu ga ik te snel mee': 'te' as 'too') are theirs, no lost verb."""
    clause_ends = {w.lower() for w in style.clause_ends}
    questions = {w.lower() for w in ctx.pack.words("question_words")}
    openers = clause_ends | questions
    words = [w for w in _words(candidate) if w != ","]
    date = style.placeholders.date.lower()
    deadline = _words(style.frames.deadline.format(date=date))
    seams = []
    if deadline and words[: len(deadline)] == deadline and len(words) > len(deadline):
        word = words[len(deadline)]
        if word in openers:
            seams.append(Seam("lost_verb", f"{word!r} right after the deadline", (word,)))
    v2 = style.word_order == "v2"
    after_commitment = clause_ends if v2 else openers
    # the infinitive's marker that goes right before its verb ('to', 'te'; not Dutch 'om',
    # which also says when: 'ga ik om 8 uur'): 'I will to [concrete behaviour]'
    after_commitment = after_commitment | set(style.infinitive_markers[-1:])
    pairs = {(s, a) for s, a in style.subjects.items()} | {
        (a, s) for s, a in style.subjects.items()
    }
    own = [w for w in _words(written) if w != ","]
    own_triples = set(zip(own, own[1:], own[2:], strict=False))
    for n in range(len(words) - 2):
        if tuple(words[n : n + 3]) in own_triples:
            continue
        if (words[n], words[n + 1]) in pairs and words[n + 2] in after_commitment:
            word = words[n + 2]
            seams.append(Seam("lost_verb", f"{word!r} right after the commitment", (word,)))
    return seams


def left_with_placeholder(
    candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """The behaviour placeholder took the place of a vague verb but kept that verb's own
    words: its preposition after it ('beter omgaan *met* mijn grenzen' -> 'ga ik [concreet
    gedrag] met mijn grenzen', 'deal with' -> '[concrete behaviour] with') or its reflexive
    pronoun before it ('me verder verdiepen' -> 'voor me verder [concreet gedrag]'). The
    preposition is the verb's when it is part of the vague phrase or follows its verb
    directly; the placeholder, a whole verb phrase, takes neither, except a preposition that
    names the field or topic of any behaviour (the pack's ``topic_prepositions``: 'in',
    'about')."""
    behaviour = style.placeholders.behaviour.lower()
    words = _words(candidate)
    if behaviour not in words or goal.doc is None:
        return []
    present = set(words)
    reflexive = {w.lower() for w in ctx.pack.words("reflexive_pronouns")}
    copular = {w.lower() for w in ctx.pack.words("copular_verbs")}
    stranded_after: set[str] = set()
    stranded_before: set[str] = set()
    doc = goal.doc
    for match in ctx.find(goal, "vague_outcome"):
        own = own_spans(match, goal.doc)
        inside = [
            t
            for t in doc[match.token_start : match.token_end]
            if (t.idx, t.idx + len(t.text)) in own or " & " not in match.entry
        ]
        verbs = [t for t in inside if t.pos_ not in ("ADJ", "ADV", "ADP", "PRON", "DET")]
        if not verbs or any(t.lower_ in present for t in verbs):
            continue  # the verb is still there: its words are its own
        if all(t.lemma_.lower() in copular or t.lower_ in copular for t in verbs):
            continue  # 'beter worden *op* de trompet': the comparison's domain, as 'better at'
        after = next((t for t in doc[match.token_end :] if not t.is_space), None)
        last = inside[-1]
        governed = {t.lower_ for t in inside if t.lower_ in style.prepositions}
        if governed:
            stranded_after |= governed  # 'verdiepen in', 'work on', 'deal with & better'
        elif after is not None and after.lower_ in style.prepositions and last.pos_ != "ADJ":
            # 'omgaan met', 'deal with'; after the comparative ('get better *with* Amadeus')
            # the preposition is the comparison's, which the frame keeps as a domain
            stranded_after.add(after.lower_)
        stranded_after -= style.topic_prepositions  # '[concreet gedrag] in rigging'
        near = doc[max(match.token_start - 3, 0) : match.token_end]
        stranded_before |= {t.lower_ for t in near if t.lower_ in reflexive}
    seams = []
    for n, word in enumerate(words):
        if word != behaviour:
            continue
        nxt = words[n + 1] if n + 1 < len(words) else ""
        if nxt in stranded_after:
            seams.append(Seam("dangling", f"{nxt!r} without its verb", (nxt,)))
        before = [w for w in words[max(n - 3, 0) : n] if w in stranded_before]
        seams += [Seam("dangling", f"{w!r} without its verb", (w,)) for w in before]
    return seams
