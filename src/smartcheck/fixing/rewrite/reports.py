"""Someone else's report after the writer's phrase: the writer's reason, not a goal.

"Work on my valuation accuracy, the branch manager says I overvalue too often": after a
comma, a named other and a verb of saying or opinion (the pack's ``voice_verbs``) report
about the writer. That is why the writer wants the goal, so it stays whole after the
sentence as its reason, opened by the pack's ``frames.report_reason`` ("..., as the
branch manager says I overvalue too often", "..., want mijn teamleider zegt dat ik te lang
wacht"); read as the goal's own clause it gave "I will overvalue too often". A report
that frames the goal in front ("My manager says I should ...") is the voices package's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.reading.goal import Goal

#: Words the other person's name may have ('the branch manager', 'my team lead').
_WHO_WORDS = 4


def reported_reason(words: list[Word], style: RewriteStyle) -> int | None:
    """The index of the comma before a report about the writer, or None (see above)."""
    if not style.voice_verbs:
        return None
    for n, word in enumerate(words):
        if word.text == "," and n >= 2 and report_after(words[n:], style):
            return n
    return None


def report_after(words: list[Word], style: RewriteStyle) -> bool:
    """Do ``words``, from a comma, report about the writer ('..., the branch manager says I
    overvalue too often'; see above)?"""
    if not style.voice_verbs or not words or words[0].text != ",":
        return False
    that = _complementizer(style)
    after = words[1 : 2 + _WHO_WORDS]
    verb = next((k for k, w in enumerate(after) if _reporting(w.lemma, style)), None)
    if verb is None or verb == 0:
        return False
    rest = words[2 + verb : 4 + verb]
    if rest and rest[0].lower == that:
        rest = rest[1:]  # 'zegt dat ik', 'says that I'
    who = after[:verb]
    named = any(w.pos in ("NOUN", "PROPN") for w in who)
    return bool(
        named
        and all(w.is_word and w.lower not in style.subjects for w in who)
        and (rest and rest[0].lower in style.subjects)
    )


def _reporting(lemma: str, style: RewriteStyle) -> bool:
    """A verb of saying or opinion ('zegt', 'vindt', 'says'), not of wishing ('wil dat ik',
    'hopes'): a wish that the writer acts is the writer's goal (voices/, own.py); nor of
    advice ('suggested I take over ...'; not in the pack's ``report_verbs``), whose clause
    is the act advised."""
    wishes = set(style.weak_finite) | {p.split()[0].lower() for p in style.cluster_drop}
    reports = style.report_verbs or style.voice_verbs
    return lemma in style.voice_verbs and lemma in reports and lemma not in wishes


def _complementizer(style: RewriteStyle) -> str:
    """The word that opens a that-clause ('dat', 'that'): the own-part frame's last word."""
    frame = (style.frames.own_part or "").split("{clause}")[0].split()
    return frame[-1].lower() if frame else ""


def as_reason(style: RewriteStyle) -> str | None:
    """The word that opens the kept report ('want', 'as'; the pack's
    ``frames.report_reason``)."""
    return style.frames.report_reason


def report_committed(doc: Doc, goal: Goal, style: RewriteStyle) -> list[tuple[str, str]]:
    """(detail, word) where ``doc``, a parsed candidate, commits the writer to what someone
    else reports about them ('my partner says I work too late' -> 'I will work too late'):
    a description of the writer, not a goal. A report that carries a duty or a wish ('says I
    should', 'thinks I can') is the voices package's to rewrite as the writer's own clause."""
    original = goal.doc
    if original is None or not style.voice_verbs:
        return []
    if style.word_order == "v2":
        return _report_committed_v2(doc, original, style)
    modal = set(style.modals) | {p.split()[0].lower() for p in style.cluster_drop}
    reported = [
        (t.nbor(2), t.nbor(3) if t.i + 3 < len(original) else None)
        for t in original[:-2]
        if _reporting(t.lemma_.lower(), style)
        and t.nbor(1).lower_ in style.subjects
        and t.nbor(2).pos_ == "VERB"
        and t.nbor(2).lower_ not in modal
    ]
    committed = set(style.subjects.values())
    found = []
    for verb, after in reported:
        for token in doc[:-1]:
            if token.lower_ not in committed:
                continue
            nxt = token.nbor(1)
            if nxt.lemma_.lower() != verb.lemma_.lower():
                continue
            follows = nxt.nbor(1).lower_ if nxt.i + 1 < len(doc) else ""
            if after is None or not after.is_alpha or follows == after.lower_:
                found.append((f"{token.text!r} {nxt.text!r}: someone else's report", verb.lower_))
    return found


def _report_committed_v2(doc: Doc, original: Doc, style: RewriteStyle) -> list[tuple[str, str]]:
    """Verb final: '..., mijn teamleider zegt dat ik te lang wacht' -> 'ga ik te lang
    wachten': the finite verb of a report after the writer's phrase (after a comma), after
    the committed auxiliary in one clause."""
    modal = set(style.modals) | set(style.weak_finite)
    that = _complementizer(style)
    verbs: set[str] = set()
    for t in original[:-2]:
        if not _reporting(t.lemma_.lower(), style) or t.nbor(1).lower_ != that:
            continue
        if not any(u.text == "," for u in original[: t.i]):
            continue  # 'Mijn teamleider verwacht dat ik ...' frames the goal (voices/)
        if t.nbor(2).lower_ not in style.subjects:
            continue
        clause = []
        for u in original[t.i + 3 :]:
            if u.is_punct:
                break
            clause.append(u)
        found = [u for u in clause if "Fin" in u.morph.get("VerbForm", [])]  # 'wacht'
        if found and not any(u.lower_ in modal for u in clause):
            verbs.add(found[-1].lemma_.lower())
    committed = set(style.subjects.values())
    seams = []
    for token in doc:
        if token.lower_ not in committed or not verbs:
            continue
        for u in doc[token.i + 1 :]:
            if u.is_punct:
                break
            if u.lemma_.lower() in verbs:
                seams.append((f"{token.text!r} ... {u.text!r}: someone else's report", u.lower_))
                break
    return seams


def reports_on_writer(goal: Goal, style: RewriteStyle) -> bool:
    """``goal`` is someone else's report about the writer ('my partner says I work too
    late', 'mijn teamleider zegt dat ik te lang wacht', cut from a sentence after the
    writer's phrase): no goal of the writer's, so a sentence that packs it is not split
    there. A report that carries a duty or a wish ('says I should') is the voices package's."""
    doc = goal.doc
    if doc is None or not style.voice_verbs:
        return False
    modal = set(style.modals) | {p.split()[0].lower() for p in style.cluster_drop}
    modal |= set(style.weak_finite)
    that = _complementizer(style)
    words = [t for t in doc if not t.is_punct]
    for n, token in enumerate(words[: _WHO_WORDS + 1]):
        if not _reporting(token.lemma_.lower(), style) or n == 0:
            continue
        rest = words[n + 1 :]
        if rest and rest[0].lower_ == that:
            rest = rest[1:]  # 'zegt dat ik te lang wacht'
        if len(rest) < 2:
            continue
        who, pronoun = words[:n], rest[0]
        verb = rest[-1] if style.word_order == "v2" else rest[1]  # Dutch: the verb is last
        named = any(w.pos_ in ("NOUN", "PROPN") for w in who)
        if named and pronoun.lower_ in style.subjects and verb.lower_ not in modal:
            free = not any(w.lower_ in modal for w in rest)
            return free and verb.pos_ in ("VERB", "AUX")
    return False
