"""Goals packed into one text: one lexical verb per coordinated piece.

"... halen, een cursus volgen en ... lopen" holds three goals. The text is cut at coordinators
and commas (the pack's ``coordinators``); each piece with a lexical verb of its own
(part-of-speech VERB, not a modal or hedge) counts, except pieces in the purpose clause or
opened by a subordinating word ("zodat", "which") or, after the first, by a question word (a
second question the verb asks: "leren hoe ik X zie en *hoe* ik Y doe"), and later pieces that
only serve an earlier one: a case it narrows to ("..., vooral bij nieuwe klanten", "especially
when ...", the pack's ``narrowing_markers``) or a first step toward it ("..., eerst eens
kijken wat er is", ``step_markers``) or a guess at its means ("..., I think coaching might
help", ``means_guesses``) or the problem it answers ("..., er komen te veel auto's terug",
``present_problems``) or where the writer stands now ("..., nu doe ik alleen de kleinere
delen", ``situation_markers``) or the writer's opinion of it or preference ("..., ik denk
dat ik daar klaar voor ben", ``opinion_verbs``; "..., I prefer the night shifts",
``preference_verbs``), its proof ("... and pass its exam", "en vraag feedback van
collega's") or, after a course, another route of learning ("een cursus volgen en meelopen met
een collega": the means of one learning goal, as P001 advises) or the course's own proof ("en
haal ik het certificaat", the pack's ``credentials`` with a definite article). This leans on
the tagger, which is more reliable on short goals than the parser's attachment of coordinated
verbs; where it takes a Dutch verb stem for a noun, the stem is known by the subject pronoun
right after it ("volg ik"). Without tags (``model="blank"``) nothing is found.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.reading.anatomy.asides import parenthetical_tokens
from smartcheck.reading.anatomy.clauses import SENTENCE_END, relative_spans, verb_first
from smartcheck.reading.anatomy.verbs import (
    FIELD_NAME_WORDS,
    inflects_in_english,
    looks_like_participle,
    measure_before_verb,
    object_opener,
    particle_stem,
)
from smartcheck.reading.anatomy.words import Reading
from smartcheck.reading.goal import TextSpan
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Punctuation that separates coordinated pieces.
CUT_MARKS = (",", ";", "\u2022")


@dataclass(frozen=True)
class Segment:
    """The text between two cuts, and what it is: a goal of its own (``head`` set and not
    ``serves``), a piece that serves an earlier goal, a condition of the next one, or words
    without a verb of their own."""

    tokens: tuple[Token, ...]
    head: Token | None
    serves: bool
    condition: bool
    after: str = ""  # the cut before it (",", ";", a coordinator; "" at the start)

    @property
    def goal(self) -> bool:
        return self.head is not None and not self.serves


def goal_verbs(r: Reading, parts: list[Segment]) -> tuple[TextSpan, ...]:
    """The lexical verb of each coordinated piece of the goal (``parts``, from
    :func:`segments`), in text order."""
    found = []
    for segment in parts:
        if segment.head is not None and segment.goal:
            head = segment.head
            end = head.idx + len(head.text)
            found.append(TextSpan(text=r.text[head.idx : end], start=head.idx, end=end))
    return tuple(found)


def goal_pieces(r: Reading, parts: list[Segment]) -> tuple[TextSpan, ...]:
    """The text of each coordinated goal when there are two or more (else nothing), in the
    order of ``goal_verbs``: what a split into one goal per verb starts from.

    Words between two goals belong to the goal they go with: a condition and, before a
    clause-final verb ("... en *een presentatie en een rapport* maken"), words without a verb
    of their own go with the next goal; a piece that serves a goal ("en vraag feedback") and
    words after a goal's leading verb ("call clients, *suppliers* and ...") and words a comma
    closes before the next goal ("... van brandmelders en *blusmiddelen op alle locaties*, en
    die controle ... uitvoeren") with the one before. The cut itself (comma, coordinator)
    belongs to neither."""
    goals = [n for n, s in enumerate(parts) if s.goal]
    if len(goals) < 2:
        return ()
    starts = [0]
    for before, after in pairwise(goals):
        start = after
        # ", en die controle ... uitvoeren": a comma and a coordinator open the goal, so the
        # words before the comma close the goal before ("... van brandmelders en
        # *blusmiddelen op alle locaties*")
        opened = parts[after].after.isalpha() and not parts[after - 1].tokens
        closed = opened and parts[after - 1].after == ","
        for n in range(after - 1, before, -1):
            if closed and n < after - 1 and not parts[n].condition:
                break
            if not (parts[n].condition or _goes_with_next(r, parts[n], parts[after])):
                break
            start = n
        starts.append(start)
    pieces = []
    for n, first in enumerate(starts):
        last = starts[n + 1] - 1 if n + 1 < len(starts) else len(parts) - 1
        pieces.append([t for part in parts[first : last + 1] for t in part.tokens])
    _sentence_ends_back(pieces, [parts[n].head for n in goals])
    found = []
    for tokens in pieces:
        while tokens and tokens[-1].is_punct:
            tokens.pop()  # the sentence's full stop is not the goal's
        if not tokens:
            return ()
        begin, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        found.append(TextSpan(text=r.text[begin:end], start=begin, end=end))
    return tuple(found)


def _restricts(r: Reading, own: list[Token]) -> bool:
    """The piece opens, perhaps after a coordinator ('maar', 'but'), with one of the pack's
    ``manner_restrictions`` ('zonder', 'without'): how the goal before is done."""
    words = [t for t in own if not t.is_punct]
    while words and words[0].pos_ == "CCONJ":
        words = words[1:]
    return bool(words) and r.is_word(words[0], "manner_restrictions")


def _sentence_ends_back(pieces: list[list[Token]], heads: list[Token | None]) -> None:
    """Words of a piece before a sentence end that comes before its goal verb go back to
    the goal before (' ..., zonder fouten in de inlosdata. De eerste drie lijsten *laat* ik
    nakijken'): a goal never reaches back into the sentence before its own."""
    for n in range(1, len(pieces)):
        head = heads[n]
        ends = [k for k, t in enumerate(pieces[n]) if t.text in SENTENCE_END]
        ends = [k for k in ends if head is None or pieces[n][k].i < head.i]
        if ends:
            cut = ends[-1] + 1
            pieces[n - 1] += pieces[n][:cut]
            pieces[n] = pieces[n][cut:]


def _in_next_sentence(own: list[Token], head: Token) -> bool:
    """A piece after a goal whose words up to a sentence end have no verb ('..., with an
    assessment report as evidence.') and whose verb stands in the next sentence: that
    sentence was not cut at a comma of its own, so its verb is no second goal in the one
    sentence, as it is none where the stop follows the goal's verb ('I will X. I will also
    Y.' is one piece)."""
    ends = [t.i for t in own if t.text in SENTENCE_END and t.i < head.i]
    if not ends:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in own if t.i < ends[0])


def _reduplicated(doc: Doc, i: int) -> bool:
    """A coordinator between two copies of one word ('more *and* more', 'steeds meer *en*
    meer', 'over and over'): the word stressed by repeating it, no two goals."""
    return 0 < i < len(doc) - 1 and doc[i - 1].is_alpha and doc[i - 1].lower_ == doc[i + 1].lower_


def _goes_with_next(r: Reading, words: Segment, goal: Segment) -> bool:
    """Words without a verb of their own that belong to the goal after them: they open a
    clause (after a semicolon, or with a subject: "...; *I will* also keep ...") or come
    before a goal verb that ends its piece after words of its own (Dutch "*een presentatie*
    en een rapport *maken*": objects of that verb too)."""
    if words.head is not None:
        return False
    if words.after == ";" or any(r.is_subject_pronoun(t) for t in words.tokens):
        return True
    alpha = [t for t in words.tokens if t.is_alpha]
    if alpha and all(t.pos_ in ("ADV", "ADJ") for t in alpha):
        return True  # "..., en *eigenlijk* ook beter leren plannen": the next goal's adverb
    alpha = [t for t in goal.tokens if t.is_alpha]
    verb_last = goal.head is not None and len(alpha) >= 2 and alpha[-1] == goal.head
    return r.grammar.verb_second and verb_last


def segments(
    r: Reading,
    purpose: TextSpan | None,
    action: Token | None = None,
    context: tuple[TextSpan, ...] = (),
) -> list[Segment]:
    """The goal text cut at coordinators and commas, each piece with its goal verb (if
    any) and what it is; a piece that holds the main clause's ``action`` has that verb when
    the tagger missed it ("Ik *schrijf* een plan waarin ...", "schrijf" tagged a noun). A
    piece whose verb stands in a sentence of ``context`` (situation.py) serves the goal."""
    doc = r.doc
    if not r.tagged:
        return []
    coordinators = {m.token_start for m in r.ctx.matcher("coordinators").find(doc)}
    cuts = set(coordinators)
    cuts |= {t.i for t in doc if t.text in CUT_MARKS}
    cuts -= {i for i in cuts if _after_truncated_word(doc, i) or _reduplicated(doc, i)}
    cuts -= {  # 'heen en weer', 'back and forth': one expression, no two goals
        i
        for m in r.ctx.matcher("fixed_coordinations").find(doc)
        for i in range(m.token_start + 1, m.token_end - 1)
    }
    modal_like = {
        m.token_start for key in ("modal_verbs", "hedges") for m in r.ctx.matcher(key).find(doc)
    }
    learning = _starts(r, doc, ("formal_training", "development_routes"))
    causatives = {w.lower() for w in r.words("causative_auxiliaries")}
    plain = {w for w in r.words("credentials") if not w.startswith("*")}
    learning |= {
        i for i in _starts(r, doc, ("credentials",)) if _refers_back(doc[i], plain, r.time_tokens)
    }
    proof = _starts(r, doc, ("verification_methods", "sign_offs"))
    proof |= {i for i in _starts(r, doc, ("result_nouns",)) if _known(doc[i])}
    aside = {i for a, b in parenthetical_tokens(r) for i in range(a, b)}
    cuts -= aside  # "(veilig werken aan elektrische en hybride voertuigen)": one aside
    relative_only = {i for a, b in relative_spans(r) for i in range(a, b)}
    relative = aside | relative_only
    cuts -= coordinators & relative_only  # "die X krijgen *of* in Y zitten": one clause
    marked = _marked_clauses(doc, coordinators, r.grammar.verb_second)
    cuts -= coordinators & marked  # "af of ik *ook* chatdiensten ga draaien": inside it
    parts: list[Segment] = []
    segment: list[Token] = []
    cut = ""
    earlier = False  # an earlier piece is a goal
    learned = False  # an earlier piece names a course or another route of learning
    conditions = _starts(r, doc, ("condition_markers",))
    restrictions = _starts(r, doc, ("manner_restrictions",))  # "i.p.v." too
    subordinate = _starts(r, doc, ("subordinators",))
    embedded = _starts(r, doc, ("question_words",))
    additive = _starts(r, doc, ("additive_markers",))
    distributive = {
        (m.token_start, m.token_end) for m in r.ctx.matcher("distributive_words").find(doc)
    }
    narrowing = _starts(r, doc, ("narrowing_markers", "step_markers"))
    ranges = r.ctx.matcher("range_openers").find(doc)
    narrowing |= {m.token_start for m in ranges}  # 'van X tot Y'
    ranged = {i for m in ranges for i in _range_ends(doc, m.entry, m.token_start, m.token_end)}
    guesses = _starts(r, doc, ("means_guesses",))
    problems = _starts(r, doc, ("present_problems",))
    now = _starts(r, doc, ("situation_markers",))
    lacks = _starts(r, doc, ("present_lacks",))
    described = _starts(r, doc, ("situation_subjects",))
    opinions = _starts(r, doc, ("opinion_verbs", "preference_verbs"))
    dissents = _starts(r, doc, ("disagreements",))
    opener: Token | None = None  # the cut that opened the current piece
    listing = False  # the piece before was a goal added by "also", "as well as"
    narrowed = False  # the piece before narrowed an earlier goal to a case ("vooral X")
    situated = False  # the piece before told how things are now ("..., nu doe ik X")
    for token in [*doc, None]:
        if token is None or token.i in cuts:
            if segment and r.is_word(segment[0], "consequence_words"):
                segment = segment[1:]  # "..., dan *maak* ik": the main clause after a condition
            own = [t for t in segment if t.i not in relative]
            condition = _is_condition(r, own, token, conditions)
            # "..., *so we* don't lose staff": a dependent clause the tagger gave no
            # conjunction's tag, told by the pack's subordinators
            dependent = bool(own) and own[0].i in subordinate
            # "leren hoe ik X zie *en hoe* ik dat doorgeef": a second question the verb
            # before it asks, no goal of its own
            dependent = dependent or bool(parts and own and own[0].i in embedded)
            # "spreek ik af *of* ik ook chatdiensten ga draaien": a clause a coordinator's
            # word opens as a subordinating one ("whether"), no second goal
            dependent = dependent or bool(own and own[0].i in marked)
            head = (
                None
                if condition or dependent
                else _segment_verb(r, purpose, own, modal_like | ranged, restrictions)
            )
            if head is not None and earlier and _in_next_sentence(own, head):
                head = None  # '..., with X as evidence. I will discuss ...': another sentence
            if head is not None and _described(own, head, distributive):
                head = None  # "..., each one *built* on a source": what was named, described
            if head is not None and earlier and _same_head_noun(r, own, head, parts):
                head = None  # "inbound leads, *trade* fair leads": one more object
            cut_off = [
                t for t in segment if t.i in relative_only and head is not None and t.i > head.i
            ]
            if head is not None and own and head == own[-1] and cut_off:
                head = None  # not clause-final: the relative clause after it was cut off
            missed = len(own) < len(segment) or (action is not None and action.i == 0)
            if head is None and action is not None and action in own and missed:
                # the tagger missed it ("Increase my salary ..." tagged a name), or the
                # relative clause's verb is out
                head = action
            added = opener is not None and (opener.i in additive or (listing and opener.is_alpha))
            if head is None and added and not condition:
                head = _opening_gerund(r, own)  # "..., while also *starting* a business"
            listing = added and head is not None
            indices = {t.i for t in segment}
            serves = earlier and _elaborates(segment, indices, proof)
            serves = serves or (earlier and head is not None and _someone_else(r, own, head))
            serves = serves or (learned and bool(indices & learning))
            narrows = earlier and bool(segment) and segment[0].i in narrowing
            # "..., pivot tables *especially*": the narrowing put after its case, no verb
            narrows = narrows or (earlier and _narrowed_after(segment, narrowing, opener))
            serves = serves or narrows
            # "..., vooral serviesgoed *en schilderijen*": one more case of the narrowing
            serves = serves or (narrowed and _continues_cases(r, own, head, opener, coordinators))
            serves = serves or (earlier and bool(indices & guesses))
            serves = serves or (earlier and _states_problem(r, own, indices & problems, modal_like))
            after_comma = opener is not None and opener.text == ","
            tells_now = earlier and after_comma and _tells_now(own, now, modal_like)
            # "..., nu druk ik op de knop *en lees ik af* wat ...": the present goes on
            joined_now = situated and opener is not None and opener.i in coordinators
            tells_now = tells_now or (joined_now and not any(t.i in modal_like for t in own))
            serves = serves or tells_now
            serves = serves or (
                earlier and after_comma and _tells_lack(r, own, indices & lacks, modal_like)
            )
            serves = serves or (earlier and after_comma and _opines(r, own, opinions, modal_like))
            serves = serves or (earlier and _dissents(r, own, head, dissents, modal_like))
            # '..., maar er is geen budget voor': how things are, after a comma or a
            # coordinator of contrast alike (the coordinator opens no goal of its own there)
            joined = after_comma or (opener is not None and opener.pos_ == "CCONJ")
            serves = serves or (earlier and joined and _describes(r, own, described, modal_like))
            coordinated = opener is not None and opener.i in coordinators
            serves = serves or (earlier and coordinated and _shares_object(r, own, head, parts))
            serves = serves or (head is not None and _inside(head, context))
            serves = serves or (earlier and coordinated and _asks(r, own))
            serves = serves or (earlier and coordinated and _caused_too(head, causatives))
            # "..., maar *zonder* opdringerig te zijn": how the goal is done, no goal
            serves = serves or (earlier and _restricts(r, own))
            # "hoe ik signalen van dementie *of verwaarlozing kan zien*": the verb that ends a
            # question or subordinate clause the piece before opened, cut at a noun's "of"
            opened = embedded | subordinate
            closes = earlier and coordinated and _closes_clause(r, parts, own, head, opened)
            serves = serves or closes
            parts.append(Segment(tuple(segment), head, serves, condition, cut))
            narrowed = narrows or (narrowed and serves)
            situated = tells_now
            earlier = earlier or parts[-1].goal
            learned = learned or (not condition and bool(indices & learning))
            segment = []
            cut = token.text if token is not None else ""
            opener = token
        else:
            segment.append(token)
    return parts


def _caused_too(head: Token | None, causatives: set[str]) -> bool:
    """Is ``head`` coordinated with the participle of a causative (the pack's
    ``causative_auxiliaries``: "have it checked by legal and *presented* in the project
    group", the tagger calling the second a past)? What others do to the writer's work, as
    the first participle is: no goal of its own."""
    if head is None or head.dep_ != "conj":
        return False
    first = head.head
    causative = any(c.dep_ == "aux" and c.lemma_.lower() in causatives for c in first.children)
    return "Part" in first.morph.get("VerbForm", []) and causative


def _marked_clauses(doc: Doc, coordinators: set[int], verb_final: bool) -> set[int]:
    """Token indices of the clauses that a coordinator's word opens as a subordinating one
    (Dutch "of" as "whether": tagged a subordinating conjunction marking the verb after
    it), from the word after it to the clause's end: one clause, no goal of its own."""
    found: set[int] = set()
    for i in coordinators:
        word = doc[i]
        if word.pos_ == "SCONJ" and word.dep_ == "mark" and _verb_last(word.head, i):
            found |= {t.i for t in word.head.subtree if t.i > i and not t.is_punct}
        elif word.pos_ == "SCONJ" and word.dep_ == "mark" and word.head.pos_ not in _VERBS:
            found |= _misattached_clause(doc, i)
        elif word.pos_ == "CCONJ" and verb_final and _nominative_next(doc, i):
            # tagged "or", yet its clause puts the verb last ("Ik bespreek met X *of* ik naar
            # regisseur kan doorgroeien"): "or" joins a main clause, its verb right after
            # the subject. Only after a pronoun that is a subject by its form ("ik", not
            # "ze"): "en *ze* beter inwerken" has an object and an infinitive
            found |= _misattached_clause(doc, i)
    return found


_VERBS = ("VERB", "AUX")


def _nominative_next(doc: Doc, marker: int) -> bool:
    """Is the word after ``marker`` a pronoun in the nominative ('ik', 'we'), a subject by
    its form alone?"""
    after = doc[marker + 1] if marker + 1 < len(doc) else None
    return after is not None and "Nom" in after.morph.get("Case", [])


def _misattached_clause(doc: Doc, marker: int) -> set[int]:
    """The clause a subordinating "of" opens when the parser hung it on a word that is no
    verb ("Ik twijfel of *ik* dat naast X en Y ga redden"): the subject pronoun right after
    it and the clause's first finite verb more than one word later, as a subordinate clause
    puts it; its words up to the end of that verb's phrase (of the verb after it that a modal
    serves). Nothing for any other."""
    after = doc[marker + 1] if marker + 1 < len(doc) else None
    subject = ("nsubj", "conj", "flat")  # the parse hangs the pronoun as it can
    if after is None or after.pos_ != "PRON" or not after.dep_.startswith(subject):
        return set()
    verb = next(
        (
            t
            for t in doc[marker + 2 : after.sent.end]
            if t.pos_ in _VERBS and "Fin" in t.morph.get("VerbForm", [])
        ),
        None,
    )
    if verb is None or verb.i <= marker + 2:
        return set()
    if verb.dep_ == "aux" and verb.head.i > verb.i:
        verb = verb.head  # '... kan *doorgroeien*': the phrase of the verb the modal serves
    end = max(t.i for t in verb.subtree)
    return {t.i for t in doc[marker + 1 : end + 1] if not t.is_punct}


def _verb_last(verb: Token, marker: int) -> bool:
    """Whether the clause after ``marker`` puts its finite verb after more than its subject
    ("of ik ook chatdiensten *ga* draaien"), as a subordinate clause does; "or" joins a
    main clause with the verb right after its subject ("of ik *neem* de inkoop over")."""
    finite = [verb, *(c for c in verb.children if c.pos_ == "AUX")]
    first = min((t.i for t in finite if "Fin" in t.morph.get("VerbForm", [])), default=None)
    subjects = [c.i for c in verb.children if c.dep_.startswith("nsubj")]
    return first is not None and first > marker and bool(subjects) and first > subjects[0] + 1


def _continues_cases(
    r: Reading, segment: list[Token], head: Token | None, opener: Token | None, joins: set[int]
) -> bool:
    """A piece joined by a coordinator or comma to a narrowing ("..., vooral serviesgoed *en
    schilderijen*", "especially invoices *and receipts*") that names one more case: no
    subject, modal or verb of its own (a plural noun the tagger gave a head is no verb)."""
    if opener is None or (opener.i not in joins and opener.text != ","):
        return False
    if any(r.is_subject_pronoun(t) for t in segment):
        return False
    return head is None or head.pos_ not in ("VERB", "AUX")


def _range_ends(doc: Doc, entry: str, start: int, end: int) -> range:
    """The words a range names ("burgers from *start* to *finish*"): those between its
    opener and its closer and the one after the closer, nouns whatever their tags; nothing
    when the opener does not come first in the match."""
    opener, _, closer = (w.strip() for w in entry.lower().partition("&"))
    first = next((t.i for t in doc[start:end] if t.lower_ == opener), None)
    last = next((t.i for t in doc[start:end] if t.lower_ == closer), None)
    if first is None or last is None or last <= first:
        return range(0)
    return range(first + 1, min(last + 2, len(doc)))


def _asks(r: Reading, segment: list[Token]) -> bool:
    """The piece opens with a question word ("... *and how* it affects the people I support",
    "en *wat* werkt voor mijn team"): an indirect question, one more object of the verb
    before it. A question word before an adverb or adjective is a degree word ("en *wat*
    vaker sporten", "and *how* often"): its piece may be a goal."""
    words = [t for t in segment if not t.is_punct]
    if len(words) < 2 or not r.is_word(words[0], "question_words"):
        return False
    return words[1].pos_ not in ("ADV", "ADJ")


def _inside(token: Token, spans: tuple[TextSpan, ...]) -> bool:
    """Does ``token`` stand in one of ``spans`` (a sentence of context)?"""
    return any(s.start <= token.idx < s.end for s in spans)


def _states_problem(
    r: Reading, segment: list[Token], problems: set[int], modal_like: set[int]
) -> bool:
    """A later piece that tells what is wrong now ("..., er komen veel te veel auto's terug",
    "..., too many cars come back": the pack's ``present_problems``), with no modal and
    not the writer as its subject: the goal's reason, told after it without a conjunction."""
    if not problems or any(t.i in modal_like for t in segment):
        return False
    return not any(r.is_word(t, "first_person_subject") for t in segment)


def _opines(r: Reading, segment: list[Token], opinions: set[int], modal_like: set[int]) -> bool:
    """A later piece in which the writer gives an opinion or a preference ("..., ik denk dat
    ik daar klaar voor ben", "..., I think I'm ready for it", "..., I prefer the night
    shifts": the pack's ``opinion_verbs`` and ``preference_verbs`` with the writer as
    subject), with no modal: a comment on the goal, no goal of its own."""
    indices = {t.i for t in segment}
    if not indices & opinions or any(t.i in modal_like for t in segment):
        return False
    return any(r.is_word(t, "first_person_subject") for t in segment)


def _dissents(
    r: Reading, segment: list[Token], head: Token | None, dissents: set[int], modal_like: set[int]
) -> bool:
    """A later piece whose verb's sentence tells the writer's disagreement with what was
    said before ('... as my team lead wants. I don't agree.', 'Ik ben het daar niet mee
    eens.': the pack's ``disagreements`` with the writer as subject and no modal): a stance
    beside the goal, no goal of its own."""
    if head is None:
        return False
    ends = [t.i for t in segment if t.text in SENTENCE_END and t.i < head.i]
    sentence = [t for t in segment if not ends or t.i > ends[-1]]
    return _opines(r, sentence, dissents, modal_like)


def _shares_object(
    r: Reading, segment: list[Token], head: Token | None, parts: list[Segment]
) -> bool:
    """Dutch: a piece that is only its verb, coordinated after a piece that ends in its verb
    ("een half varken *uitbenen en versnijden*", "de bestellingen *controleren en
    inpakken*"): both verbs take the object before them, one task, no second goal."""
    words = [t for t in segment if t.is_alpha]
    if not r.grammar.verb_second and head is not None and parts:
        last = parts[-1]
        return _learnt_together(r, words, head, last) or _object_after_both(words, head, last)
    if not r.grammar.verb_second or head is None or words != [head] or not parts:
        return False
    before = [t for t in parts[-1].tokens if t.is_alpha]
    lead = parts[-1].head
    if len(before) < 2 or lead is None:
        return False
    # "hijsplannen *leren lezen en maken*": the piece ends in its verb's cluster, the
    # infinitive after 'leren'; both infinitives take the object before them
    cluster = len(before) >= 3 and before[-2] == lead and _infinitive(before[-1])
    # "leren hoe ik de kassa *moet instellen en onderhouden*": the cluster of a clause the
    # piece opened, its modal before the infinitive; both take the object before them
    modal_cluster = len(before) >= 3 and r.is_framing(before[-2]) and _infinitive(before[-1])
    # "ik wil *leren plannen en organiseren*": the learning verb takes both bare infinitives,
    # one skill; the tagger may read the first as a plural noun ('plannen')
    learnt = (
        before[-2] == lead
        and r.is_word(lead, "learning_verbs")
        and before[-1].lower_.endswith("en")
        and before[-1].pos_ in ("VERB", "NOUN")
    )
    return before[-1] == lead or cluster or modal_cluster or learnt


#: What opens an object right after a verb: a determiner, a possessive, a number, a noun.
_OBJECT_OPENERS = frozenset({"DET", "PRON", "NUM", "NOUN", "PROPN"})


def _object_after_both(words: list[Token], head: Token, last: Segment) -> bool:
    """English: a piece that opens on its bare verb and its object, after a piece that ends
    on a verb of its own with no object ("check *and sign the delivery notes*", "set up *and
    run the label printer*", "learn how to clean *and calibrate the scales*"): both verbs
    take the object after the second, one task."""
    before = [t for t in last.tokens if t.is_alpha]
    if len(words) < 2 or words[0] != head or words[1].pos_ not in _OBJECT_OPENERS:
        return False
    if before and before[-1].dep_ == "compound:prt":
        before = before[:-1]  # 'set *up*': the particle goes with its verb
    if not before:
        return False
    after_to = len(before) >= 2 and before[-2].tag_ == "TO"  # 'to *clean*', tagged an adjective
    return after_to or (before[-1].pos_ == "VERB" and before[-1].tag_ in ("VB", "VBP"))


def _learnt_together(r: Reading, words: list[Token], head: Token, last: Segment) -> bool:
    """English: a piece that opens on its bare verb after a piece that ends in a learning
    verb's 'to' and a verb with no object ("*Learn to measure and make* templates for
    ..."): 'learn to' takes both verbs and both take the object after them, one skill."""
    before = [t for t in last.tokens if t.is_alpha]
    if len(before) < 3 or not words or words[0] != head or last.head is None:
        return False
    verb, to, learning = before[-1], before[-2], before[-3]
    marked = to.lower_ in r.words("infinitive_markers")
    learns = learning == last.head and r.is_word(learning, "learning_verbs")
    # its object: a noun phrase ('templates', 'the rota'), maybe opening on a word in -ing
    # the tagger calls a verb ('*skirting* boards')
    objects = len(words) > 1 and (
        words[1].pos_ in ("NOUN", "PROPN", "DET", "PRON", "ADJ") or words[1].tag_ == "VBG"
    )
    return marked and learns and objects and verb.pos_ in ("VERB", "NOUN")


def _infinitive(token: Token) -> bool:
    """A Dutch infinitive in a verb cluster ('leren *lezen*')."""
    return token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm", [])


def _tells_now(segment: list[Token], now: set[int], modal_like: set[int]) -> bool:
    """A later piece after a comma that opens by placing itself in the present ("..., nu doe
    ik alleen de kleinere delen", "..., tot nu toe doe ik bijna alles met de hand", "..., so
    far my manager does the ordering": the pack's ``situation_markers`` as its first words; not
    "vanaf nu", a start), with no modal: where the writer stands, the goal's context,
    whoever its subject; no goal of its own (one added with "en momenteel ..." may be)."""
    words = [t for t in segment if not t.is_punct]
    return bool(words) and words[0].i in now and not any(t.i in modal_like for t in words)


def _tells_lack(r: Reading, segment: list[Token], lacks: set[int], modal_like: set[int]) -> bool:
    """A later piece after a comma in which the writer tells what they cannot do or do not
    understand yet ("..., ik snap de golfvormen nog niet goed", "..., I don't get the fault
    codes yet": the pack's ``present_lacks``), with the writer as subject and no modal: the
    goal's reason, no goal of its own."""
    if not lacks or any(t.i in modal_like for t in segment):
        return False
    return any(r.is_word(t, "first_person_subject") for t in segment)


def _describes(r: Reading, segment: list[Token], described: set[int], modal_like: set[int]) -> bool:
    """A later piece after a comma that opens with an empty subject and its verb ("..., er
    zijn altijd spoedbestellingen", "..., it's always busy on Mondays": the pack's
    ``situation_subjects``), with no modal and not the writer in it: how things are, the
    goal's context, no goal of its own ("..., het is belangrijk dat ik ..." may be one). A
    coordinator that opens it goes first ("..., maar er is geen budget voor")."""
    words = [t for t in segment if not t.is_punct]
    if words and words[0].pos_ == "CCONJ":
        segment = words[1:]
    if not _tells_now(segment, described, modal_like):
        return False
    return not any(r.is_word(t, "first_person_subject") for t in segment)


#: Fewest letters two nouns must end in alike to share their head ("websiteleads",
#: "beursleads").
SHARED_HEAD = 4


def _same_head_noun(r: Reading, segment: list[Token], verb: Token, parts: list[Segment]) -> bool:
    """A later piece that names one more object of the same kind as the piece before, its
    "verb" a noun the tagger misread ("qualify inbound leads, *trade* fair leads and partner
    *leads*", "alle websiteleads en *beursleads* binnen twee dagen"): the noun phrase the
    verb opens (it and the nouns and adjectives right after it) ends in the head noun the
    piece before ends in, the same word or the same last part of a compound. A verb before a
    determiner opens no noun phrase ("and email *the* old clients" is a goal)."""
    before = [t for part in parts[-1:] for t in part.tokens if t.is_alpha]
    if not before or before[-1].pos_ not in ("NOUN", "PROPN"):
        return False
    phrase = [verb]
    for token in segment[segment.index(verb) + 1 :] if verb in segment else []:
        if not token.is_alpha or token.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
            break
        phrase.append(token)
    last, previous = phrase[-1].lower_, before[-1].lower_
    verbal = bool(r.grammar.infinitive_ending) and r.is_infinitive_form(phrase[-1])
    if verbal and r.is_infinitive_form(before[-1]):
        return False  # 'verbeteren' ... 'controleren': two verbs alike in their ending
    return len(last) >= SHARED_HEAD and (last == previous or _common_tail(last, previous))


def _common_tail(a: str, b: str) -> bool:
    """Two compounds share a whole last part: "websiteleads" and "beursleads" end in
    "leads" after different first parts, not in a common verb ending ("-eren")."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n >= SHARED_HEAD and n < min(len(a), len(b))


def _described(segment: list[Token], verb: Token, distributive: set[tuple[int, int]]) -> bool:
    """A piece that opens with a distributive word right before its verb ("..., *each one*
    built on a source", "..., *elk* gebaseerd op ..."): the verb is a participle describing
    the things named before, whatever tense the tagger gave it, not a goal of its own."""
    words = [t for t in segment if not t.is_punct]
    if not words:
        return False
    start = words[0].i
    return any(a == start and b == verb.i for a, b in distributive)


def _opening_gerund(r: Reading, segment: list[Token]) -> Token | None:
    """The -ing form that opens a piece ("starting a side business"), if one does."""
    words = [t for t in segment if t.is_alpha and not t.is_stop]
    first = words[0] if words else None
    if first is None or first.pos_ != "VERB":
        return None
    tag = r.grammar.gerund_tag
    gerund = "Ger" in first.morph.get("VerbForm", []) or (tag and first.tag_ == tag)
    return first if gerund else None


def _is_condition(r: Reading, segment: list[Token], cut: Token | None, markers: set[int]) -> bool:
    """A piece that is a condition of the next one: opened by a condition word ("Mocht een
    klant bellen, ...") or, before ", dan", by its verb ("Stellen studenten vragen, dan
    ..."); the goal is the clause after it."""
    if not segment:
        return False
    if segment[0].i in markers:
        return True
    if cut is None or cut.text != "," or cut.i + 2 >= len(cut.doc):
        return False
    then = cut.doc[cut.i + 1]
    return r.is_word(then, "consequence_words") and verb_first(r, segment[0].i, cut.i + 2)


def _after_truncated_word(doc: Doc, i: int) -> bool:
    """A coordinator right after a hyphen-truncated word ("dag- en avonddienst", "in- en
    verkoop", "pre- and post-test") joins two parts of one noun phrase, not two goals."""
    if i == 0:
        return False
    before = doc[i - 1]
    if before.text.endswith("-") and len(before.text) > 1:
        return before.text[:-1].isalpha()
    return before.text == "-" and i >= 2 and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha


def _closes_clause(
    r: Reading, parts: list[Segment], own: list[Token], head: Token | None, opened: set[int]
) -> bool:
    """Verb-final languages: the piece before opened a question or subordinate clause
    ("... leren *hoe ik* signalen van dementie") whose verb it did not reach, so the verb
    that ends this piece, with no subject of its own, ends that clause ("of verwaarlozing
    kan zien"), no goal of its own ("en *bel ik* elke week ..." is a main clause)."""
    if not r.grammar.verb_second or not parts or head is None:
        return False
    alpha = [t for t in own if t.is_alpha]
    if head not in alpha[-2:] or any(r.is_subject_pronoun(t) for t in own):
        return False
    tokens = parts[-1].tokens
    at = max((n for n, t in enumerate(tokens) if t.i in opened), default=None)
    if at is None:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in tokens[at + 1 :])


def _narrowed_after(segment: list[Token], narrowing: set[int], opener: Token | None) -> bool:
    """A piece after a comma that closes on a narrowing marker and has no finite verb ("Get
    better at Excel, pivot tables *especially*", "Beter worden in Excel, draaitabellen
    *vooral*"): the case the goal before it is narrowed to, told with the marker last. The
    tagger may call the first noun of a compound an imperative ('*pivot* tables'): no goal
    closes on the marker, so that one is no verb."""
    words = [t for t in segment if not t.is_punct]
    if opener is None or opener.text != "," or len(words) < 2 or words[-1].i not in narrowing:
        return False
    imperative = "Imp" in words[0].morph.get("Mood", [])
    inner = words[1:-1] if imperative else words[:-1]
    return not any("Fin" in t.morph.get("VerbForm", []) for t in inner)


def _starts(r: Reading, doc: Doc, keys: tuple[LexiconKey, ...]) -> set[int]:
    """The token indices covered by the entries of ``keys``."""
    return {
        i
        for key in keys
        for m in r.ctx.matcher(key).find(doc)
        for i in range(m.token_start, m.token_end)
    }


def _refers_back(token: Token, plain: set[str], times: frozenset[int]) -> bool:
    """A noun with a definite article ("het certificaat", "the exam"), or a bare one with no
    determiner or modifier ("en in mei examen doen"): one already known, here the proof of
    the course named before it ("haal mijn VCA-certificaat" names a new one)."""
    if _definite(token):
        return True
    modifiers = ("amod", "compound", "nmod", "det", "nmod:poss")  # a time is no modifier
    modified = any(c.dep_ in modifiers and c.i not in times for c in token.children)
    return token.lower_ in plain and not modified


def _known(token: Token) -> bool:
    """A noun with a definite article or a possessive ("the result", "de uitkomsten", "my
    findings"): the result of an act named before it ("... and present the result")."""
    return _definite(token) or any(c.dep_ == "nmod:poss" for c in token.children)


def _definite(token: Token) -> bool:
    """A definite article before the noun ("het certificaat", "the result")."""
    return any(c.dep_ == "det" and "Def" in c.morph.get("Definite", []) for c in token.children)


def _elaborates(segment: list[Token], indices: set[int], proof: set[int]) -> bool:
    """A later piece that shows the earlier one done, not a goal of its own: it names how the
    result is checked ("... en vraag feedback van twee collega's", the pack's
    ``verification_methods``), shares the result of the earlier act ("... and present the
    result in the team meeting", a known ``result_nouns``) or points back to it with a
    third-person possessive ("complete the course and pass *its* exam")."""
    if indices & proof:
        return True
    return any(_points_back(t) for t in segment)


def _points_back(token: Token) -> bool:
    """A third-person possessive ("its exam") or object pronoun, personal or demonstrative
    ("... en bespreek *het* met mijn team", "en hang ik *die* op", "and present *it* to the
    board"): the piece works on what an earlier one named, one goal in steps."""
    kind = token.morph.get("PronType", [])
    subject = token.dep_.startswith(("nsubj", "csubj"))
    if "Dem" in kind and token.pos_ == "PRON":
        return not subject
    if "betr" in token.tag_ and token.pos_ == "PRON" and token.dep_ == "obj" and token.i > 0:
        # '... en bespreek ik *die* in het overleg': tagged relative (Dutch 'betr'), but after
        # the verb and its subject it opens no clause; it is the object that points back
        # (English 'share *what* I learned' opens one)
        return token.doc[token.i - 1].pos_ in ("PRON", "VERB", "AUX")
    if "3" not in token.morph.get("Person", []):
        return False
    if "Yes" in token.morph.get("Poss", []):
        return True
    return "Prs" in kind and token.pos_ == "PRON" and not subject


def _segment_verb(
    r: Reading,
    purpose: TextSpan | None,
    segment: list[Token],
    modal_like: set[int],
    restrictions: set[int],
) -> Token | None:
    """The lexical verb that makes a piece of text a goal of its own, if any
    (``restrictions``: the tokens of the pack's ``manner_restrictions``, see
    :func:`_restricted_verb`)."""
    if not segment or segment[0].pos_ == "SCONJ" or segment[0].dep_ == "mark":
        return None
    if purpose is not None and purpose.start <= segment[0].idx < purpose.end:
        return None
    if purpose is not None:  # "en beter leren plannen *want ik loop achter*": the words before
        segment = [t for t in segment if not purpose.start <= t.idx < purpose.end]
    words = [t for t in segment if t.is_alpha]
    if r.grammar.verb_second and words and _inverted_verb(r, words[0], modal_like):
        return words[0]
    labelled = _labelled_imperative(r, segment)
    if labelled is not None:
        return labelled
    restricted = next((t.i for t in segment if t.i in restrictions), None)
    markers = r.words("infinitive_markers")
    for token in words:
        verb = token.pos_ == "VERB" or _after_modal(r, token)
        if token.i in modal_like or not verb or _subordinate(token):
            continue
        if _restricted_verb(token, restricted, restrictions, markers):
            continue  # '... ipv alles aan Mark voor te *leggen*': how, no goal of its own
        if token.text[:1].isupper() and not token.is_sent_start:
            continue  # a name the tagger took for a verb ("Excel en Word")
        if _abbreviation(token):
            continue  # an abbreviation in lower case the tagger took for a verb ("kennis wsnp
            # en minnelijk traject verdiepen"): two objects of one verb, no second goal
        if measure_before_verb(r, token):
            continue  # 'in mei examen doen': the object before its verb, no verb of its own
        if _after_preposition(r, token):
            continue  # '..., zonder uitzonderingen': a noun the tagger took for a verb
        if not r.grammar.verb_second and _told_past(token):
            continue  # '..., using the slides Priya and I *made*': what happened, no goal
        if _inflected_participle(r, token) or _after_inflected(r, token):
            continue  # '1% verkeerd *ingepakte* pakketten': an adjective and its noun
        if {"Ger", "Part"} & set(token.morph.get("VerbForm", [])):
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            attributive = following is not None and following.pos_ in ("NOUN", "PROPN")
            if token is words[0] and not attributive:
                return None  # "..., training before work", "shown by ...": how, not what
            continue  # or an adjective: "Volgend jaar"
        return token
    if r.grammar.verb_second:
        for token in words[1:]:
            if _inverted_verb(r, token, modal_like):
                return token  # after a fronted phrase: "Vóór 1 juni *volg* ik ..."
    last = words[-1] if words else None
    if last is not None and _restricted_verb(last, restricted, restrictions, markers):
        return None  # the clause-final verb is the restriction's
    if r.grammar.verb_second and last is not None and _final_infinitive(r, last, modal_like):
        # Dutch puts the infinitive last; taggers miss some ("volgen")
        return None if _subordinate(last) else last
    return None


def _restricted_verb(
    token: Token, restricted: int | None, restrictions: set[int], markers: frozenset[str]
) -> bool:
    """The verb of a clause a manner restriction opens ('ipv alles aan Mark voor *te*
    leggen', 'te laten *lopen*', 'rather than *email* them'): after it, its cluster right
    after its infinitive marker or right after the restriction itself. A noun it governs
    leaves the verbs around it to the goal ('de pallets zonder schade *laden*')."""
    if restricted is None or token.i <= restricted or token.i == 0:
        return False
    at = token.i - 1
    while at > restricted and token.doc[at].pos_ in ("VERB", "AUX"):
        at -= 1  # 'te laten *lopen*': the cluster's first verb takes the marker
    return token.doc[at].lower_ in markers or at in restrictions


def _inflected_participle(r: Reading, token: Token) -> bool:
    """A participle with the inflection of an adjective right before its noun ('verkeerd
    *ingepakte* pakketten', 'de *afgeronde* cursus'), whatever the tagger made of it (it
    may call it a finite past): it describes the noun, no verb of a goal. A finite past
    before its object has no participle's form ('ik *maakte* fouten')."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.pos_ in ("NOUN", "PROPN") and _inflected_form(r, token)


def _inflected_form(r: Reading, token: Token) -> bool:
    """A participle's form with the inflection '-e' ('ingepakte', 'afgeronde')."""
    return token.lower_.endswith("e") and looks_like_participle(token.lower_[:-1], r)


def _after_inflected(r: Reading, token: Token) -> bool:
    """Dutch: a word right after an adjective or a participle with the inflection '-e' is
    their noun ('nieuwe *plannen*', 'verkeerd gelabelde *dozen*'), whatever its form or tag:
    no verb follows an inflected adjective."""
    if not r.grammar.verb_second or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    word = before.lower_
    # the dictionary knows the form without '-e' ('nieuw'): a noun the tagger called an
    # adjective has none ('een echte *pauze* nemen')
    inflected = before.pos_ == "ADJ" and word.endswith("e") and known_word(word[:-1], r.lang)
    return inflected or _inflected_form(r, before)


#: Dependencies of a clause inside a piece ('what I saw'): its verb is not the piece's.
_EMBEDDED = frozenset({"ccomp", "acl", "acl:relcl", "advcl", "csubj", "xcomp"})


def _told_past(verb: Token) -> bool:
    """A finite verb in the simple past with its own subject before it ('the slides Priya
    and I *made*'): the writer tells what happened, which is never a goal of its own (a goal
    says what will be done). Without a subject of its own the tagger's past may be a present
    ('and *set* up the board'); in Dutch it tags present verbs after their subject past too
    ('haal ik', 'geef ik'), so only English is read so. A past clause inside the piece ('and
    present what I saw') is left to the piece's own verb."""
    if "Past" not in verb.morph.get("Tense", []) or "Fin" not in verb.morph.get("VerbForm", []):
        return False
    if verb.dep_ in _EMBEDDED:
        return False  # 'and present *what I saw*': a clause inside the piece, not its verb
    return any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)


def _labelled_imperative(r: Reading, segment: list[Token]) -> Token | None:
    """English: the verb of an imperative right after a field's name and its colon at the
    text's start ('Python: *move* my scripts ...', 'Beekeeping: *check* the hives ...'),
    whatever the tagger made of it (a noun after the colon, the field's gerund the verb):
    a lower-case word the dictionary inflects as a verb, with an article, demonstrative or
    possessive after it."""
    if r.grammar.verb_second or not segment or segment[0].i != 0:
        return None
    colon = next((n for n, t in enumerate(segment[: FIELD_NAME_WORDS + 1]) if t.text == ":"), None)
    if colon is None or not 1 <= colon <= FIELD_NAME_WORDS:
        return None
    if not all(t.is_alpha for t in segment[:colon]) or colon + 2 >= len(segment):
        return None
    verb, after = segment[colon + 1], segment[colon + 2]
    if not verb.is_alpha or not verb.text[:1].islower() or r.is_function_word(verb):
        return None
    if not object_opener(after) or not inflects_in_english(verb.lower_):
        return None  # 'Mentoring: coach new colleagues': a noun phrase may open so
    return verb


#: Endings every Dutch verb form the dictionary does not know has: an infinitive or plural
#: (-en, 'onboarden'), a third person or participle (-t, -d), a past or participle (-e, -de).
_NL_VERB_ENDINGS = ("n", "t", "d", "e")
_VOWELS = frozenset("aeiouy")


def _abbreviation(token: Token) -> bool:
    """A word the dictionary does not know that cannot be a verb's form: no vowel ('wsnp',
    'hpbw'), or in Dutch no verb ending ('wmo', 'avg'); a loan verb keeps its ending
    ('onboarden', 'deployen')."""
    word = token.lower_
    if not word.isalpha() or known_word(word, token.lang_):
        return False
    if not _VOWELS & set(word):
        return True
    return token.lang_ == "nl" and not word.endswith(_NL_VERB_ENDINGS)


def _after_modal(r: Reading, token: Token) -> bool:
    """The word a modal governs ("I will *plan* the week", "I will also *review* my
    budget"): a verb whatever the tagger called it, when the modal is one that takes a bare
    infinitive (tagged MD: will, can, must; not "want", which also takes a noun)."""
    if r.grammar.verb_second or not token.is_lower or r.is_function_word(token):
        return False
    if token.pos_ in _NOT_VERB_POS:
        return False
    before = [t for t in token.doc[max(token.i - 3, 0) : token.i] if not t.is_punct]
    while before and before[-1].pos_ == "ADV":
        before.pop()
    return bool(before) and before[-1].tag_ == "MD"


def _subordinate(verb: Token) -> bool:
    """The verb of a clause that a subordinating conjunction opens inside the piece ("ga ik
    er zo mee om *dat* het me niet meer *blokkeert*", "so that it no longer *slows* me"):
    it says why or how, not what (like a relative clause)."""
    return any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i < verb.i for c in verb.children)


