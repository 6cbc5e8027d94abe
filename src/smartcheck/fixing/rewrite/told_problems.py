"""A problem told instead of a goal: 'De trillingsmeters worden vaak te laat geplaatst
waardoor het werk stil moet liggen', 'Parcels go missing at the dock too often'.

The writer names what goes wrong, how often, in a statement about things or others (a
subject that is not the writer), and no goal at all: read as written, the commitment
promised the problem or only the structured fallback showed. The writer's own controllable
part of such a problem is to make it happen less often (JUDGING A: an impersonal goal becomes
the writer's own part; the measure then asks from how often to how often). So the first
sentence is told as what the writer sees to ('Ik zorg ervoor dat de trillingsmeters minder
vaak te laat geplaatst worden, waardoor ...', 'I will make sure that parcels go missing at
the dock less often'; the pack's ``frames.own_part``), its frequency as its reduction (the
pack's ``rewrite.problem_frequencies``), and the text is read again. Only a frequency with a
flaw of excess in it or in its clause counts ('te vaak', 'vaak *te laat*', 'often arrive *too
late*'): 'vaak' alone tells no flaw. A wish, a modal, a hedge, a question, a past tense or a
subject that is the writer is left to the other readings; so is a sentence whose subject does
not open it ('Vaak worden ...'), and a text of more sentences (the problem there is the
context of a goal told after it).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.excess_flaws import graded
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.words import capitalise
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Dependencies that hang another clause under the main one: the problem's own clause ends
#: where the first of them starts ('..., *waardoor het werk stil moet liggen*').
_EMBEDDED = frozenset({"advcl", "ccomp", "acl", "acl:relcl", "relcl", "conj", "parataxis"})
#: Dependencies of a finite verb beside the clause's head (a passive's or a copula's).
_AUXILIARIES = frozenset({"aux", "aux:pass", "cop"})
_ENDS = frozenset({".", "!", "?", ";"})
Span = tuple[int, int]
#: English fine tags of a present finite verb, which the tagger gives a verb it calls an
#: adjective too ('Meal trays often *arrive* too late').
_PRESENT = frozenset({"VBP", "VBZ"})


def problem_owned(
    goal: Goal, style: RewriteStyle, unwilled: frozenset[str], writer: frozenset[str]
) -> str | None:
    """The goal's text with its first sentence, a problem told with how often it happens,
    as the writer's own part of making it happen less often; None for any other text."""
    frame = style.frames.own_part
    if not frame or not style.problem_frequencies:
        return None
    found = _told(goal, style, unwilled, writer, reduce=True)
    if found is None:
        return None
    clause, rest = found
    if rest and rest[0].isalnum():
        rest = f", {rest}"
    told = f"{style.default_subject} {frame.format(clause=clause)}{rest}"
    return capitalise(re.sub(r"\s+([,.;])", r"\1", told))


def cause_sought(
    goal: Goal,
    style: RewriteStyle,
    unwilled: frozenset[str],
    writer: frozenset[str],
    nobody: frozenset[str],
) -> str | None:
    """A problem told with the remark that nobody knows its cause ('Het aantal X loopt al
    twee jaar terug en niemand weet eigenlijk waarom'): the writer's own part is finding the
    cause and acting on it (the pack's ``rewrite.cause_sought``: 'Ik ga uitzoeken waarom het
    aantal X al twee jaar terugloopt en wat ik eraan kan doen.'); None for any other text. The
    remark is the problem's second conjunct: its subject one of the pack's
    ``negative_subjects`` ('niemand', 'nobody') and its last word a question of cause
    (``rewrite.cause_questions``: 'waarom', 'why')."""
    doc = goal.doc
    if doc is None or not style.cause_sought or not style.cause_questions:
        return None
    found = _told(goal, style, unwilled - nobody, writer, reduce=False)
    if found is None:
        return None
    clause, rest = found
    if not _unknown_cause(rest, style, nobody):
        return None
    return capitalise(style.cause_sought.format(clause=clause))


