"""Goal finding: which blocks of a document are goals, and what stands beside each.

Goals are the items under a heading that announces goals, lines with a goal label
('Doel 1:'), the goal column of a table, and the cell after a goal label in a two-column
form table. A section whose heading names something else (personalia, reflection,
strengths, agreements, signatures, links) is skipped whole. Lines labelled with a context
role ('Deadline:', 'Ondersteuning:') after a goal, and the deadline/support/owner cells of a
goal's row, become that goal's context. A plain-text file with no goal heading, label, list
or goal table at all is a list of goals, one per non-empty line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from smartcheck.configuration.packs import MetaField
from smartcheck.documents.blocks import Block, Cell, Heading, ListItem, Paragraph, Table
from smartcheck.documents.mapped import MappedText, join
from smartcheck.documents.models import Location
from smartcheck.documents.vocabulary import DocumentVocabulary, HeadingKind, Role

# A list marker typed as text: '-', '*', '•', '1.', '2)', 'a)', '(3)', a task box '[ ]'.
_BULLET = r"[-*+\u2022\u00b7\u2023\u25aa\u25ba\u2713\u2013\u2014]"
MARKER_BODY = rf"(?:{_BULLET}|\(?\d{{1,2}}[.)]|\(?[a-z]\)|\[[ xX]\])"
_MARKER = re.compile(rf"^[ \t]*{MARKER_BODY}[ \t]+")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
# Between two fields on one line: 'Naam: Ilse · Leidinggevende: Ruud', '... | ...', '... ; ...'.
_FIELD_SEPARATOR = re.compile(r"[ \t]+[\u00b7\u2022|;][ \t]+")
_URL_ONLY = re.compile(r"^(?:<?(?:https?://|www\.|mailto:)\S+>?)$", re.IGNORECASE)


@dataclass(frozen=True)
class FoundContext:
    role: Role
    label: str  # the column header or line label it stood under
    kind: str  # 'cell', 'line'
    text: MappedText
    where: Location | None = None


@dataclass
class Found:
    text: MappedText
    where: Location | None = None
    context: dict[Role, FoundContext] = field(default_factory=dict)


@dataclass(frozen=True)
class FoundMeta:
    """One of the form's own fields ('Datum gesprek: 12 maart 2024'), as written."""

    name: MetaField
    label: str
    kind: str  # 'line', 'cell'
    text: MappedText
    where: Location | None = None


@dataclass
class Finding:
    """What goal finding saw: the goals, the form's own fields (first of each wins), the
    goal headings with no goal under them, and the non-empty sections of agreed actions."""

    goals: list[Found]
    metadata: dict[MetaField, FoundMeta]
    empty_goal_sections: list[Heading] = field(default_factory=list)
    agreements: list[Heading] = field(default_factory=list)


def strip_marker(text: MappedText) -> MappedText:
    """Drop typed list markers and task boxes ('1. ', '- [ ] ')."""
    text = text.strip()
    while (match := _MARKER.match(text.text)) is not None and match.end() < len(text.text):
        text = text.slice(match.end()).strip()
    return text


def clean(text: MappedText) -> MappedText:
    return strip_marker(text.squeeze().strip())


def is_goal_text(text: str) -> bool:
    """Worth judging: has letters, is not just a link, is not an intro ending in ':'."""
    stripped = text.strip()
    if not any(c.isalpha() for c in stripped) or _URL_ONLY.match(stripped):
        return False
    return not stripped.endswith(":")


def split_lines(lines: Sequence[MappedText], vocab: DocumentVocabulary) -> list[MappedText]:
    """Group a paragraph's lines into units: a line ending a sentence (or in ':') closes its
    unit, so one goal per line stays one goal per line and a goal wrapped over two lines
    stays one goal. A labelled line starts a unit; a context line ('Deadline: ...') or a
    field of the form ('Datum gesprek: ...') is a unit of its own."""
    units: list[MappedText] = []
    current: list[MappedText] = []
    for line in lines:
        stripped = line.strip()
        if not stripped.text:
            continue
        label = vocab.label(stripped.text)
        field = vocab.metadata_label(stripped.text) is not None  # 'Datum gesprek: ...'
        if current and (_MARKER.match(stripped.text) or label is not None or field):
            units.append(join(current))
            current = []
        current.append(stripped)
        ends = _SENTENCE_END.search(stripped.text) or stripped.text.endswith(":")
        if ends or field or (label is not None and label.role != "goal"):
            units.append(join(current))
            current = []
    if current:
        units.append(join(current))
    return units


