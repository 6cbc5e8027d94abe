"""The languages smartcheck reads: one registry, so a language is added in one place.

A language is a rule pack (``rules/<code>.yaml``: its words, grammar traits, messages and time
words), a spaCy pipeline (or ``spacy.blank``) and one registration. Dutch and English are
built in; any installed package can add a language through the ``smartcheck.languages`` entry
point, whose object is a :class:`Language` (or a function returning one)::

    [project.entry-points."smartcheck.languages"]
    da = "smartcheck_da:LANGUAGE"

Nothing else in the code names a language: the reading stage branches on the pack's
``grammar`` traits, never on the code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

from smartcheck.configuration.resources import rules_dir
from smartcheck.errors import RulePackError

#: A registered language's code ("nl", "en", or one a plugin registers). A plain ``str``:
#: the set is open, and :func:`registered_languages` says which codes exist.
Lang = str

#: What a language code looks like (ISO 639-1/-3, as spaCy names its languages).
LANG_CODE = r"^[a-z]{2,3}$"
#: The ``model`` config key for every language not named on its own (``model = "blank"``).
ANY_LANG = "*"
ENTRY_POINT_GROUP = "smartcheck.languages"
#: The languages smartcheck ships, in the order detection prefers them on a tie.
BUILTIN_CODES: tuple[Lang, ...] = ("nl", "en")


@dataclass(frozen=True)
class Language:
    """One language: its code (a spaCy language code), its rule pack and its pipeline."""

    code: Lang
    pack: Path
    #: The pipeline used unless the config names one: "shipped" (``models/pipelines/<code>``,
    #: blank when absent), "blank", a spaCy package name or a path.
    model: str = "blank"
    #: Guessed by language detection (built-ins); a plugin language is chosen with ``lang=``.
    detectable: bool = False


def builtin_languages() -> dict[Lang, Language]:
    return {
        code: Language(code, rules_dir() / f"{code}.yaml", model="shipped", detectable=True)
        for code in BUILTIN_CODES
    }


def registered_languages(eps: Iterable[EntryPoint] | None = None) -> dict[Lang, Language]:
    """Built-in languages plus every ``smartcheck.languages`` entry point (read once per
    Checker; a plugin cannot replace a built-in language)."""
    found = builtin_languages()
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP) if eps is None else eps, key=str):
        origin = f"language plugin {ep.name!r} ({ep.value})"
        try:
            obj = ep.load()
            language = obj() if callable(obj) and not isinstance(obj, Language) else obj
        except Exception as exc:
            raise RulePackError(f"{origin} failed to load: {exc!r}") from exc
        if not isinstance(language, Language):
            raise RulePackError(f"{origin} gave {language!r}, not a smartcheck Language")
        if language.code in found:
            raise RulePackError(f"{origin}: language {language.code!r} is already registered")
        found[language.code] = language
    return found


def check_lang(value: object, languages: Mapping[Lang, Language]) -> Lang:
    """``value`` as a registered language code, or a RulePackError naming the choices."""
    code = value.strip().lower() if isinstance(value, str) else None
    if code is None or code not in languages:
        raise RulePackError(
            f"no rule pack for language {value!r}; registered: {', '.join(languages)}"
        )
    return code
