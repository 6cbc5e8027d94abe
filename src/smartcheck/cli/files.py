"""Checking one document: the reader (``Checker.check_document``) finds and judges its
goals; here each goal and finding is placed in the file, per-file ignores, inline
suppressions and the baseline are applied, and ``--fix``/``--diff`` put safe fixes back."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from smartcheck.checker import Checker
from smartcheck.cli.outcome import LineIndex, ignored_by, place_findings
from smartcheck.cli.session import Session
from smartcheck.cli.suppression import UNUSED_CODE, Suppressions, parse_directives
from smartcheck.cli.verdicts import decide
from smartcheck.configuration.discovery import ResolvedConfig
from smartcheck.documents.encoding import decode_bytes
from smartcheck.documents.limits import DEFAULT_LIMITS
from smartcheck.documents.models import DocumentGoal, DocumentResult, PlanFinding
from smartcheck.documents.source import read_source
from smartcheck.errors import SmartcheckError
from smartcheck.fixing.docx import DocxEdit, fixed_name, write_fixed_docx
from smartcheck.fixing.files import (
    FixWriteError,
    TextEdit,
    fixed_bytes,
    unified_diff,
    write_atomic,
)
from smartcheck.judging.selection import code_specificity
from smartcheck.reporting.formats.model import (
    FileOutcome,
    GoalOutcome,
    Notice,
    Place,
    ReportedFinding,
)

TEXT_FORMATS = ("markdown", "text")
DOCX_NOTE_CODE = "SC002"


def _per_file_selectors(resolved: ResolvedConfig, path: Path) -> list[str]:
    try:
        relative = Path(os.path.abspath(path)).relative_to(resolved.root.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    selectors: list[str] = []
    for glob, codes in resolved.config.per_file_ignores.items():
        if fnmatch.fnmatch(relative, glob) or (
            "/" not in glob and fnmatch.fnmatch(path.name, glob)
        ):
            selectors.extend(codes)
    return selectors


def _place(goal: DocumentGoal) -> Place:
    loc = goal.location
    return Place(line=loc.line, column=loc.column, where=str(loc))


def _applicability(session: Session) -> tuple[str, ...]:
    return ("safe", "unsafe") if session.options.unsafe_fixes else ("safe",)


def _text_edits(
    goal: DocumentGoal, items: tuple[ReportedFinding, ...], wanted: tuple[str, ...]
) -> list[TextEdit]:
    """The wanted suggestions of the active findings, as edits of the decoded file."""
    edits: list[TextEdit] = []
    for item in items:
        if item.status != "active":
            continue
        for suggestion in item.finding.suggestions:
            if suggestion.applicability not in wanted or not suggestion.edits:
                continue
            placed = []
            for edit in suggestion.edits:
                a, b = goal.document_offset(edit.start), goal.document_offset(edit.end)
                if a is None or b is None or b - a != edit.end - edit.start:
                    break
                placed.append(TextEdit(a, b, edit.replacement))
            else:
                edits.extend(placed)
                break
    return edits


def document_outcome(
    session: Session,
    checker: Checker,
    resolved: ResolvedConfig,
    path: Path,
    name: str,
    result: DocumentResult,
    text: str | None,
) -> tuple[FileOutcome, list[TextEdit]]:
    """The outcome of one checked document and the fixes it offers (offsets in ``text``)."""
    textual = result.format in TEXT_FORMATS and text is not None
    index = LineIndex(text) if textual and text is not None else None
    per_file = _per_file_selectors(resolved, path)
    ignored = ignored_by(checker, per_file)
    suppressions = Suppressions()
    if textual and text is not None:
        suppressions = Suppressions(
            parse_directives(text, markdown=result.format == "markdown"),
            [g.location.line for g in result.goals if g.location.line is not None],
            [
                f.location.line
                for f in result.plan_findings
                if f.location is not None and f.location.line is not None
            ],
        )
    wanted = _applicability(session)
    goals: list[GoalOutcome] = []
    edits: list[TextEdit] = []
    for goal in result.goals:
        place = _place(goal)
        if goal.report is None:
            message = goal.error.message if goal.error is not None else "not judged"
            goals.append(GoalOutcome(text=goal.text, place=place, error=message))
            continue
        to_file = goal.document_offset if textual else None
        findings = []
        for item in place_findings(goal.report, place, to_file, index, wanted):
            if ignored(item.finding):
                continue
            code = item.finding.code
            if suppressions.silences(goal.location.line, code):
                item = replace(item, status="suppressed")
            elif session.baseline is not None and session.baseline.take(
                name, code, goal.text, item.finding.text
            ):
                item = replace(item, status="baselined")
            findings.append(item)
        outcome = GoalOutcome(
            text=goal.text,
            place=place,
            report=goal.report,
            context=dict(goal.context),
            findings=tuple(findings),
        )
        outcome = decide(outcome, session.options.fail_on, session.options.min_score)
        goals.append(outcome)
        if textual:
            edits += _text_edits(goal, outcome.findings, wanted)
    # Advice about the plan as a whole (P101-P106): shown, never a reason to fail; an inline
    # comment silences it like a finding (before the unused ones are listed).
    plan = [
        Notice(
            code=f.code,
            message=f.message,
            severity=f.severity,
            place=_plan_place(f),
            question=f.question,
            status=(
                "suppressed"
                if suppressions.silences(f.location.line if f.location else None, f.code)
                else "active"
            ),
        )
        for f in result.plan_findings
        if not any(code_specificity(s, f.code) is not None for s in per_file)
    ]
    notices = [
        Notice(
            code=UNUSED_CODE,
            message=f"unused suppression '{d.describe()}': it silences nothing",
            severity="warning",
            place=Place(line=d.line, column=1),
        )
        for d in suppressions.unused()
    ]
    notices += plan
    file_outcome = FileOutcome(
        path=name,
        format=result.format,
        encoding=result.encoding,
        errors=tuple(str(e) for e in result.errors),
        goals=tuple(goals),
        notices=tuple(notices),
    )
    return file_outcome, edits


def _plan_place(finding: PlanFinding) -> Place:
    """Where plan advice points: the heading or field it is about, else the plan."""
    loc = finding.location
    if loc is None:
        return Place(where="plan")
    if loc.line is not None:
        return Place(line=loc.line, column=loc.column, where=str(loc))
    return Place(where=str(loc))


def _read_text(path: Path, name: str, data: bytes | None) -> tuple[bytes, str, str, bytes] | None:
    """The bytes and decoded text of a text document (for suppressions and fixes)."""
    try:
        data = read_source(path, DEFAULT_LIMITS) if data is None else data
        decoded = decode_bytes(name, data)
    except SmartcheckError:
        return None
    return data, decoded.text, decoded.encoding, decoded.bom


def _docx_edits(
    result: DocumentResult, outcome: FileOutcome, wanted: tuple[str, ...]
) -> list[DocxEdit]:
    """The wanted suggestions of the active findings of a .docx, as phrase replacements in
    the goal's paragraph or cell."""
    edits: list[DocxEdit] = []
    for goal, judged in zip(result.goals, outcome.goals, strict=True):
        loc = goal.location
        for item in judged.findings:
            if item.status != "active" or getattr(item.finding, "source", None) is not None:
                continue
            for suggestion in item.finding.suggestions:
                if suggestion.applicability in wanted and len(suggestion.edits) == 1:
                    (edit,) = suggestion.edits
                    old = goal.text[edit.start : edit.end]
                    if old:
                        edits.append(
                            DocxEdit(
                                old, edit.replacement, loc.paragraph, loc.table, loc.row, loc.cell
                            )
                        )
                    break
    return edits


