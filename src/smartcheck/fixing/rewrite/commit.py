"""Turn an intention into a commitment: drop 'wil graag', 'probeer om ... te', "I'd like to".

The committed auxiliary itself is put in by the frame (it replaces a weak finite verb such as
'wil' or stands after the subject); here the words of intention around the verb go, with the
'om ... te' / 'to' they brought along, so that the infinitive of the goal stays as it is.
"""

from __future__ import annotations

from smartcheck.fixing.rewrite.frame import Clause
from smartcheck.fixing.rewrite.plan import Plan, infinitive_markers
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word


def commit(
    plan: Plan, clause: Clause, style: RewriteStyle, particles: frozenset[str] = frozenset()
) -> None:
    """Drop the words of intention at the start of the clause core (in place); when the
    'te' of 'proberen ... te' goes between a separable particle and its verb, they join
    ('minder uit te stellen' -> 'minder uitstellen'; ``particles``: the pack's)."""
    if clause.shape in ("topic", "third"):
        return
    words = plan.words
    triggers = {t.lower() for t in style.te_triggers}
    triggered = clause.finite is not None and words[clause.finite].lower in triggers
    phrases = sorted((tuple(p.lower().split()) for p in style.cluster_drop), key=len, reverse=True)
    dropped: list[int] = []
    while True:
        core = [i for i in clause.core if plan.kept(i)]
        taken = next((t for p in phrases if (t := _wish_at_start(plan, core, p, style))), None)
        if taken is None:
            break
        plan.drop.update(taken)
        dropped.extend(taken)
        if words[taken[-1]].lower in style.subjects and style.word_order == "v2":
            _drop_asked_modal(plan, clause.core, style)  # 'kijken of ik ... kan afronden'
        triggered = triggered or any(words[i].lower in triggers for i in taken)
    core = [i for i in clause.core if plan.kept(i)]
    weak = clause.finite is not None and words[clause.finite].lower in style.weak_finite
    if style.word_order == "v2" and weak:
        duty = style.conditional_duty.get(words[clause.finite].lower, ()) if clause.finite else ()
        _drop_inner_intention(plan, core, style, set(duty))
        triggered = _drop_inner_trial(plan, core, style) or triggered
        core = [i for i in clause.core if plan.kept(i)]
    if (
        dropped
        and core
        and words[dropped[-1]].lower in style.subjects.values()
        and words[core[0]].lower in style.perfect_verbs
    ):
        plan.drop.difference_update(dropped[-1:])  # 'I will have delivered': keep the future
        return
    if style.word_order != "v2":
        if (
            dropped
            and core
            and (
                words[core[0]].lower in style.determiners
                or words[core[0]].lower in style.prepositions
            )
        ):
            plan.drop.difference_update(dropped)  # "I'd like a promotion": nothing to commit to
        return
    if not triggered:
        return
    complementizers = {c.lower() for c in style.complementizers}
    if core and words[core[0]].lower in complementizers:
        plan.drop.add(core[0])
        core = core[1:]
    markers = {m.lower() for m in style.infinitive_markers}
    for i in infinitive_markers(words, core, markers, style.clause_prepositions):
        plan.drop.add(i)
        n = core.index(i)
        before, verb = (core[n - 1] if n else None), core[n + 1]
        if before is not None and words[before].lower in particles:
            plan.replace[before] = plan.text(before) + plan.text(verb)
            plan.drop.add(verb)


def _wish_at_start(
    plan: Plan, core: list[int], phrase: tuple[str, ...], style: RewriteStyle
) -> list[int] | None:
    """The indices of ``phrase`` at the start of ``core``, with any intensifier before or
    inside it ('I'd *really* like to', 'would *so* love to'), or None. Another adverb before
    it stays in the goal ('I *finally* want to get' -> 'I will finally get')."""
    words = plan.words
    multi = [tuple(w.split()) for w in style.intensifiers]
    taken: list[int] = []
    n = 0
    for k, part in enumerate(phrase):
        while n < len(core) and (skip := _intensifier(words, core, n, multi)):
            taken += core[n : n + skip]
            n += skip
        while (
            k == 0
            and n < len(core)
            and words[core[n]].pos == "ADV"
            and words[core[n]].lower != part
        ):
            n += 1  # 'I *finally* want to': the adverb stays, the wish after it goes
        while k and n < len(core) and words[core[n]].lower in style.means_additions:
            n += 1  # 'I would *also* like to': the addition stays, the wish around it goes
        if n >= len(core) or words[core[n]].lower != part:
            return None
        taken.append(core[n])
        n += 1
    return taken


def _intensifier(
    words: list[Word], core: list[int], n: int, intensifiers: list[tuple[str, ...]]
) -> int:
    """How many words of ``core`` from ``n`` on are an intensifier (0: none)."""
    for entry in intensifiers:
        if tuple(words[i].lower for i in core[n : n + len(entry)]) == entry:
            return len(entry)
    return 0


def _drop_inner_intention(plan: Plan, core: list[int], style: RewriteStyle, duty: set[str]) -> None:
    """'zou graag meer willen leren', 'zou assertiever moeten worden': an intention (or the
    duty a conditional softened) further into the Dutch verb cluster goes too, when the
    goal's own infinitive follows it."""
    single = {p.lower() for p in style.cluster_drop if " " not in p} | duty
    words = plan.words
    for n, i in enumerate(core[:-1]):
        nxt = words[core[n + 1]]
        infinitive = nxt.pos in ("VERB", "AUX") if nxt.pos else nxt.lower.endswith("en")
        if words[i].lower in single and words[i].lower.endswith("en") and infinitive:
            plan.drop.add(i)
            return


def _drop_inner_trial(plan: Plan, core: list[int], style: RewriteStyle) -> bool:
    """'Ik wil dit jaar proberen om zelf X te Y': the trial (a ``te_triggers`` word of the
    cluster) after a phrase of time or manner, before its 'om ... te' clause, goes with its
    'om', as it does right after the finite verb; the 'te' goes after (True: dropped). A
    verb before it keeps it ('wil X leren proberen'), and so does an object clause with no
    'te' ('wil dit proberen')."""
    words = plan.words
    triggers = {t.lower() for t in style.te_triggers}
    single = {p.lower() for p in style.cluster_drop if " " not in p}
    markers = {m.lower() for m in style.infinitive_markers}
    complementizers = {c.lower() for c in style.complementizers}
    for n, i in enumerate(core[:-1]):
        word = words[i]
        attributive = words[core[n + 1]].pos == "NOUN"  # 'volgend jaar': no verb of the cluster
        if word.pos in ("VERB", "AUX") and word.lower not in triggers and not attributive:
            return False
        if word.lower not in triggers or word.lower not in single or n == 0:
            continue
        rest = core[n + 1 :]
        if words[rest[0]].lower not in complementizers:
            return False
        if not any(words[j].lower in markers for j in rest[1:]):
            return False
        plan.drop.update((i, rest[0]))
        return True
    return False


def _drop_asked_modal(plan: Plan, core: list[int], style: RewriteStyle) -> None:
    """'Ik ga kijken of ik de cursus kan afronden': the hedge asked whether the writer can;
    committed, the finite modal of its clause goes and the infinitive after it stays ('Ik
    ga de cursus afronden'). Only a modal right before the clause's last verb."""
    kept = [i for i in core if plan.kept(i) and plan.words[i].is_word]
    for n, i in enumerate(kept[:-1]):
        word = plan.words[i]
        finite = word.pos == "AUX" and bool(word.finite)
        if (finite or word.lower in style.modals) and n == len(kept) - 2:
            plan.drop.add(i)
            return
