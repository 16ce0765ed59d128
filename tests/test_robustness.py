"""Hostile input and hostile hub data: decodes or clear messages, inert text, safe commands."""

from __future__ import annotations

import json
import shlex
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from fakehub import FakeHub, hf_item, serve
from modelpick.cli import app
from modelpick.commands import command_for
from modelpick.hubs import HubModel, cache
from modelpick.hubs.parse import hf_model, ms_model
from modelpick.memory import Machine
from modelpick.rank import Option, Pick
from modelpick.textsafe import for_rich, strip_controls

runner = CliRunner()
MACHINE = ["--cpu-only", "--ram", "16GB"]
ESC = "\x1b"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=1200))
def test_explain_any_string_gives_a_decode_or_a_clear_message(text: str) -> None:
    r = runner.invoke(app, ["explain", "--json", *MACHINE, "--", text])
    assert r.exit_code in (0, 2), r.output
    assert "Traceback" not in r.output
    if r.exit_code == 0:
        d = json.loads(r.stdout)
        assert d["input"] == text
    else:
        assert r.stderr.startswith("modelpick: error: ")
    assert ESC not in r.stdout and "\x9b" not in r.stdout


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "x" * 10_000,
        "../../etc/passwd",
        "$(rm -rf ~)",
        "`id`",
        "--",
        "[bold red]boom[/]",
        "\x1b]8;;http://evil\x07click\x1b]8;;\x07",
        "名字-7B-对话",
        "🦙-7B",
        "\u202eAWQ-7B",
    ],
)
def test_explain_hostile_strings_human_output(text: str) -> None:
    r = runner.invoke(app, ["explain", *MACHINE, "--", text])
    assert r.exit_code in (0, 2)
    assert "Traceback" not in r.output and ESC not in r.output and "\u202e" not in r.output
    if text == "[bold red]boom[/]":
        assert "[bold red]boom[/]" in r.stdout  # shown literally, not interpreted
    if len(text) > 1000:
        assert r.exit_code == 2 and "NAME is 10000 characters long" in r.stderr


def test_rich_and_terminal_escapes_are_inert() -> None:
    assert strip_controls("a\x1b[31mb\x07c\nd\u202e") == "a?[31mb?c?d?"
    assert for_rich("[link=http://x]hi[/link]") == "\\[link=http://x]hi\\[/link]"


@pytest.mark.parametrize(
    "item",
    [
        {"id": "evil/[bold]x[/bold]"},
        {"id": "evil/x\nmalicious"},
        {"id": "evil/$(touch pwned)"},
        {"id": "evil/`id`"},
        {"id": "evil/x'; rm -rf ~"},
        {"id": "../etc/passwd"},
        {"id": "evil/" + "a" * 200},
        {"id": "evil/\x1b[2Jx"},
        {"id": None},
        {"id": ["a/b"]},
    ],
)
def test_ids_that_cannot_be_repos_are_dropped(item: dict) -> None:
    assert hf_model(item) is None and ms_model(item) is None


def test_hostile_fields_are_neutralised_or_dropped() -> None:
    m = hf_model(
        {
            "id": "ok/Model-7B-Instruct",
            "downloads": 10**20,
            "likes": -3,
            "tags": ["license:" + "x" * 500, 5],
            "safetensors": {"total": 10**20},
            "gguf": {"context_length": -1},
            "lastModified": "yesterday",
        }
    )
    assert m == HubModel(repo_id="ok/Model-7B-Instruct", hub="huggingface", gguf=True)


