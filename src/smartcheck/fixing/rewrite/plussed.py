"""Goals joined by a plus sign: one goal per part.

A form's line often packs its goals with a spaced "+" where a sentence would put a comma or
"en" / "and" ("betere planning van de diensten + meer overleggen met de apotheker", "learn
the booking system + maybe a first-aid course"). The reading takes no "+" for a joiner, so
the frames committed the whole line as one goal, the plus signs inside the sentence ("ga ik
X + Y + Z"): a sentence that packs goals, never a goal. Each part is a goal of its own,
rewritten alone (whole_text.py) or, failing that, in the fallback's one rewrite per goal
(split.py); a rewrite that still holds the writer's plus sign between goals is refused (the
seam in seams/plus_joined.py).

A plus sign glued to a word ('C++', 'Office365+', '2+2'), a part of one word ('cursus Word
+ Excel') or two capitalised names beside it ('my Excel + PowerPoint skills': two names,
one goal) joins no goals.
"""

from __future__ import annotations

import re

from smartcheck.fixing.rewrite.fallback import clean

#: A plus sign standing alone between spaces: the writer's joiner of two goals.
_PLUS = re.compile(r"\s+\+\s+")
#: Fewest words a part holds to be a goal: a verb or a change word and what it is about.
MIN_PART_WORDS = 2
#: Most parts a line may join (more is a list to write anew, as fragments.MAX_FRAGMENTS).
MAX_PARTS = 6


def plussed_goals(text: str) -> list[str]:
    """The goals of a one-line ``text`` whose spaced plus signs each join two goals (each
    part two words or more), its list marker dropped; nothing otherwise."""
    stripped = text.strip()
    if "\n" in stripped or "+" not in stripped:
        return []
    line = clean(stripped)  # without its list marker ('- X + Y')
    parts = [part.strip() for part in _PLUS.split(line)]
    if not 2 <= len(parts) <= MAX_PARTS or not all(_goal_sized(part) for part in parts):
        return []
    if any(_names(parts[n], parts[n + 1]) for n in range(len(parts) - 1)):
        return []
    return [part[:1].upper() + part[1:] for part in parts]


def joins_goals(text: str) -> bool:
    """Whether ``text`` packs goals joined by plus signs."""
    return bool(plussed_goals(text))


def _names(before: str, after: str) -> bool:
    """The plus sign stands between two capitalised words inside the line ('my Excel +
    PowerPoint skills', 'de cursus Word + Excel gevorderd'): two names of one goal."""
    left, right = before.split(), after.split()
    return len(left) > 1 and left[-1][:1].isupper() and right[0][:1].isupper()


def _goal_sized(part: str) -> bool:
    """A part of two words or more ('Word + Excel' names two things of one goal)."""
    return len(re.findall(r"[^\W\d_]+", part)) >= MIN_PART_WORDS
