"""The Checker: pipelines, rules and config held together, reusable across many goals.

``smartcheck.check`` and friends use a cached default Checker; build your own to use a
different config. A Checker keeps no per-goal state, so one instance can serve a notebook or
a web service; two Checkers with different configs coexist in one process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ValidationError

from smartcheck.batch import pooled, progress_bar, split_keys
from smartcheck.configuration.config import Config
from smartcheck.configuration.languages import ANY_LANG, Lang, Language, registered_languages
from smartcheck.configuration.packs import (
    SUPPORTED_LANGUAGES,
    RulePack,
    as_lang,
    load_pack,
    read_pack_file,
)
from smartcheck.configuration.phase import Phase, phase_from_name, phase_problem
from smartcheck.criteria import Criterion
from smartcheck.documents.found import ReadDocument
from smartcheck.documents.limits import DEFAULT_LIMITS, ReadLimits
from smartcheck.documents.metadata import resolve_metadata
from smartcheck.documents.models import (
    ContextValue,
    DocumentError,
    DocumentGoal,
    DocumentMetadata,
    DocumentResult,
)
from smartcheck.documents.plan import PLAN_CODES, plan_findings
from smartcheck.documents.reader import read_document
from smartcheck.documents.vocabulary import DocumentVocabulary
from smartcheck.errors import (
    ConfigError,
    DocumentReadError,
    InvalidArgumentError,
    InvalidGoalError,
    SmartcheckError,
    UnsupportedLanguageError,
)
from smartcheck.fixing.rewrite.base import Rewriter, load_rewriter, rewrite_all
from smartcheck.fixing.rewrite.isolation import guarded
from smartcheck.fixing.rewrite.noted import (
    with_given,
)
from smartcheck.fixing.rewrite.whole_text import WholeTextRewrites
from smartcheck.judging.context import RuleContext
from smartcheck.judging.registry import RuleRegistry, discover_rules
from smartcheck.judging.rule import Rule
from smartcheck.judging.scoring import criterion_score
from smartcheck.judging.selection import Decision, code_specificity, decide, unknown_selectors
from smartcheck.judging.situation import without_context
from smartcheck.reading.anatomy import read_anatomy
from smartcheck.reading.anchors import without_modifier_anchors
from smartcheck.reading.event_dates import dated_events_dropped
from smartcheck.reading.goal import ContextField, ContextName, Goal
from smartcheck.reading.language import detect_language
from smartcheck.reading.list_items import own_goals_reader
from smartcheck.reading.past_dates import beside_past_dropped, past_dates_dropped
from smartcheck.reading.pipeline import (
    calm_down,
    describe_pipeline,
    get_pipeline,
    is_shouted,
    pictured_tail,
    pipeline_lock,
    restore_case,
    with_tail,
)
from smartcheck.reading.review_moments import review_moments_read
from smartcheck.reading.surface import Surface, normalise
from smartcheck.reading.timex import find_time_expressions, governing_deadline, pointing_back
from smartcheck.reading.validation import (
    validate_choice,
    validate_lang,
    validate_positive,
    validate_reference_date,
    validate_text,
)
from smartcheck.reporting.report import CriterionScore, Evidence, Finding, GoalError, GoalReport

if TYPE_CHECKING:
    from spacy.tokens import Doc

ErrorPolicy = Literal["report", "raise"]
ContextInput = Mapping[str, "str | ContextValue"] | Iterable[ContextField] | None
_CONTEXT_NAMES: tuple[ContextName, ...] = ("deadline", "support", "owner", "phase")
PhaseInput = Phase | str | None


def validate_phase(phase: object) -> Phase | None:
    """A phase argument as a :class:`Phase` (``None`` stays None); a name that is no phase is
    an :class:`InvalidArgumentError` that lists the accepted names."""
    if phase is None:
        return None
    found = phase_from_name(phase)
    if found is None:
        raise InvalidArgumentError(phase_problem(phase))
    return found


class Checker:
    """Checks goals against SMART with one configuration."""

    def __init__(self, config: Config | dict[str, Any] | None = None) -> None:
        if isinstance(config, dict):
            config = Config.from_mapping(config)
        self.config: Config = config or Config()
        self.registry: RuleRegistry = discover_rules(strict=self.config.strict_plugins)
        self.rules: list[Rule] = self._build_rules()
        self.rewriter: Rewriter = load_rewriter(self.config.rewriter)
        self.whole_text = WholeTextRewrites(self)
        self._packs: dict[str, RulePack] = {}
        self._user_packs: dict[str, dict[str, Any]] = {}
        self._contexts: dict[str, RuleContext] = {}
        self._parser_names: dict[str, str] = {}
        self._vocabulary: DocumentVocabulary | None = None
        self.languages: dict[Lang, Language] = registered_languages()
        self._check_config_languages()
        self._validate_user_packs()

    def _validate_user_packs(self) -> None:
        """Build now the packs that user packs change, so a broken user pack fails here, not
        mid-batch; the other languages' packs are loaded when a goal first needs them."""
        layered = {self._user_pack(Path(path)).get("lang") for path in self.config.packs}
        for lang in self.languages:
            if lang in layered or not layered <= set(self.languages):
                self.pack(lang)

    def _user_pack(self, path: Path) -> dict[str, Any]:
        """A user pack file, parsed once per Checker (every language's pack layers it)."""
        key = str(path)
        if key not in self._user_packs:
            self._user_packs[key] = read_pack_file(path)
        return self._user_packs[key]

    def _check_config_languages(self) -> None:
        cfg = self.config
        for key, code in (("lang", cfg.lang), ("default-lang", cfg.default_lang)):
            if code is not None and code not in self.languages:
                raise ConfigError(
                    f"{key} {code!r} is not a registered language ({', '.join(self.languages)})"
                )
        if cfg.message_lang != "goal" and cfg.message_lang not in self.languages:
            raise ConfigError(
                f"message-lang {cfg.message_lang!r} is 'goal' or a registered language "
                f"({', '.join(self.languages)})"
            )

    # -- set-up -----------------------------------------------------------------------------
    def _build_rules(self) -> list[Rule]:
        cfg = self.config
        select = [*cfg.select, *cfg.extend_select]
        unknown = [
            s
            for s in unknown_selectors([*select, *cfg.ignore], self.registry)
            if not any(code_specificity(s, code) is not None for code in PLAN_CODES)
        ]
        if unknown:
            raise ConfigError(f"select/ignore name no known rule: {', '.join(unknown)}")
        settings = self._rule_settings()
        rules = []
        for cls in self.registry:
            if decide(cls, select, cfg.ignore, cfg.preview) is Decision.SELECTED:
                rules.append(self._instantiate(cls, settings.get(cls.code, {})))
        return rules

    def _rule_settings(self) -> dict[str, dict[str, Any]]:
        by_code: dict[str, dict[str, Any]] = {}
        for key, values in self.config.rules.items():
            cls = self.registry.get(key)
            if cls is None:
                raise ConfigError(f"[rules.{key}]: no rule has the code, name or alias {key!r}")
            by_code.setdefault(cls.code, {}).update(values)
        return by_code

    @staticmethod
    def _instantiate(cls: type[Rule], values: dict[str, Any]) -> Rule:
        values = dict(values)
        severity = values.pop("severity", None)
        if severity not in (None, "error", "warning", "info"):
            raise ConfigError(
                f"[rules.{cls.code}] severity {severity!r} must be error, warning or info"
            )
        try:
            options: BaseModel = cls.Options.model_validate(values)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])}: "
                + ("unknown option" if e["type"] == "extra_forbidden" else e["msg"])
                for e in exc.errors()
            )
            raise ConfigError(f"[rules.{cls.code}] ({cls.name}): {problems}") from None
        return cls(options=options, severity=severity)

    def pack(self, lang: str) -> RulePack:
        """The rule pack for ``lang`` with the config's user packs layered on top."""
        if lang not in self._packs:
            self._packs[lang] = load_pack(
                lang, self.config.packs, self.languages, read=self._user_pack
            )
        return self._packs[lang]

    def context(self, lang: str) -> RuleContext:
        """One context per goal language: its compiled lexicon matchers are reused by every
        goal, whatever its reference date (rules read that from the goal)."""
        if lang not in self._contexts:
            message_lang = lang if self.config.message_lang == "goal" else self.config.message_lang
            self._contexts[lang] = RuleContext(
                pack=self.pack(lang),
                message_pack=self.pack(message_lang),
                tokenize=lambda text: [t.text for t in self.nlp(lang).tokenizer(text)],
            )
        return self._contexts[lang]

    def _parser_name(self, lang: str) -> str:
        if lang not in self._parser_names:
            self._parser_names[lang] = describe_pipeline(self.nlp(lang))
        return self._parser_names[lang]

    def nlp(self, lang: str) -> Any:
        """The spaCy pipeline used for ``lang`` (loaded on first use). When no selected rule
        and no rewriter reads the parse, the trained pipeline is not loaded at all."""
        spec = self.config.model.get(lang) or self.config.model.get(ANY_LANG)
        if spec is None:
            spec = self._default_model
            language = self.languages.get(lang)
            if spec == "shipped" and language is not None:
                spec = language.model  # a plugin language names its own pipeline
        return get_pipeline(lang, spec)

    @property
    def _default_model(self) -> str:
        needs_parse = self.config.rewriter != "none" or any(
            "parse" in rule.requires for rule in self.rules
        )
        return "shipped" if needs_parse else "blank"

    # -- reading goals ----------------------------------------------------------------------
    def surface(self, text: str, lang: str) -> Surface:
        """The normalised text that is judged for ``text`` and the way back to its offsets
        (list markers, labels, whitespace, quotes, case; see reading.surface)."""
        pack = self.pack(lang)
        return normalise(
            text,
            pack.words("goal_labels"),
            pack.words("fixed_case"),
            (*pack.words("known_names"), *pack.words("ambiguous_names"), *_calendar_names(pack)),
            (*pack.words("numbered_nouns"), *pack.time.units, *pack.time.period_units),
            own_goals_reader(self.nlp(lang), pack),
        )

    def _resolve_lang(self, text: str, lang: str | None) -> str:
        chosen = lang or self.config.lang
        if chosen is not None:
            return validate_lang(chosen, self.languages)
        return detect_language(text, default=self.config.default_lang)

    def _goal_from_doc(
        self,
        text: str,
        lang: str,
        doc: Doc,
        reference_date: date,
        context: ContextInput = None,
        phase: Phase | None = None,
    ) -> Goal:
        return self._read(text, lang, doc, reference_date, context, phase)[0]

    def _read(
        self,
        text: str,
        lang: str,
        doc: Doc,
        reference_date: date,
        context: ContextInput = None,
        phase: Phase | None = None,
    ) -> tuple[Goal, RuleContext]:
        """The goal read from its Doc, and the context bound to its features (one pass of
        the lexicon over the Doc, shared by the anatomy, the rules and the rewriter)."""
        ctx = self.context(lang).bind(doc)
        code = as_lang(lang)
        times = tuple(find_time_expressions(text, code, reference_date, ctx.pack.time))
        times = without_modifier_anchors(times, doc)
        times = dated_events_dropped(times, text, ctx.pack)  # 'na mijn crash in augustus'
        times = past_dates_dropped(  # '... In september kreeg ik twee klachten.'
            times,
            doc,
            ctx.pack.time.events.markers.weak,
            (*ctx.pack.words("modal_verbs"), *ctx.pack.words("wish_verbs")),
        )
        times = beside_past_dropped(  # 'Vorig jaar in mei ...', 'last year in June'
            times, text, reference_date, ctx.pack.time.events.markers.weak
        )
        # 'Elke week ... Na drie maanden evalueer ik ...': the routine's review moment
        times = review_moments_read(times, doc, ctx.matcher("review_acts").find(doc))
        anatomy = read_anatomy(doc, ctx, times, pointing_back(times, reference_date))
        goal = Goal(
            text=text,
            lang=code,
            reference_date=reference_date,
            deadlines=times,
            deadline=governing_deadline(times),
            context=self._context_fields(code, reference_date, context, phase),
            parser=self._parser_name(lang),
            **anatomy,
        )
        return goal.with_doc(doc), ctx

    def _context_fields(
        self, lang: str, reference_date: date, context: ContextInput, phase: Phase | None = None
    ) -> tuple[ContextField, ...]:
        """Context as ContextFields; a deadline field gets its time expressions read, a phase
        field its normalised name. Without a phase field the goal gets ``phase`` (the call's)
        or else the config's, so the goal's own phase always wins."""
        fields = self._given_fields(context)
        if not any(f.name == "phase" for f in fields):
            if phase is not None:
                fields.append(_phase_field(phase, "phase argument"))
            elif self.config.phase is not None:
                fields.append(_phase_field(self.config.phase, "config phase"))
        if not fields:
            return ()
        time = self.context(lang).pack.time
        code = as_lang(lang)
        return tuple(
            f.model_copy(
                update={
                    "deadlines": tuple(find_time_expressions(f.text, code, reference_date, time))
                }
            )
            if f.name == "deadline"
            else _normalised_phase(f)
            if f.name == "phase"
            else f
            for f in fields
        )

    @staticmethod
    def _given_fields(context: ContextInput) -> list[ContextField]:
        """The caller's or the document's context as a list of ContextFields."""
        if context is None:
            return []
        if isinstance(context, Mapping):
            fields = []
            for name, value in context.items():
                if name not in _CONTEXT_NAMES:
                    raise ConfigError(
                        f"context field {name!r} is not one of {', '.join(_CONTEXT_NAMES)}"
                    )
                text = value.value if isinstance(value, Phase) else value
                text = text if isinstance(text, str) else text.text
                source = f"{name} field" if isinstance(value, str) else value.source
                fields.append(
                    ContextField.model_validate({"name": name, "text": text, "source": source})
                )
            return fields
        return list(context)

    def parse(
        self,
        text: str,
        lang: str | None = None,
        reference_date: date | None = None,
        context: ContextInput = None,
        phase: PhaseInput = None,
    ) -> Goal:
        """Read one goal: language, spaCy Doc, time expressions and anatomy. ``context``
        holds facts that stood beside the goal, e.g. ``{"deadline": "1 juli 2027",
        "support": "coach Peter"}``: a deadline there counts for T, support for R, an owner
        for A, a phase ("junior", "vakvolwassen", "senior") for realism and advice.
        ``phase`` is the employee's phase when the context names none (else the config's).
        The goal's spans point into ``text``; its Doc is the parse of the normalised text
        that is judged (:meth:`surface`)."""
        text = validate_text(text, self.config.max_length)
        lang = self._resolve_lang(text, lang)
        ref = validate_reference_date(reference_date)
        stage = validate_phase(phase)
        surface = self.surface(text, lang)
        doc = self._parse(lang, [surface.text])[0]
        return surface.restore(self._goal_from_doc(surface.text, lang, doc, ref, context, stage))

    def _parse(self, lang: str, texts: list[str]) -> list[Doc]:
        """Docs for ``texts``; shouted goals are parsed in sentence case, then given back
        their own characters (see nlp.restore_case). Parsing holds the pipeline's lock:
        threads sharing a pipeline parse one at a time."""
        # trailing emoji are punctuation, read after the parse; a text of emoji alone is read
        words = [t[: pictured_tail(t)] or t for t in texts]
        shouted = [is_shouted(t) for t in words]
        inputs = [calm_down(t) if s else t for t, s in zip(words, shouted, strict=True)]
        nlp = self.nlp(lang)
        with pipeline_lock(nlp):
            docs = list(nlp.pipe(inputs, batch_size=max(1, len(inputs))))
        docs = [
            restore_case(d, t) if s else d for d, t, s in zip(docs, words, shouted, strict=True)
        ]
        return [
            with_tail(d, t) if len(w) < len(t) else d
            for d, w, t in zip(docs, words, texts, strict=True)
        ]

    # -- checking ---------------------------------------------------------------------------
    def evaluate(self, goal: Goal, given: frozenset[Criterion] = frozenset()) -> GoalReport:
        """Run the selected rules on a parsed goal and score the five criteria. ``given``:
        criteria the text around the goal already meets (passed, so not asked for)."""
        surface = self.surface(goal.text, goal.lang)
        if surface.unchanged:
            ctx = self.context(goal.lang)
            bound = ctx.bind(goal.doc) if goal.doc is not None else ctx
            return self._evaluate(goal, bound, given)
        doc = goal.doc
        if doc is None or doc.text != surface.text:
            doc = self._parse(goal.lang, [surface.text])[0]
        judged = self._read(surface.text, goal.lang, doc, goal.reference_date, goal.context)
        return surface.restore(self._evaluate(*judged, given))

    def _evaluate(
        self, goal: Goal, ctx: RuleContext, given: frozenset[Criterion] = frozenset()
    ) -> GoalReport:
        report = with_given(self._judge(goal, ctx), given)
        if report.is_smart:
            return report
        return self._with_rewrites(report, ctx, self._rewrites_of(report, ctx))

    def _rewrites_of(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...] | None:
        """The rewriter's candidates for one failing goal; None when it fails on the goal."""
        return guarded(
            report.goal.text, lambda: tuple(self.rewriter.rewrite(report, ctx)), lambda: None
        )

    def _with_rewrites(
        self, report: GoalReport, ctx: RuleContext, rewrites: tuple[str, ...] | None
    ) -> GoalReport:
        """A failing goal's report with its rewrites: the template's, then what the steps
        that read the whole text make of them (fixing/rewrite/whole_text.py). A rewriter
        that failed on the goal (None) leaves it the structured fallback, as its warning
        says: the steps after it build on candidates it never gave."""
        if self.config.rewriter == "none":
            return report.model_copy(update={"rewrite": None, "rewrites": rewrites or ()})
        if rewrites is None:
            return self.whole_text.fallback_only(report, ctx)
        return guarded(
            report.goal.text,
            lambda: self.whole_text.finish(report, ctx, rewrites),
            lambda: self.whole_text.fallback_only(report, ctx),
        )

    def _judge(self, goal: Goal, ctx: RuleContext) -> GoalReport:
        """The report without rewrites: rules run and the five criteria scored; a goal with
        sentences of context is judged without them (judging/situation.py)."""
        cut = without_context(goal) if goal.doc is not None else None
        if cut is None:
            return self._judge_text(goal, ctx)
        doc = self._parse(goal.lang, [cut.text])[0]
        inner, bound = self._read(cut.text, goal.lang, doc, goal.reference_date)
        inner = inner.model_copy(update={"context": goal.context}).with_doc(doc)
        report = self._judge_text(inner, bound)
        criteria = {
            c: score.model_copy(
                update={
                    "findings": tuple(cut.back(f) for f in score.findings),
                    "evidence": tuple(cut.back(e) for e in score.evidence),
                }
            )
            for c, score in report.criteria.items()
        }
        guidance = tuple(cut.back(f) for f in report.guidance)
        return report.model_copy(update={"goal": goal, "criteria": criteria, "guidance": guidance})

    def _judge_text(self, goal: Goal, ctx: RuleContext) -> GoalReport:
        """The report of ``goal`` as its text stands: rules run and the criteria scored."""
        findings: dict[Criterion, list[Finding]] = {c: [] for c in Criterion}
        evidence: dict[Criterion, list[Evidence]] = {c: [] for c in Criterion}
        guidance: list[Finding] = []
        for rule in self.rules:
            if rule.languages and goal.lang not in rule.languages:
                continue
            for item in rule.evaluate(goal, ctx):
                if rule.family == "guidance":  # advice: reported apart, never scored
                    if isinstance(item, Finding):
                        guidance.append(item)
                elif isinstance(item, Finding):
                    findings[item.criterion].append(item)
                else:
                    evidence[item.criterion].append(item)
        message_lang = ctx.message_pack.lang
        criteria: dict[Criterion, CriterionScore] = {}
        for criterion in Criterion:
            score = criterion_score(findings[criterion], evidence[criterion])
            threshold = self.config.threshold_for(criterion)
            passed = score >= threshold
            criteria[criterion] = CriterionScore(
                criterion=criterion,
                label=self.pack(message_lang).criterion_labels.get(criterion)
                or criterion.label(message_lang),
                score=score,
                threshold=threshold,
                passed=passed,
                findings=tuple(sorted(findings[criterion], key=lambda f: (f.start, f.code))),
                evidence=tuple(sorted(evidence[criterion], key=lambda e: (e.start, e.code))),
                question=None if passed else ctx.message_pack.questions.get(criterion),
            )
        is_smart = all(c.passed for c in criteria.values())
        overall = round(sum(c.score for c in criteria.values()) / len(criteria), 4)
        return GoalReport(
            lang=goal.lang,
            goal=goal,
            criteria=criteria,
            is_smart=is_smart,
            overall=overall,
            guidance=tuple(sorted(guidance, key=lambda f: (f.start, f.code))),
        )

    def _judge_all(
        self, items: list[tuple[Goal, RuleContext]]
    ) -> list[GoalReport | SmartcheckError]:
        """Reports for a batch of read goals; the failing goals' rewrites are asked of the
        rewriter together (the template rewriter then parses all candidates in one pipe).
        An error in one goal stands in its place and never stops the others."""
        judged: list[tuple[GoalReport, RuleContext] | SmartcheckError] = []
        for goal, ctx in items:
            try:
                judged.append((self._judge(goal, ctx), ctx))
            except SmartcheckError as exc:
                judged.append(exc)
        failing = [j for j in judged if not isinstance(j, SmartcheckError) and not j[0].is_smart]
        found: Iterator[tuple[str, ...]] | None
        try:
            found = iter(rewrite_all(self.rewriter, failing))
        except Exception:  # asked one by one below, so only the bad goal fails
            found = None
        results: list[GoalReport | SmartcheckError] = []
        for item in judged:
            if isinstance(item, SmartcheckError) or item[0].is_smart:
                results.append(item if isinstance(item, SmartcheckError) else item[0])
                continue
            report, ctx = item
            try:
                rewrites = next(found) if found is not None else self._rewrites_of(report, ctx)
                shown = tuple(rewrites) if rewrites is not None else None
                results.append(self._with_rewrites(report, ctx, shown))
            except SmartcheckError as exc:
                results.append(exc)
        return results

    def check(
        self,
        text: str,
        lang: str | None = None,
        reference_date: date | None = None,
        context: ContextInput = None,
        phase: PhaseInput = None,
    ) -> GoalReport:
        """Parse and check one goal (``context`` and ``phase``: see :meth:`parse`)."""
        text = validate_text(text, self.config.max_length)
        code = self._resolve_lang(text, lang)
        ref = validate_reference_date(reference_date)
        stage = validate_phase(phase)
        surface = self.surface(text, code)
        doc = self._parse(code, [surface.text])[0]
        judged = self._read(surface.text, code, doc, ref, context, stage)
        return surface.restore(self._evaluate(*judged))

    # -- documents --------------------------------------------------------------------------
    @property
    def document_vocabulary(self) -> DocumentVocabulary:
        """Goal headings, labels and columns of every language's pack (user packs included)."""
        if self._vocabulary is None:
            self._vocabulary = DocumentVocabulary(
                self.pack(code).documents for code in SUPPORTED_LANGUAGES
            )
        return self._vocabulary

    def check_document(
        self,
        path: str | Path,
        *,
        data: bytes | None = None,
        format: str | None = None,
        lang: str | None = None,
        reference_date: date | None = None,
        limits: ReadLimits = DEFAULT_LIMITS,
        phase: PhaseInput = None,
    ) -> DocumentResult:
        """Find the goals in a POP document and check each with the context beside it.

        ``path`` names the file (str or Path); with ``data`` the bytes are read from there
        instead (stdin) and ``path`` only names them. ``format`` (text, markdown, docx,
        yaml, json) overrides the file suffix. ``phase`` is the employee's phase when the
        document names none (else the config's). A document that cannot be read comes back
        with ``errors`` set, never as an exception.
        """
        stage = validate_phase(phase)
        name = str(path)
        try:
            read = read_document(path, self.document_vocabulary, limits, data, format)
        except DocumentReadError as exc:
            error = DocumentError(path=name, problem=exc.problem, message=str(exc))
            return DocumentResult(path=name, errors=(error,))
        return self._judge_document(
            name, read, lang, validate_reference_date(reference_date), stage
        )

    def check_documents(
        self,
        paths: Iterable[str | Path],
        *,
        lang: str | None = None,
        reference_date: date | None = None,
        limits: ReadLimits = DEFAULT_LIMITS,
        phase: PhaseInput = None,
    ) -> Iterator[DocumentResult]:
        """:meth:`check_document` for each path, in order; a bad file never stops the rest."""
        validate_phase(phase)
        return self._each_document(paths, lang, reference_date, limits, phase)

    def _each_document(
        self,
        paths: Iterable[str | Path],
        lang: str | None,
        reference_date: date | None,
        limits: ReadLimits,
        phase: PhaseInput,
    ) -> Iterator[DocumentResult]:
        for path in paths:
            yield self.check_document(
                path, lang=lang, reference_date=reference_date, limits=limits, phase=phase
            )

    def _judge_document(
        self, name: str, read: ReadDocument, lang: str | None, ref: date, phase: Phase | None
    ) -> DocumentResult:
        texts = [g.text for g in read.goals]
        form_phase = self._form_phase(read)
        contexts = [
            {"phase": form_phase, **g.context} if form_phase is not None else g.context
            for g in read.goals
        ]
        results = self._judge_with_context(texts, contexts, lang, ref, phase)
        goals = []
        for found, result in zip(read.goals, results, strict=True):
            goals.append(
                DocumentGoal(
                    text=found.text,
                    location=found.location,
                    span=found.span,
                    segments=found.segments,
                    context={k: v.text for k, v in found.context.items()},
                    context_fields=found.context,
                    report=result if isinstance(result, GoalReport) else None,
                    error=result if isinstance(result, GoalError) else None,
                )
            )
        reports = [g.report for g in goals if g.report is not None]
        plan_lang = reports[0].lang if reports else self._plan_lang(read, lang)
        metadata = self._metadata(read, plan_lang, ref)
        said = plan_lang if self.config.message_lang == "goal" else self.config.message_lang
        advice = plan_findings(
            reports,
            self.pack(plan_lang),
            read,
            metadata,
            ref,
            self.config.max_goals,
            messages=self.pack(said),
        )
        return DocumentResult(
            path=name,
            format=read.format,
            encoding=read.encoding,
            newline=read.newline,
            goals=tuple(goals),
            metadata=metadata,
            plan_findings=tuple(f for f in advice if self._plan_code_selected(f.code)),
        )

    def _form_phase(self, read: ReadDocument) -> ContextValue | None:
        """The employee's phase the form states in its personalia ("Fase: vakvolwassen"),
        as context for every goal of the document: the goals' own phase, so it wins over a
        call's or the config's. A phase field that names no phase clearly is none."""
        field = read.metadata.get("phase")
        if field is None:
            return None
        found = self.document_vocabulary.phase_of(field.text)
        if found is None:
            return None
        written = field.text.strip()
        source = field.source if written == found.value else f"{field.source} ({written!r})"
        return ContextValue(text=found.value, source=source, location=field.location)

    def _plan_lang(self, read: ReadDocument, lang: str | None) -> str:
        """The language of plan advice on a document with no judged goal: the one asked
        for, else the one its headings and fields are written in."""
        if lang is not None:
            return validate_lang(lang, self.languages)
        # the headings and the fields' labels ("line 'Datum gesprek' (3:1)"), not their values
        labels = [v.source.split("'")[1] for v in read.metadata.values() if v.source.count("'") > 1]
        words = [v.text for v in read.empty_goal_sections] + labels
        return self._document_lang(words) if words else self.config.default_lang

    def _plan_code_selected(self, code: str) -> bool:
        """Plan advice follows select/ignore like rules: by exact code or code prefix
        ('P104', 'P1', 'P'), the more specific selector winning, ignore on a tie."""
        select = [*self.config.select, *self.config.extend_select]
        chosen = (code_specificity(s, code) for s in select)
        best_select = max((n for n in chosen if n is not None), default=None)
        ignored = (code_specificity(s, code) for s in self.config.ignore)
        best_ignore = max((n for n in ignored if n is not None), default=None)
        if best_select is None:
            return False
        return best_ignore is None or best_ignore < best_select

    def _metadata(self, read: ReadDocument, lang: str | None, ref: date) -> DocumentMetadata:
        """The form's own fields, typed; dates read with the document's language first."""
        if not read.metadata:
            return DocumentMetadata()
        first = lang if lang in self.languages else self.config.default_lang
        order = [first, *(code for code in SUPPORTED_LANGUAGES if code != first)]
        tables = [(code, self.pack(code).time) for code in order]
        return resolve_metadata(read.metadata, self.document_vocabulary, tables, ref)

    def _document_lang(self, texts: list[str]) -> str:
        """The language of a document's goals together: the default for a goal too short
        to tell ('Netwerken.') in that document."""
        try:
            return detect_language(" ".join(texts[:50]), default=self.config.default_lang)
        except SmartcheckError:
            return self.config.default_lang

    def _judge_with_context(
        self,
        texts: list[str],
        contexts: list[dict[str, ContextValue]],
        lang: str | None,
        ref: date,
        phase: Phase | None = None,
    ) -> list[GoalReport | GoalError]:
        """Judge many goals, each with its own context, parsed in one batch per language."""
        forced = validate_lang(lang, self.languages) if lang is not None else None
        results: list[GoalReport | GoalError | None] = [None] * len(texts)
        by_lang: dict[str, list[tuple[int, Surface]]] = {code: [] for code in self.languages}
        detect = forced is None and self.config.lang is None
        # Detection loads dictionaries; with the language given it is not needed at all.
        document_lang = self._document_lang(texts) if detect else self.config.default_lang
        for i, item in enumerate(texts):
            try:
                text = validate_text(item, self.config.max_length)
                if detect:
                    code = detect_language(text, default=document_lang)
                else:
                    code = self._resolve_lang(text, forced)
                by_lang[code].append((i, self.surface(text, code)))
            except SmartcheckError as exc:
                results[i] = self._error(i, exc, "report")
        for code, items in by_lang.items():
            if not items:
                continue
            docs = self._parse(code, [s.text for _, s in items])
            read: list[tuple[int, Surface, Goal, RuleContext]] = []
            for (i, surface), doc in zip(items, docs, strict=True):
                try:
                    read.append(
                        (i, surface, *self._read(surface.text, code, doc, ref, contexts[i], phase))
                    )
                except SmartcheckError as exc:
                    results[i] = self._error(i, exc, "report")
            reports = self._judge_all([(goal, ctx) for _, _, goal, ctx in read])
            for (i, surface, _, _), report in zip(read, reports, strict=True):
                if isinstance(report, SmartcheckError):
                    results[i] = self._error(i, report, "report")
                else:
                    results[i] = surface.restore(report)
        return [r for r in results if r is not None]

    def check_many(
        self,
        texts: Iterable[object],
        lang: str | None = None,
        reference_date: date | None = None,
        batch_size: int = 64,
        n_process: int = 1,
        errors: ErrorPolicy = "report",
        progress: bool = False,
        phase: PhaseInput = None,
    ) -> Iterator[GoalReport | GoalError]:
        """Check many goals, yielding results in input order.

        ``texts`` holds goal texts or ``(key, text)`` tuples; a key (a row id, an employee
        number) comes back on its result as ``result.key``. Input is read and results are
        yielded batch by batch, so memory stays flat on a long stream.

        Goals are parsed in batches with ``nlp.pipe`` (one per language present in a batch).
        An unusable input (not a string, empty, a missing value such as ``None``, ``NaN`` or
        ``pd.NA``) never stops the batch: with ``errors="report"`` (default) a
        :class:`GoalError` carrying its index stands in its place; with ``errors="raise"``
        the error is raised with the index in its message, after every earlier goal was
        yielded. ``progress=True`` shows a progress bar (needs tqdm). ``phase`` is the
        employee's phase for every goal (default: the config's).
        """
        validate_positive("batch_size", batch_size)
        validate_positive("n_process", n_process)
        validate_choice("errors", errors, ("report", "raise"))
        forced = validate_lang(lang, self.languages) if lang is not None else None
        ref = validate_reference_date(reference_date)
        stage = validate_phase(phase)
        # Arguments are checked above, when check_many is called; the goals stream below.
        return self._stream(texts, forced, ref, batch_size, n_process, errors, progress, stage)

    def _stream(
        self,
        texts: Iterable[object],
        forced: str | None,
        ref: date,
        batch_size: int,
        n_process: int,
        errors: ErrorPolicy,
        progress: bool,
        phase: Phase | None = None,
    ) -> Iterator[GoalReport | GoalError]:
        bar = progress_bar(texts) if progress else None
        chunks = self._chunks(iter(texts), batch_size)
        judged: Iterator[tuple[list[object], list[GoalReport | GoalError]]]
        if n_process > 1:
            judged = pooled(self, chunks, forced, ref, n_process, phase)
        else:
            judged = (
                (keys, self.judge_chunk(chunk, offset, forced, ref, phase))
                for keys, chunk, offset in chunks
            )
        try:
            for keys, results in judged:
                for key, result in zip(keys, results, strict=True):
                    if isinstance(result, GoalError) and errors == "raise":
                        raise _ERRORS_BY_NAME.get(result.error, SmartcheckError)(
                            f"goal at index {result.index}: {result.message}"
                        )
                    yield result if key is None else result.model_copy(update={"key": key})
                    if bar is not None:
                        bar.update(1)
        finally:
            if bar is not None:
                bar.close()

    @staticmethod
    def _chunks(
        iterator: Iterator[object], batch_size: int
    ) -> Iterator[tuple[list[object], list[object], int]]:
        """(keys, texts, offset of the first) per batch of the input, read lazily."""
        offset = 0
        while True:
            keys, chunk = split_keys(islice(iterator, batch_size))
            if not chunk:
                return
            yield keys, chunk, offset
            offset += len(chunk)

    def judge_chunk(
        self,
        chunk: list[object],
        offset: int,
        lang: str | None,
        ref: date,
        phase: PhaseInput = None,
    ) -> list[GoalReport | GoalError]:
        """Reports for one batch, a :class:`GoalError` in place of each unusable goal.

        Each language's goals are parsed with one ``nlp.pipe``; the reports come back without
        their spaCy Doc (``report.goal.doc is None``), so a long stream of reports does not
        keep every parse alive (the pipeline's own growth is bounded by get_pipeline).
        """
        stage = validate_phase(phase)
        results: list[GoalReport | GoalError | None] = [None] * len(chunk)
        by_lang: dict[str, list[tuple[int, Surface]]] = {code: [] for code in self.languages}
        for i, item in enumerate(chunk):
            try:
                text = validate_text(item, self.config.max_length)
                code = self._resolve_lang(text, lang)
                by_lang[code].append((i, self.surface(text, code)))
            except SmartcheckError as exc:
                results[i] = self._error(offset + i, exc, "report")
        for code, items in by_lang.items():
            if not items:
                continue
            docs = self._parse(code, [s.text for _, s in items])
            read: list[tuple[int, Surface, Goal, RuleContext]] = []
            for (i, surface), doc in zip(items, docs, strict=True):
                try:
                    read.append(
                        (i, surface, *self._read(surface.text, code, doc, ref, phase=stage))
                    )
                except SmartcheckError as exc:
                    results[i] = self._error(offset + i, exc, "report")
            reports = self._judge_all([(goal, ctx) for _, _, goal, ctx in read])
            for (i, surface, goal, _), judged in zip(read, reports, strict=True):
                goal.with_doc(None)
                if isinstance(judged, SmartcheckError):
                    results[i] = self._error(offset + i, judged, "report")
                    continue
                report = surface.restore(judged)
                report.goal.with_doc(None)
                results[i] = report
        return [r for r in results if r is not None]

    @staticmethod
    def _error(index: int, exc: SmartcheckError, errors: ErrorPolicy) -> GoalError:
        return GoalError(index=index, error=type(exc).__name__, message=str(exc))


