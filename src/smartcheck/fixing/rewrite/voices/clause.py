"""The writer's clause read out of another voice's frame: the readers every kind of voice
shares (who the other person is, where the writer's clause ends, its main-clause order, the
other's duty made the writer's commitment) and :class:`Voice`, what each kind finds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    gerund_bases,
    infinitive_ending,
    is_common_word,
    is_participle_nl,
    join,
    looks_infinitive_nl,
    stem_infinitives,
    tidy,
)
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


@dataclass(frozen=True)
class Voice:
    """The writer's clause as a goal of its own, and the phrase that keeps the other voice."""

    inner: str
    credit: str
    #: The writer's own means ('de maandagbriefing leiden'), for the behaviour the rewrite
    #: of ``inner`` asks for.
    behaviour: str = ""
    #: Words the rewrite of ``inner`` must hold to be the writer's part ('will make sure
    #: that'): without them it still tells someone else's wish.
    needs: str = ""
    #: The characters of the writer's comment on the advice that the rewrite leaves out
    #: ('Ik denk dat dat wel lukt.'; comments.py), if any.
    dropped: tuple[int, int] | None = None


def as_wished(style: RewriteStyle) -> str:
    """The frame of the other's words as the reason ('zoals {who}'); checked by other_voice."""
    return style.frames.as_wished or "{who}"


def credited(who: list[Word], said: list[Word], verb: Word, style: RewriteStyle) -> str:
    """The other's words as the reason of the writer's commitment: a verb of opinion as
    advice ('zoals mijn teamleider adviseert', 'as my manager advises';
    ``frames.as_judged``), since 'zoals mijn teamleider vindt' leaves the opinion without
    its complement; any other verb with its adverbs as said ('zoals mijn teamleider wil',
    'as my manager says')."""
    judged = style.frames.as_judged
    if who and who[-1].plural and style.frames.as_judged_plural:
        judged = style.frames.as_judged_plural  # 'zoals mijn ouders adviseren'
    if judged and verb.lemma.lower() in style.credited_opinions:
        return judged.format(who=lowered(who, style))
    return as_wished(style).format(who=lowered([*who, *said], style))


def names_person(words: list[Word], style: RewriteStyle) -> bool:
    """Do ``words`` name another person ('mijn leidinggevende', 'de teamchef', 'HR'): a
    noun phrase with a noun or name, without the writer ('ik', 'I'), perhaps with one
    prepositional phrase after its noun ('mijn opleider in de apotheek', 'the head of
    department'), or a bracket after it that tells who that is ('mijn vader
    (schipper/eigenaar)')?"""
    opening = _closing_bracket(words)
    if opening is not None:
        told = words[opening + 1 : -1]
        return names_person(words[:opening], style) and not any(
            w.lower in style.subjects for w in told
        )
    at = next((n for n, w in enumerate(words) if w.pos == "ADP"), None)
    if at is not None and at > 0:
        place = words[at + 1 :]
        return (
            names_person(words[:at], style)
            and any(w.pos in ("NOUN", "PROPN") for w in place)
            and all(w.pos in ("DET", "PRON", "ADJ", "NOUN", "PROPN") for w in place)
            and not any(w.lower in style.subjects for w in place)
        )
    if not words or any(
        not w.is_word or w.lower in style.subjects or w.pos in _NOT_IN_A_NAME for w in words
    ):
        return False
    if len(words) == 1:
        return words[0].pos in ("NOUN", "PROPN") or acronym(words[0]) or _subject_noun(words[0])
    # 'mijn begeleider', 'de teamchef' (the tagger may miss the noun after its determiner)
    return words[0].pos in ("DET", "PRON") or all(w.pos in ("NOUN", "PROPN") for w in words)


def _subject_noun(word: Word) -> bool:
    """A bare role noun without its determiner that the tagger calls an adjective
    ('*Teamleider* zegt dat ...', read as a comparative for its '-er'; also 'Werkbegeleider',
    'Opleider'): alone as a subject, an adjective is a noun by its function."""
    return word.pos == "ADJ" and word.dep == "nsubj" and word.text[:1].isupper()


def acronym(word: Word) -> bool:
    """A name written in capitals ('HR', 'OR', 'MT'), whatever the tagger called it (it
    may take 'HR' for a determiner)."""
    return len(word.text) >= 2 and word.text.isalpha() and word.text.isupper()


#: Parts of speech never inside a phrase that names a person.
_NOT_IN_A_NAME = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "NUM", "PUNCT", "PART"})


