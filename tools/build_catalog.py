"""Build src/modelpick/data/catalog.json from the per-family tables below.

Run: python tools/build_catalog.py            (writes the file)
     python tools/build_catalog.py --check    (exit 1 when the file is out of date; CI runs this)

Sources, per column:
- params / layers / kv_heads / head_dim / vocab / hidden / tie / context: each repo's
  config.json on the Hugging Face Hub (num_hidden_layers, num_key_value_heads, head_dim or
  hidden_size / num_attention_heads, vocab_size, hidden_size, tie_word_embeddings,
  max_position_embeddings) and the parameter count the Hub shows from safetensors metadata.
- license: the repo's license tag. released: the repo's creation month.
- ollama: tags listed on ollama.com/library/<model>/tags (only tags that exist there).
- quality: a 0–100 signal used to rank models *within one task*; the metric is named per family
  in `quality_src` (MMLU for LLMs as reported in the model card or technical report, MTEB for
  embeddings, 100 − WER for speech recognition, GenEval × 100 for image generation, VBench for
  video). Values are rounded and approximate: they order models, they are not benchmarks.
- Quantised repos (AWQ, GPTQ, GGUF, bnb-4bit) are listed only where the publisher ships them:
  Qwen ships -AWQ/-GPTQ-Int4/-GPTQ-Int8/-GGUF for Qwen2.5 Instruct; Unsloth ships -bnb-4bit;
  bartowski ships -GGUF; hugging-quants ships Llama 3.1 AWQ-INT4.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "modelpick" / "data" / "catalog.json"
sys.path.insert(0, str(ROOT / "src"))
from modelpick.catalog import Entry  # noqa: E402  (the columns are the Entry fields, in order)

MODELS: list[dict[str, Any]] = []

MMLU = "MMLU (model card / tech report)"
MMLU_STUDENT = "MMLU of the student base model (DeepSeek published no MMLU for the distills)"
MTEB = "MTEB English average (model card / MTEB leaderboard)"
MTEB_R = "MTEB reranking / retrieval score (model card)"
ASR = "100 − average WER, Open ASR Leaderboard (approx.)"
ASR_ZH = "100 − CER on AISHELL-1 (model card)"
TTS = "TTS Arena ranking mapped to 0–100 (approx.)"
GENEVAL = "GenEval overall × 100 (model card / paper)"
VBENCH = "VBench total score (model card)"


def arch(
    params: float,
    layers: int | None,
    kv: int | None,
    hd: int | None,
    vocab: int | None,
    hidden: int | None,
    tied: bool,
    ctx: int | None,
    **extra: Any,
) -> dict[str, Any]:
    embed = None
    if vocab and hidden:
        embed = round(vocab * hidden * (1 if tied else 2) / 1e9, 3)
    return {
        "params_b": params,
        "layers": layers,
        "kv_heads": kv,
        "head_dim": hd,
        "embed_b": embed,
        "context": ctx,
        **extra,
    }


def add(
    id: str,
    a: dict[str, Any],
    *,
    license: str,
    tasks: list[str],
    released: str,
    quality: float,
    quality_src: str,
    **kw: Any,
) -> None:
    entry = {
        "id": id,
        **a,
        "license": license,
        "tasks": tasks,
        "released": released,
        "quality": quality,
        "quality_src": quality_src,
        **kw,
    }
    MODELS.append({k: v for k, v in entry.items() if v is not None})


def quants(original: str, a: dict[str, Any], suffixes: list[tuple[str, str]], **common: Any) -> None:
    """Pre-quantised repos of ``original``: (repo id, precision label)."""
    for repo, label in suffixes:
        add(repo, a, quant=label, original=original, **common)


# ---------------------------------------------------------------------------- Qwen2.5 (Apache-2.0 except 3B/72B: Qwen licences)
QWEN25 = {
    "0.5B": arch(0.49, 24, 2, 64, 151936, 896, True, 32768),
    "1.5B": arch(1.54, 28, 2, 128, 151936, 1536, True, 32768),
    "3B": arch(3.09, 36, 2, 128, 151936, 2048, True, 32768),
    "7B": arch(7.62, 28, 4, 128, 152064, 3584, False, 131072),
    "14B": arch(14.77, 48, 8, 128, 152064, 5120, False, 131072),
    "32B": arch(32.76, 64, 8, 128, 152064, 5120, False, 131072),
    "72B": arch(72.71, 80, 8, 128, 152064, 8192, False, 131072),
}
QWEN25_MMLU = {
    "0.5B": 47.5,
    "1.5B": 60.9,
    "3B": 65.6,
    "7B": 74.2,
    "14B": 79.7,
    "32B": 83.3,
    "72B": 86.1,
}
QWEN25_LICENSE = {"3B": "qwen-research", "72B": "qwen"}
for size, a in QWEN25.items():
    lic = QWEN25_LICENSE.get(size, "apache-2.0")
    low = size.lower()
    common = {
        "license": lic,
        "released": "2024-09",
        "quality": QWEN25_MMLU[size],
        "quality_src": MMLU,
        "family": "Qwen2.5",
    }
    add(
        f"Qwen/Qwen2.5-{size}",
        a,
        tasks=["chat", "fim"] if False else ["chat"],
        variant="base",
        modelscope=f"Qwen/Qwen2.5-{size}",
        **common,
    )
    inst = f"Qwen/Qwen2.5-{size}-Instruct"
    add(
        inst,
        a,
        tasks=["chat", "tools"],
        variant="instruct",
        modelscope=inst,
        ollama=f"qwen2.5:{low}",
        gguf=f"{inst}-GGUF",
        **common,
    )
    quants(
        inst,
        a,
        [
            (f"{inst}-AWQ", "AWQ"),
            (f"{inst}-GPTQ-Int4", "GPTQ-Int4"),
            (f"{inst}-GPTQ-Int8", "GPTQ-Int8"),
            (f"{inst}-GGUF", "GGUF"),
        ],
        tasks=["chat", "tools"],
        variant="instruct",
        **common,
    )
    quants(
        inst,
        a,
        [(f"unsloth/Qwen2.5-{size}-Instruct-bnb-4bit", "bnb-4bit")],
        tasks=["chat", "tools"],
        variant="instruct",
        **common,
    )
    quants(
        f"Qwen/Qwen2.5-{size}",
        a,
        [(f"unsloth/Qwen2.5-{size}-bnb-4bit", "bnb-4bit")],
        tasks=["chat"],
        variant="base",
        **common,
    )

# Qwen2.5-Coder: same architectures; HumanEval is the natural metric but we keep one scale per
# task: the coder models are ranked by their own MMLU-free quality = Qwen's reported HumanEval.
CODER_HUMANEVAL = {"0.5B": 61.6, "1.5B": 70.7, "3B": 84.1, "7B": 88.4, "14B": 89.6, "32B": 92.7}
for size, he in CODER_HUMANEVAL.items():
    a = QWEN25[size]
    low = size.lower()
    lic = QWEN25_LICENSE.get(size, "apache-2.0")
    common = {
        "license": lic,
        "released": "2024-11",
        "quality": he,
        "quality_src": "HumanEval (Qwen2.5-Coder tech report)",
        "family": "Qwen2.5-Coder",
    }
    add(
        f"Qwen/Qwen2.5-Coder-{size}",
        a,
        tasks=["code", "fim"],
        variant="base",
        modelscope=f"Qwen/Qwen2.5-Coder-{size}",
        **common,
    )
    inst = f"Qwen/Qwen2.5-Coder-{size}-Instruct"
    add(
        inst,
        a,
        tasks=["code", "chat", "fim"],
        variant="instruct",
        modelscope=inst,
        ollama=f"qwen2.5-coder:{low}",
        gguf=f"{inst}-GGUF",
        **common,
    )
    quants(
        inst,
        a,
        [(f"{inst}-AWQ", "AWQ"), (f"{inst}-GPTQ-Int4", "GPTQ-Int4"), (f"{inst}-GGUF", "GGUF")],
        tasks=["code", "chat", "fim"],
        variant="instruct",
        **common,
    )
    quants(
        inst,
        a,
        [(f"unsloth/Qwen2.5-Coder-{size}-Instruct-bnb-4bit", "bnb-4bit")],
        tasks=["code", "chat", "fim"],
        variant="instruct",
        **common,
    )

for size, q in {"1.5B": 64.0, "7B": 79.0, "72B": 88.0}.items():
    a = QWEN25[size]
    add(
        f"Qwen/Qwen2.5-Math-{size}-Instruct",
        a,
        license="qwen" if size == "72B" else "apache-2.0",
        tasks=["math", "chat"],
        released="2024-09",
        quality=q,
        quality_src="MATH benchmark, CoT (Qwen2.5-Math report)",
        variant="instruct",
        modelscope=f"Qwen/Qwen2.5-Math-{size}-Instruct",
        family="Qwen2.5-Math",
    )

# ---------------------------------------------------------------------------- Qwen3 (Apache-2.0)
QWEN3 = {
    "0.6B": (arch(0.6, 28, 8, 128, 151936, 1024, True, 40960), 52.8),
    "1.7B": (arch(1.7, 28, 8, 128, 151936, 2048, True, 40960), 62.6),
    "4B": (arch(4.02, 36, 8, 128, 151936, 2560, True, 40960), 73.0),
    "8B": (arch(8.19, 36, 8, 128, 151936, 4096, False, 40960), 76.9),
    "14B": (arch(14.77, 40, 8, 128, 151936, 5120, False, 40960), 81.1),
    "32B": (arch(32.76, 64, 8, 128, 151936, 5120, False, 40960), 83.6),
    "30B-A3B": (
        arch(30.53, 48, 4, 128, 151936, 2048, False, 40960, active_b=3.3, experts=128),
        81.4,
    ),
    "235B-A22B": (
        arch(235.09, 94, 4, 128, 151936, 4096, False, 40960, active_b=22.0, experts=128),
        87.8,
    ),
}
QWEN3_OLLAMA = {
    "0.6B": "qwen3:0.6b",
    "1.7B": "qwen3:1.7b",
    "4B": "qwen3:4b",
    "8B": "qwen3:8b",
    "14B": "qwen3:14b",
    "32B": "qwen3:32b",
    "30B-A3B": "qwen3:30b",
    "235B-A22B": "qwen3:235b",
}
for size, (a, mmlu) in QWEN3.items():
    common = {
        "license": "apache-2.0",
        "released": "2025-04",
        "quality": mmlu,
        "quality_src": MMLU + " (base model, Qwen3 tech report)",
        "family": "Qwen3",
    }
    repo = f"Qwen/Qwen3-{size}"
    # Qwen3 instruct checkpoints carry no suffix: they are hybrid thinking/non-thinking chat models.
    add(
        repo,
        a,
        tasks=["chat", "reasoning", "tools"],
        variant="instruct",
        modelscope=repo,
        ollama=QWEN3_OLLAMA[size],
        gguf=f"{repo}-GGUF",
        **common,
    )
    if size not in ("235B-A22B",):
        add(f"{repo}-Base", a, tasks=["chat"], variant="base", modelscope=f"{repo}-Base", **common)
        quants(
            f"{repo}-Base",
            a,
            [(f"unsloth/Qwen3-{size}-Base-bnb-4bit", "bnb-4bit")],
            tasks=["chat"],
            variant="base",
            **common,
        )
    quants(
        repo,
        a,
        [(f"{repo}-GGUF", "GGUF"), (f"{repo}-FP8", "FP8")],
        tasks=["chat", "reasoning", "tools"],
        variant="instruct",
        **common,
    )
    if size in ("4B", "8B", "14B", "32B"):
        quants(
            repo,
            a,
            [(f"{repo}-AWQ", "AWQ")],
            tasks=["chat", "reasoning", "tools"],
            variant="instruct",
            **common,
        )
    if "A" not in size:
        quants(
            repo,
            a,
            [(f"unsloth/Qwen3-{size}-bnb-4bit", "bnb-4bit")],
            tasks=["chat", "reasoning", "tools"],
            variant="instruct",
            **common,
        )

Q3_2507_CTX = 262144
for size, a0, q in (
    ("4B", QWEN3["4B"][0], 75.0),
    ("30B-A3B", QWEN3["30B-A3B"][0], 84.0),
    ("235B-A22B", QWEN3["235B-A22B"][0], 89.0),
):
    a = {**a0, "context": Q3_2507_CTX}
    common = {
        "license": "apache-2.0",
        "released": "2025-07",
        "quality": q,
        "quality_src": "MMLU-Redux (Qwen3-2507 model card)",
        "family": "Qwen3-2507",
    }
    for kind, tasks in (
        ("Instruct", ["chat", "tools"]),
        ("Thinking", ["chat", "reasoning", "tools"]),
    ):
        repo = f"Qwen/Qwen3-{size}-{kind}-2507"
        add(
            repo,
            a,
            tasks=tasks,
            variant="instruct",
            modelscope=repo,
            gguf=f"unsloth/Qwen3-{size}-{kind}-2507-GGUF",
            **common,
        )
        add(
            f"unsloth/Qwen3-{size}-{kind}-2507-GGUF",
            a,
            tasks=tasks,
            variant="instruct",
            quant="GGUF",
            original=repo,
            **common,
        )
add(
    "Qwen/Qwen3-Coder-30B-A3B-Instruct",
    {**QWEN3["30B-A3B"][0], "context": Q3_2507_CTX},
    license="apache-2.0",
    tasks=["code", "chat", "tools", "fim"],
    released="2025-07",
    quality=90.0,
    quality_src="HumanEval-class coding score (approx., Qwen3-Coder card)",
    variant="instruct",
    modelscope="Qwen/Qwen3-Coder-30B-A3B-Instruct",
    ollama="qwen3-coder:30b",
    gguf="unsloth/Qwen3-Coder-30B-A3B-Instruct-GGUF",
    family="Qwen3-Coder",
)
add(
    "unsloth/Qwen3-Coder-30B-A3B-Instruct-GGUF",
    {**QWEN3["30B-A3B"][0], "context": Q3_2507_CTX},
    license="apache-2.0",
    tasks=["code", "chat", "tools", "fim"],
    released="2025-07",
    quality=90.0,
    quality_src="HumanEval-class coding score (approx., Qwen3-Coder card)",
    variant="instruct",
    quant="GGUF",
    original="Qwen/Qwen3-Coder-30B-A3B-Instruct",
    family="Qwen3-Coder",
)
add(
    "Qwen/QwQ-32B",
    QWEN3["32B"][0] | {"context": 131072},
    license="apache-2.0",
    tasks=["reasoning", "chat", "math"],
    released="2025-03",
    quality=83.0,
    quality_src=MMLU + " (approx.)",
    variant="instruct",
    modelscope="Qwen/QwQ-32B",
    ollama="qwq:32b",
    gguf="Qwen/QwQ-32B-GGUF",
    family="QwQ",
)
quants(
    "Qwen/QwQ-32B",
    QWEN3["32B"][0] | {"context": 131072},
    [("Qwen/QwQ-32B-AWQ", "AWQ"), ("Qwen/QwQ-32B-GGUF", "GGUF")],
    license="apache-2.0",
    tasks=["reasoning", "chat", "math"],
    released="2025-03",
    quality=83.0,
    quality_src=MMLU + " (approx.)",
    variant="instruct",
    family="QwQ",
)

# Qwen2.5-VL (vision-language). Sizes include the vision tower.
for size, params, layers, kv, hidden, tied, q, lic in (
    ("3B", 3.75, 36, 2, 2048, True, 53.1, "qwen-research"),
    ("7B", 8.29, 28, 4, 3584, False, 58.6, "apache-2.0"),
    ("32B", 33.5, 64, 8, 5120, False, 70.0, "apache-2.0"),
    ("72B", 73.4, 80, 8, 8192, False, 70.2, "qwen"),
):
    repo = f"Qwen/Qwen2.5-VL-{size}-Instruct"
    a = arch(params, layers, kv, 128, 151936 if tied else 152064, hidden, tied, 128000)
    common = {
        "license": lic,
        "released": "2025-01",
        "quality": q,
        "quality_src": "MMMU (Qwen2.5-VL model card)",
        "family": "Qwen2.5-VL",
    }
    add(
        repo,
        a,
        tasks=["vision", "chat"],
        variant="instruct",
        modelscope=repo,
        ollama=f"qwen2.5vl:{size.lower()}",
        **common,
    )
    quants(repo, a, [(f"{repo}-AWQ", "AWQ")], tasks=["vision", "chat"], variant="instruct", **common)

# ---------------------------------------------------------------------------- DeepSeek (MIT)
# R1 distills: students are Qwen2.5-Math-1.5B/7B, Qwen2.5-14B/32B, Llama-3.1-8B, Llama-3.3-70B.
LLAMA31_8B = arch(8.03, 32, 8, 128, 128256, 4096, False, 131072)
LLAMA31_70B = arch(70.55, 80, 8, 128, 128256, 8192, False, 131072)
for student, a, mmlu, tag in (
    ("Qwen-1.5B", QWEN25["1.5B"], 60.9, "deepseek-r1:1.5b"),
    ("Qwen-7B", QWEN25["7B"], 74.2, "deepseek-r1:7b"),
    (
        "Llama-8B",
        LLAMA31_8B,
        66.7,
        None,
    ),  # ollama's deepseek-r1:8b now serves the 0528 Qwen3-8B distill
    ("Qwen-14B", QWEN25["14B"], 79.7, "deepseek-r1:14b"),
    ("Qwen-32B", QWEN25["32B"], 83.3, "deepseek-r1:32b"),
    ("Llama-70B", LLAMA31_70B, 79.3, "deepseek-r1:70b"),
):
    repo = f"deepseek-ai/DeepSeek-R1-Distill-{student}"
    a = {**a, "context": 131072}
    common = {
        "license": "mit",
        "released": "2025-01",
        "quality": mmlu,
        "quality_src": MMLU_STUDENT,
        "family": "DeepSeek-R1-Distill",
    }
    add(
        repo,
        a,
        tasks=["reasoning", "chat", "math"],
        variant="instruct",
        modelscope=repo,
        ollama=tag,
        gguf=f"bartowski/DeepSeek-R1-Distill-{student}-GGUF",
        **common,
    )
    quants(
        repo,
        a,
        [
            (f"bartowski/DeepSeek-R1-Distill-{student}-GGUF", "GGUF"),
            (f"unsloth/DeepSeek-R1-Distill-{student}-bnb-4bit", "bnb-4bit"),
        ],
        tasks=["reasoning", "chat", "math"],
        variant="instruct",
        **common,
    )
add(
    "deepseek-ai/DeepSeek-R1-0528-Qwen3-8B",
    QWEN3["8B"][0] | {"context": 131072},
    license="mit",
    tasks=["reasoning", "chat", "math"],
    released="2025-05",
    quality=76.9,
    quality_src=MMLU_STUDENT,
    variant="instruct",
    modelscope="deepseek-ai/DeepSeek-R1-0528-Qwen3-8B",
    ollama="deepseek-r1:8b",
    gguf="unsloth/DeepSeek-R1-0528-Qwen3-8B-GGUF",
    family="DeepSeek-R1",
)
add(
    "unsloth/DeepSeek-R1-0528-Qwen3-8B-GGUF",
    QWEN3["8B"][0] | {"context": 131072},
    license="mit",
    tasks=["reasoning", "chat", "math"],
    released="2025-05",
    quality=76.9,
    quality_src=MMLU_STUDENT,
    variant="instruct",
    quant="GGUF",
    original="deepseek-ai/DeepSeek-R1-0528-Qwen3-8B",
    family="DeepSeek-R1",
)
# DeepSeek-V3/R1 use multi-head latent attention: the cache holds a 512-d latent + 64-d RoPE key
# per layer and token (DeepSeek-V2 paper §2.1), i.e. 576 elements = 2 × 1 "head" × 288.
MLA_V3 = arch(671.0, 61, 1, 288, 129280, 7168, False, 163840, active_b=37.0, experts=256)
add(
    "deepseek-ai/DeepSeek-R1",
    MLA_V3,
    native="FP8",  # the precision the weights ship in
    license="mit",
    tasks=["reasoning", "chat", "math", "code"],
    released="2025-01",
    quality=90.8,
    quality_src=MMLU,
    variant="instruct",
    modelscope="deepseek-ai/DeepSeek-R1",
    ollama="deepseek-r1:671b",
    gguf="unsloth/DeepSeek-R1-GGUF",
    family="DeepSeek-R1",
)
add(
    "deepseek-ai/DeepSeek-R1-0528",
    MLA_V3,
    native="FP8",  # the precision the weights ship in
    license="mit",
    tasks=["reasoning", "chat", "math", "code"],
    released="2025-05",
    quality=91.5,
    quality_src="MMLU-Redux (model card)",
    variant="instruct",
    modelscope="deepseek-ai/DeepSeek-R1-0528",
    gguf="unsloth/DeepSeek-R1-0528-GGUF",
    family="DeepSeek-R1",
)
add(
    "deepseek-ai/DeepSeek-V3",
    MLA_V3,
    native="FP8",  # the precision the weights ship in
    license="mit",
    tasks=["chat", "code", "tools"],
    released="2024-12",
    quality=88.5,
    quality_src=MMLU,
    variant="instruct",
    modelscope="deepseek-ai/DeepSeek-V3",
    ollama="deepseek-v3:671b",
    gguf="unsloth/DeepSeek-V3-GGUF",
    family="DeepSeek-V3",
)
add(
    "deepseek-ai/DeepSeek-V3-Base",
    MLA_V3,
    native="FP8",  # the precision the weights ship in
    license="mit",
    tasks=["chat"],
    released="2024-12",
    quality=87.1,
    quality_src=MMLU,
    variant="base",
    modelscope="deepseek-ai/DeepSeek-V3-Base",
    family="DeepSeek-V3",
)
MLA_V2_LITE = arch(15.71, 27, 1, 288, 102400, 2048, False, 32768, active_b=2.4, experts=64)
add(
    "deepseek-ai/DeepSeek-V2-Lite-Chat",
    MLA_V2_LITE,
    license="deepseek",
    tasks=["chat"],
    released="2024-05",
    quality=55.7,
    quality_src=MMLU,
    variant="chat",
    modelscope="deepseek-ai/DeepSeek-V2-Lite-Chat",
    ollama="deepseek-v2:16b",
    family="DeepSeek-V2",
)
add(
    "deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct",
    MLA_V2_LITE | {"context": 163840},
    license="deepseek",
    tasks=["code", "chat", "fim"],
    released="2024-06",
    quality=81.1,
    quality_src="HumanEval (model card)",
    variant="instruct",
    modelscope="deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct",
    ollama="deepseek-coder-v2:16b",
    gguf="bartowski/DeepSeek-Coder-V2-Lite-Instruct-GGUF",
    family="DeepSeek-Coder-V2",
)
add(
    "deepseek-ai/deepseek-coder-6.7b-instruct",
    arch(6.74, 32, 32, 128, 32256, 4096, False, 16384),
    license="deepseek",
    tasks=["code", "chat", "fim"],
    released="2023-10",
    quality=78.6,
    quality_src="HumanEval (model card)",
    variant="instruct",
    modelscope="deepseek-ai/deepseek-coder-6.7b-instruct",
    ollama="deepseek-coder:6.7b",
    family="DeepSeek-Coder",
)
add(
    "deepseek-ai/deepseek-coder-1.3b-instruct",
    arch(1.35, 24, 16, 128, 32256, 2048, False, 16384),
    license="deepseek",
    tasks=["code", "chat", "fim"],
    released="2023-10",
    quality=65.2,
    quality_src="HumanEval (model card)",
    variant="instruct",
    modelscope="deepseek-ai/deepseek-coder-1.3b-instruct",
    ollama="deepseek-coder:1.3b",
    family="DeepSeek-Coder",
)
add(
    "deepseek-ai/deepseek-coder-6.7b-base",
    arch(6.74, 32, 32, 128, 32256, 4096, False, 16384),
    license="deepseek",
    tasks=["code", "fim"],
    released="2023-10",
    quality=49.4,
    quality_src="HumanEval (model card)",
    variant="base",
    modelscope="deepseek-ai/deepseek-coder-6.7b-base",
    family="DeepSeek-Coder",
)
add(
    "deepseek-ai/deepseek-math-7b-instruct",
    arch(6.91, 30, 32, 128, 102400, 4096, False, 4096),
    license="deepseek",
    tasks=["math", "chat"],
    released="2024-02",
    quality=46.8,
    quality_src="MATH benchmark (DeepSeekMath paper)",
    variant="instruct",
    modelscope="deepseek-ai/deepseek-math-7b-instruct",
    family="DeepSeekMath",
)

# ---------------------------------------------------------------------------- Meta Llama (Llama community licences)
LLAMA32_1B = arch(1.24, 16, 8, 64, 128256, 2048, True, 131072)
LLAMA32_3B = arch(3.21, 28, 8, 128, 128256, 3072, True, 131072)
LLAMA31_405B = arch(405.85, 126, 8, 128, 128256, 16384, False, 131072)
LLAMA3_8B = arch(8.03, 32, 8, 128, 128256, 4096, False, 8192)
for repo, a, variant, q, lic, rel, tag, gguf, bnb, ms in (
    (
        "meta-llama/Llama-3.1-8B-Instruct",
        LLAMA31_8B,
        "instruct",
        69.4,
        "llama3.1",
        "2024-07",
        "llama3.1:8b",
        "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
        "unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit",
        "LLM-Research/Meta-Llama-3.1-8B-Instruct",
    ),
    (
        "meta-llama/Llama-3.1-8B",
        LLAMA31_8B,
        "base",
        66.7,
        "llama3.1",
        "2024-07",
        None,
        None,
        "unsloth/Meta-Llama-3.1-8B-bnb-4bit",
        "LLM-Research/Meta-Llama-3.1-8B",
    ),
    (
        "meta-llama/Llama-3.1-70B-Instruct",
        LLAMA31_70B,
        "instruct",
        83.6,
        "llama3.1",
        "2024-07",
        "llama3.1:70b",
        "bartowski/Meta-Llama-3.1-70B-Instruct-GGUF",
        "unsloth/Meta-Llama-3.1-70B-Instruct-bnb-4bit",
        "LLM-Research/Meta-Llama-3.1-70B-Instruct",
    ),
    (
        "meta-llama/Llama-3.1-405B-Instruct",
        LLAMA31_405B,
        "instruct",
        87.3,
        "llama3.1",
        "2024-07",
        "llama3.1:405b",
        None,
        None,
        None,
    ),
    (
        "meta-llama/Llama-3.2-1B-Instruct",
        LLAMA32_1B,
        "instruct",
        49.3,
        "llama3.2",
        "2024-09",
        "llama3.2:1b",
        "bartowski/Llama-3.2-1B-Instruct-GGUF",
        "unsloth/Llama-3.2-1B-Instruct-bnb-4bit",
        "LLM-Research/Llama-3.2-1B-Instruct",
    ),
    (
        "meta-llama/Llama-3.2-1B",
        LLAMA32_1B,
        "base",
        32.2,
        "llama3.2",
        "2024-09",
        None,
        None,
        "unsloth/Llama-3.2-1B-bnb-4bit",
        None,
    ),
    (
        "meta-llama/Llama-3.2-3B-Instruct",
        LLAMA32_3B,
        "instruct",
        63.4,
        "llama3.2",
        "2024-09",
        "llama3.2:3b",
        "bartowski/Llama-3.2-3B-Instruct-GGUF",
        "unsloth/Llama-3.2-3B-Instruct-bnb-4bit",
        "LLM-Research/Llama-3.2-3B-Instruct",
    ),
    (
        "meta-llama/Llama-3.2-3B",
        LLAMA32_3B,
        "base",
        58.0,
        "llama3.2",
        "2024-09",
        None,
        None,
        "unsloth/Llama-3.2-3B-bnb-4bit",
        None,
    ),
    (
        "meta-llama/Llama-3.3-70B-Instruct",
        LLAMA31_70B,
        "instruct",
        86.0,
        "llama3.3",
        "2024-12",
        "llama3.3:70b",
        "bartowski/Llama-3.3-70B-Instruct-GGUF",
        "unsloth/Llama-3.3-70B-Instruct-bnb-4bit",
        "LLM-Research/Llama-3.3-70B-Instruct",
    ),
    (
        "meta-llama/Meta-Llama-3-8B-Instruct",
        LLAMA3_8B,
        "instruct",
        68.4,
        "llama3",
        "2024-04",
        "llama3:8b",
        "bartowski/Meta-Llama-3-8B-Instruct-GGUF",
        "unsloth/llama-3-8b-Instruct-bnb-4bit",
        "LLM-Research/Meta-Llama-3-8B-Instruct",
    ),
):
    common = {"license": lic, "released": rel, "quality": q, "quality_src": MMLU, "family": "Llama"}
    tasks = ["chat", "tools"] if variant == "instruct" else ["chat"]
    add(repo, a, tasks=tasks, variant=variant, ollama=tag, gguf=gguf, modelscope=ms, **common)
    if gguf:
        quants(repo, a, [(gguf, "GGUF")], tasks=tasks, variant=variant, **common)
    if bnb:
        quants(repo, a, [(bnb, "bnb-4bit")], tasks=tasks, variant=variant, **common)
for size, a in (("8B", LLAMA31_8B), ("70B", LLAMA31_70B)):
    quants(
        f"meta-llama/Llama-3.1-{size}-Instruct",
        a,
        [(f"hugging-quants/Meta-Llama-3.1-{size}-Instruct-AWQ-INT4", "AWQ")],
        license="llama3.1",
        released="2024-07",
        quality=69.4 if size == "8B" else 83.6,
        quality_src=MMLU,
        tasks=["chat", "tools"],
        variant="instruct",
        family="Llama",
    )
quants(
    "meta-llama/Llama-3.1-8B-Instruct",
    LLAMA31_8B,
    [
        ("neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8", "FP8"),
        ("RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w4a16", "W4A16"),
    ],
    license="llama3.1",
    released="2024-07",
    quality=69.4,
    quality_src=MMLU,
    tasks=["chat", "tools"],
    variant="instruct",
    family="Llama",
)
add(
    "meta-llama/Llama-3.2-11B-Vision-Instruct",
    arch(10.67, 40, 8, 128, 128256, 4096, False, 131072),
    license="llama3.2",
    tasks=["vision", "chat"],
    released="2024-09",
    quality=50.7,
    quality_src="MMMU (model card)",
    variant="instruct",
    ollama="llama3.2-vision:11b",
    modelscope="LLM-Research/Llama-3.2-11B-Vision-Instruct",
    family="Llama",
)
add(
    "meta-llama/Llama-3.2-90B-Vision-Instruct",
    arch(88.6, 100, 8, 128, 128256, 8192, False, 131072),
    license="llama3.2",
    tasks=["vision", "chat"],
    released="2024-09",
    quality=60.3,
    quality_src="MMMU (model card)",
    variant="instruct",
    ollama="llama3.2-vision:90b",
    family="Llama",
)
add(
    "meta-llama/Llama-4-Scout-17B-16E-Instruct",
    arch(108.6, 48, 8, 128, 202048, 5120, False, 10485760, active_b=17.0, experts=16),
    license="llama4",
    tasks=["chat", "vision", "tools"],
    released="2025-04",
    quality=79.6,
    quality_src="MMLU (model card, base)",
    variant="instruct",
    ollama="llama4:scout",
    gguf="unsloth/Llama-4-Scout-17B-16E-Instruct-GGUF",
    modelscope="LLM-Research/Llama-4-Scout-17B-16E-Instruct",
    family="Llama-4",
)
add(
    "meta-llama/CodeLlama-7b-Instruct-hf",
    arch(6.74, 32, 32, 128, 32016, 4096, False, 16384),
    license="llama2",
    tasks=["code", "chat", "fim"],
    released="2023-08",
    quality=34.8,
    quality_src="HumanEval (Code Llama paper)",
    variant="instruct",
    ollama="codellama:7b",
    family="CodeLlama",
)
add(
    "meta-llama/Llama-Guard-3-8B",
    LLAMA31_8B,
    license="llama3.1",
    tasks=["chat"],
    released="2024-07",
    quality=50.0,
    quality_src="safety classifier: not ranked for chat (fixed low value)",
    variant="instruct",
    ollama="llama-guard3:8b",
    family="Llama-Guard",
)

# ---------------------------------------------------------------------------- Mistral AI
MISTRAL7B = arch(7.25, 32, 8, 128, 32768, 4096, False, 32768)
NEMO = arch(12.25, 40, 8, 128, 131072, 5120, False, 131072)
SMALL24 = arch(23.57, 40, 8, 128, 131072, 5120, False, 32768)
for repo, a, variant, q, tag, gguf, bnb, rel in (
    (
        "mistralai/Mistral-7B-Instruct-v0.3",
        MISTRAL7B,
        "instruct",
        62.0,
        "mistral:7b",
        "bartowski/Mistral-7B-Instruct-v0.3-GGUF",
        "unsloth/mistral-7b-instruct-v0.3-bnb-4bit",
        "2024-05",
    ),
    (
        "mistralai/Mistral-7B-v0.3",
        MISTRAL7B,
        "base",
        62.5,
        None,
        None,
        "unsloth/mistral-7b-v0.3-bnb-4bit",
        "2024-05",
    ),
    (
        "mistralai/Mistral-Nemo-Instruct-2407",
        NEMO,
        "instruct",
        68.0,
        "mistral-nemo:12b",
        "bartowski/Mistral-Nemo-Instruct-2407-GGUF",
        "unsloth/Mistral-Nemo-Instruct-2407-bnb-4bit",
        "2024-07",
    ),
    (
        "mistralai/Mistral-Nemo-Base-2407",
        NEMO,
        "base",
        68.0,
        None,
        None,
        "unsloth/Mistral-Nemo-Base-2407-bnb-4bit",
        "2024-07",
    ),
    (
        "mistralai/Mistral-Small-24B-Instruct-2501",
        SMALL24,
        "instruct",
        81.0,
        "mistral-small:24b",
        "bartowski/Mistral-Small-24B-Instruct-2501-GGUF",
        "unsloth/Mistral-Small-24B-Instruct-2501-bnb-4bit",
        "2025-01",
    ),
    (
        "mistralai/Mistral-Small-24B-Base-2501",
        SMALL24,
        "base",
        80.7,
        None,
        None,
        "unsloth/Mistral-Small-24B-Base-2501-bnb-4bit",
        "2025-01",
    ),
):
    common = {
        "license": "apache-2.0",
        "released": rel,
        "quality": q,
        "quality_src": MMLU,
        "family": "Mistral",
    }
    tasks = ["chat", "tools"] if variant == "instruct" else ["chat"]
    add(repo, a, tasks=tasks, variant=variant, ollama=tag, gguf=gguf, modelscope=None, **common)
    if gguf:
        quants(repo, a, [(gguf, "GGUF")], tasks=tasks, variant=variant, **common)
    quants(repo, a, [(bnb, "bnb-4bit")], tasks=tasks, variant=variant, **common)
add(
    "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
    SMALL24 | {"context": 131072},
    license="apache-2.0",
    tasks=["chat", "vision", "tools"],
    released="2025-03",
    quality=80.6,
    quality_src=MMLU,
    variant="instruct",
    ollama="mistral-small3.1:24b",
    gguf="bartowski/mistralai_Mistral-Small-3.1-24B-Instruct-2503-GGUF",
    family="Mistral",
)
add(
    "mistralai/Mixtral-8x7B-Instruct-v0.1",
    arch(46.7, 32, 8, 128, 32000, 4096, False, 32768, active_b=12.9, experts=8),
    license="apache-2.0",
    tasks=["chat"],
    released="2023-12",
    quality=70.6,
    quality_src=MMLU,
    variant="instruct",
    ollama="mixtral:8x7b",
    gguf="TheBloke/Mixtral-8x7B-Instruct-v0.1-GGUF",
    family="Mixtral",
)
add(
    "TheBloke/Mixtral-8x7B-Instruct-v0.1-GGUF",
    arch(46.7, 32, 8, 128, 32000, 4096, False, 32768, active_b=12.9, experts=8),
    license="apache-2.0",
    tasks=["chat"],
    released="2023-12",
    quality=70.6,
    quality_src=MMLU,
    variant="instruct",
    quant="GGUF",
    original="mistralai/Mixtral-8x7B-Instruct-v0.1",
    family="Mixtral",
)
add(
    "mistralai/Codestral-22B-v0.1",
    arch(22.25, 56, 8, 128, 32768, 6144, False, 32768),
    license="mnpl",
    tasks=["code", "chat", "fim"],
    released="2024-05",
    quality=81.1,
    quality_src="HumanEval (Mistral blog)",
    variant="instruct",
    ollama="codestral:22b",
    gguf="bartowski/Codestral-22B-v0.1-GGUF",
    family="Codestral",
)
add(
    "mistralai/Devstral-Small-2505",
    SMALL24 | {"context": 131072},
    license="apache-2.0",
    tasks=["code", "chat", "tools"],
    released="2025-05",
    quality=85.0,
    quality_src="HumanEval-class coding score (approx.; SWE-bench Verified 46.8)",
    variant="instruct",
    ollama="devstral:24b",
    family="Devstral",
)

# ---------------------------------------------------------------------------- Google Gemma (Gemma licence)
for repo, a, variant, q, tag, tasks, rel in (
    (
        "google/gemma-2-2b-it",
        arch(2.61, 26, 4, 256, 256000, 2304, True, 8192),
        "instruct",
        56.1,
        "gemma2:2b",
        ["chat"],
        "2024-07",
    ),
    (
        "google/gemma-2-9b-it",
        arch(9.24, 42, 8, 256, 256000, 3584, True, 8192),
        "instruct",
        71.3,
        "gemma2:9b",
        ["chat"],
        "2024-06",
    ),
    (
        "google/gemma-2-27b-it",
        arch(27.23, 46, 16, 128, 256000, 4608, True, 8192),
        "instruct",
        75.2,
        "gemma2:27b",
        ["chat"],
        "2024-06",
    ),
    (
        "google/gemma-2-9b",
        arch(9.24, 42, 8, 256, 256000, 3584, True, 8192),
        "base",
        71.3,
        None,
        ["chat"],
        "2024-06",
    ),
    (
        "google/gemma-3-1b-it",
        arch(1.0, 26, 1, 256, 262144, 1152, True, 32768),
        "instruct",
        38.8,
        "gemma3:1b",
        ["chat"],
        "2025-03",
    ),
    (
        "google/gemma-3-4b-it",
        arch(4.3, 34, 4, 256, 262208, 2560, True, 131072),
        "instruct",
        59.6,
        "gemma3:4b",
        ["chat", "vision"],
        "2025-03",
    ),
    (
        "google/gemma-3-12b-it",
        arch(12.19, 48, 8, 256, 262208, 3840, True, 131072),
        "instruct",
        74.5,
        "gemma3:12b",
        ["chat", "vision"],
        "2025-03",
    ),
    (
        "google/gemma-3-27b-it",
        arch(27.43, 62, 16, 128, 262208, 5376, True, 131072),
        "instruct",
        78.6,
        "gemma3:27b",
        ["chat", "vision"],
        "2025-03",
    ),
    (
        "google/gemma-3-4b-pt",
        arch(4.3, 34, 4, 256, 262208, 2560, True, 131072),
        "base",
        59.6,
        None,
        ["chat"],
        "2025-03",
    ),
    (
        "google/gemma-3-12b-pt",
        arch(12.19, 48, 8, 256, 262208, 3840, True, 131072),
        "base",
        74.5,
        None,
        ["chat"],
        "2025-03",
    ),
):
    common = {
        "license": "gemma",
        "released": rel,
        "quality": q,
        "quality_src": MMLU,
        "family": "Gemma",
    }
    name = repo.split("/")[1]
    gguf = (
        f"bartowski/{name}-GGUF"
        if variant == "instruct" and "gemma-2" in name
        else (f"unsloth/{name}-GGUF" if variant == "instruct" else None)
    )
    add(
        repo,
        a,
        tasks=tasks,
        variant=variant,
        ollama=tag,
        gguf=gguf,
        modelscope=f"LLM-Research/{name}",
        **common,
    )
    if gguf:
        quants(repo, a, [(gguf, "GGUF")], tasks=tasks, variant=variant, **common)
    quants(repo, a, [(f"unsloth/{name}-bnb-4bit", "bnb-4bit")], tasks=tasks, variant=variant, **common)
quants(
    "google/gemma-3-27b-it",
    arch(27.43, 62, 16, 128, 262208, 5376, True, 131072),
    [("google/gemma-3-27b-it-qat-q4_0-gguf", "Q4_0")],
    license="gemma",
    released="2025-04",
    quality=78.0,
    quality_src=MMLU + " (QAT close to BF16 per Google)",
    tasks=["chat", "vision"],
    variant="instruct",
    family="Gemma",
)
quants(
    "google/gemma-3-12b-it",
    arch(12.19, 48, 8, 256, 262208, 3840, True, 131072),
    [("google/gemma-3-12b-it-qat-q4_0-gguf", "Q4_0")],
    license="gemma",
    released="2025-04",
    quality=74.0,
    quality_src=MMLU + " (QAT close to BF16 per Google)",
    tasks=["chat", "vision"],
    variant="instruct",
    family="Gemma",
)
add(
    "google/gemma-3n-E4B-it",
    arch(4.0, 35, 2, 256, 262400, 2048, True, 32768),
    license="gemma",
    tasks=["chat", "vision"],
    released="2025-06",
    quality=64.9,
    quality_src=MMLU + " (model card); params = effective size",
    variant="instruct",
    ollama="gemma3n:e4b",
    family="Gemma-3n",
)
add(
    "google/gemma-3n-E2B-it",
    arch(2.0, 30, 2, 256, 262400, 2048, True, 32768),
    license="gemma",
    tasks=["chat", "vision"],
    released="2025-06",
    quality=60.1,
    quality_src=MMLU + " (model card); params = effective size",
    variant="instruct",
    ollama="gemma3n:e2b",
    family="Gemma-3n",
)
add(
    "google/codegemma-7b-it",
    arch(8.54, 28, 16, 256, 256000, 3072, True, 8192),
    license="gemma",
    tasks=["code", "chat"],
    released="2024-04",
    quality=56.1,
    quality_src="HumanEval (CodeGemma report)",
    variant="instruct",
    ollama="codegemma:7b",
    family="CodeGemma",
)

# ---------------------------------------------------------------------------- Microsoft Phi (MIT)
PHI3_MINI = arch(3.82, 32, 32, 96, 32064, 3072, False, 4096)
for repo, a, q, tag, tasks, rel, bnb in (
    (
        "microsoft/Phi-3-mini-4k-instruct",
        PHI3_MINI,
        68.8,
        "phi3:3.8b",
        ["chat"],
        "2024-04",
        "unsloth/Phi-3-mini-4k-instruct-bnb-4bit",
    ),
    (
        "microsoft/Phi-3.5-mini-instruct",
        PHI3_MINI | {"context": 131072},
        69.0,
        "phi3.5:3.8b",
        ["chat"],
        "2024-08",
        "unsloth/Phi-3.5-mini-instruct-bnb-4bit",
    ),
    (
        "microsoft/phi-4",
        arch(14.66, 40, 10, 128, 100352, 5120, False, 16384),
        84.8,
        "phi4:14b",
        ["chat", "math"],
        "2024-12",
        "unsloth/phi-4-bnb-4bit",
    ),
    (
        "microsoft/Phi-4-mini-instruct",
        arch(3.84, 32, 8, 128, 200064, 3072, True, 131072),
        67.3,
        "phi4-mini:3.8b",
        ["chat", "tools"],
        "2025-02",
        "unsloth/Phi-4-mini-instruct-bnb-4bit",
    ),
    (
        "microsoft/Phi-4-reasoning",
        arch(14.66, 40, 10, 128, 100352, 5120, False, 32768),
        84.8,
        "phi4-reasoning:14b",
        ["reasoning", "chat", "math"],
        "2025-04",
        None,
    ),
):
    common = {"license": "mit", "released": rel, "quality": q, "quality_src": MMLU, "family": "Phi"}
    add(
        repo,
        a,
        tasks=tasks,
        variant="instruct",
        ollama=tag,
        modelscope=f"LLM-Research/{repo.split('/')[1]}",
        **common,
    )
    if bnb:
        quants(repo, a, [(bnb, "bnb-4bit")], tasks=tasks, variant="instruct", **common)
add(
    "microsoft/Phi-3.5-MoE-instruct",
    arch(41.87, 32, 8, 128, 32064, 4096, False, 131072, active_b=6.6, experts=16),
    license="mit",
    tasks=["chat"],
    released="2024-08",
    quality=78.9,
    quality_src=MMLU,
    variant="instruct",
    family="Phi",
)

# ---------------------------------------------------------------------------- Chinese labs
add(
    "THUDM/glm-4-9b-chat",
    arch(9.4, 40, 2, 128, 151552, 4096, False, 131072),
    license="glm-4",
    tasks=["chat", "tools"],
    released="2024-06",
    quality=72.4,
    quality_src=MMLU,
    variant="chat",
    modelscope="ZhipuAI/glm-4-9b-chat",
    ollama="glm4:9b",
    family="GLM-4",
)
add(
    "THUDM/glm-4-9b",
    arch(9.4, 40, 2, 128, 151552, 4096, False, 8192),
    license="glm-4",
    tasks=["chat"],
    released="2024-06",
    quality=74.7,
    quality_src=MMLU,
    variant="base",
    modelscope="ZhipuAI/glm-4-9b",
    family="GLM-4",
)
add(
    "THUDM/chatglm3-6b",
    arch(6.24, 28, 2, 128, 65024, 4096, False, 8192),
    license="chatglm3",
    tasks=["chat"],
    released="2023-10",
    quality=61.4,
    quality_src=MMLU,
    variant="chat",
    modelscope="ZhipuAI/chatglm3-6b",
    family="ChatGLM3",
)
add(
    "zai-org/GLM-4.5-Air",
    arch(106.85, 46, 8, 128, 151552, 4096, False, 131072, active_b=12.0, experts=128),
    license="mit",
    tasks=["chat", "reasoning", "code", "tools"],
    released="2025-07",
    quality=81.4,
    quality_src="MMLU-Pro (GLM-4.5 report)",
    variant="instruct",
    modelscope="ZhipuAI/GLM-4.5-Air",
    gguf="unsloth/GLM-4.5-Air-GGUF",
    family="GLM-4.5",
)
add(
    "zai-org/GLM-4.5-Air-FP8",
    arch(106.85, 46, 8, 128, 151552, 4096, False, 131072, active_b=12.0, experts=128),
    license="mit",
    tasks=["chat", "reasoning", "code", "tools"],
    released="2025-07",
    quality=81.4,
    quality_src="MMLU-Pro (GLM-4.5 report)",
    variant="instruct",
    quant="FP8",
    original="zai-org/GLM-4.5-Air",
    family="GLM-4.5",
)
add(
    "01-ai/Yi-1.5-9B-Chat",
    arch(8.83, 48, 4, 128, 64000, 4096, False, 4096),
    license="apache-2.0",
    tasks=["chat"],
    released="2024-05",
    quality=69.5,
    quality_src=MMLU,
    variant="chat",
    modelscope="01ai/Yi-1.5-9B-Chat",
    ollama="yi:9b",
    family="Yi-1.5",
)
add(
    "01-ai/Yi-1.5-34B-Chat",
    arch(34.39, 60, 8, 128, 64000, 7168, False, 4096),
    license="apache-2.0",
    tasks=["chat"],
    released="2024-05",
    quality=76.8,
    quality_src=MMLU,
    variant="chat",
    modelscope="01ai/Yi-1.5-34B-Chat",
    ollama="yi:34b",
    family="Yi-1.5",
)
add(
    "01-ai/Yi-1.5-9B",
    arch(8.83, 48, 4, 128, 64000, 4096, False, 4096),
    license="apache-2.0",
    tasks=["chat"],
    released="2024-05",
    quality=69.5,
    quality_src=MMLU,
    variant="base",
    modelscope="01ai/Yi-1.5-9B",
    family="Yi-1.5",
)
add(
    "internlm/internlm2_5-7b-chat",
    arch(7.74, 32, 8, 128, 92544, 4096, False, 32768),
    license="internlm",
    tasks=["chat", "tools"],
    released="2024-07",
    quality=72.8,
    quality_src=MMLU,
    variant="chat",
    modelscope="Shanghai_AI_Laboratory/internlm2_5-7b-chat",
    ollama="internlm2:7b",
    family="InternLM2.5",
)
add(
    "internlm/internlm3-8b-instruct",
    arch(8.8, 48, 2, 128, 128512, 4096, False, 32768),
    license="apache-2.0",
    tasks=["chat", "tools"],
    released="2025-01",
    quality=76.6,
    quality_src=MMLU,
    variant="instruct",
    modelscope="Shanghai_AI_Laboratory/internlm3-8b-instruct",
    family="InternLM3",
)
add(
    "baichuan-inc/Baichuan2-7B-Chat",
    arch(7.51, 32, 32, 128, 125696, 4096, False, 4096),
    license="baichuan2",
    tasks=["chat"],
    released="2023-09",
    quality=54.2,
    quality_src=MMLU,
    variant="chat",
    modelscope="baichuan-inc/Baichuan2-7B-Chat",
    family="Baichuan2",
)
add(
    "baichuan-inc/Baichuan2-13B-Chat",
    arch(13.9, 40, 40, 128, 125696, 5120, False, 4096),
    license="baichuan2",
    tasks=["chat"],
    released="2023-09",
    quality=59.2,
    quality_src=MMLU,
    variant="chat",
    modelscope="baichuan-inc/Baichuan2-13B-Chat",
    family="Baichuan2",
)
add(
    "openbmb/MiniCPM-V-2_6",
    arch(8.1, 28, 4, 128, 151666, 3584, False, 32768),
    license="minicpm",
    tasks=["vision", "chat"],
    released="2024-08",
    quality=49.8,
    quality_src="MMMU (model card)",
    variant="instruct",
    modelscope="OpenBMB/MiniCPM-V-2_6",
    ollama="minicpm-v:8b",
    family="MiniCPM-V",
)
add(
    "openbmb/MiniCPM-o-2_6",
    arch(8.67, 28, 4, 128, 151700, 3584, False, 32768),
    license="minicpm",
    tasks=["vision", "chat", "asr", "tts"],
    released="2025-01",
    quality=50.4,
    quality_src="MMMU (model card)",
    variant="instruct",
    modelscope="OpenBMB/MiniCPM-o-2_6",
    family="MiniCPM-o",
)
add(
    "openbmb/MiniCPM4-8B",
    arch(8.19, 32, 2, 128, 73448, 4096, False, 32768),
    license="apache-2.0",
    tasks=["chat"],
    released="2025-06",
    quality=75.8,
    quality_src=MMLU,
    variant="instruct",
    modelscope="OpenBMB/MiniCPM4-8B",
    family="MiniCPM4",
)
add(
    "moonshotai/Kimi-K2-Instruct",
    arch(1026.0, 61, 1, 288, 163840, 7168, False, 131072, active_b=32.0, experts=384),
    native="FP8",  # the precision the weights ship in
    license="modified-mit",
    tasks=["chat", "code", "tools"],
    released="2025-07",
    quality=89.5,
    quality_src=MMLU,
    variant="instruct",
    modelscope="moonshotai/Kimi-K2-Instruct",
    gguf="unsloth/Kimi-K2-Instruct-GGUF",
    family="Kimi-K2",
)
add(
    "OpenGVLab/InternVL3-8B",
    arch(7.94, 28, 4, 128, 151674, 3584, False, 32768),
    license="apache-2.0",
    tasks=["vision", "chat"],
    released="2025-04",
    quality=62.7,
    quality_src="MMMU (model card)",
    variant="instruct",
    modelscope="OpenGVLab/InternVL3-8B",
    family="InternVL3",
)
add(
    "Qwen/Qwen-Image",
    arch(20.43, None, None, None, None, None, False, None),
    license="apache-2.0",
    tasks=["image-generation"],
    released="2025-08",
    quality=87.0,
    quality_src=GENEVAL,
    modelscope="Qwen/Qwen-Image",
    family="Qwen-Image",
)

# ---------------------------------------------------------------------------- OpenAI gpt-oss (Apache-2.0, MXFP4 experts)
add(
    "openai/gpt-oss-20b",
    arch(20.91, 24, 8, 64, 201088, 2880, False, 131072, active_b=3.61, experts=32),
    native="MXFP4",  # the precision the weights ship in
    license="apache-2.0",
    tasks=["chat", "reasoning", "tools"],
    released="2025-08",
    quality=85.3,
    quality_src="MMLU (OpenAI model card, high reasoning)",
    variant="instruct",
    modelscope="openai-mirror/gpt-oss-20b",
    ollama="gpt-oss:20b",
    gguf="unsloth/gpt-oss-20b-GGUF",
    family="gpt-oss",
)
add(
    "openai/gpt-oss-120b",
    arch(116.83, 36, 8, 64, 201088, 2880, False, 131072, active_b=5.13, experts=128),
    native="MXFP4",  # the precision the weights ship in
    license="apache-2.0",
    tasks=["chat", "reasoning", "tools"],
    released="2025-08",
    quality=90.0,
    quality_src="MMLU (OpenAI model card, high reasoning)",
    variant="instruct",
    modelscope="openai-mirror/gpt-oss-120b",
    ollama="gpt-oss:120b",
    gguf="unsloth/gpt-oss-120b-GGUF",
    family="gpt-oss",
)
add(
    "unsloth/gpt-oss-20b-GGUF",
    arch(20.91, 24, 8, 64, 201088, 2880, False, 131072, active_b=3.61, experts=32),
    license="apache-2.0",
    tasks=["chat", "reasoning", "tools"],
    released="2025-08",
    quality=85.3,
    quality_src="MMLU (OpenAI model card, high reasoning)",
    variant="instruct",
    quant="GGUF",
    original="openai/gpt-oss-20b",
    family="gpt-oss",
)

# ---------------------------------------------------------------------------- IBM Granite, SmolLM, others (Apache-2.0)
GRANITE_8B = arch(8.17, 40, 8, 128, 49159, 4096, True, 131072)
GRANITE_2B = arch(2.53, 40, 8, 64, 49159, 2048, True, 131072)
add(
    "ibm-granite/granite-3.3-8b-instruct",
    GRANITE_8B,
    license="apache-2.0",
    tasks=["chat", "tools", "fim"],
    released="2025-04",
    quality=65.5,
    quality_src=MMLU,
    variant="instruct",
    ollama="granite3.3:8b",
    gguf="ibm-granite/granite-3.3-8b-instruct-GGUF",
    family="Granite",
)
add(
    "ibm-granite/granite-3.3-2b-instruct",
    GRANITE_2B,
    license="apache-2.0",
    tasks=["chat", "tools", "fim"],
    released="2025-04",
    quality=55.9,
    quality_src=MMLU,
    variant="instruct",
    ollama="granite3.3:2b",
    gguf="ibm-granite/granite-3.3-2b-instruct-GGUF",
    family="Granite",
)
add(
    "ibm-granite/granite-3.3-8b-base",
    GRANITE_8B,
    license="apache-2.0",
    tasks=["chat", "fim"],
    released="2025-04",
    quality=63.9,
    quality_src=MMLU,
    variant="base",
    family="Granite",
)
for size, a, q, tag in (
    ("135M", arch(0.135, 30, 3, 64, 49152, 576, True, 8192), 30.0, "smollm2:135m"),
    ("360M", arch(0.362, 32, 5, 64, 49152, 960, True, 8192), 35.0, "smollm2:360m"),
    ("1.7B", arch(1.71, 24, 32, 64, 49152, 2048, True, 8192), 50.0, "smollm2:1.7b"),
):
    common = {
        "license": "apache-2.0",
        "released": "2024-11",
        "quality": q,
        "quality_src": "MMLU (cloze, SmolLM2 model card)",
        "family": "SmolLM2",
    }
    add(
        f"HuggingFaceTB/SmolLM2-{size}-Instruct",
        a,
        tasks=["chat"],
        variant="instruct",
        ollama=tag,
        **common,
    )
    add(f"HuggingFaceTB/SmolLM2-{size}", a, tasks=["chat"], variant="base", **common)
add(
    "HuggingFaceTB/SmolLM3-3B",
    arch(3.08, 36, 4, 128, 128256, 2048, True, 65536),
    license="apache-2.0",
    tasks=["chat", "reasoning", "tools"],
    released="2025-07",
    quality=59.0,
    quality_src="MMLU (cloze, SmolLM3 blog)",
    variant="instruct",
    family="SmolLM3",
)
add(
    "NousResearch/Hermes-3-Llama-3.1-8B",
    LLAMA31_8B,
    license="llama3.1",
    tasks=["chat", "tools"],
    released="2024-08",
    quality=65.0,
    quality_src=MMLU + " (approx.)",
    variant="instruct",
    ollama="hermes3:8b",
    gguf="NousResearch/Hermes-3-Llama-3.1-8B-GGUF",
    family="Hermes-3",
)
add(
    "bigcode/starcoder2-3b",
    arch(3.03, 30, 2, 128, 49152, 3072, True, 16384),
    license="bigcode-openrail-m",
    tasks=["code", "fim"],
    released="2024-02",
    quality=31.7,
    quality_src="HumanEval (StarCoder2 paper)",
    variant="base",
    ollama="starcoder2:3b",
    family="StarCoder2",
)
add(
    "bigcode/starcoder2-7b",
    arch(7.17, 32, 4, 128, 49152, 4608, True, 16384),
    license="bigcode-openrail-m",
    tasks=["code", "fim"],
    released="2024-02",
    quality=35.4,
    quality_src="HumanEval (StarCoder2 paper)",
    variant="base",
    ollama="starcoder2:7b",
    family="StarCoder2",
)
add(
    "bigcode/starcoder2-15b",
    arch(15.96, 40, 4, 128, 49152, 6144, False, 16384),
    license="bigcode-openrail-m",
    tasks=["code", "fim"],
    released="2024-02",
    quality=46.3,
    quality_src="HumanEval (StarCoder2 paper)",
    variant="base",
    ollama="starcoder2:15b",
    family="StarCoder2",
)
add(
    "TinyLlama/TinyLlama-1.1B-Chat-v1.0",
    arch(1.1, 22, 4, 64, 32000, 2048, False, 2048),
    license="apache-2.0",
    tasks=["chat"],
    released="2023-12",
    quality=25.3,
    quality_src=MMLU,
    variant="chat",
    ollama="tinyllama:1.1b",
    family="TinyLlama",
)
add(
    "allenai/OLMoE-1B-7B-0924-Instruct",
    arch(6.92, 16, 16, 128, 50304, 2048, False, 4096, active_b=1.28, experts=64),
    license="apache-2.0",
    tasks=["chat"],
    released="2024-09",
    quality=54.1,
    quality_src=MMLU,
    variant="instruct",
    family="OLMoE",
)
add(
    "llava-hf/llava-1.5-7b-hf",
    arch(7.06, 32, 32, 128, 32064, 4096, False, 4096),
    license="llama2",
    tasks=["vision", "chat"],
    released="2023-12",
    quality=35.3,
    quality_src="MMMU (approx.)",
    variant="chat",
    ollama="llava:7b",
    family="LLaVA-1.5",
)


# ---------------------------------------------------------------------------- Embeddings and rerankers
def enc(params: float, ctx: int) -> dict[str, Any]:
    return arch(params, None, None, None, None, None, False, ctx)


for repo, params, ctx, lic, q, tag, ms, rel, tasks in (
    (
        "BAAI/bge-m3",
        0.568,
        8192,
        "mit",
        60.0,
        "bge-m3:567m",
        "BAAI/bge-m3",
        "2024-01",
        ["embedding"],
    ),
    (
        "BAAI/bge-large-en-v1.5",
        0.335,
        512,
        "mit",
        64.2,
        "bge-large:335m",
        "BAAI/bge-large-en-v1.5",
        "2023-09",
        ["embedding"],
    ),
    (
        "BAAI/bge-base-en-v1.5",
        0.109,
        512,
        "mit",
        63.6,
        None,
        "BAAI/bge-base-en-v1.5",
        "2023-09",
        ["embedding"],
    ),
    (
        "BAAI/bge-small-en-v1.5",
        0.0334,
        512,
        "mit",
        62.2,
        None,
        "BAAI/bge-small-en-v1.5",
        "2023-09",
        ["embedding"],
    ),
    (
        "BAAI/bge-large-zh-v1.5",
        0.326,
        512,
        "mit",
        64.5,
        None,
        "BAAI/bge-large-zh-v1.5",
        "2023-09",
        ["embedding"],
    ),
    (
        "nomic-ai/nomic-embed-text-v1.5",
        0.137,
        8192,
        "apache-2.0",
        62.3,
        "nomic-embed-text:v1.5",
        None,
        "2024-02",
        ["embedding"],
    ),
    (
        "mixedbread-ai/mxbai-embed-large-v1",
        0.335,
        512,
        "apache-2.0",
        64.7,
        "mxbai-embed-large:335m",
        None,
        "2024-03",
        ["embedding"],
    ),
    (
        "sentence-transformers/all-MiniLM-L6-v2",
        0.0227,
        256,
        "apache-2.0",
        56.3,
        "all-minilm:22m",
        "sentence-transformers/all-MiniLM-L6-v2",
        "2021-08",
        ["embedding"],
    ),
    (
        "intfloat/multilingual-e5-large",
        0.56,
        512,
        "mit",
        61.5,
        None,
        "intfloat/multilingual-e5-large",
        "2023-06",
        ["embedding"],
    ),
    (
        "Qwen/Qwen3-Embedding-0.6B",
        0.6,
        32768,
        "apache-2.0",
        70.7,
        None,
        "Qwen/Qwen3-Embedding-0.6B",
        "2025-06",
        ["embedding"],
    ),
    (
        "Qwen/Qwen3-Embedding-4B",
        4.02,
        32768,
        "apache-2.0",
        74.6,
        None,
        "Qwen/Qwen3-Embedding-4B",
        "2025-06",
        ["embedding"],
    ),
    (
        "Qwen/Qwen3-Embedding-8B",
        7.57,
        32768,
        "apache-2.0",
        75.2,
        None,
        "Qwen/Qwen3-Embedding-8B",
        "2025-06",
        ["embedding"],
    ),
    (
        "Alibaba-NLP/gte-Qwen2-7B-instruct",
        7.61,
        32768,
        "apache-2.0",
        70.2,
        None,
        "iic/gte_Qwen2-7B-instruct",
        "2024-06",
        ["embedding"],
    ),
    (
        "jinaai/jina-embeddings-v3",
        0.572,
        8192,
        "cc-by-nc-4.0",
        65.5,
        None,
        "jinaai/jina-embeddings-v3",
        "2024-09",
        ["embedding"],
    ),
    (
        "BAAI/bge-reranker-v2-m3",
        0.568,
        8192,
        "apache-2.0",
        57.0,
        None,
        "BAAI/bge-reranker-v2-m3",
        "2024-03",
        ["rerank"],
    ),
    (
        "BAAI/bge-reranker-large",
        0.56,
        512,
        "mit",
        52.0,
        None,
        "BAAI/bge-reranker-large",
        "2023-09",
        ["rerank"],
    ),
    (
        "BAAI/bge-reranker-base",
        0.278,
        512,
        "mit",
        50.0,
        None,
        "BAAI/bge-reranker-base",
        "2023-09",
        ["rerank"],
    ),
    (
        "Qwen/Qwen3-Reranker-0.6B",
        0.6,
        32768,
        "apache-2.0",
        65.8,
        None,
        "Qwen/Qwen3-Reranker-0.6B",
        "2025-06",
        ["rerank"],
    ),
    (
        "Qwen/Qwen3-Reranker-4B",
        4.02,
        32768,
        "apache-2.0",
        69.8,
        None,
        "Qwen/Qwen3-Reranker-4B",
        "2025-06",
        ["rerank"],
    ),
    (
        "Qwen/Qwen3-Reranker-8B",
        8.19,
        32768,
        "apache-2.0",
        69.0,
        None,
        "Qwen/Qwen3-Reranker-8B",
        "2025-06",
        ["rerank"],
    ),
    (
        "jinaai/jina-reranker-v2-base-multilingual",
        0.278,
        1024,
        "cc-by-nc-4.0",
        54.0,
        None,
        None,
        "2024-06",
        ["rerank"],
    ),
):
    add(
        repo,
        enc(params, ctx),
        license=lic,
        tasks=tasks,
        released=rel,
        quality=q,
        quality_src=MTEB if tasks == ["embedding"] else MTEB_R,
        ollama=tag,
        modelscope=ms,
    )
add(
    "iic/nlp_corom_sentence-embedding_chinese-base",
    enc(0.102, 512),
    license="apache-2.0",
    tasks=["embedding"],
    released="2022-11",
    quality=55.0,
    quality_src="C-MTEB (approx.)",
    modelscope="iic/nlp_corom_sentence-embedding_chinese-base",
    hf_missing=True,
)
add(
    "iic/nlp_gte_sentence-embedding_chinese-base",
    enc(0.102, 512),
    license="apache-2.0",
    tasks=["embedding"],
    released="2023-07",
    quality=62.0,
    quality_src="C-MTEB (approx.)",
    modelscope="iic/nlp_gte_sentence-embedding_chinese-base",
    hf_missing=True,
)

# ---------------------------------------------------------------------------- Speech
for repo, params, q, ms, rel in (
    ("openai/whisper-large-v3", 1.55, 92.6, "AI-ModelScope/whisper-large-v3", "2023-11"),
    (
        "openai/whisper-large-v3-turbo",
        0.809,
        92.2,
        "AI-ModelScope/whisper-large-v3-turbo",
        "2024-10",
    ),
    ("openai/whisper-medium", 0.769, 91.0, None, "2022-09"),
    ("openai/whisper-small", 0.244, 89.0, None, "2022-09"),
    ("openai/whisper-base", 0.074, 85.0, None, "2022-09"),
    ("openai/whisper-tiny", 0.039, 80.0, None, "2022-09"),
    ("distil-whisper/distil-large-v3", 0.756, 92.0, None, "2024-03"),
):
    add(
        repo,
        enc(params, 448),
        license="mit",
        tasks=["asr"],
        released=rel,
        quality=q,
        quality_src=ASR,
        modelscope=ms,
    )
add(
    "nvidia/parakeet-tdt-0.6b-v2",
    enc(0.6, 0),
    license="cc-by-4.0",
    tasks=["asr"],
    released="2025-05",
    quality=94.0,
    quality_src=ASR,
)
add(
    "FunAudioLLM/SenseVoiceSmall",
    enc(0.234, 0),
    license="funasr-model",
    tasks=["asr"],
    released="2024-07",
    quality=96.0,
    quality_src=ASR_ZH,
    modelscope="iic/SenseVoiceSmall",
)
add(
    "iic/speech_paraformer-large_asr_nat-zh-cn-16k-common-vocab8404-pytorch",
    enc(0.22, 0),
    license="apache-2.0",
    tasks=["asr"],
    released="2023-01",
    quality=98.0,
    quality_src=ASR_ZH,
    modelscope="iic/speech_paraformer-large_asr_nat-zh-cn-16k-common-vocab8404-pytorch",
    hf_missing=True,
)
for repo, params, lic, q, ms, rel in (
    ("hexgrad/Kokoro-82M", 0.082, "apache-2.0", 90.0, None, "2024-12"),
    ("FunAudioLLM/CosyVoice2-0.5B", 0.5, "apache-2.0", 85.0, "iic/CosyVoice2-0.5B", "2024-12"),
    ("2Noise/ChatTTS", 0.3, "cc-by-nc-4.0", 70.0, "AI-ModelScope/ChatTTS", "2024-05"),
    ("SWivid/F5-TTS", 0.336, "cc-by-nc-4.0", 82.0, None, "2024-10"),
    ("suno/bark", 1.0, "mit", 60.0, None, "2023-04"),
    ("coqui/XTTS-v2", 0.467, "coqui-public-model-license", 80.0, None, "2023-11"),
):
    add(
        repo,
        enc(params, 0),
        license=lic,
        tasks=["tts"],
        released=rel,
        quality=q,
        quality_src=TTS,
        modelscope=ms,
    )

# ---------------------------------------------------------------------------- Image and video generation
for repo, params, lic, q, ms, rel in (
    (
        "black-forest-labs/FLUX.1-schnell",
        12.0,
        "apache-2.0",
        68.0,
        "black-forest-labs/FLUX.1-schnell",
        "2024-08",
    ),
    (
        "black-forest-labs/FLUX.1-dev",
        12.0,
        "flux-1-dev-non-commercial",
        66.0,
        "black-forest-labs/FLUX.1-dev",
        "2024-08",
    ),
    (
        "stabilityai/stable-diffusion-xl-base-1.0",
        3.5,
        "openrail++",
        55.0,
        "AI-ModelScope/stable-diffusion-xl-base-1.0",
        "2023-07",
    ),
    (
        "stabilityai/stable-diffusion-3.5-medium",
        2.5,
        "stabilityai-ai-community",
        63.0,
        "AI-ModelScope/stable-diffusion-3.5-medium",
        "2024-10",
    ),
    (
        "stabilityai/stable-diffusion-3.5-large",
        8.1,
        "stabilityai-ai-community",
        71.0,
        "AI-ModelScope/stable-diffusion-3.5-large",
        "2024-10",
    ),
):
    add(
        repo,
        enc(params, 0),
        license=lic,
        tasks=["image-generation"],
        released=rel,
        quality=q,
        quality_src=GENEVAL,
        modelscope=ms,
    )
for repo, params, q, rel in (
    ("Wan-AI/Wan2.1-T2V-1.3B", 1.3, 83.3, "2025-02"),
    ("Wan-AI/Wan2.1-T2V-14B", 14.0, 86.2, "2025-02"),
    ("Wan-AI/Wan2.2-TI2V-5B", 5.0, 85.0, "2025-07"),
):
    add(
        repo,
        enc(params, 0),
        license="apache-2.0",
        tasks=["video"],
        released=rel,
        quality=q,
        quality_src=VBENCH,
        modelscope=repo,
    )


def build() -> str:
    for m in MODELS:
        if m.get("context") == 0:
            del m["context"]
    seen: set[str] = set()
    for m in MODELS:
        if m["id"].lower() in seen:
            raise SystemExit(f"duplicate id {m['id']}")
        seen.add(m["id"].lower())
    # Columns, then one array per model (one line each): loads ~3x faster than an object per
    # model (no repeated keys to parse), and a change to one model is a one-line diff.
    fields = Entry._fields
    unknown = {k for m in MODELS for k in m} - set(fields)
    if unknown:
        raise SystemExit(f"not Entry fields: {sorted(unknown)}")
    rows = [[m.get(f, Entry._field_defaults.get(f)) for f in fields] for m in MODELS]
    head = {"about": "Generated by tools/build_catalog.py; edit that file, not this one.", "fields": fields}
    lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "models": [\n' + lines + "\n]}\n"


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("catalog.json is out of date: run python tools/build_catalog.py", file=sys.stderr)
            sys.exit(1)
        print(f"catalog.json up to date ({len(MODELS)} models)")
    else:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT} ({len(MODELS)} models)")
