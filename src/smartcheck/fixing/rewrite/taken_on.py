"""An aim the writer takes on: someone else's wish or a need with no owner, then a claim.

Writers tell what others want or what has to happen, and then only that they will see to
it, pointing back at it: "Management wants every parcel scanned at the door, so I have to
start doing that.", "Er moet een vast aanspreekpunt komen voor de kassa's en ik wil daar de
eigenaar van worden.", "Someone needs to keep the rota up to date and I want that to be me.",
"Run the night backups on my own. My manager would like me ready for this by spring." The
claim ("that's on me", "dat word ik", "I'm in charge of it") holds no goal of its own: it
says the writer owns the aim. The aim alone fails A (someone else's wish, a need with no
owner: JUDGING A), so the goal is the aim told as the writer's own controllable part, with
the other's wish kept as its credit and a deadline the claim names as its deadline.

This module only reads: where the claim is (``taken_on``), what the other wants
(``others_wish``) and the aim told as the writer's own (``own_versions``).
``WholeTextRewrites._taken_on`` (whole_text.py) judges and rewrites each version and keeps
the first without a seam.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.offered_conditions import offered_condition, opens_with_contrast
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.taken_relative import (
    act_spans,
    relative_spans,
    writer_for_act,
    writer_for_relative,
)
from smartcheck.fixing.rewrite.words import capitalise
from smartcheck.reading.anatomy.words import VERB_POS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word
    from smartcheck.reading.goal import Goal

#: Most words of a claim ('I want that to be me', 'dus dat moet ik gaan doen'); a longer
#: piece tells a step of its own.
_CLAIM_WORDS = 12
#: Fewest words of the aim before the claim.
_AIM_WORDS = 3
#: How many words may stand before the other's wish verb (the other, named: 'The head of
#: the IT helpdesk wants ...').
_SUBJECT_WORDS = 6


@dataclass(frozen=True)
class TakenOn:
    """A text cut into the aim and the writer's claim on it (character spans of the text)."""

    aim: str
    claim: str
    claim_span: tuple[int, int]
    after: str = ""  # a third sentence, kept as written when it is a remark or context
    #: the offer told with a condition ('... als ik er tijd voor krijg'): what the writer
    #: agrees with the manager, the own part 'in overleg met mijn leidinggevende'
    agreed: bool = False


@dataclass(frozen=True)
class Wish:
    """Another person's wish as written: who ('my manager'), the verb group ('would
    like', 'zou graag zien') and what is wished ('a new intake procedure', 'dat ...')."""

    who: str
    verbs: str
    wished: str
    subordinate: str  # the verb group in a subordinate clause ('graag zou zien')

    @property
    def clause(self) -> bool:
        """Is the wish told as a clause of its own ('dat ...', 'that ...')?"""
        return bool(re.match(r"(?:dat|that)\b", self.wished, flags=re.IGNORECASE))


def taken_on(goal: Goal, style: RewriteStyle) -> TakenOn | None:
    """The aim and the claim after it, or None: the first sentence is cut at a comma, a
    dash or a ``claim_joiners`` word where the rest is a claim (a short piece with the
    writer and a word pointing back: ``back_references``, ``claim_references``; the
    shortest such rest, so a joiner inside the aim, 'X en Y', is no cut), or the second
    sentence is the claim. One sentence more is kept as ``after`` (the checker keeps it as
    written only when it is a remark or context)."""
    text = goal.text
    told = sentences(text, style.abbreviations)
    if not told or len(told) > 3:
        return None
    first = told[0].strip()
    head = text.find(first[:12]) + len(first) if len(told) > 1 else len(text)
    inside = _joined_claim(goal, style, head)
    if inside is not None and len(told) <= 2:
        return replace(inside, after=" ".join(filter(None, [inside.after, text[head:].strip()])))
    if len(told) == 1:
        return None
    start = text.find(told[1].strip()[:12], head)
    # 'Er moet iemand X. Dat wil ik wel oppakken maar dan moet ik er uren voor krijgen.',
    # '... I could take that on if I get a day a week for it.': the offer before the
    # contrast or the condition is the claim, the condition what the writer agrees with
    # the manager (never a second goal)
    conditioned = _conditioned_claim(told[1].strip(), style) if len(told) == 2 else None
    if conditioned is not None and start >= 0 and not _is_claim(told[1], style):
        if not _nothing_of_its_own(goal, start, style):
            return None
        found = _found(text, start, start, len(text))
        return replace(found, claim=conditioned, agreed=True) if found is not None else None
    if not _is_claim(told[1], style):
        return None
    end = len(text) if len(told) == 2 else text.find(told[2].strip()[:12], start + 1)
    if start < 0 or end < 0 or not _nothing_of_its_own(goal, start, style):
        return None
    found = _found(text, start, start, end)
    return replace(found, after=text[end:].strip()) if found is not None else None


