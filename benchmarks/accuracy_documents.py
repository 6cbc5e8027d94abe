"""Goal-finding precision and recall on the POP document corpus:
`python benchmarks/accuracy_documents.py [--verbose]`.

The corpus and the scoring live in ``tests/support/document_corpus.py`` so the test and this
script agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.document_corpus import main

if __name__ == "__main__":
    sys.exit(main())
