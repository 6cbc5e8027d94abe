"""Clause seams: two finite verbs or two modals in one clause, a clause without a subject or a
finite verb, a modal without its verb, a sentence that ends on a conjunction.

:func:`grammar_seams` runs every check of clause structure (the framed clauses, Dutch order,
the comparative-for-verb checks of headseams.py) over each sentence. The seams the goal
itself has there are the writer's, not the rewrite's (see ``SeamParses.own_seams``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.headseams import head_seams, lexical_verb, verb_after_comparative
from smartcheck.fixing.rewrite.seams.closed_relative import relative_closed
from smartcheck.fixing.rewrite.seams.commitment import plural_writer
from smartcheck.fixing.rewrite.seams.deadlines import ADDED_TIME
from smartcheck.fixing.rewrite.seams.dutch_order import (
    dutch_order,
    no_verb_after_front,
    preposition_before_pronoun_adverb,
    second_after_subject,
    separable_apart,
    te_after_commitment,
)
from smartcheck.fixing.rewrite.seams.framed_clauses import own_part_clause, purpose_clause
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.misread_finite import misread_finite, relative_subject
from smartcheck.fixing.rewrite.seams.phrases import ends_frame, frame_words
from smartcheck.fixing.rewrite.seams.segments import (
    Segment,
    after_ensure,
    clause_segments,
    outside_asides,
)
from smartcheck.fixing.rewrite.seams.subject_verb import verb_after_subject
from smartcheck.fixing.rewrite.seams.tokens import (
    SUBJECT_DEPS,
    after_first,
    attributive,
    base_verb,
    before_verb,
    dictionary_verb,
    infinitive_like,
    is_finite,
    modified_as_noun,
    next_to_subject,
    noun_after_preposition,
    plural_noun_as_finite,
    verb_by_probe,
)
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import gerund_bases
from smartcheck.reading.pipeline import has_regular_past

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def grammar_seams(
    doc: Doc, ctx: RuleContext, style: RewriteStyle, goal: Goal | None = None
) -> list[Seam]:
    """Seams of clause structure; those the goal itself has are not the rewrite's doing."""
    seams = own_part_clause(doc[:], ctx, style) + purpose_clause(doc[:], ctx, style)
    seams += plural_writer(doc, style)
    seams += [  # a comparative phrase where a verb belongs (headseams.py)
        Seam(kind, detail, (word,))  # type: ignore[arg-type]
        for kind, detail, word in (head_seams(doc, goal, ctx, style) if goal else [])
    ]
    v2 = style.word_order == "v2"
    for sentence in doc.sents:
        if not any(t.is_alpha for t in sentence):
            continue
        segments = clause_segments(sentence, ctx, style)
        seams += _clause_seams(sentence, segments, ctx, style, v2)
        opening = next((t for t in sentence if t.is_alpha), None)
        asks = sentence.text.rstrip().endswith("?")
        if v2 and opening is not None and opening.pos_ == "AUX" and is_finite(opening) and not asks:
            seams.append(Seam("word_order", f"{opening.text!r} first: a question", ("v1",)))
        seams += [
            Seam("dangling", f"the article {t.text!r} before {t.nbor(1).text!r}", (t.lower_,))
            for t in sentence[:-1]
            if t.lower_ in style.articles and t.nbor(1).pos_ == "ADP" and t.pos_ == "DET"
        ]  # 'the By 30 November stand-up': a phrase put inside a noun phrase
        seams += [
            Seam("doubled", f"the article {t.text!r} before {t.nbor(1).text!r}", (t.lower_,))
            for t in sentence[:-1]
            if t.lower_ in style.articles and "Yes" in t.nbor(1).morph.get("Poss", [])
        ]  # 'voor de mijn netwerk': an article left over from a phrase that went
        if v2:
            seams += separable_apart(sentence, ctx, style)
            # the goal's own order is read in a candidate only: the goal's own seams are
            # what a candidate's seams are measured against (find_seams)
            written = goal.text if goal is not None and doc.text != goal.text else ""
            seams += dutch_order(sentence, segments, ctx, style, written)
            seams += no_verb_after_front(sentence, ctx)
            seams += preposition_before_pronoun_adverb(sentence, style)
            seams += te_after_commitment(sentence, ctx, style)
    return seams


