"""Commands end with a result or a one-line reason: a closed pipe, a wrong --db path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(*args: str, stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FUNNELDESK_DB": ""}
    return subprocess.run(
        [sys.executable, "-m", "funneldesk", *args],
        stdout=stdout, stderr=subprocess.PIPE, text=True, env=env, timeout=120, check=False,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fit") / "demo.db"
    made = _run("--db", str(path), "demo", "--leads", "300", "--seed", "4")
    assert made.returncode == 0, made.stderr
    return path


def test_reader_closing_the_pipe_early_ends_quietly(demo_db: Path) -> None:
    command = [sys.executable, "-m", "funneldesk", "--db", str(demo_db), "lead", "list", "--format", "csv"]
    writer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert writer.stdout is not None
    first = writer.stdout.readline()
    writer.stdout.close()  # the reader goes away, as `| head -n 1` does
    _, err = writer.communicate(timeout=120)
    assert first.startswith(b"id,")
    assert err == b""
    assert writer.returncode in (0, 141)


@pytest.mark.parametrize(
    ("where", "words"),
    [
        ("folder", "is a folder"),
        ("missing/demo.db", "does not exist"),
        ("a-file/demo.db", "is not a folder"),
    ],
)
def test_unusable_db_path_is_exit_7_with_one_line(tmp_path: Path, where: str, words: str) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "a-file").write_text("not a folder")
    result = _run("--db", str(tmp_path / where), "lead", "list")
    assert result.returncode == 7
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "missing").exists()  # a typo is not turned into a new folder


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_db_is_exit_7(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    path.write_bytes(b"")
    path.chmod(0)
    result = _run("--db", str(path), "lead", "list")
    assert result.returncode == 7
    assert "permission" in result.stderr


def test_a_bug_is_one_line_unless_debugging(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from funneldesk.cli import main as cli_main

    args = cli_main.parse(["--db", str(tmp_path / "x.db"), "lead", "list"])
    args.func = lambda _args, _ctx: 1 // 0
    monkeypatch.delenv(cli_main.DEBUG_ENV, raising=False)
    assert cli_main.run_command(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError" in err and "Traceback" not in err
    monkeypatch.setenv(cli_main.DEBUG_ENV, "1")
    with pytest.raises(ZeroDivisionError):
        cli_main.run_command(args)


def test_window_on_a_folder_is_exit_7_before_any_window(tmp_path: Path) -> None:
    result = _run("--db", str(tmp_path))  # no command: the window would open
    assert result.returncode == 7
    assert result.stderr.strip().endswith("is a folder, not a database file; name a file inside it")
    assert "Traceback" not in result.stderr