def _joined_claim(goal: Goal, style: RewriteStyle, end: int) -> TakenOn | None:
    """The claim joined to the aim inside the text's first ``end`` characters ('..., en dat
    word ik'), from the right."""
    text = goal.text[:end]
    joiners = "|".join(re.escape(j) for j in sorted(style.claim_joiners, key=len, reverse=True))
    # an ellipsis trails the aim off into the claim ('... komen... misschien kan ik dat ...')
    marks = r"(?:\s*(?:[,;:]|\.\.\.+|\u2026)|\s+[-\u2013\u2014])"
    joint = rf"{marks}\s*(?:(?:{joiners})\s+)?" if joiners else rf"{marks}\s*"
    if joiners:
        joint += rf"|\s+(?:{joiners})\s+"
    for cut in reversed(list(re.finditer(joint, text, flags=re.IGNORECASE))):
        rest = text[cut.end() :]
        if opens_with_contrast(rest, style):
            continue  # '..., maar dan heb ik er uren voor nodig': a condition, no claim
        offer = offered_condition(rest, style)  # '..., dat wil ik wel doen maar dan ...'
        offered = offer is not None and _is_claim(offer.claim, style)
        if offer is not None and offered and _nothing_of_its_own(goal, cut.end(), style):
            found = _found(goal.text, cut.start(), cut.end(), cut.end() + offer.end)
            if found is None:
                return None
            # the contrast goes with the claim; the condition is told alone after the goal
            span = (found.claim_span[0], cut.end() + offer.told)
            return replace(found, claim_span=span, after=offer.condition)
        if _is_claim(rest, style) and _nothing_of_its_own(goal, cut.end(), style):
            return _found(goal.text, cut.start(), cut.end(), end)
    return None


def _conditioned_claim(piece: str, style: RewriteStyle) -> str | None:
    """The claim before a condition that ends the piece, opened by a contrast ('Dat wil ik
    wel oppakken *maar dan* moet ik er uren voor krijgen'; offered_conditions.py) or a word
    of condition ('Dat kan ik wel doen *als* ik daar een dag per week voor krijg', 'I could
    take that on *if* I get a day a week for it'), when that claim alone is one; None
    otherwise."""
    offer = offered_condition(piece, style)  # '..., maar dan moet ik er uren voor krijgen'
    if offer is not None:
        return offer.claim if _is_claim(offer.claim, style) else None
    openers = "|".join(re.escape(c) for c in style.condition_openers)
    if not openers:
        return None
    found = re.search(rf"\s*,?\s+(?:{openers})\s+\w", piece, flags=re.IGNORECASE)
    if found is None:
        return None
    claim = piece[: found.start()].strip()
    return claim if claim and _is_claim(claim, style) else None


def offer_cut(sentences: list[list[Word]], style: RewriteStyle) -> list[list[Word]]:
    """One sentence asked, cut at its last comma or ellipsis into what comes before and the
    piece after it ('Er moet X komen... misschien kan ik dat oppakken?'): the need and the
    offer asked, as if told in two sentences (asked_steps.py reads whether the piece is the
    writer's offer); any other text as it is, and a need told by the writer or the writer's
    group ('We need X, maybe I could ...?'), which is no need nobody owns."""
    if len(sentences) != 1 or sentences[0][-1].text != "?":
        return sentences
    words = sentences[0]
    joints = [n for n, w in enumerate(words[:-1]) if n and _joint(w.text)]
    if not joints:
        return sentences
    need, offer = words[: joints[-1]], words[joints[-1] + 1 :]
    if any(w.lower in {s.lower() for s in style.subjects} for w in need):
        return sentences
    return [need, offer]


def _joint(text: str) -> bool:
    """A comma or an ellipsis ('...', '\u2026')."""
    return text in (",", "\u2026") or (len(text) >= 3 and set(text) == {"."})


