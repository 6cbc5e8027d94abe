"""Goals with no verb of their own: a comparative before a thing or a state.

POP forms are full of them: "Meer klantcontact.", "More confident when presenting to
clients", "Lab: better communication with production", "Persberichten: minder fouten,
sneller klaar". No frame that commits the writer to the goal's verb can read them (there is
none: "ga ik meer zelfvertrouwen", "I will more confident"), and a change verb only fits a
thing one can count ("derving verminderen", topic.py), never a state ("increase confident").
Such a goal names what the writer wants to have or to be, so it becomes the purpose of a
concrete behaviour, with the verb its head's class takes (wordclass.py; the pack's
``rewrite.nominal_verbs``): "Vóór [datum] ga ik [concreet gedrag], ..., om meer klantcontact
te hebben" / "..., in order to be more confident when presenting to clients". A topic label
stays as the field the behaviour is in ("bij persberichten", "in lab"), and each outcome after
it keeps its own verb ("om minder fouten te hebben en sneller klaar te zijn"). A phrase whose
head is a verb ("Minder piekeren") is the writer's own act: the other frames commit to it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from smartcheck.configuration.packs import RulePack
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.absolute_reach import plural_of
from smartcheck.fixing.rewrite.aim_nouns import named_aim
from smartcheck.fixing.rewrite.bracketed import bracketed
from smartcheck.fixing.rewrite.compared_heads import inflected_comparative
from smartcheck.fixing.rewrite.countable import count_bound
from smartcheck.fixing.rewrite.far_partners import partner_at
from smartcheck.fixing.rewrite.frame import Parts
from smartcheck.fixing.rewrite.plan import BOUND_SPLIT, failed
from smartcheck.fixing.rewrite.style import RewriteStyle, style_for
from smartcheck.fixing.rewrite.wordclass import (
    HeadClass,
    fragment_comparatives,
    head_after,
    head_class,
    infinitive_evidence,
    is_comparative,
    is_comparative_form,
)
from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy, words_of
from smartcheck.fixing.rewrite.zero_pairs import zero_pair
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.absolutes import demanded_absolutes
from smartcheck.reading.pipeline import lemma_of
from smartcheck.reporting.report import GoalReport

#: Words a topic label may have ('Lab:', 'Inkoop facilitaire middelen:').
_LABEL_WORDS = 3
#: Words one outcome may have: a phrase, not a story. Its prepositional tail may be long
#: ('bij de overdracht van de patiënten op de afdeling'): it holds no verb (checked).
_MAX_WORDS = 16


@dataclass(frozen=True)
class Outcome:
    """One comparative phrase: its noun phrase or state (``head``), the class of its head,
    and what follows it (a situation: 'bij presentaties', 'when presenting to clients')."""

    head: tuple[Word, ...]
    kind: HeadClass
    rest: tuple[Word, ...]


def nominal_sentence(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, parts: Parts
) -> str | None:
    """The goal as the purpose of a concrete behaviour, or None when it is no verbless
    comparative phrase (see the module docstring)."""
    frame = style.frames.purpose
    if frame is None or not style.nominal_verbs:
        return None
    read = read_nominal(report, ctx, style)
    if read is None:
        return None
    label, outcomes = read
    if any(o.kind not in style.nominal_verbs for o in outcomes):
        return None
    if parts.time is None:  # the goal's own deadline goes in front, out of the purpose
        outcomes, own = _own_time_out(outcomes, report)
        parts = Parts(time=own, extras=parts.extras)
    joiner = ctx.pack.words("coordinators")[0] if ctx.pack.words("coordinators") else ","
    groups: list[list[Outcome]] = []
    for outcome in outcomes:  # one verb for outcomes of one class ('minder A en meer B')
        if groups and groups[-1][-1].kind == outcome.kind and not groups[-1][-1].rest:
            groups[-1].append(outcome)
        else:
            groups.append([outcome])
    clause = _listed([_purpose_clause(group, style, joiner) for group in groups], joiner)
    topic = _topic(label, style, ctx) if label else ""
    subject = style.default_subject
    aux = style.subjects[subject.lower()]
    behaviour = style.placeholders.behaviour
    if style.word_order == "v2":
        lead = f"{parts.time} {aux} {subject.lower()}" if parts.time else f"{subject} {aux}"
        head = " ".join(p for p in (lead, topic, behaviour) if p)
    else:
        body = " ".join(p for p in (subject, aux, behaviour, topic) if p)
        head = f"{parts.time}, {body}" if parts.time else body
    sentence = capitalise(head) + "".join(parts.extras) + ", " + frame.format(clause=clause)
    return tidy(sentence) + "."


def read_nominal(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle
) -> tuple[list[Word], list[Outcome]] | None:
    """The goal's topic label (maybe none) and its comparative phrases, or None when it has
    a verb of its own, a number, or a phrase that does not open with a comparative."""
    words = words_of(report.goal)
    while words and words[-1].text in (".", "!"):
        words = words[:-1]
    if any(w.text in ("?", "!") for w in words):
        return None
    colon = next((n for n, w in enumerate(words[: _LABEL_WORDS + 1]) if w.text == ":"), None)
    label: list[Word] = []
    if colon is not None:
        label, words = words[:colon], words[colon + 1 :]
        if not label or not all(w.text.isalpha() for w in label):
            return None
    coordinators = {c.lower() for c in ctx.pack.words("coordinators") if " " not in c}
    pieces: list[list[Word]] = [[]]
    aside = bracketed(words)  # '(lonen, toeslagen)': its commas cut no outcome
    for n, word in enumerate(words):
        joined = word.lower in coordinators and _opens_outcome(words[n + 1 :], report, ctx, style)
        if (word.text in (",", ".", ";") and n not in aside) or joined:
            pieces.append([])
        else:
            pieces[-1].append(word)  # 'de dag- en nachtdienst': one noun phrase
    if any(not piece for piece in pieces):
        return None
    last = pieces[-1]
    said = len(pieces) > 1 and _intensifier(last)
    intensifier = pieces.pop() if said else None  # 'Zero late deliveries. Ever.'
    outcomes = [
        _with_aside(
            _bounded_absolute(bare, report, ctx, style)
            or _zero_bounded(bare, report, ctx, style)
            or _outcome(bare, report.lang, ctx, style, _timed(words, report)),
            told,
        )
        for bare, told in (_aside_off(piece) for piece in pieces)
    ]
    if any(o is None for o in outcomes):
        return None
    bound = intensifier is not None and any(_absolute(w, report, ctx) for w in intensifier)
    found = [_bounded(o, report, ctx, style, bound) for o in outcomes if o is not None]
    if intensifier is not None and not bound:  # 'Nooit.', 'Not one.' go with the bound
        end = found[-1]
        said_again = [w.with_text(w.lower) if n == 0 else w for n, w in enumerate(intensifier)]
        rest = (*end.rest, Word(",", space_before=False), *said_again)
        found[-1] = Outcome(end.head, end.kind, rest)
    return label, found


def _aside_off(piece: list[Word]) -> tuple[list[Word], list[Word]]:
    """A phrase without the bracket aside that ends it ('meer kennis van de cao', '(lonen,
    toeslagen)'), and that aside; the phrase whole when no aside ends it."""
    if not piece or piece[-1].text != ")":
        return piece, []
    opening = max((n for n, w in enumerate(piece) if w.text == "("), default=None)
    if not opening or "(" in (w.text for w in piece[opening + 1 :]):
        return piece, []
    return piece[:opening], piece[opening:]


