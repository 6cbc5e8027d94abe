"""Rule packs: the per-language data (lexicons, messages, questions, time words, templates).

A pack is a YAML file, ``rules/<lang>.yaml``, validated into :class:`RulePack` when loaded.
Users can layer packs of their own on top (``packs = ["our-sector.yaml"]`` in config): a user
pack names its ``lang`` and any sections it changes. Merging is deliberately simple so it can
be explained in one sentence: mappings merge key by key, lists are extended (duplicates
dropped), and other values are replaced.
"""

from __future__ import annotations

import stat
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from smartcheck.configuration.grammar import Grammar
from smartcheck.configuration.guidance import GuidanceTexts
from smartcheck.configuration.languages import BUILTIN_CODES, Lang, Language, builtin_languages
from smartcheck.configuration.lexicon_keys import LexiconKey, unknown_keys
from smartcheck.configuration.phase import Phase
from smartcheck.configuration.resources import rules_dir
from smartcheck.criteria import Criterion
from smartcheck.errors import RulePackError
from smartcheck.reading.timex import TimeTable

#: The built-in languages (a Checker also knows the ones plugins register).
SUPPORTED_LANGUAGES: tuple[Lang, ...] = BUILTIN_CODES


def as_lang(value: str) -> Lang:
    """A language code as the Lang type (codes are checked against the registry where a
    goal's language is chosen: :func:`smartcheck.reading.validation.validate_lang`)."""
    return value


class MessageText(BaseModel):
    """A rule's message (what is wrong) and fix title (what to do), with ``{field}`` slots."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    message: str
    fix: str | None = None

    @field_validator("message", "fix")
    @classmethod
    def _plain_slots(cls, value: str | None) -> str | None:
        if value is not None:
            check_template(value)
        return value


# Message templates come from user packs: only named slots with at most a short format, so a
# template can neither reach into an object ("{0.__class__}", "{x[0]}") nor ask for a
# gigabyte of padding ("{phrase:>999999999}").
_MAX_SPEC = 8


def check_template(template: str) -> None:
    """Raise ValueError unless every ``{slot}`` in ``template`` is a plain name."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ValueError(f"template {template!r} is malformed: {exc}") from None
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not name.isidentifier():
            raise ValueError(
                f"template {template!r}: slot {{{name}}} must be a plain name "
                "(no position, attribute or index)"
            )
        if conversion is not None or (spec and (len(spec) > _MAX_SPEC or "{" in spec)):
            raise ValueError(
                f"template {template!r}: slot {{{name}}} may only carry a short format "
                f"(at most {_MAX_SPEC} characters, no conversion)"
            )
        digits = "".join(c if c.isdigit() else " " for c in spec or "").split()
        if any(int(d) > 200 for d in digits):
            raise ValueError(f"template {template!r}: slot {{{name}}} asks for a width over 200")


#: The form's own fields that ``documents:``/``metadata`` labels may name.
MetaField = Literal[
    "conversation_date", "period", "period_start", "period_end", "phase", "employee", "manager"
]
METADATA_FIELDS: tuple[MetaField, ...] = get_args(MetaField)
#: The employee's phases in the POP-gesprek guides.
PHASES: tuple[Phase, ...] = tuple(Phase)