_ERRORS_BY_NAME: dict[str, type[SmartcheckError]] = {
    cls.__name__: cls for cls in (InvalidGoalError, UnsupportedLanguageError, SmartcheckError)
}


def _phase_field(phase: Phase, source: str) -> ContextField:
    """The context field that carries a phase given by the call or the config."""
    return ContextField(name="phase", text=phase.value, source=source)


def _normalised_phase(field: ContextField) -> ContextField:
    """A phase field with its normalised name as text ("Medior" -> "vakvolwassen"); the
    written form stays in ``source``. A text that names no phase is an InvalidArgumentError
    that names the field."""
    found = phase_from_name(field.text)
    if found is None:
        raise InvalidArgumentError(f"{field.source}: {phase_problem(field.text)}")
    if field.text == found.value:
        return field
    source = f"{field.source} ({field.text.strip()!r})"
    return field.model_copy(update={"text": found.value, "source": source})


def _calendar_names(pack: RulePack) -> tuple[str, ...]:
    """The month and weekday names a language writes with a capital ('Monday', 'June'), for
    a goal written without case; none where they are ordinary words ('maandag'), and none
    that are also another word ('May', the pack's ``case_sensitive``)."""
    time = pack.time
    if not time.capitalised_names:
        return ()
    ambiguous = {w.lower() for w in time.case_sensitive}
    names = [n for names in (*time.months, *time.weekdays) for n in names]
    return tuple(n for n in names if n.lower() not in ambiguous)
