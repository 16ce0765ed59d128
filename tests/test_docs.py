"""Docs that cannot drift: README outputs, help texts, completions, exit codes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from modelpick.cli import app
from modelpick.errors import ExitCode

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ["suggest", "explain", "hardware", "refresh"]
runner = CliRunner()


def test_readme_outputs_are_current() -> None:
    r = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "readme.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(command: str) -> None:
    r = runner.invoke(app, [command, "--help"])
    assert r.exit_code == 0
    assert "Examples:" in r.stdout and f"modelpick {command}" in r.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"<!-- run: {command} --help -->" in readme


def test_every_option_has_help_text() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        for p in cmd.params:
            if p.param_type_name == "option":
                assert getattr(p, "help", None), f"{name} {p.name} has no help"


def test_exit_codes_are_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", readme, re.M))
    assert {int(k) for k in table} == {int(c) for c in ExitCode}
    assert [c.value for c in ExitCode] == [0, 1, 2, 3, 4, 130]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_match_the_app(shell: str) -> None:
    env = {**os.environ, "_MODELPICK_COMPLETE": f"source_{shell}"}
    r = subprocess.run([sys.executable, "-m", "modelpick"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0
    assert r.stdout == (ROOT / "completions" / f"modelpick.{shell}").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [
        ("modelpick suggest --task c", "3", ["chat", "code"]),
        ("modelpick suggest --hub ", "3", ["hf", "modelscope", "all"]),
        ("modelpick sug", "1", ["suggest"]),
    ],
)
def test_bash_completion_completes_tasks_and_hubs(words: str, cword: str, expected: list[str]) -> None:
    env = {**os.environ, "_MODELPICK_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": cword}
    r = subprocess.run([sys.executable, "-m", "modelpick"], capture_output=True, text=True, env=env, timeout=60)
    assert r.stdout.split() == expected


def test_python_dash_m_and_version() -> None:
    r = subprocess.run([sys.executable, "-m", "modelpick", "--version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and re.fullmatch(r"modelpick \d+\.\d+\.\d+\n", r.stdout)


def test_no_heavy_imports_for_offline_commands() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from modelpick.entry import main\n"
        "sys.argv = ['modelpick', 'suggest', '--offline', '--cpu-only', '--ram', '16GB', '--format', 'json']\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        main()\n    except SystemExit:\n        pass\n"
        "heavy = [m for m in ('huggingface_hub', 'modelscope', 'modelscope_hub', 'pynvml', 'rich.table', 'psutil', 'pydantic') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "MODELPICK_OFFLINE": "1"},
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ""
