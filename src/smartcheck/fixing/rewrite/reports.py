"""Someone else's report after the writer's phrase: the writer's reason, not a goal.

"Work on my valuation accuracy, the branch manager says I overvalue too often": after a
comma, a named other and a verb of saying or opinion (the pack's ``voice_verbs``) report
about the writer. That is why the writer wants the goal, so it stays whole after the
sentence as its reason, opened by the pack's ``frames.as_wished`` ("..., as the branch
manager says I overvalue too often"); read as the goal's own clause it gave "I will
overvalue too often". A report that frames the goal in front ("My manager says I should
...") is voices.py's.
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
    if style.word_order == "v2" or not style.voice_verbs:
        return None
    for n, word in enumerate(words):
        if word.text != "," or n < 2:
            continue
        after = words[n + 1 : n + 2 + _WHO_WORDS]
        verb = next((k for k, w in enumerate(after) if w.lemma in style.voice_verbs), None)
        if verb is None or verb == 0 or n + 2 + verb >= len(words):
            continue
        who, nxt = after[:verb], words[n + 2 + verb]
        named = any(w.pos in ("NOUN", "PROPN") for w in who)
        if (
            named
            and all(w.is_word and w.lower not in style.subjects for w in who)
            and (nxt.lower in style.subjects)
        ):
            return n
    return None


def as_reason(style: RewriteStyle) -> str | None:
    """The word that opens the kept report ('as'), from the pack's ``frames.as_wished``."""
    frame = style.frames.as_wished
    if not frame or "{who}" not in frame:
        return None
    opener = frame.split("{who}")[0].strip()
    return opener or None


def report_committed(doc: Doc, goal: Goal, style: RewriteStyle) -> list[tuple[str, str]]:
    """(detail, word) where ``doc``, a parsed candidate, commits the writer to what someone
    else reports about them ('my partner says I work too late' -> 'I will work too late'):
    a description of the writer, not a goal. A report that carries a duty or a wish ('says I
    should', 'thinks I can') is voices.py's to rewrite as the writer's own clause."""
    original = goal.doc
    if original is None or not style.voice_verbs or style.word_order == "v2":
        return []
    modal = set(style.modals) | {p.split()[0].lower() for p in style.cluster_drop}
    reported = [
        (t.nbor(2), t.nbor(3) if t.i + 3 < len(original) else None)
        for t in original[:-2]
        if t.lemma_.lower() in style.voice_verbs
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


def reports_on_writer(goal: Goal, style: RewriteStyle) -> bool:
    """``goal`` is someone else's report about the writer ('my partner says I work too
    late', cut from '..., my partner says I work too late'): no goal of the writer's, so a
    sentence that packs it is not split there."""
    doc = goal.doc
    if doc is None or not style.voice_verbs or style.word_order == "v2":
        return False
    modal = set(style.modals) | {p.split()[0].lower() for p in style.cluster_drop}
    words = [t for t in doc if not t.is_punct]
    for n, token in enumerate(words[: _WHO_WORDS + 1]):
        if token.lemma_.lower() not in style.voice_verbs or n == 0 or n + 2 >= len(words):
            continue
        who, pronoun, verb = words[:n], words[n + 1], words[n + 2]
        named = any(w.pos_ in ("NOUN", "PROPN") for w in who)
        if named and pronoun.lower_ in style.subjects and verb.lower_ not in modal:
            return verb.pos_ in ("VERB", "AUX")
    return False
