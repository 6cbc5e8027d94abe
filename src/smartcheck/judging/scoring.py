"""From findings and evidence to a score in [0, 1] per criterion.

    penalty = 1 - prod(1 - weight[severity] * confidence)   over the criterion's findings
    support = 1 - prod(1 - strength)                         over its positive evidence
    score   = (1 - penalty) * (BASE + (1 - BASE) * support)

Both combine like independent probabilities ("noisy-or"), so one strong signal counts fully
and many weak ones add up without exceeding 1. With no findings and no evidence a criterion
scores BASE (0.6): the rules look for problems, and a goal with none passes at the default
threshold 0.5. An error at confidence 0.9 caps the score at 0.1, whatever the evidence; a
warning can be outweighed by strong evidence; an info finding barely moves the score.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from smartcheck.reporting.report import Evidence, Finding

BASE = 0.6
SEVERITY_WEIGHT: dict[str, float] = {"error": 1.0, "warning": 0.6, "info": 0.2}


def criterion_score(findings: Iterable[Finding], evidence: Iterable[Evidence]) -> float:
    """The score of one criterion (see the module docstring for the formula)."""
    keep = math.prod(1.0 - SEVERITY_WEIGHT[f.severity] * f.confidence for f in findings)
    miss = math.prod(1.0 - e.strength for e in evidence)
    score = keep * (BASE + (1.0 - BASE) * (1.0 - miss))
    return round(min(1.0, max(0.0, score)), 4)