def _has_subject(segment: Segment, ctx: RuleContext) -> bool:
    pronouns = ctx.pack.words("subject_pronouns")
    return any(
        t.dep_ in SUBJECT_DEPS or t.lower_ in pronouns or t.pos_ in ("NOUN", "PROPN", "PRON")
        for t in segment.tokens
    )


def _clause_seams(
    sentence: Span, segments: list[Segment], ctx: RuleContext, style: RewriteStyle, v2: bool
) -> list[Seam]:
    seams: list[Seam] = []
    dates = set(ctx.pack.time.case_sensitive)  # 'May' is a month: never the modal
    modals = {
        t.lower_
        for t in sentence
        if t.lower_ in style.modals and t.text not in dates and not _acronym(t)
    }
    first_person = set(ctx.pack.words("first_person_subject"))
    ensure = [e.lower().split() for e in style.ensure_verbs]
    any_finite = False
    for n, seg in enumerate(segments):
        finite = [
            t
            for t in seg.tokens
            if is_finite(t)
            and t.text not in dates
            and not _acronym(t)
            and not (t.i > 0 and t.nbor(-1).lower_ in style.infinitive_markers)  # 'te laat'
            and not plural_noun_as_finite(t)
            and not modified_as_noun(t)
            and not noun_after_preposition(t)
            and not misread_finite(t, style)
        ]
        # 'The drivers often get ...': a present the small tagger calls an infinitive
        any_finite = any_finite or bool(finite)
        any_finite = any_finite or any(verb_after_subject(t, style) for t in seg.tokens)
        if len(finite) > 1 and not relative_closed(seg, finite, style):
            seams.append(
                Seam(
                    "two_finite",
                    f"{' + '.join(t.text for t in finite)} in {seg.text!r}",
                    tuple(t.lower_ for t in finite),
                )
            )
        if v2 and seg.opener in ("start", "punct"):
            aux = [t for t in seg.tokens if t.lower_ in modals and t in finite]
            nouns = frozenset(ctx.pack.grammar.noun_tags)  # 'vleermuizen': VERB, tagged N
            others = [
                t
                for t in seg.tokens
                if t.pos_ in ("VERB", "AUX")
                and t not in aux
                and not attributive(t)
                and not _noun_only(t, nouns, ctx, style)
            ]
            if aux:  # the tagger may call the infinitive a noun ('vaker sporten'), or the
                # segmentation leave it in the next stretch ('wat assertiever worden')
                later = outside_asides([t for t in sentence if t.i > aux[0].i])
                later = later[: next((n for n, t in enumerate(later) if t.text in ",;:.!?"), None)]
                others += [
                    t
                    for t in later
                    if t.pos_ in ("VERB", "AUX") and t not in aux and not attributive(t)
                ]
                others += [
                    t
                    for n, t in enumerate(later)
                    if infinitive_like(t)
                    and not modifies_next(t)
                    and (
                        n == 0
                        or later[n - 1].pos_ != "DET"
                        or lexical_verb(t, ctx, style)
                        or verb_after_comparative(t, ctx, style)
                    )
                ]  # after 'minder' (a determiner) a verb the dictionary knows ('piekeren')
                others += clustered_infinitives(later, style.bare_infinitive_verbs)
                others = [t for t in others if not _noun_only(t, nouns, ctx, style)]
                seams += _after_the_infinitive(
                    later, others, style.relativizers, style.clause_prepositions
                )
            after = [
                t for t in seg.tokens if aux and t.i > aux[0].i and t.pos_ not in ("PRON", "ADV")
            ]
            going = bool(after) and after[0].pos_ == "ADP"
            # 'ga ik ... met Kees *mee*': its own particle makes the modal a verb (meegaan)
            going = going or any(t.dep_ == "compound:prt" and t.head in aux for t in after)
            if aux and not others and not going:  # 'ga ik naar ...' goes somewhere
                seams.append(Seam("lost_verb", f"{aux[0].text!r} has no verb", (aux[0].lower_,)))
        if not v2:
            purpose = frame_words(style.frames.purpose)
            for t in seg.tokens:
                nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
                while (
                    nxt is not None
                    and (before_verb(nxt) or nxt.lower_ in style.adverbs_before_verb)
                    and not dictionary_verb(nxt)
                ):  # 'will first take': a first step's adverb before the verb
                    nxt = nxt.nbor(1)
                modal = t.lower_ in modals and t.text not in dates and not _acronym(t)
                opens = modal or ends_frame(t, purpose)
                verb = nxt is not None and (
                    base_verb(nxt)
                    or dictionary_verb(nxt)
                    or after_first(nxt, style.adverbs_before_verb)
                    or hyphen_verb(nxt)
                )
                if opens and nxt is not None and not verb:
                    seams.append(Seam("lost_verb", f"{t.text!r} has no verb", (t.lower_,)))

        markers = set(style.infinitive_markers)
        for t in seg.tokens[:-1]:
            if t.lower_ in markers and t.nbor(1).lower_ in modals:
                seams.append(Seam("word_order", f"'{t.text} {t.nbor(1).text}'", ("to-modal",)))
        that = frame_words(style.frames.own_part)[-1:]
        complement = bool(that) and seg.tokens[0].lower_ == that[0]  # 'dat het team in 2027 ...'
        complement = complement or (bool(seg.tokens) and after_ensure(seg.tokens[0], ensure))
        if seg.opener == "sub" and not complement and _time_in_subclause(seg):
            seams.append(Seam("word_order", f"the deadline inside {seg.text!r}", ("sub-time",)))
        committed = set(style.subjects.values())
        duties = set(ctx.pack.words("obligation_modals"))
        if v2 and any(t.lower_ in committed for t in finite):
            duty = next((t for t in seg.tokens if t.lower_ in duties and t not in finite), None)
            if duty is not None:  # 'ga ik nieuwe collega's moeten ...': the others' duty kept
                seams.append(Seam("two_modals", f"{finite[0].text} + {duty.text}", ("duty",)))
            # 'ga ik een keer mee willen ...': the writer's wish kept under the commitment
            wishes = set(ctx.pack.words("wish_verbs"))
            wish = next(
                (t for t in seg.tokens if t.lemma_.lower() in wishes and t not in finite), None
            )
            if wish is not None:
                seams.append(Seam("two_modals", f"{finite[0].text} + {wish.text}", ("wish",)))
            # 'ga ik zelf X kunnen herstellen': the ability under the commitment (abilities.py)
            able = next(
                (
                    t
                    for t in seg.tokens
                    if t.lower_ == style.able_infinitive
                    and t not in finite
                    and not (t.i > 0 and t.nbor(-1).lower_ in style.infinitive_markers)
                ),
                None,
            )
            if able is not None and any(t.lower_ in style.able_subjects for t in finite):
                seams.append(Seam("two_modals", f"{finite[0].text} + {able.text}", ("able",)))
        found = [
            t for t in seg.tokens if t.lower_ in modals and t.text not in dates and not _acronym(t)
        ]
        if len(found) > 1:
            seams.append(
                Seam(
                    "two_modals", " + ".join(t.text for t in found), tuple(t.lower_ for t in found)
                )
            )
        verbs = [t for t in seg.tokens if t.pos_ in ("VERB", "AUX")]
        wh = [t for t in seg.tokens if "Int" in t.morph.get("PronType", [])]
        if (
            wh
            and not any(v.i > wh[-1].i for v in verbs)
            and seg is not segments[-1]
            and not verb_by_probe(seg.tokens[-1], style)
            and not _gerund_after(wh[-1])
        ):
            seams.append(
                Seam("dangling", f"{wh[-1].text!r} has no verb in {seg.text!r}", (wh[-1].lower_,))
            )
        subjects = [
            t for t in seg.tokens if t.lower_ in first_person and not relative_subject(t, style)
        ]
        if len(subjects) > 1:
            seams.append(
                Seam("doubled", f"two subjects in {seg.text!r}", tuple(t.lower_ for t in subjects))
            )
        existential = any(t.lower_ in style.existential_subjects for t in seg.tokens)
        if finite and seg.opener not in ("cconj",) and not (_has_subject(seg, ctx) or existential):
            seams.append(
                Seam("lost_subject", f"{finite[0].text!r} in {seg.text!r}", (finite[0].lower_,))
            )
        if not v2 and seg.opener in ("start", "punct") and verbs:
            first = verbs[0]
            bare = "Imp" in first.morph.get("Mood", []) or (
                first.tag_ in ("VB", "VBP") and first.i == seg.tokens[0].i
            )
            if bare and first.i == seg.tokens[0].i and n > 0:
                seams.append(
                    Seam("lost_subject", f"{first.text!r} opens {seg.text!r}", (first.lower_,))
                )
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in sentence)
    whole = len(list(sentence.doc.sents)) == 1
    second = v2 and second_after_subject(sentence, ctx)
    if not any_finite and (whole or not verbless) and not second:  # 'This year,' is no clause
        seams.append(Seam("lost_tense", f"no finite verb in {sentence.text!r}", ("-",)))
    last = [t for t in outside_asides(list(sentence)) if not t.is_punct]
    # a parser's break inside a sentence ('I will take a | Python course.', a name it
    # misread) is no end: only a sentence that ends on a mark, or ends the text, can dangle
    ends = sentence[-1].is_punct or sentence.end == len(sentence.doc)
    if (
        ends
        and last
        and (last[-1].pos_ in ("CCONJ", "SCONJ", "DET") or last[-1].lower_ in style.articles)
    ):
        seams.append(
            Seam("dangling", f"the sentence ends on {last[-1].text!r}", (last[-1].lower_,))
        )
    return seams


