"""`suggest`: for fixed machines and every task, what is shown fits, is the right kind of model,
and the top picks are what an expert would choose."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from modelpick.candidates import from_catalog
from modelpick.cli import app
from modelpick.memory import Machine
from modelpick.options import TASKS
from modelpick.rank import Prefs, rank, variant_rule

G = 2**30 / 1e9  # GB per GiB
PROFILES = {
    "phone": (Machine(ram_gb=4 * G), ["--cpu-only", "--ram", "4GB"]),
    "laptop": (Machine(ram_gb=16 * G, gpu_count=1, vram_gb_per_gpu=8 * G), ["--ram", "16GB", "--vram", "8GB"]),
    "desktop": (Machine(ram_gb=64 * G, gpu_count=1, vram_gb_per_gpu=24 * G), ["--ram", "64GB", "--vram", "24GB"]),
    "server": (
        Machine(ram_gb=2048 * G, gpu_count=8, vram_gb_per_gpu=80 * G),
        ["--ram", "2TB", "--vram", "80GB", "--gpus", "8"],
    ),
}
CANDIDATES = from_catalog()
runner = CliRunner()


def _capacity(m: Machine, fit: str) -> float:
    # written out independently of Machine.capacity_gb, so the test checks the model
    return {"gpu": m.usable_vram_gb, "offload": m.usable_vram_gb + m.usable_ram_gb, "cpu": m.usable_ram_gb}[fit]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("task", TASKS)
def test_everything_shown_fits_and_is_the_right_kind(profile: str, task: str) -> None:
    machine, _ = PROFILES[profile]
    picks = rank(CANDIDATES, machine, Prefs(task=task, limit=50))
    for p in picks:
        c = p.candidate
        assert task in c.tasks, (c.repo_id, c.tasks)
        assert p.fit.memory_gb <= _capacity(machine, p.fit.fit) + 1e-9, (c.repo_id, p.fit)
        if task != "fim":
            assert c.variant != "base", c.repo_id
        if profile == "phone":
            assert p.fit.fit == "cpu" and p.option.runtime != "vllm"
    scores = [p.score for p in picks]
    assert scores == sorted(scores, reverse=True)
    assert [p.rank for p in picks] == list(range(1, len(picks) + 1))
    if task in ("chat", "code", "embedding", "asr"):
        assert picks, f"nothing for {task} on {profile}"


def _top(profile: str, task: str, n: int = 3, **kw: object) -> list:
    return rank(CANDIDATES, PROFILES[profile][0], Prefs(task=task, limit=n, **kw))  # type: ignore[arg-type]


def test_expert_pick_code_on_8gb_vram() -> None:
    top = _top("laptop", "code", 1)[0]
    assert top.candidate.repo_id == "Qwen/Qwen2.5-Coder-7B-Instruct"
    assert top.option.label in ("Q6_K", "Q5_K_M", "Q4_K_M") and top.fit.fit == "gpu"


def test_expert_pick_chat_on_24gb_is_a_mid_size_model_on_gpu() -> None:
    for p in _top("desktop", "chat", 3):
        assert p.fit.fit == "gpu" and p.candidate.params_b >= 12
        assert (p.fit.tokens_per_s or 0) > 20


def test_phone_gets_small_quantised_models() -> None:
    for p in _top("phone", "chat", 5):
        assert p.candidate.params_b <= 4.5 and p.option.label.startswith("Q")


def test_server_serves_big_models_with_tensor_parallel() -> None:
    top = _top("server", "chat", 3)
    assert all(p.candidate.params_b >= 100 for p in top)
    assert all(p.option.runtime == "vllm" for p in top)


def test_embedding_task_never_suggests_a_chat_model_and_code_never_an_embedder() -> None:
    assert all(p.candidate.primary_task == "embedding" for p in _top("laptop", "embedding", 20))
    assert not any("embedding" in p.candidate.tasks for p in _top("laptop", "code", 50))


@pytest.mark.parametrize(
    ("rows", "rule"),
    [(5000, "base"), (1001, "base"), (1000, "either"), (300, "either"), (299, "instruct"), (1, "instruct")],
)
def test_variant_rule(rows: int, rule: str) -> None:
    assert variant_rule(rows) == rule


def test_finetune_rules_and_footprints() -> None:
    few = _top("desktop", "chat", 20, rows=100)
    assert few and all(p.candidate.variant in ("instruct", "chat") for p in few)
    many = _top("desktop", "chat", 5, rows=5000)
    assert many[0].candidate.variant == "base"
    for p in many + few:
        assert p.mode == "finetune" and p.fit.memory_gb <= 24 * G
        assert p.option.label in ("LoRA-BF16", "QLoRA-4bit")
    mid = _top("laptop", "chat", 30, rows=500)
    assert {"base", "instruct"} <= {p.candidate.variant for p in mid}
    # a 7-8B model is QLoRA territory on 8 GB (Unsloth: 8B QLoRA ≈ 6 GB)
    eight = next(p for p in mid if p.candidate.repo_id == "meta-llama/Llama-3.1-8B-Instruct")
    assert eight.option.label == "QLoRA-4bit" and eight.option.repo == "unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit"
    assert _top("phone", "chat", 5, rows=500) == []  # no GPU, no fine-tuning


def test_license_filter() -> None:
    for p in _top("desktop", "chat", 30, license="permissive"):
        assert p.candidate.license in ("apache-2.0", "mit")
    assert all(p.candidate.license == "mit" for p in _top("desktop", "chat", 30, license="MIT"))
    assert any(p.candidate.license == "gemma" for p in _top("desktop", "chat", 60, license="commercial"))
    assert not any(
        p.candidate.license in ("qwen-research", "cc-by-nc-4.0")
        for p in _top("desktop", "chat", 60, license="commercial")
    )


# --------------------------------------------------------------------------------------------- CLI


def run(*args: str) -> tuple[int, str, str]:
    r = runner.invoke(app, ["suggest", "--offline", *args])
    return r.exit_code, r.stdout, r.stderr


SUGGEST_KEYS = {
    "rank",
    "repo_id",
    "hub",
    "params_b",
    "active_params_b",
    "variant",
    "tasks",
    "quant",
    "memory_gb",
    "fit",
    "tokens_per_s",
    "score",
    "license",
    "downloads",
    "command",
    "why",
}


def test_json_contract() -> None:
    code, out, err = run("--task", "code", *PROFILES["laptop"][1], "--format", "json", "--limit", "5")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert len(rows) == 5 and [r["rank"] for r in rows] == [1, 2, 3, 4, 5]
    for r in rows:
        assert set(r) >= SUGGEST_KEYS
        assert r["hub"] in ("huggingface", "modelscope") and r["fit"] in ("gpu", "offload", "cpu")
        assert isinstance(r["why"], list) and r["why"][0].startswith("quality ")
    assert rows[0]["repo_id"] == "Qwen/Qwen2.5-Coder-7B-Instruct"
    assert rows[0]["command"] == "ollama run hf.co/Qwen/Qwen2.5-Coder-7B-Instruct-GGUF:Q6_K"


def test_csv_and_tsv_are_data_only() -> None:
    code, out, err = run("--task", "embedding", *PROFILES["phone"][1], "--format", "csv", "-n", "3")
    assert code == 0 and err == ""
    table = list(csv.reader(io.StringIO(out)))
    assert table[0][:3] == ["rank", "repo_id", "hub"] and len(table) == 4
    code, out, _ = run("--task", "embedding", *PROFILES["phone"][1], "--format", "tsv", "-n", "3")
    assert [len(line.split("\t")) for line in out.splitlines()] == [15] * 4


def test_table_fits_100_columns_and_lists_commands() -> None:
    code, out, _ = run("--task", "code", *PROFILES["laptop"][1], "-n", "5", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Machine: 16.0 GiB RAM, 1 × GPU 8.0 GiB"
    assert lines[1] == "Task: code · context 4096 tokens"
    assert lines[2].split() == [
        "#",
        "model",
        "hub",
        "params",
        "variant",
        "precision",
        "memory",
        "fit",
        "tok/s",
        "license",
    ]
    assert lines[3].split()[:2] == ["1", "Qwen/Qwen2.5-Coder-7B-Instru…"]
    table = lines[: lines.index("Get it:")]
    assert all(len(line) <= 100 for line in table)
    assert lines[lines.index("Get it:") + 1] == "  1  ollama run hf.co/Qwen/Qwen2.5-Coder-7B-Instruct-GGUF:Q6_K"


def test_finetune_table_states_the_rule() -> None:
    code, out, _ = run("--rows", "500", *PROFILES["desktop"][1], "-n", "3", "--lang", "en")
    assert code == 0
    assert out.splitlines()[1] == "Task: chat · fine-tuning, 500 rows (300–1000): Base or Instruct both fine"
    code, out, _ = run("--rows", "50", *PROFILES["desktop"][1], "-n", "3", "--lang", "zh")
    assert (
        out.splitlines()[1]
        == "任务：chat · 微调，50 行 < 300：只用 Instruct/Chat 模型（数据太少，教不会 Base 模型对话）"
    )


def test_exit_codes() -> None:
    code, _, err = run("--task", "coding", "--cpu-only", "--ram", "8GB")
    assert code == 2 and "unknown task 'coding'; choose one of: chat, code, math" in err
    code, out, err = run("--task", "chat", "--cpu-only", "--ram", "1GB")
    assert code == 3 and out == ""
    assert err.splitlines()[0] == "modelpick: error: no chat model to run fits this machine (1.0 GiB RAM, no GPU)"
    code, _, err = run("--rows", "100", "--cpu-only", "--ram", "64GB")
    assert code == 3 and "assume an NVIDIA GPU" in err
    code, _, err = run("--license", " ", "--cpu-only", "--ram", "8GB")
    assert code == 2
    code, _, err = run("--rows", "500", "--task", "embedding", "--vram", "24GB", "--ram", "64GB")
    assert code == 2
    assert err.splitlines() == [
        "modelpick: error: --rows sizes LoRA fine-tuning of text-generation models; embedding models are not covered",
        "  hint: use --task one of: chat, code, math, reasoning, vision, tools, fim",
    ]


def test_modelscope_preference_uses_modelscope_ids() -> None:
    code, out, _ = run("--hub", "modelscope", *PROFILES["desktop"][1], "--format", "json", "--limit", "300")
    assert code == 0
    llama = {r["repo_id"]: r for r in json.loads(out)}["meta-llama/Llama-3.1-8B-Instruct"]
    assert llama["hub"] == "modelscope"
    assert (
        llama["command"]
        == "env VLLM_USE_MODELSCOPE=True vllm serve LLM-Research/Meta-Llama-3.1-8B-Instruct --max-model-len 32768"
    )
    code, out, _ = run("--hub", "modelscope", "--task", "asr", *PROFILES["laptop"][1], "--format", "json")
    assert code == 0
    asr = {r["repo_id"]: r for r in json.loads(out)}
    assert asr["FunAudioLLM/SenseVoiceSmall"]["command"] == "modelscope download iic/SenseVoiceSmall"
