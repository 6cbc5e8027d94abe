"""Sentences of context: the present situation told beside the goal, never a goal itself.

Writers put a goal and a sentence or two about where they stand in one text: the problem
("they keep slipping", "Ik neem dat te veel mee naar huis"), a feeling or perception ("I
know I can be short with people", "ik voel me daar nog niet zeker in"), a habit ("I tend to
accept the first price"), how things are now ("Op dit moment zit alles in één hoofd", "Ik
werk hier nu 12 jaar"). Such a sentence is a statement in the indicative: no modal, wish or
commitment, no deadline or routine of its own, no question, no imperative. It is context
only when it shows that it tells the present (a pack category: ``situation_markers``,
``perception_verbs``, ``habit_markers``, ``present_problems``, ``difficulties``) or when
the next sentence points back to it to commit ("Daar wil ik me in verdiepen":
``anaphoric_openers``), and only when another sentence of
the text is left as the goal. A present-tense commitment ("Ik maak elke week een planning.",
"I run the Monday stand-up from January.") has a time of its own and no such sign: a goal.

A clause of context coordinated before a wish in one sentence ("Ik werk hier nu 12 jaar en
zou graag ...") is context too; the wish after the coordinator is the goal.

Judging leaves these spans out of the goals it counts (no packing from them, coordination),
the rewriter keeps them verbatim beside the rewritten goal, and a seam rejects a rewrite that
commits to one (fixing/rewrite/seams/situation.py). Without tags nothing is found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.reading.anatomy.asides import parenthetical_tokens
from smartcheck.reading.anatomy.clauses import SENTENCE_END
from smartcheck.reading.anatomy.lines import is_line_break, told_short
from smartcheck.reading.anatomy.verb_order import particle_verb_alone
from smartcheck.reading.anatomy.words import Reading, single_words
from smartcheck.reading.goal import ContextKind, ContextSpan

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Categories that show a statement tells the present situation.
_SIGNS: tuple[LexiconKey, ...] = (
    "situation_markers",
    "habit_markers",
    "present_problems",
    "difficulties",
)
#: Kinds of time expression that make a statement a goal: a deadline, a start, a routine.
_GOAL_TIMES = frozenset({"deadline", "start", "recurring", "event"})
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl")
#: What a clause that opens on its noun subject starts with ('De planning', 'Mijn collega's',
#: 'Clients'); one opened by an adverb or subordinator ('Even though ...') tells no state.
SUBJECT_OPENERS = frozenset({"DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"})


def context_spans(r: Reading) -> tuple[ContextSpan, ...]:
    """The sentences (and clauses coordinated before a wish) of context in the goal text,
    in text order; nothing when no other sentence is left as the goal."""
    if not r.tagged:
        return ()
    units = _units(r)
    found: list[tuple[int, int, ContextKind]] = []
    for n, (start, end) in enumerate(units):
        following = units[n + 1] if n + 1 < len(units) else None
        pointed = following is not None and _points_back(r, *following)
        if _is_context(r, start, end, pointed, last=following is None):
            found.append((start, end, "referent" if pointed else "situation"))
            continue
        if following is not None and _wish_opens(r, *following) and _others_state(r, start, end):
            found.append((start, end, "situation"))  # 'Het magazijn is nooit op tijd klaar.'
            continue
        spliced = _clause_before_own_wish(r, start, end)
        if spliced is not None:
            found.append((*spliced, "situation"))
            continue
        clause = _clause_before_wish(r, start, end)
        if clause is not None:
            found.append((*clause, "clause"))
    kept = [u for u in units if u not in {(a, b) for a, b, _ in found}]
    if not found or not any(_words(r, a, b) >= 2 for a, b in kept):
        return ()
    return tuple(_span(r, a, b, kind) for a, b, kind in found)


def _units(r: Reading) -> list[tuple[int, int]]:
    """Token ranges of the sentences (cut after . ! ? ; and a run of them) and of clauses
    spliced on with a comma and a subject of their own ("..., they keep slipping")."""
    doc = r.doc
    units: list[tuple[int, int]] = []
    start = 0
    lined = sum(is_line_break(t) for t in doc) >= 1
    opened = False  # the current unit is a clause spliced on with a comma
    for t in doc:
        if is_line_break(t) and lined:  # a list: each line a sentence of its own
            if t.i > start:
                units.append((start, t.i))
            start = t.i + 1
        elif t.text in SENTENCE_END or (t.is_punct and t.text and not t.text.strip("!?.")):
            nxt = t.i + 1
            if nxt < len(doc) and doc[nxt].is_punct and doc[nxt].text != ",":
                continue  # '!!', '?!': the run ends the sentence
            if t.i + 1 > start:
                units.append((start, t.i + 1))
            start = t.i + 1
        elif t.text == "," and _spliced(r, t.i + 1):
            units.append((start, t.i))
            start = t.i + 1
            opened = True
        elif t.text == "," and opened and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "SCONJ":
            # '..., dat doet nu Petra, zodat ik ...': the spliced remark ends where the
            # goal's own clause goes on
            units.append((start, t.i))
            start = t.i + 1
            opened = False
    if start < len(doc):
        units.append((start, len(doc)))
    return [(a, b) for a, b in units if _words(r, a, b) >= 1]


def _spliced(r: Reading, i: int) -> bool:
    """A clause of its own after a comma: a subject pronoun and its finite verb ('...,
    they keep slipping'; a demonstrative too: '..., die zien er nog nep uit'), no
    conjunction; the writer's own only with a sign of the present in it ('..., I've only
    done qual so far'), else it is the goal going on."""
    doc = r.doc
    if i + 1 >= len(doc):
        return False
    if any(a == i for a, _ in _matches(r, "situation_markers", i, len(doc))):
        return _finite_after_marker(r, i)  # '..., nu doet mijn leidinggevende dat altijd'
    subject, verb = doc[i], doc[i + 1]
    if _elliptic_present(r, i):
        return True  # '..., gaat nu nog vaak scheef': what the goal is about, told as it goes
    if r.is_word(subject, "demonstrative_pronouns") and _finite(verb):
        # '..., die zien er bij mij nog te nep uit': the verb right after a demonstrative is
        # a main clause's (a relative clause puts it last: 'die er nog nep uitzien'); with a
        # modal or a duty it is the writer's aim ('..., dat moet anders', '..., that has to
        # go to zero')
        end = next((t.i for t in doc[i:] if t.text in SENTENCE_END or t.text == ","), len(doc))
        duty = any(a == i + 1 for a, _ in _matches(r, "obligation_modals", i, end))
        return not (r.is_word(verb, "modal_verbs") or duty)
    if not r.is_word(subject, "subject_pronouns"):
        return False
    if then_told(r, i):
        return True  # '..., ik werk *dan* door tot ...': what happens at such times
    if not _finite(verb):
        return False
    if r.is_word(subject, "first_person_subject"):
        end = next((t.i for t in doc[i:] if t.text in SENTENCE_END or t.text == ","), len(doc))
        # '..., ik loop *vaak* uit': a habit of the writer's told after the goal, too
        return bool(
            _matches(r, "situation_markers", i, end) or _matches(r, "habit_markers", i, end)
        )
    return True


def _finite(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", [])


def _elliptic_present(r: Reading, i: int) -> bool:
    """A verb-second clause after a comma that opens on its finite verb with its subject
    left out, the goal's topic understood ('beter worden in kozijnen stellen, *gaat* nu nog
    vaak scheef', 'sneller sorteren, *loop* nu vaak achter'), with a sign of the present or a
    habit in it (the pack's ``situation_markers``, ``habit_markers``, ``present_problems``):
    how it goes now, no second goal. An imperative or a time of its own is no such clause."""
    doc = r.doc
    verb = doc[i]
    if not r.grammar.verb_second or verb.pos_ not in ("VERB", "AUX"):
        return False
    morph = verb.morph
    if "Fin" not in morph.get("VerbForm", []):
        return False
    if "Imp" in morph.get("Mood", []) or r.is_auxiliary(verb):
        return False
    end = next((t.i for t in doc[i:] if t.text in SENTENCE_END or t.text == ","), len(doc))
    keys: tuple[LexiconKey, ...] = ("situation_markers", "habit_markers", "present_problems")
    return any(_matches(r, key, i + 1, end) for key in keys)


def _infinitive_in(tokens: list[Token]) -> bool:
    return any("Inf" in t.morph.get("VerbForm", []) for t in tokens)


def _finite_after_marker(r: Reading, i: int) -> bool:
    """A marker of the present opens a main clause of its own after the comma: its finite
    verb follows at once (verb second: 'nu doet ...') or after a subject ('at the moment
    Dave does ...'), before any subordinator ('nu ik ...' is a clause of reason)."""
    doc = r.doc
    end = next((m for _, m in _matches(r, "situation_markers", i, len(doc)) if _ == i), i + 1)
    for t in doc[end : end + 3]:
        if t.pos_ == "SCONJ" or t.is_punct:
            return False
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []):
            return not r.is_word(doc[end], "first_person_subject") or t.i > end
    return False


def _words(r: Reading, start: int, end: int) -> int:
    return sum(t.is_alpha for t in r.doc[start:end])


def _matches(r: Reading, key: LexiconKey, start: int, end: int) -> list[tuple[int, int]]:
    """The key's matches in tokens ``start`` to ``end``. A sign of the present inside a
    bracket the stretch does not open with is the target's baseline ('doel is eind Q2 een
    conversie van 35% (nu ongeveer 25%)', 'from 3 to 5 a week (now 2)'), no sign that the
    stretch tells how things are."""
    found = [
        (m.token_start, m.token_end)
        for m in r.ctx.matcher(key).find(r.doc)
        if start <= m.token_start and m.token_end <= end
    ]
    if key != "situation_markers" or not found:
        return found
    asides = [(a, b) for a, b in parenthetical_tokens(r) if start < a]
    return [(a, b) for a, b in found if not any(o < a and b <= c for o, c in asides)]


def _is_context(r: Reading, start: int, end: int, pointed: bool, last: bool = False) -> bool:
    """A statement of the present situation: a clause in the indicative with no modal, no
    time of the goal, no question, and a sign that it tells the present (or the sentence
    after it points back to it). Someone else as the subject is no sign on its own: 'mijn
    teamleider kijkt een dienst mee' is the support the goal gets."""
    tokens = list(r.doc[start:end])
    if any(t.text == "?" for t in tokens) or not _statement(r, tokens):
        return False
    changes = single_words(r.ctx.pack, "comparatives")
    if _own_line(r, start, end) and told_short(tokens, r.doc.lang_, changes):
        return False  # '2. Minder te laat komen': a list line told short is a goal (lines.py)
    perceiving = _perceiving(r, start, end)
    modals = _own_modals(r, start, end)
    if perceiving is not None:  # 'I know I *can* be short': an ability, perceived
        able = {a for a, _ in _matches(r, "ability_modals", start, end)}
        modals = [i for i in modals if i < perceiving or i not in able]
    elif _matches(r, "situation_markers", start, end) or then_told(r, start):
        # 'nu *kan* ik alleen aflezen', '..., ik *moet* dan altijd wachten': today's, told
        able = {a for a, _ in _matches(r, "ability_modals", start, end)}
        if _habit_now(r, start, end):  # 'Nu *moet* ik altijd wachten op de TD'
            able |= {a for a, _ in _matches(r, "obligation_modals", start, end)}
        modals = [i for i in modals if i not in able]  # an ability or a duty now, told
    if modals == [start] and _elliptic_present(r, start) and not _infinitive_in(tokens[1:]):
        modals = []  # '..., gaat nu nog vaak scheef': 'gaan' of how it goes, no commitment
    if modals:  # the pack's modals hold the commitments too ('ga', 'zal', "'ll", 'will')
        return False
    # '..., I then end up working every Saturday': when what the goal answers happens
    routine = pointed or then_told(r, start)
    if _timed(r, start, end, allow_routine=routine, told_back=last):
        return False
    if pointed or perceiving is not None or (last and _told_back(r, start, end)):
        return True
    if _opens_sentence(r, start) and _matches(r, "situation_openers", start, start + 1):
        return True  # 'Sinds de reorganisatie zit ik ...': the present since then
    if _prefers(r, start, end):
        return True  # 'I like the packing line more': where the writer stands now
    if then_told(r, start):
        return True  # '..., ik werk dan door tot na middernacht': the goal's situation, told
    if _leads_to(r, start, end):
        return True  # 'Ik neem alle klusjes aan en dan blijft mijn eigen werk liggen'
    if _defers(r, start, end):
        return True  # 'I always let Sophie do the talking': the writer leaves it to another
    return any(_sign(r, a, b) for key in _SIGNS for a, b in _matches(r, key, start, end))


def _habit_now(r: Reading, start: int, end: int) -> bool:
    """A statement that opens with a marker of the present and tells how often things go
    so ('*Nu* moet ik *altijd* wachten op de TD', '*Right now* I must *always* wait for the
    engineer', '..., *momenteel* moet ik *vaak* ...': the pack's ``situation_markers`` as its
    first words, its ``absolutes`` or ``habit_markers`` in it): a duty of today told as a
    habit, the problem the goal answers, no duty the writer takes on ('Nu moet ik de cursus
    afronden' tells no habit; 'vanaf nu' opens with no marker)."""
    words = [t for t in r.doc[start:end] if t.is_alpha]
    markers = _matches(r, "situation_markers", start, end)
    if not words or not (any(a == words[0].i for a, _ in markers) or then_told(r, start)):
        return False  # a marker first, or the times the goal is about ('ik moet *dan* ...')
    return bool(_matches(r, "absolutes", start, end) or _matches(r, "habit_markers", start, end))


def _defers(r: Reading, start: int, end: int) -> bool:
    """A habit of leaving the act to someone else told by the writer ('I *always let* Sophie
    do the talking', 'Ik *laat altijd* mijn collega de prijs uitrekenen', 'Ik *wacht altijd
    op* de monteur'): one of the pack's ``deferrals`` (a causative verb alone, 'let',
    'laten', only with the other person after it: a name, or a noun after a possessive), the
    writer in the statement and how often it goes so (its ``absolutes`` or
    ``habit_markers``): where the writer stands, the reason for a goal of doing it oneself.
    Without a frequency ('Ik laat het plannen aan mijn team over') it may be the delegating
    the goal commits to."""
    if not any(r.is_word(t, "first_person_subject") for t in r.doc[start:end]):
        return False
    if not (_matches(r, "absolutes", start, end) or _matches(r, "habit_markers", start, end)):
        return False
    return any(
        b - a > 1 or _other_after(r, b, end) for a, b in _matches(r, "deferrals", start, end)
    )


def _other_after(r: Reading, start: int, end: int) -> bool:
    """Someone other than the writer named in the few words from ``start``: a name, or a
    noun after a possessive ('*Sophie*', 'mijn *collega*', 'my *supervisor*')."""
    for t in r.doc[start : min(end, start + _OTHER_REACH)]:
        if t.is_punct:
            return False
        if r.is_word(t, "first_person_subject"):
            continue
        if t.pos_ == "PROPN" and t.text[:1].isupper():
            return True
        before = r.doc[t.i - 1]
        if t.pos_ == "NOUN" and "Yes" in before.morph.get("Poss", []):
            return True
    return False


#: How many words after a causative verb its other person may stand ('let *my supervisor*',
#: 'laat altijd *mijn collega*').
_OTHER_REACH = 4


def _leads_to(r: Reading, start: int, end: int) -> bool:
    """A statement with what it leads to coordinated after it ('Ik neem alle klusjes aan
    *en dan* blijft mijn eigen werk liggen', 'I take on every small job *and then* my own
    planning slips': a coordinator and one of the pack's ``consequence_openers``), where something
    other than the writer is the subject of what follows: a situation and its effect. With
    the writer in it ('... en dan haal ik het certificaat') it is a next step."""
    for t in r.doc[start + 1 : end]:
        if not r.is_word(t, "consequence_openers") or r.doc[t.i - 1].pos_ != "CCONJ":
            continue
        after = r.doc[t.i + 1 : end]  # the parser may call the subject an object: any noun
        told = any(c.pos_ in ("NOUN", "PROPN", "PRON") for c in after)
        if told and not any(r.is_word(c, "first_person_subject") for c in after):
            return True
    return False


def then_told(r: Reading, i: int) -> bool:
    """A clause at ``i`` that opens on a subject pronoun and tells what happens at the times
    the goal is about: one of the pack's ``consequence_openers`` stands by its finite verb,
    after it in a verb-second language ('ik werk *dan* door tot na middernacht', 'het loopt
    *daardoor* uit'), between subject and verb otherwise ('I *then* work until 3 am', 'we
    *consequently* run late'). Such a clause points back to the goal's situation ('at such
    times'): the problem the goal answers, told in the present, no goal of its own. The
    caller rules out a modal or a time of the goal; a clause opened by the word ('..., dan
    heb ik ...') is a purpose or condition, read elsewhere. The word by the pronoun is its
    verb by the order alone, whatever the tagger calls it ('ik *werk* dan' as a noun, 'I then
    *work*' as an infinitive)."""
    doc = r.doc
    if i + 2 >= len(doc) or not r.is_word(doc[i], "nominative_pronouns"):
        return False
    verb, then = (doc[i + 1], doc[i + 2]) if r.grammar.verb_second else (doc[i + 2], doc[i + 1])
    if r.grammar.verb_second:
        verbal = verb.is_alpha and (verb.pos_ in ("VERB", "AUX") or not r.is_function_word(verb))
    else:
        verbal = verb.pos_ in ("VERB", "AUX")
    return verbal and r.is_word(then, "consequence_openers")


def _prefers(r: Reading, start: int, end: int) -> bool:
    """The writer's liking or preference stated in the present (the pack's
    ``preference_verbs``: 'I *like* the packing line more', 'I *prefer* days', 'ik werk
    *liever* buiten'): the word, or the verb it modifies, has the writer as its subject and
    no auxiliary of its own ('I'd like the course' is a wish)."""
    for a, _ in _matches(r, "preference_verbs", start, end):
        word = r.doc[a]
        verb = word if word.pos_ in ("VERB", "AUX") else word.head
        if any(c.dep_ in ("aux", "aux:pass") and c.lemma_ != "do" for c in verb.children):
            continue  # 'would like', 'zou liever': a wish; 'I do like' still a preference
        if any("Neg" in c.morph.get("Polarity", []) for c in verb.children):
            continue  # "I don't like X": a dislike, read by the rewriter's remarks
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if any(r.is_word(c, "first_person_subject") for c in subjects):
            return True
    return False


def _opens_sentence(r: Reading, start: int) -> bool:
    """The unit at ``start`` opens the text or a sentence of it."""
    return start == 0 or r.doc[start - 1].text in SENTENCE_END


def _own_line(r: Reading, start: int, end: int) -> bool:
    """Whether tokens ``start``-``end`` stand on a line of their own (after a list marker:
    nothing but digits and punctuation between the line break and them)."""
    doc = r.doc
    at = start
    while at > 0 and not is_line_break(doc[at - 1]):
        at -= 1
        if doc[at].is_alpha:
            return False
    rest = end
    while rest < len(doc) and not is_line_break(doc[rest]):
        if doc[rest].is_alpha:
            return False
        rest += 1
    return True


def _own_modals(r: Reading, start: int, end: int) -> list[int]:
    """Modal and hedge words of the statement's own clauses: not those in a clause that a
    relative or interrogative word or a subordinator opens after the last comma before
    them ('... voor wat klanten *willen*', 'the price they *want*'): someone else's wish,
    told. One pass over the tokens (a long text has many modals)."""
    opened = -1  # the token that last opened an embedded clause, since the last comma
    embedded: dict[int, bool] = {}
    for t in r.doc[start:end]:
        if t.text in (",", ":"):
            opened = -1
        elif (
            t.pos_ == "SCONJ"
            or {"Rel", "Int"} & set(t.morph.get("PronType", []))
            or r.is_word(t, "relative_words")
        ):
            opened = t.i
        embedded[t.i] = opened >= 0 and opened < t.i
    found = []
    particles = r.words("separable_particles") | r.words("double_particles")
    # a duty nobody owns ('There *has to* be someone who ...') commits as a modal does; the
    # writer's own duty told ('I have to present at the quarterly meeting') tells the present
    mine = any(r.is_word(t, "first_person_subject") for t in r.doc[start:end])
    keys: tuple[LexiconKey, ...] = ("modal_verbs", "hedges")
    if not mine:
        keys = (*keys, "obligation_modals")
    for key in keys:
        for a, _ in _matches(r, key, start, end):
            if embedded.get(a, False) or _others_wish(r, start, a) or _consequence(r, start, a):
                continue
            if not particle_verb_alone(r.doc[a], particles):  # 'Soms gaat het mis': misgaan
                found.append(a)
    return sorted(set(found))


def _others_wish(r: Reading, start: int, modal: int) -> bool:
    """A modal right after a noun that is not the sentence's first word ('... voor wat
    *klanten willen*', 'what *customers want*'): someone else's wish, told (a Dutch verb
    second puts the writer's own modal before its subject)."""
    if modal - 1 <= start + 1:
        return False
    before = r.doc[modal - 1]
    return before.pos_ in ("NOUN", "PROPN") and not r.is_word(before, "first_person_subject")


def _consequence(r: Reading, start: int, modal: int) -> bool:
    """A duty in a clause coordinated after the statement that tells what it leads to ('Ik
    bestel vaak te veel van een titel *en dan moeten* er weer retouren naar het CB', 'and
    then the returns have to go back'): part of the situation told, no goal. The clause
    opens with a coordinator and one of the pack's ``consequence_openers`` since the last
    comma before the modal."""
    if not r.is_word(r.doc[modal], "obligation_modals"):
        return False
    for t in reversed(r.doc[start:modal]):
        if t.text in (",", ";", ":"):
            return False
        if r.is_word(t, "consequence_openers") and t.i > start:
            return r.doc[t.i - 1].pos_ == "CCONJ"
    return False


def _sign(r: Reading, start: int, end: int) -> bool:
    """A sign of the present at tokens ``start``-``end``; a one-word verb among them ('keep')
    tells a habit only before the verb it governs ('they *keep slipping*', not 'I keep the
    stock lists')."""
    token = r.doc[start]
    if end - start > 1 or token.pos_ not in ("VERB", "AUX") or end >= len(r.doc):
        return True
    after = r.doc[end]
    return after.pos_ in ("VERB", "AUX") or "Ger" in after.morph.get("VerbForm", [])


def _statement(r: Reading, tokens: list[Token]) -> bool:
    """A clause that states: a finite verb not in the imperative, a nominative subject, or
    (verb-second languages) a finite auxiliary opening a subjectless first-person clause
    ('Ben nu erg afhankelijk van ...')."""
    words = [t for t in tokens if t.is_alpha]
    if not words:
        return False
    first = words[0]
    if "Imp" in first.morph.get("Mood", []):
        return False  # 'Get my reports out', 'Be a better team player'
    zero = r.is_word(first, "zero_counts")  # 'Zero mistakes in X.': a target told short
    for t in words:
        if t is first and zero:
            continue  # the zero of the target, whatever the tagger calls it
        if "Fin" in t.morph.get("VerbForm", []) and "Imp" not in t.morph.get("Mood", []):
            return True
        if zero:
            continue  # what the zero counts is no subject of a clause ('mistakes in picking')
        if t.dep_ in _SUBJECT_DEPS and (r.is_word(t, "nominative_pronouns") or _verb_inside(t)):
            return True  # a subject of its own: "De gesprekken verlopen stroef"
    if not r.grammar.verb_second:
        return False
    return r.is_auxiliary(first) or _verb_second_by_order(r, words)


def _verb_second_by_order(r: Reading, words: list[Token]) -> bool:
    """An adverb, a word, then a nominative pronoun ('Nu *programmeer* ik alles …'): in a
    verb-second clause the word between is the finite verb, whatever the tagger calls it."""
    return (
        len(words) >= 3
        and words[0].pos_ == "ADV"
        and not r.is_function_word(words[1])
        and r.is_word(words[2], "nominative_pronouns")
    )


def _verb_inside(subject: Token) -> bool:
    """The subject's head is a verb that does not end the clause: 'De gesprekken *verlopen*
    soms stroef' states, 'Overzicht *houden*.' (an infinitive last, a Dutch goal fragment
    whose object the parser took for a subject) does not."""
    head = subject.head
    if head.pos_ not in ("VERB", "AUX", "ADJ") or head.i < subject.i:
        return (
            head.pos_ in ("VERB", "AUX")
            and head.i < subject.i
            and "Fin" in head.morph.get("VerbForm", [])
        )
    after = [t for t in head.doc[head.i + 1 :] if not t.is_space]
    return bool(after) and not after[0].is_punct


def _perceiving(r: Reading, start: int, end: int) -> int | None:
    """The token index of a perception, feeling or reporting verb in the statement, if one
    is there: tagged a verb, or (the tagger takes some for nouns: 'nobody *knows*') not
    after a determiner ('a *sense* of', 'het *gevoel*' is a noun)."""
    for a, _ in _matches(r, "perception_verbs", start, end):
        token = r.doc[a]
        before = r.doc[a - 1] if a > start else None
        if token.pos_ in ("VERB", "AUX") or before is None or before.pos_ != "DET":
            return a
    return None


def _timed(r: Reading, start: int, end: int, allow_routine: bool, told_back: bool = False) -> bool:
    """A time of the goal inside the statement: a deadline ahead, a start or an event; a
    routine too, unless the next sentence points back to it ('Ik loop elk jaar achter.
    Hier moet ik iets mee.'), is set off by an event beside a marker of the present, or
    tells someone else's present ('Op dit moment doet mijn
    collega er 4 uur per week over'; the writer's own routine with 'nu' may be the goal). A
    duration beside a situation marker ('nu 12 jaar', 'at the
    moment ... for three months') is how long things have been so, no deadline. With
    ``told_back`` (a statement told last), a time counted back ('vorig jaar') is when it
    happened, no time of the goal. A day or a period of a routine in a habit told ('I often
    book too many clients *in one day*', 'I often overbook *the Monday*') is when it happens;
    a calendar frame stays the goal's ('dat hij *dit jaar* af en toe de dagstart overneemt')."""
    begin, stop = r.doc[start].idx, r.doc[end - 1].idx + len(r.doc[end - 1].text)
    markers = _matches(r, "situation_markers", start, end)
    situated = bool(markers)
    mine = any(r.is_word(t, "first_person_subject") for t in r.doc[start:end])
    habits = [r.doc[a:b] for a, b in _matches(r, "habit_markers", start, end)]
    # 'vaker' (lemma 'vaak'): a comparative tells a change, no habit of the present
    habits = [h for h in habits if not any("Cmp" in w.morph.get("Degree", []) for w in h)]
    for t in r.times:
        if not (begin <= t.start < stop) or t.kind not in _GOAL_TIMES:
            continue
        if told_back and (t.start, t.end) in r.passed:
            continue  # 'Vorig jaar ging het twee keer mis', told last: when it happened
        if t.kind == "recurring" and (allow_routine or (situated and not mine)):
            continue  # 'Op dit moment doet mijn collega er 4 uur per week over': so it is
        if t.kind == "recurring" and situated and _estimated(r, t.start, start):
            continue  # 'Ik zit nu gemiddeld op 45 uur per week': the present, measured
        if t.kind == "recurring" and situated and _triggered(r, t.start, t.end, start, end):
            continue  # 'Right now I ask Tom whenever ...': what the writer does when it happens
        if any(h.start_char < t.end and t.start < h.end_char for h in habits):
            continue  # 'af en toe', 'now and then': a habit, no countable routine
        if t.kind == "deadline" and any(_same_clause(r, a, t.start) for a, _ in markers):
            continue  # 'nu 12 jaar', 'at the moment ... for three months': so far
        daily = t.kind == "recurring" or (t.kind == "deadline" and t.granularity == "day")
        if daily and habits:
            continue  # 'I often overbook the Monday': when the habit happens, no deadline
        return True  # '..., doel is onder de 3% eind van het jaar': the target after the now
    return False


def _triggered(r: Reading, begin: int, stop: int, start: int, end: int) -> bool:
    """A routine set off by an event, not by the calendar: the time holds a word of the
    pack's ``condition_markers`` ('*whenever* a part needs X', 'elke keer *als* er een
    storing is'). Beside a marker of the present it tells how the writer handles that event
    today, the problem the goal answers; a frequency ('every week') may still be the goal's."""
    return any(
        begin <= r.doc[a].idx < stop for a, _ in _matches(r, "condition_markers", start, end)
    )


def _estimated(r: Reading, at: int, start: int) -> bool:
    """An estimate word (the pack's ``amount_estimates``) in the three tokens before the
    time at character ``at``: 'gemiddeld 45 uur per week', 'about 3 a day' is how much it
    is now; a routine the writer commits to names its amount plainly."""
    begin = next((t.i for t in r.doc[start:] if t.idx + len(t.text) > at), len(r.doc))
    return any(
        b >= begin - 3 and a < begin for a, b in _matches(r, "amount_estimates", start, begin)
    )


def _told_back(r: Reading, start: int, end: int) -> bool:
    """A statement of what happened, set at a time counted back from the day of writing
    ('*Vorig jaar* is het twee keer gebeurd', '*Last month* three orders went out late'),
    told last: the problem the goal answers. What the writer did then ('Vorig kwartaal
    hebben we ... gemaakt') is the past the next step builds on, and an event told between
    goals stays between them; the rewriter reads both itself (fixing/rewrite/context.py,
    several.py)."""
    begin, stop = r.doc[start].idx, r.doc[end - 1].idx + len(r.doc[end - 1].text)
    if any(r.is_word(t, "first_person_subject") for t in r.doc[start:end]):
        return False
    if any(t.text == ":" for t in r.doc[start : start + 3]):
        return False  # 'Reason: two samples were mixed up last month.': a labelled line
    return any(begin <= a < stop for a, _ in r.passed)


def _same_clause(r: Reading, token: int, char: int) -> bool:
    """No comma between the token ``token`` and the character offset ``char``: a marker of
    the present dates only the time in its own clause ('Nu zitten we op 5%, doel is 3% eind
    van het jaar': the second clause is the target, no time so far)."""
    at = r.doc[token].idx
    low, high = min(at, char), max(at, char)
    return not any(t.text in (",", ";") and low < t.idx < high for t in r.doc)


def _points_back(r: Reading, start: int, end: int) -> bool:
    """A sentence that opens with a word pointing back to the one before and commits to it
    ('Daar wil ik me in verdiepen', 'Hier moet ik echt iets mee', 'That's why I want ...')."""
    words = [t for t in r.doc[start:end] if t.is_alpha]
    if not words:
        return False
    opener = next(
        (m for m in _matches(r, "anaphoric_openers", start, end) if m[0] == words[0].i), None
    )
    if opener is None or (r.doc[opener[0]].pos_ == "DET" and opener[1] - opener[0] == 1):
        return False  # 'Dit jaar wil ik ...': a determiner, no pointer
    return any(True for key in ("modal_verbs", "hedges") for _ in _matches(r, key, opener[1], end))


def _clause_before_wish(r: Reading, start: int, end: int) -> tuple[int, int] | None:
    """A clause of context coordinated before a wish in one sentence ('Ik werk hier nu 12
    jaar en zou graag ...'): the clause up to the coordinator, when it is context and the
    rest holds a modal."""
    for t in r.doc[start + 2 : end]:
        if t.pos_ != "CCONJ":
            continue
        wish = [a for key in ("modal_verbs", "hedges") for a, _ in _matches(r, key, t.i + 1, end)]
        if not wish or min(wish) > t.i + 2:
            return None  # 'en zou graag', 'and I want': the wish opens the rest
        if not any(r.is_word(u, "first_person_subject") for u in r.doc[start : t.i]):
            return None
        return (start, t.i) if _is_context(r, start, t.i, False) else None
    return None


def _clause_before_own_wish(r: Reading, start: int, end: int) -> tuple[int, int] | None:
    """A clause of context spliced with a comma before the writer's own wish ('Mijn
    collega's vragen mij altijd om hulp, ik wil ...', 'The handover is often rushed, so I
    want to ...'): the clause up to the comma, when it is context and the writer and a
    modal open the rest. Unlike a clause coordinated before a wish, the wish has its own
    subject, so the clause can be cut like a sentence (judging/situation.py)."""
    comma = next((t.i for t in r.doc[start + 2 : end] if t.text == ","), None)
    if comma is None or not _wish_opens(r, comma + 1, end):
        return None
    if any(r.is_word(t, "first_person_subject") for t in r.doc[start:comma]):
        return None  # 'At the moment I think it's about 1 in 10, I'd like to halve that'
    told = _is_context(r, start, comma, False) or _others_state(r, start, comma)
    return (start, comma) if told else None


def _others_state(r: Reading, start: int, end: int) -> bool:
    """How a thing is or what others do, told right before the writer's own wish (the caller
    checks the wish): a statement with a noun, not the writer, as the subject of its verb, no
    modal, no question and no time of a goal ('Mijn collega's vragen mij altijd om hulp',
    'The stock list is often wrong'). Before the writer's wish it needs no other sign; it
    opens on its subject (a sentence opened by 'Even though ...' is no statement of its own)."""
    tokens = list(r.doc[start:end])
    words = [t for t in tokens if t.is_alpha]
    if not words or words[0].pos_ not in SUBJECT_OPENERS:
        return False  # it opens on its subject, not on 'Even though ...'
    if any(t.text == "?" for t in tokens) or not _statement(r, tokens):
        return False
    if _own_modals(r, start, end) or _timed(r, start, end, allow_routine=False):
        return False
    if any(r.is_word(t, "first_person_subject") for t in tokens):
        return False
    return any(
        t.dep_ in _SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and start <= t.head.i < end
        for t in tokens
    )


#: How far into the clause after a comma the writer and a wish stand ('daarom wil ik', 'so I
#: will').
_WISH_REACH = 4


def _wish_opens(r: Reading, start: int, end: int) -> bool:
    """The writer as subject and a modal or hedge among the first words from ``start``."""
    stop = min(end, start + _WISH_REACH)
    wish = [a for key in ("modal_verbs", "hedges") for a, _ in _matches(r, key, start, stop)]
    writer = any(r.is_word(u, "first_person_subject") for u in r.doc[start:stop])
    return bool(wish) and writer


def _span(r: Reading, start: int, end: int, kind: ContextKind) -> ContextSpan:
    tokens = list(r.doc[start:end])
    first, last = tokens[0], tokens[-1]
    begin, stop = first.idx, last.idx + len(last.text)
    return ContextSpan(text=r.text[begin:stop], start=begin, end=stop, kind=kind)
