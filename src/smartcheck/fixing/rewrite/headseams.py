"""Seams of a comparative phrase put where a verb belongs (used by seams/clauses.py).

A goal with no verb of its own ("Meer zelfvertrouwen", "More confident", "Minder piekeren")
breaks a frame that expects one, in shapes the tagger reads as whole: it calls the noun in
"ga ik meer zelfvertrouwen" and "om meer te zelfvertrouwen" an infinitive, and "confident" in
"I will more confident" a verb. The word class comes from wordclass.py (the dictionary
first), so these checks see what the tagger does not:

- a committed auxiliary whose clause has only a comparative and its noun or state, no verb
  ("ga ik meer zelfvertrouwen", "I will more confident", "I will fewer errors");
- a purpose 'te' before a word that can be no infinitive ("om meer te zelfvertrouwen");
- a change verb after a verb of the writer's ("ga ik piekeren verminderen", "... maken bij
  elke inspectie verminderen") or before a bare state ("I will increase confident");
- no bare verb where the verb comes first: "I will sleeping better", "in order to
  everything on time";
- a deadline inside a sentence with no verb at all ("Minder vertraging bij de overdracht
  ... vóór [datum], ..."): the phrase stayed verbless, and a date makes no goal of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.configuration.packs import RulePack
from smartcheck.fixing.rewrite.style import RewriteStyle, style_for
from smartcheck.fixing.rewrite.wordclass import (
    comparative_words,
    head_after,
    head_class,
    infinitive_evidence,
    is_comparative_form,
    verb_like,
)
from smartcheck.fixing.rewrite.words import Word, looks_infinitive_nl

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Tags of a word after 'zero' that make it a verb ('zero in on'), not a count of a noun.
_NOT_HEADS = frozenset({"ADP", "ADV", "PART", "PUNCT"})
#: What ends the stretch a committed auxiliary's verb must be found in.
_STOPS = frozenset(",;:.!?")


def word_of(token: Token) -> Word:
    """A parsed token as the rewrite's Word (tag, form, lemma), for wordclass.py."""
    forms = token.morph.get("VerbForm", [])
    finite = "Fin" in forms if token.pos_ in ("VERB", "AUX") else None
    return Word(
        token.text,
        token.idx,
        token.idx + len(token.text),
        token.lemma_.lower(),
        token.pos_,
        finite,
        verbform=forms[0] if forms else "",
    )


def lexical_verb(token: Token, ctx: RuleContext, style: RewriteStyle) -> bool:
    """The dictionary (or, for a word it does not know, the tagger) reads ``token`` as a
    verb: 'piekeren' in 'ga ik minder piekeren', which the tagger calls a noun."""
    lang = ctx.pack.lang
    return head_class(word_of(token), lang, ctx.pack.grammar, style) == "verb"