class _Finder:
    def __init__(self, vocab: DocumentVocabulary) -> None:
        self.vocab = vocab
        self.found: list[Found] = []
        self.metadata: dict[MetaField, FoundMeta] = {}
        self.last: Found | None = None  # the goal that context lines attach to
        self.pending = False  # a label with nothing after it: the next unit is the goal

    def goal(self, text: MappedText, where: Location | None) -> Found | None:
        text = clean(text)
        if not is_goal_text(text.text):
            return None
        found = Found(text, where)
        self.found.append(found)
        self.last = found
        self.pending = False
        return found

    def meta(self, text: MappedText, where: Location | None) -> bool:
        """Keep a line labelled with one of the form's fields ('Periode: 2024-2025');
        whether it was one. A line of several fields ('Naam: Ilse · Leidinggevende: Ruud')
        is read field by field."""
        cuts = list(_FIELD_SEPARATOR.finditer(text.text))
        if cuts:
            starts = [0, *(m.end() for m in cuts)]
            ends = [*(m.start() for m in cuts), len(text.text)]
            pieces = [text.slice(a, b).strip() for a, b in zip(starts, ends, strict=True)]
            first = pieces[0].text
            # only a line that starts with a label: a goal with a ';' in it stays a goal
            if self.vocab.metadata_label(first) or self.vocab.label(first):
                return any([self._meta_field(p, where) for p in pieces])
        return self._meta_field(text, where)

    def _meta_field(self, text: MappedText, where: Location | None) -> bool:
        found = self.vocab.metadata_label(text.text)
        if found is None:
            return False
        name, label, rest_start = found
        value = clean(text.slice(rest_start))
        if value.text and name not in self.metadata:
            self.metadata[name] = FoundMeta(name, label, "line", value, where)
        return True

    def meta_row(self, label: str, value: Cell) -> bool:
        """Keep a form-table row 'Datum gesprek | 12 maart 2024'; whether it was one."""
        name = self.vocab.metadata_key(label)
        if name is None:
            return False
        text = clean(_cell_text(value))
        if text.text and name not in self.metadata:
            label = label.strip().rstrip(":")
            self.metadata[name] = FoundMeta(name, label, "cell", text, value.where)
        return True

    def other(self, section: Sequence[Block]) -> None:
        """A section never linted (personalia): only the form's own fields are read."""
        for block in section:
            if isinstance(block, Paragraph):
                for unit in split_lines(block.lines, self.vocab):
                    self.meta(strip_marker(unit.strip()), block.where)
            elif isinstance(block, ListItem):
                self.meta(strip_marker(block.text.strip()), block.where)
            elif isinstance(block, Table) and not self.goal_columns(block):
                if self.meta_columns(block):
                    continue
                for row in block.rows:
                    if len(row) >= 2:
                        self.meta_row(_cell_text(row[0]).text, row[1])

    def unit(self, text: MappedText, where: Location | None, section_goal: bool) -> None:
        """One line-group or list item: a labelled goal, a context line, a field of the
        form itself (a label no goal takes as context), or (in a goal section, or after a
        bare goal label) a goal."""
        text = strip_marker(text.strip())
        label = self.vocab.label(text.text)
        if (label is None or (label.role != "goal" and self.last is None)) and self.meta(
            text, where
        ):
            return
        if label is not None:
            rest = text.slice(label.rest_start).strip()
            if label.role == "goal":
                if rest.text:
                    self.goal(rest, where)
                else:
                    self.pending = True
                return
            if self.last is not None and rest.text and label.role not in self.last.context:
                self.last.context[label.role] = FoundContext(
                    label.role, label.label, "line", clean(rest), where
                )
            return
        if self.vocab.is_other_label(text.text):
            return  # 'Evaluatie: ...' under a goal: a field of the form, not another goal
        if section_goal or self.pending:
            self.goal(text, where)

    def item(self, item: ListItem, section_goal: bool) -> None:
        """A list item is one goal however it wraps; a context line inside it ('Support:
        ...' on the item's second line) is that goal's context."""
        goal_lines: list[MappedText] = []
        context_lines: list[MappedText] = []
        for line in item.lines:
            label = self.vocab.label(line.strip().text)
            if goal_lines and label is not None and label.role != "goal":
                context_lines.append(line)
            elif context_lines:
                context_lines[-1] = join([context_lines[-1], line.strip()])
            else:
                goal_lines.append(line.strip())
        self.unit(join(goal_lines), item.where, section_goal)
        for line in context_lines:
            self.unit(line, item.where, False)

    def meta_columns(self, table: Table) -> bool:
        """Read a table of the form's fields by column ('Naam | Functie | Afdeling' over
        'Ilse | ... | ...'): three or more columns, or every header a field; whether it was
        one."""
        if len(table.rows) < 2:
            return False
        header = [_cell_text(c).text for c in table.rows[0]]
        names = [self.vocab.metadata_key(h) for h in header]
        if not any(names) or not (len(header) >= 3 or all(names)):
            return False
        for col, name in enumerate(names):
            if name is not None and col < len(table.rows[1]):
                self.meta_row(header[col], table.rows[1][col])
        return True

    def table(self, table: Table, section_goal: bool) -> None:
        if not table.rows:
            return
        header = [_cell_text(c).text for c in table.rows[0]]
        if not self.goal_columns(table) and self.meta_columns(table):
            return
        if self.goal_columns(table):
            self._column_table(table, header, [self.vocab.column_role(h) for h in header])
        else:
            self._form_table(table)

    def goal_columns(self, table: Table) -> bool:
        """A table whose first row is a header row with a goal column. A first row like
        'Goal 1 | I will ...' is a label and its value (a form table), not a header."""
        if not table.rows:
            return False
        header = [_cell_text(c).text for c in table.rows[0]]
        # a header cell is a name or a question ('Wat wil ik bereiken?'), not a sentence
        if any(len(h.split()) > 6 or h.rstrip().endswith((".", "!")) for h in header):
            return False
        return "goal" in [self.vocab.column_role(h) for h in header]

    def _column_table(self, table: Table, header: list[str], roles: list[Role | None]) -> None:
        goal_col = roles.index("goal")
        for row in table.rows[1:]:
            if goal_col >= len(row):
                continue
            cell = row[goal_col]
            goals = [g for g in (self._cell_goal(cell, p) for p in _cell_units(cell)) if g]
            for col, role in enumerate(roles):
                if role in (None, "goal") or col >= len(row):
                    continue
                value = clean(_cell_text(row[col]))
                if value.text and role is not None:
                    context = FoundContext(role, header[col], "cell", value, row[col].where)
                    for found in goals:
                        found.context.setdefault(role, context)
            self.last = None

    def _cell_goal(self, cell: Cell, text: MappedText) -> Found | None:
        label = self.vocab.label(text.text)
        if label is not None and label.role == "goal":
            text = text.slice(label.rest_start)
        return self.goal(text, cell.where)

    def _form_table(self, table: Table) -> None:
        """Label | value rows: 'Doel 1 | Ik ...', 'Deadline | 1 juli 2027'."""
        self.last = None
        for row in table.rows:
            if len(row) < 2:
                continue
            role = self.vocab.column_role(_cell_text(row[0]).text)
            value = row[1]
            label = _cell_text(row[0]).text
            if (
                role != "goal"
                and (role is None or self.last is None)
                and self.meta_row(label, value)
            ):
                continue
            if role == "goal":
                for unit in _cell_units(value):
                    self.goal(unit, value.where)
            elif role is not None and self.last is not None:
                text = clean(_cell_text(value))
                if text.text:
                    label = _cell_text(row[0]).strip().text.rstrip(":")
                    self.last.context.setdefault(
                        role, FoundContext(role, label, "cell", text, value.where)
                    )
        self.last = None


