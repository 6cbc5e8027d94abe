"""The purpose frame: a vague state becomes the *why*, a concrete behaviour the *what*.

"Ik wil een gezonder leven leiden" names a state, not something to do; no measure makes it
specific. The frame keeps every word of it as the purpose and asks for the behaviour:
"Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om een gezonder leven
te leiden." Dutch purpose clauses put "te" before the last verb, and between a separable
particle and its verb ("af te ronden"); English uses "in order to" + the bare verb phrase.
"""

from __future__ import annotations

from itertools import pairwise

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.countable import countable_comparatives
from smartcheck.fixing.rewrite.frame import Clause, Parts, core_text, lower_first
from smartcheck.fixing.rewrite.plan import Plan, failed
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.told_apart import told_apart, told_tail
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    compound_infinitive,
    infinitive_ending,
    join,
    looks_infinitive_nl,
    tidy,
)
from smartcheck.judging.context import RuleContext
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reading.pipeline import known_word
from smartcheck.reporting.report import GoalReport

_SHAPES = frozenset({"first", "inverted", "fragment"})
#: Tags of words in -en that are no infinitive ('en', 'tien', 'zeven').
_CLOSED = frozenset({"CCONJ", "SCONJ", "ADP", "DET", "PRON", "NUM"})


def wants_purpose(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, plan: Plan, clause: Clause
) -> bool:
    """A failing S whose vague words no verb rewrite took care of (a state, not an act)."""
    if style.frames.purpose is None or plan.behaviour is not None:
        return False
    bad = failed(report)
    if not bad & {Criterion.S, Criterion.M} or clause.shape not in _SHAPES:
        return False
    core = [plan.words[i] for i in clause.core if plan.kept(i) and plan.words[i].start >= 0]
    if not core:
        return False
    start, end = core[0].start, core[-1].end
    vague = ctx.find(report.goal, "vague_outcome") + ctx.find(report.goal, "general_outcome")
    aim = report.goal.purpose  # '... meelopen om de installatie te leren kennen': its purpose
    vague = [m for m in vague if aim is None or not aim.start <= m.start < aim.end]
    vague = vague if Criterion.S in bad else []
    # a comparative of a quality or a mass ('meer geduld hebben', 'communicate better'): no
    # count fits it (countable.py), so a behaviour with its evidence serves it
    # (not beside a purpose of the goal's own: two purposes in a row read as two goals)
    # nor before a second infinitive, which the purpose's 'te' would misplace ('om beter
    # letten op veilig te werken')
    v2 = style.word_order == "v2"
    infinitives = [
        w
        for n, w in enumerate(core)
        if v2
        and looks_infinitive_nl(w)
        and (n == 0 or core[n - 1].lower not in style.articles)
        and infinitive_evidence(w.lower, ctx.pack.lang, ctx.pack.grammar, style) is not False
    ]  # 'letten', 'werken'; not a noun after its article ('het pianostemmen'), nor a plural
    # the dictionary knows ('mijn werkbonnen beter invullen')
    # nor a clause of others the writer wants ('Ik wil dat de stagiairs beter communiceren':
    # 'om dat de stagiairs ... te' reads broken; the own-part frame sees to it)
    others = core[0].pos == "SCONJ"
    alone = aim is None and len(infinitives) < 2 and not others
    compared = ctx.find(report.goal, "comparatives") if alone else []
    counted = countable_comparatives(report.goal, ctx, style, compared)
    if not counted:  # one counted comparative makes the count range fit the clause
        vague += [m for m in compared if not any(_overlap(m, c) for c in counted)]
    return any(start <= m.start and m.end <= end for m in vague)


def _overlap(a: LexiconMatch, b: LexiconMatch) -> bool:
    """Two matches share a word ('more' inside 'more often')."""
    return a.start < b.end and b.start < a.end


