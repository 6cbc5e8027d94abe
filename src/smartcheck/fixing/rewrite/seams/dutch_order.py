"""Dutch word order: verb second in a main clause, verbs last in a subordinate clause,
separable verbs and pronoun adverbs written together, 'te' only where a te-clause opens.

A template that moves words as English does breaks these ('Vóór juni ik ga', 'dat het team
maakt de planning'). The tagger is unsure of Dutch finiteness, so most checks judge by
position.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.passive import passive_extraposed
from smartcheck.fixing.rewrite.seams.phrases import ends_in
from smartcheck.fixing.rewrite.seams.segments import Segment, has_finite, has_verb
from smartcheck.fixing.rewrite.seams.tokens import (
    attributive,
    finite_by_stem,
    is_finite,
    is_infinitive,
)
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def separable_apart(sentence: Span, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """Dutch writes a separable verb as one word when it stands together ('afronden'): a
    particle right before the rest of its verb ('af ronden', 'in werken') is a wrong split.
    Not after 'er'/'daar' earlier in the clause, whose preposition the particle may be ('er
    elke week mee oefenen'), and not after a preposition that opens a clause ('door lezen')."""
    particles = set(ctx.pack.words("separable_particles")) - style.clause_prepositions
    seams: list[Seam] = []
    tokens = list(sentence)
    for n, (t, nxt) in enumerate(pairwise(tokens)):
        if t.lower_ not in particles or not (nxt.is_alpha and nxt.is_lower):
            continue
        if not nxt.lower_.endswith("en") or nxt.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        clause = tokens[: n + 1]
        start = max(
            (i for i, w in enumerate(clause) if w.text in ",;:" or w.pos_ == "CCONJ"), default=-1
        )
        if any(w.lower_ in style.pronoun_adverbs for w in clause[start + 1 :]):
            continue
        if known_word(t.lower_ + nxt.lower_, lang=sentence.doc.lang_):
            seams.append(
                Seam("word_order", f"'{t.text} {nxt.text}' apart", (t.lower_ + nxt.lower_,))
            )
    return seams


def no_verb_after_front(sentence: Span, ctx: RuleContext) -> list[Seam]:
    """Dutch verb second: after a fronted phrase ('Vóór 1 juni 2027') the finite verb comes
    next. When a noun phrase follows instead ('Vóór 1 juni 2027 mijn Engels verbeteren') the
    clause has no finite verb, whatever the tagger calls the infinitive at its end (a plural
    form in -en looks the same). Judged by position, so only a phrase fronted by a
    preposition counts, and anything the tagger may call a verb clears it."""
    first = next((t for t in sentence if not t.is_punct), None)
    if first is None or first.pos_ != "ADP" or first.dep_ != "case" or first.head.i < first.i:
        return []
    if _second_before_subject(list(sentence), ctx):
        return []  # 'Na de zomer rond ik ...': the parser may hang 'rond ik' on the front
    end = first.head.right_edge.i
    if end + 1 >= sentence.end or any(t.is_punct for t in sentence.doc[first.i : end + 1]):
        return []
    nxt = sentence.doc[end + 1]
    if nxt.lower_ in ctx.pack.words("subject_pronouns"):
        return []  # 'Vóór juni ik ga': English order, a seam of its own (word_order)
    if nxt.pos_ not in ("DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM") or is_finite(nxt):
        return []
    if finite_by_stem(nxt):
        return []  # 'Met mijn rooster *lukt* dat niet': a present the tagger calls an adjective
    return [Seam("lost_tense", f"no finite verb after the front, at {nxt.text!r}", ("v2",))]


def preposition_before_pronoun_adverb(sentence: Span, style: RewriteStyle) -> list[Seam]:
    """Dutch writes 'er'/'daar' onto its preposition ('ervoor', 'daarmee'): a preposition
    right before one is a frame pushed into the clause ('ga ik voor er mijn best voor doen').
    A preposition that opens a te-clause may stand there ('door er ... aan te werken')."""
    seams: list[Seam] = []
    for t in sentence[:-1]:
        nxt = t.nbor(1)
        if (
            t.pos_ == "ADP"
            and t.lower_ in style.prepositions
            and t.lower_ not in style.clause_prepositions
            and nxt.lower_ in style.pronoun_adverbs
        ):
            seams.append(
                Seam("word_order", f"'{t.text} {nxt.text}' apart", (t.lower_ + nxt.lower_,))
            )
    return seams


def te_after_commitment(sentence: Span, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The committed auxiliary takes a bare infinitive ('ga ik de vloer vegen'): a 'te'
    before a verb in its clause is left over from a te-verb that went ('ga ik de vloer te
    vegen'). A clause a complementizer, subordinator or clause preposition opens may have
    its own ('om ... te', 'door ... te', 'zonder ... te'); a 'te' before a noun belongs to a
    fixed phrase ('te woord staan')."""
    committed = set(style.subjects.values())
    openers = set(style.complementizers) | set(style.clause_prepositions)
    openers |= {w.lower() for w in ctx.pack.words("subordinators")}
    phrases = [o.split() for o in openers if " " in o]  # 'in plaats van ... te controleren'
    seams: list[Seam] = []
    for t in sentence:
        if t.lower_ not in committed or not is_finite(t):
            continue
        for later in sentence[t.i - sentence.start + 1 : -1]:
            if later.is_punct or later.pos_ == "SCONJ" or later.lower_ in openers:
                break
            if later.lower_ in style.te_clause_verbs:  # 'ga ik helpen ... weg te werken'
                break
            if any(ends_in(later, p) for p in phrases):
                break
            nxt = later.nbor(1)
            infinitive = "Inf" in nxt.morph.get("VerbForm", [])  # not 'te laat' (too late)
            if (
                later.lower_ in style.infinitive_markers
                and nxt.pos_ in ("VERB", "AUX")
                and infinitive
            ):
                seams.append(
                    Seam("residue", f"{later.text!r} before {nxt.text!r} after {t.text!r}", ("te",))
                )
                break
    return seams


def verb_first(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """Dutch: the finite verb before the writer's subject at the start ('Wil ik mijn BHV
    halen.'): a question or a condition, no goal, where a part lost the opener it stood
    after ('Daarnaast wil ik ...'). A condition with its 'dan' clause is whole."""
    if style.word_order != "v2" or len(doc) < 3:
        return []
    first, second = doc[0], doc[1]
    finite = first.lower_ in style.modals or (
        first.pos_ in ("VERB", "AUX") and "Fin" in first.morph.get("VerbForm", [])
    )
    if not finite or second.lower_ not in style.subjects or any(t.lower_ == "dan" for t in doc):
        return []
    own = goal.doc
    if own is not None and len(own) > 1 and own[0].lower_ == first.lower_:
        return []
    return [
        Seam("word_order", f"{first.text!r} before {second.text!r} opens the sentence", ("v1",))
    ]


def second_after_subject(sentence: Span, ctx: RuleContext) -> bool:
    """Verb second: the word right after a clause-opening subject ('Ik', 'De stagiairs') is
    the finite verb, even when the tagger calls it a preposition or an infinitive ('Ik rond
    de cursus af', 'De stagiairs schrijven ...'). After a fronted phrase the subject comes
    third, so the word right before it is the verb ('Na de zomer rond ik de cursus af')."""
    tokens = list(sentence)
    if _second_before_subject(tokens, ctx) or _plural_subject_first(tokens):
        return True
    pronouns = ctx.pack.words("subject_pronouns")
    at = 0
    if tokens and tokens[0].lower_ in pronouns:
        at = 1
    elif tokens and tokens[0].pos_ == "DET":
        at = 1
        while at < len(tokens) and tokens[at].pos_ == "ADJ":
            at += 1
        if at >= len(tokens) or tokens[at].pos_ not in ("NOUN", "PROPN"):
            return False
        at += 1
    else:
        return False
    if at >= len(tokens):
        return False
    verb = tokens[at]
    closed = ("DET", "PRON", "NUM", "CCONJ", "SCONJ", "PUNCT", "NOUN", "PROPN")
    return verb.is_alpha and verb.pos_ not in closed


def _plural_subject_first(tokens: list[Token]) -> bool:
    """'Stagiairs schrijven wekelijks een verslag': a bare plural noun opens the clause and
    the -en word after it is its verb (the tagger may call it an infinitive or a noun). A
    goal worded as an infinitive puts that word last ('Stagiairs begeleiden'), so the verb
    counts only with more of the clause after it."""
    if len(tokens) < 3 or tokens[0].pos_ not in ("NOUN", "PROPN") or tokens[0].is_lower:
        return False
    verb, after = tokens[1], tokens[2]
    if not (verb.is_alpha and verb.is_lower and verb.lower_.endswith("en")):
        return False
    return verb.pos_ in ("VERB", "NOUN") and after.is_alpha


_MISTAGGED_FINITE = ("VERB", "AUX", "ADP", "NOUN", "ADV", "ADJ")  # what a verb is called


def _second_before_subject(tokens: list[Token], ctx: RuleContext) -> bool:
    """Verb second after a front: in 'Vóór [datum] lever ik het verslag in' the word between
    the fronted phrase and 'ik' is the finite verb, even when the tagger calls it a
    preposition or a noun. Only pronouns that are never an object count ('met je team' is
    no verb and subject), and only a front without a comma or a verb of its own."""
    nominative = ctx.pack.words("nominative_pronouns")
    at = next((n for n, t in enumerate(tokens) if t.lower_ in nominative), None)
    if at is None or at < 2:
        return False
    verb, front = tokens[at - 1], tokens[: at - 1]
    if not (verb.is_alpha and verb.is_lower) or verb.pos_ not in _MISTAGGED_FINITE:
        return False  # 'Engels' in 'mijn Engels ik ...' is a name, no verb
    if front[-1].pos_ == "DET" or "Yes" in front[-1].morph.get("Poss", []):
        return False  # 'de cursus ik ...': the noun of a phrase, no verb
    return not any(t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ") for t in front)


def dutch_order(
    sentence: Span,
    segments: list[Segment],
    ctx: RuleContext,
    style: RewriteStyle,
    written: str = "",
) -> list[Seam]:
    """Verb second in a main clause, verbs at the end of their clause, 'te' where it goes
    (``written``: the goal's text, whose own subordinate clauses keep their order)."""
    seams: list[Seam] = []
    pronouns = ctx.pack.words("subject_pronouns")
    main = next((s for s in segments if s.opener in ("start", "punct") and has_finite(s)), None)
    if main is not None:
        finite = next(t for t in main.tokens if is_finite(t))
        at = main.tokens.index(finite)
        before = main.tokens[:at]
        fronted = bool(before) and not (len(before) == 1 and before[0].lower_ in pronouns)
        earlier = segments[: segments.index(main)]
        if before and before[-1].lower_ in pronouns and (len(before) > 1 or earlier):
            seams.append(
                Seam("word_order", f"subject before the verb after a front: {main.text!r}", ("v2",))
            )
        if not fronted and earlier and before and before[0].lower_ in pronouns:
            seams.append(Seam("word_order", f"no inversion after {earlier[0].text!r}", ("inv",)))
        if not before and earlier and all(not has_verb(s) for s in earlier):
            seams.append(Seam("dangling", f"a stray comma after {earlier[-1].text!r}", (",",)))
    marker = style.infinitive_markers[0] if style.infinitive_markers else "te"
    particles = set(ctx.pack.words("separable_particles"))
    amounts = {w.lower() for w in ctx.pack.words("comparatives") if " " not in w}
    followers: list[Segment | None] = [*segments[1:], None] if segments else []
    for seg, following in zip(segments, followers, strict=True):
        opened = seg.tokens[0].lower_ if seg.tokens else ""
        if seg.opener == "sub" and seg.tokens and seg.tokens[0].pos_ == "SCONJ":
            last = [t for t in seg.tokens if not t.is_punct][-1:]
            ends_open = bool(last) and last[0].pos_ in ("ADP", "ADV", "ADJ")  # 'naar buiten'
            if (
                ends_open
                and len(seg.tokens) > 2
                and not has_verb(seg)
                and not has_finite(seg)
                and not finite_by_stem(last[0])  # 'dat het team vaker overlegt'
                and last[0].lower_ not in style.asking_verbs  # 'zoals X vroeg', read 'early'
                and not _verb_in_conjunct(following)  # 'dat er kennis over X en Y komt'
            ):
                seams.append(Seam("lost_verb", f"no verb in {seg.text!r}", ("sub",)))
        if seg.opener == "sub" and opened not in style.complementizers:  # not 'om ... te'
            found = _verb_final(seg, marker, particles, _governs(seg, following), amounts)
            seams += [
                f
                for f in found
                if not _as_written(f, seg, written) and not passive_extraposed(f, seg, written)
            ]
            states = {p.lower() for p in style.state_predicates if " " not in p}  # 'rond is'
            prepositions = style.prepositions - particles - states
            seams += _stranded(seg, prepositions, set(style.pronoun_adverbs))
    for seg in segments:
        tokens = seg.tokens
        for i, t in enumerate(tokens[:-1]):
            nxt = tokens[i + 1]
            if t.lower_ == marker and nxt.pos_ in ("NOUN", "PROPN", "DET", "ADP", "PRON"):
                seams.append(Seam("word_order", f"'te' before {nxt.text!r}", ("te-noun",)))
            if t.lower_ == marker and i > 0 and is_infinitive(tokens[i - 1]) and is_infinitive(nxt):
                seams.append(
                    Seam("word_order", f"'{tokens[i - 1].text} te {nxt.text}'", (nxt.lower_,))
                )
        if not any(is_finite(t) for t in tokens) and seg.opener != "sub":
            continue
        verbs = [i for i, t in enumerate(tokens) if t.pos_ in ("VERB", "AUX") and not is_finite(t)]
        has_aux = any(is_finite(t) for t in tokens) or seg.opener == "sub"
        if not has_aux:
            continue
        for i in verbs:
            if i > 0 and tokens[i - 1].lower_ == marker:
                continue  # 'door ... te stroomlijnen' closes its own clause
            after = tokens[i + 1 : i + 3]
            te_clause = tokens[i].lower_ in style.te_clause_verbs and any(
                u.lower_ == marker for u in tokens[i + 1 :]
            )  # 'helpen de wachtlijst weg te werken': the te-clause follows its verb
            if (
                after
                and not te_clause
                and after[0].pos_ == "DET"
                and any(a.pos_ in ("NOUN", "PROPN") for a in after)
            ):
                seams.append(
                    Seam(
                        "word_order",
                        f"an object after the verb {tokens[i].text!r}",
                        (tokens[i].lower_,),
                    )
                )
    return seams


def _as_written(seam: Seam, segment: Segment, written: str) -> bool:
    """Words after the verbs of a subordinate clause that the writer put there in a clause
    of the same kind ('Zorgen dat er ... optreedt *in ons netwerk*'): the goal's own order,
    which a tagger that missed the goal's verb did not flag there. A main clause of the goal
    moved behind 'dat' ('dat het team maakt de planning') was written without it: flagged."""
    if seam.kind != "word_order" or not seam.detail.startswith("words after the verbs"):
        return False
    tokens = [t for t in segment.tokens if not t.is_punct]
    verbs = [n for n, t in enumerate(tokens) if t.pos_ in ("VERB", "AUX")]
    if not written or not verbs or not tokens:
        return False
    tail = " ".join(t.lower_ for t in tokens[verbs[-1] :])
    opener = re.escape(tokens[0].lower_)
    text = " ".join(re.findall(r"\w+|[^\w\s]", written.lower()))
    return re.search(rf"(?<!\w){opener}(?!\w).*(?<!\w){re.escape(tail)}(?!\w)", text) is not None


def _governs(segment: Segment, nxt: Segment | None) -> bool:
    """The clause ends in a preposition whose object is the next clause ('op de hoogte worden
    gehouden van | wat ...'): that preposition may follow the verbs."""
    return (
        nxt is not None
        and nxt.opener == "sub"
        and bool(segment.tokens)
        and bool(nxt.tokens)
        and segment.tokens[-1].pos_ == "ADP"
        and nxt.tokens[0].i == segment.tokens[-1].i + 1
    )


def _verb_final(
    segment: Segment,
    marker: str,
    particles: set[str],
    governs: bool = False,
    amounts: frozenset[str] | set[str] = frozenset(),
) -> list[Seam]:
    """A Dutch subordinate clause ends in its verb cluster: no phrase inside the cluster
    ('maken in Excel moeten'), nothing after it ('dat het team maakt de planning', 'dat ...
    schrijven over hun stage'), and a separable particle next to its verb ('de rapportage in
    bij de manager levert'). The tagger's finiteness is unreliable here (plural forms in -en
    look like infinitives), so the cluster is every verb of the clause, wherever it stands.
    ``governs``: the clause's last word is a preposition of the next clause (see _governs).
    A form in -en right after a word of amount (``amounts``) with a finite verb later in the
    clause is the noun it counts ('dat er minder faalkosten op ... zijn')."""
    tokens: list[Token] = []
    depth = 0
    for t in segment.tokens[:-1] if governs else segment.tokens:  # '(1 juni 2027)' after an
        depth += (t.text == "(") - (t.text == ")")  # event gives its date, not a phrase
        if depth == 0 and not t.is_punct:
            tokens.append(t)
    seams: list[Seam] = []
    for t, nxt in pairwise(tokens):
        if t.lower_ in particles and t.pos_ == "ADP" and nxt.pos_ == "ADP" and nxt.lower_ != marker:
            seams.append(
                Seam("word_order", f"the particle {t.text!r} apart from its verb", ("prt",))
            )

    def verbal(n: int) -> bool:
        t = tokens[n]
        if t.lower_ == marker:  # 'te' before an adjective is one of excess ('te *laat*')
            return n + 1 >= len(tokens) or not tokens[n + 1].tag_.startswith("ADJ")
        noun_like = n > 0 and tokens[n - 1].pos_ in ("DET", "ADJ", "NUM")
        counted = (  # the tagger may call the counted noun finite ('minder no-shows')
            n > 0
            and tokens[n - 1].lower_ in amounts
            and any(u.pos_ in ("VERB", "AUX") for u in tokens[n + 1 :])
        )
        adjective = t.dep_ == "amod" and attributive(t)  # 'afgelopen kwartaal'
        subject = _participle_subject(tokens, n)  # 'dat *omsteltijden* op de lijn korter worden'
        return (
            t.pos_ in ("VERB", "AUX")
            and not noun_like
            and not counted
            and not adjective
            and not subject
        )

    verbs = [n for n in range(1, len(tokens)) if verbal(n)]
    if not verbs or not any(tokens[n].pos_ in ("VERB", "AUX") for n in verbs):
        return seams
    first, last = verbs[0], verbs[-1]
    if any(not verbal(n) for n in range(first, last)):
        seams.append(Seam("word_order", f"a phrase inside the verbs of {segment.text!r}", ("vf",)))
    if last < len(tokens) - 1:
        seams.append(Seam("word_order", f"words after the verbs of {segment.text!r}", ("vf",)))
    return seams


def _verb_in_conjunct(following: Segment | None) -> bool:
    """The segment after a subordinate clause with no verb opens with a coordinator and
    ends in a cluster of verbs with a finite one: the coordinator joined two nouns of that
    one clause, whose verbs close it ('dat er meer kennis over platformwerk | en
    schijnzelfstandigheid komt', 'zodat er beter tussen kantoor | en de vloer wordt
    gecommuniceerd')."""
    if following is None or not following.tokens or following.tokens[0].pos_ != "CCONJ":
        return False
    words = [t for t in following.tokens if not t.is_punct]
    cluster: list[Token] = []
    for t in reversed(words[2:]):
        if t.pos_ not in ("VERB", "AUX"):
            break
        cluster.append(t)
    return len(words) > 2 and any(is_finite(t) for t in cluster)


def _participle_subject(tokens: list[Token], n: int) -> bool:
    """The word right after the subordinator, a form the tagger calls a participle, with a
    preposition after it and a finite verb later in the clause: the clause's subject, a plural
    noun the tagger did not know ('dat *omsteltijden* op de perslijn korter worden'); a
    subordinate clause names its subject before its verbs."""
    t = tokens[n]
    return (
        n == 1
        and t.pos_ == "VERB"
        and "Part" in t.morph.get("VerbForm", [])
        and n + 1 < len(tokens)
        and tokens[n + 1].pos_ == "ADP"
        and any("Fin" in u.morph.get("VerbForm", []) for u in tokens[n + 2 :])
    )


def _stranded(segment: Segment, prepositions: frozenset[str], adverbs: set[str]) -> list[Seam]:
    """Dutch: a preposition right before the verbs of a subordinate clause has lost its
    object ('dat ouders beter op de hoogte van worden gehouden wat ...'), unless a pronoun
    adverb of the clause is that object ('dat ik er elke dag aan werk', 'waar ik op let').
    ``prepositions``: the pack's, less its separable particles ('dat ik het werk af krijg')
    and its one-word states ('dat het rooster eerder *rond* is')."""
    tokens = [t for t in segment.tokens if not t.is_punct]
    if any(t.lower_ in adverbs for t in tokens):
        return []
    for t, nxt in pairwise(tokens):
        if t.lower_ in prepositions and nxt.pos_ in ("VERB", "AUX"):
            if attributive(nxt):
                continue
            detail = f"{t.text!r} without its object before {nxt.text!r}"
            return [Seam("word_order", detail, ("prep",))]
    return []
