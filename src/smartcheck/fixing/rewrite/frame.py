"""Put the planned words into a SMART frame with the language's word order.

The main clause of a goal has one of five shapes, told apart by where (if anywhere) a
first-person subject stands:

- ``first``: the subject opens it ("Ik wil ...", "I'd like to ...");
- ``inverted``: something else opens it and the subject follows the finite verb
  ("Om fit te worden ga ik ...", "This year I ...");
- ``fragment``: no subject, an infinitive or imperative ("Mijn Engels beter maken",
  "Improve at data analytics");
- ``topic``: no verb at all, only what it is about ("Excel");
- ``third``: someone else acts ("Mevrouw K. laat ...").

Dutch is verb-second: when the frame fronts a time phrase, the finite verb comes straight
after it and the subject follows ("Vóór [datum] ga ik ..."). Intentions ("wil", "want to")
become the committed auxiliary of the pack ("ga", "will"), which takes the infinitive that
the goal already has, so no verb has to be conjugated.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from smartcheck.fixing.rewrite.bounded_failures import bounded_failure
from smartcheck.fixing.rewrite.compounds import particle_verb
from smartcheck.fixing.rewrite.inner_clauses import opens_inner_clause
from smartcheck.fixing.rewrite.labels import label_words
from smartcheck.fixing.rewrite.named_lists import named_list
from smartcheck.fixing.rewrite.plan import Plan
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.told_apart import dash_listed, told_after, told_apart, told_tail
from smartcheck.fixing.rewrite.words import (
    OBJECT_PARTS,
    Word,
    abbreviation_stop,
    capitalise,
    conjugated,
    is_common_word,
    is_participle_nl,
    join,
    looks_finite_nl,
    looks_infinitive_nl,
    tidy,
)
from smartcheck.reading.goal import Goal
from smartcheck.reading.pipeline import has_regular_past, known_word, lemma_of

Shape = Literal["first", "inverted", "fragment", "topic", "third"]
_ENDS = frozenset(".!;")
#: Word classes that open a clause's subject ('we', 'the shop', 'more customers').
_SUBJECT_STARTS = frozenset({"PRON", "DET", "ADJ", "NOUN"})


@dataclass
class Clause:
    """The main clause split into its parts (indices into ``plan.words``)."""

    shape: Shape
    front: list[int]  # words before the finite verb (inverted) or a fronted time (fragment)
    subject: int | None
    finite: int | None
    core: list[int]  # the rest of the main clause
    tail: list[int]  # what follows the main clause (a subordinate clause, a second sentence)


def main_clause_end(plan: Plan, style: RewriteStyle) -> int:
    """Where the main clause stops: at ';', a sentence end, or a subordinate clause (not
    at a clause word after an article: 'for *a while*' is a length of time)."""
    words = plan.words
    ends = {c.lower() for c in style.clause_ends}
    depth = 0  # a mark inside brackets ('(reflections!!)') is the aside's, no clause end
    for i, w in enumerate(words):
        depth = max(0, depth + (w.text == "(") - (w.text == ")"))
        if i == 0 or i in plan.label or depth:  # a label's mark ('NAIL ART. take ...')
            continue
        if i == plan.report_at:  # '..., as the manager says I ...': the writer's reason
            return i
        if abbreviation_stop(words, i, style.abbreviations):  # '..., esp. at ...'
            continue
        if w.text in _ENDS or (w.text == "?" and i < len(words) - 1):
            return i
        if w.lower in ends and words[i - 1].lower not in style.articles:  # 'for a while'
            return i - 1 if words[i - 1].text == "," else i
        if _comma_reason(words, i, style):
            return i - 1
        before = [v for j, v in enumerate(words[:i]) if plan.kept(j) and j not in plan.label]
        after = [v for j, v in enumerate(words[i:], i) if plan.kept(j)]
        if not dash_listed(words, i) and told_after(before, after, style):
            return i  # '..., nu verwijs ik ze door': a told clause, a sentence of its own
    return len(words)


def _comma_reason(words: list[Word], i: int, style: RewriteStyle) -> bool:
    """Word ``i`` opens a reason: one of the pack's ``comma_clause_ends`` after a comma, with
    a subject after it ('..., since we can't spray anymore', '..., nu de vraag groeit'); not
    a time ('..., since 2019', '..., since March'). An opener of more than one word is no
    time whatever follows ('..., now that three shops ...', '..., even when two MPs ...')."""
    if words[i - 1].text != ",":
        return False
    for entry in style.comma_clause_ends:
        parts = entry.lower().split()
        after = i + len(parts)
        if [w.lower for w in words[i:after]] == parts and after < len(words):
            return len(parts) > 1 or words[after].pos in _SUBJECT_STARTS
    return False


def analyse(plan: Plan, style: RewriteStyle, goal: Goal, writers: bool = False) -> Clause:
    """Split the main clause into front, subject, finite verb and core.

    ``writers``: read a Dutch clause without a subject of the writer's as the writer's own
    infinitive phrase, never as someone else acting: "Draaitabellen leren maken" can be
    either (a plural noun before a verb in -en). Without an actor or a determiner it is the
    first reading; else the other is a later candidate and the seam check picks."""
    end = main_clause_end(plan, style)
    kept = [i for i in range(end) if plan.kept(i)]
    tail = list(range(end, len(plan.words)))
    words = plan.words
    subject = _subject(plan, style, kept)
    v2 = style.word_order == "v2"
    if subject is not None and subject == kept[0]:
        rest = kept[1:]
        if v2 and rest:
            return Clause("first", [], subject, rest[0], rest[1:], tail)
        return Clause("first", [], subject, None, rest, tail)
    if subject is not None:
        pos = kept.index(subject)
        if v2:
            return Clause(
                "inverted", kept[: pos - 1], subject, kept[pos - 1], kept[pos + 1 :], tail
            )
        return Clause("inverted", kept[:pos], subject, None, kept[pos + 1 :], tail)
    label = _label_front(plan, kept, style)  # one phrase before the finite verb: a time
    time_words = label or _time_front(plan, goal, kept, style)  # after a label: body
    body = [i for i in kept if i not in time_words]
    writers = writers or _bare_noun_without_actor(goal)
    content = [words[i] for i in body if words[i].is_word]
    if not content:
        return Clause("topic", time_words, None, None, body, tail)
    if v2:
        last = content[-1]
        if plan.behaviour is None and named_list(content, style):
            return Clause("topic", time_words, None, None, body, tail)
        if _singular_before_infinitive(content) or (writers and _verb_final(content, style)):
            return Clause("fragment", time_words, None, None, body, tail)
        if _infinitive_before_phrase(content, style):
            return Clause("fragment", time_words, None, None, body, tail)
        if plan.behaviour is None and _someone_else_acts(content, style):
            return Clause("third", [], None, None, kept, tail)
        if plan.behaviour is not None or looks_infinitive_nl(last):
            return Clause("fragment", time_words, None, None, body, tail)
        if any(_finite_like(w, style) for w in _before_subclause(content, style)) or (
            is_participle_nl(last)
        ):
            return Clause("third", [], None, None, kept, tail)
        if any(looks_infinitive_nl(w) for w in content):
            return Clause("fragment", time_words, None, None, body, tail)
        return Clause("topic", time_words, None, None, body, tail)
    lead = next((n for n, w in enumerate(content) if w.pos != "ADV"), 0)  # 'Never forget'
    lead += _hyphen_verb(content, lead)  # 'Always double-*check* ...'
    joined = _joined_imperatives(content) | _bare_complements(content, lead)
    main = _before_opened_clause(content, style)
    if (
        any(
            (w.lower in style.finite_words or w.finite)
            and n not in joined
            and not _phrase_noun(main, n)
            and w.dep not in _RELATIVE_VERB  # 'the furniture we *deliver*'
            for n, w in enumerate(main[lead + 1 :], lead + 1)
        )
        or _duty_after_subject(main, lead, style)
    ):
        return Clause("third", [], None, None, kept, tail)
    if plan.behaviour is not None or _verbal_en(content, style, plan.lang):
        return Clause("fragment", time_words, None, None, body, tail)
    return Clause("topic", time_words, None, None, body, tail)


def _subject(plan: Plan, style: RewriteStyle, kept: list[int]) -> int | None:
    """The first-person subject of the main clause, if it has one.

    It opens the clause, or (verb second) follows the finite verb after one fronted part;
    a pronoun inside a relative clause ('waar ik mee bezig ben') is not the subject.
    """
    words = plan.words
    subjects = set(style.subjects)
    relativizers = {r.lower() for r in style.relativizers}
    openers = {o for o in style.clause_openers if " " not in o}
    for pos, i in enumerate(kept[:15]):
        if words[i].lower not in subjects:
            continue
        if pos == 0:
            return i
        if _contact_relative(words, kept, pos, style):
            continue  # 'the furniture we deliver': the relative clause's subject
        before = [words[j] for j in kept[:pos]]
        if before[-1].lower in openers or _opened_by_phrase(before, style):
            continue  # 'beter luisteren voordat ik reageer': that clause's subject
        if any(w.lower in relativizers for w in before) and not _role_front(before, style):
            return None
        if style.word_order != "v2":
            if before[-1].lemma in style.voice_verbs and _clause_before(before):
                return None  # '..., the manager says I overvalue': the reported clause's
            return i
        verb = before[-1]
        closed = style.prepositions | style.determiners
        if pos >= 2 and verb.is_word and verb.lower not in closed and not verb.text.isdigit():
            return i
        fronted_gone = pos == 1 and any(j in plan.drop for j in range(kept[0]))
        if fronted_gone and verb.is_word and verb.lower not in closed:
            return i  # 'In juni 2024 leg ik ...' with the passed date dropped: 'leg ik'
        return None
    return None


#: Dependency labels of the verb of a relative clause (UD and spaCy's English scheme).
_RELATIVE_VERB = frozenset({"acl:relcl", "relcl"})


def _contact_relative(words: list[Word], kept: list[int], pos: int, style: RewriteStyle) -> bool:
    """The pronoun opens a relative clause without a relative pronoun after a noun the goal's
    verb governs ('have claims on *the furniture* we deliver', 'reduce the errors in *the
    reports* I write'): the tagger marks its verb as the noun's relative clause, the noun has
    an article and a verb stands before it; that pronoun is no subject of the goal. A time
    before the writer ('*Every month* I write', '*this year* I want') has no article."""
    if pos + 1 >= len(kept) or words[kept[pos + 1]].dep not in _RELATIVE_VERB:
        return False
    n = pos - 1
    if words[kept[n]].pos not in ("NOUN", "PROPN"):
        return False
    while n > 0 and words[kept[n - 1]].pos in ("NOUN", "PROPN", "ADJ"):
        n -= 1
    if n == 0 or words[kept[n - 1]].lower not in style.articles:
        return False
    return any(words[j].pos in ("VERB", "AUX") for j in kept[: n - 1])


def _opened_by_phrase(before: list[Word], style: RewriteStyle) -> bool:
    """A pronoun right after a conjunction of several words ('as soon as I')."""
    lower = [w.lower for w in before]
    return any(lower[-len(o.split()) :] == o.split() for o in style.clause_openers if " " in o)


def _clause_before(before: list[Word]) -> bool:
    """Someone named after a comma reports ('work on X, the manager says'): the pronoun
    after the verb opens the reported clause, not the goal's ('I think I will')."""
    comma = max((n for n, w in enumerate(before) if w.text == ","), default=None)
    if comma is None:
        return False
    return any(w.pos in ("NOUN", "PROPN") for w in before[comma + 1 : -1])


def _role_front(before: list[Word], style: RewriteStyle) -> bool:
    """Dutch 'Als teamleider wil ik ...': a fronted role ('als' + a noun phrase, no verb, no
    comma) before the finite verb and its subject, not a clause 'als ik ...' opens."""
    if style.word_order != "v2" or len(before) < 3:
        return False
    verb, front = before[-1], before[1:-1]
    finite = verb.finite or verb.lower in style.weak_finite or verb.lower in style.finite_words
    return (
        before[0].lower in style.role_fronts
        and bool(finite)
        and all(w.is_word and not w.finite and w.pos not in ("VERB", "AUX") for w in front)
    )


def _time_front(plan: Plan, goal: Goal, kept: list[int], style: RewriteStyle) -> list[int]:
    """Kept words at the start that belong to a time expression or a routine's start ('From
    now on'), plus a following comma. Verb second allows one phrase before the finite verb:
    a second time phrase right after the first ('Vanaf januari elke dienst ...') stays in
    the body ('Vanaf januari ga ik elke dienst ...')."""
    front: list[int] = []
    spans = [(e.start, e.end) for e in goal.deadlines]
    lowered = goal.text.lower()
    spans += [(0, len(p)) for p in style.routine_starts if lowered.startswith(p.lower())]
    dated = set(plan.dated)  # the date in brackets after a time phrase
    first: tuple[int, int] | None = None
    for i in kept:
        w = plan.words[i]
        inside = [(a, b) for a, b in spans if w.inside(a, b)]
        if inside and first is not None and style.word_order == "v2" and first not in inside:
            break
        if inside or (front and (w.text == "," or i in dated)):
            first = first or (inside[0] if inside else None)
            front.append(i)
            if w.text == ",":
                break
        else:
            break
    return front


def _label_front(plan: Plan, kept: list[int], style: RewriteStyle) -> list[int]:
    """Dutch: a topic label before the goal's phrase ('Roosters: de nieuwe tool invoeren';
    a goal label is gone already) as a phrase in front, in the pack's ``frames.topic_label``
    ('Bij roosters ga ik ...'): the label stays, its colon goes. Verb second puts any
    fronted phrase before the finite verb, so the phrase needs no other change."""
    frame = style.frames.topic_label
    words = plan.words
    if frame is not None and kept and style.word_order == "v2":
        fronted = plan.replace.get(kept[0], "")
        topic = fronted.split(" ", 1)[-1]
        if fronted and fronted == frame.format(topic=topic) != words[kept[0]].text:
            return kept[:1]  # read again after the behaviour's place was set: still in front
    # 'Roosters:', 'Voorraad -', 'EHBO.', 'Samenwerking. Ik wil ...'
    found = label_words([words[i] for i in kept])
    if frame is None or not found or style.word_order != "v2":
        return []  # English: the label goes in front of the sentence (labels.py)
    colon = next(n for n in found if not words[kept[n]].is_word)
    label, rest = kept[:colon], kept[found[-1] + 1 :]
    wish = _wish_after_heading(plan, rest, style)
    if wish is None and words[kept[colon]].text == "." and rest and words[rest[0]].pos == "PRON":
        return []  # 'Samenwerking. Ik heb ...': the writer's own clause, no wish to commit
    if wish:  # 'Samenwerking. Ik wil vaker overleggen ...': the frame commits the wish
        rest = [i for i in rest if i not in wish]
    if not all(words[i].is_word for i in label) or sum(words[i].is_word for i in rest) < 2:
        return []
    opening = words[rest[0]]
    ending = style.comparative_ending
    comparative = opening.lower.endswith(ending) and opening.pos in ("ADJ", "ADV", "DET")
    # 'vaker feedback vragen aan ...': a verb phrase (the tagger may call a verb that is a
    # plural too a noun: the dictionary is asked)
    acts = any(words[i].pos == "VERB" or conjugated(words[i].lower, plan.lang) for i in rest[1:])
    if ending and comparative and not wish and not acts:
        return []  # 'Gezondheid: meer rust': an outcome, the topic and nominal frames'
    plan.drop.update(wish or [])  # after the checks: a label refused keeps its sentence

    text = " ".join(plan.text(i) for i in label)
    if text.isupper() and len(text) > 1:  # 'LAATSTE VERZORGING': known words in lower case
        shown = (w.lower() if known_word(w.lower(), lang=plan.lang) else w for w in text.split())
        text = " ".join(shown)
    elif (text[1:].islower() or " " in text) and text.split()[0].lower() not in style.capitalised:
        text = text[:1].lower() + text[1:]  # 'Figma:' and 'Spaans:' keep their capital
    plan.replace[label[0]] = frame.format(topic=text)
    plan.drop.update([*label[1:], *(kept[n] for n in found[colon:])])
    return kept[: found[-1] + 1]


def _wish_after_heading(plan: Plan, rest: list[int], style: RewriteStyle) -> list[int] | None:
    """Dutch: a heading before the writer's wish ('Samenwerking. *Ik wil* vaker overleggen
    met ...'): the subject and its verb of wishing, which the frame's commitment replaces
    after the fronted label ('Bij samenwerking ga ik ... vaker overleggen ...'); None when
    the heading is no such sentence's."""
    words = plan.words
    if len(rest) < 4 or words[rest[0]].lower not in style.subjects:
        return None
    committed = set(style.subjects.values())  # 'Ik ga ...': the frame's own commitment
    if words[rest[1]].lower not in {*style.weak_finite, *committed}:
        return None
    if not any(looks_infinitive_nl(words[i]) for i in rest[2:]):
        return None  # 'Ik wil een vaste plek': a wish for a thing, another frame's
    return rest[:2]


def _someone_else_acts(content: list[Word], style: RewriteStyle) -> bool:
    """Dutch: a subject phrase then its finite verb ('Iedere medewerker ... heeft ...'), even
    when the goal ends in the infinitive of a purpose clause ('om ... te leren hanteren')."""
    first = content[0]
    if first.lower not in style.determiners and first.pos not in ("NOUN", "PROPN", "DET"):
        return False
    stops = {w.lower() for w in style.relativizers} | set(style.subjects)
    for word in content[1:8]:
        if word.lower in stops:
            return False
        if word.finite:
            return True
    return False


#: Word classes that hold no infinitive, whatever their form ('een', 'tegen', 'binnen').
_CLOSED_CLASSES = frozenset({"DET", "ADP", "PRON", "NUM", "CCONJ", "SCONJ"})


def _singular_before_infinitive(content: list[Word]) -> bool:
    """Dutch: 'Meer overzicht houden op de bouwplaats' is an infinitive phrase, though the
    parser reads 'overzicht' as the subject of a plural verb: a singular noun cannot be the
    subject of a verb in '-en', so with only singular nouns before it the phrase has none.
    A word of a closed class in '-en' ('een', 'tegen') is no infinitive: 'Nooit meer *een*
    bak ijs laten smelten door ...' has its verb after the noun."""
    verb = next(
        (
            n
            for n, w in enumerate(content)
            if (looks_infinitive_nl(w) and w.pos and w.pos not in _CLOSED_CLASSES)
            or _plural_read_infinitive(content, n)
        ),
        None,
    )
    if verb is None or verb == 0:
        return False
    before = content[:verb]
    nouns = [w for w in before if w.pos == "NOUN"]
    names = [w for w in before if w.pos in ("PROPN", "PRON")]  # 'Collega's' may be misread
    return bool(nouns) and not names and all(w.plural is False for w in nouns)


def _infinitive_before_phrase(content: list[Word], style: RewriteStyle) -> bool:
    """Dutch: an infinitive phrase with a phrase a preposition opens after its verb ('Nooit
    meer te laat *komen* bij een klantbezoek', 'Altijd op tijd *vertrekken* naar de
    bouwplaats'): no subject before the verb (no noun, name or pronoun; the absolute the
    plan bounds is none, whatever the tagger calls 'NOOIT'), no finite verb
    but a word an adverb of excess grades ('te *laat*', which the tagger calls the finite
    'laat'), and no verb in the phrase after it. The writer's own act, a fragment; the
    phrase after the verb hid the infinitive the reading looks for at the end."""
    verbs = [
        n
        for n, w in enumerate(content)
        if w.pos in ("VERB", "AUX") and looks_infinitive_nl(w) and w.finite is not True
    ]
    if not verbs:
        return False
    last = verbs[-1]
    while last + 1 < len(content) and last + 1 in verbs:
        last += 1
    after = content[last + 1 :]
    if not after or after[0].pos != "ADP" or any(w.pos in ("VERB", "AUX") for w in after):
        return False
    before = content[: verbs[0]]
    bounded = {phrase.split()[0] for phrase in style.replacements if phrase.split()}
    if any(w.pos in ("NOUN", "PROPN", "PRON") and w.lower not in bounded for w in before):
        return False  # a subject, or the object before the verb ('een taart'): other readings
    excess = set(style.excess_adverbs)
    return not any(
        _finite_like(w, style) and not (n and before[n - 1].lower in excess)
        for n, w in enumerate(before)
    )


def _plural_read_infinitive(content: list[Word], n: int) -> bool:
    """Dutch: a form in -en the tagger read as a plural noun right after a bare singular
    noun, before a preposition or at the end ('Meer hulp *vragen* aan de teamleider',
    'Vaker feedback *vragen* aan ...'): two nouns stand apart only as object and verb (a
    compound is written as one word), so it is the phrase's infinitive."""
    if n == 0 or n + 1 > len(content):
        return False
    word, before = content[n], content[n - 1]
    after = content[n + 1] if n + 1 < len(content) else None
    return (
        word.pos == "NOUN"
        and word.plural is True
        and word.lower.endswith("en")
        and before.pos == "NOUN"
        and before.plural is False
        and (after is None or after.pos == "ADP")
    )


def _bare_noun_without_actor(goal: Goal) -> bool:
    """'Offertes leren opstellen', 'Rustiger blijven bij drukte': the reading stage found no
    actor and a bare noun or an adjective opens the goal, so it is the writer's infinitive
    phrase more likely than what offers do ('De stagiairs leren ...', with a determiner,
    reads as others acting)."""
    doc = goal.doc
    if goal.actor is not None or doc is None:
        return False
    first = next((t for t in doc if not (t.is_punct or t.is_space)), None)
    return first is not None and first.pos_ in ("NOUN", "PROPN", "ADJ", "ADV")


def _verb_final(content: list[Word], style: RewriteStyle) -> bool:
    """Dutch: an infinitive phrase ends in its verbs, only a prepositional phrase or a clause
    may follow ('Draaitabellen leren maken in Excel', 'Rapporten schrijven *die* de klant
    begrijpt': a relative pronoun, not the determiner of 'bezoeken *die* gezinnen');
    'Onze vrijwilligers bezoeken maandelijks drie gezinnen' is a finite clause."""
    verbs = [n for n, w in enumerate(content) if looks_infinitive_nl(w)]
    if not verbs:
        return False
    after = content[verbs[-1] + 1 :]
    if not after or after[0].pos in ("ADP", "SCONJ", "PUNCT"):
        return True
    relativizers = {r.lower() for r in style.relativizers}
    return after[0].pos == "PRON" and after[0].lower in relativizers


def _before_subclause(content: list[Word], style: RewriteStyle) -> list[Word]:
    """The words before a subordinate clause ('Zelfverzekerder voelen | als ik voor de klas
    sta', 'Beter doorvragen | voordat ik ...'): a finite verb after it is that clause's, not
    the goal's."""
    openers = {r.lower() for r in style.relativizers} | style.clause_openers
    end = next((n for n, w in enumerate(content) if n and w.lower in openers), len(content))
    return content[:end]


def _before_opened_clause(content: list[Word], style: RewriteStyle) -> list[Word]:
    """English: the words before a clause of time or condition with its own subject ('listen
    better | before I respond', 'double-check the reserve | before the lot is called': the
    tagger's mark of a subordinate clause), or before a question word's clause ('improve |
    how I explain X'): its finite verb is not the goal's ('before June' opens none). 'that'
    opens no such clause here ('make sure that I ...' keeps its reading), and a question word
    opens one only as the object of the opening verb or of its preposition ('get better at |
    how I ...'), not after 'and' ('learn about X and how it ...': one more object)."""
    wh = {r.lower() for r in style.relativizers} - {"that"}
    openers = {o for o in style.clause_openers if " " not in o}
    for n, w in enumerate(content[1:-1], 1):
        after = content[n + 1]
        if w.lower in openers and w.dep == "mark":
            return content[:n]  # 'double-check X | before the lot is called': its own subject
        if not (after.lower in style.subjects or after.pos == "PRON"):
            continue
        if w.lower in openers:
            return content[:n]
        if w.lower in wh and (n == 1 or content[n - 1].lower in style.prepositions):
            return content[:n]
    return content


def _finite_like(word: Word, style: RewriteStyle) -> bool:
    if word.lower in style.finite_words or word.lower in style.weak_finite:
        return True
    if style.word_order == "v2":
        return looks_finite_nl(word)
    return bool(word.finite)


_NOT_VERBS = frozenset({"PROPN", "DET", "ADP", "PRON", "NUM", "ADJ", "NOUN"})


def _phrase_noun(words: list[Word], n: int) -> bool:
    """English: a word in -s the tagger calls finite that ends a noun phrase a preposition
    opens, with no subject or finite verb of its own before the phrase ('Improve my cues for
    the Friday night *shows*'): a plural noun, not someone else's verb (seams/tokens.py reads
    a candidate the same way)."""
    word = words[n]
    if not word.lower.endswith("s") or word.lower in ("is", "was", "has", "does"):
        return False
    at = n - 1
    while at >= 0 and words[at].pos in ("NOUN", "PROPN", "ADJ"):
        at -= 1
    if at == n - 1 or at < 1 or words[at].pos != "DET" or words[at - 1].pos != "ADP":
        return False
    before = words[: at - 1]
    return not any(w.finite or (w.pos == "PRON" and w.lower not in _POSSESSIVES) for w in before)


#: Pronouns that open a noun phrase, no subject ('my', 'our').
_POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "their", "its"})


