"""Stage 3, reporting: the result models (GoalReport and friends, JSON schema), their HTML view
and the rule reference generated from the rule classes."""
