"""Which rules run: select / ignore by code, code prefix, name, criterion or alias.

Each selector that matches a rule has a specificity: an exact code, name or alias beats a
code prefix (longer prefixes beat shorter ones), which beats a criterion, which beats 'ALL'.
The most specific matching selector decides; on a tie, ignore wins. Preview rules only run
when preview is on or their exact code is selected.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum

from smartcheck.criteria import criterion_from_name
from smartcheck.judging.rule import Rule

EXACT = 100
CODE_PREFIX = re.compile(r"^[A-Za-z]{1,3}[0-9]{0,3}$")


class Decision(Enum):
    SELECTED = "selected"
    IGNORED = "ignored"


def specificity(selector: str, rule: type[Rule]) -> int | None:
    """How specifically ``selector`` names ``rule`` (higher is more specific), or None."""
    sel = selector.strip()
    if sel.upper() == "ALL":
        return 0
    if sel.upper() == rule.code or sel == rule.name or sel in rule.aliases:
        return EXACT
    if CODE_PREFIX.match(sel) and rule.code.startswith(sel.upper()):
        return 10 + len(sel)
    if rule.name.startswith(sel + "."):
        return 5 + sel.count(".")
    criterion = criterion_from_name(sel)
    if criterion is not None and criterion == rule.criterion:
        return 2
    return None


def code_specificity(selector: str, code: str) -> int | None:
    """How specifically ``selector`` names a bare code (advice that is no rule, such as the
    plan findings P101...): 'ALL' 0, a code prefix 10 + its length, the exact code EXACT."""
    sel = selector.strip()
    if sel.upper() == "ALL":
        return 0
    if sel.upper() == code:
        return EXACT
    if CODE_PREFIX.match(sel) and code.startswith(sel.upper()):
        return 10 + len(sel)
    return None


def decide(
    rule: type[Rule], select: Iterable[str], ignore: Iterable[str], preview: bool = False
) -> Decision:
    """Whether ``rule`` runs under this selection (a pure function, table-tested)."""
    best_select = max(
        (s for s in (specificity(x, rule) for x in select) if s is not None), default=None
    )
    best_ignore = max(
        (s for s in (specificity(x, rule) for x in ignore) if s is not None), default=None
    )
    if best_select is None:
        return Decision.IGNORED
    if best_ignore is not None and best_ignore >= best_select:
        return Decision.IGNORED
    if rule.status == "preview" and not preview and best_select < EXACT:
        return Decision.IGNORED
    return Decision.SELECTED


def unknown_selectors(selectors: Iterable[str], rules: Iterable[type[Rule]]) -> list[str]:
    """Selectors that match no known rule (reported as config errors: likely typos)."""
    every = list(rules)
    return [s for s in selectors if not any(specificity(s, r) is not None for r in every)]