def unknown_cause_spans(goal: Goal, style: RewriteStyle, nobody: frozenset[str]) -> list[Span]:
    """Where the remark that nobody knows the cause stands ('en niemand weet eigenlijk
    waarom' at the text's end): finding the cause replaces it, no words lost."""
    text = goal.text
    for m in re.finditer(r"[^\W\d_]+", text):
        rest = text[m.start() :]
        if m.group(0).lower() in nobody and _unknown_cause(f"x {rest}", style, nobody):
            before = text[: m.start()].rstrip()
            start = before.rfind(" ") + 1 if before else m.start()
            return [(start, len(text))]
    return []


def _unknown_cause(rest: str, style: RewriteStyle, nobody: frozenset[str]) -> bool:
    """``rest`` (the text after the problem's clause, its coordinator first) is only the
    remark that nobody knows why."""
    words = re.findall(r"[^\W\d_]+", rest.lower())
    if len(words) < 3 or words[1] not in nobody or words[-1] not in style.cause_questions:
        return False
    # a sentence after the remark, or a longer one: more than this reading tells
    return not re.search(r"[.!?]", rest.rstrip(".! ")) and len(words) <= _REMARK_WORDS


#: Most words of the remark that nobody knows why ('en niemand weet eigenlijk waarom').
_REMARK_WORDS = 6


def _told(
    goal: Goal, style: RewriteStyle, unwilled: frozenset[str], writer: frozenset[str], reduce: bool
) -> tuple[str, str] | None:
    """The first sentence's main clause as a subordinate clause ('de trillingsmeters minder
    vaak te laat geplaatst worden'; its frequency reduced with ``reduce``) and the rest of
    the text after it, or None when it is no statement of a problem (see the module
    docstring)."""
    doc = goal.doc
    if doc is None or "?" in goal.text:
        return None
    if len(sentences(goal.text.strip(), style.abbreviations)) > 1:
        return None  # '... Iemand moet X.': a sentence of context before the goal
    end = next((t.i for t in doc if t.text in _ENDS), len(doc))
    root = next((t for t in doc[:end] if t.dep_ == "ROOT"), None)
    finite = _finite(root) if root is not None else None
    if any(t.lower_ in unwilled and t.i != getattr(root, "i", -1) for t in doc[:end]):
        return None  # a modal, wish or hedge; the main verb itself may be one ('Er *gaan* ...')
    if (
        root is None
        or finite is None
        or not _opens_with_subject(doc, finite, writer, style.existential_subjects)
    ):
        return None
    stop = _clause_end(doc, root, finite, end)
    particle = next(
        (
            t
            for t in doc[finite.i + 1 : stop]
            if t.dep_ == "compound:prt" and t.head.i == finite.i and t.pos_ != "VERB"
        ),
        None,
    )
    if style.word_order != "v2":
        particle = None  # an English particle stays where the writer put it
    cluster = _cluster(root, finite) if style.word_order == "v2" else []
    if cluster is None:
        return None
    skipped = {t.i for t in cluster} | ({particle.i} if particle is not None else set())
    subject = doc[: finite.i].text
    if doc[0].pos_ != "PROPN" or known_word(doc[0].lower_, lang=goal.lang):
        subject = subject[:1].lower() + subject[1:]  # 'Returns at ...' is no name
    clause: str | None
    if style.word_order == "v2":
        words = " ".join(t.text for t in doc[finite.i + 1 : stop] if t.i not in skipped)
        if reduce:
            words = _reduced(words, style, doc, finite.i + 1, stop) or ""
        verbs = _verbs(cluster, finite, particle)
        clause = f"{subject} {words} {verbs}" if words or not reduce else None
    else:  # the subject, an adverb before the verb ('often arrive'), the verb and the rest
        clause = f"{subject} {doc[finite.i : stop].text}"
        clause = _reduced(clause, style, doc, 0, stop) if reduce else clause
    if clause is None:
        return None
    clause = re.sub(r"\s+", " ", re.sub(r"\s+([,.;:])", r"\1", clause)).strip()
    return clause, doc[stop:].text.strip()


def _finite(root: Token) -> Token | None:
    """The finite verb of the clause ``root`` heads, in the present: the head itself or its
    auxiliary ('worden ... geplaatst'); None for a past or a clause with none."""
    candidates = [root, *(c for c in root.children if c.dep_ in _AUXILIARIES)]
    finite = next(
        (t for t in candidates if "Fin" in t.morph.get("VerbForm", []) or t.tag_ in _PRESENT),
        None,
    )
    if finite is None or "Past" in finite.morph.get("Tense", []):
        return None
    return finite