def is_voice(word: Word, style: RewriteStyle) -> bool:
    return word.lemma in style.voice_verbs or word.lower in style.voice_verbs


def committed(clause: list[Word], style: RewriteStyle, aux: str) -> list[Word]:
    """The other's duty for the writer as the writer's commitment: the clause's leading
    modal of duty ('moet ... aanleveren', 'should reply', 'need to reply'; the pack's
    own_part_drops) becomes the committed auxiliary ('ga', 'will')."""
    for size in (2, 1):
        lead = " ".join(w.lower for w in clause[:size])
        if len(clause) > size and lead in style.own_part_drops:
            return [Word(aux), *_conjunct_duties(clause[size:], lead)]
    return clause


def without_aux_again(rest: list[Word], aux: str, lang: str) -> list[Word]:
    """``rest`` without the committed auxiliary's own verb told before the clause's last
    infinitive ('moet ... *gaan* leren' -> 'ga ... leren'): beside 'ga' it is a second
    'gaan'. Only where another verb follows it."""
    own = lemma_of(aux.lower(), lang)
    return [
        w
        for n, w in enumerate(rest)
        if not (
            (w.lemma or w.lower) == own and n + 1 < len(rest) and rest[n + 1].pos in ("VERB", "AUX")
        )
    ]


def _conjunct_duties(rest: list[Word], lead: str) -> list[Word]:
    """``rest`` without the same one-word modal of duty told again in a coordinated act
    ('sneller *moet* werken en minder uren schrijven', 'call more often and *should* email
    less'): the committed auxiliary governs every conjunct, a second modal beside it would
    be a second finite verb. Only inside one clause (no comma or subordinator) with a
    coordinator in it."""
    if " " in lead:
        return rest
    stop = next((n for n, w in enumerate(rest) if w.text in ",;:" or w.pos == "SCONJ"), len(rest))
    if not any(w.pos == "CCONJ" for w in rest[:stop]):
        return rest
    return [w for n, w in enumerate(rest) if n >= stop or w.lower != lead]


def infinitive_clause(
    words: list[Word], style: RewriteStyle, particles: frozenset[str]
) -> list[Word] | None:
    """The words after 'me' as a bare infinitive phrase: 'to run the stand-up' -> 'run the
    stand-up', 'om vaker pauze te nemen' -> 'vaker pauze nemen', 'om de kast op te ruimen'
    -> 'de kast opruimen'; None when it is no infinitive clause."""
    markers = {m.lower() for m in style.infinitive_markers}
    complementizers = {c.lower() for c in style.complementizers}
    k = 1 if words and words[0].lower in complementizers else 0
    if style.word_order != "v2":
        return words[k + 1 :] if len(words) > k + 1 and words[k].lower in markers else None
    rest = words[k:]
    end = next((n for n, w in enumerate(rest) if w.text in ",;:"), len(rest))
    at = next((n for n in range(end - 2, -1, -1) if rest[n].lower in markers), None)
    if at is None or (at != end - 2 and not _moved_after(rest[at + 1 : end], markers)):
        return None  # the Dutch clause ends in 'te' + its verb (or a phrase moved after it)
    verb = rest[at + 1]
    if at > 0 and rest[at - 1].lower in particles:
        joined = rest[at - 1].with_text(rest[at - 1].text + verb.text)
        return [*rest[: at - 1], joined, *rest[at + 2 :]]
    return [*rest[:at], verb, *rest[at + 2 :]]


def _moved_after(words: list[Word], markers: set[str]) -> bool:
    """``words`` (from the verb after 'te' to the clause's end) are that verb and a
    prepositional phrase moved after it ('te sparren *met de andere trainers*'), with no
    other infinitive marker."""
    return (
        len(words) > 2
        and words[0].pos in ("VERB", "AUX")
        and words[1].pos == "ADP"
        and not any(w.lower in markers for w in words[1:])
    )


def bare_means(
    words: list[Word], style: RewriteStyle, particles: frozenset[str]
) -> list[Word] | None:
    """The means as a bare verb phrase: 'vaker te presenteren in het MT' -> 'vaker
    presenteren in het MT', 'de kast op te ruimen' -> 'de kast opruimen', 'leading the
    briefing' -> 'lead the briefing'; None when it is no verb phrase."""
    if not words:
        return None
    if style.word_order != "v2":
        base = gerund_base(words[0])
        return [words[0].with_text(base), *words[1:]] if base else None
    markers = {m.lower() for m in style.infinitive_markers}
    te = next((n for n in range(len(words) - 1, -1, -1) if words[n].lower in markers), None)
    if te is None or te + 1 >= len(words):
        return None
    verb = words[te + 1]
    if te > 0 and words[te - 1].lower in particles:
        joined = words[te - 1].with_text(words[te - 1].text + verb.text)
        return [*words[: te - 1], joined, *words[te + 2 :]]
    return [*words[:te], verb, *words[te + 2 :]]


