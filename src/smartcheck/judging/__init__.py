"""Stage 2, judging a goal: rules read a Goal and yield findings and evidence.

``rule`` is the Rule base class, ``registry`` finds rules (built-in and plugins through the
``smartcheck.rules`` entry point), ``selection`` decides which run, ``context`` hands them their
language's pack, ``features`` holds facts several rules share, ``scoring`` turns a criterion's
findings and evidence into a score. The rules themselves live in :mod:`smartcheck.rules`.
"""