def _found(text: str, cut: int, start: int, end: int) -> TakenOn | None:
    aim = text[:cut].strip().rstrip(" ,;:-\u2013\u2014")
    if len(re.findall(r"[^\W_]+", aim)) < _AIM_WORDS:
        return None
    aim = capitalise(aim if aim.endswith((".", "!", "?")) else f"{aim}.")
    return TakenOn(aim=aim, claim=text[start:end].strip(), claim_span=(cut, end))


def _nothing_of_its_own(goal: Goal, start: int, style: RewriteStyle) -> bool:
    """Does the claim (from character ``start``) point back with a pronoun or adverb, hold no
    number, and name at most one thing after its verb in its first clause ('I'm in charge of
    it', 'ik wil daar de eigenaar van worden'; a condition after it is no part of it), besides
    a deadline? Two things ('ik wil daar
    in het team het gesprek over beginnen') or a number tell a step of the writer's own.
    Without a parse, the claim is taken as told."""
    doc = goal.doc
    if doc is None:
        return True
    timed = [(e.start, e.end) for e in goal.deadlines]
    claim = [t for t in doc if t.idx >= start]
    if any(t.pos_ == "NUM" for t in claim):
        return False  # 'dit jaar wil ik er vier organiseren': a target of its own
    pointers = set(style.back_references) | set(style.claim_references)
    if not any(t.lower_ in pointers and t.pos_ != "DET" for t in claim):
        return False  # 'dit jaar': a determiner points at no aim
    verb_seen, things = False, 0
    for token in claim:
        if verb_seen and (token.is_punct or token.pos_ in ("CCONJ", "SCONJ")):
            break  # a condition after it ('als ik er tijd voor krijg') names none of its own
        if token.lemma_.lower() in style.report_verbs:
            return False  # 'Ik vind dat wel spannend': a remark on the aim, no claim
        if token.pos_ in VERB_POS:
            verb_seen = True
        elif verb_seen and token.pos_ in ("NOUN", "PROPN"):
            things += not any(a <= token.idx < b for a, b in timed)
    return things <= 1


def _is_claim(piece: str, style: RewriteStyle) -> bool:
    """Is ``piece`` only the writer's claim on what came before: short, the writer in it
    (as subject or object: 'that's on me'), a word pointing back at the aim and no number
    (a number is a target of its own)?"""
    words = [w.lower().strip(".,!?;:\"'") for w in piece.split()]
    if not words or len(words) > _CLAIM_WORDS or any(any(c.isdigit() for c in w) for w in words):
        return False
    bare = [re.split(r"['\u2019]", w)[0] for w in words]
    writer = set(style.subjects) | set(style.object_pronouns)
    pointers = set(style.back_references) | set(style.claim_references)
    return bool(writer & set(bare)) and bool(pointers & set(bare))


