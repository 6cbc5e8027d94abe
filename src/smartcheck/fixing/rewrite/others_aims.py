"""Someone else's aim told with the writer's step and a remark: the pieces aims.py joins.

Writers tell what a manager or planner wants, then their own step, often with a pointer
that names the aim as the step's purpose ("..., dus daarvoor moet ik mijn vaarbewijs
halen", "so for that I need to get my licence"), and a sentence more: a time or a manner
for the step ("Liefst voor het zomerseizoen."), or a remark on the aim, a reluctance or a
trial ("Not really my thing but I'll try.", "Ik heb daar zelf niet zoveel zin in."). The
step is the goal (JUDGING A: the writer's own controllable part), the aim its purpose.

- a purpose pointer goes: the aim follows the step as its purpose ('zodat ...', 'so that
  ...'), which says what the pointer said (the pack's ``purpose_pointers``);
- a sentence with no verb of its own is a time or manner of the step: it joins the step;
- a remark of reluctance is no goal and stays as written (``reluctance_remarks``); a trial
  in it becomes the commitment the rewrite makes (``trial_remarks``), or the remark would
  hedge the goal again (JUDGING A: hedging).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.taken_on import wish_credit
from smartcheck.fixing.rewrite.words import capitalise, infinitive_ending

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.taken_on import Wish
    from smartcheck.reading.goal import Goal


def without_purpose_pointer(step: str, style: RewriteStyle) -> str:
    """``step`` without a pointer that names the aim as its purpose, at its start or its
    end ('daarvoor moet ik X halen' -> 'moet ik X halen', 'I need a licence for that' ->
    'I need a licence'); the step as it is when it has none."""
    for pointer in sorted(style.purpose_pointers, key=len, reverse=True):
        word = re.escape(pointer)
        found = re.match(rf"\s*{word}\b[\s,]*", step, flags=re.IGNORECASE)
        if found is not None and found.end() < len(step):
            return step[found.end() :]
        found = re.search(rf"[\s,]+{word}\s*(?=[.!]*\s*$)", step, flags=re.IGNORECASE)
        if found is not None and found.start() > 0:
            return step[: found.start()] + step[found.end() :]
    return step


def pointer_spans(text: str, after: int, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where a purpose pointer stands in ``text`` right after position ``after`` (the
    joiner's end): the words a rewrite with the aim as purpose leaves out."""
    for pointer in sorted(style.purpose_pointers, key=len, reverse=True):
        found = re.compile(rf"\s*({re.escape(pointer)})\b", re.IGNORECASE).match(text, after)
        if found is not None:
            return [found.span(1)]
    return []


def asked_pointer(step: str, style: RewriteStyle) -> re.Match[str] | None:
    """Where a back reference stands right after a question word in ``step`` ('learn how
    that works', 'leren hoe dat werkt'): it names the object of the aim before it."""
    if not style.question_words or not style.back_references:
        return None
    asking = "|".join(re.escape(w) for w in style.question_words)
    pointing = "|".join(re.escape(w) for w in style.back_references)
    return re.search(rf"\b(?:{asking})\s+({pointing})\b", step, flags=re.IGNORECASE)


def with_aim_object(step: str, inner: Goal, style: RewriteStyle) -> str | None:
    """The step with the aim's object in place of the pointer after its question word
    ('I need to learn how that works.' + 'I will take over the paperwork when Ria retires.'
    -> 'I need to learn how the paperwork works.'); the step as it is without such a
    pointer, None when the aim's clause has no object to put there."""
    found = asked_pointer(step, style)
    if found is None:
        return step
    told = aim_object(inner, style.word_order != "v2")
    if told is None:
        return None
    return f"{step[: found.start(1)]}{told}{step[found.end(1) :]}"


def _bare_object(token: Token, doc: Doc) -> bool:
    """Does a noun without a determiner open the object right after the committed verb
    and its particle ('take over *vigilance reporting*', 'run *payroll administration*'):
    a mass noun the aim names as the thing the writer takes on?"""
    if token.pos_ not in ("NOUN", "ADJ"):
        return False
    group = list(doc[2 : token.i])
    if not group or group[0].pos_ not in ("VERB", "AUX"):
        return False
    return all(t.pos_ in ("VERB", "AUX") for t in group[:-1]) and (
        group[-1].pos_ in ("VERB", "AUX")
        or (len(group) > 1 and group[-1].pos_ in ("ADP", "ADV", "PART"))
    )


