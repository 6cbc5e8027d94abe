"""The parse plumbing of the seam detector: stand-ins for placeholders, the pipeline that reads
a candidate, and one batched parse per text.

The candidate is read after its placeholders are replaced by grammatical stand-ins from the
pack (``rewrite.seam_fillers``): a parser cannot read "[concreet gedrag]", but it can read
"oefenen" in the same place. Parsing is most of the cost of a rewrite, so
:class:`SeamParses` parses every candidate of a batch of goals (and each goal once) in one
``nlp.pipe`` before the candidates are judged one by one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.clauses import grammar_seams
from smartcheck.fixing.rewrite.seams.kinds import SeamKind
from smartcheck.fixing.rewrite.seams.surface import PLACEHOLDER
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.pipeline import (
    describe_pipeline,
    get_pipeline,
    is_shouted,
    pipeline_lock,
    pipeline_of,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def stand_ins(text: str, style: RewriteStyle) -> str:
    """``text`` with each placeholder replaced by a grammatical stand-in of its kind."""
    fillers = style.seam_fillers
    for kind, label in style.placeholders.model_dump().items():
        text = text.replace(label, fillers.get(kind, "x"))
    return PLACEHOLDER.sub(fillers.get("behaviour", "x"), text)


def seam_pipeline(goal: Goal) -> Language:
    """The pipeline that reads a candidate rewrite of ``goal`` (and the goal, to compare):
    the one that read the goal (the checker's configured ``model``); the shipped one when
    that is blank (no tags or parse to find seams in) or the goal has no Doc."""
    made = pipeline_of(goal.doc) if goal.doc is not None else None
    if made is not None and describe_pipeline(made) != "blank":
        return made
    return get_pipeline(goal.lang, "shipped")


@dataclass
class SeamParses:
    """The parses the seam detector reads, made once per text and in batches.

    Parsing text by text costs about three times what one ``nlp.pipe`` over the same texts
    costs, and every candidate of a goal used to parse the goal again as well. Call
    :meth:`prepare` with every (goal, candidate) pair a batch will check; :func:`find_seams`
    then only reads. A text it was not prepared for is parsed on first use. Holds Docs: keep
    one no longer than the batch it serves (they keep the pipeline that made them alive).
    """

    docs: dict[tuple[str, str], Doc] = field(default_factory=dict)
    own: dict[tuple[str, str], set[tuple[SeamKind, tuple[str, ...]]]] = field(default_factory=dict)

    def prepare(self, pairs: Iterable[tuple[Goal, str, RewriteStyle]]) -> None:
        """Parse each goal and the stand-in text of each candidate, one pipe per pipeline."""
        todo: dict[str, tuple[Language, dict[str, None]]] = {}
        for goal, candidate, style in pairs:
            nlp, texts = todo.setdefault(goal.lang, (seam_pipeline(goal), {}))
            if (goal.lang, goal.text) not in self.docs and _same_parse(goal, nlp):
                self.docs[(goal.lang, goal.text)] = goal.doc  # type: ignore[assignment]
            for text in (goal.text, stand_ins(candidate, style)):
                if (goal.lang, text) not in self.docs:
                    texts[text] = None  # a dict keeps the first-seen order, once per text
        for lang, (nlp, texts) in todo.items():
            if not texts:
                continue
            with pipeline_lock(nlp):
                docs = list(nlp.pipe(texts, batch_size=len(texts)))
            for text, doc in zip(texts, docs, strict=True):
                self.docs[(lang, text)] = doc

    def doc(self, goal: Goal, text: str) -> Doc:
        key = (goal.lang, text)
        found = self.docs.get(key)
        if found is None:
            nlp = seam_pipeline(goal)
            with pipeline_lock(nlp):
                found = self.docs[key] = nlp(text)
        return found

    def own_seams(
        self, goal: Goal, ctx: RuleContext, style: RewriteStyle
    ) -> set[tuple[SeamKind, tuple[str, ...]]]:
        """The clause seams the goal itself has (not the rewrite's doing), once per goal."""
        key = (goal.lang, goal.text)
        if key not in self.own:
            self.own[key] = {
                (s.kind, s.words)
                for s in grammar_seams(self.doc(goal, goal.text), ctx, style, goal)
            }
        return self.own[key]


def _same_parse(goal: Goal, nlp: Language) -> bool:
    """Is the goal's own Doc what ``nlp`` makes of its text? Then it is not parsed again.
    (Not so for another pipeline, or a shouted goal, parsed in sentence case.)"""
    doc = goal.doc
    return (
        doc is not None
        and doc.vocab is nlp.vocab
        and doc.text == goal.text
        and not is_shouted(goal.text)
    )