def purpose_sentence(
    plan: Plan,
    clause: Clause,
    style: RewriteStyle,
    parts: Parts,
    ctx: RuleContext | None,
    purpose: str | None = None,
    fronted: bool = False,
) -> str | None:
    """The goal in the purpose frame, or None when its core has no verb to carry it;
    ``purpose``: the purpose phrase already made (a wished-for thing, see template.py);
    ``fronted``: a fragment's fronted words stay in front (a means fills the behaviour:
    'Eind dit jaar ga ik [means], om ...'; means.py)."""
    clause = told_apart(plan, clause, style)  # '..., so far I only know X': apart
    if purpose is None and ctx is not None:
        dropped = set(plan.drop)
        parts = _deadline_in_front(plan, clause, parts)
        purpose = _purpose_phrase(plan, clause, style, ctx)
        if purpose is None:
            plan.drop = dropped  # the plan goes on to other frames as it was
    if purpose is None:
        return None
    subject = style.default_subject
    if clause.subject is not None and plan.words[clause.subject].lower in style.subjects:
        subject = plan.words[clause.subject].text  # 'We would like to ...': still 'we'
    aux = style.subjects.get(subject.lower(), next(iter(style.subjects.values())))
    behaviour = style.placeholders.behaviour
    time = parts.time or ""
    vague = ctx is not None and (_vague_verb(plan, clause, ctx) or _compares(plan, clause, ctx))
    front = _front(plan, clause, style, fronted, vague)
    if style.word_order == "v2":
        lead, later = (time, lower_first(front, style)) if time else (front, "")
        head = (
            f"{lead} {aux} {subject.lower()} {later} {behaviour}"
            if lead
            else f"{subject} {aux} {behaviour}"
        )
    else:
        lead = ", ".join(p for p in (time, lower_first(front, style) if time else front) if p)
        inside = subject if subject == style.default_subject else subject.lower()  # 'I', 'we'
        head = f"{lead}, {inside} {aux} {behaviour}" if lead else f"{subject} {aux} {behaviour}"
    sentence = tidy(capitalise(head.strip()) + "".join(parts.extras) + ", " + purpose)
    told = told_tail(plan, clause, style)
    if told is not None:  # '..., in order to X. So far I only know Y.'
        return sentence.rstrip(" ,.") + told + "."
    tail = join([plan.words[i].with_text(plan.text(i)) for i in clause.tail if plan.kept(i)], False)
    tail = tail.rstrip(".!")
    if tail:  # what followed the main clause ('zodat ik ... kan bouwen') stays
        sentence = sentence.rstrip(" ,") + (tail if tail[0] in ",;" else " " + tail)
    return sentence.rstrip(" ,") + "."


def _deadline_in_front(plan: Plan, clause: Clause, parts: Parts) -> Parts:
    """The goal's own deadline inside the words that become the purpose (a dated event,
    '... voor mijn beoordelingsgesprek in maart', or a safe fix's date) is the deadline of
    the writer's behaviour, not of the purpose: it leaves the purpose and goes in front,
    where the frame's deadline stands ('Voor mijn beoordelingsgesprek in maart ga ik
    [concreet gedrag], ..., om promotie te maken naar ...')."""
    kept = [i for i in clause.core if plan.kept(i)]
    at = [i for i in plan.deadline_at if plan.kept(i)]
    if not at or parts.time is not None or not set(at) <= set(kept):
        return parts
    first = kept.index(at[0])
    if kept[first : first + len(at)] != at:
        return parts  # not one phrase of the core
    text = join([plan.words[i].with_text(plan.text(i)) for i in at])
    plan.drop.update(at)
    return Parts(text[:1].lower() + text[1:], parts.extras)


def _front(
    plan: Plan, clause: Clause, style: RewriteStyle, fronted: bool = False, vague: bool = False
) -> str:
    """What the goal fronted before its subject ('Als monteur', 'Voor mijn volgende
    functioneringsgesprek ([datum])'), or (``fronted``) before a fragment's verb phrase
    ('Eind dit jaar zelf ... doen'): it stays in front of the main clause, where it was."""
    kept = [i for i in clause.front if plan.kept(i)]
    # a heading sentence before the writer's wish ('Veiligheid. Ik wil de stagiairs beter
    # begeleiden'): the field stays in front of the behaviour, as in the main frame
    headed = vague or _heading_sentence(plan, kept)
    labelled = headed and clause.shape == "fragment" and _label_fronted(plan, kept, style)
    if clause.shape != "inverted" and not (fronted and clause.shape == "fragment") and not labelled:
        return ""
    if not any(plan.words[i].is_word for i in kept):
        return ""
    text = join([plan.words[i].with_text(plan.text(i)) for i in kept])
    return text.rstrip(" ,")


