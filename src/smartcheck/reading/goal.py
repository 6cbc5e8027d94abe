"""The parsed goal: its text plus what smartcheck read from it.

The anatomy fields (actor, action, object, measures, support, purpose, passive, negated) and the
time expressions are a public contract that rules and other tools rely on. Each anatomy part is a
span of the goal text, so a caller can highlight it. The spaCy ``Doc`` is kept on the object for
rules (``goal.doc``) but is not part of its value: it is not serialised and not compared.
"""

from __future__ import annotations

import builtins
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from smartcheck.configuration.languages import LANG_CODE, Lang
from smartcheck.reading.timex import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc

_FROZEN = ConfigDict(frozen=True, extra="forbid")

MeasureKind = Literal["number", "percentage", "quantity", "count", "deliverable", "level", "role"]


class TextSpan(BaseModel):
    """A piece of the goal text: ``goal.text[start:end] == text``."""

    model_config = _FROZEN
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def __str__(self) -> str:
        return self.text


class Actor(TextSpan):
    """Who acts: the grammatical subject of the goal's main verb."""

    first_person: bool = Field(description="'ik', 'wij', 'I', 'we' (the goal's owner acts).")


class Action(TextSpan):
    """The main verb of the goal (the lexical verb, not a modal or hedge)."""

    lemma: str


class Modal(TextSpan):
    """A modal or hedging verb around the action: willen, zullen, proberen, want, try, will."""

    lemma: str
    hedge: bool = Field(description="True for verbs that weaken commitment (proberen, try).")


class Measure(TextSpan):
    """Something countable or checkable: a number, a quantity with its unit, a deliverable,
    a level ("B2-niveau"), or a role reached ("werk ik als projectleider")."""

    kind: MeasureKind
    value: float | None = None
    unit: str | None = None


ContextName = Literal["deadline", "support", "owner", "phase"]


class ContextField(BaseModel):
    """A fact about the goal that stands beside it rather than in it: a table cell of the goal's
    row, or a sibling field of a YAML/JSON goal object (a deadline column counts for T, a
    support column for R, an owner field for A; the employee's phase, from the form, the call or
    the config, for realism and advice). Offsets in ``deadlines`` index ``text``."""

    model_config = _FROZEN
    name: ContextName = Field(
        description="What the field holds: deadline, support, owner, or the employee's phase."
    )
    text: str = Field(
        description="The field's text as written in the document; for a phase, its normalised "
        "name (junior, vakvolwassen, senior)."
    )
    source: str = Field(
        description="Where it came from, for people: 'cell Wanneer klaar (table 1, row 2, "
        "cell 3)', '/doelen/0/deadline', 'line 14'."
    )
    deadlines: tuple[TimeExpression, ...] = Field(
        default=(), description="Time expressions in ``text`` (deadline fields only)."
    )


VerbForm = Literal["finite", "infinitive", "participle"]
VerbRole = Literal["action", "framing", "auxiliary", "verb"]
ClauseKind = Literal["main", "purpose", "dependent"]


class Verb(TextSpan):
    """A verb of the main clause, as the reading stage classified it."""

    lemma: str
    form: VerbForm = Field(description="finite ('wil', 'volgt'), infinitive or participle.")
    role: VerbRole = Field(
        description="'action' (the goal's main verb), 'framing' (modal, hedge or control "
        "verb: 'wil', 'try'), 'auxiliary' ('heb', 'is'), or another 'verb'."
    )


class ClauseSpan(TextSpan):
    """A clause of the goal: the main clause, the purpose clause, or another dependent one."""

    kind: ClauseKind


ContextKind = Literal["situation", "referent", "clause"]


class ContextSpan(TextSpan):
    """A sentence of context beside the goal: the present situation told ('situation'),
    one the next sentence points back to commit to it ('referent': 'Daar wil ik ...'), or
    a clause of context coordinated before the wish in one sentence ('clause')."""

    kind: ContextKind = "situation"


