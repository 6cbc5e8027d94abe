"""A duty packed with a second clause: the writer's own part of both.

"Er moeten minder klachten komen, vooral het aantal X moet omlaag", "De school moet de
inspectie halen, dus alle lesplannen moeten worden herschreven", "There must be a new
checklist, and it has to be ready before Easter": the own-part frame ("zorg ik ervoor dat ...")
takes one clause; the second is an impersonal duty of its own, so left as written it still
names nobody (A). Here that second clause becomes the frame's next clause ("en dat vooral het
aantal X omlaag gaat", "and that it is ready before Easter"): the writer sees to both, the link
word that narrows or concludes stays where it fits inside the clause, and a demonstrative
that stood for the first clause's thing becomes its pronoun ("dat moet ... klaar zijn" ->
"en dat het ... klaar is").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, inside_sentence, join

if TYPE_CHECKING:
    from collections.abc import Callable

    from smartcheck.fixing.rewrite.style import RewriteStyle


def split_clauses(words: list[Word]) -> tuple[list[Word], list[Word]] | None:
    """The words before and after the first comma or semicolon, when both hold words."""
    at = next((n for n, w in enumerate(words) if w.text in (",", ";")), None)
    if at is None:
        return None
    first, second = words[:at], words[at + 1 :]
    while second and not second[-1].is_word:
        second = second[:-1]
    if not any(w.is_word for w in first) or not any(w.is_word for w in second):
        return None
    return first, second


def next_duty(
    words: list[Word],
    style: RewriteStyle,
    order: Callable[[list[Word]], list[Word] | None],
) -> str | None:
    """The second clause of a packed duty (``words``, after its comma) as the own part's next
    clause ('en dat vooral het aantal ... omlaag gaat'), or None when it is no impersonal
    duty of one clause. ``order`` leaves the duty modal out and puts the clause in the own
    part's order; it returns None when it found no duty."""
    frame = style.frames.own_part_next
    if frame is None or any(w.text in ",;:" for w in words):
        return None
    lowered = [w.lower for w in words]
    link: tuple[str, str] | None = None
    for phrase in sorted(style.duty_links, key=len, reverse=True):
        parts = phrase.lower().split()
        if lowered[: len(parts)] == parts:
            link = (phrase, style.duty_links[phrase])
            break
    rest = words[len(link[0].split()) :] if link else words
    if len(rest) < 3 or any(w.lower in style.subjects for w in rest):
        return None  # the writer's own clause ('..., dus ik ga ...'): no duty of others
    if rest[0].lower in style.demonstrative_subjects:
        rest = [rest[0].with_text(style.demonstrative_subjects[rest[0].lower]), *rest[1:]]
    lead = [Word(w) for w in (link[1].split() if link else [])]
    ordered = order(rest)
    if ordered is None and lead and rest[0].lower in style.own_part_drops:
        ordered, lead = order([*lead, *rest]), []  # 'daarom moeten alle X ...': inverted
    if ordered is None:
        return None
    if _holds_duty(ordered, style):
        return None  # never 'en dat ... moet'
    ordered = [inside_sentence(ordered[0]), *ordered[1:]]  # 'Het' inside the sentence; 'Jan'
    return frame.format(clause=join([*lead, *ordered]))


def _holds_duty(words: list[Word], style: RewriteStyle) -> bool:
    """A duty modal of the pack ('moet', 'has to') still in the clause after its subject."""
    lowered = [w.lower for w in words]
    phrases = [p.lower().split() for p in style.own_part_drops]
    return any(lowered[n : n + len(p)] == p for p in phrases for n in range(1, len(lowered)))