def _heading_sentence(plan: Plan, kept: list[int]) -> bool:
    """The fronted label is a heading of its own, closed by a full stop before the writer's
    sentence ('Veiligheid op de werkvloer. Ik wil ...'), not a label before a colon."""
    if not kept:
        return False
    after = [w for w in plan.words[kept[0] :] if not w.is_word]
    return bool(after) and after[0].text == "."


def _vague_verb(plan: Plan, clause: Clause, ctx: RuleContext) -> bool:
    """The core holds a vague outcome verb (the lexicon's ``vague_outcome``: 'verbeteren'),
    which only the purpose frame keeps with its own object; a concrete act ('nog uren
    maken') is committed as written, its label in front."""
    vague = {w.lower() for w in ctx.pack.words("vague_outcome")}
    return any(plan.words[i].keys() & vague for i in clause.core)


def _compares(plan: Plan, clause: Clause, ctx: RuleContext) -> bool:
    """The core compares (the lexicon's ``comparatives``: 'beter slapen', 'meer geduld'): a
    quality or mass the purpose frame serves, its label the field of the behaviour ('ga ik
    bij gezondheid [concreet gedrag], ..., om beter te slapen')."""
    compared = {w.lower() for w in ctx.pack.words("comparatives")}
    return any(plan.words[i].keys() & compared for i in clause.core if plan.kept(i))


def _label_fronted(plan: Plan, kept: list[int], style: RewriteStyle) -> bool:
    """Dutch: the fragment's front is its topic label, made the field phrase ('Buurtbemiddeling:'
    -> 'bij buurtbemiddeling', frame.py): the field the behaviour is in, which stays with
    it ('Vóór [datum] ga ik bij buurtbemiddeling [concreet gedrag], ..., om ...'); dropped,
    the writer's field is lost. Asked only for a vague verb's purpose (``_vague_verb``)."""
    frame = style.frames.topic_label
    shown = plan.replace.get(kept[0], "") if kept else ""
    if frame is None or not shown:
        return False
    return frame.format(topic=shown.split(" ", 1)[-1]) == shown


def nominalised_object(plan: Plan, clause: Clause, style: RewriteStyle, ctx: RuleContext) -> bool:
    """The object of the goal's verb is a Dutch infinitive used as a noun, after a
    determiner or possessive, adjectives between ("mijn *klinisch redeneren* verbeteren", "het
    *lesgeven* verbeteren", "mijn *leidinggeven* ontwikkelen"): the topic frame would put a
    verb form before the behaviour ("voor mijn klinisch redeneren [concreet gedrag]", read
    as a verb cluster), so the writer's own clause becomes the purpose, as for a fragment.
    English reads its gerund as a topic ("for my clinical reasoning")."""
    if style.word_order != "v2":
        return False
    kept = [i for i in clause.core if plan.kept(i) and plan.words[i].is_word]
    verbs = [n for n, i in enumerate(kept) if looks_infinitive_nl(plan.words[i])]
    for n in verbs[:-1]:  # the last one is the goal's own verb
        word = plan.words[kept[n]]
        if word.lower in style.prepositions or word.pos in _CLOSED or word.pos == "ADJ":
            continue
        if infinitive_evidence(word.lower, ctx.pack.lang, ctx.pack.grammar, style) is False:
            continue  # a plural noun ('de roosterwijzigingen'), no verb form
        before = n - 1
        while before >= 0 and plan.words[kept[before]].pos in ("ADJ", "ADV"):
            before -= 1  # 'mijn *klinisch* redeneren'
        if before >= 0 and plan.words[kept[before]].lower in style.determiners:
            return True
    return False


