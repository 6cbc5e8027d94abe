"""A failure the writer wants to stop, bounded: the limit is what the writer sees to.

"Nooit meer X" with X a verb phrase ("nooit meer vergeten terug te bellen", "nooit meer
een klant twee keer laten komen", "geen enkele klacht meer krijgen") is an absolute; R001
bounds it in its place ("hooguit [aantal] keer", the pack's ``replacements``). In the
committed frame of a verb-final language that read "Vóór [datum] *ga ik* hooguit [aantal]
keer vergeten terug te bellen": the future auxiliary commits the writer to the failure
itself. The bound is a ceiling on a count of failures, so the writer commits to keeping
under it: the act's own verb, in the writer's present form, is the finite verb of the
frame ("Vóór [datum] vergeet ik hooguit [aantal] keer terug te bellen", "mis ik hooguit
[aantal] keer een deadline"), the rest of the infinitive phrase in its place. A separable
verb ("kwijtraken") would leave its particle behind, which the checks read as a lost word:
it keeps the frame as it was.

Read on the plan: the clause core opens with a bound whose first word is one of the
style's ``ceilings`` (a bound from above, never a floor: "in minstens [aantal] van de 10
gevallen" is a rule followed and keeps "ga ik"), and it holds one verb phrase whose first
infinitive (not after "te") heads the act. Anything else (two conjoined acts, no
infinitive, a subject other than the writer) keeps the frame as it was.
"""

from __future__ import annotations

from smartcheck.fixing.rewrite.compounds import particle_verb
from smartcheck.fixing.rewrite.plan import Plan
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word, looks_infinitive_nl
from smartcheck.reading.pipeline import get_pipeline, lemma_of, pipeline_lock


def first_person_nl(infinitive: str, style: RewriteStyle) -> str:
    """The Dutch present form of ``infinitive`` after 'ik' ('missen' -> 'mis', 'vergeten' ->
    'vergeet', 'kwijtraken' -> 'kwijtraak', 'opgaan' -> 'opga'): the third-person form
    without the -t it adds (a stem in -t keeps it: 'laten' -> 'laat'); irregular forms come
    from the pack's ``present_forms['first']``."""
    from smartcheck.fixing.rewrite.own import finite_nl  # own.py builds on the frames

    irregular = style.present_forms.get("first", {})
    if infinitive in irregular:
        return irregular[infinitive]
    third = finite_nl(infinitive, False, style)
    if third == infinitive:
        return infinitive  # no Dutch infinitive form: left as written
    stem = infinitive[:-2]
    if len(stem) > 1 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # 'zetten' -> 'zet'
    form = third if stem.endswith("t") or not third.endswith("t") else third[:-1]
    return form[:-1] if form.endswith("aa") else form  # 'gaat' -> 'ga', never 'gaa'


def _act_verb(plan: Plan, core: list[int], style: RewriteStyle) -> int | None:
    """The infinitive that heads the act of ``core`` (after the bound at its head): the
    first of the first run of infinitives not after an infinitive marker ('vergeten ... te
    bellen' -> 'vergeten'; 'laten komen' -> 'laten'); None when a second act follows apart
    from its cluster ('te laat komen en de klant bellen') or none is there."""
    words = plan.words
    markers = {m.lower() for m in style.infinitive_markers}
    runs: list[list[int]] = []
    for n, i in enumerate(core):
        if not _infinitive(words[i]) or i in plan.replace:
            continue
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)  # 'laten smelten': one cluster
        else:
            runs.append([n])
    heads = [
        run
        for run in runs
        if not (run[0] and words[core[run[0] - 1]].lower in markers)  # 'te maken'
        and not (len(run) == 1 and run[0] and words[core[run[0] - 1]].pos in _NOMINAL)
    ]
    return core[heads[0][0]] if len(heads) == 1 else None


#: Marks after which a goal's sentence goes on with another part ('... staan: altijd 30 min
#: van tevoren bellen', '... komen - eerst goed diagnosticeren'), which the tagger may not
#: read as a verb: the committed frame carries it, so it stays.
_BREAKS = frozenset({":", ";", "-", "\u2013", "\u2014"})

