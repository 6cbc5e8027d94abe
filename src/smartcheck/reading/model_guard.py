"""A pipeline folder's tokenizer patterns, tried before the folder is used: a regular
expression that backtracks catastrophically would make one goal take hours.

spaCy compiles the prefix, suffix and infix patterns, ``token_match`` and ``url_match`` it
finds in a pipeline folder as they are. Each is run on adversarial probes (long runs of one
character or of a two-character pair, with and without a character that breaks the match)
in a separate interpreter under a time limit; the standard library's ``re`` cannot be
interrupted in-process. A sane pattern needs milliseconds; an exponential one (``(a+)+$``)
needs longer than the universe on these probes. Installed pipeline packages and the shipped
pipeline are trusted like any installed code and not probed.
"""

from __future__ import annotations

import json
import re
import string
import subprocess
import sys
from typing import TYPE_CHECKING, Any

from smartcheck.errors import UntrustedModelError

if TYPE_CHECKING:
    from spacy.language import Language

#: Seconds one pattern may take on all probes, interpreter start included (generous: a sane
#: pattern takes well under a second even on a loaded machine).
PROBE_SECONDS = 10.0
_RUN = 64  # characters per probe run: 2**64 steps for an exponential pattern, 1.6**64 for (a|aa)+
_OTHER = "éßø€£\u2013\u2014…\u2018\u2019“”«»·\u00a0"  # accented letters, symbols, quotes
_CHARS = string.ascii_letters + string.digits + string.punctuation + _OTHER
_PAIRS = ("ab", "a1", "a.", "a-", "a_", "aA", "1.", "1,", "-.", ":/", "a'", "a@")
_ENDS = ("", "\x00", "\u2603", " ")
_ATTRIBUTES = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")

_SCRIPT = """
import json, re, sys
pattern, flags, probes = json.load(sys.stdin)
compiled = re.compile(pattern, flags)
for probe in probes:
    for _ in compiled.finditer(probe):
        pass
"""


def probes() -> list[str]:
    runs = [c * _RUN for c in _CHARS] + [p * (_RUN // 2) for p in _PAIRS]
    return [run + end for run in runs for end in _ENDS]


def tokenizer_patterns(nlp: Language) -> dict[str, re.Pattern[str]]:
    """The compiled patterns behind the tokenizer's callables (bound methods of a Pattern)."""
    found: dict[str, re.Pattern[str]] = {}
    for name in _ATTRIBUTES:
        call: Any = getattr(nlp.tokenizer, name, None)
        pattern = getattr(call, "__self__", None)
        if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
            found[name] = pattern
    return found


def check_tokenizer_patterns(nlp: Language, where: str) -> None:
    """Raise UntrustedModelError naming ``where`` and the pattern when one of the tokenizer's
    patterns does not finish the probes within PROBE_SECONDS."""
    cases = probes()
    for name, pattern in tokenizer_patterns(nlp).items():
        shown = pattern.pattern if len(pattern.pattern) <= 80 else pattern.pattern[:77] + "..."
        problem = _probe(pattern, cases)
        if problem is not None:
            raise UntrustedModelError(
                f"spaCy pipeline {where!r} is refused: its tokenizer's {name} pattern "
                f"{shown!r} {problem}; a goal could hang the check. Fix the pattern or use "
                "another pipeline"
            )


def _probe(pattern: re.Pattern[str], cases: list[str]) -> str | None:
    """What is wrong with ``pattern`` on the probes, or None."""
    payload = json.dumps([pattern.pattern, pattern.flags, cases])
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-S", "-c", _SCRIPT],
            input=payload,
            text=True,
            encoding="utf-8",
            capture_output=True,
            timeout=PROBE_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return (
            f"backtracks catastrophically (more than {PROBE_SECONDS:g} s on "
            f"{_RUN}-character probes)"
        )
    except OSError as exc:  # no interpreter to run the probes in
        return f"could not be tried ({exc})"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return f"fails on the probes ({last})"
    return None