def holds_a_clause(words: list[Word], style: RewriteStyle, ctx: RuleContext) -> bool:
    """The words hold a clause with its own subject, which no infinitive purpose ('om ... te
    krijgen', 'in order to get') can: a subject pronoun, or a finite verb after the first
    word ('dat ik ... krijg', 'hope my manager gives me'). A Dutch form in -n is left out:
    the tagger calls infinitives finite ('hangen'); a subordinate clause inside the object
    may have its own ('improving how well I communicate'), and so may an aside in brackets,
    where the tagger also reads a plural noun as a verb ('(HS codes)')."""
    nominative = set(style.subjects) | set(ctx.pack.words("nominative_pronouns"))
    openers = set(style.relativizers) | set(style.clause_ends)
    openers |= set(ctx.pack.words("subordinators"))
    depth, n = 0, -1
    for word in words:
        depth += word.text.count("(") - word.text.count(")")
        if depth > 0 or not word.is_word or ")" in word.text:
            continue
        n += 1
        if n > 0 and word.lower in openers:
            return False
        if word.lower in nominative:
            return True
        finite = word.pos in ("VERB", "AUX") and word.verbform == "Fin" and bool(word.finite)
        infinitive_like = style.word_order == "v2" and word.lower.endswith("n")
        if n > 0 and finite and not infinitive_like:
            return True
    return False


def _purpose_phrase(
    plan: Plan, clause: Clause, style: RewriteStyle, ctx: RuleContext
) -> str | None:
    """'om een gezonder leven te leiden', 'in order to learn Python' (None: no verb for it,
    or a clause of its own inside)."""
    if holds_a_clause([plan.words[i] for i in clause.core if plan.kept(i)], style, ctx):
        return None
    kept = [i for i in clause.core if plan.kept(i)]
    future = set(style.subjects.values())
    verbal = len(kept) > 1 and plan.words[kept[1]].pos in ("VERB", "AUX")
    for n in range(min(2, len(kept) - 1)):  # 'in order to have become': no aim of a step
        first, then = plan.words[kept[n]], plan.words[kept[n + 1]]
        perfect = first.lemma.lower() in ("have", "hebben")  # not a passive ('be promoted')
        if perfect and first.lower not in future and then.verbform == "Part":
            return None
    if verbal and plan.words[kept[0]].lower in future:
        plan.drop.add(kept[0])  # 'I will be more careful': the frame commits, the aim is bare
    words = core_text(plan, clause, style).split()
    if len(words) < 2:
        return None
    pronoun = style.reflexive_objects.get(style.default_subject.lower())
    told = [plan.words[i] for i in kept]
    reflexive = any(w.lemma in style.reflexive_verbs for w in told)
    written = any(w.lower in style.reflexive_objects.values() for w in told)
    if style.word_order == "v2" and pronoun and reflexive and not written:
        words = [pronoun, *words]  # 'om me beter te concentreren' (frame.py _reflexive)
    if style.word_order == "v2":
        kept = [i for i in clause.core if plan.kept(i)]
        closed = style.prepositions | style.determiners
        verbs = {
            plan.text(i).lower()
            for n, i in enumerate(kept)
            if (
                looks_infinitive_nl(plan.words[i].with_text(plan.text(i)))
                or _misread_participle(plan.words[i])
            )
            and plan.words[i].lower not in style.prepositions  # 'binnen', 'tegen'
            and (plan.words[i].pos not in _CLOSED or _dictionary_verb(plan.text(i), ctx, style))
            and not _after_article(plan, kept, n, closed)
        }  # after a preposition or article a form in -en is a noun ('het maken van')
        verbs |= {  # a particle joined to its verb ('uit te leggen' -> 'uitleggen')
            plan.text(i).lower()
            for i in kept
            if plan.text(i).lower() != plan.words[i].lower
            and plan.text(i).lower().startswith(plan.words[i].lower)
            and _dictionary_verb(plan.text(i), ctx, style)
        }
        clause_text = _with_te(words, ctx, style, verbs)
        if clause_text is None:
            return None
    else:
        if not _opens_with_verb(plan, clause, style, ctx):
            return None
        clause_text = " ".join(words)
    assert style.frames.purpose is not None
    return style.frames.purpose.format(clause=clause_text)


def _misread_participle(word: Word) -> bool:
    """Dutch: the tagger's participle in -en whose lemma is no infinitive ('uitleggen' read
    as a participle of 'uitleg', 'inpakken' of 'inpak'): a participle's lemma is its verb's
    infinitive ('geschreven': 'schrijven'), so this one is the infinitive misread."""
    lemma = word.lemma.lower()
    misread = word.pos == "VERB" and word.verbform == "Part" and word.lower.endswith("en")
    return misread and bool(lemma) and not lemma.endswith("en") and word.lower.startswith(lemma)


