"""A result and the writer's own routines that serve it: the routines are its means.

"Ik breng het percentage herwas vóór eind maart 2027 terug van 6% naar 4%; ik houd dat elke
week bij op het bord en bespreek de oorzaken iedere maandag met de ploegleider." The judge
counts three goals (S004, R004), but the routines after the semicolon point back at the
result ('dat') and repeat on a schedule: they are how the writer gets there, the means
JUDGING counts in favour of R. Split, each routine would be a goal of its own and the
result would lose its means; kept as written, the text still packs them. So the routines
become the means of the result in one sentence (the pack's ``frames.routine_means``):
"..., door dat elke week op het bord bij te houden en de oorzaken iedere maandag met de
ploegleider te bespreken." Each routine's finite verb becomes its infinitive with 'te' at the
clause's end (a separable particle takes it between: 'bij te houden'), the rest of its words
in their order.

English writes the means with 'by' and each routine's verb in -ing ("..., by tracking it
every week on the board and discussing the causes with the shift lead every Monday").

Only a routines part that names a schedule and points back at the result (a back reference,
or a noun of the result) is read so; two unrelated goals stay two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: The dependency of a separable particle ('houd ... *bij*').
_PARTICLE = "compound:prt"
#: Most routines one result may have as its means.
MAX_ROUTINES = 3


def routines_as_means(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The goal with the routines after its semicolon as the means of its result, or None
    when it has no such result and routines (see the module docstring)."""
    frame = style.frames.routine_means
    doc = goal.doc
    if frame is None or doc is None:
        return None
    marks = [t for t in doc if t.text == ";"]
    if len(marks) != 1:
        return None
    cut = marks[0]
    result = [t for t in doc if t.i < cut.i]
    rest = [t for t in doc if t.i > cut.i]
    while rest and rest[-1].is_punct:
        rest.pop()
    subjects = {s.lower() for s in style.subjects}
    if len(rest) < 3 or rest[0].lower_ not in subjects or any(_mark(t) for t in rest):
        return None
    if not any(t.lower_ in subjects for t in result):
        return None  # the result is the writer's own clause ('Ik breng ...')
    if not _scheduled(goal, cut.idx) or not _points_back(result, rest, style):
        return None
    routines = _routines(rest[1:])
    if routines is None:
        return None
    if style.word_order == "v2":
        marker = style.infinitive_markers[0] if style.infinitive_markers else ""
        particles = {w.lower() for w in ctx.pack.words("separable_particles")}
        clauses = [_infinitive_clause(r, marker, particles, goal.lang) for r in routines]
    else:
        clauses = [_gerund_clause(r, goal.lang) for r in routines]
    if any(c is None for c in clauses):
        return None
    joiners = [w for w in ctx.pack.words("coordinators") if w.isalpha()]
    if not joiners:
        return None
    said = [c for c in clauses if c]
    clause = said[0] if len(said) == 1 else ", ".join(said[:-1]) + f" {joiners[0]} " + said[-1]
    head = goal.text[: cut.idx].rstrip(" ,")
    return capitalise(head) + frame.format(clause=clause) + "."


def _scheduled(goal: Goal, after: int) -> bool:
    """The routines part names a schedule ('elke week', 'iedere maandag')."""
    return any(d.kind == "recurring" and d.start > after for d in goal.deadlines)


def _points_back(result: list[Token], rest: list[Token], style: RewriteStyle) -> bool:
    """The routines refer to the result: a back reference ('dat', 'dit') or a noun of it."""
    if any(t.lower_ in style.back_references for t in rest[1:]):
        return True
    nouns = {t.lemma_.lower() for t in result if t.pos_ == "NOUN"}
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns for t in rest)


def _routines(words: list[Token]) -> list[list[Token]] | None:
    """The routines after the subject, one per finite verb: a coordinator or a comma
    followed by a verb opens the next ('... bij op het bord *en bespreek* ...')."""
    if not words or not _finite(words[0]):
        return None
    routines: list[list[Token]] = [[words[0]]]
    n = 1
    while n < len(words):
        t = words[n]
        joins = t.pos_ == "CCONJ" or t.text == ","
        if joins and n + 1 < len(words) and _opens_routine(words, n + 1):
            routines.append([words[n + 1]])
            n += 2
            continue
        routines[-1].append(t)
        n += 1
    if len(routines) > MAX_ROUTINES or any(len(r) < 2 for r in routines):
        return None
    return routines


