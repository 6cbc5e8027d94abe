"""Suggested rewrites of whole goals (see base.py for the plug-in seam)."""

from smartcheck.fixing.rewrite.base import NoRewriter, Rewriter, load_rewriter

__all__ = ["NoRewriter", "Rewriter", "load_rewriter"]