def _with_aside(outcome: Outcome | None, aside: list[Word]) -> Outcome | None:
    """The outcome with the aside its phrase had after it, at the end of its rest."""
    if outcome is None or not aside:
        return outcome
    return Outcome(outcome.head, outcome.kind, (*outcome.rest, *aside))


def _timed(words: list[Word], report: GoalReport) -> frozenset[int]:
    """Where the words of the goal's own time phrases start ('in het eerste kwartaal van
    2027'): its digits may stand in a phrase with no verb."""
    spans = [(e.start, e.end) for e in report.goal.deadlines if e.kind != "recurring"]
    return frozenset(w.start for w in words if any(w.inside(a, b) for a, b in spans))


def _own_time_out(outcomes: list[Outcome], report: GoalReport) -> tuple[list[Outcome], str | None]:
    """The goal's one deadline, when it ends the last outcome ('Nul klachten van klanten in
    het eerste kwartaal van 2027'), taken out of it to stand in front of the sentence: in the
    purpose it would date the wish, not the goal."""
    deadlines = [e for e in report.goal.deadlines if e.kind != "recurring"]
    if len(deadlines) != 1 or not outcomes:
        return outcomes, None
    due = deadlines[0]
    last = outcomes[-1]
    inside = [n for n, w in enumerate(last.rest) if w.inside(due.start, due.end)]
    if (
        not inside
        or inside[-1] != len(last.rest) - 1
        or inside != list(range(inside[0], len(last.rest)))
    ):
        return outcomes, None
    phrase = join(list(last.rest[inside[0] :]))
    kept = Outcome(last.head, last.kind, last.rest[: inside[0]])
    return [*outcomes[:-1], kept], phrase