def aim_object(inner: Goal, verb_first: bool) -> str | None:
    """The first noun phrase after the writer's committed verb in the aim told as the
    writer's clause, from its determiner to its last noun ('I will take over the stock count
    after the summer.' -> 'the stock count'; 'Ik ga de kasopmaak van Karin overnemen.' -> 'de
    kasopmaak'), outside any time; None when there is none or it is plural (the step's verb,
    'works', 'werkt', is singular). Read by word class, not by dependency: the small parsers
    often take a compound's noun for a verb ('stock count'), which ``verb_first`` languages
    (English: the verb before its object) read as a noun."""
    doc = inner.doc
    if doc is None or len(doc) < 3:
        return None
    times = [(e.start, e.end) for e in inner.deadlines]
    words: list[Token] = []
    for token in doc[2:]:  # after the writer and the committed auxiliary
        if any(a <= token.idx < b for a, b in times):
            if words:
                break
            continue
        joined = bool(words) and not doc[token.i - 1].whitespace_  # 'chain-of-custody'
        if not words:
            possessive = token.pos_ == "PRON" and "Yes" in token.morph.get("Poss", [])
            if token.pos_ == "DET" or possessive or _bare_object(token, doc):
                words.append(token)
        elif joined or token.pos_ in _IN_A_NOUN_PHRASE or (token.pos_ == "VERB" and verb_first):
            words.append(token)  # English puts its verb first: a 'VERB' here is a noun
        else:
            break
    if len(words) < 2 or words[-1].pos_ not in ("NOUN", "PROPN", "VERB"):
        return None
    if "Plur" in words[-1].morph.get("Number", []) or words[-1].tag_ == "NNS":
        return None
    return doc[words[0].i : words[-1].i + 1].text


#: Most words after a trial's object that bound it ('try it *a few times*').
_TRIAL_TAIL = 4
#: Word classes inside a noun phrase after its determiner.
_IN_A_NOUN_PHRASE = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})


def verbless(sentence: Goal) -> bool:
    """Does ``sentence`` hold no verb ('Liefst voor het zomerseizoen.', 'Preferably before
    the summer.')? Then it is a time or manner of the step before it, no remark."""
    doc = sentence.doc
    if doc is None or not any(t.is_alpha for t in doc):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc)


def with_adjunct(step: str, adjunct: str, style: RewriteStyle) -> str:
    """The step, committed, with a verbless sentence after it as its phrase of time or
    manner: after the finite verb in verb-second Dutch ('Ik moet X halen.' + 'Liefst voor
    het zomerseizoen.' -> 'Ik ga liefst voor het zomerseizoen X halen.'), at the end in
    English ('I will get X, preferably before the summer.')."""
    told = adjunct.strip().rstrip(" .!")
    told = f"{told[:1].lower()}{told[1:]}"
    words = committed_step(step, style).rstrip(" .!").split()
    if style.word_order == "v2" and len(words) > 2:
        return " ".join([*words[:2], told, *words[2:]]) + "."
    return f"{' '.join(words)}, {told}."


def committed_step(step: str, style: RewriteStyle) -> str:
    """The step with the writer's duty as the commitment ('Ik moet X halen' -> 'Ik ga X
    halen', 'I need to get X' -> 'I will get X'; the pack's ``own_part_drops``): a goal
    the writer owns says what they will do, not what they must."""
    words = step.split()
    subject = words[0].lower() if words else ""
    if subject not in style.subjects:
        return step
    for size in (2, 1):
        lead = " ".join(w.lower() for w in words[1 : 1 + size])
        if len(words) > size + 1 and lead in style.own_part_drops:
            return " ".join([words[0], style.subjects[subject], *words[1 + size :]])
    return step


def owned_step(step: str, style: RewriteStyle) -> str:
    """A step told without its subject ('De heftruckcursus volgen.', 'Learn to drive the
    forklift.') as the writer's commitment ('Ik ga de heftruckcursus volgen.', 'I will learn
    to drive the forklift.'), so that the aim's purpose after it has the writer as its
    subject too; a step with the writer in its first words as it is."""
    words = step.split()
    writer = set(style.subjects)
    if any(w.lower().strip(",").split("'")[0] in writer for w in words[:3]):
        return step
    subject = style.default_subject
    told = f"{capitalise(subject)} {style.subjects[subject.lower()]}"
    return f"{told} {step[:1].lower()}{step[1:]}"


def aim_as_result(rewrite: str, purpose: str, style: RewriteStyle) -> str | None:
    """A learning step's rewrite with the aim in the place of the behaviour its learning
    serves ('..., zodat ik [concreet gedrag] kan' + 'zodat ik de bestellingen kan doen, zoals
    de chef wil' -> '..., zodat ik de bestellingen kan doen, zoals de chef wil.'): the aim is
    what the learning is for; None when the rewrite asks for no such behaviour."""
    frame = style.frames.learning_result
    if frame is None:
        return None
    asked = frame.format(behaviour=style.placeholders.behaviour)
    if asked not in rewrite:
        return None
    head, _, tail = rewrite.partition(asked)
    tail = tail.strip().rstrip(" .")
    return f"{head}, {purpose}{', ' + tail.lstrip(', ') if tail else ''}."