def gerund_base(word: Word) -> str | None:
    """The bare verb of an English gerund ('leading' -> 'lead', 'making' -> 'make',
    'running' -> 'run'), by its lemma or the dictionary; None when it is no gerund."""
    tries = gerund_bases(word.lower)
    if tries and word.lemma and word.lemma != word.lower:
        return word.lemma
    return next((t for t in tries if known_word(t, lang="en")), None)


def spelled_opening(text: list[str], phrase: str) -> int | None:
    """How many tokens of ``text`` spell ``phrase`` at its start, spaces aside ('i', "'d",
    'love' spell "i'd love"), or None."""
    target = phrase.lower().replace(" ", "")
    spelled = ""
    for n, token in enumerate(text):
        spelled += token
        if spelled == target:
            return n + 1
        if not target.startswith(spelled):
            return None
    return None


def verb_phrase(words: list[Word]) -> bool:
    """Words that are a verb phrase without a subject ('proactiever zijn in het overleg',
    'double-check the charts'): a verb in its bare form, and no determiner or pronoun
    opening them (which would be a subject: 'de collega's werken ...')."""
    if not words or words[0].pos in ("DET", "PRON", "PROPN"):
        return False
    return any(w.pos in ("VERB", "AUX") and w.lemma == w.lower for w in words)


def writers_clause(
    words: list[Word], style: RewriteStyle, lang: str
) -> tuple[str, str, list[Word]] | None:
    """The writer's subject pronoun that opens ``words`` ('ik', 'I'), its committed auxiliary
    and the clause after it, in main-clause order (:func:`main_order`); None when no subject
    pronoun opens them or the Dutch order cannot be made."""
    if not words or words[0].lower not in style.subjects:
        return None
    me = words[0].lower
    aux = style.subjects[me]
    clause = words[1:]
    if style.word_order == "v2":
        ordered = main_order(clause, style, aux, lang)
        if ordered is None:
            return None
        clause = ordered
    return me, aux, clause


def main_order(clause: list[Word], style: RewriteStyle, aux: str, lang: str) -> list[Word] | None:
    """A Dutch subordinate clause after its subject ('assertiever moet worden in ...') in
    main-clause order, its finite verb first ('moet assertiever worden in ...'). A single
    verb takes the committed auxiliary ``aux`` instead, in its infinitive ('de gesprekken
    overneem' -> 'ga de gesprekken overnemen'): a separable verb stays whole.

    In a subordinate clause the verbs stand together at its end (maybe before a phrase
    moved after them: 'moet worden *in de vergaderingen*'), so the finite verb is looked for
    in that last cluster only: a noun the tagger calls finite in the middle ('de cursus
    *timemanagement* volg') is never fronted. None when no finite verb is found."""
    end = next((n for n, w in enumerate(clause) if w.text in ",;:"), len(clause))
    closing = _closing_bracket(clause)
    if closing is not None:  # 'ga doen (bewoners informeren, ...)': the verbs before it
        end = min(end, closing)
    opens = {w.lower() for w in (*style.complementizers, *style.clause_ends, *style.clause_openers)}
    asks = {w.lower() for w in style.question_words}
    inner = next(  # 'om te leren ...', 'als ik twijfel': a clause moved after the verbs
        (
            n
            for n in range(1, end)
            if clause[n].lower in opens
            or clause[n].pos == "SCONJ"
            or (clause[n].lower in asks and _tagged_verb(clause[n - 1], style))
            or _relative_opens(clause, n, end, style)
            or _preposition_clause_opens(clause, n, end, style)
        ),
        end,
    )  # 'uitleggen *wat* het verschil is': a question moved after the verbs too
    found = _final_cluster(clause[:inner], style, lang) if inner < end else None
    found = found or _final_cluster(clause[:end], style, lang)
    if found is None:
        return None
    first, at, infinitive = found
    verb = clause[at]
    if infinitive and verb.lower not in style.modals and at == first:
        cluster_end = at + 1
        before = _conjuncts_infinitive(clause[:at], lang)
        return [Word(aux), *before, verb.with_text(infinitive), *clause[cluster_end:]]
    return [verb, *clause[:at], *clause[at + 1 :]]


