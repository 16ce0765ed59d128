"""The fast command-line parser (options.parse) and the typer app agree.

Both take their options from options.py and call the bodies in actions.py. These tests hold
them together: the typer app declares exactly the options in options.py, and for any command
line the fast parser accepts, typer hands the bodies the same arguments.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
import typer.main
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from modelpick import actions, cli
from modelpick import options as o

runner = CliRunner()


def _params(name: str, kind: str) -> list[Any]:
    """The click parameters typer made for a command (typer vendors click: read them by attribute)."""
    group = typer.main.get_command(cli.app)
    return [p for p in group.commands[name].params if p.param_type_name == kind]  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", sorted(o.COMMANDS))
def test_typer_declares_exactly_the_options_in_options_py(command: str) -> None:
    params = {p.name: p for p in _params(command, "option")}
    specs = {opt.dest: opt for opt in o.COMMANDS[command]}
    assert set(params) == set(specs)
    for dest, opt in specs.items():
        p = params[dest]
        assert tuple(p.opts + p.secondary_opts) == opt.flags, dest
        assert p.help == opt.help, dest
        assert p.is_flag == (opt.kind == "flag"), dest
        default = p.default.value if hasattr(p.default, "value") else p.default
        assert default == opt.default, dest
        if opt.kind == "int":
            assert (p.type.name, p.type.min, p.type.max) == ("int range", opt.min, opt.max), dest
        if opt.kind == "choice":
            assert tuple(p.type.choices) == opt.choices and p.type.case_sensitive is False, dest
    arguments = [p.name for p in _params(command, "argument")]
    assert arguments == ([o.ARGUMENTS[command]] if command in o.ARGUMENTS else [])


def _typer_kwargs(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> dict[str, object] | None:
    """The arguments typer gives the command body for ``argv``, or None when typer refuses it."""
    seen: list[dict[str, object]] = []

    def record(**kwargs: object) -> int:
        seen.append(kwargs)
        return 0

    for name in o.COMMANDS:
        monkeypatch.setattr(actions, name, record)
    result = runner.invoke(cli.app, argv)
    return seen[0] if result.exit_code == 0 and seen else None


# Everyday command lines: the fast path must take every one of them (that is its point).
EVERYDAY = [
    ["explain", "Qwen1.5-72B-Chat-AWQ"],
    ["explain", "Qwen/Qwen1.5-72B-Chat-AWQ", "--json"],
    ["explain", "DeepSeek-R1-Distill-Qwen-7B", "--lang", "zh", "--vram", "8GB", "--ram", "16GB"],
    ["explain", "--json", "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "--vram=8GB", "--offline"],
    ["explain", "x", "--gpus", "2", "--ctx", "8192", "-q", "--cpu-only", "--lang", "EN"],
    ["explain", ""],
    ["suggest"],
    ["suggest", "--task", "code"],
    ["suggest", "-t", " Code ", "-n", "5", "-f", "json", "--offline"],
    ["suggest", "--rows", "500", "--vram", "24GB", "--license", "permissive", "--hub", "modelscope"],
    ["suggest", "--task=embedding", "--format=TSV", "--cpu-only", "--ram", "8GB", "--limit=3", "--quiet"],
    ["suggest", "--license", ""],
    ["suggest", "--task", "chat", "--task", "math"],
    ["hardware"],
    ["hardware", "--json", "--vram", "24GB", "--gpus", "2", "--ram", "128GB"],
    ["refresh", "-q"],
]

# Lines the fast path leaves to typer: help, errors, and spellings it does not need to know.
LEFT_TO_TYPER = [
    [],
    ["--help"],
    ["--version"],
    ["explain"],
    ["explain", "-h"],
    ["explain", "a", "b"],
    ["explain", "--", "-weird-name"],
    ["suggest", "--task", "nope"],
    ["suggest", "--tsk", "code"],
    ["suggest", "-n5"],
    ["suggest", "-n", "0"],
    ["suggest", "-n", "+5"],
    ["suggest", "--limit", "501"],
    ["suggest", "--format", "yaml"],
    ["suggest", "--json"],
    ["suggest", "--vram"],
    ["suggest", "--vram", "-5"],
    ["suggest", "--offline=1"],
    ["hardware", "extra"],
    ["nonsense"],
]


@pytest.mark.parametrize("argv", EVERYDAY, ids=" ".join)
def test_everyday_lines_take_the_fast_path_with_typers_arguments(
    monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    fast = o.parse(argv)
    assert fast is not None
    command, kwargs = fast
    assert command == argv[0]
    assert kwargs == _typer_kwargs(monkeypatch, argv)


@pytest.mark.parametrize("argv", LEFT_TO_TYPER, ids=" ".join)
def test_unusual_lines_are_left_to_typer(argv: list[str]) -> None:
    assert o.parse(argv) is None


WORDS = st.sampled_from(
    [
        "explain", "suggest", "hardware", "refresh", "--json", "--lang", "zh", "EN", "fr", "--vram", "24GB", "--ram",
        "16", "--gpus", "2", "-1", "0", "1025", "--cpu-only", "--ctx", "4096", "100", "--offline", "-q", "--quiet",
        "--task", "-t", "code", "Math", "nope", "--rows", "500", "--hub", "hf", "ALL", "--license", "mit", "--limit",
        "-n", "7", "--format", "-f", "csv", "Qwen/Qwen2.5-7B-Instruct", "--", "-h", "--vram=8GB", "--limit=3", "=",
        "",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=8))
def test_whatever_the_fast_parser_accepts_typer_reads_the_same(argv: list[str]) -> None:
    fast = o.parse(argv)
    if fast is None:
        return
    with pytest.MonkeyPatch.context() as mp:
        assert fast[1] == _typer_kwargs(mp, argv), argv


def test_everyday_commands_never_import_typer_or_heavy_stdlib() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from modelpick.entry import main\n"
        "for argv in (['explain', 'Qwen1.5-72B-Chat-AWQ', '--json', '--cpu-only', '--ram', '16GB'],\n"
        "             ['suggest', '--task', 'code', '--format', 'json', '--cpu-only', '--ram', '16GB']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        try:\n            main(argv)\n        except SystemExit as e:\n            assert e.code == 0, e.code\n"
        "print(','.join(m for m in ('typer', 'click', 'rich', 'typing', 'dataclasses', 'pathlib', 'subprocess', 'platform', 'threading') if m in sys.modules))\n"
    )
    env = {**os.environ, "MODELPICK_OFFLINE": "1"}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ""


def test_the_entry_point_runs_typer_for_help_and_errors() -> None:
    env = {**os.environ, "MODELPICK_OFFLINE": "1"}
    r = subprocess.run(
        [sys.executable, "-m", "modelpick", "suggest", "--task", "nope"], capture_output=True, text=True, env=env
    )
    assert r.returncode == 2
    assert "unknown task 'nope'; choose one of: chat, code" in r.stderr
    r = subprocess.run([sys.executable, "-m", "modelpick", "explain", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("Usage: modelpick explain [OPTIONS]")


def test_ctrl_c_before_a_command_body_is_exit_130_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from modelpick import entry
    from modelpick.errors import ExitCode

    def interrupted(argv: list[str]) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(o, "parse", interrupted)
    with pytest.raises(SystemExit) as exit_info:
        entry.main(["explain", "Qwen2.5-7B"])
    assert exit_info.value.code == ExitCode.INTERRUPTED
    assert capsys.readouterr().err == "modelpick: interrupted\n"


def test_entry_main_runs_the_body_and_exits_with_its_code(capsys: pytest.CaptureFixture[str]) -> None:
    from modelpick import entry

    with pytest.raises(SystemExit) as exit_info:
        entry.main(["explain", "Qwen2.5-7B-Instruct", "--json", "--cpu-only", "--ram", "16GB"])
    assert exit_info.value.code == 0
    assert '"params_b": 7.62' in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        entry.main(["suggest", "--rows", "500", "--task", "embedding", "--cpu-only", "--ram", "16GB"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.startswith("modelpick: error: --rows sizes LoRA fine-tuning")


@pytest.mark.parametrize("command", sorted(o.COMMANDS))
def test_each_body_takes_exactly_its_commands_options(command: str) -> None:
    import inspect

    params = inspect.signature(actions.BODIES[command]).parameters
    expected = [*([o.ARGUMENTS[command]] if command in o.ARGUMENTS else []), *(opt.dest for opt in o.COMMANDS[command])]
    assert sorted(params) == sorted(expected)
    for opt in o.COMMANDS[command]:
        assert params[opt.dest].default == opt.default, opt.dest
