"""A - Acceptabel / Acceptable: does the employee own the goal, agreed with the manager?"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.absolutes import quit_habits
from smartcheck.judging.features.doubts import doubt_opens
from smartcheck.judging.features.others import (
    appointed,
    granted,
    judged_by_others,
    wanted_of_others,
    wished_by_others,
)
from smartcheck.judging.features.questions import outside_questions
from smartcheck.judging.features.reasons import outside_reason_clauses
from smartcheck.judging.features.refusals import refused_wishes
from smartcheck.judging.features.signals import outside_purpose
from smartcheck.judging.rule import Rule
from smartcheck.judging.strategies import PhraseRule
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reporting.report import Evidence, Finding

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class Hedging(PhraseRule):
    """Flags hedges that turn a commitment into an intention.

    What it does: finds words from the pack's ``hedges`` list ("proberen", "misschien",
    "zou willen", "I'll try", "hopefully", "if possible"). An opinion about a thing in a
    sentence after the goal ("… I think it will help me") comments on the goal: no hedge.

    Why: a POP records agreements. "I will try" can never be missed, so it commits to
    nothing, and it signals that the employee does not yet stand behind the goal.

    Example: ``Ik ga proberen om vaker op tijd te komen.``

    Use instead: ``Ik ben vanaf 1 januari elke werkdag om 8.30 uur aanwezig.``
    """

    code = "A001"
    name = "acceptable.hedging"
    criterion = Criterion.A
    summary = "Hedging or non-commitment (proberen, I'll try)"
    severity = "warning"

    key = "hedges"
    confidence = 0.85

    def matches(self, goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
        """The hedges, less a word of trying that counts attempts ('on the first try', 'at
        the second attempt', 'within two attempts'): a number of tries, not a tentative
        promise; less a trial of a thing ('try the checklist on five jobs', 'probeer de
        nieuwe mal uit'); less one in the habit the writer gives up; less a condition the
        writer's words of doubt open ('Not sure yet *if there is time* for it'), what the
        writer is unsure of; less one in a reason after the goal ('..., want ik wil later
        *misschien* richting QA', 'because I will *probably* take over X'): the reason
        tells what may come, the commitment is the goal's."""
        found = [
            m
            for m in super().matches(goal, ctx)
            if not _counted_attempt(goal, m)
            and not _opinion_on_a_thing(goal, ctx, m)
            and not _trial_of_a_thing(goal, ctx, m)
            and not doubt_opens(goal, ctx, m.start)  # 'Not sure yet if there is time ...'
        ]
        # 'instead of *trying* to fix it alone': the habit the writer gives up, no hedge
        return outside_reason_clauses(goal, ctx, quit_habits(goal, ctx, found))

    def also(self, goal: Goal, ctx: RuleContext) -> Iterator[Evidence]:
        for agreed in ctx.find(goal, "agreement")[:1]:
            yield self.evidence(goal, "agreement", agreed.start, agreed.end, 0.6)


def _opinion_on_a_thing(goal: Goal, ctx: RuleContext, match: LexiconMatch) -> bool:
    """An opinion in a sentence after the goal's, about a thing rather than the writer's own
    act ('… I will finish the course. I think *it* will help me'): a comment on the goal, no
    hedge of it. 'I think I can …' keeps its hedge, and so does the goal sentence itself."""
    doc = goal.doc
    if doc is None or match.token_end >= len(doc):
        return False
    opinions = ctx.pack.words("opinion_verbs")
    words = doc[match.token_start : match.token_end]
    if not any(t.lemma_.lower() in opinions or t.lower_ in opinions for t in words):
        return False
    before = goal.text[: match.start].rstrip()
    stop = max(before.rfind(". "), before.rfind("! "), before.rfind(".\n"))
    stop = len(before) if before.endswith((".", "!")) else stop
    if stop < 0:
        return False  # a later sentence holds it
    if stop < len(before) and not _clause_opened(before, ctx):
        return False  # '... I think I can', in the middle of a clause
    if not any(v.end <= stop for v in goal.syntax.goal_verbs):
        return False
    after = [t for t in doc[match.token_end : match.token_end + 2] if t.is_alpha]
    writer = ctx.pack.words("first_person_subject")  # 'I think (that) I can': the writer's act
    if not after or any(t.lower_ in writer for t in after):
        return False
    return after[0].pos_ in ("PRON", "DET", "NOUN", "PROPN", "SCONJ")


def _clause_opened(before: str, ctx: RuleContext) -> bool:
    """Does the text ``before`` a word end where a clause opens: after a comma or a
    coordinator ('Not sure it's for me, and *I think* the course is only in Dutch')?"""
    if before.endswith((",", ";", ":")):
        return True
    last = re.findall(r"\w+", before[-12:])
    joins = {w.lower() for w in ctx.pack.words("coordinators")}
    return bool(last) and last[-1].lower() in joins


#: Dependencies of a verb's object, its particle and a phrase that places its act.
_OBJECTS = frozenset({"obj", "dobj"})
_PARTICLES = frozenset({"compound:prt", "prt"})
_PLACES = frozenset({"obl", "prep"})


def _trial_of_a_thing(goal: Goal, ctx: RuleContext, match: LexiconMatch) -> bool:
    """A verb of trying with a thing to test ('try *the new jig*', 'try *it* on the next
    five jobs', 'probeer de planning *uit*'): trying out, a step of its own; a hedge tries
    to do something ('try to', 'proberen om', 'I'll try it', 'try it a few times': a count
    of the pack's ``session_words`` is how often, no thing)."""
    doc = goal.doc
    if doc is None or match.token_end - match.token_start != 1:
        return False
    verb = doc[match.token_start]
    if verb.pos_ != "VERB":
        return False
    children = list(verb.children)
    if any(c.dep_ in _PARTICLES for c in children):
        return True  # 'try out', 'uitproberen'
    counts = {w.lower() for w in ctx.pack.words("session_words")}
    objects = [c for c in children if c.dep_ in _OBJECTS and c.lower_ not in counts]
    if any(o.pos_ in ("NOUN", "PROPN") for o in objects):
        return True
    placed = any(c.dep_ in _PLACES and c.i > verb.i and _prepositional(c) for c in children)
    return bool(objects) and placed  # 'try it on the next five jobs'


def _prepositional(phrase: Token) -> bool:
    """A phrase opened by a preposition ('on the next five jobs'), not a bare count ('a few
    times': how often the writer will try)."""
    return phrase.dep_ == "prep" or any(c.dep_ == "case" for c in phrase.children)


def _counted_attempt(goal: Goal, match: LexiconMatch) -> bool:
    """A one-word match right after an ordinal or a number ('first try', 'two attempts')."""
    doc = goal.doc
    if doc is None or match.token_end - match.token_start != 1 or match.token_start == 0:
        return False
    before = doc[match.token_start - 1]
    # ('een' is like_num in Dutch: an article, not a count)
    return before.pos_ == "NUM" or "Ord" in before.morph.get("NumType", [])


class MissingOwnership(Rule):
    """Flags goals whose actor is someone else: "er moet", "de medewerker dient", passive.

    What it does: uses the goal's actor (the subject of the main verb); when it is another
    person or group (the pack's ``impersonal_subject`` list: "de medewerker", "het team",
    "er moet", "they") or the goal is imposed ("dient te", "is expected to", someone else's
    wish for the writer: "wants me to", or as the reason: "because my parents want it"),
    the goal is flagged. Goals without a subject ("Excel leren") or with a thing as subject
    ("alle schappen zijn aangevuld") are not flagged: they state the result.

    Why: development goals are the employee's own commitment; a goal about what others or
    "the team" should do cannot be owned.

    Example: ``Er moet meer aandacht komen voor veiligheid.``

    Use instead: ``Ik bespreek in elk teamoverleg één veiligheidsincident.``
    """

    code = "A002"
    name = "acceptable.missing_ownership"
    criterion = Criterion.A
    summary = "No first-person ownership (passive, third person)"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        for field in goal.context:  # an owner column or field names who answers for it
            if field.name == "owner" and field.text.strip():
                yield self.context_evidence(field, "owner", 0, len(field.text), 0.3)
        actor = goal.actor
        imposed = [
            *outside_questions(goal, ctx, ctx.find(goal, "obligation_from_outside")),
            *wished_by_others(goal, ctx),
            *judged_by_others(goal, ctx),
        ]
        if actor is not None and actor.first_person and not imposed:
            yield self.evidence(goal, "first_person", actor.start, actor.end, 0.3)
            return
        if imposed:
            yield self.finding(goal, ctx, imposed[0].start, imposed[0].end, confidence=0.8)
            return
        if not (actor is not None and actor.first_person) and _obligation_without_owner(goal, ctx):
            found = ctx.find(goal, "obligation_modals")[0]
            yield self.finding(goal, ctx, found.start, found.end, confidence=0.8)
            return
        others = [  # 'Classroom management': a field named by a compound, no group
            m for m in ctx.find(goal, "impersonal_subject") if not _compound_head(goal, m)
        ]
        # Only a person or group other than the writer takes ownership away; a thing as
        # subject ("Alle schappen zijn aangevuld") describes the result.
        if actor is None or not any(m.start < actor.end and actor.start < m.end for m in others):
            return
        if not _own_step_after(goal, ctx, actor.end):  # '... Ik ga elke mail ...': owned
            yield self.finding(goal, ctx, actor.start, actor.end, confidence=0.75)


def _own_step_after(goal: Goal, ctx: RuleContext, end: int) -> bool:
    """A later sentence with the writer as its subject names the writer's own step toward
    the others' outcome ('De klanten krijgen sneller antwoord. Ik ga elke mail binnen een
    werkdag beantwoorden.'; JUDGING A: owned when the goal names the writer's own
    controllable steps); a sentence of how things are (the goal's context) names none."""
    doc = goal.doc
    if doc is None or not doc.has_annotation("SENT_START"):
        return False
    after = [s for s in doc.sents if s.start_char >= end]
    told = goal.syntax.context
    for match in ctx.find(goal, "first_person_subject"):
        token = doc[match.token_start]
        if not token.dep_.startswith("nsubj") or not any(s.start <= token.i < s.end for s in after):
            continue
        if not any(c.start <= match.start < c.end for c in told):
            return True
    return False


class DependsOnOthers(PhraseRule):
    """Flags an outcome that others decide or do: a promotion, a raise, colleagues' behaviour.

    What it does: finds phrases from the pack's ``others_decide`` list ("promotie krijgen",
    "een vaste aanstelling krijgen", "get promoted", "my colleagues will"); something others
    grant, received (``receiving_verbs`` next to ``granted_outcomes``: "meer
    verantwoordelijkheid krijgen", "get a raise"); and the writer wanting others to act
    (``wish_verbs``: "ik wil dat alle cliënten ...", "I want my team to ..."), unless the
    goal also names the writer's own steps. Never in the purpose clause.

    Why: a POP goal is what the employee commits to; an outcome in someone else's hands
    cannot be owned, and failing it says nothing about the employee's effort.

    Example: ``Volgend jaar krijg ik promotie.``

    Use instead: ``Vóór 1 juli 2027 rond ik de leergang teamleider af en bespreek ik met mijn
    leidinggevende wat ik nog nodig heb voor die rol.``
    """

    code = "A003"
    name = "acceptable.depends_on_others"
    criterion = Criterion.A
    summary = "Outcome decided by others (promotion, colleagues' behaviour)"
    severity = "warning"

    key = "others_decide"
    confidence = 0.75
    #: "... zodat ik in aanmerking kom voor promotie": the writer's own steps are the goal,
    #: the outcome others decide is only its purpose.
    skip_purpose = True

    def matches(self, goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
        found: Sequence[LexiconMatch] = [
            *_one_sense(goal, ctx, super().matches(goal, ctx)),
            *outside_purpose(goal, granted(goal, ctx)),
            *outside_purpose(goal, wanted_of_others(goal, ctx)),
            *outside_purpose(goal, appointed(goal, ctx)),
        ]
        return sorted(found, key=lambda m: m.start)


def _one_sense(goal: Goal, ctx: RuleContext, matches: Sequence[LexiconMatch]) -> list[LexiconMatch]:
    """The matches less an outcome that also names a thing, where a preposition of what it
    holds follows it ("een betere opslag *voor* wikkeldraad": a storage, no raise; the pack's
    ``two_sense_outcomes`` and ``contents_prepositions``)."""
    senses = {w.lower() for w in ctx.pack.words("two_sense_outcomes")}
    contents = {w.lower() for w in ctx.pack.words("contents_prepositions")}
    doc = goal.doc
    if not senses or doc is None:
        return list(matches)

    def thing(m: LexiconMatch) -> bool:
        if goal.text[m.start : m.end].lower() not in senses or m.token_end >= len(doc):
            return False
        return doc[m.token_end].lower_ in contents

    return [m for m in matches if not thing(m)]


def _compound_head(goal: Goal, match: LexiconMatch) -> bool:
    """A group word that heads a compound with the noun before it ('classroom management',
    'project management'): it names a field, not the people in it."""
    doc = goal.doc
    if doc is None or match.token_start == 0:
        return False
    before = doc[match.token_start - 1]
    return before.pos_ in ("NOUN", "PROPN") and before.dep_ == "compound"


def _obligation_without_owner(goal: Goal, ctx: RuleContext) -> bool:
    """An obligation ("moet", "must") in a goal in which the writer does not act: "Het
    ziekteverzuim moet omlaag", "Jan moet zijn verslagen op tijd inleveren" (JUDGING A:
    an impersonal obligation, or a goal imposed on a named other). Not one inside an
    indirect question, nor the writer's own work still to do told without a subject
    ("Vakdiploma afronden, moet nog 2 modules"; the pack's ``remaining_work``)."""
    duties = outside_questions(goal, ctx, ctx.find(goal, "obligation_modals"))
    # '..., moet nog 2 modules': the writer's own work still to do, its clause's opening
    remaining = [r for r in ctx.find(goal, "remaining_work") if _opens_clause(goal, r)]
    duties = [d for d in duties if not any(r.start <= d.start < r.end for r in remaining)]
    # '..., zonder dat er iets over moet': a duty in an adverbial clause is the goal's
    # condition or manner, not what the goal lays on anyone
    complements = {c.lower() for c in ctx.pack.words("complement_markers")}
    duties = [d for d in duties if not _adverbial(goal, d, complements)]
    if not duties:
        return False
    subjects = {e.lower() for e in ctx.pack.words("first_person_subject")}
    # the writer as written, not by lemma: 'me' in "My team should give me feedback" is
    # the writer as object, the team the one obliged
    return not any(
        goal.text[m.start : m.end].lower() in subjects
        for m in ctx.find(goal, "first_person_subject")
    )


def _adverbial(goal: Goal, match: LexiconMatch, complements: set[str]) -> bool:
    """The match is the verb of an adverbial clause: a subordinator opens its clause before
    it, with no finite verb between them (verb-final: 'zonder dat er iets over moet', 'als
    er iets moet gebeuren', 'without anything having to be redone'), not a that-clause
    ('Het doel is dat de doorlooptijd korter moet': a bare 'dat' with no preposition before
    it). Read on the surface: the parser often attaches such a clause nowhere."""
    doc = goal.doc
    if doc is None or match.token_start >= len(doc):
        return False
    for t in reversed(doc[: match.token_start]):
        if t.text in (",", ";", ":", ".", "!", "?"):
            return False
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []):
            return False  # 'Zodra de kassa er is moet ...': the duty is the main clause's
        if t.pos_ == "SCONJ":
            bare = t.lower_ in complements and (t.i == 0 or t.nbor(-1).pos_ != "ADP")
            return not bare and _clause_subject(doc[t.i + 1 : match.token_start])
    return False


def _clause_subject(between: Span) -> bool:
    """Words between a subordinator and the duty that can be its clause's subject ('dat *er
    iets* moet', 'without *anything* having to'); a gerund alone is a phrase of the main
    clause ('Communication with crews during *loading* needs to improve': 'during' read as a
    subordinator)."""
    return any(t.pos_ in ("NOUN", "PROPN", "PRON", "DET", "NUM", "ADV") for t in between)


def _opens_clause(goal: Goal, match: LexiconMatch) -> bool:
    """The match stands first in its clause: no subject before it ('Jan moet nog ...')."""
    doc = goal.doc
    if doc is None:
        return False
    return match.token_start == 0 or doc[match.token_start - 1].text in (",", ";", ":", ".")


class RefusedGoal(Rule):
    """Flags a goal the writer says they do not want: "..., dat wil ik eigenlijk niet".

    What it does: finds the writer's wish verb (the pack's ``wish_verbs``) with a negation
    (``negations``) in its clause and nothing wanted but a pointer back to the goal ("dat
    wil ik niet", "which I don't really want", "but I don't want to."). A wish told as what
    the writer avoids ("Ik wil niet meer te laat komen", "I don't want to make mistakes")
    has an act of its own and is no refusal.

    Why: a POP goal is the employee's own commitment (JUDGING A: owned); a goal its writer
    refuses is not agreed yet, and committing to it in a rewrite would put words in their
    mouth. It is a point for the POP-gesprek.

    Example: ``Een cursus Duits volgen, dat wil ik eigenlijk niet.``

    Use instead: ``Vóór 1 april 2027 bespreek ik met mijn leidinggevende of de cursus Duits
    past bij mijn werk, en wat ik in plaats daarvan kan doen.``
    """

    code = "A004"
    name = "acceptable.refused"
    criterion = Criterion.A
    summary = "The writer refuses the goal (dat wil ik niet, I don't want to)"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        for start, end in refused_wishes(goal, ctx)[:1]:
            phrase = goal.text[start:end]
            yield self.finding(goal, ctx, start, end, confidence=0.8, phrase=phrase)


RULES: tuple[type[Rule], ...] = (
    Hedging,
    MissingOwnership,
    DependsOnOthers,
    RefusedGoal,
)
