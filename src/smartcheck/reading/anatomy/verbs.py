"""Find the goal's verbs and choose its action.

Verbs are found three ways, so that a wrong tag or a missing parse rarely loses the action:
part-of-speech tags (VERB/AUX), word order (the Dutch finite verb stands right after a
clause-initial subject pronoun or right before an inverted one; an English verb follows a
modal, "to" or the subject), and the rule pack's verb lists (for untagged Docs and capitalised
first words a tagger mistakes for names: "Leren", "Improve").

The action is the lexical verb: not a modal, hedge or control verb ("wil", "try to", "hope
to"), not an auxiliary, unless nothing else is there ("Beter worden" -> worden). In Dutch the
lexical verb of a modal clause is the non-finite verb at the clause end ("wil ... behalen");
in English it is the first verb after the modals ("want to pass").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from smartcheck.reading.anatomy.infinitives import form_infinitives
from smartcheck.reading.anatomy.verb_order import after_object_and_adverb
from smartcheck.reading.anatomy.words import VERB_KEYS, VERB_POS, Reading, _lemma
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

NONFINITE_FORMS = ("Inf", "Part", "Ger")


def verb_candidates(r: Reading, start: int, end: int) -> list[Token]:
    """Tokens in [start, end) that are verbs by tag, word order or word list."""
    tokens = [
        t
        for t in r.doc[start:end]
        if _wordlike(t)
        and t.i not in r.time_tokens
        and not _in_hyphenated_word(t)
        and not r.is_word(t, "negations")
    ]
    found = {t.i for t in tokens if _tagged_verb(r, t, start)}
    for token in tokens:  # in text order: each rule sees the verbs found before
        if token.i in found:
            continue
        if _verb_by_order(r, token, start, found) or _verb_untagged_or_mistagged(
            r, token, start, end, found
        ):
            found.add(token.i)
    return [r.doc[i] for i in sorted(found)]


def _verb_untagged_or_mistagged(
    r: Reading, token: Token, start: int, end: int, found: set[int]
) -> bool:
    if not r.tagged:
        return _verb_by_list(r, token, start, end, found)
    if not r.grammar.verb_second:
        return False
    earlier = any(i < token.i for i in found)
    opening = not earlier and after_object_and_adverb(r, token, start)
    return opening or _mistagged_infinitive(r, token, end, found)


def _in_hyphenated_word(token: Token) -> bool:
    """Part of a hyphenated compound ("first-aid"): never a verb of its own."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    joined_before = before is not None and before.text == "-" and not before.whitespace_
    joined_after = after is not None and after.text == "-" and not token.whitespace_
    return joined_before or joined_after


def _mistagged_infinitive(r: Reading, token: Token, end: int, found: set[int]) -> bool:
    """A clause-final infinitive after a modal, tagged as a noun ("wil Duits beheersen")."""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ", "X") or not r.is_infinitive_form(token):
        return False
    framed = any(r.is_framing(r.doc[i]) and i < token.i for i in found)
    last_word = all(t.is_punct for t in r.doc[token.i + 1 : end])
    return framed and last_word


def _wordlike(token: Token) -> bool:
    return bool(token.is_alpha or token.text.startswith("'") or "-" in token.text)


def _tagged_verb(r: Reading, token: Token, start: int) -> bool:
    if not r.tagged or token.dep_ == "compound:prt":
        return False
    if token.pos_ in VERB_POS:
        # a compound's first part stays a verb for the reading: the tagger may have missed the
        # goal's own verb before it ('Attend the Ligna *trade* fair', 'Attend' an ADP)
        return not measure_before_verb(r, token) and not modified_noun(token, compound=False)
    # Taggers call a capitalised first word a name ("Leren om ..."): trust the verb lists.
    if token.pos_ not in ("PROPN", "NOUN", "ADJ", "X"):
        return False
    if after_field_name(token) and _imperative_before_object(r, token):
        return True  # 'Woodturning: *sell* my bowls'
    first = token.i == start or bool(token.is_sent_start)
    return first and (_listed_verb(r, token) or _opening_teaching_verb(r, token))


#: Most words a field's name before a colon has ('Python:', 'Stock control:').
FIELD_NAME_WORDS = 3


