"""Live hub search through the real SDKs against a fake hub on 127.0.0.1."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fakehub import FakeHub, hf_item, ms_item, serve
from modelpick.cli import app
from modelpick.hubs import cache

pytestmark = pytest.mark.online
runner = CliRunner()
LAPTOP = ["--ram", "16GB", "--vram", "8GB"]
ZORB = hf_item("acme/Zorb-7B-Instruct", downloads=5_000_000, params=7_250_000_000, license="mit")
ZORB_GGUF = hf_item(
    "acme/Zorb-7B-Instruct-GGUF",
    downloads=900_000,
    gguf={"total": 7_250_000_000, "architecture": "llama", "context_length": 32768},
)
QWEN = hf_item("Qwen/Qwen2.5-7B-Instruct", downloads=2_000_000, params=7_615_616_512)


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeHub]:
    with serve() as h:
        monkeypatch.delenv("MODELPICK_OFFLINE", raising=False)
        monkeypatch.setenv("HF_ENDPOINT", h.url)
        monkeypatch.setenv("MODELSCOPE_ENDPOINT", h.url)
        monkeypatch.setenv("MODELSCOPE_API_TOKEN", "")
        monkeypatch.setenv("OLLAMA_HOST", h.url)
        monkeypatch.setenv("MODELPICK_HUB_TIMEOUT", "1")
        monkeypatch.setenv("MODELPICK_CACHE_DIR", str(tmp_path / "cache"))
        h.hf.items = [ZORB, ZORB_GGUF, QWEN]
        h.ms.items = [
            ms_item("Qwen/Qwen2.5-7B-Instruct", downloads=300_000),
            ms_item("acme/Zorb-7B-Instruct", downloads=1_000),
        ]
        yield h


def suggest(*args: str) -> tuple[int, list[dict], str]:
    r = runner.invoke(app, ["suggest", *LAPTOP, "--format", "json", "--limit", "100", *args])
    return r.exit_code, json.loads(r.stdout) if r.stdout.strip() else [], r.stderr


def by_id(rows: list[dict]) -> dict[str, dict]:
    return {r["repo_id"]: r for r in rows}


def test_queries_both_hubs_with_few_purposeful_requests(hub: FakeHub) -> None:
    code, _rows, err = suggest("--task", "chat")
    assert code == 0 and err == ""
    hf = hub.paths("/api/models")
    ms = hub.paths("/openapi/v1/models")
    assert len(hf) == 2 and len(ms) == 2  # the task's queries, no per-model requests
    first = hf[0][1]
    assert first["pipeline_tag"] == ["text-generation"] and first["sort"] == ["downloads"]
    assert set(first["expand"]) >= {
        "safetensors",
        "gguf",
        "downloads",
        "likes",
        "lastModified",
        "pipeline_tag",
        "tags",
        "cardData",
    }
    assert hf[1][1]["filter"] == ["gguf"]
    assert ms[0][1]["filter.task"] == ["text-generation"] and ms[0][1]["sort"] == ["downloads"]
    assert not hub.paths("/api/agent-harnesses")  # telemetry stays off
    assert hub.paths("/api/tags")  # asked the local ollama


def test_unknown_repos_are_decoded_and_sized_from_hub_metadata(hub: FakeHub) -> None:
    rows = by_id(suggest("--task", "chat")[1])
    assert "acme/Zorb-7B-Instruct-GGUF" not in rows  # folded into its original: one row per model
    z = rows["acme/Zorb-7B-Instruct"]
    assert z["params_b"] == 7.25 and z["variant"] == "instruct" and z["quant"] == "Q4_K_M"
    assert z["command"] == "ollama run hf.co/acme/Zorb-7B-Instruct-GGUF:Q4_K_M"  # not a trusted ladder publisher
    assert z["why"][0].startswith("quality 40 (unknown: not in the catalog)")
    assert z["hubs"] == ["huggingface", "modelscope"] and z["downloads"] == 5_001_000 and z["license"] == "mit"
    # on a 24 GB GPU the original weights run in vLLM
    r = runner.invoke(app, ["suggest", "--ram", "64GB", "--vram", "24GB", "--format", "json", "--limit", "200"])
    big = by_id(json.loads(r.stdout))["acme/Zorb-7B-Instruct"]
    assert big["quant"] == "FP16" and big["command"].startswith("vllm serve acme/Zorb-7B-Instruct")


def test_catalog_models_merge_hub_popularity_and_stay_one_row(hub: FakeHub) -> None:
    rows = suggest("--task", "chat")[1]
    qwen = [r for r in rows if r["repo_id"] == "Qwen/Qwen2.5-7B-Instruct"]
    assert len(qwen) == 1
    assert qwen[0]["downloads"] == 2_300_000 and qwen[0]["hubs"] == ["huggingface", "modelscope"]
    assert any(w.startswith("2,300,000 downloads") for w in qwen[0]["why"])


def test_pagination_follows_link_headers(hub: FakeHub) -> None:
    hub.hf.page_size = 1
    rows = by_id(suggest("--task", "chat", "--hub", "hf")[1])
    assert rows["acme/Zorb-7B-Instruct"]["command"] == "ollama run hf.co/acme/Zorb-7B-Instruct-GGUF:Q4_K_M"
    assert any(q.get("cursor") == ["2"] for _, q in hub.paths("/api/models"))
    assert not hub.paths("/openapi/v1/models")  # --hub hf asks Hugging Face only


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (500, None, None),
        (429, None, None),
        (200, b"<html>not json</html>", "malformed response"),
        (200, b'{"not": "a list"}', "malformed response"),
    ],
)
def test_a_failing_hub_falls_back_with_one_line(
    hub: FakeHub, status: int, body: bytes | None, reason: str | None
) -> None:
    hub.hf.status, hub.hf.body = status, body
    start = time.monotonic()
    code, rows, err = suggest("--task", "chat")
    assert time.monotonic() - start < 6
    assert code == 0 and rows  # still an answer: ModelScope and the catalog
    lines = err.splitlines()
    hf_lines = [line for line in lines if line.startswith("modelpick: huggingface:")]
    assert len(hf_lines) == 1 and hf_lines[0].endswith("; using the embedded catalog")
    if reason:
        assert reason in hf_lines[0]
    assert by_id(rows)["Qwen/Qwen2.5-7B-Instruct"]["downloads"] == 300_000  # ModelScope still answered


def test_slow_and_refused_hubs_never_hang(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    hub.hf.delay = 5
    monkeypatch.setenv("MODELSCOPE_ENDPOINT", "http://127.0.0.1:9")  # refused
    start = time.monotonic()
    code, rows, err = suggest("--task", "code")
    assert time.monotonic() - start < 5
    assert code == 0 and rows
    assert (
        "modelpick: huggingface: timed out; using the embedded catalog" in err
        or "modelpick: huggingface: no answer within 2 s; using the embedded catalog" in err
    )
    assert "modelpick: modelscope: " in err
    assert all(line.startswith("modelpick: ") for line in err.splitlines())  # no SDK log noise


def test_cache_serves_fresh_results_without_requests_and_stale_ones_on_failure(hub: FakeHub) -> None:
    suggest("--task", "chat")
    n = len(hub.requests)
    assert (Path(cache.cache_dir()) / "huggingface-chat.json").exists()
    code, rows, err = suggest("--task", "chat")
    assert code == 0 and err == "" and "acme/Zorb-7B-Instruct" in by_id(rows)
    assert [p for p, _, _ in hub.requests[n:]] == ["/api/tags"]  # only ollama; the listing came from the cache
    # make the cache stale and the hub fail: the stale listing is used, and said so
    path = Path(cache.cache_dir()) / "huggingface-chat.json"
    doc = json.loads(path.read_text())
    doc["fetched_at"] -= 3 * 86400
    path.write_text(json.dumps(doc))
    hub.hf.status = 503
    code, rows, err = suggest("--task", "chat")
    assert code == 0 and "acme/Zorb-7B-Instruct" in by_id(rows)
    assert any(
        line.startswith("modelpick: huggingface: ") and line.endswith("; using cached results from 3 days ago")
        for line in err.splitlines()
    )


def test_offline_uses_the_cache_and_sends_nothing(hub: FakeHub) -> None:
    suggest("--task", "chat")
    n = len(hub.requests)
    code, rows, err = suggest("--task", "chat", "--offline")
    assert code == 0 and err == "" and "acme/Zorb-7B-Instruct" in by_id(rows)
    assert len(hub.requests) == n


@pytest.mark.parametrize(
    "content",
    [
        b"{broken",
        b'{"version": 0, "models": []}',
        b'{"version": 1, "hub": "huggingface", "task": "chat", "fetched_at": "x"}',
        b"\x00\xff" * 10,
    ],
)
def test_corrupt_or_old_cache_is_ignored_and_rebuilt(hub: FakeHub, content: bytes) -> None:
    d = Path(cache.cache_dir())
    d.mkdir(parents=True, exist_ok=True)
    (d / "huggingface-chat.json").write_bytes(content)
    code, rows, err = suggest("--task", "chat")
    assert code == 0 and err == "" and "acme/Zorb-7B-Instruct" in by_id(rows)
    assert json.loads((d / "huggingface-chat.json").read_text())["version"] == 1


def test_unwritable_cache_directory_is_not_fatal(hub: FakeHub, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # a path below a regular file cannot be created, even by root (chmod would not stop root)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("MODELPICK_CACHE_DIR", str(blocker / "cache"))
    code, rows, err = suggest("--task", "chat")
    assert code == 0 and err == "" and "acme/Zorb-7B-Instruct" in by_id(rows)
    assert cache.save("huggingface", "chat", []) is False
    assert cache.load("huggingface", "chat") is None


def test_malformed_rows_are_skipped_and_counted(hub: FakeHub) -> None:
    hub.hf.items = [
        hf_item(
            "acme/Zorb-VL-7B-Instruct-GGUF", downloads=-7, pipeline="image-text-to-text", gguf={"total": 7_250_000_000}
        ),  # absurd count: dropped, row kept
        {"id": 5},
        {"id": "not a repo id"},
        {"id": "a/$(rm -rf ~)"},
        {
            "id": "acme/Huge-Instruct",
            "safetensors": {"parameters": {}, "total": 10**20},
        },  # absurd size: cannot be sized
    ]
    code, rows, err = suggest("--task", "vision", "--hub", "hf")  # vision: one query
    assert code == 0
    z = by_id(rows)["acme/Zorb-VL-7B-Instruct-GGUF"]
    assert z["downloads"] is None and z["params_b"] == 7.25
    assert "acme/Huge-Instruct" not in by_id(rows)
    assert err.splitlines() == ["modelpick: huggingface: skipped 3 malformed entries"]


def test_installed_ollama_models_are_marked(hub: FakeHub) -> None:
    hub.ollama.items = [
        {
            "name": "qwen2.5:7b",
            "model": "qwen2.5:7b",
            "size": 4683087332,
            "details": {"family": "qwen2", "parameter_size": "7.6B", "quantization_level": "Q4_K_M"},
        }
    ]
    rows = by_id(suggest("--task", "chat")[1])
    assert rows["Qwen/Qwen2.5-7B-Instruct"]["installed"] is True
    assert rows["acme/Zorb-7B-Instruct"]["installed"] is False


def test_modelscope_preference_prints_modelscope_commands(hub: FakeHub) -> None:
    hub.ms.items = [ms_item("Qwen/Qwen2.5-7B-Instruct-GGUF", downloads=50_000, tags=["gguf"])]
    rows = by_id(suggest("--task", "chat", "--hub", "modelscope")[1])
    assert rows["Qwen/Qwen2.5-7B-Instruct"]["hub"] == "modelscope"
    assert rows["Qwen/Qwen2.5-7B-Instruct"]["command"].startswith(
        "ollama run modelscope.cn/Qwen/Qwen2.5-7B-Instruct-GGUF:"
    )


def test_refresh_rewrites_every_listing(hub: FakeHub) -> None:
    r = runner.invoke(app, ["refresh"])
    assert r.exit_code == 0
    files = sorted(p.name for p in Path(cache.cache_dir()).glob("*.json"))
    assert len(files) == 26 and "modelscope-embedding.json" in files
    assert "refreshed chat" in r.stderr and r.stderr.splitlines()[-1].startswith("modelpick: refreshed 26 listings in ")


def test_refresh_with_no_hub_exits_4(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setenv("MODELSCOPE_ENDPOINT", "http://127.0.0.1:9")
    r = runner.invoke(app, ["refresh", "--quiet"])
    assert (
        r.exit_code == 4
        and r.stderr.splitlines()[0] == "modelpick: error: no hub answered; the cache was not refreshed"
    )


def test_explain_asks_the_hub_for_the_exact_size_of_an_unknown_repo(hub: FakeHub) -> None:
    r = runner.invoke(app, ["explain", "acme/Zorb-7B-Instruct", "--json", *LAPTOP])
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    assert d["params_b"] == 7.25 and d["license"] == "mit"
    assert [p for p, _ in hub.paths("/api/models/")] == ["/api/models/acme/Zorb-7B-Instruct"]


def test_tokens_never_appear_in_output_or_cache(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_SECRETsecretSECRET")
    monkeypatch.setenv("MODELSCOPE_API_TOKEN", "ms-SECRETsecretSECRET")
    hub.hf.status = 401
    r = runner.invoke(app, ["suggest", *LAPTOP, "--task", "chat"])
    r2 = runner.invoke(app, ["suggest", *LAPTOP, "--task", "chat", "--format", "json"])
    blobs = [r.stdout, r.stderr, r2.stdout, r2.stderr] + [p.read_text() for p in Path(cache.cache_dir()).glob("*.json")]
    assert not any("SECRETsecret" in b for b in blobs)
