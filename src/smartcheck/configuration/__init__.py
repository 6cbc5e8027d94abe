"""Configuration: the Config model and its sources, the rule packs (lexicons, messages, time
words, rewrite frames per language) and where the shipped data lives."""

from smartcheck.configuration.config import Config

__all__ = ["Config"]
