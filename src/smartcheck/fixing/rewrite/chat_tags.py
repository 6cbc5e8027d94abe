"""The writer's chat aside: "More confidence with the quad on the dykes *tbh*", "*Eerlijk
gezegd* wil ik beter worden in plannen", "Learn the label software *lol*, it keeps jamming".

Such a word tells the reader how candid or light the writer is, nothing of the goal; the
judge does not read it as a hedge, so every frame kept it inside the committed sentence
("I will learn the label printer software lol, with ..."), which readers rate broken. One of
the pack's ``chat_tags`` in the goal's clause goes, with a comma that only set it off, and
the goal is read and rewritten without it; one inside a remark the writer added after it
stays, as the remark is kept as written. An interjection (``chat_interjections``: 'nou ja',
'meh') stands outside the clause and simply goes; so does a sentence of one emphatic word
after the goal (``emphatic_fragments``: "No more comebacks. *Ever.*"), whose absolute the
rewrite bounds. A Dutch tag fronted before the finite verb leaves
the verb first ("wil ik"): the subject goes back in front ("Ik wil ..."). A chat spelling
of the writer's modal ("I *wanna* learn X", "*gotta* get better at Y"; the pack's
``chat_spellings``) is read written out ("want to", "have to"), as the judge and the frames
know it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def chat_tag_spans(text: str, style: RewriteStyle) -> list[tuple[int, int]]:
    """The (start, end) of each chat tag in ``text``: with the comma and spaces after it when
    it opens a sentence ('tbh, I ...'), else with the spaces before it, and the comma before
    it when it ends a clause ('..., tbh.'); a comma after a tag inside a sentence stays
    ('software lol, it jams': the sentence's own)."""
    tags = (*style.chat_tags, *style.chat_interjections, *style.emphatic_fragments)
    if not tags:
        return []
    emphatic = {e.lower() for e in style.emphatic_fragments}
    outside = _outside_the_clause(style)  # interjections: no place in the clause
    spans = []
    for m in _words_pattern(tags).finditer(text):
        start, end = m.span()
        before, after = text[:start].rstrip(), text[end:]
        alone = (not before or before[-1] in ".!?") and after.strip()[:1] in ("", ".", "!")
        if m.group().lower() in emphatic:
            if not alone or not before:
                continue  # 'the best ever', 'Ever.' alone: only a sentence after the goal
            spans.append((len(before), end + len(after) - len(after.lstrip(" .!"))))
            continue  # '... Ever.': the whole sentence, its mark too
        if not _in_the_goal(text, start, end):
            continue  # '..., not sure I need it tbh': the writer's remark, kept as written
        if not before or before[-1] in ".!?;:":  # it opens a sentence
            end += len(after) - len(after.lstrip(" ,"))
            inside = m.group().lower() not in outside  # 'Eerlijk gezegd wil ik': first place
            if inside and style.word_order == "v2" and not _subject_second(text[end:], style):
                continue  # 'Eerlijk gezegd ligt dat aan ...': no subject to put back first
        else:
            start = len(before)
            if before.endswith(",") and after.lstrip()[:1] in ("", ".", "!", "?", ";", ","):
                start -= 1  # '..., tbh.': the comma only set it off
        spans.append((start, end))
    return spans


def chat_spelling_spans(text: str, style: RewriteStyle) -> list[tuple[int, int, str]]:
    """The (start, end, written out) of each chat spelling in ``text`` ('wanna': 'want to')."""
    if not style.chat_spellings:
        return []
    spelled = {k.lower(): v for k, v in style.chat_spellings.items()}
    found = _words_pattern(tuple(spelled)).finditer(text)
    return [(m.start(), m.end(), spelled[m.group().lower()]) for m in found]


def _outside_the_clause(style: RewriteStyle) -> set[str]:
    """The tags that stand outside the clause (interjections, emphatic sentences): a Dutch
    verb after one keeps its place, no subject is put back before it."""
    return {w.lower() for w in (*style.chat_interjections, *style.emphatic_fragments)}


@lru_cache(maxsize=16)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` as a whole word, the longest first (compiled once per pack: the seam
    checks ask for every candidate)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def without_chat_tags(text: str, style: RewriteStyle) -> str | None:
    """``text`` without its chat tags and with its chat spellings written out ('wanna': 'want
    to'), the first word capitalised and a Dutch subject put back before its verb; None when
    it has neither."""
    spans = chat_tag_spans(text, style)
    outside = _outside_the_clause(style)
    spellings = chat_spelling_spans(text, style)
    if not spans and not spellings:
        return None
    edits = [(a, b, "") for a, b in spans] + spellings
    for start, end, written in sorted(edits, reverse=True):
        rest = text[end:]
        opening = not text[:start].strip() or text[:start].rstrip()[-1] in ".!?;:"
        tag = text[start:end].strip(" ,.!").lower()
        if opening and not written and style.word_order == "v2" and tag not in outside:
            verb, subject, tail = rest.split(" ", 2)  # three words: _subject_second
            rest = f"{capitalise(subject)} {verb.lower()} {tail}"  # 'wil ik' -> 'Ik wil'
        text = text[:start] + written + rest
    text = re.sub(r"\s+([,.!?;])", r"\1", text).strip(" ,")
    return capitalise(text) if text else None


#: What ends a clause the writer may have added after the goal's own ('..., not sure tbh').
_CLAUSE_MARK = re.compile(r"[.!?;,:\u2013\u2014]|\s-\s")


def _in_the_goal(text: str, start: int, end: int) -> bool:
    """The tag stands in the text's first clause, where the goal is told, or alone between
    marks ('Learn X, tbh.'); a tag inside a later clause belongs to the writer's remark
    there ('..., vind ik eerlijk gezegd geen leerdoel', '... Dat maakt me eerlijk gezegd
    zenuwachtig.'), which the rewrite keeps as written."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)]
    if not marks:
        return True
    after = _CLAUSE_MARK.search(text, end)
    clause = text[marks[-1] : after.start() if after else len(text)]
    return clause.strip() == text[start:end]


def _subject_second(rest: str, style: RewriteStyle) -> bool:
    """The words after a Dutch fronted tag are its finite verb and a subject pronoun ('wil
    ik'), which can go back in the subject-first order."""
    words = rest.split(" ", 2)
    if len(words) < 3:
        return False
    subjects = {s.lower() for s in style.subjects}
    return words[1].lower() in subjects and words[0].lower() not in subjects
