"""Hostile goal texts, shared by the fuzz tests (hypothesis strategies) and
benchmarks/fuzz_run.py (a seeded random generator for long runs): the kinds of text a random
and hostile input run found trouble with, and the invariants every report must keep."""

from __future__ import annotations

import random

from smartcheck import GoalReport

REAL_GOALS = (
    "Vóór 1 juni 2027 geef ik een presentatie van twintig minuten aan het team.",
    "Ik wil beter worden in Excel.",
    "Ik rond uiterlijk 15 maart 2027 de cursus timemanagement af met een certificaat.",
    "By 1 March 2027 I will finish the first-aid course and pass the exam.",
    "I want to communicate better.",
)
SURROGATES = "".join(chr(c) for c in (0xD800, 0xDBFF, 0xDC00, 0xDCFF, 0xDFFF))
CONTROLS = "".join(chr(c) for c in (*range(0, 32), 0x7F, 0x85, 0x9F))
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
COMBINING = "\u0300\u0301\u0308\u0327\u0336\u20dd\u0489"
EMOJI = ("👩\u200d💻", "👍🏽", "🇳🇱", "❤\ufe0f", "🏳\ufe0f\u200d🌈", "💪", "🚀")
DIGITS = "０１２３４５６７８９٠١٢٣३४৫๕߃"
SYMBOLS = "$€(),.!?[]{}<>«»\u2014\u2013-/\\|@#%^&*_+=~`'\";:"
JUNK = (
    SURROGATES,
    CONTROLS,
    BIDI,
    COMBINING,
    "".join(EMOJI),
    DIGITS,
    SYMBOLS,
    "\ufeff\u200b\u00ad\u2028\u2029\u3000",
)


def junk_piece(rng: random.Random, longest: int = 60) -> str:
    """A short run drawn from one junk family (sometimes repeated into a long run)."""
    family = rng.choice(JUNK)
    piece = "".join(rng.choice(family) for _ in range(rng.randint(1, longest)))
    if rng.random() < 0.1:
        piece = piece[:1] * rng.randint(100, 4_000)
    return piece


def hostile_goal(rng: random.Random) -> str:
    """A real goal with junk inserted, pure junk, or random code points."""
    kind = rng.random()
    if kind < 0.5:
        text = rng.choice(REAL_GOALS)
        for _ in range(rng.randint(1, 3)):
            at = rng.randint(0, len(text))
            text = text[:at] + junk_piece(rng) + text[at:]
        return text
    if kind < 0.75:
        return "".join(junk_piece(rng) for _ in range(rng.randint(1, 4)))
    size = rng.randint(1, 200)
    return "".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(size))


def invariant_problems(report: GoalReport) -> list[str]:
    """What is wrong with a report (empty when every invariant holds): spans inside the
    goal's text and pointing at their text, scores in [0, 1]."""
    problems = []
    text = report.goal.text
    if not 0.0 <= report.overall <= 1.0:
        problems.append(f"overall {report.overall} outside [0, 1]")
    for criterion, score in report.criteria.items():
        if not 0.0 <= score.score <= 1.0:
            problems.append(f"{criterion} score {score.score} outside [0, 1]")
        for item in (*score.findings, *score.evidence):
            if not 0 <= item.start <= item.end <= len(text):
                problems.append(f"{item.code} span {item.start}:{item.end} outside the text")
            elif text[item.start : item.end] != item.text:
                problems.append(f"{item.code} text {item.text!r} is not text[start:end]")
    return problems
