"""A user rule pack is a regular YAML file of bounded size, parsed once per Checker: a FIFO,
a device, a directory or a huge file is a RulePackError naming it, never a hang."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import smartcheck.checker
from smartcheck import Checker, RulePackError
from smartcheck.configuration.packs import MAX_PACK_BYTES
from tests.conftest import REF

SECTOR = "lang: nl\nlexicon:\n  vague_outcome: [opfrissen]\n"


def _check_in_thread(config: dict[str, Any]) -> BaseException | None:
    """Build a Checker in a thread and give up after a while: a blocked open is a failure."""
    outcome: list[BaseException | None] = []

    def build() -> None:
        try:
            Checker(config)
            outcome.append(None)
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    worker = threading.Thread(target=build, daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert outcome, "building a Checker blocked on the pack path"
    return outcome[0]


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are a POSIX thing")
def test_a_fifo_as_pack_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pack.yaml"
    os.mkfifo(fifo)
    error = _check_in_thread({"packs": [str(fifo)]})
    assert isinstance(error, RulePackError)
    assert "pack.yaml" in str(error) and "not a regular file" in str(error)


def test_a_directory_as_pack_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="is a directory"):
        Checker({"packs": [str(tmp_path)]})


def test_a_pack_over_the_size_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    pack = tmp_path / "huge.yaml"
    filler = "# " + "x" * 98 + "\n"
    pack.write_text(SECTOR + filler * (MAX_PACK_BYTES // len(filler) + 1), encoding="utf-8")
    with pytest.raises(RulePackError, match=r"huge\.yaml.*more than the limit of 2,000,000"):
        Checker({"packs": [str(pack)]})


def test_a_pack_just_under_the_limit_is_read(tmp_path: Path) -> None:
    pack = tmp_path / "big.yaml"
    filler = "# " + "x" * 98 + "\n"
    pack.write_text(SECTOR + filler * (MAX_PACK_BYTES // len(filler) - 1), encoding="utf-8")
    text = "Ik ga vóór 1 maart 2027 mijn reanimatiekennis opfrissen."
    report = Checker({"packs": [str(pack)]}).check(text, lang="nl", reference_date=REF)
    assert "S001" in {f.code for f in report.findings}


def test_each_user_pack_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nl, en = tmp_path / "nl.yaml", tmp_path / "en.yaml"
    nl.write_text(SECTOR, encoding="utf-8")
    en.write_text("lang: en\nlexicon:\n  vague_outcome: [brush up]\n", encoding="utf-8")
    reads: list[str] = []
    real = smartcheck.checker.read_pack_file

    def counting(path: Path) -> dict[str, Any]:
        reads.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(smartcheck.checker, "read_pack_file", counting)
    checker = Checker({"packs": [str(nl), str(en)]})
    checker.pack("nl"), checker.pack("en")
    assert sorted(reads) == ["en.yaml", "nl.yaml"]
