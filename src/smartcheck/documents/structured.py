"""YAML and JSON readers: goal fields, goal lists, and the sibling fields beside a goal.

An HR export is a list of goals, or objects with a goal field (``doel``, ``goal``, or a
generic ``text`` inside a goal list) and sibling fields (``deadline``, ``owner``,
``ondersteuning``). Keys are read with the same vocabulary as headings and table columns:
a key that announces goals (``doelen``, ``goals``) holds goals; a key that names something
else (``personalia``, ``reflectie``, ``sterke_punten``) is skipped whole. YAML is composed
(safe loader, no tags) so each goal also gets its line and column; JSON gives pointers only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml

from smartcheck.configuration.packs import MetaField
from smartcheck.documents.found import ReadDocument, ReadGoal
from smartcheck.documents.limits import ReadLimits
from smartcheck.documents.models import ContextValue, DocumentSpan, Location, Segment
from smartcheck.documents.vocabulary import DocumentVocabulary
from smartcheck.errors import DocumentReadError


@dataclass
class Node:
    """A YAML or JSON value with where it stood (line/column/offsets for YAML)."""

    scalar: str | None = None
    mapping: list[tuple[str, Node]] | None = None
    sequence: list[Node] | None = None
    line: int | None = None
    column: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class _Walk:
    vocab: DocumentVocabulary
    source: str
    goals: list[ReadGoal] = field(default_factory=list)
    metadata: dict[MetaField, ContextValue] = field(default_factory=dict)
    empty: list[ContextValue] = field(default_factory=list)  # goal keys with no goal
    agreements: list[ContextValue] = field(default_factory=list)

    def location(self, node: Node, pointer: str) -> Location:
        return Location(pointer=pointer or "/", line=node.line, column=node.column)

    def add(self, node: Node, pointer: str, context: dict[str, ContextValue]) -> None:
        text = (node.scalar or "").strip()
        if not text or not any(c.isalpha() for c in text):
            return
        span, segments = self._span(node, text)
        self.goals.append(
            ReadGoal(" ".join(text.split()), self.location(node, pointer), span, segments, context)
        )

    def _span(self, node: Node, text: str) -> tuple[DocumentSpan | None, tuple[Segment, ...]]:
        """A span only when the scalar stands in the file exactly as read (plain or simply
        quoted on one line), so a fix could be put back."""
        if node.start is None or node.end is None or " ".join(text.split()) != text:
            return None, ()
        raw = self.source[node.start : node.end]
        offset = raw.find(text)
        if offset < 0 or raw.strip("'\" ") != text:
            return None, ()
        start = node.start + offset
        seg = Segment(goal_start=0, doc_start=start, length=len(text))
        return DocumentSpan(start=start, end=start + len(text)), (seg,)

    def walk(self, node: Node, pointer: str, in_goals: bool) -> None:
        if node.sequence is not None:
            for i, item in enumerate(node.sequence):
                here = f"{pointer}/{i}"
                if in_goals and item.scalar is not None:
                    self.add(item, here, {})
                else:
                    self.walk(item, here, in_goals)
        elif node.mapping is not None:
            self._object(node.mapping, pointer, in_goals)

    def meta(
        self, items: list[tuple[str, Node]], pointer: str, nested: bool, depth: int = 0
    ) -> None:
        """The form's own fields among an object's keys ('datum_gesprek: 2024-03-12');
        ``nested`` also looks inside objects (a 'personalia' object holds only fields), a
        few levels deep."""
        for key, value in items:
            here = f"{pointer}/{_escape(key)}"
            if value.mapping is not None and nested and depth < 4:
                self.meta(value.mapping, here, nested, depth + 1)
                continue
            name = self.vocab.metadata_key(key)
            text = (value.scalar or "").strip()
            if name is None or not text or name in self.metadata:
                continue
            where = self.location(value, here)
            place = here if where.line is None else f"{here}, {where}"
            self.metadata[name] = ContextValue(
                text=" ".join(text.split()), source=f"field '{key}' ({place})", location=where
            )

    def _object(self, items: list[tuple[str, Node]], pointer: str, in_goals: bool) -> None:
        goal_key = None
        context: dict[str, ContextValue] = {}
        for key, value in items:
            role = self.vocab.column_role(key)
            here = f"{pointer}/{_escape(key)}"
            if value.scalar is None:
                continue
            if goal_key is None and (
                role == "goal" or (in_goals and self.vocab.is_goal_field(key))
            ):
                if self.vocab.heading_kind(key) != "other":
                    goal_key = key
            elif role in ("deadline", "support", "owner") and value.scalar.strip():
                where = self.location(value, here)
                place = here if where.line is None else f"{here}, {where}"
                context[role] = ContextValue(
                    text=value.scalar.strip(), source=f"field '{key}' ({place})", location=where
                )
        if goal_key is None and not in_goals:
            self.meta(items, pointer, nested=False)
        for key, value in items:
            here = f"{pointer}/{_escape(key)}"
            if key == goal_key:
                self.add(value, here, dict(context))
                if self.vocab.heading_kind(key) == "goals" and not (value.scalar or "").strip():
                    self.empty.append(self._key(key, value, here))  # 'goals: ""'
                continue
            kind = self.vocab.heading_kind(key)
            if self.vocab.is_action_heading(key) and _filled(value):
                self.agreements.append(self._key(key, value, here))
            if value.scalar is not None:
                if kind == "goals" and not value.scalar.strip():
                    self.empty.append(self._key(key, value, here))
                continue
            if kind == "other":
                if value.mapping is not None:
                    self.meta(value.mapping, here, nested=True)
                continue
            before = len(self.goals)
            self.walk(value, here, kind == "goals" or self.vocab.column_role(key) == "goal")
            if kind == "goals" and len(self.goals) == before:
                self.empty.append(self._key(key, value, here))

    def _key(self, key: str, value: Node, pointer: str) -> ContextValue:
        where = self.location(value, pointer)
        place = pointer if where.line is None else f"{pointer}, {where}"
        return ContextValue(text=key, source=f"field '{key}' ({place})", location=where)


def _filled(node: Node) -> bool:
    """Holds some text (a non-empty scalar, or a list/object with one)."""
    if node.scalar is not None:
        return bool(node.scalar.strip())
    if node.sequence is not None:
        return any(_filled(n) for n in node.sequence[:50])
    return any(_filled(v) for _, v in (node.mapping or [])[:50])


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def read_structured(
    name: str,
    source: str,
    fmt: Literal["yaml", "json"],
    vocab: DocumentVocabulary,
    limits: ReadLimits,
    encoding: str | None = None,
    newline: str | None = None,
) -> ReadDocument:
    """The goals, the form's own fields, empty goal keys and agreements of a YAML or JSON
    document."""
    root = _from_yaml(name, source, limits) if fmt == "yaml" else _from_json(name, source, limits)
    walk = _Walk(vocab, source)
    walk.walk(root, "", in_goals=root.sequence is not None)
    return ReadDocument(
        fmt,
        walk.goals,
        encoding,
        newline,
        walk.metadata,
        tuple(walk.empty),
        tuple(walk.agreements),
    )


class _Budget:
    def __init__(self, name: str, limit: int) -> None:
        self.name, self.left = name, limit

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise DocumentReadError(
                self.name, "too-large", "has too many values (YAML aliases that multiply?)"
            )


def _from_yaml(name: str, source: str, limits: ReadLimits) -> Node:
    try:
        tree = yaml.compose(source, Loader=yaml.SafeLoader)
        if tree is None:
            return Node(sequence=[])
        return _convert_yaml(tree, _Budget(name, limits.max_structure_nodes))
    except yaml.YAMLError as exc:
        raise DocumentReadError(name, "corrupt", f"is not valid YAML: {_first_line(exc)}") from None
    except RecursionError:
        raise DocumentReadError(name, "corrupt", "is nested too deeply to read") from None


def _convert_yaml(node: yaml.Node, budget: _Budget) -> Node:
    budget.spend()
    mark, end = node.start_mark, node.end_mark
    where: dict[str, Any] = {
        "line": mark.line + 1,
        "column": mark.column + 1,
        "start": mark.index,
        "end": end.index,
    }
    if isinstance(node, yaml.ScalarNode):
        return Node(scalar=str(node.value), **where)
    if isinstance(node, yaml.SequenceNode):
        return Node(sequence=[_convert_yaml(n, budget) for n in node.value], **where)
    if isinstance(node, yaml.MappingNode):
        pairs = []
        for key, value in node.value:
            key_text = str(key.value) if isinstance(key, yaml.ScalarNode) else ""
            pairs.append((key_text, _convert_yaml(value, budget)))
        return Node(mapping=pairs, **where)
    return Node()


def _from_json(name: str, source: str, limits: ReadLimits) -> Node:
    try:
        data = json.loads(source)
        return _convert_json(data, _Budget(name, limits.max_structure_nodes))
    except json.JSONDecodeError as exc:
        raise DocumentReadError(
            name, "corrupt", f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise DocumentReadError(name, "corrupt", "is nested too deeply to read") from None


def _convert_json(value: object, budget: _Budget) -> Node:
    budget.spend()
    if isinstance(value, dict):
        return Node(mapping=[(str(k), _convert_json(v, budget)) for k, v in value.items()])
    if isinstance(value, list):
        return Node(sequence=[_convert_json(v, budget) for v in value])
    if value is None:
        return Node(scalar="")
    return Node(scalar=value if isinstance(value, str) else json.dumps(value))


def _first_line(exc: Exception) -> str:
    return " ".join(str(exc).split())