def _relative_opens(clause: list[Word], n: int, end: int, style: RewriteStyle) -> bool:
    """``clause[n]`` opens a relative clause about the noun before it ('het project ...
    *waar* veel natuursteen ligt', 'de monteurs *die* de storingen oplossen'): a word of the
    pack's ``relativizers`` after a noun, with the parse's relative verb after it. That
    clause's verb is the noun's, never the writer's clause's finite verb, and keeps its
    form."""
    if n == 0 or clause[n].lower not in {r.lower() for r in style.relativizers}:
        return False
    if clause[n - 1].pos not in ("NOUN", "PROPN"):
        return False
    return any(w.dep in ("acl:relcl", "relcl") for w in clause[n + 1 : end])


def _preposition_clause_opens(clause: list[Word], n: int, end: int, style: RewriteStyle) -> bool:
    """``clause[n]`` opens an infinitive clause of a preposition ('vraag *in plaats van*
    alles zelf uit te zoeken', '*zonder* eerst te vragen'; the pack's
    ``clause_prepositions``, one word or several), its own 'te' later in the clause: that
    clause's verbs are its own, never the writer's finite verb."""
    lowered = [w.lower for w in clause[n:end]]
    markers = {m.lower() for m in style.infinitive_markers}
    for opener in style.clause_prepositions:
        size = len(opener.split())
        if lowered[:size] == opener.lower().split() and markers & set(lowered[size:]):
            return True
    return False


def _closing_bracket(clause: list[Word]) -> int | None:
    """Where a bracket opens that closes the clause after its verbs ('meer met de omgeving
    ga doen *(bewoners informeren, klachten afhandelen)*'): the writer's examples, whose
    verbs and commas are none of the clause's; None without one."""
    if not clause or clause[-1].text != ")":
        return None
    opening = max((n for n, w in enumerate(clause) if w.text == "("), default=None)
    if opening is None or opening == 0 or any(w.text == ")" for w in clause[opening:-1]):
        return None
    return opening


def _conjuncts_infinitive(words: list[Word], lang: str) -> list[Word]:
    """The verbs that end the earlier conjuncts of a subordinate clause ('dat ik meer
    klanten zelf *inplan* en ook de facturen maak') in their infinitive too, as the last
    one: each is finite there, and 'ga' takes every one of them ('ga ik meer klanten zelf
    inplannen en ook de facturen maken')."""
    out = list(words)
    for n in range(1, len(words) - 1):
        w, nxt = words[n], words[n + 1]
        if nxt.pos != "CCONJ" or w.pos == "PROPN" or words[n - 1].pos in _BEFORE_A_NOUN:
            continue
        if _inflected_verb(w):
            infinitive = _infinitive_of(w, lang)
        else:  # the tagger kept 'afsluit' as it is; the dictionary knows it as 'afsluiten'
            known = lemma_of(w.lower, lang)
            infinitive = known if known.endswith("en") and known != w.lower else ""
        if infinitive:
            out[n] = w.with_text(infinitive)
    return out


def _final_cluster(
    clause: list[Word], style: RewriteStyle, lang: str
) -> tuple[int, int, str] | None:
    """Where the clause's last verb cluster starts, where its finite verb stands, and that
    verb's infinitive when it is a single inflected verb ('volg' -> 'volgen'; '' for a
    modal or a cluster of verbs); None without a finite verb. The cluster ends at the last
    word the tagger or its lemma calls a verb, or at the clause's last word when that is a
    verb's stem after no determiner ('volg', which a glued final period may hide from the
    tagger)."""
    tagged = [
        n
        for n, w in enumerate(clause)
        if _tagged_verb(w, style) and not (n and clause[n - 1].pos in _BEFORE_A_NOUN)
    ]
    last = len(clause) - 1
    guessed = last if last >= 0 and _stem_verb(clause, last, lang) else None
    ends = [n for n in (*tagged[-1:], guessed) if n is not None]
    if not ends:
        return None
    stop = max(ends)
    finite = stop if _finite_form(clause[stop], style, stop == guessed) else None
    if finite is None and _stem_read_as_participle(clause, stop, style):
        finite = stop  # 'dat ik de werkoverleggen *voorzit*': a stem, no participle
    first = stop
    for n in range(stop - 1, -1, -1):
        w = clause[n]
        if not _tagged_verb(w, style):
            break
        if looks_infinitive_nl(w) or is_participle_nl(w):
            first = n  # 'moet *worden*', '*afgerond* heb'
        elif finite is None and _finite_form(w, style, False):
            finite = first = n  # '*moet* worden'
        else:
            break  # a second finite word: the middle of the clause, not its verbs
    if finite is None:
        return None
    verb = clause[finite]
    single = first == stop and verb.lower not in style.modals
    return first, finite, _infinitive_of(verb, lang) if single else ""