def group_duty(
    words: list[Word], style: RewriteStyle
) -> tuple[list[Word], list[Word], list[Word]] | None:
    """'Het team moet ervoor zorgen dat elke melding één eigenaar heeft', 'The data team
    should make sure every metric has one owner': a duty to see to something, laid on a
    group. The writer cannot own the group's duty ('zorg ik ervoor dat het team ervoor
    zorgt dat ...'), but can see to the same thing together with it ('ga ik samen met het
    team ervoor zorgen dat ...'): the group's words, the verb of seeing to it as written,
    and the clause it was to see to (after 'dat' / 'that'), or None."""
    lowered = [w.lower for w in words]
    duties = sorted((p.lower().split() for p in style.own_part_drops), key=len, reverse=True)
    at, duty = next(
        ((n, p) for n in range(1, len(lowered)) for p in duties if lowered[n : n + len(p)] == p),
        (None, None),
    )
    if at is None or duty is None:
        return None
    after = at + len(duty)
    ensure = next(
        (
            e.split()
            for e in sorted(style.ensure_verbs, key=len, reverse=True)
            if lowered[after : after + len(e.split())] == e.lower().split()
        ),
        None,
    )
    if ensure is None:
        return None
    start = after + len(ensure)
    that = (style.frames.own_part or "").split("{clause}")[0].split()[-1:]
    if lowered[start : start + 1] == [t.lower() for t in that]:
        start += 1
    others, verb, clause = words[:at], words[after : after + len(ensure)], words[start:]
    if (
        not any(w.pos in ("NOUN", "PROPN") for w in others)
        or any(w.lower in style.subjects or not w.is_word for w in others)
        or len([w for w in clause if w.is_word]) < 3
    ):
        return None
    return others, verb, clause


def wish_for_others(words: list[Word], style: RewriteStyle) -> tuple[int, int] | None:
    """'I want my team to give more feedback', "I'd like the new colleagues to be onboarded
    faster": the writer wishes that others act (A), so the writer's part is to see to it
    ('I will make sure that my team gives ...'). The word indices where the others' noun
    phrase starts and of its 'to', or None. Only a verb-object language writes the wish
    this way; Dutch says 'ik wil dat mijn team ...', which the frame reads (frame.py)."""
    if style.word_order == "v2" or not words or words[0].lower not in style.subjects:
        return None
    markers = {m.lower() for m in style.infinitive_markers}
    wishes = sorted(
        (p.lower().split()[:-1] for p in style.cluster_drop if p.lower().split()[-1:] == ["to"]),
        key=len,
        reverse=True,
    )
    at = 1
    while at < len(words) and words[at].lower in style.intensifiers:
        at += 1  # 'I really want ...'
    lowered = [w.lower for w in words]
    wish = next((p for p in wishes if p and lowered[at : at + len(p)] == p), None)
    if wish is None:
        return None
    start = at + len(wish)
    to = next((n for n in range(start, len(words)) if words[n].lower in markers), None)
    if to is None or to == start or to + 1 >= len(words):
        return None
    others = words[start:to]
    if (
        len(others) > 6
        or not any(w.pos in ("NOUN", "PROPN") for w in others)
        or any(
            not w.is_word
            or w.pos in ("VERB", "AUX", "ADP", "SCONJ")
            or w.lower in style.object_pronouns
            for w in others
        )
    ):
        return None  # 'want to go to ...', 'want me to ...': no others' clause
    return start, to


def means_clause(words: list[Word], style: RewriteStyle) -> int | None:
    """'Promotie maken naar X door beter te communiceren', 'Get promoted to X by being a
    better leader': an outcome others decide, reached by a means of the writer's own. The
    index of the means marker ('door', 'by') when a verb phrase of the writer's follows it
    to the end (Dutch: its 'te' and infinitive; English: a gerund right after it), else
    None. The outcome before it must be the writer's fragment (no subject of its own)."""
    if not words or words[0].lower in style.subjects:
        return None
    markers = {m.lower() for m in style.infinitive_markers}
    while words and not words[-1].is_word:
        words = words[:-1]
    for n, word in enumerate(words[1:-1], start=1):
        if word.lower not in style.means_markers:
            continue
        rest = words[n + 1 :]
        if any(not w.is_word for w in rest) or any(not w.is_word for w in words[:n]):
            return None  # a comma, a second clause: more than one outcome and its means
        if style.word_order == "v2":
            verb = len(rest) >= 2 and rest[-2].lower in markers and rest[-1].lower.endswith("en")
        else:
            verb = rest[0].verbform == "Ger" or (
                rest[0].pos in ("VERB", "AUX") and rest[0].lower.endswith("ing")
            )
        return n if verb and len(rest) >= 2 else None
    return None
