"""A state of things told without a verb: 'Het magazijn op orde.', 'Alle prints voortaan in
één keer goed, geen herdrukken meer.', 'All reports ready on time.'

The writer names a thing and the state it should be in, as a note, leaving out the verb of
duty. The frames found no verb to commit to and made the state a topic ('ga ik voor alle
prints ... goed [concreet gedrag]') or a thing to have ('om alle rapporten te hebben op tijd
klaar'). The rewriter reads it with the pack's duty put after the noun phrase
(``rewrite.thing_state_duty``: 'Het magazijn moet op orde', 'All reports must be ready on
time') and rewrites that as the impersonal duty it is: the writer's own part ('Vóór [datum]
zorg ik ervoor dat het magazijn op orde is'). Only asked when nothing else read the goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.wordclass import is_comparative_form
from smartcheck.fixing.rewrite.words import Word, words_of
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Marks that end the clause of the state; what follows is a remark of its own.
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "(", "-"})
#: Word classes before a noun phrase's head ('alle', 'mijn', 'nieuwe', 'twee').
_BEFORE_HEAD = frozenset({"DET", "PRON", "ADJ", "NUM"})
_HEADS = frozenset({"NOUN", "PROPN"})
#: Word classes that open a clause of their own inside the line.
_CLAUSE_OPENERS = frozenset({"SCONJ"})
_VERBS = frozenset({"VERB", "AUX"})


def thing_state_told(goal: Goal, style: RewriteStyle, comparatives: frozenset[str]) -> str | None:
    """``goal``'s text with the duty after its opening noun phrase, or None when its first
    clause holds a verb, opens with no noun phrase, or tells no state after it: a participle
    ('verwerkt'), a predicate adjective (not before a noun, not compared: 'Excel beter' is a
    skill) or a phrase of the pack's ``state_predicates`` at the clause's end."""
    duty = style.thing_state_duty
    if not duty:
        return None
    words = [w for w in words_of(goal) if w.start >= 0]
    ends = (n for n, w in enumerate(words) if w.text in _CLAUSE_ENDS and _apart(words, n))
    clause = words[: next(ends, len(words))]
    if not clause or goal.deadlines:
        return None  # a time of its own ('binnen een week klaar')
    named = _named_phrase(clause, style)
    if clause[0].lower not in style.determiners and not (named and clause[0].pos in _HEADS):
        return None  # no determiner before the thing: an imperative the tagger read as a
        # noun ('Automate X', 'Meelopen op X'); a noun before a state told as a phrase
        # ('Werkbonnen altijd up to date') is the thing
    subjects = {s.lower() for s in style.subjects}
    if any(w.lower in subjects for w in clause):
        return None  # 'Elke maandag controleer ik ...': the writer's own clause
    if any(w.pos in _CLAUSE_OPENERS for w in clause):
        return None  # 'klaar voordat de week om is': a clause of its own, which the own part
        # would have to keep whole around the state's verbs
    if any(w.pos in _VERBS and not _participle(w) for w in clause[: len(clause) - named]):
        return None  # a participle is a state ('Alle bonnen verwerkt'), any other verb an act
        # (the words of a phrase of state are none: 'up to *date*')
    head = _head_end(clause, comparatives)
    if head is None or head + 1 >= len(clause):
        return None
    predicate = clause[head + 1 :]
    participle = any(_participle(w) for w in predicate)
    if not (
        participle
        or _adjective_state(predicate, comparatives, goal.lang, style)
        or _named_state(predicate, style)
    ):
        return None
    noun = clause[head]
    plural = bool(noun.plural) and (  # a plural has its lemma, or its compound's last part
        noun.lemma.lower() != noun.lower or _plural_tail(noun.lower, goal.lang, style)
    )  # ('voorraadlijsten', a compound the lemmatizer left as it stood)
    form = duty.get("plural" if plural else "singular", "")
    if not form:
        return None
    text = goal.text
    first = clause[0]
    if first.lower not in style.determiners and first.text[1:].islower():
        text = text[: first.start] + first.lower + text[first.end :]  # no name: 'werkbonnen'
    at = noun.end  # the words' offsets point into the goal's text
    state = _state_start(predicate, comparatives, goal.lang, style)
    if state and predicate[0].lower in style.thing_modifiers:
        at = predicate[state - 1].end  # 'a new variety with full resistance *must be* on ...'
    elif named and predicate[0].pos == "ADP" and style.word_order != "v2":
        state = len(predicate) - named  # the phrase of state closes the clause
        if state > 1 and predicate[state - 1].pos == "ADV":
            state -= 1  # 'timesheets for the night shift *must be* always up to date'
        at = predicate[state - 1].end if state > 1 else at
    done = next((w for w in predicate if _participle(w)), None)
    if done is not None and style.state_predicate_verb:  # 'verwerkt *zijn*': Dutch says it
        after = done.end
        text = f"{text[:after]} {style.state_predicate_verb}{text[after:]}"
    return f"{text[:at].strip()} {form}{text[at:]}"


#: Fewest letters of a compound's last part.
_TAIL = 3


def _plural_tail(word: str, lang: str, style: RewriteStyle) -> bool:
    """Is ``word``'s longest last part the dictionary knows a plural: its lemma with one of
    the pack's ``plural_endings``, its last letter maybe doubled ('voorraad*lijsten*': 'lijst'
    + 'en', 'cursus*mappen*'; not
    'gereedschaps*wagen*', whose lemma 'waag' makes no 'wagen')?"""
    for n in range(len(word) - _TAIL + 1):
        tail = word[n:]
        if known_word(tail, lang=lang):
            lemma = lemma_of(tail, lang)
            stems = (lemma, lemma + lemma[-1:])  # 'map' -> 'ma*pp*en': a doubled last letter
            return any(stem + ending == tail for stem in stems for ending in style.plural_endings)
    return False


def _state_start(
    predicate: list[Word], comparatives: frozenset[str], lang: str, style: RewriteStyle
) -> int:
    """Where the state opens in the words after the thing's head: its participle, its
    predicate adjective or its named phrase; 0 when it is not found after other words."""
    for n in range(1, len(predicate)):
        rest = predicate[n:]
        if _participle(rest[0]):
            return n
        said = " ".join(w.lower for w in rest)
        if any(said == p.lower() for p in style.state_predicates):
            return n
        after = next((w for w in rest[1:] if w.pos != "ADJ"), None)
        if (
            rest[0].pos == "ADJ"
            and (after is None or after.pos not in _HEADS)
            and _adjective_state(rest[:1], comparatives, lang, style)
        ):
            return n  # 'with the new template *ready*', not 'with *full* resistance'
    return 0


def _participle(word: Word) -> bool:
    """A participle by its tag and its form, which is never its lemma's ('verwerkt' of
    'verwerken'; the tagger may call an infinitive one: 'onderhandelen')."""
    return word.verbform == "Part" and bool(word.lemma) and word.lower != word.lemma.lower()


def _apart(words: list[Word], n: int) -> bool:
    """Is the mark at ``n`` a mark between phrases, not a hyphen inside a word ('up-to-date')?"""
    glued = not words[n].space_before and n + 1 < len(words) and not words[n + 1].space_before
    return not (words[n].text == "-" and glued)


def _head_end(clause: list[Word], comparatives: frozenset[str]) -> int | None:
    """Where the opening noun phrase's head ends ('Alle *prints*', 'De werk*voorraad*');
    None when the clause opens with no noun phrase or with a word of amount ('Meer X')."""
    if clause[0].lower in comparatives or (len(clause) > 1 and clause[1].lower in comparatives):
        return None
    n = 0
    while n < len(clause) and clause[n].pos in _BEFORE_HEAD:
        n += 1
    if n >= len(clause) or clause[n].pos not in _HEADS:
        return None
    while n + 1 < len(clause) and clause[n + 1].pos in _HEADS:
        n += 1  # 'de klant dossiers': the last noun is the head
    return n


def _adjective_state(
    predicate: list[Word], comparatives: frozenset[str], lang: str, style: RewriteStyle
) -> bool:
    """A predicate adjective in the rest: not before a noun it qualifies, not compared."""
    for n, word in enumerate(predicate):
        if word.pos != "ADJ" or word.lower in comparatives:
            continue
        rest = predicate[n + 1 :]
        after = next((w for w in rest if w.pos != "ADJ"), None)  # past 'full ToBRFV'
        if after is not None and after.pos in _HEADS:
            continue  # 'in één keer goede prints', 'with full X resistance': of a noun
        if is_comparative_form(word.lower, lang, style):
            continue  # a comparative form ('sneller', 'faster')
        return True
    return False


def _named_phrase(clause: list[Word], style: RewriteStyle) -> int:
    """How many words of a state of several words (the pack's ``state_predicates``: 'up to
    date', 'op orde') close the clause; 0 when none does."""
    said = [w.lower for w in clause]
    for state in style.state_predicates:
        parts = state.lower().split()
        if len(parts) > 1 and len(parts) < len(said) and said[-len(parts) :] == parts:
            return len(parts)
    return 0


def _named_state(predicate: list[Word], style: RewriteStyle) -> bool:
    """The rest ends in a phrase of the pack's ``state_predicates`` ('op orde', 'klaar')."""
    said = " ".join(w.lower for w in predicate)
    return any(said == p.lower() or said.endswith(f" {p.lower()}") for p in style.state_predicates)