def _intensifier(piece: list[Word]) -> bool:
    """A sentence of one or two closed words after the goal ('Ever.', 'Not one.', 'Nooit.'):
    it strengthens the phrase before it."""
    closed = ("ADV", "PART", "NUM", "DET", "PRON")
    return 1 <= len(piece) <= 2 and all(w.is_word and w.pos in closed for w in piece)


def _opens_outcome(
    rest: list[Word], report: GoalReport, ctx: RuleContext, style: RewriteStyle
) -> bool:
    """The words after a coordinator open a further outcome ('..., en meer overzicht', 'and
    no more ...'), not the rest of a noun phrase ('dag- en nachtdienst', 'day and night')."""
    if not rest:
        return False
    first = rest[0].lower
    lang = report.lang
    negations = {n.lower() for n in ctx.pack.words("negations")}
    return (
        is_comparative(first, ctx.derived(_pack_comparatives), lang, style)
        or is_comparative_form(first, lang, style)
        or first in negations
        or first in _zero_words(style)
        or _adjective_and_noun(rest, lang, ctx, style) is not None
    )


def _absolute(word: Word, report: GoalReport, ctx: RuleContext) -> bool:
    """``word`` is part of an absolute that fails R ('nul', 'nooit'): the rewrite bounds it."""
    if Criterion.R not in failed(report):
        return False
    return any(word.inside(m.start, m.end) for m in ctx.find(report.goal, "absolutes"))


def _bounded(
    outcome: Outcome, report: GoalReport, ctx: RuleContext, style: RewriteStyle, bound: bool
) -> Outcome:
    """A count brought to none that fails R ('Nul klachten') as a bounded count the writer
    sets ('hoogstens [aantal] klachten'; the pack's ``frames.bounded_count``, as bounded.py
    writes an overloaded week); also when the absolute that goes is its intensifier
    (``bound``: 'Nul klachten. Nooit.')."""
    first = outcome.head[0]
    if first.lower not in _zero_words(style) or not (bound or _absolute(first, report, ctx)):
        return outcome
    # a mass noun: its occasions counted (countable.py)
    count = count_bound(style, outcome.head[1:], _units(report, ctx))
    return Outcome((first.with_text(count), *outcome.head[1:]), outcome.kind, outcome.rest)


def _units(report: GoalReport, ctx: RuleContext) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in ctx.find(report.goal, "units")]


def _bounded_absolute(
    piece: list[Word], report: GoalReport, ctx: RuleContext, style: RewriteStyle
) -> Outcome | None:
    """A phrase that opens with an absolute failing R before a thing ('Nooit meer een
    vertraagde levering bij ...', 'Geen enkele klacht meer over ...') as the bounded thing
    the writer works towards ('hooguit [aantal] keer een vertraagde levering'; the pack's
    ``replacements``, with the words that only belonged to the absolute gone), or None."""
    if Criterion.R not in failed(report) or not piece or not piece[0].is_word:
        return None
    text = report.goal.text
    opening = [m for m in demanded_absolutes(report.goal, ctx) if m.start == piece[0].start]
    for match in sorted(opening, key=lambda m: m.start - m.end):  # the longest first
        phrase = text[match.start : match.end].lower()
        if phrase in style.plural_bounds:  # 'Never again a complaint ...'
            return _plural_bound(piece, match.end, phrase, report, ctx, style)
        frame = style.replacements.get(phrase)
        if not frame or BOUND_SPLIT in frame or phrase in style.trailing_replacements:
            continue
        partners = set(style.replacement_partners.get(phrase, ()))
        after = [w for w in piece if w.start >= match.end]
        far = partner_at(after, partners)  # 'geen enkele stop van de X meer': wherever it is
        after = [
            w
            for n, w in enumerate(after)
            if n != far and not (n < _PARTNER_REACH and w.lower in partners)
        ]
        at = 1 if after and after[0].lower in style.articles else 0
        end = _noun_phrase_end(after, at)
        counting = {z.lower() for z in (*style.zero_targets, *style.negated_openers)}
        if end is None and phrase in counting:
            after = _counted_run(after, at)  # 'No more *mildew outbreaks* like last year'
            end = _noun_phrase_end(after, at)
        if end is None:
            continue  # 'geen enkele fout' holds its noun: the shorter 'geen enkele' bounds it
        if any(_is_verb(w, report.lang, ctx, style) for w in after[at + 1 : end]):
            return None  # 'een bestelling *kwijtraken*': the writer's own verb, no noun
        bound = frame.format(number=style.placeholders.number, level=style.placeholders.level)
        zeros = counting | {z.lower() for z in ctx.pack.words("zero_counts")}
        if phrase in zeros and bound == count_bound(style, (), ()):
            # a mass noun: its occasions counted (countable.py)
            bound = count_bound(style, after[at:end], _units(report, ctx))
        head, rest = (Word(bound), *after[:end]), tuple(after[end:])
        opens = _openers(ctx, style)
        if any(_is_verb(w, report.lang, ctx, style) for w in _verbs_to_check(rest, opens, style)):
            return None  # the writer's own verb: the other frames commit to it
        return Outcome(head, "noun", rest)
    return None