def _joined_imperatives(content: list[Word]) -> set[int]:
    """English: the bare verbs right after 'and' (and its adverbs) in a goal that opens
    with an adverb before its verb ('Never miss ... again and *always answer* ...'): a
    second imperative, which the tagger calls a finite present, not someone else's verb.
    So in a goal that opens with its bare verb ('Coach new colleagues, and also *update*
    the handbook')."""
    if not content:
        return set()
    opening = content[0]
    bare = opening.pos == "VERB" and opening.lemma == opening.lower
    if opening.pos != "ADV" and not bare:
        return set()
    found: set[int] = set()
    for n, word in enumerate(content):
        if word.pos != "CCONJ":
            continue
        at = n + 1
        while at < len(content) and content[at].pos == "ADV":
            at += 1
        if (
            at < len(content)
            and content[at].pos == "VERB"
            and content[at].lemma == content[at].lower
        ):
            found.add(at)
    return found


def _bare_complements(content: list[Word], lead: int) -> set[int]:
    """English: the bare verb right after the object of an opening imperative ('Let the
    juniors *run* the briefing', 'Help new colleagues *find* their way', 'Never let the
    tank *run* dry'): the object's infinitive, which the tagger may call a finite present
    or past, not someone else's verb."""
    if lead >= len(content):
        return set()
    verb = content[lead]
    if verb.pos != "VERB" or verb.lemma != verb.lower:
        return set()
    at = lead + 1
    while at < len(content) and content[at].pos in OBJECT_PARTS:
        at += 1
    if at == lead + 1 or at >= len(content) or content[at - 1].pos == "DET":
        return set()
    bare = content[at]
    return {at} if bare.pos in ("VERB", "AUX") and bare.lemma == bare.lower else set()