def _after_article(plan: Plan, kept: list[int], n: int, closed: frozenset[str]) -> bool:
    """The word stands after a preposition or article, attributive adjectives between ('het
    maken van', 'mijn *eigen* grenzen', 'de *nieuwe* regelingen'): a form in -en there is a
    noun, not the verb 'te' goes before. An adjective without the attributive ending is
    an adverb of the verb ('het *snel* leren': 'om het snel te leren')."""
    before = n - 1
    while before >= 0 and plan.words[kept[before]].pos == "ADJ":
        if not plan.words[kept[before]].lower.endswith(("e", "en")):
            return False
        before -= 1
    return before >= 0 and before < n and plan.words[kept[before]].lower in closed


def _dictionary_verb(word: str, ctx: RuleContext, style: RewriteStyle) -> bool:
    """'en', 'tien' are no verbs whatever their ending, but the small tagger also calls a
    verb such as 'doorgroeien' a pronoun: the dictionary, which knows its conjugated forms,
    decides then."""
    lower = word.lower()
    return infinitive_evidence(lower, ctx.pack.lang, ctx.pack.grammar, style) is True


def _opens_with_verb(plan: Plan, clause: Clause, style: RewriteStyle, ctx: RuleContext) -> bool:
    """English: 'in order to' takes a verb, never a language or a comparative before its
    noun ('in order to Spanish lessons', 'in order to more sleep'); the tagger's verb after a
    comparative is one ('to better understand')."""
    kept = [i for i in clause.core if plan.kept(i) and plan.words[i].is_word]
    if not kept:
        return False
    first = plan.words[kept[0]].lower
    comparatives = {c.lower() for c in ctx.pack.words("comparatives")}
    if first in style.capitalised:
        return False
    if first in style.need_haves and plan.words[kept[0]].pos in ("VERB", "AUX"):
        return False  # 'in order to need better communication': a need, not the aim's act
    if first in comparatives and plan.words[kept[0]].pos in ("ADJ", "ADV", "DET"):
        nxt = plan.words[kept[1]] if len(kept) > 1 else None
        if nxt is None or first in style.amount_verbs:
            return False  # 'to more focus': no bare verb after a comparative of amount
        bare = nxt.verbform not in ("Ger", "Part")  # 'to less procrastinating'
        return nxt.pos in ("VERB", "AUX") and bare
    return True


def _with_te(
    words: list[str], ctx: RuleContext, style: RewriteStyle, verbs: set[str]
) -> str | None:
    """Dutch: 'een gezonder leven leiden' -> 'een gezonder leven te leiden'; a phrase after
    the last infinitive stays after it ('meer te leren over subsidies'), and a short one
    with no preposition (a time: 'opslag krijgen dit jaar') goes before the clause, where
    the middle field has it ('om dit jaar opslag te krijgen'). Examples after a comma
    ('..., bijv. via een cursus of zelf veel lezen') stay after the clause whose verb takes
    the 'te', and each infinitive coordinated with the last takes its own ('om meer
    verantwoordelijkheid te nemen en door te groeien')."""
    closed = style.prepositions | style.determiners
    unread = not any(w.lower().rstrip(",") in verbs for w in words)  # 'krijgen,' is read
    if unread and len(words) >= 2 and words[-2].lower() in closed:
        return None  # 'meer variatie in mijn lessen': a noun after an article, no verb
    asked = _question_after_verb(words, ctx, verbs)
    if asked is not None:  # 'leren hoe ik ... kan bijhouden': 'te leren hoe ik ...'
        marker = style.infinitive_markers[0] if style.infinitive_markers else "te"
        te = te_before(words[asked], marker, ctx)
        return " ".join([*words[:asked], *te, *words[asked + 1 :]])
    relative = _relative_start(words, style, verbs)
    if relative is not None and _compared(words[:relative], ctx):
        # 'beter omgaan met makelaars *die druk zetten*': the vague act the behaviour serves;
        # its relative clause's verb keeps no 'te' (a concrete act with one, 'werkinstructies
        # opstellen die ...', is committed as written)
        clause = _with_te(words[:relative], ctx, style, verbs)
        return None if clause is None else " ".join([clause, *words[relative:]])
    cut = _example_start(words, ctx, style)
    # the comma may cling to the verb before the examples ('adviseren, bijv. over kitten en
    # afvoeren'): that verb takes the 'te', never one of the examples
    if cut is not None and any(w.lower().rstrip(",") in verbs for w in words[:cut]):
        comma = words[cut - 1].endswith(",") and words[cut - 1] != ","
        head = [*words[: cut - 1], words[cut - 1].rstrip(",")] if comma else words[:cut]
        clause = _with_te(head, ctx, style, verbs)
        if clause is None:
            return None
        return " ".join([clause + ("," if comma else ""), *words[cut:]])
    marker = style.infinitive_markers[0] if style.infinitive_markers else "te"
    last = max((n for n, w in enumerate(words) if w.lower() in verbs), default=len(words) - 1)
    joiners = {w.lower() for w in ctx.pack.words("coordinators") if w.isalpha()}
    for n in range(last - 1, -1, -1):  # 'nemen en doorgroeien': 'te nemen en door te groeien'
        coordinated = words[n].lower() in verbs and words[n + 1].lower() in joiners
        if coordinated and (n == 0 or words[n - 1].lower() != marker):
            words = [*words[:n], *te_before(words[n], marker, ctx), *words[n + 1 :]]
    return _with_last_te(words, ctx, style, verbs)