def _gerund_clause(routine: list[Token], lang: str) -> str | None:
    """English: 'track it every week on the board' -> 'tracking it every week on the
    board', the words after the verb as written."""
    verb = routine[0]
    gerund = gerund_of(verb.lemma_.lower() or verb.lower_, lang)
    if gerund is None:
        return None
    return " ".join([gerund, *(t.text for t in routine[1:])])


_VOWELS = frozenset("aeiou")


def gerund_of(lemma: str, lang: str) -> str | None:
    """The -ing form of ``lemma`` the dictionary knows: a final consonant doubled after a
    single vowel ('plan' -> 'planning'), a silent -e dropped ('make' -> 'making'), or the
    verb as it is ('track' -> 'tracking')."""
    if not lemma.isalpha() or len(lemma) < 2:
        return None
    tries = []
    cvc = (
        len(lemma) >= 3
        and lemma[-1] not in _VOWELS | {"w", "x", "y"}
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
    )
    if cvc:
        tries.append(lemma + lemma[-1] + "ing")
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        tries.append(lemma[:-1] + "ing")
    tries.append(lemma + "ing")
    return next((t for t in tries if known_word(t, lang)), None)


def _particle_of(token: Token, verb: Token, lemma: str, particles: set[str], lang: str) -> bool:
    """``token`` is the separable particle of ``verb`` ('stel het rooster ... *bij* met
    ...'): the parser says so, or it is a particle the verb makes a known word with
    ('bijstellen') and no noun phrase follows it (a preposition of its own would have one)."""
    if token.dep_ == _PARTICLE and token.head == verb:
        return True
    if token.lower_ not in particles or not known_word(token.lower_ + lemma, lang):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or after.is_punct or after.pos_ in ("ADP", "CCONJ")


def _opens_routine(words: list[Token], at: int) -> bool:
    """The word at ``at`` is a further routine's verb: finite, or (English, where the
    tagger calls a coordinated present a noun: 'and *review* the causes') a word with an
    -ing form the dictionary knows that takes an object."""
    verb = words[at]
    if _finite(verb):
        return True
    if verb.lang_ != "en" or at + 1 >= len(words) or gerund_of(verb.lower_, "en") is None:
        return False
    return verb.pos_ in ("NOUN", "VERB") and words[at + 1].pos_ in ("DET", "PRON", "NUM")


def _mark(token: Token) -> bool:
    """A mark no list of routines holds (a comma between two of them is fine)."""
    return token.is_punct and token.text != ","


#: English tags of a present verb after 'I' (the tagger calls a coordinated one a base form).
_PRESENT_TAGS = frozenset({"VBP", "VBZ", "VB"})


def _finite(token: Token) -> bool:
    """A routine's present verb: finite by its form, or an English present or base form."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return "Fin" in token.morph.get("VerbForm", []) or (
        token.lang_ == "en" and token.tag_ in _PRESENT_TAGS
    )


def _infinitive_clause(
    routine: list[Token], marker: str, particles: set[str], lang: str
) -> str | None:
    """'houd dat elke week bij op het bord' -> 'dat elke week op het bord bij te houden';
    'bespreek de oorzaken ...' -> 'de oorzaken ... te bespreken': a Dutch infinitive clause
    ends on its verbs, a separable particle before the 'te'."""
    verb, words = routine[0], routine[1:]
    lemma = verb.lemma_.lower()
    if not lemma.endswith("n") or lemma == verb.lower_:
        return None  # no infinitive to trust
    found = [t for t in words if _particle_of(t, verb, lemma, particles, lang)]
    particle = found[-1] if found else None
    texts = [t.text for t in words if t is not particle]  # the verbs end the clause
    cluster = [particle.text] if particle is not None else []
    texts += [*cluster, marker, lemma]
    return " ".join(texts)