def after_field_name(token: Token) -> bool:
    """``token`` opens what follows a field's name and its colon at the text's start
    ('Woodturning: *sell* bowls ...'): the first word of a goal told under a heading."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != ":":
        return False
    return token.i - 1 <= FIELD_NAME_WORDS and all(t.is_alpha for t in doc[: token.i - 1])


def _imperative_before_object(r: Reading, token: Token) -> bool:
    """English: the first word under a field's heading that the tagger called a noun or a
    name, with an article, demonstrative or possessive right after it ('Rigging: *shadow*
    the stage manager', 'Woodturning: *sell* my bowls'): no noun phrase opens so, so it is
    the imperative's verb before its object, when the dictionary inflects the word as a verb
    ('shadowing'). (At the text's start the frames read such a goal well already.)"""
    if r.grammar.verb_second or token.i + 1 >= len(token.doc):
        return False
    return object_opener(token.doc[token.i + 1]) and inflects_in_english(token.lower_)


def object_opener(token: Token) -> bool:
    """An article, demonstrative or possessive: it opens a noun phrase, so no noun stands
    right before it ('*move* my scripts', '*check* the hives')."""
    article = token.pos_ == "DET" and bool({"Art", "Dem"} & set(token.morph.get("PronType", [])))
    return article or (token.pos_ == "PRON" and "Yes" in token.morph.get("Poss", []))


def inflects_in_english(word: str) -> bool:
    """English: the dictionary knows a form in -ing of ``word`` ('moving', 'shadowing')."""
    stem = word[:-1] if word.endswith("e") and len(word) > 2 else word
    return any(known_word(f, "en") for f in {f"{word}ing", f"{stem}ing", f"{word}{word[-1]}ing"})


#: Dependencies a verb of its own has: a subject, an auxiliary, an object.
_CLAUSE_DEPS = ("nsubj", "aux", "obj", "xcomp", "ccomp")


def modified_noun(token: Token, compound: bool = True) -> bool:
    """A word the tagger called a verb that the parse makes part of a noun phrase: with an
    adjective right before it as its modifier ('Maybe *first aid*': only a noun takes an
    adjective so) or as the first part of a compound noun right after it ('Possibly
    *forklift* licence'); and with no subject, auxiliary or object of its own, no verb of a
    clause."""
    if any(c.dep_.startswith(_CLAUSE_DEPS) for c in token.children):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if compound and token.dep_ == "compound" and after is not None and token.head == after:
        before = token.doc[token.i - 1] if token.i > 0 else None
        opening = ("AUX", "PART", "PUNCT", "SPACE", "SYM", "X")
        if before is None or token.is_sent_start or before.pos_ in opening or not before.is_alpha:
            return False  # '*Learn* handling of ...', 'to *drive* forklifts': the verb opens
        return after.pos_ in ("NOUN", "PROPN")
    if any(c.dep_ == "compound:prt" for c in token.children):
        return False  # 'my team lead *pointed out*': a verb with its particle
    if {"Ger", "Part"} & set(token.morph.get("VerbForm", [])):
        return False  # 'Better *planning*': an -ing form, read as one where it names a thing
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.head != token or before.dep_ != "amod" or before.pos_ != "ADJ":
        return False
    if before.i > 0 and before.nbor(-1).pos_ in ("NOUN", "PROPN", "PRON"):
        return False  # 'my team *lead* pointed': the adjective ends a subject, no modifier
    if "Cmp" in before.morph.get("Degree", []):
        return False  # 'More *focus* during meetings': a comparative target, read as before
    return not _infinitive_with_adverb(token)


def _infinitive_with_adverb(token: Token) -> bool:
    """In a language whose infinitive has an ending of its own (the pack grammar's
    ``infinitive_ending``: Dutch '-en'), a word in that ending after an adjective is the
    infinitive with its adverb ('*beter luisteren*', 'goed plannen'): the adjective serves as
    the adverb there, whatever the parse calls it."""
    ending = _infinitive_ending(token.lang_)
    return bool(ending) and token.lower_.endswith(ending)


@cache
def _infinitive_ending(lang: str) -> str:
    from smartcheck.configuration.packs import builtin_pack
    from smartcheck.errors import RulePackError

    try:
        return builtin_pack(lang).grammar.infinitive_ending
    except RulePackError:  # a language without a built-in pack: no ending known
        return ""


def _opening_teaching_verb(r: Reading, token: Token) -> bool:
    """'*Coach* junior staff on the CRM', '*Teach* windsurfing to beginners': a verb of
    passing a skill on (the pack's ``teaching_verbs``) that opens the goal before its
    object; before a preposition or at the end ('Mentor for new hires') it names a role."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is None or not after.is_alpha or r.is_preposition(after):
        return False
    return r.is_word(token, "teaching_verbs")


def measure_before_verb(r: Reading, token: Token) -> bool:
    """A measure word the tagger calls a verb, right before a verb, in a verb-final clause:
    the object before its verb ('marifoon certificaat halen', 'klant rapport schrijven'). A
    small pipeline tags the noun of a compound written apart as a verb; a deliverable is no
    verb of a cluster ('leren werken')."""
    after = token.i + 1
    if not r.grammar.verb_second or after >= len(r.doc) or r.doc[after].pos_ not in VERB_POS:
        return False
    return any(start <= token.idx < end for start, end in r.measure_spans)


def _listed_verb(r: Reading, token: Token) -> bool:
    lower = token.lower_
    return any(lower in r.words(k) or lemma_of(lower, r.lang) in r.words(k) for k in VERB_KEYS)


def _verb_by_order(r: Reading, token: Token, start: int, found: set[int]) -> bool:
    """The verb right after a subject pronoun (both languages) or right before an inverted
    one (Dutch verb-second: "In 2027 werk ik")."""
    doc = r.doc
    before = doc[token.i - 1] if token.i > start else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and r.is_subject_pronoun(before):
        earlier = any(i < before.i for i in found)
        return not earlier and not r.is_determiner(token) and not r.is_subject_pronoun(token)
    if not r.grammar.verb_second or after is None or not r.is_subject_pronoun(after):
        return False
    if token.i == start and not _after_fronted_clause(r, token):
        return False
    if any(i < token.i for i in found) or r.is_determiner(token):
        return False
    if r.is_preposition(token):
        return particle_stem(r, token, len(doc))
    listed = _listed_verb(r, token)
    return listed or not (r.is_function_word(token) or token.pos_ in ("CCONJ", "PUNCT"))


def _after_fronted_clause(r: Reading, token: Token) -> bool:
    """The first word of a main clause after a fronted one ("Als ..., *bel* ik", "..., dan
    *maak* ik"): the clause before it is its first constituent, so it is verb-second."""
    if token.i == 0:
        return False
    before = r.doc[token.i - 1]
    return before.text == "," or r.is_word(before, "consequence_words")


def _verb_by_list(r: Reading, token: Token, start: int, end: int, found: set[int]) -> bool:
    """Untagged Docs: listed verbs, words after a modal or 'to', Dutch clause-final
    infinitives and participles after an auxiliary, English imperatives."""
    prev = r.doc[token.i - 1] if token.i > start else None
    after_article = prev is not None and (r.is_determiner(prev) or r.is_preposition(prev))
    verb_second = r.grammar.verb_second
    if verb_second and _listed_verb(r, token) and not after_article:
        return not r.is_preposition(token)
    if verb_second and _second_constituent(r, token, start, found):
        return True
    framed = any(r.is_framing(r.doc[i]) or r.is_auxiliary(r.doc[i]) for i in found)
    if not verb_second:
        if prev is not None and (
            r.is_framing(prev)
            or r.is_auxiliary(prev)
            or prev.lower_ in r.words("infinitive_markers")
            or prev.lower_ in r.words("negation_particles")
        ):
            return not r.is_determiner(token) and not r.is_preposition(token)
        return token.i == start and not found and not _framed_later(r, token, end)
    if token.lower_ in r.ctx.pack.function_words:
        return False
    if looks_like_participle(token.lower_, r) and framed:
        return True
    infinitive = r.is_infinitive_form(token) and len(token) > 3
    return infinitive and (framed or not found) and _clause_final(r, token, end)


def _second_constituent(r: Reading, token: Token, start: int, found: set[int]) -> bool:
    """Dutch verb-second after a two-word noun phrase: "De medewerker *volgt* ..."."""
    if found or token.i != start + 2 or not r.is_determiner(r.doc[start]):
        return False
    return not (r.is_function_word(token) or r.is_preposition(token) or r.is_determiner(token))


def _framed_later(r: Reading, token: Token, end: int) -> bool:
    return any(r.is_framing(t) or r.is_auxiliary(t) for t in r.doc[token.i + 1 : end])


def _clause_final(r: Reading, token: Token, end: int) -> bool:
    """Whether the word ends the clause or stands before another (listed) verb."""
    nxt = r.doc[token.i + 1] if token.i + 1 < end else None
    return nxt is None or nxt.is_punct or _listed_verb(r, nxt)


def looks_like_participle(word: str, r: Reading) -> bool:
    """Regular past participles by the pack's grammar: Dutch (particle+)ge...d/t/en,
    English ...ed."""
    return r.grammar.looks_like_participle(word, r.words("separable_particles"))


def is_nonfinite(r: Reading, token: Token, candidates: list[Token]) -> bool:
    """Infinitive or participle: by morphology, else by position after a modal/auxiliary.

    A Dutch main clause has one finite verb, the first: any verb after a modal or auxiliary
    is non-finite whatever its tag says (the tagger often calls "wil ... verbeteren" finite).
    """
    first = r.first_frame(candidates)
    framed = first is not None and first < token.i  # a modal or auxiliary before it
    if r.grammar.verb_second and framed:
        return True
    forms = token.morph.get("VerbForm", [])
    if forms:
        return any(f in NONFINITE_FORMS for f in forms)
    if not framed:
        return False
    if r.grammar.verb_second:
        return r.is_infinitive_form(token) or looks_like_participle(token.lower_, r)
    return True


def choose_action(r: Reading, candidates: list[Token]) -> Token | None:
    """The lexical verb among the candidates (see the module docstring)."""
    lexical = [c for c in candidates if not r.is_framing(c) and not r.is_auxiliary(c)]
    if r.grammar.verb_second:
        nonfinite = [c for c in lexical if is_nonfinite(r, c, candidates)]
        if nonfinite:
            return nonfinite[-1]
    if lexical:
        return lexical[0]
    auxiliaries = [c for c in candidates if r.is_auxiliary(c)]
    if auxiliaries:
        return auxiliaries[-1]
    return candidates[0] if candidates else None


def separable_particle(r: Reading, verb: Token, end: int, candidates: list[Token]) -> Token | None:
    """The split-off particle of a finite Dutch verb: "rond ... *af*", "zet ... *uit* tijdens".

    A particle is a particle word that the parse marks compound:prt, or that stands where a
    preposition cannot: at the clause end or right before another preposition.
    """
    if not r.grammar.separable_verbs or is_nonfinite(r, verb, candidates):
        return None
    marked = [
        c for c in verb.children if c.dep_ == "compound:prt" and c.i > verb.i and _joins(r, c, verb)
    ]
    if marked:
        return marked[-1]
    return _stranded_particle(r, verb, end)


def _joins(r: Reading, particle: Token, verb: Token) -> bool:
    """A word the parse calls a particle is one when it is a particle word or makes a known
    verb with the stem ("leg ... vast"); a noun it mislabels does not ("haal ik mijn
    rijbewijs": no verb "rijbewijshalen")."""
    if r.is_word(particle, "separable_particles"):
        return True
    return particle.is_alpha and _known_verb(particle.lower_ + dutch_infinitive(verb), r.lang)


def particle_stem(r: Reading, token: Token, end: int) -> bool:
    """A Dutch verb stem that is also a preposition ("*rond* ik het project af", "Morgen
    *rond* ik ... af"): in verb-second order, before its subject, it is the finite verb when
    its particle stands stranded at the clause end and the two make a known verb."""
    if not r.grammar.separable_verbs:
        return False
    return _stranded_particle(r, token, end) is not None


def _stranded_particle(r: Reading, verb: Token, end: int) -> Token | None:
    """A particle word after the verb where a preposition cannot stand (at the clause end or
    right before another preposition) that makes a known verb with it."""
    found = None
    for token in r.doc[verb.i + 1 : end]:
        if not r.is_word(token, "separable_particles") or token.i in r.time_tokens:
            continue
        nxt = r.doc[token.i + 1] if token.i + 1 < len(r.doc) else None
        stranded = (
            nxt is None
            or nxt.i >= end
            or nxt.is_punct
            or nxt.pos_ == "CCONJ"  # "rond ik de cursus af *en* ...": the clause ends here
            or r.is_preposition(nxt)
        )
        forms = [dutch_infinitive(verb), *form_infinitives(verb.lower_)]
        # "pas ... toe": its guessed infinitive is "pasen", the verb "toepassen"
        if stranded and any(_known_verb(token.lower_ + form, r.lang) for form in forms):
            found = token
    return found


def _known_verb(word: str, lang: str = "nl") -> bool:
    return known_word(word, lang)


def dutch_infinitive(verb: Token) -> str:
    """The infinitive of a Dutch verb form: the form itself for -en forms, else the lemma,
    else a regular infinitive built from the stem ("werk" -> "werken", "zet" -> "zetten")."""
    form = verb.lower_
    lemma = _lemma(verb)
    if form.endswith("en") and not (form.startswith("ge") and lemma != form):
        return form
    if lemma.endswith("en") and lemma != form:
        return lemma
    for candidate in form_infinitives(form):
        if _known_verb(candidate):
            return candidate
    return lemma


def action_lemma(r: Reading, verb: Token, particle: Token | None) -> str:
    """The dictionary form of the action, with a separable particle joined on (Dutch)."""
    if not r.grammar.separable_verbs:
        lemma = _lemma(verb)
        if verb.text[:1].isupper() and lemma == verb.lower_:
            lemma = lemma_of(verb.lower_, r.lang).lower()
        return lemma
    infinitive = dutch_infinitive(verb)
    if particle is not None and not infinitive.startswith(particle.lower_):
        return particle.lower_ + infinitive
    return infinitive