def _someone_else(r: Reading, segment: list[Token], verb: Token) -> bool:
    """A later piece whose subject is a named other, told by word order: a noun phrase and
    then the verb ("en mijn begeleider *leest* mee", "and my mentor *reviews* it"): the
    support the goal gets or how things are ("..., the reports *take* me ages"), not a goal
    of the writer's. Only before a finite verb (an English bare form with no 'to' or
    auxiliary before it is one): before a Dutch clause-final infinitive the noun phrase is
    its object ("een cursus Excel volgen")."""
    forms = verb.morph.get("VerbForm", [])
    bare = not r.grammar.verb_second and not _infinitive_marked(verb)
    if "Fin" not in forms and (forms or r.is_infinitive_form(verb)) and not bare:
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if r.grammar.verb_second and after is not None and r.is_subject_pronoun(after):
        return False  # inverted: "..., elke maand *volg ik* ...", the noun phrase is a time
    # (English does not invert: "my manager says *it* is important" opens a clause of its own)
    before = [t for t in segment if t.is_alpha and t.i < verb.i and t.pos_ != "CCONJ"]
    if not r.grammar.verb_second:  # "and my colleagues *always* ask me": the subject's adverb
        before = [t for t in before if t.pos_ != "ADV"]
    nominal = ("DET", "PRON", "ADJ", "NOUN", "PROPN")
    if not before or any(t.pos_ not in nominal or r.is_subject_pronoun(t) for t in before):
        return False
    if r.grammar.verb_second and r.is_infinitive_form(verb) and _singular(before[-1]):
        return False  # "mijn Duits verbeteren": a singular subject takes no plural verb
    return before[-1].pos_ in ("NOUN", "PROPN")


