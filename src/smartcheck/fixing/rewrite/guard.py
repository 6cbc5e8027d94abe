"""When not to rewrite, and a last check that a rewrite has no broken seams.

A template rewrite is only as good as the reading of the goal. Questions, lists of several
goals and text without words are not one goal, so they get no rewrite; and a rewrite whose
seams show (a dangling article, an empty bracket, two commas) is dropped rather than shown.
A goal told with a question after it (voices/questions.py) is still a goal: the words the
question adds may go.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from smartcheck.fixing.rewrite.stops import sentence_ends, written_ellipses
from smartcheck.fixing.rewrite.style import RewriteStyle

_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)]|[a-hA-H]\))\s+", re.MULTILINE)
MAX_WORDS = 80
#: Why a question gets no rewrite of its own (a question frame may still state it: voices/).
QUESTION = "a question, not a goal"
#: Why a text without letters gets no rewrite at all, not even the structured one.
NO_WORDS = "no words"
#: Why a text of three sentences or more gets no whole rewrite (a reading may cut it: an
#: aim, the writer's claim and a remark, taken_on.py).
SEVERAL = "several goals in one text"


def refusal(text: str, abbreviations: Collection[str] = ()) -> str | None:
    """Why ``text`` gets no rewrite (None when it can be rewritten). ``abbreviations``: the
    pack's, whose period ends no sentence before a lower-case word ('bijv. een', stops.py)."""
    stripped = text.strip()
    if not re.search(r"[^\W\d_]", stripped):
        return NO_WORDS
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    listed = len(_BULLET.findall(text)) >= 2 or len(lines) >= 3
    if listed and not all(ln.endswith("?") for ln in lines):
        return "a list of goals"  # a list whose last line asks is still a list (asked_lines.py)
    if stripped.endswith("?"):
        return QUESTION
    if listed:
        return QUESTION  # every line asks: questions, no goals
    ends = len(sentence_ends(stripped, abbreviations)) + (stripped[-1] in ".!?;")
    if ends >= 3:
        return SEVERAL
    if len(stripped.split()) > MAX_WORDS:
        return "too long to be one goal"
    return None


def looks_grammatical(text: str, original: str, style: RewriteStyle) -> bool:
    """No visible seams: dangling function words, empty or doubled placeholders, '  ', ',,'."""
    if not text or text == original.strip():
        return False
    marked = written_ellipses(text, original)  # 'laptops...)': the writer's, one mark
    if re.search(r"\s{2}|\s[,.;:!?]|,,|\[\s*\]|\]\s*\[|\.\.|^[,.;:]", marked):
        return False
    plain = re.sub(r"\[[^\[\]]*\]", "X", text)
    if not re.search(r"[^\W\d_]{2,}", re.sub(r"\bX\b", "", plain)):
        return False
    for m in re.finditer(r"(\w+)\s*[,.;:!?]", plain):
        word = m.group(1)
        doubled = re.search(rf"\b{re.escape(word)}\s+\w+\s+{re.escape(word)}$", plain[: m.end(1)])
        if word.lower() in style.articles and not doubled:  # 'een voor een': one by one
            return False
    return not re.search(r"\b(\w+) \1\b", plain, flags=re.IGNORECASE)


def weighed_spans(text: str, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where a question after the goal weighs a means ('of *zal ik* een cursus volgen?', 'or
    *should I* take ...?'): its modal asks, it is no duty of the writer's, so the rewrite that
    makes the means the behaviour may leave it out."""
    if not text.rstrip().endswith("?"):
        return []
    subjects = "|".join(re.escape(s) for s in style.subjects)
    spans: list[tuple[int, int]] = []
    for ask in style.alternative_asks:
        pattern = rf"(?i)(?<!\w){re.escape(ask)}\s+(?:{subjects})(?!\w)"
        spans += [m.span() for m in re.finditer(pattern, text)]
    return spans
