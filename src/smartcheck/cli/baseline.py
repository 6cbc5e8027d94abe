"""Baselines: findings recorded once (``--write-baseline``) do not fail later runs.

A finding is recorded by its file, rule code, the goal's text and the finding's text (not
by line: lines move when a document is edited). Counts are kept, so a second copy of a
recorded finding in the same file still fails.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from smartcheck.errors import ConfigError
from smartcheck.reporting.formats.model import FileOutcome

BASELINE_VERSION = 1
Key = tuple[str, str, str, str]


def _key(path: str, code: str, goal: str, text: str) -> Key:
    return (Path(path).as_posix(), code, goal, text)


class Baseline:
    def __init__(self, keys: Counter[Key] | None = None) -> None:
        self.keys: Counter[Key] = keys or Counter()

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = data["findings"]
            keys = Counter(_key(e["path"], e["code"], e["goal"], e["text"]) for e in entries)
        except FileNotFoundError:
            raise ConfigError(f"baseline {str(path)!r} does not exist") from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"baseline {str(path)!r} cannot be read: {exc}") from None
        return cls(keys)

    def take(self, path: str, code: str, goal: str, text: str) -> bool:
        """Whether this finding is in the baseline (each recorded copy matches once)."""
        key = _key(path, code, goal, text)
        if self.keys[key] > 0:
            self.keys[key] -= 1
            return True
        return False

    @staticmethod
    def write(path: Path, outcomes: list[FileOutcome]) -> int:
        entries: list[dict[str, Any]] = [
            {
                "path": Path(o.path).as_posix(),
                "code": f.finding.code,
                "goal": g.text,
                "text": f.finding.text,
            }
            for o in outcomes
            for g in o.goals
            for f in g.findings
            if f.status != "suppressed"
        ]
        data = {"version": BASELINE_VERSION, "findings": entries}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return len(entries)