#: Parts of speech a noun follows and a verb does not ('de *planning*', 'op *tijd*').
_BEFORE_A_NOUN = frozenset({"DET", "ADP", "NUM"})


def _tagged_verb(word: Word, style: RewriteStyle) -> bool:
    """A verb by the tagger's word, its lemma or the pack ('afrond', called a noun, has the
    lemma 'afronden')."""
    return (
        bool(word.finite)
        or word.pos in ("VERB", "AUX")
        or word.lower in style.modals
        or word.lower in style.finite_words
        or _inflected_verb(word)
    )


def _stem_read_as_participle(clause: list[Word], n: int, style: RewriteStyle) -> bool:
    """The clause's last verb a participle by its tag only, whose form is the present stem
    of its own lemma ('voorzit' of 'voorzitten', 'aanpak' of 'aanpakken', 'bijhoud' of
    'bijhouden'): a separable verb's finite form at the end of a subordinate clause, whose
    participle would have 'ge' ('voorgezeten', whose stem is no form of 'voorzitten'). Not
    after another verb ('heb *voorbereid*', where the stem and the participle are one form
    and the auxiliary is finite)."""
    word = clause[n]
    if word.verbform != "Part":
        return False
    if n and _tagged_verb(clause[n - 1], style):
        return False
    stem = word.lower[:-1] if word.lower.endswith("t") else word.lower
    return word.lemma in {*stem_infinitives(word.lower), *stem_infinitives(stem)}


def _stem_verb(clause: list[Word], n: int, lang: str) -> bool:
    """The clause's last word as a verb's stem the tagger missed ('volg' -> 'volgen'): not
    after a determiner, preposition, number or pronoun, which would make it a noun ('het
    voorjaar'), and not a form in -en."""
    word = clause[n]
    if not word.is_word or word.lower.endswith("en") or word.pos in ("ADP", "DET", "PRON"):
        return False
    if n and (clause[n - 1].pos in _BEFORE_A_NOUN or clause[n - 1].pos == "PRON"):
        return False
    return any(known_word(i, lang=lang) for i in stem_infinitives(word.lower))


def _finite_form(word: Word, style: RewriteStyle, guessed: bool) -> bool:
    """A form that can be the clause's finite verb: a modal or pack verb, a form the tagger
    calls finite, or an inflected stem ('volg', 'afrond'); never an infinitive or
    participle."""
    if word.lower in style.modals or word.lower in style.finite_words:
        return True
    if looks_infinitive_nl(word) or is_participle_nl(word):
        return False
    return guessed or bool(word.finite) or _inflected_verb(word)


def _infinitive_of(word: Word, lang: str) -> str:
    """The infinitive of an inflected Dutch verb: its lemma ('afronden', 'zijn' for 'ben'),
    or the stem's known one ('volg' -> 'volgen')."""
    if word.lemma != word.lower and word.lemma.endswith("n") and word.lemma.isalpha():
        return word.lemma
    return next((i for i in stem_infinitives(word.lower) if known_word(i, lang=lang)), "")


def _inflected_verb(word: Word) -> bool:
    """A Dutch verb form whose lemma is an infinitive other than the form itself ('maak' ->
    'maken', 'overneem' -> 'overnemen'), also a compound of a one-syllable verb ('meega' ->
    'meegaan', 'toezie' -> 'toezien')."""
    lemma, lower = word.lemma, word.lower
    return infinitive_ending(lemma) and lemma != lower and not infinitive_ending(lower)


