"""The writer's situation joined into the committed sentence by a comma: 'Vóór [datum] ga
ik beter samenwerken met de ploeg van de nacht, overdracht gaat vaak fout, van [huidig
aantal] naar ...'.

A note tells its goal and why in one line with a comma ('beter samenwerken met de
nachtploeg, overdracht gaat vaak fout', 'answer mails faster, customers keep waiting');
the reader sees no sentence of context, so the frame goes on after the situation as if the
count and the evidence were of the handover going wrong. The situation is context: its own
sentence (state_first.py). Judged by parse: in a sentence, a stretch between commas after
its commitment word (or its first stretch, in a sentence without one) that opens with a
subject of its own (a noun phrase, not the writer's, or the empty 'er' / 'there' of an
existential clause) and has a finite verb, its
subject and verb written so in the goal. Someone's voice ('my supervisor says ...', a verb
of the pack's ``voice_verbs``) is credited there on purpose: not this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.subject_verb import verb_after_subject
from smartcheck.fixing.rewrite.seams.tokens import is_finite, sentences, spaced_dash
from smartcheck.fixing.rewrite.words import infinitive_ending
from smartcheck.reading.pipeline import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.timex import TimeExpression

#: How many words a clause's subject may take before its finite verb ('de ploeg van de
#: nacht *gaat*').
_REACH = 5
#: Tags a situation's subject opens with: a noun phrase ('overdracht', 'de wachtlijst',
#: 'users'). A pronoun's clause ('het is op maandag druk', 'there is never time', 'it gets
#: busy') is kept inside the sentence as written, as the situations with a weekday or an
#: absolute always were.
_OPENING = frozenset({"DET", "NOUN", "PROPN"})


def joined_situation(
    doc: Doc, times: list[TimeExpression], goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """A stretch between commas of a committed sentence that is a clause of its own from the
    goal, with the sentence going on after it."""
    commit = commitment_words(style)
    own = {w.lower() for w in ctx.pack.words("first_person_subject")}
    mine = frozenset(w.lower() for w in ctx.pack.words("first_person_possessive"))
    written = " ".join(goal.text.lower().split())
    opens = {c.lower() for c in style.clause_ends if " " not in c}
    now = frozenset(w.lower() for w in ctx.pack.words("situation_markers") if " " not in w)
    seams: list[Seam] = []
    for sentence in sentences(doc, keep_end=False):
        # after the commitment word; a sentence without one is the goal's as written, framed
        at = next((n for n, t in enumerate(sentence) if t.lower_ in commit), -1)
        if at < 0 and (not sentence or _joined(sentence).lower().strip(" .!?;") in written):
            continue  # the writer's sentence kept as written: context, no frame on it
        stretches = _stretches(sentence[at + 1 :])
        # without a commitment, the goal's own clause is the first stretch past a fronted time
        # ('By [date], *the team needs* ...'); the rest of the sentence follows it
        main = 0 if at >= 0 else next((n for n, s in enumerate(stretches) if _untimed(s, times)), 0)
        for n, stretch in enumerate(stretches):
            if any(t.lower_ in opens for s in stretches[:n] for t in s):
                break  # inside the writer's reason ('..., want de storingen ..., de burgers
                # klagen ...'): the context as written
            finite = _own_clause(stretch, own, style, mine, now) if n > main else None
            if finite is None or stretch[finite].lemma_.lower() in style.voice_verbs:
                continue  # '..., my supervisor says it is the future, ...': a voice credited
            said = " ".join(" ".join(t.text for t in stretch).lower().split())
            if _joined(stretch[: finite + 1]).lower() in written:
                detail = f"the situation {said!r} inside"
                seams.append(Seam("context_committed", detail, ("joined-situation",)))
    return seams


def _untimed(stretch: list[Token], times: list[TimeExpression]) -> bool:
    """Does the stretch hold a word outside the times (no fronted 'By [date]')?"""
    return any(
        (t.is_alpha or t.like_num) and not any(e.start <= t.idx < e.end for e in times)
        for t in stretch
    )


def _own_clause(
    stretch: list[Token],
    own: set[str],
    style: RewriteStyle,
    possessive: frozenset[str],
    now: frozenset[str] = frozenset(),
) -> int | None:
    """A clause with a subject of its own: it opens with a noun phrase that is not the
    writer, and a finite verb follows within reach (its place in ``stretch``); or it opens
    with a word of the present (the pack's ``situation_markers``: '..., *nu* duurt een
    ronde 2 uur'), its finite verb right after it: how things are now, whoever its subject."""
    first = stretch[0]
    if first.lower_ in now and len(stretch) > 2 and _second(stretch[1], style):
        return 1
    empty = first.lower_ in style.existential_subjects  # 'er wordt te weinig opgeruimd'
    if (
        not first.is_alpha
        or (first.pos_ not in _OPENING and not empty)
        or first.lower_ in own
        or first.lower_ in possessive
    ):
        return None  # 'e.g.', 'die ...', 'it ...'; 'mijn Frans bijspijkeren' is an object
    reach = enumerate(stretch[1 : 1 + _REACH], 1)
    return next((n for n, t in reach if _finite(t, style) and t.lower_ not in own), None)


def _finite(token: Token, style: RewriteStyle) -> bool:
    """A finite verb, or a present after its subject the tagger calls an infinitive
    (subject_verb.py). A verb-second clause with a subject puts its finite verb second and
    goes on after it ('overdracht *gaat* vaak fout'); a verb that ends the stretch there is
    an act's infinitive ('certificering *halen*')."""
    if style.word_order == "v2" and (token.i + 1 >= len(token.doc) or not token.nbor(1).is_alpha):
        return False
    return is_finite(token) or verb_after_subject(token, style)


def _second(token: Token, style: RewriteStyle) -> bool:
    """The finite verb right after a fronted word of the present, also when a verb-second
    language's tagger calls it a noun ('nu *duurt* een ronde ...'): a form whose lemma is a
    verb's infinitive other than itself."""
    if _finite(token, style):
        return True
    if style.word_order != "v2" or token.pos_ != "NOUN":
        return False
    lemma = lemma_of(token.text, token.doc.lang_).lower()
    return infinitive_ending(lemma) and lemma != token.lower_


def _joined(stretch: list[Token]) -> str:
    """The stretch's text as it stands in its document."""
    doc = stretch[0].doc
    return doc.text[stretch[0].idx : stretch[-1].idx + len(stretch[-1].text)]


def _stretches(tokens: list[Token]) -> list[list[Token]]:
    """The stretches of ``tokens`` between commas, or spaced dashes, which set a clause off
    as a comma does ('learn X - orders pile up on Saturdays'; not 'short-staffed')."""
    found: list[list[Token]] = []
    current: list[Token] = []
    depth = 0  # a comma inside brackets is the aside's ('(laden, bereik uitleggen)')
    for t in tokens:
        depth = max(0, depth + (t.text == "(") - (t.text == ")"))
        if (t.text == "," or spaced_dash(t)) and not depth:
            if current:
                found.append(current)
            current = []
        elif not t.is_punct or t.text in "()-'":
            current.append(t)
    if current:
        found.append(current)
    return found
