"""Outcomes that other people decide or do, and goals others set, read from the goal's
grammar (A003, and A002 for someone else's wish or judgement).

For A003, besides the pack's fixed phrases (``others_decide``):

- something others grant, received: a verb of the pack's ``receiving_verbs`` ("krijgen",
  "get", "be given") next to a thing of ``granted_outcomes`` (more responsibility, a raise,
  a contract) in one clause: "meer verantwoordelijkheid krijgen", "get a permanent contract";
- the writer wanting others to act: a verb of ``wish_verbs`` ("willen", "want") with the
  writer as subject and another person or group as the subject of what is wanted: "ik wil
  dat alle cliënten ...", "I want my team to ...". Not when the goal also names the writer's
  own steps (another clause with the writer as subject, or "by coaching them");
- taking up a post others appoint to: a verb of ``becoming_verbs`` next to a role of
  ``senior_roles`` / ``senior_titles`` ("Vóór 2028 word ik teamleider"), or a step up told
  with its direction (``role_steps``: "doorgroeien naar", "move up to") before any post
  ("doorgroeien naar coördinator", "grow into a coordinator role"); not when the writer's own
  first steps follow it ("..., eerst als 2e man de toolbox meetings doen").

For A002: someone else's wish given as the reason ("because my parents want it") and another
person's judgement that the writer must ("Volgens mijn coach moet ik ...", "Mijn teamleider
vindt dat ik ... moet ...": ``judgement_sources`` with a duty for the writer after it).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from smartcheck.configuration.packs import RulePack
from smartcheck.judging.context import RuleContext
from smartcheck.reading.anatomy.words import single_words
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Most words between a receiving verb and what is received ("krijg ik *binnen mijn team
#: meer* verantwoordelijkheid").
GRANT_WINDOW = 5
#: Most words between a becoming verb and the role ("word ik *vóór 2028* teamleider").
APPOINTMENT_WINDOW = 4
#: Most words of the noun phrase between "want" and "to" ("I want *all my new students* to").
WANTED_SUBJECT_WORDS = 5
#: Most words between a judgement source and the writer's obligation ("According to *my
#: team lead in the warehouse,* I have to").
JUDGEMENT_WINDOW = 12
_NOMINAL = frozenset({"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM"})


def granted(goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
    """Spans "receiving verb ... granted thing" (either order) within one clause."""
    doc = goal.doc
    if doc is None:
        return []
    things = ctx.find(goal, "granted_outcomes")  # sorted by position
    starts = [t.token_start for t in things]
    found = []
    for verb in ctx.find(goal, "receiving_verbs"):
        low = bisect_left(starts, verb.token_start - GRANT_WINDOW - 8)
        high = bisect_right(starts, verb.token_end + GRANT_WINDOW)
        for thing in things[low:high]:  # only those near the verb: linear in the goal
            first, last = (verb, thing) if verb.token_start < thing.token_start else (thing, verb)
            gap = doc[first.token_end : last.token_start]
            if len(gap) <= GRANT_WINDOW and not any(t.is_punct for t in gap):
                found.append(_span(doc, first.token_start, last.token_end, "granted"))
                break
    return found


def appointed(goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
    """Spans "becoming verb ... role" (either order) within one clause: "Vóór 2028 word ik
    teamleider", "Ik wil afdelingshoofd worden", "become a team leader": a post others
    appoint to (JUDGING A), unless the goal also names the writer's own steps. A quality of
    the role ("een betere teamleider worden") is growth in a post the writer holds."""
    doc = goal.doc
    if doc is None:
        return []
    roles = [*ctx.find(goal, "senior_roles"), *ctx.find(goal, "senior_titles")]
    roles = [r for r in roles if r.token_start == 0 or doc[r.token_start - 1].pos_ != "ADJ"]
    found = []
    for verb in ctx.find(goal, "becoming_verbs"):
        for role in roles:
            first, last = (verb, role) if verb.token_start < role.token_start else (role, verb)
            gap = doc[first.token_end : last.token_start]
            if len(gap) > APPOINTMENT_WINDOW or any(t.is_punct or t.pos_ == "ADJ" for t in gap):
                continue
            found.append(_span(doc, first.token_start, last.token_end, "appointed"))
            break
    found += [s for s in _role_steps(goal, doc, ctx) if not any(f.start == s.start for f in found)]
    found.sort(key=lambda m: m.start)
    if found and _own_steps(goal, doc, ctx.derived(_words), found[0].token_start):
        return []
    if found and _first_steps(goal, doc, ctx, found[0].token_end):
        return []
    return found


def _first_steps(goal: Goal, doc: Doc, ctx: RuleContext, after: int) -> bool:
    """The writer's first steps toward the post, told after it with a step marker and a verb
    of their own ("teamleider worden, eerst als 2e man de toolbox meetings doen", "become a
    shift lead, first run the handovers for a month"; the pack's ``step_markers``): the goal
    names what the writer controls (JUDGING A)."""
    for step in ctx.find(goal, "step_markers"):
        if step.token_start < after:
            continue
        for token in doc[step.token_end :]:
            if token.text in (".", "!", "?", ";"):
                break
            if token.pos_ in ("VERB", "AUX"):
                return True
    return False


def _role_steps(goal: Goal, doc: Doc, ctx: RuleContext) -> list[LexiconMatch]:
    """Spans "role step ... post": "doorgroeien naar coördinator", "groei ik door naar
    planner", "move up to shift supervisor". The post is the first noun after the step, in
    its clause; not the writer's own post ("grow into my new role") nor a quality of one
    ("grow into a more confident presenter": a comparative before it), nor a level with
    its number ("doorgroeien naar niveau 4")."""
    comparatives = {w.lower() for w in ctx.pack.words("comparatives")}
    words = ctx.derived(_words)
    own = words.first_person | words.objects  # 'my new role': the writer's own post
    found = []
    for step in ctx.find(goal, "role_steps"):
        for token in doc[step.token_end : step.token_end + APPOINTMENT_WINDOW + 1]:
            if token.is_punct or token.lower_ in own:
                break
            if token.lower_ in comparatives or "Cmp" in token.morph.get("Degree", []):
                break
            if token.pos_ in ("NOUN", "PROPN"):
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if after is None or not after.like_num:
                    found.append(_span(doc, step.token_start, token.i + 1, "appointed"))
                break
    return found


def wanted_of_others(goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
    """Spans "I want <others> to" / "ik wil dat <anderen>" where the writer names no own step."""
    doc = goal.doc
    if doc is None:
        return []
    words = ctx.derived(_words)
    found = []
    for wish in ctx.find(goal, "wish_verbs"):
        verb = doc[wish.token_start]
        if not _writer_near(doc, verb.i, words.first_person):
            continue
        other = _other_subject(doc, wish.token_end, words)
        if other is not None:
            found.append(_span(doc, wish.token_start, other + 1, "wanted"))
    if found and _own_steps(goal, doc, words, found[0].token_start):
        return []
    return found


class _Words:
    def __init__(self, pack: RulePack) -> None:
        self.first_person = single_words(pack, "first_person_subject") | single_words(
            pack, "reflexive_pronouns"
        )
        self.objects = single_words(pack, "first_person_possessive")
        self.markers = single_words(pack, "complement_markers")
        self.to = single_words(pack, "infinitive_markers")
        self.prepositions = single_words(pack, "prepositions")
        self.gerund_tag = pack.grammar.gerund_tag
        # people and groups: "het team", "the customers", "my manager", "alle", "every"
        self.people = {e.split()[-1].lower() for e in pack.words("impersonal_subject")}
        self.people |= single_words(pack, "support")
        self.people |= {w.lower() for w in pack.time.recurring.every}


def wished_by_others(goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
    """Spans of someone else's wish given as the goal's reason ("because my parents want
    it", "omdat mijn leidinggevende dat wil"): a wish verb in the purpose or reason clause
    whose subject names other people, not the writer (JUDGING A: someone else's wish).
    Not a wish inside an indirect question that a verb of the purpose asks ("om te zien
    hoe de klanten het willen", "to learn what customers want"): what others want is what
    the writer finds out, no wish imposed on the goal."""
    doc, purpose = goal.doc, goal.purpose
    if doc is None or purpose is None:
        return []
    words = ctx.derived(_words)
    questions = {w.lower() for w in ctx.pack.words("question_words")}
    agreements = single_words(ctx.pack, "agreement_markers")
    starts = [t.idx for t in doc]
    found = []
    for wish in ctx.find(goal, "wish_verbs"):
        if not purpose.start <= wish.start < purpose.end:
            continue
        first = bisect_left(starts, purpose.start)
        before = list(doc[first + 1 : wish.token_start])  # after the reason word
        if any(t.lower_ in questions and doc[t.i - 1].pos_ == "VERB" for t in before):
            continue  # the object of 'zien', 'learn': a question the writer answers
        if _agreed(before, agreements):
            continue  # '..., as my manager wants': the goal agrees with the wish, no reason
        writer = any(t.lower_ in words.first_person for t in before)
        if before and not writer and _names_people(before, words):
            found.append(_span(doc, before[0].i, wish.token_end, "wished"))
    return found


def judged_by_others(goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
    """Spans of another person's judgement that the writer must ("Volgens mijn coach moet
    ik ...", "According to my team lead, I have to ...", "Mijn teamleider vindt dat ik ...
    moet ..."): a phrase of the pack's ``judgement_sources`` with, after it, the writer and a
    modal of obligation (JUDGING A: someone else's wish, not the writer's own). Their report
    without a duty ("want mijn coach vindt dat ik te snel praat") is not one."""
    doc = goal.doc
    if doc is None:
        return []
    words = ctx.derived(_words)
    modals = ctx.find(goal, "obligation_modals")
    found = []
    for source in ctx.find(goal, "judgement_sources"):
        before = doc[source.token_start - 1] if source.token_start > 0 else None
        if before is not None and (before.lower_ in words.first_person or _we(before)):
            continue  # 'wij vinden dat ik ...': the writer's own judgement
        end = source.token_end + JUDGEMENT_WINDOW
        window = doc[source.token_end : end]
        writer = [t.i for t in window if t.lower_ in words.first_person]
        for modal in modals:
            if not source.token_end <= modal.token_start < end:
                continue
            # 'moet ik' right after the source, or 'dat ik ... moet' later in the clause
            if any(abs(modal.token_start - w) <= 2 or modal.token_start > w for w in writer):
                found.append(_span(doc, source.token_start, modal.token_end, "judged"))
                break
    return found + _duties_set_by_others(goal, doc, ctx, words)


def _duties_set_by_others(
    goal: Goal, doc: Doc, ctx: RuleContext, words: _Words
) -> list[LexiconMatch]:
    """Spans of a duty someone else set, told first ("Van mijn teamleider moet ik ...",
    "Vanuit HR moet ik ..."): a ``duty_sources`` word opening the clause, a phrase that names
    a person or group, then a modal of obligation with the writer. A thing there ("Van elk
    gesprek moet ik een verslag maken") leaves the duty the writer's own."""
    found = []
    modals = ctx.find(goal, "obligation_modals")
    for source in ctx.find(goal, "duty_sources"):
        at = source.token_start
        if at > 0 and not doc[at - 1].is_punct:
            continue  # 'Ik moet van ...' is 'moet van' (obligation_from_outside)
        modal = next((m for m in modals if m.token_start > source.token_end), None)
        if modal is None or modal.token_start - source.token_end > JUDGEMENT_WINDOW:
            continue
        # the writer right after the modal ('moet ik') or right before it ('I have to')
        after = [*doc[modal.token_end : modal.token_end + 1], doc[modal.token_start - 1]]
        who = doc[source.token_end : modal.token_start]
        named = any(  # 'elk', 'alle' (people words too) are no one by themselves
            t.pos_ == "PROPN" or (t.pos_ not in ("DET", "PRON") and t.lower_ in words.people)
            for t in who
        )
        if named and any(t.lower_ in words.first_person for t in after):
            found.append(_span(doc, source.token_start, modal.token_end, "judged"))
    return found


def _we(token: Token) -> bool:
    """A first-person plural pronoun ('wij', 'we'): the writer among them."""
    person = token.morph.get("Person", [])
    return token.pos_ == "PRON" and "1" in person and "Plur" in token.morph.get("Number", [])


def _words(pack: RulePack) -> _Words:
    return _Words(pack)


def _writer_near(doc: Doc, i: int, first_person: frozenset[str]) -> bool:
    """The writer is the subject of the wish: "Ik wil", "wil ik", "I'd like", "Ik zou graag
    willen"."""
    return any(t.lower_ in first_person for t in doc[max(i - 3, 0) : i + 2] if t.i != i)


def _other_subject(doc: Doc, start: int, words: _Words) -> int | None:
    """Index of the last word of another person's subject after the wish, if it has one."""
    window = doc[start : start + WANTED_SUBJECT_WORDS + 4]  # the subject follows the wish
    tokens = [t for t in window if not (t.lower_ in words.first_person and t.i <= start)]
    tokens = [t for t in tokens if t.pos_ != "ADV" or t.lower_ in words.markers]
    if not tokens:
        return None
    if tokens[0].lower_ in words.markers:  # "ik wil *dat* alle cliënten ..."
        if tokens[0].pos_ != "SCONJ":
            return None  # "ik wil *dat* boek lezen": a determiner
        after = tokens[1] if len(tokens) > 1 else None
        if after is None or after.lower_ in words.first_person or after.pos_ not in _NOMINAL:
            return None
        subject: list[Token] = []
        for token in tokens[1 : WANTED_SUBJECT_WORDS + 1]:  # to the subject's noun
            if token.pos_ not in _NOMINAL:
                break
            subject.append(token)
            possessive = "Yes" in token.morph.get("Poss", [])
            if token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "PRON" and not possessive):
                break  # the noun, or a pronoun that is the whole subject ("ze", "they")
        return subject[-1].i if _names_people(subject, words) else None
    phrase: list[Token] = []  # "I want *all my students* to ..."
    for token in tokens[: WANTED_SUBJECT_WORDS + 1]:
        if token.lower_ in words.to:
            break
        if token.pos_ not in _NOMINAL or _is_me(token, words):
            return None
        phrase.append(token)
    else:
        return None
    return phrase[-1].i if phrase and _names_people(phrase, words) else None


def _names_people(tokens: list[Token], words: _Words) -> bool:
    """Whether a subject names other people ("alle cliënten", "my team", "they", "every
    client"), not a thing of the writer's ("my teaching", "het rapport"): a plural noun, a
    personal pronoun, a word for a group or a person who supports, or "every"/"alle"."""
    for token in tokens:
        if token.lower_ in words.people or "Tot" in token.morph.get("PronType", []):
            return True
        if token.pos_ == "NOUN" and {f"{token.lower_}s", f"{token.lower_}en"} & words.people:
            return True  # one of the people named in the plural: 'my intern', 'mijn stagiair'
        if token.pos_ == "NOUN" and "Plur" in token.morph.get("Number", []):
            return True
        personal = token.pos_ == "PRON" and "Prs" in token.morph.get("PronType", [])
        if personal and "Yes" not in token.morph.get("Poss", []):
            return True
    return False


def _is_me(token: Token, words: _Words) -> bool:
    """The writer as the object: "me", "myself" (a person-1 pronoun that is no possessive)."""
    if token.lower_ in words.first_person:
        return True
    person = token.morph.get("Person", [])
    return token.pos_ == "PRON" and "1" in person and token.lower_ not in words.objects


def _agreed(before: list[Token], agreements: frozenset[str] | set[str]) -> bool:
    """The wish's clause opens, after a comma, with a word of agreement ('..., *as* my
    manager wants'): the goal is said to agree with the wish."""
    commas = [n for n, t in enumerate(before) if t.text == ","]
    start = commas[-1] + 1 if commas else 0
    return start < len(before) and before[start].lower_ in agreements


def _own_steps(goal: Goal, doc: Doc, words: _Words, wish: int) -> bool:
    """The goal also names what the writer does: a goal of its own before the wish ("meer
    tijd nemen voor de cliënten, ik wil dat ..."), the writer as subject a second time
    ("...; daarvoor plan ik ..."), or an -ing manner clause ("by coaching them every week")."""
    if any(v.start < doc[wish].idx for v in goal.syntax.goal_verbs):
        return True
    subjects = [t for t in doc if t.lower_ in words.first_person and t.dep_.startswith("nsubj")]
    if len(subjects) >= 2:
        return True
    tag = words.gerund_tag
    return bool(tag) and any(
        t.tag_ == tag and t.i > 0 and doc[t.i - 1].lower_ in words.prepositions for t in doc
    )


def _span(doc: Doc, token_start: int, token_end: int, entry: str) -> LexiconMatch:
    first, last = doc[token_start], doc[token_end - 1]
    return LexiconMatch(
        start=first.idx,
        end=last.idx + len(last.text),
        entry=entry,
        token_start=token_start,
        token_end=token_end,
    )