def _zero_bounded(
    piece: list[Word], report: GoalReport, ctx: RuleContext, style: RewriteStyle
) -> Outcome | None:
    """'Geen valincidenten meer bij X' as 'hoogstens [aantal] valincidenten bij X' (a gapped
    zero target around its noun, zero_pairs.py), or None; never with a verb of the
    writer's after it ('geen fouten meer maken': the other frames commit to it)."""
    partner = zero_pair(piece, style)
    if partner is None:
        return None
    rest = tuple(piece[partner + 1 :])
    if any(
        _is_verb(w, report.lang, ctx, style)
        for w in _verbs_to_check(rest, _openers(ctx, style), style)
    ):
        return None
    # a mass noun: its occasions counted (countable.py)
    bound = count_bound(style, piece[1:partner], _units(report, ctx))
    return Outcome((Word(bound), *piece[1:partner]), "noun", rest)


def _plural_bound(
    piece: list[Word],
    end: int,
    phrase: str,
    report: GoalReport,
    ctx: RuleContext,
    style: RewriteStyle,
) -> Outcome | None:
    """'Never (again) a complaint from parents' as 'at most [number] complaints from parents'
    (the pack's ``plural_bounds``): the bound in the article's place, the thing plural (a
    form the dictionary knows); None when no single countable thing follows."""
    partners = set(style.trailing_replacements.get(phrase, ()))
    after = [w for w in piece if w.start >= end]
    after = [w for n, w in enumerate(after) if not (n < _PARTNER_REACH and w.lower in partners)]
    if not after or after[0].lower not in style.articles:
        return None
    stop = _noun_phrase_end(after, 1)
    if stop is None:
        return None
    noun = after[stop - 1]
    grammar = ctx.pack.grammar
    gerund = bool(grammar.gerund_ending) and noun.lower.endswith(grammar.gerund_ending)
    if noun.pos != "NOUN" or noun.verbform or gerund:
        return None  # 'a person *waiting* at the desk': no noun heads the phrase's end
    plural = plural_of(noun.text, report.lang, style.irregular_plurals, grammar.plural_suffixes)
    if plural is None:
        return None
    rest = tuple(after[stop:])
    if any(
        _is_verb(w, report.lang, ctx, style)
        for w in _verbs_to_check(rest, _openers(ctx, style), style)
    ):
        return None  # the writer's own verb: the other frames commit to it
    bound = style.plural_bounds[phrase].format(number=style.placeholders.number)
    head = (Word(bound), *after[1 : stop - 1], noun.with_text(plural))
    return Outcome(head, "noun", rest)


#: How many words after an absolute its partner may stand ('geen enkele klacht *meer*').
_PARTNER_REACH = 4


def _zero_words(style: RewriteStyle) -> set[str]:
    """The one-word zero targets of the pack ('zero', 'nul')."""
    return {z.lower() for z in style.zero_targets if " " not in z and "&" not in z}


