"""Configuration: one pydantic model, read from pyproject.toml, smartcheck.toml, or code.

In ``pyproject.toml`` the settings live under ``[tool.smartcheck]``; in ``smartcheck.toml``
at the top level. Keys may be written ``snake_case`` or ``kebab-case``. Per-rule settings go
in ``[tool.smartcheck.rules.<code or name>]``: ``severity`` plus the rule's own options.
Unknown keys are rejected with a message that names them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from smartcheck.configuration.languages import ANY_LANG, LANG_CODE, Lang
from smartcheck.configuration.phase import Phase, phase_from_name, phase_problem
from smartcheck.criteria import Criterion, parse_criterion
from smartcheck.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found,no-redef,unused-ignore]

CONFIG_FILENAMES = ("smartcheck.toml", "pyproject.toml")


# A goal is a sentence or a short paragraph; this bound keeps one goal's parse well under a
# second and far below spaCy's own limit of 1,000,000 characters.
MAX_LENGTH_LIMIT = 100_000


def _kebab(name: str) -> str:
    return name.replace("_", "-")


#: "Enkele ontwikkeldoelen": the POP guides speak of a few goals; we read "a few" as at most 5
#: (an assumption, not a number from the guides): more than one year's plan can carry next to
#: the daily work.
DEFAULT_MAX_GOALS = 5


class Config(BaseModel):
    """Everything that changes what smartcheck reports. All fields have sensible defaults."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", alias_generator=_kebab, populate_by_name=True
    )
    select: tuple[str, ...] = Field(
        default=("ALL",),
        description="Rules to run: codes, code prefixes ('T'), names, criteria, or 'ALL'.",
    )
    extend_select: tuple[str, ...] = Field(default=(), description="Added to select.")
    ignore: tuple[str, ...] = Field(default=(), description="Rules not to run (same forms).")
    preview: bool = Field(default=False, description="Also run rules still in preview.")
    threshold: float = Field(
        default=0.5, ge=0.0, le=1.0, description="A criterion passes when its score >= this."
    )
    thresholds: dict[Criterion, Annotated[float, Field(ge=0.0, le=1.0)]] = Field(
        default_factory=dict, description="Per-criterion thresholds in [0, 1], e.g. {T = 0.6}."
    )
    lang: Lang | None = Field(
        default=None,
        pattern=LANG_CODE,
        description="Force the goal language instead of detecting it (a registered code).",
    )
    default_lang: Lang = Field(
        pattern=LANG_CODE,
        default="nl",
        description="Language assumed when a goal gives no clue (one word).",
    )
    message_lang: str = Field(
        default="goal",
        pattern=rf"^goal$|{LANG_CODE}",
        description="Language of messages: the goal's own ('goal'), or always one language.",
    )
    max_length: int = Field(
        default=5000,
        gt=0,
        le=MAX_LENGTH_LIMIT,
        description=f"Longest goal text accepted (at most {MAX_LENGTH_LIMIT:,}).",
    )
    max_goals: int = Field(
        default=DEFAULT_MAX_GOALS,
        ge=1,
        le=50,
        description="More goals than this in one POP document gets plan advice P101 "
        "(1 to 50; the guides ask for a few development goals).",
    )
    packs: tuple[Path, ...] = Field(default=(), description="Extra rule packs (YAML paths).")
    model: dict[str, str] = Field(
        default_factory=dict,
        description="Per language: 'shipped' (default), 'blank', a spaCy package or a path.",
    )
    rewriter: str = Field(
        default="template",
        description="Who writes rewrites: 'template' (built-in), 'none', or a plugin's name.",
    )
    strict_plugins: bool = Field(
        default=False, description="Fail instead of warn when a rule plugin cannot load."
    )
    rules: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="Per-rule settings keyed by code or name."
    )
    include: tuple[str, ...] = Field(
        default=(),
        description="File globs `smartcheck check` reads in folders (default: every document "
        "format it knows); files named on the command line are always read.",
    )
    exclude: tuple[str, ...] = Field(
        default=(),
        description="File or folder globs skipped when walking folders (added to "
        "the built-in ones: .git, .venv, node_modules, ... and what .gitignore ignores).",
    )
    per_file_ignores: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Glob (relative to the config file's folder) -> rules not reported there.",
    )
    phase: Phase | None = Field(
        default=None,
        description="The employee's phase for every goal checked: 'junior', 'vakvolwassen' or "
        "'senior' (also 'medior', 'mid-level', ...); a goal's own phase wins.",
    )

    @field_validator("thresholds", mode="before")
    @classmethod
    def _criterion_keys(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                parse_criterion(str(k)) if not isinstance(k, Criterion) else k: v
                for k, v in value.items()
            }
        return value

    @field_validator("model", mode="before")
    @classmethod
    def _model_per_lang(cls, value: Any) -> Any:
        if isinstance(value, str):  # one model name for every language ("*")
            return {ANY_LANG: value}
        return value

    @field_validator("phase", mode="before")
    @classmethod
    def _phase_name(cls, value: Any) -> Any:
        if value is None:
            return None
        found = phase_from_name(value)
        if found is None:
            raise ValueError(phase_problem(value))
        return found

    def threshold_for(self, criterion: Criterion) -> float:
        return self.thresholds.get(criterion, self.threshold)

    @classmethod
    def from_mapping(cls, data: dict[str, Any], source: str = "configuration") -> Config:
        """Validate a mapping; problems become one ConfigError that names each key."""
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise ConfigError(_describe(exc, source)) from None
        except ConfigError as exc:
            raise ConfigError(f"{source}: {exc}") from None

    @classmethod
    def from_file(cls, path: str | Path) -> Config:
        """Read ``smartcheck.toml`` (top level) or ``pyproject.toml`` (``[tool.smartcheck]``)."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {str(path)!r} does not exist") from None
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"config file {str(path)!r} cannot be read: {exc}") from None
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("smartcheck", {})
            source = f"[tool.smartcheck] in {path}"
        else:
            source = str(path)
        base = path.parent
        if isinstance(data.get("packs"), list):  # pack paths are relative to the config file
            data["packs"] = [str(base / p) for p in data["packs"]]
        model = data.get("model")  # so is a model folder's (a bare name is a package)
        if isinstance(model, str):
            data["model"] = _beside(base, model)
        elif isinstance(model, dict):
            data["model"] = {lang: _beside(base, spec) for lang, spec in model.items()}
        return cls.from_mapping(data, source)

    @classmethod
    def discover(cls, start: str | Path = ".") -> Config:
        """The config of the nearest folder (upwards) with smartcheck.toml or a pyproject
        that has a ``[tool.smartcheck]`` table; defaults if there is none."""
        folder = Path(start).resolve()
        for directory in [folder, *folder.parents]:
            for name in CONFIG_FILENAMES:
                candidate = directory / name
                if candidate.is_file() and (name != "pyproject.toml" or _has_table(candidate)):
                    return cls.from_file(candidate)
        return cls()


def _beside(base: Path, spec: Any) -> Any:
    """A relative model path read from the config file's folder; names and others as given."""
    if isinstance(spec, str) and ("/" in spec or "\\" in spec) and not Path(spec).is_absolute():
        return str(base / spec)
    return spec


def _has_table(pyproject: Path) -> bool:
    """Whether a found pyproject.toml holds ``[tool.smartcheck]``; one that does not parse
    is a ConfigError (it may have held the table that was meant to apply)."""
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"config file {str(pyproject)!r} cannot be read: {exc}") from None
    tool = data.get("tool", {})
    return isinstance(tool, dict) and "smartcheck" in tool


def _describe(exc: ValidationError, source: str) -> str:
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        if err["type"] == "extra_forbidden":
            problems.append(f"unknown key {where!r}")
        else:
            problems.append(f"{where}: {err['msg']}")
    return f"invalid {source}: " + "; ".join(problems)
