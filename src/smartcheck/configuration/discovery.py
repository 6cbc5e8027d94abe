"""Which config governs a file: the nearest ``smartcheck.toml`` or ``pyproject.toml`` with a
``[tool.smartcheck]`` table, from the file's folder upwards (as ruff finds its config).

In one folder ``smartcheck.toml`` wins over ``pyproject.toml``. A config file that is found
but does not parse is an error, never silently skipped: a broken ``pyproject.toml`` might
have held the table that was meant to apply.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from smartcheck.configuration.config import Config
from smartcheck.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found,no-redef,unused-ignore]


def governs(candidate: Path) -> bool:
    """Whether ``candidate`` is a config file that applies to its folder. A pyproject.toml
    without a ``[tool.smartcheck]`` table does not; one that cannot be parsed is an error."""
    if candidate.name == "smartcheck.toml":
        return candidate.is_file()
    if not candidate.is_file():
        return False
    try:
        data = tomllib.loads(candidate.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"config file {str(candidate)!r} cannot be read: {exc}") from None
    tool = data.get("tool", {})
    return isinstance(tool, dict) and "smartcheck" in tool


def folder_of(path: Path) -> Path:
    """The folder whose config applies to ``path`` (a file or a folder). The file itself is
    never resolved: it may be a symbolic link loop, which its reader reports."""
    absolute = Path(os.path.abspath(path))
    folder = absolute if absolute.is_dir() else absolute.parent
    try:
        return folder.resolve()
    except (OSError, RuntimeError):
        return folder


def find_config_file(start: Path) -> Path | None:
    """The config file governing ``start`` (a file or a folder), or None for the defaults."""
    folder = folder_of(start)
    for directory in [folder, *folder.parents]:
        for name in ("smartcheck.toml", "pyproject.toml"):
            candidate = directory / name
            if governs(candidate):
                return candidate
    return None


@dataclass(frozen=True)
class ResolvedConfig:
    """A config and the file it came from (None: the defaults). Per-file-ignore globs and
    include/exclude globs are relative to ``root``."""

    config: Config
    path: Path | None
    root: Path


@dataclass
class ConfigFinder:
    """Finds and reads each folder's config once per run (a run reads thousands of files in
    a few folders). ``forced`` (``--config FILE``) applies to every file; ``isolated``
    (``--isolated``) reads no config file at all, so running in an untrusted checkout never
    honours its packs or model."""

    forced: Path | None = None
    isolated: bool = False
    _by_folder: dict[Path, Path | None] = field(default_factory=dict)
    _by_file: dict[Path | None, ResolvedConfig] = field(default_factory=dict)

    def for_path(self, path: Path) -> ResolvedConfig:
        if self.isolated:
            config_file: Path | None = None
        elif self.forced is not None:
            config_file = self.forced
        else:
            folder = folder_of(path)
            if folder not in self._by_folder:
                self._by_folder[folder] = find_config_file(folder)
            config_file = self._by_folder[folder]
        if config_file not in self._by_file:
            if config_file is None:
                resolved = ResolvedConfig(Config(), None, Path.cwd())
            else:
                config = Config.from_file(config_file)
                resolved = ResolvedConfig(config, config_file, config_file.resolve().parent)
            self._by_file[config_file] = resolved
        return self._by_file[config_file]