#: Word classes after which a lone word the tagger calls an infinitive is a noun ('zonder
#: *handschoen*'); a cluster of two ('een bak ijs *laten smelten*') is the verbs whatever
#: the tag before it.
_NOMINAL = ("ADP", "DET", "ADJ", "NUM")


def _infinitive(word: Word) -> bool:
    """A Dutch infinitive the tagger reads as a verb ('missen', 'zijn')."""
    return word.pos in ("VERB", "AUX") and looks_infinitive_nl(word)


def _told_on(plan: Plan, tail: list[int]) -> bool:
    """Does the goal's sentence go on after the core with another infinitive ('...: altijd
    30 min van tevoren *bellen*', '- eerst goed *diagnosticeren*')? Then the frame's 'ga'
    carries that act too, and it stays."""
    for i in tail:
        word = plan.words[i]
        if word.text in (".", "!", "?"):
            return False
        if plan.kept(i) and _infinitive(word):
            return True
    return False


def bounded_failure(
    plan: Plan, core: list[int], tail: list[int], subject: str, style: RewriteStyle
) -> str | None:
    """The writer's present form of the act's verb, to stand as the finite verb of the
    committed frame ('mis', 'vergeet'), for a core that opens with a ceiling on the writer's
    failures ('hooguit [aantal] keer een deadline missen'); the verb leaves the core in the
    plan ('Vóór [datum] mis ik hooguit [aantal] keer een deadline'; a plural writer takes the
    infinitive: 'missen we'). None for any other core (the committed frame stays), for a
    separable verb, whose particle would have to stay
    behind ('raak ... kwijt'), and for a form the dictionary reads as another word ('open',
    'verlies': a noun or adjective), where the writer's act would read as lost."""
    if not style.ceilings or subject.lower() not in style.subjects:
        return None
    kept = [i for i in core if plan.kept(i)]
    if not kept or kept[0] not in plan.replace:
        return None
    bound = plan.replace[kept[0]]
    if bound.split()[:1] == [] or bound.split()[0].lower() not in style.ceilings:
        return None
    if style.placeholders.number not in bound:
        return None
    verb = _act_verb(plan, kept[1:], style)
    if verb is None or _told_on(plan, tail) or any(plan.text(i) in _BREAKS for i in kept[1:-1]):
        return None  # '... staan: altijd bellen': the frame's 'ga' carries the part after it
    word = plan.words[verb]
    if particle_verb(word.lower, plan.lang) or word.lemma in style.reflexive_verbs:
        return None  # 'kwijtraken', 'zich vergissen': kept as 'ga ik ... kwijtraken'
    plural = subject.lower() != style.default_subject.lower()
    form = word.lower if plural else first_person_nl(word.lower, style)  # 'vergeten we'
    rest = [plan.text(i) for i in kept if i != verb]
    if len(rest) < 2:
        return None  # 'vergeten, ..., om de zakken droog op te slaan': its clause moved away
    if not plural and not _read_as_verb(form, word.lower, subject, rest, plan.lang, style):
        return None  # 'open', 'mis': read as another word, the act would read as lost
    plan.drop.add(verb)
    return form


def _read_as_verb(
    form: str, infinitive: str, subject: str, rest: list[str], lang: str, style: RewriteStyle
) -> bool:
    """Does the parser read ``form`` as the writer's verb in the frame ('Vóór 1 juni 2027
    *mis* ik hooguit 2 keer ...', the placeholders' stand-ins in place)? A stem that is also
    another word ('mis', 'open', 'verlies') may be read as a pronoun, adjective or noun,
    and then the writer's act would read as gone."""
    if lemma_of(form, lang).lower() != infinitive:
        return False
    front = style.frames.deadline.format(date=style.seam_fillers.get("date", "x"))
    text = " ".join([front, form, subject, *rest])
    for kind, label in style.placeholders.model_dump().items():  # as the seam checks read it
        text = text.replace(label, style.seam_fillers.get(kind, "x"))
    nlp = get_pipeline(lang)
    with pipeline_lock(nlp):
        doc = nlp(text)
    at = len(front.split())
    token = doc[at] if at < len(doc) else None
    return token is not None and token.lower_ == form and token.lemma_.lower() == infinitive