def _fix_docx(
    session: Session,
    path: Path,
    name: str,
    data: bytes | None,
    result: DocumentResult,
    outcome: FileOutcome,
) -> FileOutcome:
    """``--fix`` on a .docx writes ``NAME.fixed.docx`` beside it (never the original);
    ``--diff`` (and standard input) only lists the replacements."""
    edits = _docx_edits(result, outcome, _applicability(session))
    if not edits:
        return outcome
    target = fixed_name(path)
    if session.options.diff or data is not None:
        planned = "".join(
            f"{name} -> {target.name}: {e.where()}: {e.old!r} -> {e.new!r}\n" for e in edits
        )
        return replace(outcome, diff=planned)
    try:
        written, applied, refused = write_fixed_docx(path, read_source(path, DEFAULT_LIMITS), edits)
    except SmartcheckError as exc:
        return replace(outcome, errors=(*outcome.errors, str(exc)))
    notes = tuple(
        Notice(
            code=DOCX_NOTE_CODE,
            message=f"not fixed in {target.name}: {reason}",
            severity="info",
            place=Place(),
        )
        for reason in refused
    )
    fixes = tuple(f"wrote {written.name}: {line}" for line in applied) if written else ()
    return replace(outcome, notices=(*outcome.notices, *notes), fixes=fixes)


