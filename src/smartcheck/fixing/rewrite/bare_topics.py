"""A goal that only names its topic: 'Klantgesprekken', 'Rijbewijs C', 'Forklift licence',
'Presenteren - moet ik echt aan werken, vooral bij de bewonersavonden'.

A POP form's point of development is often a topic and nothing more, or a topic with a
comment that the writer wants to work on it. No frame can date a noun ('Vóór [datum] ga ik
klantgesprekken.'), so when no other rewrite reads whole the rewriter reads it as the goal
the form means: getting the credential it names ('Ik wil mijn rijbewijs C halen': the pack's
``rewrite.credential_goal``), else getting better at it (``rewrite.difficulty_goal``). A
comment that only says the writer will work on it (``rewrite.work_on_comments``) goes with
it; what narrows it after a comma ('vooral bij de bewonersavonden') stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.compared_heads import bare_comparative
from smartcheck.fixing.rewrite.courses import course_goal
from smartcheck.fixing.rewrite.named_lists import listed_verb_noun, named_list
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    join,
    outside_brackets,
    tidy,
    words_of,
)
from smartcheck.reading.anatomy.verbs import modified_noun
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.configuration.grammar import Grammar
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most words a topic may have: a short noun phrase, no clause.
MAX_TOPIC_WORDS = 5
#: Most words of a topic that lists things with an act named as a thing among them
#: ('trillingsmetingen en balanceren van rotoren op de balanceerbank'; named_lists.py).
MAX_LISTED_TOPIC_WORDS = 10
#: Most words of the comment on it, up to its first comma.
MAX_COMMENT_WORDS = 8
#: Word classes no topic opens with: a pronoun, a preposition, an adverb, a number.
_NOT_HEADS = frozenset({"PRON", "ADP", "ADV", "NUM", "DET", "CCONJ", "SCONJ", "PART"})
#: Marks between a topic and its comment ('Presenteren - ...', 'Public speaking: ...').
_SEPARATORS = frozenset({"-", ":"})


def topic_goal(
    goal: Goal, ctx: RuleContext, style: RewriteStyle, commented: bool = False
) -> str | None:
    """The goal a bare topic stands for, as a sentence to rewrite; None when the goal is
    more than a topic (a verb of its own, a subject, a long phrase) or its comment says
    more than that the writer will work on it. ``commented``: only a topic with such a
    comment, a shape no other reading takes ('Chairing meetings - needs work'), or a
    credential named bare ('Heftruck certificaat', 'Level 2 barista qualification'), which
    no frame can date ('Heftruck certificaat vóór [datum]', 'I will level 2 ...')."""
    if not style.difficulty_goal:
        return None
    split = _split(goal, ctx, style)
    if split is None or not split[0]:
        return None
    topic, comment, narrowing = split
    topic, aside = _aside_cut(topic)
    if not topic:
        return None
    end = topic[-1].end
    credentials = [m for m in ctx.find(goal, "credentials") if m.end <= end]
    credential = bool(style.credential_goal) and bool(credentials)
    if credential and course_goal(goal, ctx, style) is not None:
        return None  # 'Opfriscursus BHV': a course with a credential's name is followed
    hedges = [m.start for m in ctx.find(goal, "hedges")]
    bare = credential and _bare(goal, credentials[-1].start, hedges)
    if commented and not comment and not bare:
        return None  # a bare credential is asked first too: getting it is what it means
    if not _only_topic(topic, ctx, style, credential):
        return None
    if any(t.start < end for t in goal.deadlines):
        return None  # 'maart', 'Q3': a time, no topic
    names = {
        n.lower()
        for k in ("known_names", "ambiguous_names", "fixed_case")
        for n in ctx.pack.words(k)
    }
    first = topic[0] if topic[0].lower in names else inside_topic(topic[0], ctx.pack.lang, style)
    # 'Voegwerk en afkitten van badkamers': a thing listed beside an act named as a thing
    # is a common noun, whatever the tagger calls it at the head of the line
    common = first is topic[0] and first.text[1:].islower() and first.lower not in names
    if common and named_list([w for w in topic if w.is_word], style):
        first = first.with_text(first.lower)
    text = join([first, *topic[1:]])
    if credential:
        sentence = style.credential_goal.format(topic=text)
    else:
        sentence = style.difficulty_goal.format(topic=text)
    if narrowing:
        sentence += ", " + join(narrowing)
    told = capitalise(tidy(sentence)).rstrip(" ,") + "."
    return f"{told} {join(aside)}" if aside else told


def _aside_cut(topic: list[Word]) -> tuple[list[Word], list[Word]]:
    """The topic up to an exclamation or question mark, and the aside in brackets after it
    ('Rijbewijs B! (nu rijd ik alleen op de bakfiets)'): the aside tells the situation and
    stays after the goal's sentence, never inside it ('... B! (nu rijd ...) halen'). Nothing
    as the topic when other words follow the mark."""
    stop = next((n for n, w in enumerate(topic) if w.text in ("!", "?")), None)
    if stop is None:
        return topic, []
    aside = topic[stop + 1 :]
    if aside and (aside[0].text != "(" or aside[-1].text != ")"):
        return [], []
    return topic[:stop], aside


def _bare(goal: Goal, credential: int, hedges: list[int]) -> bool:
    """No verb of the writer's before the credential: the reading found none, or only the
    credential itself, which the tagger may call one ('Heftruck *certificaat*'), or a hedge
    it took for one ('*Evt* BHV'; ``hedges``: where the pack's hedges start) or a compound's
    first part ('Possibly *forklift* licence'); not 'Get food hygiene certificate', 'Haal
    heftruck certificaat', whose verb other frames keep."""
    action = goal.action
    nominal = any(
        t.idx == getattr(action, "start", -1) and t.pos_ == "VERB" and modified_noun(t)
        for t in goal.doc or ()
    )
    # '*forklift* licence': the compound's first part, tagged a verb, is no verb of the writer
    before = action is not None and action.start < credential
    if before and action is not None and action.start not in hedges and not nominal:
        return False
    first = next((t for t in goal.doc or () if t.is_alpha), None)
    # an imperative the tagger calls a noun or adjective ('Obtain another certification'):
    # the dictionary knows its regular past; a name before a number is none ('Level 2')
    return not (
        first is not None
        and first.lang_ == "en"
        and first.i + 1 < len(first.doc)
        and not first.nbor(1).like_num
        and _regular_past(first.lower_)
    )


def _regular_past(word: str) -> bool:
    """English: the dictionary knows a past in -ed whose lemma is ``word`` ('obtained')."""
    past = f"{word}d" if word.endswith("e") else f"{word}ed"
    return known_word(past, "en") and lemma_of(past, "en").lower() == word


def work_on_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where a topic's comment says only that the writer will work on it ('moet ik echt aan
    werken'): words the goal of getting better replaces, never lost words. Asked for every
    candidate's seams: a text with no colon or spaced dash has no comment, unread."""
    if ":" not in goal.text and " -" not in goal.text:
        return []
    split = _split(goal, ctx, style)
    if split is None or not split[1]:
        return []
    comment = split[1]
    return [(comment[0].start, comment[-1].end)] if comment[0].start >= 0 else []


def _split(
    goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> tuple[list[Word], list[Word], list[Word]] | None:
    """The topic, the comment after a dash or colon (up to its first comma) and what
    follows: after the comment's comma, or the purpose right after the topic ('Excel
    (draaitabellen) zodat ik de weekcijfers zelf kan maken'). None when the comment says
    more than that the writer will work on the topic."""
    words = _unhedged(words_of(goal), goal, ctx)
    while words and words[-1].text in (".", "!"):
        words = words[:-1]  # the final stop; 'esp.' keeps its own
    if words and words[-1].text.endswith(".") and len(words[-1].text) > 1:
        words[-1] = words[-1].with_text(words[-1].text[:-1])  # 'Rijbewijs C.': one token
    cut = next((n for n, w in enumerate(words) if _separates(w)), None)
    if cut is None:
        purpose = min((m.start for m in ctx.find(goal, "purpose_markers")), default=-1)
        at = next((n for n, w in enumerate(words) if w.start == purpose), len(words))
        rest = words[at:]
        return words[:at], [], rest[1:] if rest and rest[0].text == "," else rest
    topic, comment = words[:cut], words[cut + 1 :]
    comma = next((n for n, w in enumerate(comment) if w.text == ","), len(comment))
    comment, narrowing = comment[:comma], comment[comma + 1 :]
    if any(_separates(w) for w in comment) or not _works_on(comment, style):
        return None  # 'Doel 2: Chairing meetings - needs work': a label the pack does not know
    return topic, comment, narrowing


def _unhedged(words: list[Word], goal: Goal, ctx: RuleContext) -> list[Word]:
    """The words without a hedge that opens them ('*evt* BHV', '*maybe* first aid', the
    pack's ``hedges``): an item the writer is not sure of yet, the topic all the same; the
    rewrite commits to it, as it commits to 'Eventueel een cursus BHV'."""
    first = next((w for w in words if w.is_word), None)
    if first is None:
        return words
    hedge = next((m for m in ctx.find(goal, "hedges") if m.start == first.start), None)
    if hedge is None:
        return words
    # 'evt. BHV': the abbreviation's stop goes with it
    rest = [
        w for w in words if w.start >= hedge.end and not (w.text == "." and w.start == hedge.end)
    ]
    return rest if any(w.is_word for w in rest) else words


def _works_on(comment: list[Word], style: RewriteStyle) -> bool:
    """The comment only says the writer will work on the topic ('moet ik echt aan werken',
    'need to work on this'): one of the pack's phrases for it, in a few words, and no thing
    named besides it ('get better at Excel pivot tables for this' names the means)."""
    spelled = " ".join(w.lower for w in comment if w.is_word)
    size = sum(w.is_word for w in comment)
    found = [p for p in style.work_on_comments if f" {p} " in f" {spelled} "]
    if not 0 < size <= MAX_COMMENT_WORDS or not found:
        return False
    lowered = [w.lower for w in comment if w.is_word]
    ends = [
        n + len(p.split())
        for p in found
        for n in range(len(lowered))
        if lowered[n : n + len(p.split())] == p.split()
    ]
    said = [w for w in comment if w.is_word]
    after = said[max(ends) :]
    # 'get better at *Excel pivot tables* for this': the phrase's object names a means
    if any(w.pos in ("NOUN", "PROPN") for w in after):
        return False
    # 'Verkoop: *de reactietijd op klantvragen* verbeteren': a thing of its own before the
    # phrase, the goal's object within the label's field, no comment on the label
    starts = [
        n
        for p in found
        for n in range(len(lowered))
        if lowered[n : n + len(p.split())] == p.split()
    ]
    before = said[: min(starts)]
    named = [n for n, w in enumerate(before) if w.pos in ("NOUN", "PROPN")]
    # a noun after a determiner ('*de* reactietijd'), not a word the tagger calls one ('need')
    return not any(w.pos in ("DET", "PRON") for w in before[: max(named, default=0)])


def _only_topic(topic: list[Word], ctx: RuleContext, style: RewriteStyle, credential: bool) -> bool:
    """A short noun phrase (what brackets list aside): no subject, no determiner or other
    closed word at its head, and no verb, except a verb the phrase is made of: a Dutch
    plural the tagger calls one ('klantgesprekken': the dictionary rules the infinitive
    out), a topic that is one infinitive or gerund ('Presenteren', 'Public speaking'), a
    Dutch bare stem inside it ('TC3 hockey') or a word before the credential it names
    ('Forklift licence')."""
    words = [w for w in outside_brackets(topic) if w.is_word]
    listed = named_list(words, style)  # 'trillingsmetingen en balanceren van rotoren ...'
    if not 0 < len(words) <= (MAX_LISTED_TOPIC_WORDS if listed else MAX_TOPIC_WORDS):
        return False
    if not all(w.pos for w in words) or not any(_lettered(w.text) for w in words):
        return False  # no tagger to tell a noun (a blank pipeline), or no word ('12345')
    if words[0].lower in style.determiners or any(w.lower in style.subjects for w in words):
        return False
    possessives = {p.lower() for p in ctx.pack.words("first_person_possessive")}
    if any(w.lower in possessives for w in words[1:]):
        return False  # 'Renew my first aid certificate': a verb before the writer's object
    if words[0].pos in _NOT_HEADS:
        return False  # 'alles op tijd', 'op tijd': no thing named
    grammar = ctx.pack.grammar
    changes = {c.lower() for c in ctx.pack.words("comparatives")}
    if bare_comparative(words[0], changes, ctx.pack.lang, style):
        return False  # 'beter plannen met ...', 'rustiger bij drukte': an act or a state
    last = len(words) - 1
    if credential and last > 0 and _infinitive(words[last], ctx, style):
        return False  # 'kennis bhv en wkkgz verdiepen': the credential is the verb's object
    for n, word in enumerate(words):
        if word.pos not in ("VERB", "AUX") or (credential and n < last):
            continue
        if listed and listed_verb_noun(words, n, style):
            continue  # 'trillingsmetingen en *balanceren* van rotoren': a thing listed
        if credential and word.lower.endswith(tuple(e.lower() for e in style.credential_endings)):
            continue  # 'Heftruck certificaat': the credential the tagger called a verb
        if n == last and _activity(word, len(words), grammar):
            continue  # 'Presenteren', 'Public speaking': the activity is the topic
        if _plural_noun(word, ctx, style):
            continue  # 'klantgesprekken': a plural noun the tagger called a verb
        if n > 0 and _bare_stem(word, grammar):
            continue  # 'TC3 hockey': a Dutch stem inside a phrase has no subject 'ik'
        return False
    return True


def _lettered(text: str) -> bool:
    """A word of letters, hyphens inside it kept ('BHV-diploma', 'e-learning'), no
    number ('12345', '2027')."""
    return text.replace("-", "").isalpha()


def _activity(word: Word, size: int, grammar: Grammar) -> bool:
    """An activity as a topic: a Dutch infinitive on its own, an English gerund."""
    if grammar.gerund_ending and word.lower.endswith(grammar.gerund_ending):
        return True
    ending = grammar.infinitive_ending
    return bool(ending) and size == 1 and word.lower.endswith(ending)


def _bare_stem(word: Word, grammar: Grammar) -> bool:
    """A Dutch word the tagger calls a verb, inside a topic without a subject, in the
    form of a bare stem (no infinitive ending, no -t of the third person): only 'ik' or an
    order at the head of the sentence takes that form, so here it is a noun."""
    ending = grammar.infinitive_ending
    return bool(ending) and not word.lower.endswith((ending, "t", "d"))


def _infinitive(word: Word, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A Dutch -en word the dictionary knows as an infinitive, whatever the tagger says
    ('verdiepen', 'opfrissen'): after a credential it is the phrase's own verb."""
    grammar = ctx.pack.grammar
    ending = grammar.infinitive_ending
    if not ending or not word.lower.endswith(ending):
        return False
    return infinitive_evidence(word.lower, ctx.pack.lang, grammar, style) is True


def _plural_noun(word: Word, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A Dutch -en word the dictionary rules out as an infinitive ('klantgesprekken')."""
    grammar = ctx.pack.grammar
    ending = grammar.infinitive_ending
    if not ending or not word.lower.endswith(ending):
        return False
    return infinitive_evidence(word.lower, ctx.pack.lang, grammar, style) is False


def inside_topic(word: Word, lang: str, style: RewriteStyle) -> Word:
    """The topic's first word inside the sentence: lower case when it is a common word,
    even one the tagger calls a name at the head of a line ('Presenteren', 'Rijbewijs'),
    or a compound of a credential the dictionary does not list ('Heftruckcertificaat'); a
    name or an acronym ('TC3', 'SAP') keeps its capitals."""
    if not word.text[1:].islower():
        return word
    credential = word.lower.endswith(tuple(e.lower() for e in style.credential_endings))
    # a plural is no name ('Trillingsmetingen en balanceren van rotoren')
    name = word.pos == "PROPN" and word.plural is not True
    if name and not known_word(word.lower, lang) and not credential:
        return word
    return word.with_text(word.lower)


def _separates(word: Word) -> bool:
    """A colon, or a dash between spaces ('Presenteren - ...'), not one inside a word
    ('open-to-buy')."""
    return word.text == ":" or (word.text in _SEPARATORS and word.space_before)
