"""Reading POP documents: find the goals in Markdown, text, Word, YAML and JSON files.

A stage beside ``reading/``: it turns a document into goal texts with their locations and
the context beside them (a row's deadline cell, an object's owner field); the Checker judges
them (:meth:`smartcheck.Checker.check_document`). See ``docs/documents.md``.
"""

from __future__ import annotations

from smartcheck.documents.encoding import Decoded, decode_bytes
from smartcheck.documents.found import ReadDocument, ReadGoal
from smartcheck.documents.limits import DEFAULT_LIMITS, ReadLimits
from smartcheck.documents.models import (
    DOCUMENT_SCHEMA_VERSION,
    ContextValue,
    DocumentError,
    DocumentFormat,
    DocumentGoal,
    DocumentResult,
    DocumentSpan,
    Location,
    Segment,
    document_json_schema,
)
from smartcheck.documents.reader import FORMATS_BY_SUFFIX, read_document
from smartcheck.documents.vocabulary import DocumentVocabulary

__all__ = [
    "DEFAULT_LIMITS",
    "DOCUMENT_SCHEMA_VERSION",
    "FORMATS_BY_SUFFIX",
    "ContextValue",
    "Decoded",
    "DocumentError",
    "DocumentFormat",
    "DocumentGoal",
    "DocumentResult",
    "DocumentSpan",
    "DocumentVocabulary",
    "Location",
    "ReadDocument",
    "ReadGoal",
    "ReadLimits",
    "Segment",
    "decode_bytes",
    "document_json_schema",
    "read_document",
]