class DocumentWords(BaseModel):
    """How POP documents in this language announce goals (read by ``smartcheck.documents``).

    Entries are matched on whole words after lower-casing and dropping punctuation; a
    trailing ``*`` matches any ending of the last word (``leerdoel*``: leerdoel, leerdoelen).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    goal_headings: tuple[str, ...] = Field(
        default=(), description="A heading containing one of these announces goals."
    )
    other_headings: tuple[str, ...] = Field(
        default=(),
        description="A heading containing one of these starts a section that is never "
        "linted (personalia, reflection, strengths, signatures, agreements, links); it wins "
        "over goal_headings ('Reflectie op mijn doelen').",
    )
    goal_labels: tuple[str, ...] = Field(
        default=(), description="A line 'LABEL [n]: text' is a goal ('Doel 1:', 'Goal:')."
    )
    goal_fields: tuple[str, ...] = Field(
        default=(),
        description="Generic YAML/JSON keys that hold a goal inside a goal list ('text').",
    )
    columns: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Table headers, line labels and YAML/JSON keys per role: goal, "
        "deadline, support, owner.",
    )
    action_headings: tuple[str, ...] = Field(
        default=(),
        description="A heading containing one of these starts a section of agreed actions "
        "('Afspraken', 'Actieplan'); a non-empty one counts as agreed support (P102).",
    )
    metadata: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Labels of the form's own fields per field (conversation_date, period, "
        "period_start, period_end, phase, employee, manager): line labels ('Datum gesprek:'), "
        "form-table row labels and YAML/JSON keys.",
    )
    phases: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Words that name each phase (junior, vakvolwassen, senior) in a phase field.",
    )

    @field_validator("metadata")
    @classmethod
    def _known_fields(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        unknown = sorted(set(value) - set(METADATA_FIELDS))
        if unknown:
            raise ValueError(f"unknown metadata field(s) {unknown}; known: {list(METADATA_FIELDS)}")
        return value

    @field_validator("phases")
    @classmethod
    def _known_phases(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        unknown = sorted(set(value) - {p.value for p in PHASES})
        if unknown:
            raise ValueError(f"unknown phase(s) {unknown}; known: {[p.value for p in PHASES]}")
        return value


class RulePack(BaseModel):
    """The validated contents of one language's rule pack (built-in plus user layers)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    lang: str
    name: str = "core"
    description: str = ""
    function_words: frozenset[str] = Field(
        default=frozenset(), description="Frequent words of the language, for detection."
    )
    letter_cues: tuple[str, ...] = Field(
        default=(), description="Letter sequences frequent in this language, for detection."
    )
    grammar: Grammar = Field(default_factory=Grammar)
    lexicon: dict[LexiconKey, tuple[str, ...]] = Field(default_factory=dict)
    messages: dict[str, MessageText] = Field(default_factory=dict)
    questions: dict[Criterion, str] = Field(default_factory=dict)
    criterion_labels: dict[Criterion, str] = Field(
        default_factory=dict, description="The criteria's names in this language."
    )
    message_words: dict[str, str] = Field(
        default_factory=dict,
        description="Phrases put in message slots, with {n}: year, years, days; place_line, "
        "place_paragraph, place_cell (with {table}, {row}, {cell}) for plan advice.",
    )
    time: TimeTable
    rewrite: dict[str, Any] = Field(default_factory=dict)
    documents: DocumentWords = Field(default_factory=DocumentWords)
    guidance: GuidanceTexts = Field(default_factory=GuidanceTexts)

    def words(self, key: LexiconKey) -> tuple[str, ...]:
        """The lexicon entries under ``key`` (empty if the pack has none)."""
        return self.lexicon.get(key, ())


def merge_layers(base: Mapping[str, Any], layer: Mapping[str, Any]) -> dict[str, Any]:
    """Merge a user layer into a pack: mappings by key, lists extended, scalars replaced."""
    merged = dict(base)
    for key, value in layer.items():
        old = merged.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            merged[key] = merge_layers(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            merged[key] = old + [v for v in value if v not in old]
        else:
            merged[key] = value
    return merged


#: libyaml's loader when PyYAML was built with it: ten times faster on a pack than the
#: pure-Python one, same result.
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: Any) -> Any:
    """Parse YAML text or an open file with the safe loader (libyaml's when available)."""
    return yaml.load(source, Loader=YAML_LOADER)


#: The largest rule pack file read (the shipped packs are about 100 kB): a bigger one is
#: refused before parsing, so a wrong path or a hostile file cannot take minutes and gigabytes.
MAX_PACK_BYTES = 2_000_000