def _outcome(
    piece: list[Word],
    lang: str,
    ctx: RuleContext,
    style: RewriteStyle,
    timed: frozenset[int] = frozenset(),
) -> Outcome | None:
    """One comparative phrase ('meer zelfvertrouwen bij presentaties', 'calmer during busy
    shifts', 'no more late deliveries': a negated amount of a thing), or None (no
    comparative first, a number, a verb, too long)."""
    if sum(w.is_word for w in piece) > _MAX_WORDS or any(
        not (_wordlike(w) or w.start in timed)
        for w in piece  # a date's digits are words
    ):
        return None
    if not piece[0].is_word or piece[-1].text == "-":
        return None
    negations = {n.lower() for n in ctx.pack.words("negations")}
    pair = " ".join(w.lower for w in piece[:2])
    if (piece[0].lower in negations or pair in negations) and len(piece) > 2:  # 'No more ...'
        inner = _outcome(piece[1:], lang, ctx, style, timed)
        if inner is None or inner.kind != "noun":
            return None
        return Outcome((piece[0], *inner.head), inner.kind, inner.rest)
    if piece[0].lower in _zero_words(style) and len(piece) > 1:  # 'Zero late deliveries'
        end = _noun_phrase_end(_counted(piece), 1)
        if end is None:
            return None
        kind: HeadClass = "noun"
    else:
        found = _compared(piece, lang, ctx, style)
        if found is None:
            return None
        kind, end = found
    opens = _openers(ctx, style)
    head, rest = tuple(piece[:end]), tuple(piece[end:])
    if any(_is_verb(w, lang, ctx, style) for w in _verbs_to_check(rest, opens, style)):
        return None  # 'Minder papierwerk maken bij elke inspectie': the writer's own verb
    return Outcome(head, kind, rest)


def _counted(piece: list[Word]) -> list[Word]:
    """``piece`` with the word right after its count word read as a noun when the tagger
    called it a verb ('Zero *incidents* on the quay': a count is no subject, the word it
    counts is a thing)."""
    second = piece[1]
    if second.pos != "VERB" or not second.text.isalpha():
        return piece
    return [piece[0], replace(second, pos="NOUN"), *piece[2:]]


def _counted_run(piece: list[Word], at: int) -> list[Word]:
    """``piece`` with the words a zero target or an opening 'never' counts from ``at`` read
    as nouns when the tagger made them verbs or an adjective ('No more *mildew outbreaks*
    like ...', 'Nooit meer *schade* aan ...': a zero counts a thing): the run of such words
    up to the first other word, no participle or gerund among them."""
    end = at
    while (
        end < len(piece)
        and piece[end].text.isalpha()
        and piece[end].pos in ("VERB", "ADJ")
        and piece[end].verbform not in ("Ger", "Part")
    ):
        end += 1
    if end == at or end - at > 2:
        return piece
    return [*piece[:at], *(replace(w, pos="NOUN") for w in piece[at:end]), *piece[end:]]


def _noun_phrase_end(piece: list[Word], at: int) -> int | None:
    """Where a noun phrase from ``at`` ends ('dispensing errors', 'late deliveries'), or None
    when it holds no noun."""
    end = at
    while end < len(piece) and (
        piece[end].pos in ("NOUN", "PROPN", "ADJ")
        or piece[end].verbform in ("Ger", "Part")
        or _participle_before_noun(piece, end)
        or _inside_compound(piece, end)
    ):
        end += 1
    return end if any(w.pos in ("NOUN", "PROPN") for w in piece[at:end]) else None


def _inside_compound(piece: list[Word], at: int) -> bool:
    """A hyphen, or the word after it, inside a compound written without spaces
    ('lost*-time* incidents'): one word of the phrase."""
    word = piece[at]
    if word.text == "-":
        nxt = at + 1
        return at > 0 and not word.space_before and nxt < len(piece) and not piece[nxt].space_before
    return at > 0 and piece[at - 1].text == "-" and not word.space_before and word.is_word


def _participle_before_noun(piece: list[Word], at: int) -> bool:
    """A verb form right before a noun inside a phrase with no verb ('zero *unanswered*
    emails'): the tagger calls the participle a past tense, but it describes the noun."""
    nxt = at + 1
    return (
        at > 0
        and piece[at].pos == "VERB"
        and nxt < len(piece)
        and piece[nxt].pos in ("NOUN", "PROPN")
    )


def _openers(ctx: RuleContext, style: RewriteStyle) -> set[str]:
    """Words that open a phrase or clause after the head ('bij', 'when', 'als')."""
    opens = set(ctx.pack.words("subordinators")) | set(style.relativizers)
    return opens | set(style.clause_ends) | set(style.prepositions)


