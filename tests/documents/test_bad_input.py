"""Bad input: each gives one clear DocumentError naming the file and the problem, and the
other files are still checked."""

from __future__ import annotations

import io
import os
import zipfile
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


# -- Word ---------------------------------------------------------------------------------


def _docx_bytes() -> bytes:
    from tests.support.document_corpus import build_docx

    return build_docx([{"heading": "Doelen"}, {"p": "Ik haal mijn VCA.", "style": "List Bullet"}])


def test_corrupt_docx(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "pop.docx"
    path.write_bytes(_docx_bytes()[:2000])  # cut off: the zip directory is gone
    _one_error(blank_checker.check_document(path), path, "corrupt", "not a valid .docx")


def test_docx_with_broken_xml(blank_checker: Checker, tmp_path: Path) -> None:
    good = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    path = tmp_path / "pop.docx"
    with zipfile.ZipFile(path, "w") as out:
        for item in good.infolist():
            data = good.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # unclosed elements
            out.writestr(item, data)
    _one_error(blank_checker.check_document(path), path, "corrupt", "corrupt .docx")


def test_zip_that_is_no_word_document(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "pop.docx"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("hello.txt", "hallo")
    _one_error(blank_checker.check_document(path), path, "corrupt", "no word/document.xml")


def test_zip_bomb_disguised_as_docx(blank_checker: Checker, tmp_path: Path) -> None:
    """Unpacks to 80 MB of zeros from well under 1 MB on disk."""
    path = tmp_path / "pop.docx"
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as out:
        out.writestr("word/document.xml", "<w:document/>")
        with out.open("word/media/blob.bin", "w") as member:
            for _ in range(80):
                member.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    _one_error(blank_checker.check_document(path), path, "too-large", "possible zip bomb")


def test_docx_with_too_many_members(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "pop.docx"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("word/document.xml", "<w:document/>")
        for i in range(2001):
            out.writestr(f"word/media/{i}.txt", "")
    _one_error(blank_checker.check_document(path), path, "too-large", "2002 zip members")


def test_old_binary_doc_content_in_a_docx(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "pop.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    _one_error(blank_checker.check_document(path), path, "unsupported", "old binary Word .doc")


# -- YAML / JSON --------------------------------------------------------------------------


def test_invalid_json(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "pop.json"
    path.write_text('{"goals": ["Ik haal mijn VCA."', encoding="utf-8")
    _one_error(blank_checker.check_document(path), path, "corrupt", "not valid JSON")


def test_invalid_yaml(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "pop.yaml"
    path.write_text("doelen:\n  - a\n - b: [\n", encoding="utf-8")
    _one_error(blank_checker.check_document(path), path, "corrupt", "not valid YAML")


def test_yaml_alias_bomb(blank_checker: Checker, tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in "bcdefgh":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [{', '.join(['*' + previous] * 10)}]")
    path = tmp_path / "pop.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _one_error(blank_checker.check_document(path), path, "too-large", "too many values")


def test_deeply_nested_json(blank_checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "pop.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    _one_error(blank_checker.check_document(path), path, "corrupt", "nested too deeply")
