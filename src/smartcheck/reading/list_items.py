"""Whether the pieces of a line cut at its dashes or capitals are goals of their own.

A form's single field flattens a list into one line: "- NEN 3140 halen - beter patchen -
rustiger blijven bij audits", "A. Excel leren B. beter plannen C. meer rust". A dash also
joins the parts of one goal ("improve my Excel - pivot tables, charts - for the stock lists":
an example list, then a purpose), and a capital with a stop opens a name ("A. Jansen"), so
the surface stage (surface.py) cuts such a line into a list only when every piece is a goal of
its own, read from the grammar: a verb of its own, or a word of change or a zero that opens
it (read after the writer's committed subject and auxiliary, "I will publish ...": the
small tagger misses a bare verb that opens a line, and a hedge before it: "maybe publish"),
or a word of change or a zero that opens
it (the pack's ``comparatives``, ``zero_counts``: "better planning with ...", "zero damage to
..."; a comparative in any inflection, "betere samenwerking", by its morphology), or a
course or certificate it names (``formal_training``, ``credentials``: "VCA VOL").
No piece opens with a preposition, a conjunction or an auxiliary (a purpose, "for the stock
lists", "so I can ...", "would need my manager to ..."), or with a participle ("explaining
delays ...": how the piece before is meant); none lists with a comma ("pivot tables,
charts"), and none tells something with a subject of its own ("clients complain about the
delivery time", "I think we can do better").
All pieces are tagged in one pass of the pipeline, only for a line of that shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from smartcheck.reading.anatomy.lines import told_short

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Doc, Token

    from smartcheck.configuration.packs import RulePack

#: Word classes that cannot open a goal of its own: it elaborates the piece before it.
_JOINING = frozenset({"ADP", "SCONJ", "CCONJ"})
#: Word classes of a thing: a noun the commitment made a verb ('I will customer service').
_NAMING = frozenset({"NOUN", "PROPN"})
#: Relations that open a clause inside the piece ('so I understand ...'): its subject is
#: no subject of the piece.
_INNER = frozenset({"advcl", "acl", "acl:relcl", "relcl", "ccomp", "csubj", "parataxis"})


@dataclass(frozen=True)
class _Reading:
    """The pack's words the test reads."""

    openers: set[str]
    names: set[str]
    known: set[str]
    changes: set[str]
    verb_second: bool
    lang: str


def _naming(word: Token | None) -> bool:
    """Is ``word``, as tagged in the piece, part of a thing's name: a noun, or an adjective
    before its noun ('Social media ...'), never a verb the commitment reads ('I will social')?"""
    return word is not None and (word.pos_ in _NAMING or word.dep_ == "amod")


def _misread_subject(word: Token) -> bool:
    """A subject the tagger made of no noun ('ipv', 'rustiger'), of a noun whose head heads
    no finite clause ('de weekplanning zelf maken'), or of a singular noun before a plural
    verb: the infinitive of a goal told short ('de heftruckcursus halen')."""
    if not word.dep_.startswith("nsubj"):
        return False
    if word.pos_ not in ("NOUN", "PROPN", "PRON"):
        return True
    if not _finite_clause(word.head):
        return True  # 'de weekplanning zelf *maken*', 'vaker de klanten terugbellen'
    verb = word.head.morph.get("Number", [])
    return verb == ["Plur"] and word.morph.get("Number", []) == ["Sing"]


def _finite_clause(head: Token) -> bool:
    """Does ``head`` head a clause with a finite verb: itself finite, or a predicate with a
    finite copula or auxiliary ('de klanten *zijn* tevreden')? An infinitive heads none: a
    goal told short ('de weekplanning zelf maken') has no subject."""
    if "Fin" in head.morph.get("VerbForm", []):
        return True
    return any(
        c.dep_ in ("cop", "aux", "aux:pass") and "Fin" in c.morph.get("VerbForm", [])
        for c in head.children
    )


def _listed(doc: Doc) -> bool:
    """Does the piece list things with a comma outside brackets ('pivot tables, charts',
    'meelopen bij X, zelf een order plaatsen': the parts of what went before)?"""
    depth = 0
    for t in doc:
        depth += (t.text == "(") - (t.text == ")")
        if t.text in (",", ";") and depth == 0:
            return True
    return False