def _compared(
    piece: list[Word], lang: str, ctx: RuleContext, style: RewriteStyle
) -> tuple[HeadClass, int] | None:
    """The class and end of a head after a comparative ('meer zelfvertrouwen', 'calmer')."""
    comparatives = ctx.derived(_pack_comparatives)
    first = piece[0]
    grammar = ctx.pack.grammar
    opens = _openers(ctx, style)
    compared = is_comparative(first.lower, comparatives, lang, style)
    hyphenated = len(piece) > 2 and piece[2].text == "-"  # 'more out-of-spec results'
    headed = len(piece) > 1 and (hyphenated or (piece[1].lower not in opens and _open(piece[1])))
    if compared and headed:
        end = _through_hyphens(piece, 2)
        inflected = inflected_comparative(first.lower, style)  # 'Strakkere voegen': a noun
        if not inflected and infinitive_evidence(piece[1].lower, lang, grammar, style):
            return None  # a verb, or a verb as much as a noun ('Meer sporten'): the writer's act
        kind = "noun" if inflected else head_after(first.lower, piece[1], lang, grammar, style)
        if kind == "verb" and not grammar.infinitive_ending and not _has_object(piece, 2):
            kind = "noun"  # 'Better contact with suppliers': no object, so no verb
        compound = len(piece) > 3 and piece[2].pos == "NOUN" and piece[3].pos == "ADP"
        if kind == "verb" and piece[1].verbform == "Ger" and compound:
            kind = "noun"  # 'Less waiting time for patients': a gerund before its noun
        if kind == "state" and len(piece) > 2 and _adverb_of_act(piece, lang, ctx, style):
            return None  # 'Meer zelfstandig werken': the writer's act, its adverb before it
        if kind == "state" and named_aim(first, piece[1], ctx.pack.words("vague_outcome")):
            kind = "noun"  # 'meer verantwoordelijkheid': the pack names the aim, a noun
        elif kind == "state" and len(piece) > 2 and piece[2].pos in ("NOUN", "PROPN"):
            kind, end = "noun", 3  # 'meer duidelijke afspraken': an adjective of the noun
        while (
            kind == "noun"
            and grammar.spaced_compounds
            and end < len(piece)
            and _noun_goes_on(piece[end], opens)
        ):
            end = _through_hyphens(piece, end + 1)  # 'more customer contact'
    elif is_comparative_form(first.lower, lang, style):
        kind, end = "state", 1  # 'Rustiger tijdens drukke diensten', 'Calmer during ...'
    elif (found := _adjective_and_noun(piece, lang, ctx, style)) is not None:
        kind, end = "noun", found  # 'Goede nachtrust', 'A healthy work-life balance'
    else:
        return None
    return kind, end


def _adverb_of_act(piece: list[Word], lang: str, ctx: RuleContext, style: RewriteStyle) -> bool:
    """Dutch: a comparative, an adjective without the attributive ending and an infinitive
    ('Meer *zelfstandig werken* op locatie', 'Vaker *samen lunchen*'): the adjective is
    the adverb of the act ('zelfstandig werken'); before a noun it would take the ending
    ('meer duidelijke afspraken'), so the phrase is the writer's verb, no thing to have."""
    ending = style.attributive_ending
    if not ending or piece[1].pos not in ("ADJ", "ADV") or piece[1].lower.endswith(ending):
        return False
    return infinitive_evidence(piece[2].lower, lang, ctx.pack.grammar, style) is True


def _adjective_and_noun(
    piece: list[Word], lang: str, ctx: RuleContext, style: RewriteStyle
) -> int | None:
    """Where a bare noun phrase with an adjective ('Goede nachtrust', 'Een gezonde
    werk-privébalans') ends, or None. Only a language that marks the adjective before its
    noun can tell it (the pack's ``attributive_ending``: 'goede' is 'goed' + 'e'); English
    'Clear agreements', 'Complete reports' may be imperatives, and the tagger and the
    dictionary cannot tell an adjective from a verb there."""
    at = 1 if piece[0].lower in style.articles else 0
    if at + 1 >= len(piece):
        return None
    adjective, noun = piece[at], piece[at + 1]
    if noun.pos in ("ADP", "DET", "PRON", "SCONJ", "CCONJ", "NUM", "PUNCT", "ADV"):
        return None  # the tagger may call the noun a verb or an adjective ('werk-privébalans')
    ending = style.attributive_ending
    stem = adjective.lower[: -len(ending)] if ending else ""
    if not ending or not adjective.lower.endswith(ending) or len(stem) < 3:
        return None
    lemma = lemma_of(adjective.lower, lang).lower()
    if lemma == adjective.lower or not stem.startswith(lemma) or len(stem) - len(lemma) > 1:
        return None  # 'goede' is 'goed' + 'e', 'snelle' 'snel'; 'Planning' is no adjective
    end = _through_hyphens(piece, at + 2)
    while style.word_order != "v2" and end < len(piece) and piece[end].pos == "NOUN":
        end = _through_hyphens(piece, end + 1)  # 'a healthy work-life balance'
    return end


