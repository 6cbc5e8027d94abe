"""A pair of the writer's broken by a dropped word: 'sneller en beter leren stellen' ->
'sneller en leren stellen'.

A step that drops a word (a vague 'beter', 'more', a hedge) from inside a coordination leaves
its conjunction joined to a word of another kind: 'bekisting sneller en leren stellen', 'I
will answer faster and learn the system' where the goal said 'faster and more clearly'. The
pair is gone and the conjunction joins nothing. Judged on the words: the candidate has 'a
en b' where the goal has 'a en x b' and never 'a en b'; the conjunction and the word before
it are the writer's, so the word between them went missing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.reading.goal import Goal


def dropped_conjunct(doc: Doc, goal: Goal) -> list[Seam]:
    """'a CONJ b' in ``doc`` where ``goal`` has 'a CONJ x b' (and no 'a CONJ b')."""
    if goal.doc is None:
        return []
    joins = {t.lower_ for t in goal.doc if t.pos_ == "CCONJ"}
    written = re.findall(r"[\w'-]+|[^\w\s]", goal.text.lower())
    text = " " + " ".join(written) + " "
    seams: list[Seam] = []
    for t in doc[1:-1]:
        if t.lower_ not in joins:
            continue
        before, after = t.nbor(-1).lower_, t.nbor(1).lower_
        if not (before.isalpha() and after.isalpha()):
            continue
        if f" {before} {t.lower_} {after} " in text:
            continue
        for n in range(1, len(written) - 2):
            pair = written[n - 1 : n + 1] == [before, t.lower_] and written[n + 2] == after
            if pair and written[n + 1].isalpha():
                missing = written[n + 1]
                detail = f"{missing!r} dropped between {t.text!r} and {after!r}"
                seams.append(Seam("lost_words", detail, (missing, "dropped-conjunct")))
                break
    return seams