#: Tags of words no acronym gets: 'NEVER', 'ALWAYS', 'IN' are shouted words.
_CLOSED_TAGS = frozenset({"ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "INTJ"})


def bare_act(words: list[Word], style: RewriteStyle, lang: str) -> bool:
    """Do ``words`` (no subject, no mark) tell the writer's act as a bare infinitive phrase
    ('Become shift supervisor on line 2', 'Ploegleider worden op lijn 2'), as the fragment
    shape reads one? A verb of becoming (the pack's ``become_verbs``) opens or ends one
    whatever the tagger calls it."""
    content = [w for w in words if w.is_word]
    if not content or any(w.lower in style.subjects for w in content):
        return False
    if style.word_order == "v2":
        if any(w.finite and not looks_infinitive_nl(w) for w in content):
            return False
        return _singular_before_infinitive(content) or _verb_final(content, style)
    if content[0].lower in style.become_verbs:
        return True
    return _verbal_en(content, style, lang) and not any(w.finite for w in content[1:])


def _verbal_en(words: list[Word], style: RewriteStyle, lang: str = "") -> bool:
    """English: does the clause open with a verb (an imperative: 'Improve at ...')?"""
    first = words[0]
    if first.lower in style.determiners or first.lower in style.prepositions:
        return False
    if _hyphen_verb(words, 0):
        return True  # 'Double-check every invoice': the verb is the compound's last part
    if _acronym_named(words, lang):
        return False  # 'PLC programming': a name of a thing, whatever the tagger calls it
    if first.pos:
        return first.pos in ("VERB", "AUX") or (len(words) > 1 and first.pos not in _NOT_VERBS)
    return len(words) > 1


def _duty_after_subject(content: list[Word], lead: int, style: RewriteStyle) -> bool:
    """A duty modal of two words after the phrase that opens the line, its verb after it
    ('Handovers between shifts *need to* improve', 'Contact with the suppliers *needs to be*
    better'): the tagger may call the modal's first word a noun ('need'), or its -s a plural
    ending a phrase, but a modal with 'to' and a bare verb after a noun is
    the clause's finite verb. The subject's noun may be read as an adjective right after its
    determiner ('Stock control in *the warehouse* needs to improve')."""
    duties = {tuple(m.lower().split()) for m in style.duty_modals if " " in m}
    determiners = {d.lower() for d in (*style.articles, *style.determiners)}

    def noun(n: int) -> bool:
        if content[n].pos in ("NOUN", "PROPN"):
            return True
        return content[n].pos == "ADJ" and n > 0 and content[n - 1].lower in determiners

    return any(
        (content[n].lower, content[n + 1].lower) in duties
        and content[n + 2].pos in ("VERB", "AUX")  # 'need to *be* better' too
        and noun(n - 1)
        for n in range(lead + 1, len(content) - 2)
    )


def _hyphen_verb(words: list[Word], n: int) -> int:
    """English: how many words on from word ``n`` the verb stands when ``n`` opens a verb
    written with a hyphen ('*double*-check', 're-test', 'fine-tune'; the tagger reads its
    first part alone), with or without the hyphen among ``words``; else 0."""
    at = n + 1
    if at < len(words) and words[at].text == "-" and not words[at].space_before:
        at += 1
    elif at >= len(words) or words[at].start != words[n].end + 1:
        return 0
    if at >= len(words) or words[at].space_before:
        return 0
    verb = words[at]
    # the tagger may call the part after a short prefix a noun ('re-*test*'): the dictionary
    # knows its past ('tested')
    verbal = verb.pos == "VERB" or (verb.pos == "NOUN" and has_regular_past(verb.lower))
    return at - n if verbal and verb.lemma == verb.lower else 0


def _acronym_named(words: list[Word], lang: str) -> bool:
    """The clause opens with an acronym in a text not all in capitals ('PLC programming',
    'CRM data entry'): the tagger calls a bare acronym a verb at random, but the writer names
    a thing with it; used as a verb it takes an object ('QA every release', 'CC my manager').
    A word shouted in capitals is no acronym: a word of a closed class ('NEVER again') or a
    verb the dictionary knows ('STOP eating at my desk')."""
    first = words[0]
    text = first.text
    if not (text.isalpha() and len(text) >= 2 and text.isupper()) or first.pos in _CLOSED_TAGS:
        return False
    if first.pos in ("VERB", "AUX") and bool(lang) and known_word(first.lower, lang=lang):
        return False
    if not any(c.islower() for w in words for c in w.text):
        return False  # a shouted line: its capitals say nothing
    nxt = words[1] if len(words) > 1 else None
    return nxt is None or nxt.pos not in ("DET", "PRON", "NUM")


@dataclass(frozen=True)
class Parts:
    """The phrases the frame adds, already filled with placeholders or values."""

    time: str | None
    extras: tuple[str, ...]


def assemble(plan: Plan, clause: Clause, style: RewriteStyle, parts: Parts, lang: str) -> str:
    """The rewritten goal as one sentence (plus any tail the goal had)."""
    clause = told_apart(plan, clause, style)  # '..., ik ben vorig jaar gestopt': apart
    if parts.extras:
        clause = _purpose_last(plan, clause, style)
    words = plan.words
    subject_word = (
        words[clause.subject].text if clause.subject is not None else style.default_subject
    )
    aux = style.subjects.get(subject_word.lower(), next(iter(style.subjects.values())))
    v2 = style.word_order == "v2"
    front = _front(plan, clause, style)
    subject = subject_word.lower() if v2 else subject_word
    if v2 and clause.shape == "third":
        pieces = _third_nl(plan, clause, style, parts)
    elif v2:
        finite = aux
        if clause.finite is not None and words[clause.finite].lower not in style.weak_finite:
            finite = plan.text(clause.finite)
        committed = finite == aux
        if committed:
            _drop_repeated_aux(plan, clause, style, lemma_of(aux, lang).lower())
            aux_lemma = lemma_of(aux, lang).lower()
            finite = _perfect_aux(plan, clause, style, subject_word, aux_lemma) or finite
        ceiling = (
            bounded_failure(plan, clause.core, clause.tail, subject, style) if committed else None
        )
        core = _core(plan, clause, style)
        if ceiling is not None:  # 'mis ik hooguit [aantal] keer een deadline', never 'ga ik'
            finite = ceiling
        elif clause.shape == "fragment":
            core = _reflexive(plan, clause, style, subject, core)
        # also before 'hebben' ('... plan hebben')
        if committed and style.frames.own_part and ceiling is None:
            mine = style.subjects.get(style.default_subject.lower(), aux)
            plural = aux != mine and style.frames.own_part_plural  # 'zorgen wij ervoor'
            own = style.frames.own_part_plural if plural else style.frames.own_part
            finite, core = _wish_for_others(core, finite, own or style.frames.own_part)
        lead = front or parts.time or ""
        later = parts.time if front and parts.time else ""
        if later and core.startswith(style.placeholders.behaviour):
            lead, later = later, lower_first(front, style)  # no '[datum] [gedrag]' side by side
        if lead and event_clause(lead, style):
            lead += ","  # 'Voordat de nachtdienst begint ([datum]), zorg ik ervoor dat ...'
        if lead:
            pieces = [lead, finite, subject, later, core]
        else:
            pieces = [capitalise(subject_word), finite, core]
    else:
        core = _core(plan, clause, style)
        if clause.shape == "third" and parts.time and _writers_clause(plan, clause, style):
            body = [f"{core} {parts.time}"]  # 'My manager expects me to lead X by [date]'
            parts = Parts(time=None, extras=parts.extras)
        elif clause.shape == "third":
            body = [core]
        else:
            body = [subject_word, "" if _has_own_verb(plan, clause, style) else aux, core]
        head = front.rstrip(",")
        leads = [p for p in (parts.time, lower_first(head, style) if parts.time else head) if p]
        if parts.time and head.lower() in style.routine_starts:
            leads = [f"{head} {parts.time}"]  # 'From now on until [date], I will ...'
        pieces = [", ".join(leads) + ","] if leads else []
        pieces += body
        if leads and pieces[1:] and pieces[1] and pieces[1] != subject_word:
            pieces[1] = lower_first(pieces[1], style)
        elif leads and pieces[1:] and subject_word != style.default_subject:
            pieces[1] = subject_word.lower()  # 'Until [date], we will ...' ('I' stays 'I')
    sentence = capitalise(" ".join(p for p in pieces if p).strip())
    if parts.extras and sentence.endswith("."):  # 'World War I.': no '. ,' before the extras
        sentence = sentence[:-1]
    sentence = tidy(sentence + "".join(parts.extras))
    kept_tail = [words[i].with_text(plan.text(i)) for i in clause.tail if plan.kept(i)]
    tail = join(kept_tail, False).rstrip(".!")
    opens_clause = (  # 'so I can', 'zodat'; not 'so often', whose 'so' modifies the adverb
        bool(kept_tail)
        and kept_tail[0].lower in style.clause_ends
        and (len(kept_tail) < 2 or kept_tail[1].pos not in ("ADV", "ADJ"))
    )
    told = told_tail(plan, clause, style) if tail else None
    if told is not None:
        tail = told  # '... met als bewijs [hoe gemeten]. Nu verwijs ik ...'
    elif tail and parts.extras and (kept_tail[0].pos in ("SCONJ", "CCONJ") or opens_clause):
        tail = f", {tail}"  # '..., met als bewijs [hoe gemeten], want ...': the phrase ends
    if tail:
        glued = _deadline_tail(plan, clause) or _own_step_tail(plan, clause, style)
        sentence += tail if tail[0] in ",;" or glued or told is not None else " " + tail
    return _finish(sentence)


def _own_step_tail(plan: Plan, clause: Clause, style: RewriteStyle) -> bool:
    """The tail is the stop and one sentence the writer tells in the first person with no
    modal or wish: a step already committed to ('... zonder fouten. De eerste drie lijsten
    *laat ik* nakijken door de filiaalmanager.') or what the writer has done ("I've been
    second designer on the last four"). It follows the rewritten goal as written, and the
    judge reads the whole text again."""
    kept = [plan.words[i] for i in clause.tail if plan.kept(i)]
    if len(kept) < 4 or kept[0].text not in (".", "!") or kept[-1].text not in (".", "!"):
        return False
    body = kept[1:-1]
    if any(w.text in ".!?;:" for w in body):
        return False  # one sentence only
    subjects = {s.lower() for s in style.subjects}  # 'ik', 'we'; 'i', 'we'
    writer = [n for n, w in enumerate(body) if w.lower in subjects]
    finite = [n for n, w in enumerate(body) if w.finite and w.pos in ("VERB", "AUX")]
    wishes = {*style.modals, *style.weak_finite, *style.wanting_verbs}  # 'I want to ...'
    modal = any(w.lower in wishes or w.lemma in wishes for w in body)
    told = " " + " ".join(w.lower for w in body) + " "
    if any(f" {duty.lower()} " in told for duty in style.duty_modals):
        return False  # 'We moeten minder weggooien', 'We have to cut waste': an aim, no step
    if any(f" {sign.lower()} " in told for sign in style.own_state_signs):
        return False  # 'Op drukke dagen haal ik *maar* 30 orders': how it goes now (own_state.py)
    if not writer or not finite or modal or abs(writer[0] - finite[0]) != 1:
        return False
    # a subject before its verb right after a noun opens a clause on that noun ('the mess
    # *we leave* behind'), not the writer's main clause
    return not (writer[0] < finite[0] and writer[0] > 0 and body[writer[0] - 1].pos == "NOUN")


def _deadline_tail(plan: Plan, clause: Clause) -> bool:
    """The tail is the stop and a deadline in a sentence of its own ('... [hoe gemeten].
    Klaar voor de zomer.', trailing_time.py): it follows the rewritten goal as written. Any
    other later sentence keeps the space before its stop (which the checks then reject)."""
    if plan.deadline_sentence is None:
        return False
    kept = [plan.words[i] for i in clause.tail if plan.kept(i)]
    if not kept or kept[0].text not in (".", "!", "?"):
        return False
    start = plan.deadline_sentence[0]
    return all(w.start >= start for w in kept[1:])


def _reflexive(plan: Plan, clause: Clause, style: RewriteStyle, subject: str, core: str) -> str:
    """A fragment's reflexive verb takes the writer's pronoun once the writer is its subject
    ('Zelfverzekerder voelen ...' -> 'ga ik me zelfverzekerder voelen ...')."""
    pronoun = style.reflexive_objects.get(subject.lower())
    words = [plan.words[i] for i in clause.core if plan.kept(i)]
    if pronoun is None or not any(w.lemma in style.reflexive_verbs for w in words):
        return core
    if any(w.lower in style.reflexive_objects.values() for w in words):
        return core  # 'me beter voorbereiden': the writer wrote it
    return f"{pronoun} {core[:1].lower()}{core[1:]}" if core[:1].isupper() else f"{pronoun} {core}"


def event_clause(lead: str, style: RewriteStyle) -> bool:
    """Is ``lead`` an event's clause with its date asked ('voordat de nachtdienst begint
    ([datum])': one of the style's ``clause_openers`` first): a clause in front, which the
    main clause follows after a comma (without it, 'begint zorg ik' reads as two verbs)."""
    words = lead.split()
    asked = f"({style.placeholders.date})"
    return len(words) >= 4 and words[0].lower() in style.clause_openers and lead.endswith(asked)


def _wish_for_others(core: str, finite: str, own_part: str) -> tuple[str, str]:
    """'wil ik dat mijn medewerkers ... tonen': a wish that others act becomes the writer's
    own part ('zorg ik ervoor dat ...'), never 'ga ik dat ...'."""
    frame = own_part.split("{clause}")[0].split()
    if len(frame) < 2 or not core.lower().startswith(frame[-1].lower() + " "):
        return finite, core
    return frame[0], " ".join([*frame[1:-1], core])


def _purpose_last(plan: Plan, clause: Clause, style: RewriteStyle) -> Clause:
    """The added phrases ('met als bewijs ...') belong to the main clause, so a purpose
    clause of the goal ('om helder te krijgen wie ik ben') moves after them, with a comma."""
    words = plan.words
    kept = [i for i in clause.core if plan.kept(i)]
    markers = {m.lower() for m in style.infinitive_markers}
    openers = {c.lower() for c in style.complementizers}
    at = next(
        (
            n
            for n, i in enumerate(kept)
            if n > 1  # 'leren om ... te' is what to learn, not why: one word is no clause
            and words[i].lower in openers
            and any(words[j].lower in markers for j in kept[n + 1 :])
        ),
        None,
    )
    if at is None:
        return clause
    opener = kept[at]
    lead = _purpose_lead(plan, kept[:at])
    if lead is not None:  # 'Pools leren, *in ieder geval genoeg* om ...': the comma stays
        opener = lead
    else:
        plan.replace[opener] = ", " + plan.text(opener)
    core = [i for i in clause.core if i < opener]
    tail = [i for i in clause.core if i >= opener] + clause.tail
    return Clause(clause.shape, clause.front, clause.subject, clause.finite, core, tail)


#: Most words between a comma and the purpose it leads up to ('in ieder geval genoeg').
_LEAD_WORDS = 4


def _purpose_lead(plan: Plan, before: list[int]) -> int | None:
    """The comma that opens the purpose clause's lead: a few words after a comma without a
    verb, right before the clause ('Pools leren, *in ieder geval genoeg* om de chauffeurs
    te verstaan': the level the purpose names, one phrase with it). None when there is no
    such comma or a verb stands between it and the clause."""
    words = plan.words
    comma = next((n for n in range(len(before) - 1, -1, -1) if words[before[n]].text == ","), None)
    if comma is None or comma == 0:
        return None
    lead = [words[i] for i in before[comma + 1 :]]
    if not lead or len(lead) > _LEAD_WORDS or not all(w.is_word for w in lead):
        return None
    if any(w.pos in ("VERB", "AUX", "PRON") for w in lead):
        return None
    return before[comma]


def _third_nl(plan: Plan, clause: Clause, style: RewriteStyle, parts: Parts) -> list[str]:
    """Someone else acts, verb second: the time phrase goes right after the finite verb
    ('Iedere medewerker heeft vóór [datum] de training voltooid')."""
    core = _core(plan, clause, style)
    if not parts.time:
        return [core]
    mine = _writers_clause(plan, clause, style)
    if mine is not None:  # 'Mijn leidinggevende verwacht dat ik vóór [datum] ... word'
        at = plan.words[mine]
        head, sep, rest = core.partition(f" {at.text} ")
        if sep:
            return [f"{head} {at.text} {parts.time} {rest}"]
    finite = next(
        (i for i in clause.core if plan.kept(i) and plan.words[i].finite and i not in plan.replace),
        None,
    )
    if finite is None:
        return [core, parts.time]
    first = next((i for i in clause.core if plan.kept(i) and plan.words[i].is_word), None)
    if first == finite:  # the fronted time went ('Op 18 juni 2022 is ...'): the new one fronts
        return [parts.time, core]
    text = plan.words[finite].text
    head, sep, rest = core.partition(f" {text} ")
    if not sep:
        return [core, parts.time]
    return [f"{head} {text} {parts.time} {rest}"]


def _writers_clause(plan: Plan, clause: Clause, style: RewriteStyle) -> int | None:
    """In someone else's clause, the writer's own clause ('... verwacht dat ik ...', '...
    expects me to ...', '... wants that I ...'): the index of the word after which its
    deadline goes (the subject 'ik', the 'to' after 'me'), so the deadline dates what the
    writer does, not what the other expects."""
    that = (style.frames.own_part or "").split("{clause}")[0].split()
    marker = that[-1].lower() if that else ""
    words = plan.words
    kept = [i for i in clause.core if plan.kept(i)]
    for a, b in pairwise(kept):
        if words[a].lower == marker and words[b].lower in style.subjects:
            return b
        if words[a].lower in style.object_pronouns and words[b].lower in style.infinitive_markers:
            return None if style.word_order == "v2" else b
    return None


def _front(plan: Plan, clause: Clause, style: RewriteStyle) -> str:
    idx = [i for i in clause.front if plan.kept(i)]
    if not any(plan.words[i].is_word or i in plan.replace for i in idx):
        return ""
    text = join([plan.words[i].with_text(plan.text(i)) for i in idx])
    return text if style.word_order == "v2" else text.rstrip(",")


def _perfect_aux(
    plan: Plan, clause: Clause, style: RewriteStyle, subject: str, aux_lemma: str = ""
) -> str | None:
    """'wil ... afgevallen zijn' -> 'zal ... afgevallen zijn' (a perfect needs 'zal', not 'ga');
    so does the committed auxiliary's own verb left as the clause's infinitive ('wil vaker
    naar de sportschool *gaan*' -> 'zal ... gaan', never 'ga ... gaan')."""
    core = [i for i in clause.core if plan.kept(i) and plan.words[i].is_word]
    if core and plan.words[core[-1]].lower in style.perfect_verbs:
        return style.perfect_subjects.get(subject.lower())
    for i in core:
        if opens_inner_clause(plan.words[i], style):
            break  # 'dat er geen leerling ... naar buiten gaat': that clause's own verb
        if aux_lemma and plan.words[i].lower == aux_lemma and i not in plan.replace:
            return style.perfect_subjects.get(subject.lower())
    return None


def _drop_repeated_aux(plan: Plan, clause: Clause, style: RewriteStyle, aux_lemma: str) -> None:
    """'ik ga ... gaan sporten' -> 'ik ga ... sporten': the auxiliary is there once. Only an
    auxiliary with an infinitive after it: the verb of a clause inside the goal stays ('dat
    er geen leerling zonder jas naar buiten gaat')."""
    kept = [i for i in clause.core if plan.kept(i)]
    inner = False  # past a comma or a word that opens a clause of its own
    for n, i in enumerate(kept):
        word = plan.words[i]
        inner = inner or opens_inner_clause(word, style)
        if i in plan.replace or word.lemma != aux_lemma:
            continue
        if inner and word.lower != aux_lemma:
            return  # 'als hij met pensioen *gaat* hebben we ...': that clause's own verb
        if any(looks_infinitive_nl(plan.words[j]) for j in kept[n + 1 :]):
            plan.drop.add(i)
        return


def core_text(plan: Plan, clause: Clause, style: RewriteStyle) -> str:
    """The clause core as the frames would write it (public for the purpose frame)."""
    return _core(plan, clause, style)


def _closing(text: str) -> bool:
    """Punctuation that ends a sentence or a clause ('.', '!', ','), not a sign ('%')."""
    return bool(text) and all(ch in ".!?,;:" for ch in text)


def _core(plan: Plan, clause: Clause, style: RewriteStyle) -> str:
    """The core words joined; a bare topic gets the domain frame next to the behaviour."""
    words = plan.words
    idx = [i for i in clause.core if plan.kept(i)]
    while idx and _closing(words[idx[-1]].text) and idx[-1] not in plan.replace:
        idx.pop()  # closing punctuation: the frame adds its own ('by 200%.' keeps its '%')
    if clause.shape in ("fragment", "topic") and idx:
        first = words[idx[0]]
        alone = sum(words[i].is_word for i in idx) == 1  # 'Klantbeleving.' may be a name
        after = words[idx[1]] if len(idx) > 1 else None
        lower = _lower_ok(first, style, clause.shape, plan.lang, alone, after)
        if idx[0] not in plan.replace and lower:
            plan.replace[idx[0]] = first.text[:1].lower() + first.text[1:]
    if clause.shape == "fragment" and idx:
        _own_credential(plan, idx, style)
    if clause.shape == "topic":
        topic = join([words[i].with_text(plan.text(i)) for i in idx])
        behaviour = style.placeholders.behaviour
        if idx and _manner(plan.text(idx[0]), style):
            return f"{behaviour}, {topic}"  # 'with at most [number] mistakes': no 'for with'
        activity = style.frames.activity_domain
        if activity and idx and activity_noun(words[idx[0]].lower, plan.lang, style):
            if topic[1:2].islower():  # 'Klachtafhandeling': a noun, no name
                topic = topic[:1].lower() + topic[1:]
            return f"{behaviour} {activity.format(topic=topic)}"  # 'bij gespreksvoering met X'
        framed = style.frames.domain.format(topic=topic)
        return f"{framed} {behaviour}" if style.word_order == "v2" else f"{behaviour} {framed}"
    if style.word_order != "v2" and idx and clause.shape in ("first", "inverted"):
        first = words[idx[0]]
        bare = style.finite_to_bare.get(first.lower)
        negated = len(idx) > 1 and plan.text(idx[1]).lower() in style.negations
        if bare and negated:  # 'I am never late' -> 'I will not be late' (never: 'not')
            plan.replace[idx[0]] = f"{plan.text(idx[1])} {bare}"
            plan.replace[idx[1]] = ""
        elif bare:
            plan.replace[idx[0]] = bare
        elif first.past and first.lemma and first.pos == "VERB":
            plan.replace[idx[0]] = first.lemma  # 'I passed' -> 'I will pass' (a goal is ahead)
    end = f" {plan.core_end}" if plan.core_end else ""
    if plan.behaviour is not None and plan.behaviour in idx:
        return join(_domain(plan, idx, style)) + end
    return join([words[i].with_text(plan.text(i)) for i in idx]) + end


def activity_noun(lower: str, lang: str, style: RewriteStyle) -> bool:
    """A noun that names an act: one of the style's ``activity_endings`` on a stem that,
    with the ending's verb ending, is a word the dictionary knows ('gespreksvoering':
    'voeren', the compound's last part; 'handling': 'handle'; 'planning': 'plan').
    'Kleding', 'ceiling' lead to no verb."""
    for ending, verb_endings in style.activity_endings.items():
        if not lower.endswith(ending) or len(lower) <= len(ending) + 2:
            continue
        stem = lower[: -len(ending)]
        stems = {stem, stem[:-1]} if stem[-1:] == stem[-2:-1] else {stem}
        for n in range(len(stem) - 2):  # the word, or a compound's last part
            for base in {s[n:] for s in stems}:
                for verb in (base + e for e in verb_endings):
                    if len(verb) > 3 and known_word(verb, lang):
                        return True
    return False


def _manner(first: str, style: RewriteStyle) -> bool:
    """The topic opens with a preposition: the bound an absolute left in its place ('with at
    most [number] mistakes through ...', 'met hooguit [aantal] fouten'), a manner of the
    behaviour, no topic the domain frame can take ('for with ...', 'voor met ...')."""
    head = first.split()[0].lower() if first.split() else ""
    return head in style.prepositions


def _own_credential(plan: Plan, idx: list[int], style: RewriteStyle) -> None:
    """A fragment names the writer's credential without a determiner ('Heftruckcertificaat
    halen', 'Get forklift licence'): as a sentence it is the writer's own ('ga ik *mijn*
    heftruckcertificaat halen', 'I will get *my* forklift licence'; the pack's
    ``rewrite.credential_endings`` and ``own_possessive``). The noun phrase opens the fragment in
    Dutch and follows its verb in English."""
    if not style.own_possessive or not style.credential_endings:
        return
    words = plan.words
    at = 0 if style.word_order == "v2" else 1
    if len(idx) <= at:
        return
    start = idx[at]
    phrase = []
    for i in idx[at:]:
        if words[i].pos not in ("NOUN", "PROPN", "ADJ", "X") or not words[i].is_word:
            break
        phrase.append(i)
    endings = tuple(e.lower() for e in style.credential_endings)
    if not phrase or not any(words[i].lower.endswith(endings) for i in phrase):
        return
    plan.replace[start] = f"{style.own_possessive} {plan.text(start)}"


def _domain(plan: Plan, idx: list[int], style: RewriteStyle) -> list[Word]:
    """'[gedrag] mijn Engels' -> 'voor mijn Engels [gedrag]'; '[x] sales' -> '[x] for sales'."""
    words = plan.words
    at = idx.index(plan.behaviour) if plan.behaviour is not None else 0
    pieces = [words[i].with_text(plan.text(i)) for i in idx]
    prefix = Word(style.frames.domain.split("{topic}")[0].strip())
    # the goal's own deadline ('vóór 31 maart 2027', a safe fix's date) is no topic: the
    # domain frame's 'voor' goes after it, never before it ('ga ik voor vóór ...')
    lead = _deadline_lead(idx[:at], plan)
    ahead, before = pieces[:lead], pieces[lead:at]
    placeholder = pieces[at]
    tail = _deadline_lead(idx[at + 1 :], plan)
    after = pieces[at + 1 + tail :]
    trailing = pieces[at + 1 : at + 1 + tail]

    def topical(part: list[Word]) -> bool:
        if _hyphen_modifier(part):
            return True  # 'on-time performance', 'in-house training': a noun phrase
        return (
            bool(part)
            and part[0].is_word
            and part[0].lower not in style.prepositions
            and part[0].pos not in ("ADP", "SCONJ")  # 'als leidinggevende' is no topic
            and (part[0].lower not in style.clause_ends)
            and part[0].lower not in style.infinitive_markers
        )

    v2 = style.word_order == "v2"
    if _second_verb_phrase(before, v2):
        return pieces  # 'nieuwe recepten uitproberen en [gedrag]': no topic before it
    if v2:
        if topical(after) and not before:
            return [*ahead, *trailing, prefix, *after, placeholder]
        if topical(before):
            return [*ahead, prefix, *before, placeholder, *trailing, *after]
        return pieces
    if topical(after):
        return [*ahead, *before, placeholder, *trailing, prefix, *after]
    return pieces


def _hyphen_modifier(part: list[Word]) -> bool:
    """The part opens with a word glued by a hyphen to the next ('on-time performance',
    'in-house training', 'up-to-date records'): a compound modifier of a noun, no preposition
    that heads a phrase of its own, so the domain frame may stand before it."""
    return (
        len(part) >= 3
        and part[0].is_word
        and part[1].text == "-"
        and not part[1].space_before
        and not part[2].space_before
        and part[2].is_word
    )


def _deadline_lead(indices: list[int], plan: Plan) -> int:
    """How many of ``indices`` from the first are the goal's own deadline words."""
    own = set(plan.deadline_at)
    return next((n for n, i in enumerate(indices) if i not in own), len(indices))


def _second_verb_phrase(before: list[Word], v2: bool) -> bool:
    """The behaviour is the second of two verb phrases joined by a conjunction ('nieuwe
    recepten uitproberen en [concreet gedrag]'): the words before it hold a verb of their
    own, so they are no topic for the domain frame ('voor nieuwe recepten uitproberen en')."""
    conj = max((n for n, w in enumerate(before) if w.pos == "CCONJ"), default=None)
    return conj is not None and any(
        (w.pos == "VERB" and w.verbform != "Part") or (v2 and looks_infinitive_nl(w))
        for w in before[:conj]
    )


def _lower_ok(
    word: Word,
    style: RewriteStyle,
    shape: Shape,
    lang: str,
    alone: bool = False,
    after: Word | None = None,
) -> bool:
    """Lower-case a goal's first word when it moves inside the frame, unless it is a name
    (a word the tagger calls a name counts as one unless the language's dictionary knows it).
    A topic of one word ('Klantbeleving.', ``alone``) keeps its capital: it may be a name.
    So does a product with its version number after it ('Office 365', 'Incoterms 2020'),
    a name or a word the dictionary lacks ('Module 3' is a module: it is lowered)."""
    if word.lower in style.determiners or word.lower in style.prepositions:
        return True
    if not word.text[1:].islower() or word.lower in style.capitalised:
        return False
    named = word.pos == "PROPN" or not (lang and known_word(word.lower, lang=lang))
    if after is not None and versioned(word.text, after.text) and named:
        return False
    if shape == "topic" and (alone or word.pos not in ("NOUN", "ADJ", "")):
        return False  # 'Alles op tijd': a pronoun heads no topic the frame can take
    known = bool(lang) and known_word(word.lower, lang=lang)
    common = word.lemma != word.lower or is_common_word(word)
    if not word.pos:  # no tagger (a blank pipeline): only a word the dictionary inflects
        return known and word.lemma != word.lower
    compound = _compound(word.lower, lang) or (bool(lang) and particle_verb(word.lower, lang))
    return word.pos != "PROPN" or (known and common) or compound


def _compound(lower: str, lang: str) -> bool:
    """A closed compound of two dictionary words ('heftruckcertificaat', 'werkbonnen'): a
    common noun the dictionary lacks, not a name, though the tagger may call it one."""
    return (
        bool(lang)
        and any(
            known_word(lower[:n], lang=lang)
            and lemma_of(lower[:n], lang) == lower[:n]  # a stem, not 'rotter' of 'Rotterdam'
            and known_word(lower[n:], lang=lang)
            for n in range(_PART, len(lower) - _PART + 1)
        )
    )


#: The shortest part of a compound that counts ('bon' of 'werkbon').
_PART = 3


def versioned(word: str, after: str) -> bool:
    """A capitalised word with a version or edition number after it ('Office 365',
    'Incoterms 2020', 'Eurocode 2'): a product's name."""
    return word[:1].isupper() and after.isdigit()


def lower_first(text: str, style: RewriteStyle) -> str:
    first, _, rest = text.partition(" ")
    if versioned(first, rest.split(" ", 1)[0]):
        return text  # 'Incoterms 2020 training': a product with its version keeps its capital
    if (
        first.lower() in style.determiners
        or first.lower() in style.prepositions
        or (
            first[1:].islower()
            and first.lower() not in style.subjects
            and first.lower() not in style.capitalised
        )
    ):
        return text[:1].lower() + text[1:]
    return text


def _has_own_verb(plan: Plan, clause: Clause, style: RewriteStyle) -> bool:
    """English: the subject already has a modal ('I can ...') or, when the tagger cannot
    tell the tense, a past form ('I completed'); a tagged past form becomes the bare verb."""
    if clause.shape not in ("first", "inverted"):
        return False
    idx = [i for i in clause.core if plan.kept(i)]
    if not idx:
        return False
    first = plan.words[idx[0]]
    if idx[0] in plan.replace and plan.replace[idx[0]] in style.finite_to_bare.values():
        return False
    if idx[0] in plan.replace and first.past:
        return False  # its past form became the bare verb the auxiliary takes
    before = idx[0] - 1
    markers = {m.lower() for m in style.infinitive_markers}
    while before >= 0 and before in plan.drop:  # the intention the commitment dropped
        if plan.words[before].lower in style.modals or plan.words[before].lower in markers:
            # 'I will do my homework', "I'll try to do it myself": 'do' is the bare verb
            # the dropped 'will' or 'to' took
            return False
        before -= 1
    return first.lower in style.finite_words or (
        first.lower.endswith("ed") and first.lemma != first.lower
    )


def _finish(sentence: str) -> str:
    sentence = sentence.rstrip(" ,;:")
    if not sentence.endswith((".", "!", "?")):
        sentence += "."
    return sentence