def _infinitive_marked(verb: Token) -> bool:
    """English: the verb's bare form follows 'to' or an auxiliary, adverbs between ('to
    *really* learn'), so it is an infinitive. Without one, a bare form after a noun phrase is
    the present ('and the reports *take* me ages'), which the small tagger often calls an
    infinitive."""
    for token in reversed(verb.doc[: verb.i]):
        if token.pos_ == "ADV":
            continue
        return token.pos_ in ("PART", "AUX")
    return False


def _singular(token: Token) -> bool:
    """A noun with no plural form: the tagger says singular, or a name without a plural
    ending (its plural would be tagged)."""
    number = token.morph.get("Number", [])
    return "Sing" in number or (token.pos_ == "PROPN" and not number)


#: Word classes that never hold the finite verb, whatever follows them.
_NOT_VERB_POS = frozenset({"ADP", "SCONJ", "CCONJ", "ADV", "PRON", "DET", "NUM", "PROPN", "PUNCT"})


def _inverted_verb(r: Reading, token: Token, modal_like: set[int]) -> bool:
    """A word right before its subject pronoun ("..., *schrijf* ik een handleiding", "Vóór
    juni *volg* ik een cursus"): in a verb-second language that word is the finite verb,
    whatever the tagger called it (it takes many such verb stems for nouns)."""
    if token.i in modal_like or token.i + 1 >= len(token.doc):
        return False
    if not r.is_subject_pronoun(token.doc[token.i + 1]) or token.text[:1].isupper():
        return False
    if token.pos_ in ("ADP", "ADV") and particle_stem(r, token, _clause_end(token)):
        # "Vóór juni *rond* ik het project af", "en *pas* ik de techniek toe": a stem the
        # tagger took for a preposition or an adverb, its particle stranded at the end
        return True
    return not (r.is_function_word(token) or token.pos_ in _NOT_VERB_POS)