def _compared(words: list[str], ctx: RuleContext) -> bool:
    """A comparative of the pack's ('beter', 'meer') among ``words``: the act is vague."""
    comparatives = {c.lower() for c in ctx.pack.words("comparatives")}
    return any(w.lower() in comparatives for w in words)


def _relative_start(words: list[str], style: RewriteStyle, verbs: set[str]) -> int | None:
    """Where a relative clause on a noun after the goal's verb starts ('beter omgaan met
    makelaars *die* druk zetten', 'werken met klanten *waarmee* ...'): the 'te' is the goal
    verb's, the clause keeps its own verb. None without one; a 'die' right after a
    preposition or an article is a determiner ('met die klant')."""
    closed = style.prepositions | style.determiners
    for n in range(1, len(words) - 1):
        opens = words[n].lower() in style.relativizers and words[n - 1].lower() not in closed
        verb_before = any(w.lower().rstrip(",") in verbs for w in words[:n])
        if opens and verb_before and any(w.lower().rstrip(",.") in verbs for w in words[n + 1 :]):
            return n
    return None


def _question_after_verb(words: list[str], ctx: RuleContext, verbs: set[str]) -> int | None:
    """The infinitive that governs an embedded question ('leren *hoe* ik ... kan bijhouden',
    'uitzoeken *wat* ... werkt'): the 'te' is its, and the question keeps its own verbs. Its
    index, when no act is listed before it ('X doen en leren hoe ...'), or None. A form in
    -en before it and no joiner after it is its object ('patiënten beter uitleggen
    *hoeveel* ...')."""
    asking = {w.lower() for w in ctx.pack.words("question_words")}
    joiners = {w.lower() for w in ctx.pack.words("coordinators") if w.isalpha()}
    for n in range(1, len(words)):
        if words[n].lower() in asking and words[n - 1].lower() in verbs:
            earlier = any(
                w.lower().rstrip(",") in verbs and (w.endswith(",") or nxt.lower() in joiners)
                for w, nxt in pairwise(words[:n])
            )
            labelled = any(w.endswith(":") for w in words[: n - 1])  # 'Wsnp: beter weten'
            return None if earlier or labelled else n - 1
    return None


def _example_start(words: list[str], ctx: RuleContext, style: RewriteStyle) -> int | None:
    """Where examples after a comma start ('..., bijv. via een cursus', '..., zoals ...':
    the pack's ``narrowing_markers``, and the rewrite's ``example_openers``, which also
    spell the abbreviation without its period: '..., bv teamleider nachtploeg'), or None."""
    found = [*ctx.pack.words("narrowing_markers"), *style.example_openers]
    markers = sorted((m.lower().split() for m in found), key=len, reverse=True)
    lower = [w.lower() for w in words]
    for n in range(1, len(words)):
        if words[n - 1].endswith(",") and any(lower[n : n + len(m)] == m for m in markers):
            return n
    return None


