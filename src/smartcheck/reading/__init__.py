"""Stage 1, reading a goal: text in, a :class:`~smartcheck.reading.goal.Goal` out.

validation (is this a goal at all?) → language → pipeline (spaCy) → lexicon matches →
timex (deadlines, durations, routines) → anatomy (actor, action, object, measures).
Nothing here judges; the judging stage reads what this stage found.
"""