class Syntax(BaseModel):
    """The grammar facts read once per goal, so judging and rewriting need not re-derive
    them: clauses, the main clause's verbs with their form and role, the separable particle
    of the action, and one lexical verb per goal packed into the text (coordination)."""

    model_config = _FROZEN
    clauses: tuple[ClauseSpan, ...] = ()
    verbs: tuple[Verb, ...] = ()
    particle: TextSpan | None = Field(
        default=None, description="The split-off particle of a separable verb ('rond ... af')."
    )
    goal_verbs: tuple[TextSpan, ...] = Field(
        default=(),
        description="One lexical verb per coordinated goal ('een cursus volgen en sporten').",
    )
    goal_pieces: tuple[TextSpan, ...] = Field(
        default=(),
        description="The text of each coordinated goal, one per goal verb, when there are two "
        "or more ('een cursus volgen' / 'sporten'); the commas and coordinators between them "
        "belong to neither.",
    )
    asides: tuple[TextSpan, ...] = Field(
        default=(),
        description="Words that describe a thing the goal names, not what is done: a "
        "parenthetical ('(veilig werken aan ...)') or a relative clause after a noun ('die "
        "mijn chef heeft goedgekeurd').",
    )
    context: tuple[ContextSpan, ...] = Field(
        default=(),
        description="Sentences (or a clause before a wish) that tell the present situation "
        "beside the goal, no goal of their own ('Ik neem dat te veel mee naar huis.', 'they "
        "keep slipping'): a problem, a feeling, a habit, how things are now.",
    )

    @property
    def main_clause(self) -> ClauseSpan | None:
        return next((c for c in self.clauses if c.kind == "main"), None)

    @property
    def finite_verb(self) -> Verb | None:
        return next((v for v in self.verbs if v.form == "finite"), None)

    @property
    def infinitives(self) -> tuple[Verb, ...]:
        return tuple(v for v in self.verbs if v.form == "infinitive")

    def spans(self) -> list[TextSpan]:
        found: list[TextSpan] = [
            *self.clauses,
            *self.verbs,
            *self.goal_verbs,
            *self.goal_pieces,
            *self.asides,
            *self.context,
        ]
        return [*found, self.particle] if self.particle is not None else found


class Goal(BaseModel):
    """A goal as smartcheck read it."""

    model_config = _FROZEN
    text: str
    lang: Lang = Field(pattern=LANG_CODE, description="A registered language code: nl, en, ...")
    reference_date: date
    deadlines: tuple[TimeExpression, ...] = ()
    deadline: TimeExpression | None = None
    actor: Actor | None = None
    action: Action | None = None
    modals: tuple[Modal, ...] = ()
    object: TextSpan | None = None
    measures: tuple[Measure, ...] = ()
    support: tuple[TextSpan, ...] = ()
    purpose: TextSpan | None = None
    passive: bool = False
    negated: bool = False
    syntax: Syntax = Field(
        default_factory=Syntax, description="Clauses and verbs as the reading stage found them."
    )
    context: tuple[ContextField, ...] = Field(
        default=(), description="Facts beside the goal in its document (row cells, fields)."
    )
    parser: str = Field(
        default="blank",
        description="Which pipeline read the goal: 'blank' (rules on tokens only) or a model name.",
    )
    _doc: Doc | None = PrivateAttr(default=None)

    @property
    def doc(self) -> Doc | None:
        """The spaCy Doc the goal was parsed into (None after deserialising)."""
        # Straight from pydantic's private store: rules ask for it dozens of times per goal
        # and the attribute route goes through BaseModel.__getattr__.
        private = self.__pydantic_private__
        return private.get("_doc") if private is not None else None

    def with_doc(self, doc: Doc | None) -> Goal:
        """Attach the parsed Doc, or drop it with ``None`` (the object is frozen, so this is
        the one way in)."""
        self._doc = doc
        return self

    def __eq__(self, other: builtins.object) -> bool:
        # The Doc is a cache of the parse, not part of the value.
        if not isinstance(other, Goal):
            return NotImplemented
        same: bool = self.model_dump() == other.model_dump()
        return same

    def __hash__(self) -> int:
        return hash((self.text, self.lang, self.reference_date))

    def model_post_init(self, context: Any, /) -> None:
        for span in self._spans():
            if self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"span {span.text!r} ({span.start}..{span.end}) does not match the goal text"
                )

    def _spans(self) -> list[TextSpan]:
        parts: list[TextSpan | None] = [self.actor, self.action, self.object, self.purpose]
        found = [p for p in parts if p is not None]
        return [*found, *self.modals, *self.measures, *self.support, *self.syntax.spans()]
