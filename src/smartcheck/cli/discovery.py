"""Which files ``smartcheck check PATH...`` reads: files named are always read; folders are
walked (symbolic links to folders are not followed, so a link loop cannot trap the walk)
for the include globs, minus the exclude globs and whatever ``.gitignore`` files ignore."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pathspec import GitIgnoreSpec

DEFAULT_INCLUDE = (
    "*.md",
    "*.markdown",
    "*.txt",
    "*.text",
    "*.docx",
    "*.yaml",
    "*.yml",
    "*.json",
)
DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    "node_modules",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    "build",
    "dist",
    "*.fixed.docx",
    "~$*",
)


def _matches(name: str, relative: str, globs: Iterable[str]) -> bool:
    """A glob without '/' matches a file or folder name anywhere; with '/' the path
    relative to the walked folder."""
    for glob in globs:
        if fnmatch.fnmatch(relative if "/" in glob else name, glob.rstrip("/")):
            return True
    return False


@dataclass
class _Ignores:
    """The .gitignore rules of a folder and its parents up to the repository's root."""

    specs: list[tuple[Path, GitIgnoreSpec]] = field(default_factory=list)

    def with_folder(self, folder: Path) -> _Ignores:
        gitignore = folder / ".gitignore"
        if not gitignore.is_file():
            return self
        try:
            lines = gitignore.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return self
        return _Ignores([*self.specs, (folder, GitIgnoreSpec.from_lines(lines))])

    def ignored(self, path: Path, is_dir: bool) -> bool:
        for base, spec in self.specs:
            try:
                relative = path.relative_to(base).as_posix()
            except ValueError:
                continue
            if spec.match_file(relative + ("/" if is_dir else "")):
                return True
        return False


def _parent_ignores(folder: Path) -> _Ignores:
    """The .gitignore files above ``folder``, up to the repository root (the folder that
    holds ``.git``); none when ``folder`` is not inside a repository."""
    chain: list[Path] = []
    for parent in folder.parents:
        chain.append(parent)
        if (parent / ".git").exists():
            break
    else:
        return _Ignores()
    ignores = _Ignores()
    for parent in reversed(chain):
        ignores = ignores.with_folder(parent)
    return ignores


def walk(
    root: Path, include: Iterable[str] = DEFAULT_INCLUDE, exclude: Iterable[str] = ()
) -> Iterator[Path]:
    """Files under ``root`` to check, in a stable (sorted) order."""
    include = tuple(include) or DEFAULT_INCLUDE
    exclude = (*DEFAULT_EXCLUDE, *exclude)
    # Absolute but not resolved paths: resolving would follow (and trip over) link loops.
    top = Path(os.path.abspath(root))
    stack: list[tuple[Path, _Ignores]] = [(top, _parent_ignores(top).with_folder(top))]
    while stack:
        folder, ignores = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue  # an unreadable sub-folder: its files cannot be listed, skip it
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            relative = path.relative_to(top).as_posix()
            is_dir = entry.is_dir(follow_symlinks=False)
            if _matches(entry.name, relative, exclude) or ignores.ignored(path, is_dir):
                continue
            if is_dir:
                subfolders.append(path)
            elif _matches(entry.name, relative, include):
                yield root / relative
        for sub in reversed(subfolders):
            stack.append((sub, ignores.with_folder(sub)))


def expand(paths: Iterable[str], include: Iterable[str], exclude: Iterable[str]) -> Iterator[Path]:
    """Every file to check for the command-line paths: named files as they are (whatever
    their kind: a FIFO or a missing file is reported by the reader, not skipped here)."""
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        found = walk(path, include, exclude) if path.is_dir() else iter([path])
        for item in found:
            key = Path(os.path.abspath(item))
            if key not in seen:
                seen.add(key)
                yield item