def _gerund_after(word: Token) -> bool:
    """English: the word after ``word`` is a form in -ing of a verb the dictionary knows
    ('when *explaining* dosage changes'), though the tagger called it a noun: the clause's
    verb."""
    if word.i + 1 >= len(word.doc):
        return False
    nxt = word.nbor(1)
    return nxt.is_alpha and any(has_regular_past(b) for b in gerund_bases(nxt.lower_))


def _noun_only(token: Token, nouns: frozenset[str], ctx: RuleContext, style: RewriteStyle) -> bool:
    """A noun by its fine tag that the dictionary knows no verb form of ('vleermuizen'),
    though its coarse class says VERB; a verb tagged a noun ('meelopen') stays a verb."""
    if token.tag_.split("|")[0] not in nouns:
        return False
    grammar = ctx.pack.grammar
    return infinitive_evidence(token.lower_, ctx.pack.lang, grammar, style) is False


def _acronym(token: Token) -> bool:
    """A word in capitals in a text that is not all capitals ('MAG' welding, 'WIL' as a
    name) is an acronym or a name: never the modal it spells."""
    text = token.text
    return len(text) > 1 and text.isupper() and any(c.islower() for c in token.doc.text)


def _time_in_subclause(segment: Segment) -> bool:
    """The added date stands inside a subordinate clause (not in parentheses after an event,
    and not after an inverted main verb the segmentation swallowed: 'Om ... ga ik vóór')."""
    for n, token in enumerate(segment.tokens):
        if token.text not in ADDED_TIME:
            continue
        if n >= 3 and segment.tokens[n - 3].text == "(":
            continue
        if any(next_to_subject(t) for t in segment.tokens[:n]):
            continue
        return True
    return False


