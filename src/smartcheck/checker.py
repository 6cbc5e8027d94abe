"""The Checker: pipelines, rules and config held together, reusable across many goals.

``smartcheck.check`` and friends use a cached default Checker; build your own to use a
different config. A Checker keeps no per-goal state, so one instance can serve a notebook or
a web service; two Checkers with different configs coexist in one process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
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
from smartcheck.fixing.rewrite.aims import aim_and_step, owned_aim, voiced_aim, with_aim
from smartcheck.fixing.rewrite.aspects import aspects_goal
from smartcheck.fixing.rewrite.bare_topics import topic_goal
from smartcheck.fixing.rewrite.base import Rewriter, load_rewriter, rewrite_all
from smartcheck.fixing.rewrite.compared_acts import act_goal
from smartcheck.fixing.rewrite.context import next_step, past_context, past_only, with_past
from smartcheck.fixing.rewrite.coordinated import coordinated_parts, part_seams
from smartcheck.fixing.rewrite.courses import course_goal
from smartcheck.fixing.rewrite.dropped import with_subject
from smartcheck.fixing.rewrite.fallback import structured
from smartcheck.fixing.rewrite.fragments import listed_fragments
from smartcheck.fixing.rewrite.guard import NO_WORDS, QUESTION, refusal, stated_before
from smartcheck.fixing.rewrite.listed import listed_goal
from smartcheck.fixing.rewrite.means import labelled, meant, with_plan
from smartcheck.fixing.rewrite.noted import (
    Noted,
    dashed,
    note_misplaced,
    noted,
    with_given,
    with_note,
)
from smartcheck.fixing.rewrite.pieces import no_goal_of_its_own
from smartcheck.fixing.rewrite.remarks import remarked, with_remark
from smartcheck.fixing.rewrite.reports import reported_reason
from smartcheck.fixing.rewrite.seams import SeamParses, find_seams
from smartcheck.fixing.rewrite.situation import is_context, situated, with_situation
from smartcheck.fixing.rewrite.slashed import slashed_aims
from smartcheck.fixing.rewrite.split import goal_pieces
from smartcheck.fixing.rewrite.style import RewriteStyle, style_for
from smartcheck.fixing.rewrite.template import means_purpose
from smartcheck.fixing.rewrite.voices import Voice, credited, other_voice, with_means
from smartcheck.fixing.rewrite.voices.questions import asked_goal
from smartcheck.fixing.rewrite.words import words_of
from smartcheck.judging.context import RuleContext
from smartcheck.judging.registry import RuleRegistry, discover_rules
from smartcheck.judging.rule import Rule
from smartcheck.judging.scoring import criterion_score
from smartcheck.judging.selection import Decision, code_specificity, decide, unknown_selectors
from smartcheck.judging.situation import without_context
from smartcheck.reading.anatomy import read_anatomy
from smartcheck.reading.anchors import without_modifier_anchors
from smartcheck.reading.goal import ContextField, ContextName, Goal
from smartcheck.reading.language import detect_language
from smartcheck.reading.pipeline import (
    calm_down,
    describe_pipeline,
    get_pipeline,
    is_shouted,
    pipeline_lock,
    restore_case,
)
from smartcheck.reading.surface import Surface, normalise
from smartcheck.reading.timex import find_time_expressions, governing_deadline
from smartcheck.reading.validation import (
    validate_choice,
    validate_lang,
    validate_positive,
    validate_reference_date,
    validate_text,
)
from smartcheck.reporting.report import CriterionScore, Evidence, Finding, GoalError, GoalReport

#: A text that packs goals gets a rewrite for at most this many of them (each is checked on its
#: own, so a pasted list of hundreds of sentences would otherwise take seconds); the rest
#: stay as written.
MAX_SPLIT_PIECES = 10

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
            (*pack.words("known_names"), *pack.words("ambiguous_names")),
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
        anatomy = read_anatomy(doc, ctx, times)
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
        shouted = [is_shouted(t) for t in texts]
        inputs = [calm_down(t) if s else t for t, s in zip(texts, shouted, strict=True)]
        nlp = self.nlp(lang)
        with pipeline_lock(nlp):
            docs = list(nlp.pipe(inputs, batch_size=max(1, len(inputs))))
            return [
                restore_case(d, t) if s else d for d, t, s in zip(docs, texts, shouted, strict=True)
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
        return self._with_rewrites(report, ctx, tuple(self.rewriter.rewrite(report, ctx)))

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
        except SmartcheckError:  # asked one by one below, so only the bad goal fails
            found = None
        results: list[GoalReport | SmartcheckError] = []
        for item in judged:
            if isinstance(item, SmartcheckError) or item[0].is_smart:
                results.append(item if isinstance(item, SmartcheckError) else item[0])
                continue
            report, ctx = item
            try:
                rewrites = next(found) if found is not None else self.rewriter.rewrite(report, ctx)
                results.append(self._with_rewrites(report, ctx, tuple(rewrites)))
            except SmartcheckError as exc:
                results.append(exc)
        return results

    def _with_rewrites(
        self, report: GoalReport, ctx: RuleContext, rewrites: tuple[str, ...]
    ) -> GoalReport:
        """A failing goal's report with its rewrites, or the fallback when there are none.
        A sentence that packs goals (S004/R004) gets its split first: one rewrite per goal."""
        update: dict[str, Any] = {"rewrite": rewrites[0] if rewrites else None}
        update["rewrites"] = rewrites
        if self.config.rewriter == "none":
            return report.model_copy(update=update)
        meant = self._meant(report, ctx)
        if meant:  # 'Sneller offertes maken. Hiervoor ga ik ...': the means is the behaviour
            return report.model_copy(update={"rewrite": meant[0], "rewrites": meant})
        restored = self._subject_restored(report, ctx)
        if restored:  # 'Wil meer tijd besteden ...': rewritten as 'Ik wil meer tijd ...'
            text = "\n".join(restored)
            update = {"rewrite": text, "rewrites": (text,)}
            if len(restored) > 1:
                update["split"] = restored
            return report.model_copy(update=update)
        commented = self._topic_named(report, ctx, commented=True)
        if commented:  # 'Chairing meetings - needs work': the topic is the goal
            return report.model_copy(update={"rewrite": commented[0], "rewrites": commented})
        course = self._course_named(report, ctx)
        if course:  # 'cursus reanimatie': following the course is the goal
            return report.model_copy(update={"rewrite": course[0], "rewrites": course})
        aims = self._slashed(report, ctx)
        if aims:  # 'meer overzicht in X / minder achterstand in Y': two goals
            text = "\n".join(aims)
            return report.model_copy(update={"split": aims, "rewrite": text, "rewrites": (text,)})
        aimed = self._aimed(report, ctx)
        if aimed:  # 'Management wants me to X. I'll try to Y.': Y is the goal, X its reason
            return report.model_copy(update={"rewrite": aimed[0], "rewrites": aimed})
        remark = self._remarked(report, ctx, late=False)
        if remark:  # 'Get better at X, I find it hard.': the remark stays as written
            text = "\n".join(remark)
            update = {"rewrite": text, "rewrites": (text,)}
            if len(remark) > 1:
                update["split"] = remark
            return report.model_copy(update=update)
        dash_noted = self._dash_noted(report, ctx, rewrites)
        if dash_noted:  # 'Ploegleider worden - meer verantwoordelijkheid, ...': a note
            return report.model_copy(update={"rewrite": dash_noted[0], "rewrites": dash_noted})
        fragments = self._fragments(report, ctx)
        if fragments:  # 'Minder fouten bij X, omzet verhogen, en beter plannen': three goals
            text = "\n".join(fragments)
            return report.model_copy(
                update={"split": fragments, "rewrite": text, "rewrites": (text,)}
            )
        listed = self._listed(report, ctx)
        if listed:  # 'Beter worden in X, Y en Z': the listed behaviours are the goal
            text = "\n".join(listed)
            update = {"rewrite": text, "rewrites": (text, *rewrites)}
            if len(listed) > 1:
                update["split"] = listed
            return report.model_copy(update=update)
        aspects = self._aspects(report, ctx)
        if aspects:  # 'improve my Excel - pivot tables, vlookups - for ...': use them
            return report.model_copy(update={"rewrite": aspects[0], "rewrites": aspects})
        looked_back = self._past_context(report, ctx)
        if looked_back:  # a past achievement is context: the wishes after it are the goals
            text = "\n".join(looked_back)  # the others read the past as a goal: none stays
            update = {"rewrite": text, "rewrites": (text,)}
            if len(looked_back) > 1:
                update["split"] = looked_back
            return report.model_copy(update=update)
        # the whole text's candidates passed every seam (none commits to the context told);
        # without one, sentences of context: the goal rewritten alone, the context kept
        situated = () if rewrites else self._situated(report, ctx)
        if situated:
            text = "\n".join(situated)
            update = {"rewrite": text, "rewrites": (text, *rewrites)}
            if len(situated) > 1:
                update["split"] = situated
            return report.model_copy(update=update)
        step = self._next_step(report, ctx)
        if step is not None:  # only a past achievement: the next step that builds on it
            return report.model_copy(update={"rewrite": step, "rewrites": (step,)})
        style = style_for(ctx)
        particles = frozenset(ctx.pack.words("separable_particles"))
        voice = other_voice(report.goal, style, particles) if style is not None else None
        voiced = self._voiced(report, ctx, voice)
        if voiced is not None:  # the other's frame is no second goal: no split either
            rewrites = (voiced, *(r for r in rewrites if r != voiced))
            return report.model_copy(update={"rewrite": voiced, "rewrites": rewrites})
        if rewrites and voice is not None and voice.behaviour:
            return report.model_copy(update=update)  # the means given is no second goal
        remark = () if rewrites else self._remarked(report, ctx, late=True)
        if remark:  # '..., want ...', '..., I think X might help': nothing else read whole
            text = "\n".join(remark)
            return report.model_copy(update={"rewrite": text, "rewrites": (text,)})
        split, whole = self._split_coordinated(report, ctx)
        if split and (whole or not rewrites):
            text = "\n".join(split)
            update = {"split": split, "rewrite": text, "rewrites": (text, *rewrites)}
        elif split:  # a part only got the structured fallback: the sentence rewrites first
            update["rewrites"] = (*rewrites, "\n".join(split))
        elif not rewrites:
            named = self._topic_named(report, ctx)  # 'Klantgesprekken': what the form means
            named = named or self._act_named(report, ctx)  # 'Meer netwerken met X'
            fallback = {} if named else self._fallback(report, ctx)
            if not named and "split" not in fallback:  # a text that packs goals splits first
                named = self._noted(report, ctx)  # 'Meer intervisie, minimaal 6x per jaar.'
            if named:
                text = "\n".join(named)
                update = {"rewrite": text, "rewrites": (text,)}
            else:
                update.update(fallback)
        return report.model_copy(update=update)

    def _meant(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal followed by a sentence of the writer's means ('Beter plannen. Plan: elke
        week de cijfers bijhouden.'): the goal is rewritten on its own and the means fills
        the behaviour its rewrite asks for, the other sentences kept as written (means.py);
        nothing when no rewrite asks for a behaviour, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None:
            return ()
        roles = frozenset(ctx.pack.words("predicative_markers"))
        labels = frozenset(ctx.pack.words("goal_labels"))
        found = meant(goal, style, roles) or labelled(goal, style, labels)
        if found is None:
            return ()
        # asked only for what the whole text lacks; S stays asked when a means answers it
        answered = Criterion.S if found.means else None
        given = frozenset(
            c for c, score in report.criteria.items() if score.passed and c is not answered
        )
        try:
            read = self.parse(found.goal, goal.lang, goal.reference_date)
            stages = [(read, "")]
            note = noted(read, style)  # 'Netter opleveren, minder herstelwerk': the note after
            if note is not None and not note.clause:
                stages.append((self.parse(note.head, goal.lang, goal.reference_date), note.inside))
            for told, after in stages:
                judged = self.evaluate(told, given)
                if judged.split:
                    continue
                framed = means_purpose(judged, ctx, style)  # the goal as the means' purpose
                rewrites = () if judged.is_smart else judged.rewrites
                texts = [*rewrites, *([framed] if framed else [])]
                if framed and not answered and not judged.criteria[Criterion.S].passed:
                    texts = [framed, *rewrites]  # 'Doel: eind dit jaar ...': its time in front
                for rewrite in texts:
                    text = with_plan(rewrite, found, style, after)
                    if text is not None and not find_seams(text, goal, ctx, style):
                        return (text,)
        except SmartcheckError:
            return ()
        return ()

    def _voiced(self, report: GoalReport, ctx: RuleContext, voice: Voice | None) -> str | None:
        """Another person's voice framing the goal ('Mijn leidinggevende vindt dat ik ...',
        '..., zegt de teamchef'; ``voice``, read once by the caller): the writer's own
        clause is checked as a goal of its own, and its rewrite (or the clause, when it
        passes) keeps the other's words as its reason (voices/)."""
        style = style_for(ctx)
        if voice is None or style is None:
            return None
        if refusal(report.goal.text, style.abbreviations) not in (None, QUESTION):
            return None  # no goal sentence (too long, a list): nothing to frame
        if reported_reason(words_of(report.goal), style) is not None:
            return None  # '..., mijn teamleider zegt dat ik ...': the reason of the writer's own
        goal = report.goal
        try:
            judged = self.evaluate(self.parse(voice.inner, goal.lang, goal.reference_date))
        except SmartcheckError:
            return None
        if judged.is_smart:
            sentences: tuple[str, ...] = (voice.inner,)
        elif judged.rewrite and judged.structured_rewrite is None and not judged.split:
            sentences = judged.rewrites  # the first that takes the credit without a seam
        else:
            return None
        for sentence in sentences:
            if voice.needs and voice.needs not in sentence:
                continue  # the rewrite still tells the other's wish, not the writer's part
            if voice.behaviour:  # the writer's own means fills the behaviour asked for
                filled = with_means(sentence, voice.behaviour, style)
                if filled is None:
                    continue
                sentence = filled
            found = credited(sentence, voice, judged.goal, ctx, style)
            if found is not None:
                return found
        return None

    def _next_step(self, report: GoalReport, ctx: RuleContext) -> str | None:
        """A text that is only a past achievement ('Vorig jaar heb ik mijn diploma gehaald.')
        holds no goal: the rewrite asks for the next step that builds on it, the past kept
        as the clause that looks back (context.py); None for any other text, or a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or refusal(goal.text, style.abbreviations):
            return None
        found = past_only(goal, ctx, style)
        if found is None:
            return None
        sentence = next_step(found, goal, style)
        return None if find_seams(sentence, goal, ctx, style) else sentence

    def _situated(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with sentences of context ('Omgaan met boze klanten. Ik neem dat te veel
        mee naar huis.'): the goal is judged and rewritten on its own, the context kept
        verbatim where the writer put it (rewrite/situation.py). Nothing when a rewrite
        shows a seam or the goal gets only the structured fallback."""
        goal = report.goal
        style = style_for(ctx)
        found = situated(goal, ctx, style) if style is not None else None
        if found is None or style is None:
            return ()
        try:
            judged = self.evaluate(self.parse(found.goal, goal.lang, goal.reference_date))
        except SmartcheckError:
            return ()
        if judged.is_smart:
            parts: tuple[str, ...] = (found.goal,)
        elif judged.rewrite and judged.structured_rewrite is None:
            parts = judged.split or (judged.rewrite,)
        else:
            return ()
        parts = with_situation(parts, found)
        return parts if _seamless(parts, goal, ctx, style) else ()

    def _aimed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Someone else's aim, then the writer's own step ('Management wants me to lead the
        audits. Hopefully I can do my first one by May.', 'Er moet meer omzet komen, dus ik
        ...'): the step is judged and rewritten as a goal of its own and the aim, which fails
        A on its own, stays after it as what the step serves (aims.py); nothing when the aim
        is the writer's own, the step gets no whole rewrite, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.A].passed:
            return ()
        if refusal(goal.text, style.abbreviations) is not None:
            return ()
        found = aim_and_step(goal.text, style)
        if found is None:
            return ()
        try:
            aim = self.evaluate(self.parse(found.aim, goal.lang, goal.reference_date))
            if aim.criteria[Criterion.A].passed:
                return ()  # the first part is the writer's own: no aim of others
            particles = frozenset(ctx.pack.words("separable_particles"))
            voice = other_voice(aim.goal, style, particles)
            purposes = voiced_aim(voice, style) if voice is not None else ()
            if not purposes:  # an obligation with no owner: the result the step brings
                purposes = tuple(p for r in aim.rewrites if (p := owned_aim(r, style)))
            if not purposes:
                return ()
            step = self.evaluate(self.parse(found.step, goal.lang, goal.reference_date))
        except SmartcheckError:
            return ()
        if step.split or step.structured_rewrite is not None:
            return ()
        for rewrite in (found.step,) if step.is_smart else step.rewrites:
            for purpose in purposes:
                text = with_aim(rewrite, purpose)
                if not find_seams(text, goal, ctx, style):
                    return (text,)
        return ()

    def _remarked(self, report: GoalReport, ctx: RuleContext, late: bool) -> tuple[str, ...]:
        """A goal with a remark around it (a reason, a feeling, an uncertainty, an agreement
        still to be made): the goal is judged and rewritten on its own, the remark kept as
        written after the rewrite (rewrite/remarks.py). Nothing when the goal alone gets no
        whole rewrite or the result shows a seam. A reason or a hedged remark is read only
        ``late``, when nothing else read the text whole (the frames keep a reason in place;
        'I think supervision might help' may be the means the voices read)."""
        goal = report.goal
        style = style_for(ctx)
        found = remarked(goal, ctx, style) if style is not None else None
        if found is None or style is None or (found.clause or found.hedged) != late:
            return ()
        given = frozenset(c for c, score in report.criteria.items() if score.passed)
        try:
            read = self.parse(found.goal, goal.lang, goal.reference_date)
            judged = self.evaluate(read, given)
        except SmartcheckError:
            return ()
        if judged.is_smart or not judged.rewrite or judged.structured_rewrite is not None:
            return ()
        if judged.split and found.clause:
            return ()  # a reason after the last of several goals: whose reason is it?
        parts = judged.split or (judged.rewrite,)
        parts = (*parts[:-1], with_remark(parts[-1], found))
        return parts if _seamless(parts, goal, ctx, style) else ()

    def _past_context(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal that opens with a past achievement ('Vorig jaar heb ik ..., dit jaar wil ik
        ...'): the wishes after it are judged and rewritten as a goal of their own (one
        rewrite per goal when they pack several), and the past stays after the first as the
        clause that looks back (context.py). Nothing when a rewrite shows a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or refusal(goal.text, style.abbreviations):
            return ()
        found = past_context(goal, ctx, style)
        if found is None:
            return ()
        parts = self._rewritten_instead(found.rest, goal)
        if not parts:
            return ()
        parts = (with_past(parts[0], found), *parts[1:])
        return parts if self._seamless(parts, goal, ctx) else ()

    def _listed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A direction with the behaviours that show it listed after a comma ('Beter worden
        in gesprekken met boze klanten, rustig blijven en uitleggen waarom ...'): the goal
        committed to those behaviours in the situation it named is judged and rewritten as
        a goal of its own, one rewrite per behaviour when it lists several (listed.py);
        nothing when S passed, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.S].passed:
            return ()
        for text in listed_goal(goal, ctx, style):
            parts = self._rewritten_instead(text, goal)
            if parts and self._seamless(parts, goal, ctx):
                return parts
        return ()

    def _subject_restored(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A diary-style goal without its subject ('Wil meer tijd besteden aan ...',
        'Hoping to finish ...'): rewritten with the subject put back (dropped.py), one
        rewrite per goal when it packs several; nothing when a rewrite shows a seam."""
        goal = report.goal
        style = style_for(ctx)
        text = with_subject(goal.text, style) if style is not None else None
        if text is None:
            return ()
        parts = self._rewritten_instead(text, goal)
        return parts if parts and self._seamless(parts, goal, ctx) else ()

    def _topic_named(
        self, report: GoalReport, ctx: RuleContext, commented: bool = False
    ) -> tuple[str, ...]:
        """A goal that only names its topic ('Rijbewijs C', 'Public speaking - need to work
        on this'): rewritten as the goal the form means, getting the credential or getting
        better at it (bare_topics.py); nothing on a seam. ``commented``: only a topic with
        a comment that the writer will work on it (asked before any other rewrite; a bare
        topic is asked when no other rewrite reads whole)."""
        style = style_for(ctx)
        goal = report.goal
        return self._one_sentence_instead(
            topic_goal(goal, ctx, style, commented) if style is not None else None, goal, ctx
        )

    def _act_named(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A fragment of a comparative before the writer's verb ('Meer netwerken met andere
        afdelingen'), which the tagger reads as a thing: rewritten as the writer's sentence
        (compared_acts.py); nothing when it is no such fragment, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        return self._one_sentence_instead(
            act_goal(goal, ctx, style) if style is not None else None, goal, ctx
        )

    def _aspects(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A direction with the aspects it covers between dashes ('improve my Excel - pivot
        tables, vlookups - for the monthly reports'): rewritten as the goal of using them
        for the direction (aspects.py); nothing when S passed, the rewrite splits, or on a
        seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.S].passed:
            return ()
        found_goal = aspects_goal(goal, ctx, style)
        if found_goal is None:
            return ()
        text, direction = found_goal
        try:
            judged = self.evaluate(self.parse(text, goal.lang, goal.reference_date))
        except SmartcheckError:
            return ()
        if judged.split or judged.structured_rewrite is not None:
            return ()  # 'sjablonen en stijlen gebruiken' read as two goals: not this shape
        written = set(re.findall(r"[^\W\d_]+", direction.lower()))
        found = (text,) if judged.is_smart else judged.rewrites
        keeping = [r for r in found if written <= set(re.findall(r"[^\W\d_]+", r.lower()))]
        for rewrite in keeping:  # the direction's verb kept ('to improve my Excel')
            if self._seamless((rewrite,), goal, ctx):
                return (rewrite,)
        return ()

    def _slashed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Two aims joined by a slash ('meer overzicht in mijn agenda / minder losse taken'):
        each rewritten as a goal of its own (slashed.py); nothing when one only gets the
        structured fallback, or on a seam."""
        goal = report.goal
        aims = slashed_aims(goal.text, ctx.pack.words("comparatives"))
        if not aims:
            return ()
        return self._each_rewritten(aims, goal, ctx)

    def _fragments(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A line that lists goals as fragments ('Minder fouten bij de kas, omzet verhogen, en
        beter plannen'): each rewritten as a goal of its own (fragments.py); nothing when one
        only gets the structured fallback, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        found = listed_fragments(goal, ctx, style) if style is not None else []
        return self._each_rewritten(found, goal, ctx)

    def _each_rewritten(
        self, pieces: Sequence[str], goal: Goal, ctx: RuleContext
    ) -> tuple[str, ...]:
        """Each piece of a goal rewritten as a goal of its own; nothing when there is none,
        when one only gets the structured fallback, or when a part shows a seam."""
        parts: list[str] = []
        for piece in pieces[:MAX_SPLIT_PIECES]:
            rewritten = self._rewritten_instead(piece, goal)
            if not rewritten:
                return ()
            parts += rewritten
        parses = SeamParses()
        if not parts or any(part_seams(part, goal, ctx, parses) for part in parts):
            return ()
        return tuple(parts)

    def _course_named(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal that only names a course ('bijscholing wondzorg', 'refresher course
        manual handling'): rewritten as the goal of following it (courses.py); nothing
        on a seam."""
        style = style_for(ctx)
        goal = report.goal
        return self._one_sentence_instead(
            course_goal(goal, ctx, style) if style is not None else None, goal, ctx
        )

    def _dash_noted(
        self, report: GoalReport, ctx: RuleContext, rewrites: tuple[str, ...]
    ) -> tuple[str, ...]:
        """A fragment with a note after a spaced dash ('Ploegleider worden - meer
        verantwoordelijkheid, planning van de dag maken'): rewritten as :meth:`_noted` does,
        asked when the whole text got no rewrite or one that moved the note away from the
        fragment ('om - meer verantwoordelijkheid ploegleider te worden', noted.py)."""
        style = style_for(ctx)
        found = dashed(report.goal, style) if style is not None else None
        if found is None or (rewrites and not note_misplaced(rewrites[0], found)):
            return ()
        return self._noted(report, ctx, found)

    def _noted(
        self, report: GoalReport, ctx: RuleContext, found: Noted | None = None
    ) -> tuple[str, ...]:
        """A fragment with a note after a comma or a stop ('Meer intervisie, minimaal 6x per
        jaar.'), or the dash ``found``: the fragment rewritten on its own, asked only for
        what the whole text lacks, with the note back after its words (noted.py); nothing
        on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if found is None and style is not None:
            found = noted(goal, style)
        if found is None or style is None:
            return ()
        given = frozenset(c for c, score in report.criteria.items() if score.passed)
        try:
            judged = self.evaluate(self.parse(found.head, goal.lang, goal.reference_date), given)
        except SmartcheckError:
            return ()
        if judged.is_smart or judged.structured_rewrite is not None or judged.split:
            return ()
        for rewrite in judged.rewrites:
            text = with_note(rewrite, found, style)
            if text is not None and not find_seams(text, goal, ctx, style):
                return (text,)
        return ()

    def _one_sentence_instead(
        self, text: str | None, goal: Goal, ctx: RuleContext
    ) -> tuple[str, ...]:
        """The rewrite of ``text``, a sentence a reader built from ``goal`` (a topic, a
        course, a fragment read as the writer's act), in the goal's place: one sentence with
        no seam, or nothing."""
        if text is None:
            return ()
        parts = self._rewritten_instead(text, goal)
        return parts if len(parts) == 1 and self._seamless(parts, goal, ctx) else ()

    def _rewritten_instead(self, text: str, goal: Goal) -> tuple[str, ...]:
        """The rewrite of ``text``, read in place of ``goal`` (``text`` itself when it is
        SMART; one rewrite per goal when it packs several); nothing when only the
        structured fallback is left."""
        try:
            judged = self.evaluate(self.parse(text, goal.lang, goal.reference_date))
        except SmartcheckError:
            return ()
        if judged.is_smart:
            return (text,)
        if judged.rewrite and judged.structured_rewrite is None:
            return judged.split or (judged.rewrite,)
        return ()

    @staticmethod
    def _seamless(parts: tuple[str, ...], goal: Goal, ctx: RuleContext) -> bool:
        """No seam in the rewrite of ``goal`` (one part), nor in any of its parts."""
        style = style_for(ctx)
        if style is None:
            return False
        parses = SeamParses()  # the goal parsed once for every part
        if len(parts) == 1:
            return not find_seams(parts[0], goal, ctx, style, parses)
        return not any(part_seams(part, goal, ctx, parses) for part in parts)

    def _split_coordinated(
        self, report: GoalReport, ctx: RuleContext
    ) -> tuple[tuple[str, ...], bool]:
        """One rewrite (or the goal, when it passes) per goal coordinated in the sentence, and
        whether each is a sentence (no part needed the structured fallback); nothing when the
        parts do not each read whole or one is no goal on its own."""
        goal = report.goal
        parts = coordinated_parts(report, ctx)
        if not parts:
            return (), False
        parses = SeamParses()  # the goal parsed, and its own seams read, once for every part
        style = style_for(ctx)
        if style is not None:
            parses.prepare((goal, part, style) for part in parts)  # the parts in one pipe
        if any(part_seams(part, goal, ctx, parses) for part in parts):
            return (), False
        split: list[str] = []
        whole = True
        for part in parts[:MAX_SPLIT_PIECES]:
            try:
                read = self.parse(part, goal.lang, goal.reference_date, goal.context)
                judged = self.evaluate(read)
            except SmartcheckError:
                return (), False
            situation = frozenset(ctx.pack.time.recurring.situation_subjects)
            if style is not None and no_goal_of_its_own(read, style, situation):
                return (), False  # '..., my partner says I work too late': a reason, no goal
            whole = whole and judged.structured_rewrite is None
            split += judged.split or (judged.rewrite or part,)
        labels = [f"{label}: " for label in style.fields.values()] if style is not None else []
        sentences = [line for line in split if not any(label in line for label in labels)]
        if style is not None:
            parses.prepare((goal, line, style) for line in sentences)
        if any(part_seams(line, goal, ctx, parses) for line in sentences):
            return (), False  # a part's rewrite reads whole alone, not as part of this goal
        return (*split, *parts[MAX_SPLIT_PIECES:]), whole

    def _fallback(self, report: GoalReport, ctx: RuleContext) -> dict[str, Any]:
        """No rewritten sentence: one rewrite per goal for a text that packs goals, else the
        structured rewrite (the goal plus labelled fields; never a broken sentence)."""
        goal = report.goal
        style = style_for(ctx)
        stops = style.abbreviations if style is not None else frozenset()
        pieces = goal_pieces(
            goal.text,
            frozenset(ctx.pack.words("first_person_subject")),
            ctx.pack.words("goal_labels"),
            stops,
            ctx.pack.words("comparatives"),
        )
        if len(pieces) >= 2:
            split: list[str] = []
            held: list[str] = []  # the situation told goes with the goal after it, as written
            for piece in pieces[:MAX_SPLIT_PIECES]:
                if is_context(piece, goal):
                    held.append(piece)
                    continue
                try:
                    part = self.evaluate(self.parse(piece, goal.lang, goal.reference_date))
                except SmartcheckError:  # a piece that is no goal on its own stays as written
                    split.append(" ".join([*held, piece]))
                    held = []
                    continue
                own = part.split or (part.rewrite or piece,)  # a piece that packs goals
                split += [" ".join([*held, own[0]]), *own[1:]]  # one line per goal
                held = []
            if held:
                split = [*split[:-1], " ".join([*split[-1:], *held])]
            split += pieces[MAX_SPLIT_PIECES:]
            text = "\n".join(split)
            return {"split": tuple(split), "rewrite": text, "rewrites": (text,)}
        why = refusal(goal.text, stops)  # a text that packs goals keeps its own words
        fallback = structured(report, ctx) if why != NO_WORDS else None
        if fallback is not None and why == QUESTION:  # a goal told with a question (voices/)
            asked = asked_goal(goal, style) if style is not None else None
            if asked:
                fallback = fallback.model_copy(update={"goal": asked})
            elif not stated_before(goal.text, stops):
                fallback = None  # a bare question states no goal to fill in
        if fallback is None:
            return {}
        return {
            "structured_rewrite": fallback,
            "rewrite": fallback.text,
            "rewrites": (fallback.text,),
        }

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


def _seamless(parts: tuple[str, ...], goal: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    """Whether a rewrite of ``goal`` (one sentence, or one per goal of a split) shows no
    seam: a single sentence is checked whole, each part of a split as a part."""
    parses = SeamParses()
    if len(parts) == 1:
        return not find_seams(parts[0], goal, ctx, style, parses)
    return not any(part_seams(part, goal, ctx, parses) for part in parts)