def te_before(verb: str, marker: str, ctx: RuleContext) -> list[str]:
    """'te' before an infinitive, between a separable particle and its verb ('door te
    groeien'), also when the particle is a word of its own ('klaar te zetten', the pack's
    ``word_particles``): 'te klaarzetten' is no Dutch. A word particle the verb starts with
    comes first ('open' of 'openzetten' before 'op')."""
    words = ctx.pack.words("word_particles")
    particles = (*(p for p in words if _splits(verb, p)), *ctx.pack.words("separable_particles"))
    for particle in particles:
        rest = verb[len(particle) :]
        if verb.lower().startswith(particle) and len(rest) >= 4 and infinitive_ending(rest):
            if _loan_verb(verb.lower(), particle, ctx):
                break
            return [verb[: len(particle)], marker, rest]
    return [marker, verb]


def _splits(verb: str, particle: str) -> bool:
    """Whether ``verb`` is ``particle`` joined to an infinitive of four letters or more."""
    rest = verb[len(particle) :]
    return verb.lower().startswith(particle) and len(rest) >= 4 and infinitive_ending(rest)


#: The ending of the verbs a language borrowed ('informeren', 'installeren'): a first
#: syllable that looks like a particle is none of theirs ('te informeren').
_LOAN_ENDING = "eren"


def _loan_verb(verb: str, particle: str, ctx: RuleContext) -> bool:
    """A borrowed verb in -eren whose first letters only look like a particle ('in' of
    'informeren'): the dictionary knows no participle with the particle split off
    ('ingeformeerd'), where a separable one has it ('aangeleerd', 'ingevoerd')."""
    if not verb.endswith(_LOAN_ENDING):
        return False
    grammar = ctx.pack.grammar
    prefix = grammar.participle_prefix
    if not prefix:
        return False
    stem = verb[len(particle) : -len(grammar.infinitive_ending) or None]
    stems = {stem, stem[:-2] + stem[-2] + stem[-2:]}  # 'former' -> 'formeer'
    split = {particle + prefix + s + e for s in stems for e in grammar.participle_endings}
    return not any(known_word(form, ctx.pack.lang) for form in split)


def _with_last_te(
    words: list[str], ctx: RuleContext, style: RewriteStyle, verbs: set[str]
) -> str | None:
    """'te' before the last infinitive (or its cluster), as :func:`_with_te` says."""
    last = max((n for n, w in enumerate(words) if w.lower() in verbs), default=len(words) - 1)
    after = words[last + 1 :]
    aside = bool(after) and after[0].startswith("(")  # '(vooral geborstelde vlakken)': it
    # tells about the words before it and stays after them, never before the object
    if after and words[last + 1].lower() not in style.prepositions and not aside:
        adverbial = words[last].lower().endswith("en") and len(words[last]) > 3
        if adverbial and len(after) <= 3 and not any(w.lower().endswith("en") for w in after):
            words = [*after, *words[: last + 1]]
        last, after = len(words) - 1, []
    words = words[: last + 1]
    verb = words[-1]
    if not (verb.isalpha() and compound_infinitive(verb.lower()) and len(verb) > 3):
        return None
    grammar = ctx.pack.grammar
    if infinitive_evidence(verb.lower(), ctx.pack.lang, grammar, style) is False:
        return None  # 'om meer te zelfvertrouwen': a noun takes no 'te'
    marker = style.infinitive_markers[0] if style.infinitive_markers else "te"
    if len(words) >= 2 and words[-2].lower() == marker:
        return None  # already a te-infinitive ("leren om ... op te stellen"): another frame
    # 'leren presenteren', 'kunnen maken': 'te' goes before the first verb of the cluster
    first = len(words) - 1
    while first > 0 and _infinitive_form(words[first - 1], ctx):
        first -= 1
    te = te_before(words[first], marker, ctx)
    return " ".join([*words[:first], *te, *words[first + 1 :], *after])


def _infinitive_form(word: str, ctx: RuleContext) -> bool:
    """A verb of a Dutch verb cluster before the last one ('leren', 'kunnen', 'gaan')."""
    lower = word.lower()
    verbs = set(ctx.pack.words("complement_verbs")) | set(ctx.pack.words("modal_verbs"))
    return lower in verbs and lower.endswith("en")