def modifies_next(token: Token) -> bool:
    """A word in -en the parser hangs on the noun right after it as its modifier ('met
    *gebogen* rand', 'de *gesloten* deur'): a participle used as an adjective, which the
    tagger may call a noun, no infinitive of the clause."""
    return token.dep_ == "amod" and token.head.i == token.i + 1 and token.head.pos_ == "NOUN"


def clustered_infinitives(later: list[Token], verbs: frozenset[str]) -> list[Token]:
    """The words in -n right after a verb of ``verbs`` (one that takes a bare infinitive:
    'een boot laten omslaan', 'de machine horen piepen'): the cluster's infinitive, which
    the tagger may call an adjective or a noun (a Dutch infinitive ends in -en or, as
    'slaan' and 'doen', in -n)."""
    return [
        t
        for n, t in enumerate(later[1:], 1)
        if later[n - 1].lemma_.lower() in verbs
        and later[n - 1].pos_ in ("VERB", "AUX")
        and len(t.lower_) > 3
        and t.lower_.endswith("n")
    ]


def _cluster_end(
    later: list[Token], verbs: list[Token], relativizers: frozenset[str] = frozenset()
) -> int | None:
    """The index of the verb cluster's last verb. A word tagged a verb inside a phrase that
    a preposition opens is the phrase's noun ('doorgroeien naar tweedelijns *service*
    engineer') when it has no verb form by the tagger's morphology nor an infinitive's -n
    ('beginnen met *leren*'; the finite verb of a clause after it, '... of X iets voor mij
    *is*', is one). A relative or question clause right after the cluster (``relativizers``:
    'uitleggen *wat* het verschil is tussen volkoren meel ...') holds its own words: the
    cluster ends before it."""
    last: int | None = None
    start = later[0].i - 1 if later else -1
    for verb in sorted(verbs, key=lambda t: t.i):
        since = start if last is None else last
        between = [t for t in later if since < t.i < verb.i]
        opened = bool(between) and between[0].lower_ in relativizers and between[0].pos_ != "DET"
        if last is not None and opened:
            break
        nominal = not verb.morph.get("VerbForm", []) and not verb.lower_.endswith("n")
        if nominal and any(t.pos_ == "ADP" for t in between):
            break
        last = verb.i
    return last


