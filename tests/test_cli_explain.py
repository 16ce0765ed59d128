"""`modelpick explain` and `modelpick hardware` through typer's CliRunner: exit codes and whole outputs."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from fakes import RTX_4090, FakeNVML, FakePsutil
from modelpick import hardware as hardware_mod
from modelpick.cli import app

runner = CliRunner()
LAPTOP = ["--vram", "8GB", "--ram", "16GB"]


def run(*args: str) -> tuple[int, str, str]:
    r = runner.invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


CONTRACT_KEYS = [
    "input", "repo_id", "family", "params_b", "active_params_b", "experts", "moe", "variant", "quant",
    "format", "tasks", "modalities", "distilled_from", "context_k", "size_tier", "weights_gb", "parts", "advice",
]  # fmt: skip


def test_explain_json_matches_the_contract() -> None:
    code, out, err = run("explain", "Qwen/Qwen1.5-72B-Chat-AWQ", "--json", *LAPTOP)
    assert code == 0 and err == ""
    d = json.loads(out)
    assert list(d)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert d["input"] == d["repo_id"] == "Qwen/Qwen1.5-72B-Chat-AWQ"
    assert d["family"] == "Qwen1.5"
    assert d["params_b"] == 72.0 and d["active_params_b"] is None and d["experts"] is None and d["moe"] is False
    assert d["variant"] == "chat"
    assert d["quant"] == {"method": "awq", "bits": 4, "type": None}
    assert d["format"] is None and d["distilled_from"] is None and d["context_k"] is None and d["size_tier"] is None
    assert d["tasks"] == ["chat"] and d["modalities"] == ["text"]
    assert d["weights_gb"] == {"fp16": 144.0, "q8_0": 76.5, "q4_k_m": 44.01}
    assert d["parts"] == [
        {"text": "Qwen", "kind": "org", "meaning": "published by Qwen"},
        {"text": "Qwen1.5", "kind": "family", "meaning": "model family Qwen1.5"},
        {"text": "72B", "kind": "params", "meaning": "72 billion parameters"},
        {"text": "Chat", "kind": "variant", "meaning": "Chat: tuned for multi-turn conversation"},
        {
            "text": "AWQ",
            "kind": "quant",
            "meaning": "AWQ: activation-aware 4-bit weight quantisation (GPU, vLLM/transformers)",
        },
    ]
    assert any("AWQ needs an NVIDIA" in a for a in d["advice"])


def test_explain_json_uses_catalog_knowledge_over_arithmetic() -> None:
    code, out, _ = run("explain", "mistralai/Mixtral-8x7B-Instruct-v0.1", "--json", *LAPTOP)
    d = json.loads(out)
    assert code == 0
    assert d["params_b"] == 46.7 and d["active_params_b"] == 12.9 and d["experts"] == 8 and d["moe"] is True
    # Llama-3.1-8B at the contract precisions tracks the real GGUF files (4.92 / 8.54 / 16.07 GB)
    d = json.loads(run("explain", "meta-llama/Llama-3.1-8B-Instruct", "--json", *LAPTOP)[1])
    assert d["weights_gb"] == {"fp16": 16.06, "q8_0": 8.53, "q4_k_m": 4.91}
    assert d["context_k"] == 128.0


def test_explain_json_in_chinese_translates_meanings_not_keys() -> None:
    code, out, _ = run("explain", "DeepSeek-R1-Distill-Qwen-7B", "--json", "--lang", "zh", *LAPTOP)
    d = json.loads(out)
    assert code == 0
    assert d["distilled_from"] == "DeepSeek-R1" and d["family"] == "Qwen" and d["params_b"] == 7.62
    assert d["repo_id"] == "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B"
    meanings = {p["text"]: p["meaning"] for p in d["parts"]}
    assert meanings["Distill"] == "Distill：用更大的教师模型的输出训练"
    assert meanings["7B"] == "70 亿参数"
    assert any(a.startswith("蒸馏模型：Qwen 7B 用 DeepSeek-R1 的输出训练而成") for a in d["advice"])


EXPECTED_EN = """\
DeepSeek-R1-Distill-Qwen-7B  (deepseek-ai/DeepSeek-R1-Distill-Qwen-7B)
part      kind          meaning
DeepSeek  family        model family DeepSeek
R1        task          R1: DeepSeek's reasoning model line (long chain of thought)
Distill   distillation  Distill: trained on a larger teacher model's outputs
Qwen      family        model family Qwen
7B        parameters    7 billion parameters