def claim_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The words a rewrite of an aim taken on leaves out: the claim, whose owner the
    rewrite's own frame names ('I will make sure that ...'), and the impersonal subject the
    writer becomes ('someone', 'iemand')."""
    found = taken_on(goal, style)
    if found is None:
        return _someone_spans(goal, style)
    spans = [found.claim_span]
    spans += relative_spans(goal.text, found.aim, style)  # 'iemand die X kan' -> 'X leren'
    spans += act_spans(goal, style)  # 'Er moet iemand komen die X beheert' -> 'X beheren'
    for word in style.taken_subjects:
        spans += [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", goal.text, re.I)]
    if len(spans) > 1:  # the duty laid on 'someone' is the writer's wish now
        for word in style.duty_modals:
            spans += [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", found.aim, re.I)]
    return spans


def _someone_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The impersonal subject and its duty modal in a text whose duty on an unnamed person
    the writer takes as their own ('*Iemand moet* de waterkwaliteit bijhouden, nu ...' ->
    'ga ik de waterkwaliteit bijhouden'; ``someone_owned``, on the sentence alone once a
    remark after it is kept apart): the own part names the owner."""
    told = sentences(goal.text, style.abbreviations)
    if not any(_opens_with_someone(p, style) and _writer_for_someone(p, style) for p in told):
        return []
    spans: list[tuple[int, int]] = []
    for word in (*style.taken_subjects, *style.duty_modals):
        spans += [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", goal.text, re.I)]
    return spans


def describes(sentence: str, style: RewriteStyle) -> bool:
    """Does ``sentence`` only describe the situation ('The scanner is old.', "It's a lot of
    work though.", "That's new for me.")? Neither the writer as subject nor a duty is in it,
    so it is no goal of its own."""
    words = {re.split(r"['\u2019]", w)[0] for w in re.findall(r"[\w'\u2019]+", sentence.lower())}
    told = sentence.lower()
    writer = set(style.subjects)  # 'That's new for me' is about the writer, no act of theirs
    duty = any(re.search(rf"\b{re.escape(d)}\b", told) for d in style.duty_modals)
    return not (words & writer) and not duty


def claimed_deadline(claim: Goal, style: RewriteStyle) -> str:
    """The deadline a claim names ('... ready for this by summer' -> 'by summer'), without
    a word before it that points back at the aim ('this'); empty without one."""
    if not claim.deadlines:
        return ""
    first = claim.deadlines[0]
    words = claim.text[first.start : first.end].split()
    pointers = set(style.back_references) | set(style.claim_references)
    while words and words[0].lower() in pointers:
        words = words[1:]
    return " ".join(words)


def others_wish(goal: Goal, style: RewriteStyle) -> Wish | None:
    """The other's wish that ``goal`` tells ('Our director wants a new X.', 'Mijn
    leidinggevende zou graag zien dat ...'), or None: the first verb of wanting
    (``others_wish_verbs``, by lemma; words before it in an entry must stand in its verb
    group, 'graag zien') after a subject that is not the writer."""
    doc = goal.doc
    if doc is None:
        return None
    opening = next((t.i for t in doc if t.pos_ in VERB_POS), None)
    if opening is None or opening == 0 or opening > _SUBJECT_WORDS:
        return None
    subject = doc[:opening]
    writer = set(style.subjects) | set(style.object_pronouns)
    if any(t.lower_ in writer for t in subject) or any(t.pos_ in VERB_POS for t in subject):
        return None
    if all(t.lower_ in style.back_references for t in subject if t.is_alpha):
        return None  # 'Dat wil ik niet meer.': a pointer back, nobody who wishes
    if any(e.start < subject.end_char and subject.start_char < e.end for e in goal.deadlines):
        return None  # 'Dit jaar wil ik ...': a time, nobody who wishes
    wish = _wish_verb(list(doc[opening : opening + 4]), style)
    if wish is None:
        return None
    group = doc[opening : wish.i + 1]
    wished = doc[wish.i + 1 :].text.strip().rstrip(" .!")
    if not wished:
        return None
    verbs = [t.text for t in group if t.pos_ in VERB_POS]
    rest = [t.text for t in group if t.pos_ not in VERB_POS]
    subordinate = " ".join([*rest, *verbs]) if style.word_order == "v2" else group.text
    return Wish(
        who=_who(subject.text, style), verbs=group.text, wished=wished, subordinate=subordinate
    )


def _wish_verb(group: list[Token], style: RewriteStyle) -> Token | None:
    """The verb of wanting in ``group`` (the words from the first verb on), or None."""
    said = {t.lower_ for t in group}
    for token in group:
        for entry in style.others_wish_verbs:
            *before, lemma = entry.split()
            if token.lemma_.lower() == lemma and set(before) <= said:
                return token
        if token.pos_ not in VERB_POS and token.pos_ != "ADV":
            return None
    return None


def _who(subject: str, style: RewriteStyle) -> str:
    """The other, as written inside a sentence: a common noun or a determiner loses its
    capital ('Management' -> 'management', 'Onze directeur' -> 'onze directeur'), a name
    keeps it."""
    first = subject.split()[0]
    common = {w.lower() for w in style.determiners} | set(style.common_others)
    if first.lower() in common or subject.lower() in common:
        return first.lower() + subject[len(first) :]
    return subject


def wish_credit(wish: Wish, style: RewriteStyle) -> str | None:
    """The other's wish as the credit of the writer's commitment: 'as management would
    like', 'zoals mijn leidinggevende graag zou zien'."""
    frame = style.frames.as_wished
    return frame.format(who=f"{wish.who} {wish.subordinate}") if frame else None


def wish_reason(wish: Wish, style: RewriteStyle, comparison: str = "") -> str | None:
    """Another person's wish for a thing as the reason of the writer's own step, by the
    pack's ``frames.aim_reason`` (fields ``who``, ``verbs``, ``thing``, ``credit`` and
    ``comparison``, the from-to a comparative asks for, or empty): 'as
    management wants fewer late deliveries', 'zodat we minder klachten hebben, zoals de
    directie wil'. None for a wish told as a clause or about the writer (aims.py reads
    those)."""
    frame = style.frames.aim_reason
    credit = wish_credit(wish, style)
    if frame is None or credit is None or wish.clause or _about_writer(wish, style):
        return None
    return frame.format(
        who=wish.who, verbs=wish.verbs, thing=wish.wished, credit=credit, comparison=comparison
    )


def clause_reason(wish: Wish, style: RewriteStyle) -> str | None:
    """Another person's wish told as a clause ('De eigenaar wil dat er een webshop komt',
    'wil dat ik vaker zelf taxaties doe') as the result the writer's own step brings, with
    its credit, by the pack's ``frames.for_others``: 'zodat er een webshop komt, zoals de
    eigenaar wil'. The clause keeps its own order after 'dat', so it needs no new verb
    order; None for a wish told as a thing or without a frame."""
    frame = style.frames.for_others
    credit = wish_credit(wish, style)
    if not wish.clause or frame is None or credit is None or " " not in wish.wished:
        return None
    inner = wish.wished.split(None, 1)[1].rstrip(" ,;")
    return f"{frame.format(clause=inner)}, {credit}"


def own_versions(goal: Goal, wish: Wish | None, style: RewriteStyle) -> tuple[str, ...]:
    """The aim told as the writer's own, to be judged and rewritten: the impersonal subject
    replaced by the writer with the writer's wish instead of the duty ('Someone needs to
    keep X' -> 'I want to keep X'); another person's wish for a state or a thing as what
    the writer sees to ('I will make sure that we have X', ``frames.taken_clause`` and
    ``frames.taken_thing``). Nothing for a wish about the writer's own act: the voices read
    that."""
    versions: list[str] = []
    claimed = _writer_for_someone(goal.text, style) or _writer_for_agent(goal, style)
    claimed = claimed or writer_for_relative(goal.text, style)  # 'iemand die X kan'
    claimed = claimed or writer_for_act(goal, style)  # 'iemand die X beheert'
    if claimed is not None:
        versions.append(claimed)
    if wish is not None and not _about_writer(wish, style):
        frames = style.frames
        if wish.clause and frames.taken_clause:
            inner = wish.wished.split(None, 1)[1] if " " in wish.wished else ""
            if inner:
                versions.append(frames.taken_clause.format(clause=inner) + ".")
        elif frames.taken_thing:
            versions.append(frames.taken_thing.format(thing=wish.wished) + ".")
    return tuple(capitalise(v) for v in versions)


def _about_writer(wish: Wish, style: RewriteStyle) -> bool:
    """Is the wish about the writer's own act ('wants me to ...', 'wil dat ik ...')?"""
    words = [w.lower() for w in wish.wished.split()[:2]]
    writer = set(style.subjects) | set(style.object_pronouns)
    if wish.clause:
        return len(words) > 1 and words[1] in writer
    return words[0] in writer


def someone_owned(text: str, style: RewriteStyle) -> str | None:
    """``text`` with each sentence that lays a duty on an unnamed person ('Iemand moet
    vooraf de dauwpunt meten.', 'Someone has to check the pump alarms every hour.') told as
    the writer's own wish ('Ik wil vooraf de dauwpunt meten.'): the duty is the writer's own
    controllable part (JUDGING A), nobody else is named to do it. The other sentences stay
    as written; None when no sentence is such a duty."""
    if "?" in text:
        return None  # 'Iemand moet X, misschien kan ik dat doen?': an offer, read as one
    parts = sentences(text, style.abbreviations)
    writer = {w.lower() for w in style.subjects}
    if any(writer & set(re.findall(r"[^\W\d_]+", p.lower())) for p in parts):
        return None  # '... Ik kan dat doen.': the writer's claim, which taken_on reads
    owned = [
        _writer_for_someone(p, style) if _opens_with_someone(p, style) else None for p in parts
    ]
    if not any(owned):
        return None
    return " ".join(o or p for o, p in zip(owned, parts, strict=True))


def _opens_with_someone(sentence: str, style: RewriteStyle) -> bool:
    """The sentence opens with the unnamed person or the duty laid on one ('Iemand moet',
    'Er moet iemand', 'Someone has to'): nothing of the writer's before it."""
    first = sentence.split(None, 1)[0].lower() if sentence.split() else ""
    openers = {s.split()[0].lower() for s in style.taken_subjects}
    openers |= {d.split()[0].lower() for d in style.duty_modals}
    openers |= {e.lower() for e in style.existential_subjects}
    return first in openers


def _writer_for_someone(text: str, style: RewriteStyle) -> str | None:
    """A need laid on an impersonal subject told with the writer in its place, as a wish
    the rewrite commits to: 'Someone needs to keep X' -> 'I want to keep X', 'Als A er niet
    is moet er iemand X kunnen' -> 'Ik wil X kunnen als A er niet is' (a phrase fronted
    before the verb goes last, so the wish opens the sentence); None without one."""
    duties = "|".join(re.escape(m) for m in sorted(style.duty_modals, key=len, reverse=True))
    someone = "|".join(re.escape(s) for s in style.taken_subjects)
    if not duties or not someone:
        return None
    wish = style.aim_step_wish.split("{step}")[0].strip()  # 'I want to', 'ik wil'
    body = text.strip().rstrip(" .!")
    there = "|".join(re.escape(e) for e in style.existential_subjects) or "(?!)"
    if style.word_order == "v2":  # 'moet er iemand', 'er moet iemand', 'iemand moet'
        shapes = (
            rf"(?:{duties})\s+(?:(?:{there})\s+)?(?:{someone})",
            rf"(?:(?:{there})\s+)?(?:{duties})\s+(?:{someone})",
            rf"(?:{someone})\s+(?:{duties})",
        )
        pattern = rf"\b(?:{'|'.join(shapes)})\b\s*"
    else:
        pattern = rf"\b(?:{someone})\s+(?:{duties})\b\s*"
    found = re.search(pattern, body, flags=re.IGNORECASE)
    if found is None:
        return None
    before = body[: found.start()].strip().rstrip(",")
    after = body[found.end() :].strip()
    if not after or set(after.lower().split()) & set(style.taken_relatives):
        return None  # 'iemand ... die X kan': the clause is about that person, not the writer
    told = f"{wish} {after}"
    if before and before.lower() not in {e.lower() for e in style.existential_subjects}:
        told = f"{told} {before[0].lower()}{before[1:]}"
    return capitalise(told) + "."


def _writer_for_agent(goal: Goal, style: RewriteStyle) -> str | None:
    """A passive need whose agent is impersonal, told with the writer as the one who acts:
    'The rota has to be done by someone' -> 'I want to do the rota', 'Het rooster moet door
    iemand gemaakt worden' -> 'Ik wil het rooster maken' (the participle's lemma; the
    pack's ``agent_prepositions``); None without one."""
    doc = goal.doc
    if doc is None:
        return None
    heads = {d.split()[0] for d in style.duty_modals}
    duty = next((t for t in doc if t.lower_ in heads), None)
    agent = next(
        (
            t
            for t in doc[1:]
            if t.lower_ in style.taken_subjects and doc[t.i - 1].lower_ in style.agent_prepositions
        ),
        None,
    )
    if duty is None or agent is None or duty.i == 0 or duty.i > agent.i:
        return None
    done = [t for t in doc[duty.i : len(doc)] if "Part" in t.morph.get("VerbForm", [])]
    if not done:
        return None
    wish = style.aim_step_wish.split("{step}")[0].strip()
    thing = doc[: duty.i].text
    if doc[0].pos_ != "PROPN":
        thing = thing[0].lower() + thing[1:]
    skipped = {duty.i, agent.i - 1, agent.i, done[0].i}
    last = max(done[0].i, agent.i)
    rest = [t for t in doc[last + 1 :] if t.text not in ".!"]
    between = [t for t in doc[duty.i + 1 : last] if t.i not in skipped]
    verb = done[0].lemma_.lower()
    if verb == done[0].lower_:
        return None  # no lemma known for the participle: no infinitive to tell it with
    if style.word_order == "v2":  # 'moet elke ochtend door iemand gecontroleerd worden'
        kept = [t.text for t in [*between, *rest] if t.pos_ != "AUX"]
        told = " ".join([wish, thing, *kept, verb])  # the infinitive ends the clause
    elif any(t.pos_ not in ("AUX", "PART") for t in between):
        return None  # words of its own between the duty and the participle: not this shape
    else:
        told = " ".join([wish, verb, thing, *(t.text for t in rest)])
    return capitalise(told.strip()) + "."
