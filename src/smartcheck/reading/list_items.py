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
..."), or a course or certificate it names (``formal_training``, ``credentials``: "VCA VOL").
No piece opens with a preposition or a conjunction (a purpose, "for the stock lists", "so I
can ..."), and none lists examples before a comma without a verb ("pivot tables, charts").
All pieces are tagged in one pass of the pipeline, only for a line of that shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Doc

    from smartcheck.configuration.packs import RulePack

#: Word classes that cannot open a goal of its own: it elaborates the piece before it.
_JOINING = frozenset({"ADP", "SCONJ", "CCONJ"})


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

    def unhedged(piece: str) -> str:  # 'maybe publish ...': 'publish ...'; 'Learn': 'learn'
        first, _, rest = piece.partition(" ")
        told = rest if first.lower() in hedges and rest else piece
        return told[:1].lower() + told[1:] if told[1:2].islower() else told

    def own_goals(pieces: Sequence[str]) -> bool:
        if len(pieces) < 2 or not all(p.strip() for p in pieces):
            return False
        docs = list(nlp.pipe([*pieces, *(committed + unhedged(p) for p in pieces)]))
        return all(
            _own_goal(doc, told, openers, names, known)
            for doc, told in zip(docs[: len(pieces)], docs[len(pieces) :], strict=True)
        )

    return own_goals


def _own_goal(
    doc: Doc, told: Doc, openers: set[str], names: set[str], known: set[str]
) -> bool:
    """Is ``doc`` (one piece; ``told``: it after the writer's commitment) a goal of its own
    (see the module docstring)?"""
    words = [t for t in doc if t.is_alpha or t.like_num]
    if not words or words[0].pos_ in _JOINING:
        return False
    comma = next((t.i for t in doc if t.text == ","), None)
    if comma is not None and not any(t.pos_ == "VERB" for t in doc[:comma]):
        return False  # 'pivot tables, charts': examples of what went before
    if words[0].lower_ in openers:
        return True
    if any(t.pos_ == "VERB" and t.lower_ not in known for t in (*doc, *told[2:])):
        return True  # a name the pack knows is no verb ('I will Excel')
    return any(t.lower_ in names for t in words)