def verb_after_comparative(token: Token, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A form the dictionary knows a verb of right after a comparative the tagger calls a
    determiner ('ga ik meer *netwerken* met ...'): also a plural noun, but there it reads as
    the infinitive the comparative modifies."""
    if token.i == 0:
        return False
    before = token.nbor(-1).lower_
    if before not in {c.lower() for c in ctx.pack.words("comparatives") if " " not in c}:
        return False
    return bool(infinitive_evidence(token.lower_, ctx.pack.lang, ctx.pack.grammar, style))


def _may_be_verb(token: Token, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A verb by the tagger, or a form the dictionary knows a verb of ('vragen', which the
    tagger may call a plural noun)."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    lang, grammar = ctx.pack.lang, ctx.pack.grammar
    return bool(infinitive_evidence(token.lower_, lang, grammar, style))


def head_seams(
    doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[tuple[str, str, str]]:
    """(kind, detail, word) of each seam above in ``doc``, a parsed candidate."""
    seams: list[tuple[str, str, str]] = []
    seams += _comparative_for_verb(doc, goal, ctx, style)
    seams += _te_before_noun(doc, goal, ctx, style)
    seams += _no_bare_verb(doc, style)
    seams += _change_verb_misplaced(doc, ctx, style)
    seams += _dated_without_verb(doc, ctx, style)
    seams += _verb_as_topic_v2(doc, goal, ctx, style)
    return seams


def _verb_as_topic_v2(
    doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[tuple[str, str, str]]:
    """Verb final: the goal's own verb inside the domain frame's topic ('ga ik voor nog
    inschrijven voor de cursus [concreet gedrag]'): a verb phrase wrapped as a thing. A verb
    after an article is a noun made of it ('voor het plannen'). A form in -en the dictionary
    knows a verb of counts too ('Vrijwilligers bellen maandelijks ...': 'bellen' read as a
    noun)."""
    prefix = style.frames.domain.split("{topic}")[0].strip().lower()
    filler = style.seam_fillers.get("behaviour", "").lower()
    original = goal.doc
    if style.word_order != "v2" or not prefix or not filler or original is None:
        return []
    if not any(t.lower_ == filler for t in doc):
        return []  # no behaviour asked for: skip the dictionary lookups below
    ending = ctx.pack.grammar.infinitive_ending
    verbs = {
        t.lower_
        for t in original
        if _infinitive_form(t) or (t.lower_.endswith(ending) and _may_be_verb(t, ctx, style))
    }
    closed = style.articles | style.determiners
    seams: list[tuple[str, str, str]] = []
    stops = set(style.subjects) | set(style.subjects.values())
    for token in doc:
        if token.lower_ != filler:
            continue
        stretch: list[Token] = []
        for before in reversed(doc[: token.i]):
            if before.is_punct or before.lower_ in stops:
                break
            stretch.insert(0, before)
        opening = next((n for n, t in enumerate(stretch) if t.lower_ == prefix), None)
        for before in stretch[opening + 1 :] if opening is not None else ():
            prior = before.nbor(-1)
            if before.lower_ in verbs and prior.lower_ not in closed:
                detail = f"the verb {before.text!r} inside {prefix!r} ... {token.text!r}"
                seams.append(("word_order", detail, before.lower_))
                break
    return seams


def _infinitive_form(token: Token) -> bool:
    """Dutch: the goal's word is an infinitive, or a plural present the tagger read in a
    fragment without a subject ('Regelmatig overleggen met ...': 'overleggen' as 'pv|mv'),
    which has the infinitive's form. Never a participle ('geschreven')."""
    word = word_of(token)
    if looks_infinitive_nl(word):
        return True
    plural = "Plur" in token.morph.get("Number", [])
    return token.pos_ == "VERB" and word.finite is True and plural and token.lower_.endswith("en")


def _sentences(doc: Doc) -> list[list[Token]]:
    """The candidate's sentences, cut after each sentence-final mark."""
    found: list[list[Token]] = [[]]
    for token in doc:
        found[-1].append(token)
        if token.text in (".", "!", "?"):
            found.append([])
    return [tokens for tokens in found if tokens]


def _dated_without_verb(
    doc: Doc, ctx: RuleContext, style: RewriteStyle
) -> list[tuple[str, str, str]]:
    """A deadline ('vóór 1 juni 2027', 'by 1 June 2027') in a sentence with no verb and no
    subject: a verbless phrase with a date added, no sentence a writer commits to. The
    frame's own phrases ('agreed with') are no verb of the goal; a word the tagger or the
    dictionary reads as a verb (not one an article makes a noun) counts."""
    heads = {
        f.split("{")[0].split()[0].lower() for f in (style.frames.deadline, style.frames.until)
    }
    added = {
        w.lower()
        for frame in (style.frames.measure, style.frames.comparison, style.frames.agreement)
        for w in frame.split()
    } | {w.lower() for w in style.frames.support.split()}
    closed = style.articles | style.determiners | _comparatives(ctx, style)  # 'Less waiting time'
    seams: list[tuple[str, str, str]] = []
    for tokens in _sentences(doc):  # by its marks: the parser may cut 'By ..., as a ...'
        dated = [t for t in tokens[:-1] if t.lower_ in heads and t.nbor(1).like_num]
        if not dated or any(t.lower_ in style.subjects for t in tokens):
            continue
        verbs = [
            t
            for t in tokens
            if t.is_alpha
            and t.lower_ not in added
            and (t.i == 0 or t.nbor(-1).lower_ not in closed)
            and (_may_be_verb(t, ctx, style) or lexical_verb(t, ctx, style))
        ]
        if not verbs and not _imperative(tokens, ctx, style):
            detail = f"{dated[0].text!r} + a date in a sentence with no verb"
            seams.append(("lost_verb", detail, dated[0].lower_))
    return seams


def _imperative(tokens: list[Token], ctx: RuleContext, style: RewriteStyle) -> bool:
    """Verb first (English): a sentence that opens with a word the dictionary knows as a verb
    ('Network more with ...', which the tagger calls a noun) may be an imperative; a
    comparative or a zero ('Less delay', 'Zero complaints') opens a phrase."""
    first = next((t for t in tokens if t.is_alpha), None)
    if style.word_order == "v2" or first is None:
        return False
    zero = {z.lower() for z in style.zero_targets}
    if first.lower_ in _comparatives(ctx, style) or first.lower_ in zero:
        return False
    return verb_like(first.lower_, ctx.pack.lang, style)


def _comparatives(ctx: RuleContext, style: RewriteStyle) -> frozenset[str]:
    """The pack's comparatives that are no verb, found once per context (each asks the
    dictionary; the seam check runs on every candidate)."""
    return ctx.derived(_pack_comparatives)


def _pack_comparatives(pack: RulePack) -> frozenset[str]:
    style = style_for(pack)
    if style is None:
        return frozenset()
    return frozenset(comparative_words(pack.words("comparatives"), pack.lang, style))


def _openings(doc: Doc, style: RewriteStyle) -> list[Token]:
    """The words a verb must follow: the committed auxiliary ('ga', 'will') and, where the
    infinitive comes first, the purpose frame's last word ('in order *to*')."""
    committed = set(style.subjects.values())
    found = [t for t in doc if t.lower_ in committed]
    frame = (style.frames.purpose or "").split("{")[0].split()
    if style.word_order != "v2" and frame:
        size = len(frame)
        found += [
            doc[n + size - 1]
            for n in range(len(doc) - size + 1)
            if [t.lower_ for t in doc[n : n + size]] == [w.lower() for w in frame]
        ]
    return found


def _comparative_for_verb(
    doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[tuple[str, str, str]]:
    """'ga ik meer zelfvertrouwen', 'I will more confident': after the committed auxiliary
    (and its subject) a comparative and its head, and no verb up to the clause's end. A
    head the goal's own parse calls a noun stays one, though the tagger of the longer
    sentence calls it an adverb ('ga ik minder wachttijd bij ...')."""
    nouns = {t.lower_ for t in goal.doc or () if t.pos_ in ("NOUN", "PROPN")}
    subjects = set(style.subjects)
    zero = {z.lower() for z in style.zero_targets if " " not in z and "&" not in z}
    comparatives = _comparatives(ctx, style) | zero  # 'I will zero complaints': no verb
    opens = set(ctx.pack.words("subordinators")) | set(style.clause_ends)
    opens |= set(style.relativizers)
    lang, grammar = ctx.pack.lang, ctx.pack.grammar
    seams: list[tuple[str, str, str]] = []
    for aux in _openings(doc, style):
        n = aux.i + 1
        while n < len(doc) and (doc[n].lower_ in subjects or doc[n].lower_ in style.negations):
            n += 1
        if n >= len(doc) or not doc[n].is_alpha:
            continue
        if doc[n].lower_ in zero and (n + 1 >= len(doc) or doc[n + 1].pos_ in _NOT_HEADS):
            continue  # 'I will zero in on ...': the verb
        if doc[n].lower_ in comparatives and n + 1 < len(doc):
            head, after = doc[n + 1], n + 2
            kind = head_after(doc[n].lower_, word_of(head), lang, grammar, style)
        elif is_comparative_form(doc[n].lower_, lang, style) and not verb_like(
            doc[n].lower_, lang, style
        ):
            head, after, kind = doc[n], n + 1, "state"  # 'ga ik zelfverzekerder tijdens ...'
        else:
            continue
        if not head.is_alpha or kind == "verb":
            continue
        if infinitive_evidence(head.lower_, lang, grammar, style):
            continue  # a verb and a noun ('plannen', 'sporten'): the verb reads whole
        if _gone_along(aux, head, ctx):
            continue  # 'ga ik vaker mee naar X': 'meegaan', the committed verb is the goal's
        adverb = head.pos_ == "ADV" and head.lower_ not in nouns
        if adverb and head.lower_ not in comparatives and head is not doc[n]:
            continue  # 'I will more often ask': an adverb, the verb follows
        rest = []
        for token in doc[after:]:
            if token.text in _STOPS or token.lower_ in opens:
                break
            rest.append(token)
        closed = style.articles | style.determiners
        if any(_may_be_verb(t, ctx, style) and t.nbor(-1).lower_ not in closed for t in rest):
            continue  # 'ga ik meer klantcontact zoeken'; not 'bij het lesgeven'
        detail = f"{aux.text!r} + {doc[n].text!r} {head.text!r}: no verb"
        seams.append(("lost_verb", detail, head.lower_))
    return seams


def _gone_along(aux: Token, head: Token, ctx: RuleContext) -> bool:
    """Dutch: the committed 'ga' with a separable particle as the comparative's head and no
    object right after it ('ga ik vaker *mee* naar de bouwplaats', 'ga ik vaker *uit*'): the
    particle is 'gaan''s own ('meegaan'), so the verb is there. A particle before a noun
    ('ga ik meer in gesprek') is a preposition, read as before."""
    if aux.lemma_.lower() != "gaan" and aux.lower_ != "ga":
        return False
    if head.lower_ not in {w.lower() for w in ctx.pack.words("separable_particles")}:
        return False
    after = head.nbor(1) if head.i + 1 < len(head.doc) else None
    return after is None or after.pos_ not in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ")


def _no_bare_verb(doc: Doc, style: RewriteStyle) -> list[tuple[str, str, str]]:
    """Where the verb comes first (English): a gerund right after the committed auxiliary
    ('I will sleeping better'), or a pronoun or determiner right after the purpose's 'to'
    ('in order to everything on time'): a phrase that had no verb of its own."""
    if style.word_order == "v2":
        return []
    committed = set(style.subjects.values())
    seams = []
    for opening in _openings(doc, style):
        n = opening.i + 1
        while n < len(doc) and doc[n].pos_ in ("ADV", "PART") and doc[n].is_alpha:
            n += 1
        if n >= len(doc):
            continue
        token = doc[n]
        gerund = token.tag_ == "VBG" and opening.lower_ in committed
        nominal = token.pos_ in ("PRON", "DET") and opening.lower_ not in committed
        if gerund or nominal:
            detail = f"{opening.text!r} + {token.text!r}: no bare verb"
            seams.append(("lost_verb", detail, token.lower_))
    return seams


def _te_before_noun(
    doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[tuple[str, str, str]]:
    """'om meer te zelfvertrouwen': the infinitive marker before a word that can be no
    infinitive: a noun or plural no verb form leads to, or a word the dictionary cannot
    tell that the goal used as a noun (the tagger calls anything after 'te' a verb)."""
    markers = set(style.infinitive_markers)
    lang, grammar = ctx.pack.lang, ctx.pack.grammar
    if not grammar.infinitive_ending:
        return []
    nouns = {t.lower_ for t in goal.doc or () if t.pos_ == "NOUN"}
    seams = []
    for t in doc[:-1]:
        word = t.nbor(1)
        if t.lower_ not in markers or not word.is_alpha:
            continue
        if not word.lower_.endswith(grammar.infinitive_ending):
            continue
        evidence = infinitive_evidence(word.lower_, lang, grammar, style)
        if evidence is False or (evidence is None and word.lower_ in nouns):
            detail = f"{t.text!r} {word.text!r}: no infinitive after it"
            seams.append(("lost_verb", detail, word.lower_))
    return seams


def _change_verb_misplaced(
    doc: Doc, ctx: RuleContext, style: RewriteStyle
) -> list[tuple[str, str, str]]:
    """A change verb ('verminderen', 'increase') put on a verb of the writer's ('ga ik
    piekeren verminderen', 'papierwerk maken bij elke inspectie verminderen'), or on a bare
    state ('I will increase confident when ...')."""
    changes = set(style.amount_verbs.values())
    if not changes:
        return []
    committed = set(style.subjects.values())
    lang, grammar = ctx.pack.lang, ctx.pack.grammar
    closed = style.determiners | style.articles
    seams: list[tuple[str, str, str]] = []
    for verb in doc:
        if verb.lower_ not in changes:
            continue
        if style.word_order == "v2":  # the change verb ends the clause: look back to 'ga'
            before = []
            for token in reversed(doc[: verb.i]):
                if token.lower_ in committed or token.text in _STOPS:
                    break
                before.append(token)
            for token in before:
                prior = token.nbor(-1) if token.i > 0 else None
                if prior is not None and prior.lower_ in closed:
                    continue  # 'het piekeren verminderen': a noun made of the verb
                if lexical_verb(token, ctx, style):
                    detail = f"{verb.text!r} after the verb {token.text!r}"
                    seams.append(("word_order", detail, verb.lower_))
                    break
            subjects = set(style.subjects)
            words = [t for t in reversed(before) if t.lower_ not in subjects and t.is_alpha]
            if words and words[0].i + 1 < len(doc):  # its object: 'ga ik gestrest ... verminderen'
                nxt = words[0].nbor(1)
                bare = head_class(word_of(words[0]), lang, grammar, style) == "state"
                if bare and nxt.pos_ not in ("NOUN", "PROPN"):
                    detail = f"{verb.text!r} on the state {words[0].text!r}"
                    seams.append(("lost_verb", detail, verb.lower_))
        elif verb.i + 1 < len(doc):
            state = doc[verb.i + 1]
            after = doc[verb.i + 2] if verb.i + 2 < len(doc) else None
            if (
                state.is_alpha
                and head_class(word_of(state), lang, grammar, style) == "state"
                and (after is None or after.pos_ not in ("NOUN", "PROPN"))
            ):
                detail = f"{verb.text!r} before the state {state.text!r}"
                seams.append(("lost_verb", detail, verb.lower_))
    return seams