def without_tail(clause: list[Word], style: RewriteStyle) -> tuple[list[Word], str] | None:
    """The writer's clause up to its end, and the conclusion after a comma (', dus daar ga ik
    aan werken'), which stays after the other's words (a purpose, ', so I can ...', stays in
    the clause); any other second clause leaves the frame alone (None)."""
    comma = next((n for n, w in enumerate(clause) if w.text in ",;:"), None)
    if comma is None:
        return clause, ""
    after = " ".join(w.lower for w in clause[comma + 1 :])
    tail = any(after == t or after.startswith(f"{t} ") for t in style.voice_tails)
    if tail and not _purpose(after.split(), style):
        return clause[:comma], join(clause[comma + 1 :], False)
    rest = clause[comma + 1 :]
    first = next((n for n, w in enumerate(rest) if _clausal(w, style)), None)
    if clause[comma].text == "," and rest and (first is None or _subordinate(rest[first], style)):
        # ', liefst op vrijdag', ', especially with new clients': a detail of the writer's
        # clause; ', ook als de klant haast heeft': a subordinate clause of it
        return clause, ""
    listed = not any(  # no verb among them ('pinnen, tellen, afsluiten': acts, several goals)
        w.pos == "AUX"
        or (w.pos == "VERB" and w.lemma == w.lower)
        or (_clausal(w, style) and w.text != ",")
        for w in rest
    )
    if clause[comma].text == ":" and rest and listed:
        return clause, ""  # ': vrachtbrieven, facturen, ...': what the object holds
    return None


def _purpose(words: list[str], style: RewriteStyle) -> bool:
    """A tail that opens the purpose of the writer's clause, not a conclusion: the tail word
    before a complementizer or before the writer and a modal of ability ('so that ...', 'so
    I can ...'). It stays in the writer's clause, before the other's credit."""
    if len(words) < 3:
        return False
    able = {m.lower() for m in style.wish_modals}
    return words[1] in thats(style) or (words[1] in style.subjects and words[2] in able)


def _subordinate(word: Word, style: RewriteStyle) -> bool:
    """A word that opens a subordinate clause ('als', 'when'), which belongs to the clause
    before it; never the complementizer of a second frame ('dat')."""
    opens = {w.lower() for w in (*style.relativizers, *style.clause_ends)}
    return word.lower in opens and word.lower not in thats(style)


def _clausal(word: Word, style: RewriteStyle) -> bool:
    """A word that makes the words after a comma a clause of their own: a finite verb, a
    subject, a punctuation mark that opens another part, or a word that opens a subordinate
    clause. A gerund or infinitive is no clause ('especially in the Monday planning', which
    the tagger may read as a verb)."""
    opens = {w.lower() for w in (*style.relativizers, *style.clause_ends, *style.complementizers)}
    return (
        bool(word.finite)
        or word.lower in style.subjects
        or word.lower in opens
        or word.text in ",;:"
    )


def thats(style: RewriteStyle) -> tuple[str, ...]:
    """The complementizer of the own-part frame ('dat', 'that')."""
    frame = style.frames.own_part or ""
    that = (frame.split("{clause}")[0].split() or [""])[-1]
    return (that,) if that else ()


def lowered(words: list[Word], style: RewriteStyle) -> str:
    """The other person's words inside the sentence: a determiner or possessive ('Mijn
    leidinggevende') and the pack's own words ('Volgens', 'Feedback') lose their capital;
    a name keeps it ('Jan', 'HR'); a role named bare (the pack's ``rewrite.bare_roles``:
    'Leidinggevende wil dat ik ...') gets the writer's possessive ('mijn leidinggevende')."""
    first = words[0]
    low = [w.lower for w in words]
    for role in sorted((r.lower().split() for r in style.bare_roles), key=len, reverse=True):
        size = len(role)
        if len(words) < size:
            continue  # 'Manager' before a role of two words ('line manager')
        alone = len(words) == size or words[size].pos in ("VERB", "AUX")
        if low[:size] == role and alone and style.own_possessive:  # 'Leidinggevende wil ...'
            named = [w.with_text(w.lower) for w in words[:size]]
            return join([Word(style.own_possessive), *named, *words[size:]])
    ours = {w.lower() for w in (*style.voice_sources, *style.voice_labels)}
    opening = first.pos in ("DET", "PRON") or first.lower in style.determiners  # 'Onze'
    opening = opening or any(src.split()[0] == first.lower for src in ours)
    opening = opening or (first.pos == "NOUN" and is_common_word(first))  # 'Management wants
    opening = opening or _subject_noun(first)  # 'Teamleider zegt': a role, no name
    if opening and first.text[1:].islower():
        first = first.with_text(first.text.lower())
    return join([first, *words[1:]])


def writers_sentence(subject: str, clause: list[Word], style: RewriteStyle) -> str:
    me = style.default_subject if subject == style.default_subject.lower() else subject
    return capitalise(tidy(f"{me} {join(clause)}")).rstrip(" ,") + "."