def _through_hyphens(piece: list[Word], end: int) -> int:
    """``end`` moved past the rest of a hyphenated word ('face-to-face', 'out-of-spec')."""
    while end < len(piece) and (piece[end].text == "-" or piece[end - 1].text == "-"):
        end += 1
    return end


def _pack_comparatives(pack: RulePack) -> frozenset[str]:
    """The comparatives that may open a phrase with no verb, found once per context."""
    style = style_for(pack)
    if style is None:
        return frozenset()
    return frozenset(fragment_comparatives(pack.words("comparatives"), pack.lang, style))


def _open(word: Word) -> bool:
    """A word a head may be (no closed word: 'meer dan', 'more than')."""
    return word.pos not in ("ADP", "SCONJ", "CCONJ", "DET", "PRON", "NUM", "ADV")


def _has_object(piece: list[Word], at: int) -> bool:
    """A noun phrase right after a verb ('Better *understand* the data'), its object."""
    return at < len(piece) and piece[at].pos in ("DET", "NOUN", "PROPN", "PRON", "NUM")


def _wordlike(word: Word) -> bool:
    """A word, or a hyphen inside one ('out-of-spec', which the tokenizer splits), or words
    shortened with a slash ('groep A *t/m* C', 'en/of')."""
    if word.text == "-":
        return not word.space_before
    return word.text.replace("-", "").replace("'", "").replace("/", "").isalpha()


def _noun_goes_on(word: Word, opens: set[str]) -> bool:
    """A further word of an English noun compound ('customer contact'): a noun, not a
    preposition or a clause."""
    return word.pos == "NOUN" and word.lower not in opens


def _before_clause(rest: tuple[Word, ...], opens: set[str]) -> list[Word]:
    """The words before a subordinate clause opens ('when presenting ...', 'als ik ...'):
    a verb inside such a clause is that clause's own."""
    out = []
    for word in rest:
        if word.lower in opens and word.pos in ("SCONJ", "ADV", "PRON"):
            break
        out.append(word)
    return out


def _verbs_to_check(rest: tuple[Word, ...], opens: set[str], style: RewriteStyle) -> list[Word]:
    """The words after the head that may be the writer's verb: before a subordinate clause,
    and none that an article or a possessive makes a noun ('bij het invoeren van de
    recepten', 'in mijn lessen', 'in the handover')."""
    words = _before_clause(rest, opens)
    relativizers = {r.lower() for r in style.relativizers}
    articles = {a.lower() for a in (*style.articles, *style.determiners)} - relativizers
    return [
        w
        for n, w in enumerate(words)
        if not (
            n
            and (
                words[n - 1].lower in articles
                or _noun_conjunct(words, n, style)
                or _attributive(words[n - 1], style)
                or _preposition_object(words, n, style)  # 'van *drukinkt*': its object
                or _after_participle(words, n, style)  # 'about damaged *packaging*'
            )
        )
    ]


#: Word classes between a preposition and the infinitive it takes as its object ('door *te
#: laat* ingrijpen', 'bij *snel* werken').
_MANNER = frozenset({"ADV", "ADJ"})


def _preposition_object(words: list[Word], at: int, style: RewriteStyle) -> bool:
    """Is the word at ``at`` the object of a preposition before it, past its manner words
    ('van *drukinkt*', 'door te laat *ingrijpen*': a cause, no act of the writer's)?"""
    if words[at - 1].lower in style.prepositions:
        return True
    n = at - 1
    while n > 0 and words[n].pos in _MANNER:
        n -= 1
    return n < at - 1 and words[n].pos == "ADP" and words[n].lower in style.prepositions


#: Word classes of the words that modify the head of a preposition's object ('about *torn*
#: wrapping', the tagger's noun or verb for a participle included).
_MODIFIERS = frozenset({"ADJ", "ADV", "VERB", "NOUN", "SCONJ"})


