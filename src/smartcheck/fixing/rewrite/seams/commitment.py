"""Where the writer's commitment lands.

The frames put 'I will' / 'ga ik' (or the own part's 'zorg ervoor dat') on the goal's verb.
Put on the wrong thing, the rewrite commits the writer to someone else's opinion or wish, a
state, a noun, a relative or a subordinate clause, or leaves the behaviour outside the main
clause.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.forms import form_label_spans
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.phrases import frame_words
from smartcheck.fixing.rewrite.seams.segments import clause_follows
from smartcheck.fixing.rewrite.seams.tokens import (
    SUBJECT_DEPS,
    after_first,
    dictionary_verb,
    inflects_as_verb,
    is_finite,
    named_object,
)
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import has_gerund, verb_like
from smartcheck.reading.pipeline import has_regular_past, known_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.configuration.grammar import Grammar
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def voice_cut(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """'By [date], my manager says, I will log ...': another person's verb of saying or
    opinion (the pack's ``voice_verbs``) cut by a comma from the writer's clause it framed,
    which now opens with the writer's subject: neither clause reads whole. The writer's own
    'I think, I ...' and a goal written that way are left alone."""
    if not style.voice_verbs:
        return []
    written = goal.text.lower()
    tokens = list(doc)
    for before, verb, comma, subject in zip(
        tokens, tokens[1:], tokens[2:], tokens[3:], strict=False
    ):
        voiced = verb.lemma_.lower() in style.voice_verbs or verb.lower_ in style.voice_verbs
        if not voiced or comma.text != "," or subject.lower_ not in style.subjects:
            continue
        if before.lower_ in style.subjects or f"{verb.lower_}, {subject.lower_}" in written:
            continue
        return [Seam("dangling", f"{verb.text!r} cut from its clause by a comma", (verb.lower_,))]
    return []


def voice_committed(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """Someone else's opinion or wish made the writer's commitment ('ga ik mijn collega's
    vinden dat ik ...', 'I will make sure that the director feels that ...'): a verb of
    opinion, wish or saying (the pack's ``voice_verbs``) whose subject in the goal is another
    person stands after the writer's committed auxiliary or inside the own-part frame, with
    no clause boundary between; its clause may open without 'that' ('My manager says my
    reports are too long'). Their words kept as the reason ('..., zoals mijn
    leidinggevende vindt') follow a comma and are whole. Their frame with the rewrite's own
    date in the writer's clause ('Mijn teamleider wil dat ik vóór [datum] ...') is this
    module's concern no more: seams/framed_date.py refuses it (session 30)."""
    original = goal.doc
    if original is None or not style.voice_verbs:
        return []
    frame = frame_words(style.frames.own_part)[-2:]  # 'ervoor dat', 'sure that'
    opens = {*frame[-1:], *style.subjects, *style.object_pronouns}
    framing = [  # a verb that frames a clause ('vindt dat ...'), not one of the goal's own
        t  # ('dat mijn team vaker feedback vraagt')
        for t in original[:-1]
        if t.lemma_.lower() in style.voice_verbs
        and (t.nbor(1).lower_ in opens or any(c.dep_ == "ccomp" for c in t.children))
        and any(
            c.dep_ in SUBJECT_DEPS
            and c.pos_ in ("NOUN", "PROPN")
            and c.lower_ not in style.subjects
            for c in t.children
        )
    ]
    # the same verb in the writer's own clause ('zegt dat ik vaker iets moet *zeggen*') is
    # theirs to commit to
    own = {t.lemma_.lower() for t in original if t.pos_ in ("VERB", "AUX") and t not in framing}
    voiced = {t.lemma_.lower() for t in framing} - own
    if not voiced:
        return []
    committed = set(style.subjects.values())
    seams: list[Seam] = []
    for t in doc:
        if t.lemma_.lower() not in voiced and t.lower_ not in voiced:
            continue
        for u in reversed(doc[t.sent.start : t.i]):
            if u.is_punct:
                break
            framed = (
                len(frame) == 2
                and u.lower_ == frame[1]
                and u.i > 0
                and u.nbor(-1).lower_ == frame[0]
            )
            if framed or (u.lower_ in committed and is_finite(u)):
                seams.append(
                    Seam("contradiction", f"{t.text!r}, someone else's, committed to", (t.lower_,))
                )
                break
            if u.pos_ == "SCONJ":
                break
    return seams


def imperative_after_front(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """English: a fronted phrase and then a bare verb ('By [date], listen better to ...'):
    the frame's subject and 'will' are missing, the rewrite reads as an order."""
    if style.word_order == "v2" or len(doc) < 3 or doc[0].pos_ != "ADP":
        return []
    comma = next((t for t in doc[1:] if t.text == ","), None)
    if comma is None or comma.i + 1 >= len(doc):
        return []
    verb = comma.nbor(1)
    while verb.lower_ in style.negations and verb.i + 1 < len(doc):
        verb = verb.nbor(1)  # 'By [date], not forget ...': the negated order too
    # the small tagger may call a goal's opening verb an adjective ('communicate better')
    misread = verb.tag_ == "JJ" and verb.is_alpha and has_regular_past(verb.lower_)
    if verb.is_lower and (verb.tag_ == "VB" or dictionary_verb(verb) or misread):
        return [Seam("lost_tense", f"no subject before {verb.text!r}", ("imperative",))]
    return []


#: Words that may stand between 'will' (or 'in order to') and its verb.
_BEFORE_VERB_POS = frozenset({"ADV", "PART"})


def no_verb_after_commitment(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """English: 'will' or the purpose's 'to' followed by the goal's noun phrase, not a verb
    ('I will documentation, on-call and ...', 'in order to candidate experience'): a
    verbless goal put in a verb's place. The tagger calls any word there a verb, so the
    word must be one the goal has as no verb and the dictionary knows no verb form of."""
    if style.word_order == "v2" or style.frames.purpose is None or goal.doc is None:
        return []
    # a goal's first word (or the first after a label) is often an imperative the tagger
    # calls a noun or a name ('Increase RevPAR', 'Focus: learn SQL'): only the dictionary
    # says it is no verb
    tagged = [t for t in goal.doc if t.i > 0 and not t.nbor(-1).is_punct]
    # so is the first word after adverbs that open the line ('Never again *lose* track of')
    tagged = [t for t in tagged if any(u.pos_ != "ADV" for u in t.sent[: t.i - t.sent.start])]
    nouns = {t.lower_ for t in goal.doc if t.pos_ not in ("VERB", "AUX")}
    nouns -= {t.lower_ for t in goal.doc if t.pos_ in ("VERB", "AUX")}
    # the goal's noun before a noun ('member retention'): a noun phrase, whatever the
    # dictionary knows of its first word as a verb
    pairs = {
        (a.lower_, b.lower_)
        for a, b in pairwise(tagged)
        if a.pos_ in ("NOUN", "ADJ") and b.pos_ in ("NOUN", "PROPN")
    }
    # a comparative before a noun opens a noun phrase wherever it stands ('Lab: *better
    # communication* with production'): no imperative
    pairs |= {
        (a.lower_, b.lower_)
        for a, b in pairwise(goal.doc)
        if a.tag_ == "JJR" and b.pos_ in ("NOUN", "PROPN")
    }
    commit = {*style.subjects.values(), "'ll"}
    purpose = style.frames.purpose.split("{clause}")[0].split()
    seams = []
    for t in doc:
        committed = t.lower_ in commit and t.i > 0 and t.nbor(-1).lower_ in style.subjects
        start = t.i - len(purpose) + 1
        marked = (
            bool(purpose) and start >= 0 and doc[start : t.i + 1].text.lower() == " ".join(purpose)
        )
        if not (committed or marked):
            continue
        nxt = next(
            (
                u
                for u in doc[t.i + 1 :]
                if (u.pos_ not in _BEFORE_VERB_POS and u.lower_ not in style.adverbs_before_verb)
                or dictionary_verb(u)
            ),
            None,
        )  # 'will listen better': the small tagger calls 'listen' an adverb; 'will first take'
        if nxt is None or nxt.lower_ not in nouns or after_first(nxt, style.adverbs_before_verb):
            continue
        if named_object(nxt):
            continue  # 'will shadow Priya': a verb before a name, whatever the goal's tagger said
        after = doc[nxt.i + 1].lower_ if nxt.i + 1 < len(doc) else ""
        if nxt.tag_ in ("JJR", "RBR") and (nxt.lower_, after) not in pairs:
            continue  # 'will better understand'; the goal's 'better communication' is no verb
        if (nxt.lower_, after) in pairs or not inflects_as_verb(nxt):
            seams.append(
                Seam("lost_verb", f"no verb after {t.text!r}: {nxt.text!r}", (nxt.lower_,))
            )
    return seams


_RELATIVE_DEPS = frozenset({"acl:relcl", "relcl", "acl"})


def committed_relative(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """The commitment put on the verb of a clause that described a noun of the goal ('no
    errors in anything we send' -> '..., in anything, we will send'): the rewrite cut the
    clause from its noun with a comma and made it the goal."""
    if goal.doc is None:
        return []
    commit = commitment_words(style)
    seams = []
    for verb in goal.doc:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if verb.dep_ not in _RELATIVE_DEPS or subject is None or subject.i == 0:
            continue
        noun = goal.doc[subject.i - 1]
        if noun.is_punct or any(e.start <= noun.idx < e.end for e in goal.deadlines):
            continue  # 'Every week I call ...': a fronted time, no noun the clause describes
        if "," not in goal.text[: noun.idx]:
            continue  # 'As an agent at the gate I ...', 'Every sprint I ...': a front the
            # tagger may hang the main clause on, not a noun the clause describes
        seams += [
            Seam("dangling", f"{verb.text!r} cut from {noun.text!r}", (verb.lower_,))
            for t in doc
            if t.lower_ in commit
            and t.i >= 3
            and [u.lower_ for u in doc[t.i - 3 : t.i]] == [noun.lower_, ",", subject.lower_]
        ]
    return seams


def others_after_commitment(
    doc: Doc, goal: Goal, style: RewriteStyle, grammar: Grammar
) -> list[Seam]:
    """The writer's committed verb put before the people the goal is about ('I will team
    leads hold', 'I will managers train'): the word right after 'I will' is the subject of
    the goal's own clause. A verb of the writer's in between ('I will help team leads hold')
    is whole. Verb-second languages put the object there ('Ik ga klanten bellen'): not them.
    """
    original = goal.doc
    if original is None or style.word_order == "v2":
        return []
    others = set()
    # a field's first word after a form's label opens its value ('Objective: *mentor* the
    # new ...'): an imperative the parse of the glued fields may call a subject
    spans = form_label_spans(goal.text, style)
    opening = {
        end + len(original.text[end:]) - len(original.text[end:].lstrip()) for _, end in spans
    }
    changes = frozenset(c.lower() for c in style.count_changes)
    for t in original:
        if t.idx in opening:
            continue
        if t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and _of_a_verb(t, changes):
            if _imperative_misread(t, style, grammar):
                continue
            modifiers = ("compound", "amod", "nmod:poss")  # 'shift supervisors', 'our interns'
            # not a verb hung on it ('*Learn* SQL so I ...': the imperative, no people)
            named = (c for c in t.lefts if c.dep_ in modifiers and c.pos_ != "VERB")
            others |= {t.lower_} | {c.lower_ for c in named}
    committed = set(style.subjects.values())
    seams: list[Seam] = []
    for t in doc[1:-1]:
        if t.lower_ in committed and t.nbor(-1).lower_ in style.subjects:
            nxt = t.nbor(1)
            if nxt.lower_ in others:
                seams.append(Seam("word_order", f"{nxt.text!r} right after {t.text!r}", ("subj",)))
    return seams


def _imperative_misread(subject: Token, style: RewriteStyle, grammar: Grammar) -> bool:
    """The goal's opening verb read as the subject of its plural object ('*Deliver* reports
    faster': 'reports' taken for a verb in -s): an imperative line, no people acting."""
    first = subject.i == 0 and subject.head.i == 1
    return first and opens_imperative_misread(subject.doc, style, grammar)


def opens_imperative_misread(doc: Doc, style: RewriteStyle, grammar: Grammar) -> bool:
    """An English line opened by a verb the tagger took for a noun before its plural object
    ('*Deliver* reports faster', '*Answer* emails within a day'): the opening word is a verb
    by the dictionary (:func:`verb_like`, :func:`has_gerund`), the word after it a
    dictionary plural of a noun, and no other verb in the line."""
    if len(doc) < 2 or doc[0].pos_ not in ("NOUN", "PROPN") or style.word_order == "v2":
        return False
    after = doc[1].lower_
    ending = next((e for e in style.plural_endings if after.endswith(e)), None)
    first = doc[0].lower_
    if first in style.amount_verbs:
        return False  # 'Less mistakes with ...': a comparative of amount, never a verb
    if ending is None or not verb_like(first, "en", style) or not has_gerund(first, "en", grammar):
        return False  # 'Management wants', 'Customer complaints': no verb of the writer's
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in _MODIFIERS for t in doc[2:]):
        return False  # 'Market appraisals -- work on ...': the line has its verb elsewhere
    if any(t.dep_ == "ROOT" for t in doc[2:]):
        return False  # 'Guitar setups learn': the line's head after the object is its verb
    return known_word(after[: -len(ending)], "en")


#: Dependencies of a verb form that only modifies a noun ('one *working* day').
_MODIFIERS = frozenset({"amod", "compound", "acl"})


def imperative_as_noun(doc: Doc, goal: Goal, style: RewriteStyle, grammar: Grammar) -> list[Seam]:
    """The goal's opening verb kept as a noun ('I will [concrete behaviour] for *answer
    emails*' from 'Answer emails within one working day'): where the goal's first two words
    stand in the candidate, the word before them commits or marks an infinitive ('will',
    'to'), else the verb lost its place."""
    original = goal.doc
    if original is None or not opens_imperative_misread(original, style, grammar):
        return []
    first, second = original[0].lower_, original[1].lower_
    takers = {*(w.lower() for w in style.subjects.values()), "to"}
    for t in doc[:-1]:
        placed = t.i > 0 and t.nbor(-1).lower_ in takers
        if t.lower_ == first and t.nbor(1).lower_ == second and not placed:
            return [Seam("word_order", f"the verb {t.text!r} kept as a noun", ("subj",))]
    return []


def _of_a_verb(subject: Token, changes: frozenset[str] = frozenset()) -> bool:
    """Not the goal's opening word hung as a subject on a noun ('*Reduce* the number of
    stops ...': an imperative the parse read as a name, no people acting), nor on anything
    when it is one of the pack's verbs of change (``count_changes``: '*Reduce* failed builds
    ...', the participle read as its verb): no people are called 'reduce'."""
    misread = subject.i == 0 and subject.head != subject
    if misread and subject.lower_ in changes:
        return False
    return not (misread and subject.head.pos_ in ("NOUN", "PROPN"))


def behaviour_outside_main(
    doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """The behaviour the frame asks for belongs to the main clause, not after a comma or
    inside someone else's clause ('..., zeg maar [concreet gedrag]')."""
    filler = style.seam_fillers.get("behaviour", "").lower()
    if not filler or filler in goal.text.lower():
        return []
    state = 0  # 0: before the main clause's verb, 1: inside the main clause, 2: after it
    inner = False  # inside a clause that a relative word or subordinator opened
    openers = {w.lower() for w in style.relativizers}
    roles = set(ctx.pack.words("predicative_markers"))  # 'als teamleider' opens no clause
    pronouns = set(ctx.pack.words("subject_pronouns"))
    for token in doc:
        if token.text in ".!?" and _sentence_follows(token):
            state, inner = 0, False  # a sentence of its own (context kept): its own clause
            continue
        if token.is_punct and token.text in ",;:.":
            state = 2 if state == 1 else state
            inner = False
            continue
        opens = token.pos_ == "SCONJ" or token.lower_ in openers
        if opens and token.lower_ in roles and not clause_follows(token, pronouns):
            opens = False
        if state == 1 and opens:
            inner = True  # 'ga ik ... documenteren wat ik [gedrag] ...'
        elif inner and token.lower_ != filler and _inner_verb(token, pronouns):
            inner = False  # the inner clause has its verb: 'waarop ik communiceer [gedrag]'
        if state == 0 and is_finite(token) and not _in_date(token):
            state = 1
        if token.lower_ == filler and (state == 2 or inner):
            before = doc[token.i - 1] if token.i > 0 else None
            if before is not None and before.lower_ in style.infinitive_markers:
                continue  # a purpose clause of its own: 'om te oefenen'
            if _in_learning_result(doc, token.idx, filler, style):
                continue
            return [Seam("word_order", "the behaviour stands outside the main clause", ("beh",))]
    return []


def _in_date(token: Token) -> bool:
    """A month before a year ('By 23 May 2027', 'By May 2027'), which the tagger may read as
    the modal 'may': no verb of the main clause. A verb after a year ('Vóór 1 juni 2027 ga
    ik') is one."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    opening = token.i == 0 or bool(token.is_sent_start)  # 'Haal 3 ...' is a verb
    return not opening and after is not None and after.like_num and token.text.istitle()


def _inner_verb(token: Token, pronouns: set[str]) -> bool:
    """The verb of a clause inside the main one: tagged so, or the content word right after
    its subject pronoun, which the tagger may call a noun ('waarop ik communiceer')."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    after_subject = token.i > 0 and token.nbor(-1).lower_ in pronouns
    closed = ("DET", "ADP", "ADV", "PRON", "NUM", "PUNCT", "CCONJ", "SCONJ", "PART")
    return after_subject and token.is_alpha and token.pos_ not in closed


def _sentence_follows(token: Token) -> bool:
    """A new sentence opens after ``token``: a capital follows (not 'bv.' inside one)."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.text[:1].isupper()


def _in_learning_result(doc: Doc, at: int, filler: str, style: RewriteStyle) -> bool:
    """The behaviour stands in the result clause a learning goal asks for, the pack's
    ``learning_result`` at the very end of the sentence (', zodat ik [concreet gedrag] kan';
    see learning.py), not in a clause of someone else's or mid-sentence."""
    frame = style.frames.learning_result
    if frame is None:
        return False
    result = frame.format(behaviour=filler).strip(" ,").lower()
    end = re.search(r"[.!?](\s|$)", doc.text[at:])  # the sentence's end: context may follow
    text = doc.text[: at + end.start() if end else len(doc.text)].rstrip(" .!").lower()
    start = len(text) - len(result)
    return text.endswith(result) and start <= at < len(text)


def plural_writer(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A frame's verb for one writer next to a plural writer ('zorg wij ervoor', 'we ga'):
    the frames' singular verbs are the default subject's auxiliary and the own part's verb,
    the plural writers the subjects whose auxiliary differs."""
    mine = style.subjects.get(style.default_subject.lower())
    if mine is None or style.frames.own_part is None:
        return []
    singular = {mine, style.frames.own_part.split()[0].lower()}
    plural = {s for s, aux in style.subjects.items() if aux != mine}
    for t, nxt in pairwise(doc):
        pair = {t.lower_, nxt.lower_}
        if pair & singular and pair & plural and t.lower_ != nxt.lower_:
            return [Seam("lost_tense", f"{t.text} {nxt.text}: the verb does not agree", ("agr",))]
    return []


def state_committed(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """Dutch: the writer's commitment put on a state told in the passive ('Vóór [datum] ga ik
    alle schappen ... zijn aangevuld'): what the goal said of the shelves became what the
    writer 'goes' to be. The own part says it ('zorg ik ervoor dat ... zijn aangevuld')."""
    if style.word_order != "v2":
        return []
    aux = {a.lower() for a in style.subjects.values()}
    me = {s.lower() for s in style.subjects}
    at = next(
        (b.i for a, b in pairwise(doc) if {a.lower_, b.lower_} & aux and {a.lower_, b.lower_} & me),
        None,
    )
    thats = {c.lower() for c in style.relativizers} | {"dat"}
    if at is None or any(t.lower_ in thats for t in doc):
        return []  # 'zorg ik ervoor dat ... zijn aangevuld': the own part's clause
    # the passive auxiliaries and the copula of a state ('zijn aangevuld')
    passive = {p.lower() for p in ctx.pack.words("passive_auxiliaries")} | {"zijn"}
    rest = list(doc[at + 1 :])
    end = next(
        (n for n, t in enumerate(rest) if t.pos_ == "SCONJ" or t.text in ",;:.!?"), len(rest)
    )
    rest = rest[:end]  # the main clause: 'zodat ik ... kan worden ingezet' is another, and
    # so is a sentence after it ('... afronden. Is wel zwaar naast de ploegendienst.')
    state = next((t for t in rest if t.lemma_.lower() in passive or t.lower_ in passive), None)
    participle = next(  # a participle as a verb, not before its noun ('een erkend bedrijf')
        (
            t
            for t in rest
            if "Part" in t.morph.get("VerbForm", [])
            and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN", "ADJ"))
        ),
        None,
    )
    if state is not None and participle is not None:
        detail = f"the writer committed to the state '{state.text} ... {participle.text}'"
        return [Seam("lost_verb", detail)]
    return []


def others_wish_kept(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A wish that others act left as the main clause ('By [date], management wants the
    team to ...', 'By [date], I want the team to ...', 'wil ik dat het team ...'): the
    rewrite dated a wish, not the writer's part. The wish in a credit ('..., as my manager
    wants') is no main clause."""
    for t in doc:
        if t.dep_ != "ROOT" or t.lemma_.lower() not in style.wanting_verbs:
            continue
        markers = {m.lower() for m in style.infinitive_markers}
        writer = {w.lower() for w in (*style.subjects, *style.object_pronouns)}
        obj = next(  # 'expects me to ...': the wish is for the writer, no others
            (c for c in t.children if c.dep_ in ("obj", "dobj") and c.lower_ not in writer),
            None,
        )
        # 'wants the team to cut ...': the object, then its infinitive, which hangs on the
        # wish ('I want that too, but my Dutch is not good enough *to lead* ...' has none)
        wanted = obj is not None and any(
            u.lower_ in markers
            and u.i + 1 < len(doc)
            and doc[u.i + 1].pos_ == "VERB"
            and doc[u.i + 1].head in (t, obj)
            for u in doc[obj.i + 1 :]
        )
        others = wanted or any(  # 'wil dat het team ...', not 'wil dat ik ...'
            c.dep_ == "ccomp"
            and any(m.dep_ == "mark" and m.pos_ != "PRON" for m in c.children)
            and not any(m.dep_ in SUBJECT_DEPS and m.lower_ in writer for m in c.children)
            for c in t.children
        )
        if others:
            return [Seam("two_modals", f"the wish {t.text!r} that others act kept as the goal")]
    return []


def clause_after_commitment(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The commitment with a subordinate clause where its verb belongs ('Vóór [datum] ga ik
    omdat ik ...', 'I will because ...'), or a subordinator cut off by a comma ('because,
    I will'): the goal's own clause was framed around another."""
    openers = {w.lower() for w in ctx.pack.words("subordinators")} | set(style.reason_openers)
    aux = {a.lower() for a in style.subjects.values()}
    me = {s.lower() for s in style.subjects}
    for t in doc:
        if t.lower_ not in openers or t.i == 0:
            continue
        before = [x.lower_ for x in doc[max(t.i - 2, 0) : t.i]]
        committed = (bool(before) and before[-1] in aux) or (
            len(before) == 2 and before[0] in aux and before[1] in me
        )
        cut = t.i + 1 < len(doc) and doc[t.i + 1].text == "," and not _sluiced(doc, t, ctx)
        cut = cut and not closing_adverb(t)  # 'visiting each one at least once, with ...'
        cut = cut and doc[t.i - 1].lower_ not in style.articles  # 'for a while, with ...'
        if committed or cut:
            return [Seam("dangling", f"{t.text!r} where the commitment's verb belongs")]
    return []


def closing_adverb(word: Token) -> bool:
    """A subordinator's word used as an adverb that ends the clause before it ('visit each
    one at least *once*, with a colleague'): the parser hangs it on that earlier verb and no
    clause of its own follows."""
    return word.dep_ == "advmod" and word.head.i < word.i and word.head.pos_ in ("VERB", "AUX")


def _sluiced(doc: Doc, word: Token, ctx: RuleContext) -> bool:
    """A question word left alone after the writer's not knowing ('Weet nog niet wanneer,
    hangt af van ...', 'not sure when, depends on ...'; the pack's ``uncertain_remarks``):
    the question of a remark kept as written, no subordinator cut off from its clause."""
    before = doc.text[: word.idx].rstrip().lower()
    return any(
        before.endswith(phrase.lower())
        for phrase in ctx.pack.words("uncertain_remarks")
        if "&" not in phrase
    )