Summary
  family          Qwen
  parameters      7.62B
  variant         instruct
  quantisation    none (full precision)
  tasks           reasoning, chat
  modalities      text
  distilled from  DeepSeek-R1
  context         128k
  license         mit

Memory (4096 tokens of context)
precision  weights  KV cache  total    fit           speed
FP16       15.2 GB  0.2 GB    16.3 GB  does not fit  -
Q8_0       8.1 GB   0.2 GB    9.1 GB   GPU+RAM       ~16 tok/s
Q6_K       6.2 GB   0.2 GB    7.3 GB   GPU           ~39 tok/s
Q5_K_M     5.4 GB   0.2 GB    6.5 GB   GPU           ~44 tok/s
Q4_K_M     4.7 GB   0.2 GB    5.7 GB   GPU           ~52 tok/s
Q3_K_M     3.8 GB   0.2 GB    4.8 GB   GPU           ~63 tok/s
Q2_K       3.0 GB   0.2 GB    4.0 GB   GPU           ~79 tok/s
Verdict for this machine: best precision that runs fully on the GPU: Q6_K (7.3 GB, ~39 tok/s)

Advice
  •  Tuned to follow instructions: ready for chat. To fine-tune it on your data, fewer than 300
     rows work best on this kind of model.
  •  Distilled: Qwen 7B was trained on the outputs of DeepSeek-R1. It imitates the teacher's style
     (e.g. long reasoning) at a fraction of the cost, but knows less than the teacher.
  •  Reasoning model: it thinks out loud before answering, so answers take more tokens and time;
     give it a large context.