def _check(session: Session, path: Path, name: str, data: bytes | None) -> FileOutcome:
    """Check one document (from ``path``, or ``data`` read elsewhere and named ``name``)."""
    try:
        resolved = session.resolve(path)
        checker = session.checker(resolved)
    except SmartcheckError as exc:
        return FileOutcome(path=name, errors=(f"{name}: {exc}",))
    opts = session.options
    result = checker.check_document(
        name if data is not None else path,
        data=data,
        lang=opts.lang,
        reference_date=opts.reference_date,
    )
    read = _read_text(path, name, data) if result.format in TEXT_FORMATS else None
    outcome, edits = document_outcome(
        session, checker, resolved, path, name, result, read[1] if read else None
    )
    if result.format == "docx" and (opts.fix or opts.diff):
        return _fix_docx(session, path, name, data, result, outcome)
    if not edits or read is None or not (opts.fix or opts.diff):
        return outcome
    original, text, encoding, bom = read
    try:
        new_data, new_text = fixed_bytes(name, original, text, encoding, bom, edits)
    except FixWriteError as exc:
        return replace(outcome, errors=(*outcome.errors, str(exc)))
    if opts.diff or data is not None:
        return replace(outcome, diff=unified_diff(name, text, new_text))
    try:
        write_atomic(path, new_data, original)
    except FixWriteError as exc:
        return replace(outcome, errors=(*outcome.errors, str(exc)))
    after = _check(_without_fixing(session), path, name, None)
    count = len(edits)
    return replace(after, fixes=(f"{count} fix{'es' if count != 1 else ''} written",))


def _guarded(session: Session, path: Path, name: str, data: bytes | None) -> FileOutcome:
    """An unexpected error in one file is reported for that file (exit 4 at the end, since
    it is a bug) and never stops the others."""
    try:
        return _check(session, path, name, data)
    except Exception as exc:
        message = f"{name}: internal error: {type(exc).__name__}: {exc} (a bug; please report it)"
        return FileOutcome(path=name, errors=(message,), internal=True)


def check_path(session: Session, path: Path) -> FileOutcome:
    """Check one file (named or found in a folder), fixing it if asked."""
    return _guarded(session, path, str(path), None)


def check_stdin(session: Session, stream: BinaryIO) -> FileOutcome:
    """A document on standard input, read as the file ``--stdin-filename`` would be (its
    suffix picks the format, its folder the config); reported under that name, or ``-``.
    ``--fix`` never writes anywhere for standard input: it shows the diff."""
    name = session.options.stdin_filename or "-"
    at = Path(name) if session.options.stdin_filename else Path.cwd() / "stdin.txt"
    return _guarded(session, at, name, stream.read())


def _without_fixing(session: Session) -> Session:
    """The same session with fixing off (to re-check a file after its fixes were written)."""
    clone = Session(replace(session.options, fix=False, diff=False, baseline=None))
    clone.baseline = session.baseline
    clone.finder = session.finder
    clone.checkers = session.checkers
    return clone