def _clause_end(token: Token) -> int:
    """Index of the first punctuation mark after ``token`` (or the Doc's end): a stranded
    particle is looked for in the token's own clause."""
    for later in token.doc[token.i + 1 :]:
        if later.is_punct:
            return later.i
    return len(token.doc)


def _after_preposition(r: Reading, token: Token) -> bool:
    """Dutch: a form in -en right after a preposition ('zonder *uitzonderingen*', 'na
    *vergaderingen*', 'zonder *nadenken*'): a plural noun or a nominalised infinitive, never
    a goal's verb, which takes the infinitive marker there ('zonder te *vragen*')."""
    if not r.grammar.verb_second or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    markers = {w.lower() for w in r.words("infinitive_markers")}
    return before.pos_ == "ADP" and before.lower_ not in markers and before.dep_ != "compound:prt"


def _final_infinitive(r: Reading, token: Token, modal_like: set[int]) -> bool:
    """A clause-final infinitive form (Dutch -en) that no determiner, numeral or possessive
    makes a noun."""
    ending = r.grammar.infinitive_ending
    if token.i in modal_like or not token.lower_.endswith(ending) or len(token) <= 3:
        return False
    if token.text[:1].isupper() and not token.is_sent_start:
        return False
    units = {w.lower() for w in r.ctx.pack.words("units")}
    before = token.doc[token.i - 1] if token.i > 0 else None
    if r.is_function_word(token):
        # "mijn mailbox leeg *hebben*", "klaar *zijn*": a state the writer reaches
        return before is not None and before.pos_ == "ADJ"
    if token.lower_ in units:
        return False
    if before is None:
        return True
    if _after_preposition(r, token):
        return False
    if before.pos_ == "CCONJ" and before.i > 0:
        paired = before.nbor(-1)  # 'honden en katten': a plural noun's partner, no verb
        if paired.pos_ == "NOUN" and "Plur" in paired.morph.get("Number", []):
            return False
    possessive = "Yes" in before.morph.get("Poss", [])
    if any(child.dep_ == "case" for child in token.children):
        return False  # a preposition's noun ("bij klanten"), whatever its ending
    if _after_inflected(r, token):
        return False  # "nieuwe *plannen*", "verkeerd ingepakte *pakketten*": a noun
    return before.pos_ not in ("DET", "NUM") and not possessive and before.like_num is False