def _after_participle(words: list[Word], at: int, style: RewriteStyle) -> bool:
    """Is the word at ``at`` the head of a preposition's object whose first word modifies it:
    a participle the tagger calls a verb ('about *damaged packaging*'), or any word before a
    gerund ('about *torn wrapping*', 'for *faulty wiring*')? The phrase is the preposition's
    object, no act of the writer's."""
    if at < 2 or not (words[at - 1].pos == "VERB" or words[at].verbform == "Ger"):
        return False
    articles = {a.lower() for a in style.articles}
    n = at - 1  # past the object's modifiers and article: 'about *the torn* wrapping'
    while n > 0 and (words[n].pos in _MODIFIERS or words[n].lower in articles):
        n -= 1
    return n < at - 1 and words[n].lower in style.prepositions


def _noun_conjunct(words: list[Word], at: int, style: RewriteStyle) -> bool:
    """A noun the tagger joins to the noun before a coordinator ('op de randen *en
    hoeken*', 'over koud eten en *drinken*' is no such pair: 'eten' is no noun there): the
    second thing of the pair, no verb of the writer's."""
    word = words[at]
    return (
        at >= 2
        and word.pos == "NOUN"
        and word.dep == "conj"
        and words[at - 1].pos == "CCONJ"
        and words[at - 2].pos == "NOUN"
    )


def _attributive(word: Word, style: RewriteStyle) -> bool:
    """An adjective with the attributive ending ('op *drukke* dagen'): a noun follows it."""
    ending = style.attributive_ending
    return bool(ending) and word.pos == "ADJ" and word.lower.endswith(ending)


def _is_verb(word: Word, lang: str, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A verb among the words after the head: the tagger's finite verb, or an infinitive
    the dictionary confirms ('maken' in 'Minder papierwerk maken bij ...'); a form with the
    infinitive ending that no verb form leads to is a noun ('sollicitatiegesprekken')."""
    grammar = ctx.pack.grammar
    ending = grammar.infinitive_ending
    evidence = infinitive_evidence(word.lower, lang, grammar, style)
    if ending and word.lower.endswith(ending) and evidence is False:
        return False
    if word.pos in ("VERB", "AUX") and (word.finite or style.word_order != "v2"):
        return word.verbform != "Part" or style.word_order != "v2"
    if word.pos in ("VERB", "AUX") and word.verbform == "Inf":
        return True  # 'Meer kennis opdoen van ...'
    if evidence:
        return True
    for particle in ctx.pack.words("separable_particles"):  # 'opdoen', 'omgaan'
        rest = word.lower[len(particle) :]
        joined = word.lower.startswith(particle) and len(rest) > 3
        if joined and infinitive_evidence(rest, lang, grammar, style):
            return True
    return head_class(word, lang, grammar, style) == "verb"


def _purpose_clause(group: list[Outcome], style: RewriteStyle, joiner: str) -> str:
    """'meer klantcontact te hebben', 'zelfverzekerder te zijn bij presentaties', 'minder
    herstelwerk en meer overzicht te hebben' / 'have more customer contact', 'be more
    confident when presenting to clients'."""
    verb = style.nominal_verbs[group[0].kind]
    heads = [
        join([w.with_text(_lowered(w, style)) if n == 0 else w for n, w in enumerate(o.head)])
        for o in group
    ]
    head = _listed(heads, joiner)
    rest = join(list(group[-1].rest), False)  # keeps the comma of an intensifier
    if style.word_order == "v2":
        marker = style.infinitive_markers[0] if style.infinitive_markers else ""
        clause = " ".join(p for p in (head, marker, verb, rest) if p)
    else:
        clause = " ".join(p for p in (verb, head, rest) if p)
    return clause.replace(" ,", ",")  # an intensifier kept after it: ', ever'


def _listed(parts: list[str], joiner: str) -> str:
    """'A', 'A en B', 'A, B en C'."""
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {joiner} " + parts[-1]


def _lowered(word: Word, style: RewriteStyle) -> str:
    """The goal's first word inside the sentence: its capital goes unless it is a name."""
    if word.lower in style.capitalised or (len(word.text) > 1 and not word.text[1:].islower()):
        return word.text
    return word.lower


def _topic(label: list[Word], style: RewriteStyle, ctx: RuleContext) -> str:
    """The label as the field the behaviour is in ('bij persberichten', 'in lab')."""
    frame = style.frames.topic_label
    if frame is None:
        return ""
    names = {n.lower() for k in ("known_names", "ambiguous_names") for n in ctx.pack.words(k)}
    first = label[0]
    shown = first.text if first.lower in names or not first.text[1:].islower() else first.lower
    return frame.format(topic=" ".join([shown, *(w.text for w in label[1:])]))
