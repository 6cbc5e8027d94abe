"""Bad input: each gives one clear DocumentError naming the file and the problem, and the
other files are still checked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smartcheck import Checker, DocumentResult

GOOD = "Mijn doelen:\n- Ik rond vóór 1 juli 2027 de cursus Excel af.\n"


def _one_error(result: DocumentResult, path: Path, problem: str, words: str) -> None:
    assert result.goals == ()
    (error,) = result.errors
    assert error.problem == problem
    assert error.path == str(path)
    assert error.message.startswith(f"{path}: ")
    assert words in error.message


def test_binary_file(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    _one_error(blank_checker.check_document(path), path, "binary", "binary file")


def test_unknown_encoding(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "japans.txt"
    path.write_bytes("目標 来年までに資格を取ります。".encode("shift_jis"))
    _one_error(blank_checker.check_document(path), path, "encoding", "unknown encoding")


def test_mojibake_is_not_taken_for_cp1252(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "russisch.txt"
    path.write_bytes("Цель: получить сертификат до июля.".encode("koi8-r"))
    _one_error(blank_checker.check_document(path), path, "encoding", "unknown encoding")


def test_fifty_megabyte_file(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 50 MB on paper, no time to write
        handle.truncate(50 * 1024 * 1024)
    _one_error(blank_checker.check_document(path), path, "too-large", "too large (50.0 MB")


def test_large_stdin_is_refused_too(blank_checker: Checker) -> None:
    data = b"a" * (16 * 1024 * 1024 + 1)
    result = blank_checker.check_document("<stdin>", data=data)
    assert [e.problem for e in result.errors] == ["too-large"]


def test_fifo_is_not_opened(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "pipe.md"
    os.mkfifo(path)  # opening it for reading would block forever
    _one_error(blank_checker.check_document(path), path, "not-a-file", "FIFO")


def test_symlink_loop(blank_checker: Checker, tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.symlink_to(b)
    b.symlink_to(a)
    _one_error(blank_checker.check_document(a), a, "not-a-file", "symbolic link loop")


def test_broken_symlink(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "gone.md"
    path.symlink_to(tmp_path / "nowhere.md")
    _one_error(blank_checker.check_document(path), path, "not-found", "broken link")


def _problem_as_nobody(checker: Checker, path: Path) -> str:
    """Root reads any file, so as root the check runs in a forked child that gave up its
    privileges (uid 65534); the child reports back through a pipe."""
    if os.geteuid() != 0:
        error = checker.check_document(path).errors[0]
        return f"{error.problem}|{error.message}"
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            error = checker.check_document(path).errors[0]
            os.write(write_end, f"{error.problem}|{error.message}".encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        answer = pipe.read().decode()
    os.waitpid(pid, 0)
    return answer


def test_unreadable_file(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "secret.md"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    assert _problem_as_nobody(blank_checker, path) == (
        f"unreadable|{path}: cannot be read: permission denied"
    )


@pytest.mark.parametrize(
    ("name", "words"),
    [("pop.doc", "old binary Word .doc"), ("pop.pdf", "is a PDF")],
)
def test_formats_we_do_not_read(
    blank_checker: Checker, tmp_path: Path, name: str, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 or an OLE header")
    _one_error(blank_checker.check_document(path), path, "unsupported", words)


def test_bad_files_do_not_stop_the_good_ones(blank_checker: Checker, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    results = list(blank_checker.check_documents([bad, good, bad, good]))
    assert [len(r.goals) for r in results] == [0, 1, 0, 1]
    assert [len(r.errors) for r in results] == [1, 0, 1, 0]