def read_pack_file(path: Path) -> dict[str, Any]:
    """Read one pack file into a mapping; any problem is a RulePackError naming the file.
    Only a regular file of at most MAX_PACK_BYTES is read (a FIFO or device would block or
    never end), parsed with libyaml's safe loader when available."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise RulePackError(f"rule pack {str(path)!r} does not exist") from None
    except OSError as exc:
        raise RulePackError(f"rule pack {str(path)!r} cannot be read: {exc}") from None
    if not stat.S_ISREG(info.st_mode):
        kind = "a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise RulePackError(f"rule pack {str(path)!r} is {kind}; give the path of a YAML file")
    if info.st_size > MAX_PACK_BYTES:
        raise RulePackError(
            f"rule pack {str(path)!r} is {info.st_size:,} bytes, more than the limit of "
            f"{MAX_PACK_BYTES:,}; a rule pack holds words and messages, not data"
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PACK_BYTES + 1)
        if len(data) > MAX_PACK_BYTES:  # grew after stat
            raise RulePackError(
                f"rule pack {str(path)!r} is more than the limit of {MAX_PACK_BYTES:,} bytes"
            )
        raw = load_yaml(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RulePackError(f"rule pack {str(path)!r} cannot be read: {exc}") from None
    if not isinstance(raw, dict):
        raise RulePackError(f"rule pack {str(path)!r} must be a mapping at the top level")
    return raw


def build_pack(layers: Sequence[tuple[str, Mapping[str, Any]]]) -> RulePack:
    """Merge named layers (first is the base) and validate the result."""
    merged: dict[str, Any] = {}
    for name, layer in layers:
        lexicon = layer.get("lexicon")
        if isinstance(lexicon, Mapping):
            unknown = unknown_keys(lexicon)
            if unknown:
                raise RulePackError(f"rule pack {name!r}: {'; '.join(unknown)}")
        merged = merge_layers(merged, layer)
    try:
        return RulePack.model_validate(merged)
    except ValidationError as exc:
        sources = " + ".join(name for name, _ in layers)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise RulePackError(f"rule pack {sources} is invalid: {problems}") from None


@cache
def _builtin_layer(lang: str) -> dict[str, Any]:
    return read_pack_file(rules_dir() / f"{lang}.yaml")


def _pack_layer(path: Path) -> Mapping[str, Any]:
    """A language's own pack file (the shipped ones are read once per process)."""
    if path.parent == rules_dir() and path.stem in BUILTIN_CODES:
        return _builtin_layer(path.stem)
    return read_pack_file(path)


def load_pack(
    lang: str,
    extra: Iterable[Path] = (),
    languages: Mapping[Lang, Language] | None = None,
    read: Callable[[Path], Mapping[str, Any]] = read_pack_file,
) -> RulePack:
    """The pack for ``lang``: its registered pack file plus every user pack in ``extra`` for
    that lang. ``languages`` is the registry (default: the built-in languages); ``read``
    reads a user pack (a Checker passes one that parses each file once)."""
    known = builtin_languages() if languages is None else languages
    language = known.get(lang)
    if language is None:
        raise RulePackError(f"no rule pack for language {lang!r}; registered: {', '.join(known)}")
    base = f"rules/{lang}.yaml" if lang in BUILTIN_CODES else str(language.pack)
    layers: list[tuple[str, Mapping[str, Any]]] = [(base, _pack_layer(language.pack))]
    for path in extra:
        layer = read(Path(path))
        layer_lang = layer.get("lang")
        if layer_lang not in known:
            raise RulePackError(
                f"rule pack {str(path)!r} must say which language it extends "
                f"(lang: {' or lang: '.join(known)}), not {layer_lang!r}"
            )
        if layer_lang == lang:
            layers.append((str(path), layer))
    return build_pack(layers)


@cache
def builtin_pack(lang: str) -> RulePack:
    """The built-in pack for ``lang``, loaded once per process."""
    return load_pack(lang)