def _cell_text(cell: Cell) -> MappedText:
    return join([p.strip() for p in cell.paragraphs if p.text.strip()])


def _cell_units(cell: Cell) -> list[MappedText]:
    """A cell holding a Word list, or several one-sentence paragraphs, holds several goals."""
    paras = [(p.strip(), listed) for p, listed in _listed(cell) if p.text.strip()]
    if len(paras) > 1 and (
        any(listed for _, listed in paras)
        or all(_SENTENCE_END.search(p.text) for p, _ in paras)
        or all(_MARKER.match(p.text) for p, _ in paras)
    ):
        return [p for p, _ in paras]
    return [join([p for p, _ in paras])] if paras else []


def _listed(cell: Cell) -> Iterator[tuple[MappedText, bool]]:
    flags = cell.listed or tuple(False for _ in cell.paragraphs)
    yield from zip(cell.paragraphs, flags, strict=False)


def _sections(
    blocks: Sequence[Block], vocab: DocumentVocabulary
) -> Iterator[tuple[HeadingKind | None, list[Block]]]:
    """Blocks grouped by the section they stand in, with the section's kind: the kind of
    the nearest enclosing heading that has one (a neutral sub-heading inherits)."""
    stack: list[tuple[int, HeadingKind | None]] = []
    current: list[Block] = []
    kind: HeadingKind | None = None
    for block in blocks:
        if isinstance(block, Heading):
            if current:
                yield kind, current
            current = [block]
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            stack.append((block.level, vocab.heading_kind(block.text.text)))
            kind = next((k for _, k in reversed(stack) if k is not None), None)
        else:
            current.append(block)
    if current:
        yield kind, current