def test_every_printed_command_is_shell_quoted() -> None:
    from modelpick.candidates import Candidate
    from modelpick.memory import FitResult

    c = Candidate(repo_id="ok/Model-7B-Instruct", params_b=7, tasks=("chat",))
    for opt in (
        Option("FP16", "ok/Model-7B-Instruct", "vllm"),
        Option("Q4_K_M", "ok/Model-7B-Instruct-GGUF", "ollama-hf"),
        Option("FP16", "ok/Model-7B-Instruct", "download"),
    ):
        cmd = command_for(Pick(c, opt, FitResult("gpu", 5, 50), 4096, 1.0, ()), 2)
        assert shlex.split(cmd)[0] in ("vllm", "ollama", "hf")
        assert shlex.join(shlex.split(cmd)) == cmd
    with pytest.raises(ValueError):
        command_for(Pick(c, Option("FP16", "x/$(id)", "vllm"), FitResult("gpu", 5, 50), 4096, 1.0, ()))
    with pytest.raises(ValueError):
        command_for(Pick(c, Option("Q4_K_M", "qwen2.5:7b; rm -rf ~", "ollama"), FitResult("gpu", 5, 50), 4096, 1.0, ()))
    assert Machine(ram_gb=1).usable_ram_gb == 0.0


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeHub]:
    with serve() as h:
        monkeypatch.delenv("MODELPICK_OFFLINE", raising=False)
        for var in ("HF_ENDPOINT", "MODELSCOPE_ENDPOINT", "OLLAMA_HOST"):
            monkeypatch.setenv(var, h.url)
        monkeypatch.setenv("MODELSCOPE_API_TOKEN", "")
        monkeypatch.setenv("MODELPICK_HUB_TIMEOUT", "1")
        monkeypatch.setenv("MODELPICK_CACHE_DIR", str(tmp_path / "cache"))
        yield h


@pytest.mark.online
def test_hostile_hub_data_is_shown_inert_in_every_format(hub: FakeHub) -> None:
    evil_license = "[link=http://evil]mit[/link]\x1b]8;;http://evil\x07\u202e"
    hub.hf.items = [
        hf_item("acme/Evil-1B-Instruct-GGUF", gguf={"total": 1_000_000_000}, license="x"),
        {
            **hf_item("acme/Evil2-1B-Instruct-GGUF", gguf={"total": 1_000_000_000}),
            "tags": [],
            "cardData": {"license": evil_license},
        },
        hf_item("acme/[red]x[/red]-1B-Instruct"),
    ]
    for fmt in ("table", "json", "csv", "tsv"):
        r = runner.invoke(app, ["suggest", *MACHINE, "--hub", "hf", "--limit", "200", "--format", fmt])
        assert r.exit_code == 0, r.output
        assert ESC not in r.output and "\u202e" not in r.output and "\x07" not in r.output
        assert "[red]x[/red]" not in r.output  # not a valid repo id: dropped
        if fmt == "json":
            rows = {x["repo_id"]: x for x in json.loads(r.stdout)}
            assert rows["acme/Evil2-1B-Instruct-GGUF"]["license"] == evil_license.lower()
        if fmt == "table":
            assert "acme/Evil2-1B-Instruct-G" in r.stdout


@pytest.mark.online
def test_huge_and_wrong_type_responses(hub: FakeHub) -> None:
    hub.hf.items = [hf_item(f"acme/M{i}-7B-Instruct-GGUF", gguf={"total": 7_000_000_000}) for i in range(3000)]
    r = runner.invoke(app, ["suggest", *MACHINE, "--hub", "hf", "--format", "json"])
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 10
    hub.hf.items = []
    hub.hf.body = b"[1, 2, 3]"
    r = runner.invoke(app, ["suggest", *MACHINE, "--hub", "hf", "--format", "json"])
    assert r.exit_code == 0 and "Traceback" not in r.output


def test_concurrent_cache_writes_never_leave_a_broken_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELPICK_CACHE_DIR", str(tmp_path))
    models = [HubModel(repo_id=f"a/m{i}", hub="huggingface", downloads=i) for i in range(300)]
    errors: list[str] = []

    def writer() -> None:
        for _ in range(30):
            cache.save("huggingface", "chat", models)

    def reader() -> None:
        for _ in range(200):
            got = cache.load("huggingface", "chat")
            if got is not None and len(got.models) != 300:
                errors.append("partial read")

    threads = [threading.Thread(target=writer) for _ in range(3)] + [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(cache.load("huggingface", "chat").models) == 300  # type: ignore[union-attr]
    assert not list(tmp_path.glob("*.tmp"))


def test_unexpected_errors_are_one_line_with_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    import modelpick.names

    def boom(text: str) -> None:
        raise RuntimeError("kaput")

    monkeypatch.setattr(modelpick.names, "decode", boom)
    r = runner.invoke(app, ["explain", "x", *MACHINE])
    assert r.exit_code == 1
    assert r.stderr.splitlines() == [
        "modelpick: internal error: RuntimeError: kaput",
        "  hint: run again with MODELPICK_DEBUG=1 for a traceback, and report it",
    ]