def _remark(doc: Doc, reading: _Reading) -> bool:
    """Does the piece tell something with a subject of its own ('clients complain about
    ...', 'I think we can ...'), in its main clause? A goal of a list is told short
    (anatomy/lines.py); in English the imperative the tagger calls finite is no remark."""
    inner = {x.i for t in doc if t.dep_ in _INNER for x in t.subtree}
    tokens = [t for t in doc if t.i not in inner and not _misread_subject(t)]
    if reading.verb_second:
        return not told_short(tokens, reading.lang, reading.changes, verb_second=True)
    return any(t.dep_.startswith("nsubj") and t.pos_ in ("PRON", "NOUN", "PROPN") for t in tokens)


def own_goals_reader(nlp: Any, pack: RulePack) -> Callable[[Sequence[str]], bool]:
    """A test of the pieces of a cut line with ``nlp`` (the goal language's pipeline)."""
    openers = {w.lower() for k in ("comparatives", "zero_counts") for w in pack.words(k)}
    names = {
        w.lower().strip("*")
        for k in ("formal_training", "credentials")
        for w in pack.words(k)
        if " " not in w.strip()
    }

    subject = str(pack.rewrite.get("default_subject", ""))
    auxiliary = str(dict(pack.rewrite.get("subjects", {})).get(subject.lower(), ""))
    committed = f"{subject} {auxiliary} " if subject and auxiliary else ""
    hedges = {str(h).lower() for h in pack.rewrite.get("drop_hedges", ()) if " " not in str(h)}

    known = {w.lower() for k in ("known_names", "ambiguous_names") for w in pack.words(k)}
    changes = {w.lower() for w in pack.words("comparatives")}
    reading = _Reading(openers, names, known, changes, pack.grammar.verb_second, str(pack.lang))

    def unhedged(piece: str) -> str:  # 'maybe publish ...': 'publish ...'; 'Learn': 'learn'
        first, _, rest = piece.partition(" ")
        told = rest if first.lower() in hedges and rest else piece
        return told[:1].lower() + told[1:] if told[1:2].islower() else told

    def own_goals(pieces: Sequence[str]) -> bool:
        if len(pieces) < 2 or not all(p.strip() for p in pieces):
            return False
        pieces = [p.lower() if p.isupper() else p for p in pieces]  # a shouted list
        docs = list(nlp.pipe([*pieces, *(committed + unhedged(p) for p in pieces)]))
        return all(
            _own_goal(doc, told, reading)
            for doc, told in zip(docs[: len(pieces)], docs[len(pieces) :], strict=True)
        )

    return own_goals


def _compared(word: Token, openers: set[str]) -> bool:
    """A comparative in any inflection that opens a piece before its noun ('*betere*
    samenwerking met ...', '*snellere* afhandeling', 'better planning'): a word of change
    like the pack's own ('beter', 'sneller'), read from its morphology or its lemma."""
    if word.pos_ not in ("ADJ", "ADV"):
        return False
    return "Cmp" in word.morph.get("Degree", []) or word.lemma_.lower() in openers


def _own_goal(doc: Doc, told: Doc, reading: _Reading) -> bool:
    """Is ``doc`` (one piece; ``told``: it after the writer's commitment) a goal of its own
    (see the module docstring)?"""
    openers, names, known = reading.openers, reading.names, reading.known
    words = [t for t in doc if t.is_alpha or t.like_num]
    if not words or words[0].pos_ in _JOINING or words[0].pos_ == "AUX":
        return False  # 'for the stock lists', 'so I can ...', 'would need my manager to ...'
    if _listed(doc) or _remark(doc, reading):
        return False
    if "Part" in words[0].morph.get("VerbForm", []) and words[0].pos_ == "VERB":
        return False  # 'explaining delays ...': how the piece before is meant
    if words[0].lower_ in openers or _compared(words[0], openers):
        return True
    if any(t.pos_ == "VERB" for t in doc):
        return True
    first = told[2] if len(told) > 2 else None  # the word after 'I will', 'ik ga'
    if (
        first is not None
        and first.pos_ == "VERB"
        and first.lower_ not in known  # a name the pack knows is no verb ('I will Excel')
        and not _naming(next((t for t in doc if t.lower_ == first.lower_), None))
    ):
        return True
    return any(t.lower_ in names for t in words)