def find_goals(blocks: Sequence[Block], vocab: DocumentVocabulary, plain: bool) -> Finding:
    """The goals (and the form's own fields) in ``blocks``; ``plain`` for plain text, where
    a structureless file is a list of goals."""
    finder = _Finder(vocab)
    if plain and not _has_structure(blocks, vocab):
        return Finding(_one_per_line(blocks, finder), finder.metadata)
    counted: list[tuple[Heading, int]] = []  # each heading with the goals of its own section
    agreements: list[Heading] = []
    for kind, section in _sections(blocks, vocab):
        finder.last, finder.pending = None, False
        before = len(finder.found)
        head = section[0] if isinstance(section[0], Heading) else None
        if head is not None and len(section) > 1 and vocab.is_action_heading(head.text.text):
            agreements.append(head)
        if kind == "other":
            finder.other(section)
            continue
        if head is not None:
            counted.append((head, before))
        goal_section = kind == "goals"
        depths = [b.depth for b in section if isinstance(b, ListItem)]
        top = min(depths, default=0)
        # When goals are given as list items or table rows, the prose around them is
        # commentary ('These are the goals I agreed with Tom.').
        has_list = bool(depths) or any(
            isinstance(b, Table) and finder.goal_columns(b) for b in section
        )
        for block in section:
            if isinstance(block, Heading):
                label = vocab.label(block.text.text)
                if label is not None and label.role == "goal":
                    finder.unit(block.text, block.where, False)
            elif isinstance(block, Table):
                finder.table(block, goal_section)
            elif isinstance(block, ListItem):
                finder.item(block, goal_section and block.depth == top)
            else:
                for unit in split_lines(block.lines, vocab):
                    finder.unit(unit, block.where, goal_section and not has_list)
    empty = _empty_goal_headings(counted, len(finder.found), vocab)
    return Finding(finder.found, finder.metadata, empty, agreements)


def _empty_goal_headings(
    counted: list[tuple[Heading, int]], total: int, vocab: DocumentVocabulary
) -> list[Heading]:
    """The headings that announce goals with no goal in their section or its sub-sections
    (up to the next heading of the same or a higher level, or an 'other' section's start,
    which also ends the count as it yields no goals)."""
    empty = []
    for i, (head, start) in enumerate(counted):
        if vocab.heading_kind(head.text.text) != "goals":
            continue
        end = total
        for later, later_start in counted[i + 1 :]:
            if later.level <= head.level:
                end = later_start
                break
        if end == start:
            empty.append(head)
    return empty


def _has_structure(blocks: Sequence[Block], vocab: DocumentVocabulary) -> bool:
    """Whether the text says where its goals are (or what is not a goal): a goal or other
    heading, a goal label, a table. Without any, a plain file is a list of goals."""
    for block in blocks:
        if isinstance(block, Table):
            return True
        if isinstance(block, Heading) and vocab.heading_kind(block.text.text) is not None:
            return True
        lines = block.lines if isinstance(block, Paragraph) else (block.text,)
        for line in lines:
            label = vocab.label(line.strip().text)
            if label is not None and label.role == "goal":
                return True
    return False


def _one_per_line(blocks: Sequence[Block], finder: _Finder) -> list[Found]:
    """One goal per line; a line labelled with one of the form's fields is that field."""
    found = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines: tuple[MappedText, ...] = block.lines
        elif isinstance(block, Heading | ListItem):
            lines = (block.text,)
        else:
            continue
        for line in lines:
            text = clean(line)
            if finder.meta(text, block.where):
                continue
            if text.text and any(c.isalpha() for c in text.text):
                found.append(Found(text, block.where))
    return found
