"""Facts about a goal that several rules read (concreteness, clauses, routine frequency)."""