"""


def _strip(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def test_explain_human_output_english() -> None:
    code, out, err = run("explain", "DeepSeek-R1-Distill-Qwen-7B", "--lang", "en", "--vram", "8GB", "--ram", "16GB")
    assert code == 0 and err == ""
    assert _strip(out) == EXPECTED_EN


def test_explain_human_output_chinese() -> None:
    code, out, _ = run("explain", "DeepSeek-R1-Distill-Qwen-7B", "--lang", "zh", *LAPTOP)
    assert code == 0
    lines = _strip(out).splitlines()
    assert lines[0] == "DeepSeek-R1-Distill-Qwen-7B  (deepseek-ai/DeepSeek-R1-Distill-Qwen-7B)"
    assert lines[1].split() == ["片段", "类别", "含义"]
    assert lines[4].split() == ["Distill", "蒸馏", "Distill：用更大的教师模型的输出训练"]
    assert "  蒸馏自    DeepSeek-R1" in lines
    assert "本机结论: 完全在 GPU 上运行的最高精度：Q6_K（7.3 GB, ~39 tok/s）" in lines
    assert any(line.startswith("  •  蒸馏模型：Qwen 7B 用 DeepSeek-R1") for line in lines)


def test_language_defaults_from_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    out = run("explain", "Qwen/Qwen2.5-7B-Instruct", *LAPTOP)[1]
    assert out.splitlines()[1].split() == ["片段", "类别", "含义"]
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")  # LC_ALL wins over LANG
    out = run("explain", "Qwen/Qwen2.5-7B-Instruct", *LAPTOP)[1]
    assert out.splitlines()[1].split() == ["part", "kind", "meaning"]


def test_explain_advice_for_base_models_and_quants() -> None:
    d = json.loads(run("explain", "Qwen/Qwen3-8B-Base", "--json", *LAPTOP)[1])
    assert d["advice"][0].startswith("This is a Base (pretrained) model: it continues text and will not stop")
    d = json.loads(run("explain", "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "--json", *LAPTOP)[1])
    assert any(a.startswith("GGUF runs in llama.cpp, ollama and LM Studio") for a in d["advice"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["explain", "x", "--vram", "lots"],
            "modelpick: error: --vram: cannot read 'lots' as a memory size",
        ),
        (
            ["explain", "x", "--ram", "-3GB"],
            "modelpick: error: --ram: cannot read '-3GB' as a memory size",
        ),
        (["explain", "  ", "--cpu-only", "--ram", "8GB"], "modelpick: error: NAME is empty"),
        (
            ["explain", "x", "--cpu-only", "--vram", "8GB"],
            "modelpick: error: --cpu-only cannot be combined with --vram or --gpus",
        ),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(args: list[str], message: str) -> None:
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert err.splitlines()[0] == message
    assert "Traceback" not in err


def test_click_usage_errors_exit_2() -> None:
    code, _, err = run("explain", "x", "--lang", "fr")
    assert code == 2 and "Invalid value for '--lang'" in err
    code, _, err = run("explain")
    assert code == 2 and "Missing argument 'NAME'" in err


def test_punctuation_only_gives_a_message_not_a_crash() -> None:
    code, out, _ = run("explain", "--cpu-only", "--ram", "8GB", "--", "-_-/./")
    assert code == 0 and out == "No model-name parts found in this text.\n"


def _fake_detect(monkeypatch: pytest.MonkeyPatch) -> None:
    real = hardware_mod.detect

    def fake(**kw: object) -> hardware_mod.Hardware:
        return real(nvml=FakeNVML([RTX_4090]), psutil_mod=FakePsutil(), apple=lambda cmd: "")

    monkeypatch.setattr(hardware_mod, "detect", fake)


def test_hardware_json(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_detect(monkeypatch)
    code, out, err = run("hardware", "--json")
    assert code == 0 and err == ""
    assert json.loads(out) == {
        "ram_gb": 68.72,
        "ram_available_gb": 51.54,
        "cpu_cores": 8,
        "gpus": [
            {
                "name": "NVIDIA GeForce RTX 4090",
                "vram_gb": 25.77,
                "vram_free_gb": 24.7,
                "bandwidth_gbs": 1008.1,
            }
        ],
        "unified_memory": False,
    }


def test_hardware_human(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_detect(monkeypatch)
    code, out, _ = run("hardware")
    assert code == 0
    assert out == (
        "RAM: 64.0 GiB (48.0 GiB available)\n"
        "CPU: 8 cores\n"
        "GPU 0: NVIDIA GeForce RTX 4090 — 24.0 GiB VRAM, 23.0 GiB free, 1008 GB/s\n"
    )
    code, out, _ = run("hardware", "--gpus", "2", "--vram", "48GB")
    assert out.splitlines()[2:] == [
        "GPU 0: GPU — 48.0 GiB VRAM, 48.0 GiB free, 1008 GB/s",
        "GPU 1: GPU — 48.0 GiB VRAM, 48.0 GiB free, 1008 GB/s",
        "(sizes given on the command line)",
    ]


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("modelpick ")


def test_beyond_one_machine_prints_the_vllm_cluster_command() -> None:
    d = json.loads(run("explain", "meta-llama/Llama-3.1-405B-Instruct", "--json", "--cpu-only", "--ram", "64GB")[1])
    assert d["advice"][-1] == (
        "Nothing fits this machine. At FP16 it needs about 815 GB: 2 nodes of 8 × 80 GB GPUs, "
        "e.g. `vllm serve meta-llama/Llama-3.1-405B-Instruct --tensor-parallel-size 8 --pipeline-parallel-size 2`."
    )
