"""Find rule classes: built-ins and plugins, through the ``smartcheck.rules`` entry points.

Discovery happens in three small steps, each easy to test: find the entry points, load each
one on its own (a broken plugin is reported and skipped, or raises in strict mode), and
register the rule classes (duplicate codes or names fail loudly). The built-in rules are
registered through the same group; when smartcheck runs from a source tree without its
metadata, they are loaded directly so nothing changes for the user.

An entry point may refer to a function returning rule classes, a module with ``get_rules()``,
or a single rule class.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType

from smartcheck.errors import PluginError
from smartcheck.judging.rule import Rule

ENTRY_POINT_GROUP = "smartcheck.rules"
BUILTIN_ENTRY_POINT = "smartcheck.rules:get_rules"
PLUGIN_CODE_PATTERN = re.compile(r"^[A-Z]{2,3}[0-9]{3}$")
#: The one-letter code prefixes of smartcheck's own rule families: the five SMART criteria
#: and P (POP guidance, never scored). Plugins use two or three letters.
BUILTIN_PREFIXES = ("S", "M", "A", "R", "T", "P")

logger = logging.getLogger(__name__)


@dataclass
class RuleRegistry:
    """Rule classes by code, with a name index; insertion order is code order."""

    by_code: dict[str, type[Rule]] = field(default_factory=dict)
    by_name: dict[str, type[Rule]] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)

    def register(self, rule: type[Rule], origin: str, builtin: bool = False) -> None:
        if not (isinstance(rule, type) and issubclass(rule, Rule)):
            raise PluginError(f"{origin} gave {rule!r}, which is not a smartcheck Rule class")
        if not builtin and not PLUGIN_CODE_PATTERN.match(rule.code):
            raise PluginError(
                f"{origin}: plugin rule code {rule.code!r} must start with 2-3 capital letters "
                "(one-letter prefixes are reserved for smartcheck's own rule families: "
                f"{', '.join(BUILTIN_PREFIXES)})"
            )
        for index, key in ((self.by_code, rule.code), (self.by_name, rule.name)):
            taken = index.get(key)
            if taken is not None and taken is not rule:
                raise PluginError(
                    f"{origin}: rule {key!r} is already registered by {self.origin[taken.code]}"
                )
        self.by_code[rule.code] = rule
        self.by_name[rule.name] = rule
        self.origin[rule.code] = origin

    def __iter__(self) -> Iterator[type[Rule]]:
        return iter(sorted(self.by_code.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self.by_code)

    def get(self, key: str) -> type[Rule] | None:
        """A rule class by code, name or alias."""
        found = self.by_code.get(key.upper()) or self.by_name.get(key)
        if found is None:
            found = next((r for r in self.by_code.values() if key in r.aliases), None)
        return found


def _rules_from(obj: object, origin: str) -> list[type[Rule]]:
    if isinstance(obj, type) and issubclass(obj, Rule):
        return [obj]
    if isinstance(obj, ModuleType):
        getter = getattr(obj, "get_rules", None)
        if getter is None:
            raise PluginError(f"{origin}: module {obj.__name__} has no get_rules()")
        obj = getter
    if callable(obj):
        produced = obj()
        if not isinstance(produced, Iterable):
            raise PluginError(f"{origin}: get_rules() must return rule classes")
        return list(produced)
    raise PluginError(f"{origin}: {obj!r} is neither a Rule class, a module nor a function")


def _builtin_rules() -> list[type[Rule]]:
    from smartcheck.rules import get_rules

    return list(get_rules())


def discover_rules(strict: bool = False, eps: Iterable[EntryPoint] | None = None) -> RuleRegistry:
    """All rule classes: built-ins first, then every plugin that loads."""
    registry = RuleRegistry()
    for rule in _builtin_rules():
        registry.register(rule, "smartcheck (built-in)", builtin=True)
    found = list(entry_points(group=ENTRY_POINT_GROUP) if eps is None else eps)
    for ep in sorted(found, key=lambda e: (e.name, e.value)):
        if ep.value.replace(" ", "") == BUILTIN_ENTRY_POINT:
            continue
        origin = f"plugin {ep.name!r} ({ep.value})"
        try:
            rules = _rules_from(ep.load(), origin)
            for rule in rules:
                registry.register(rule, origin)
        except Exception as exc:
            if strict:
                if isinstance(exc, PluginError):
                    raise
                raise PluginError(f"{origin} failed to load: {exc!r}") from exc
            message = f"smartcheck: skipped {origin}: {exc}"
            logger.warning(message)
            warnings.warn(message, RuntimeWarning, stacklevel=2)
    return registry