def _opens_with_subject(
    doc: Doc, finite: Token, writer: frozenset[str], existential: tuple[str, ...] | frozenset[str]
) -> bool:
    """The words before the finite verb are its clause's subject (a noun phrase or 'er'),
    which is not the writer: 'De trillingsmeters *worden*', 'Er *gaan* ...'."""
    if finite.i == 0:
        return False
    before = doc[: finite.i]
    if any(t.lower_ in writer for t in before):
        return False
    heads = [t for t in before if (t.head.i >= finite.i or t.head == t) and t.pos_ != "ADV"]
    subjects = ("nsubj", "nsubj:pass", "expl", "expl:pv")
    there = {e.lower() for e in existential}  # 'Er gaan ...', however the tagger hangs 'er'
    return bool(heads) and all(t.dep_ in subjects or t.lower_ in there for t in heads)


def _clause_end(doc: Doc, root: Token, finite: Token, end: int) -> int:
    """Where the main clause ends: before the first clause hung under its head, a comma
    or a semicolon, or at the sentence's end."""
    embedded = {
        t.i for c in root.children if c.dep_ in _EMBEDDED and c.i > finite.i for t in c.subtree
    }
    for t in doc[finite.i + 1 : end]:
        if t.i in embedded or t.text in (",", ";") or _joins_clause(t):
            return t.i
    return end


def _joins_clause(token: Token) -> bool:
    """A coordinator of a clause of its own, whose verb is finite ('... *and* nobody knows
    why'), however the tagger hangs that verb."""
    head = token.head
    finite = "Fin" in head.morph.get("VerbForm", []) or head.tag_ in _PRESENT
    return token.pos_ == "CCONJ" and head.i > token.i and head.pos_ in ("VERB", "AUX") and finite


def _reduced(text: str, style: RewriteStyle, doc: Doc, start: int, stop: int) -> str | None:
    """``text`` (the clause after its finite verb) with its frequency told as its reduction,
    when a flaw of excess is in the frequency or right after it; else None."""
    phrases = sorted(style.problem_frequencies, key=len, reverse=True)
    either = "|".join(re.escape(p) for p in phrases)
    found = re.search(rf"(?<!\w)({either})(?!\w)", text, flags=re.IGNORECASE)
    if found is None:
        return None
    phrase = found.group(1).lower()
    excess = set(style.excess_adverbs)
    if not excess.intersection(phrase.split()):
        clause = list(doc[start:stop])
        flawed = any(t.lower_ in excess and graded(nxt) for t, nxt in pairwise(clause))
        if not flawed:
            return None  # 'vaak' alone: how often, no flaw
    reduction = style.problem_frequencies[phrase]
    return text[: found.start()] + reduction + text[found.end() :]


def _cluster(root: Token, finite: Token) -> list[Token] | None:
    """The verbs besides the finite one that end a Dutch subordinate clause: the head when
    it is a verb ('worden ... *geplaatst*'), or the infinitive the finite verb governs
    ('blijven ... *liggen*'); None for more than one, which this reading does not order."""
    if root.i != finite.i:
        return [root] if root.pos_ == "VERB" else []
    infinitives = [
        c
        for c in root.children
        if c.pos_ == "VERB" and c.i > finite.i and "Inf" in c.morph.get("VerbForm", [])
    ]
    return infinitives if len(infinitives) <= 1 else None


def _verbs(cluster: list[Token], finite: Token, particle: Token | None) -> str:
    """The verbs that end a Dutch subordinate clause: the finite verb joined to its
    separable particle ('binnen' + 'komen'), after the participle ('geplaatst worden'),
    before the infinitive ('blijven liggen')."""
    if not cluster:
        return f"{particle.text}{finite.text}" if particle is not None else finite.text
    other = cluster[0]
    if "Inf" in other.morph.get("VerbForm", []):
        return f"{finite.text} {other.text}"
    return f"{other.text} {finite.text}"