def wished_purpose(wish: Wish, style: RewriteStyle) -> str | None:
    """A Dutch wish told as a clause about the writer ('wil dat ik op zondag zelf de zaak
    open') as the step's purpose with its credit ('zodat ik op zondag zelf de zaak open,
    zoals de eigenaar wil'): the clause keeps its verb-last order, only its opening changes
    (the pack's ``frames.aim_purpose``); None in a verb-second-less language or for a wish
    that others act."""
    frame, credit = style.frames.aim_purpose, wish_credit(wish, style)
    if style.word_order != "v2" or frame is None or credit is None:
        return None
    words = wish.wished.split()
    subject = style.default_subject.lower()
    if len(words) < 4 or words[1].lower() != subject or words[0].lower() in style.subjects:
        return None  # 'dat ik ...' only
    opening = frame.split("{clause}")[0].split()
    if not opening or opening[-1].lower() != subject:
        return None
    return f"{frame.format(clause=' '.join(words[2:]))}, {credit}"


def among_all(wish: Wish, claim: str, style: RewriteStyle) -> tuple[str, str, str] | None:
    """A wish laid on everyone that the writer claims as one of them ('wil dat iedereen dit
    jaar de e-learning opnieuw doet' + 'dus dat moet ik ook nog'): the wish told with the
    writer in everyone's place, for the voices to read as the writer's own act ('De manager
    wil dat ik dit jaar de e-learning opnieuw doet'; a Dutch plural verb is the infinitive
    already, so that clause is told as the writer's own: 'Ik ga voor de zomer de
    BHV-herhaling doen.'), its credit ('zoals de manager wil') and who everyone is ('alle
    collega's'); None for any other wish or claim. The writer sees to their own part, not
    to everyone's (JUDGING A: others' behaviour)."""
    said = {w.lower().strip(".,!") for w in claim.split()}
    if not any(set(t.lower().split()) <= said for t in style.claim_too):
        return None
    opening = r"(?:dat|that)\s+" if wish.clause else ""
    everyone = "|".join(
        re.escape(e) for e in sorted(style.everyone_subjects, key=len, reverse=True)
    )
    found = re.match(rf"({opening})({everyone})\b", wish.wished, flags=re.IGNORECASE)
    me = style.default_subject.lower() if wish.clause else _object_pronoun(style)
    credit = wish_credit(wish, style)
    if not everyone or found is None or not me or credit is None:
        return None
    rest = " ".join(  # 'renew their certificate': the writer's own ('my certificate')
        style.everyone_possessives.get(w.lower(), w) for w in wish.wished[found.end() :].split()
    )
    words = rest.split()
    if style.word_order == "v2" and words and infinitive_ending(words[-1].lower()):
        return f"{capitalise(me)} {style.subjects[me]} {rest}.", credit, found.group(2)
    return (
        f"{capitalise(wish.who)} {wish.verbs} {found.group(1)}{me} {rest}.",
        credit,
        found.group(2),
    )


def _object_pronoun(style: RewriteStyle) -> str:
    """The writer as an object ('me'): the pronoun whose subject is the default one."""
    subject = style.default_subject.lower()
    return next((o for o, s in style.object_pronouns.items() if s.lower() == subject), "")


def reluctant(sentence: str, style: RewriteStyle) -> bool:
    """Is ``sentence`` a remark of the writer's reluctance about the aim ('Not really my
    thing but I'll try.', 'Ik heb daar zelf niet zoveel zin in maar ik snap het wel')?"""
    lowered = f" {sentence.lower()} "
    return any(f" {r.lower()}" in lowered for r in style.reluctance_remarks)


def committed_remark(remark: str, style: RewriteStyle) -> str:
    """The remark with a trial in it told as the commitment ('Not really my thing but I'll
    try.' -> 'Not really my thing, but I will do it.'); the remark as it is without one."""
    for trial in sorted(style.trial_remarks, key=len, reverse=True):
        told = style.trial_remarks[trial]
        # the commitment's object told after the trial, with what bounds it ('but I will try
        # *it a few times*' -> 'but I will do it a few times'): the object once
        last = re.escape(told.split()[-1])
        tail = rf"(?:\s+{last}\b(?P<tail>(?:\s+[^\W\d_]+){{0,{_TRIAL_TAIL}}}))?"
        pattern = rf"\s*\b{re.escape(trial)}{tail}(?=[\s.!]*$)"
        found = re.search(pattern, remark, flags=re.IGNORECASE)
        if found is not None:
            head = remark[: found.start()]
            told += found.group("tail") or ""
            return f"{head} {told}." if head.strip() else f"{capitalise(told)}."
    return remark
