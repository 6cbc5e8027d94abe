"""Matching and scoring helpers shared by the tests and the accuracy scripts in benchmarks/."""
