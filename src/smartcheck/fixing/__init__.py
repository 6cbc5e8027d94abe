"""Stage 4, fixing: suggested rewrites of a failing goal and the applier of text edits."""