def _after_the_infinitive(
    later: list[Token],
    verbs: list[Token],
    relativizers: frozenset[str] = frozenset(),
    prepositions: frozenset[str] = frozenset(),
) -> list[Seam]:
    """Dutch 'ga ik ... [infinitive]': the infinitive closes the clause; only a phrase of
    its own may follow (a preposition, a conjunction, a relative or question clause: 'ga ik
    noteren wat ik verander', ``relativizers``), not an object or an adverb ('ga ik
    medewerkers bewegen dagelijks ...', 'ga ik oefenen die week')."""
    if not verbs:
        return []
    last = _cluster_end(later, verbs, relativizers)
    if last is None:
        return []  # every word tagged a verb stands in a phrase: the cluster is not seen
    rest = [t for t in later if t.i > last]
    opens = (  # a demonstrative before its noun ('die week') opens nothing; a question
        # adverb before one does ('leren *hoe* omvormers worden aangesloten')
        bool(rest)
        and rest[0].lower_ in relativizers
        and rest[0].pos_ != "DET"
        and (
            rest[0].pos_ != "PRON"
            or len(rest) < 2
            or rest[1].pos_ not in ("NOUN", "PROPN", "ADJ")
            or _opens_relative(rest[0])  # 'opstellen *die* nieuwe collega's kunnen volgen'
        )
    )
    if rest and rest[0].lower_ in prepositions:
        return []  # a preposition the tagger does not know ('ipv', written short)
    if rest and rest[0].pos_ not in ("ADP", "SCONJ", "CCONJ", "PUNCT") and not opens:
        return [Seam("word_order", f"words after the infinitive: {rest[0].text!r}", ("inf",))]
    return []


def _opens_relative(token: Token) -> bool:
    """A relative pronoun before a noun phrase is the subject or object of its clause's verb
    ('werkinstructies opstellen *die* nieuwe collega's kunnen volgen'), not its determiner
    ('oefenen *die* nieuwe week'): the parser hangs it on a relative clause's verb."""
    return token.dep_ != "det" and token.head.dep_ == "acl:relcl" and token.head.i > token.i


def hyphen_verb(token: Token) -> bool:
    """``token`` opens a verb written with a hyphen ('will *double*-check', 're-test'):
    the tagger reads its first part alone; the part after the hyphen is the verb."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_:
        return False
    hyphen, verb = doc[token.i + 1], doc[token.i + 2]
    verbal = base_verb(verb) or (verb.tag_ == "VB" and has_regular_past(verb.lower_))
    return hyphen.text == "-" and not hyphen.whitespace_ and verbal
