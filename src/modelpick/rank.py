"""Ranking (pure): which models fit a machine for a task, at which precision, in what order.

For inference, each candidate is tried at every precision a runtime can give it (GGUF ladder
through ollama, AWQ/GPTQ/FP8 repos and FP16 through vLLM on NVIDIA GPUs) and keeps the best one
that fits: the best fit level first (gpu > offload > cpu), then the most quality among options
fast enough to read along with, else the fastest.

The score of a row is a sum whose parts are shown in ``why``:

* quality × retained share of the precision × task match (1.0 for the model's main task,
  0.7 for a secondary one) — on the catalog's per-task quality scale (0–100);
* fit: +10 all on GPU, 0 split GPU/RAM, −5 CPU only;
* speed: 5 × log2(tokens/s ÷ reading speed), clamped to ±10;
* recency: up to +3 for models released in the last 18 months of the catalog snapshot;
* popularity (hub rows): up to +3 from log10(downloads);
* headroom: −2 when the estimate uses more than 90% of the memory it fits in;
* fine-tuning: +10 for Base models when there are more than 1000 rows.
"""

from __future__ import annotations

import math

from modelpick.candidates import Candidate
from modelpick.licenses import matches as license_matches
from modelpick.memory import (
    FitResult,
    Machine,
    default_context,
    finetune_gb,
    fit,
)
from modelpick.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Literal

    Runtime = Literal["ollama", "ollama-hf", "ollama-ms", "vllm", "download"]

# The GGUF precisions tried, best quality first.
GGUF_LADDER = ("Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "Q3_K_M")
# Share of the 16-bit model's benchmark score a precision keeps.
# REFERENCE: Red Hat / Neural Magic, "We ran over half a million evaluations on quantized LLMs"
# (Oct 2024): FP8 ≥ 99.9%, INT8 (W8A8/GPTQ-Int8) ≈ 99.3%, INT4 (W4A16, AWQ/GPTQ-Int4) ≈ 98.9%
# recovery; GGUF k-quants from llama.cpp's perplexity tables (Q8_0 and Q6_K within 0.1–0.3%,
# Q5_K_M ~0.5%, Q4_K_M ~1.5%, Q3_K_M ~4% higher perplexity on Llama-3-8B) mapped to a score share.
RETAINED: dict[str, float] = {
    "FP16": 1.0, "BF16": 1.0, "FP8": 0.999, "Q8_0": 0.999, "GPTQ-Int8": 0.993, "Q6_K": 0.996,
    "Q5_K_M": 0.99, "AWQ": 0.989, "GPTQ-Int4": 0.989, "W4A16": 0.989, "Q4_K_M": 0.98, "Q3_K_M": 0.95,
    "bnb-4bit": 0.99, "LoRA-BF16": 1.0, "QLoRA-4bit": 0.99, "MXFP4": 1.0,
}  # fmt: skip
# Labels that need CUDA kernels (vLLM); never offered without an NVIDIA GPU.
GPU_ONLY_LABELS = frozenset({"AWQ", "GPTQ-Int4", "GPTQ-Int8", "W4A16", "FP8"})

# Reading speed: ~238 words per minute for silent reading (Brysbaert 2019, meta-analysis) ≈ 4
# words/s ≈ 5.3 tokens/s at OpenAI's rule of thumb of 1.33 tokens per English word. Slower than
# that, a chat model makes people wait.
READING_TOKENS_PER_S = 5.3
# Quality figures are per main task (a coder's HumanEval, a chat model's MMLU); a model asked to do
# a secondary task is discounted so a coder's high HumanEval does not outrank chat models at chat.
SECONDARY_TASK_FACTOR = 0.7
FIT_POINTS = {"gpu": 10.0, "offload": 0.0, "cpu": -5.0}
# Quality assumed for a hub model the catalog does not know: below every curated model of its
# task, so knowledge wins ties, but not so low that a good fit cannot lift it.
UNKNOWN_QUALITY = 40.0
# The catalog snapshot month: recency is measured from here, so rankings do not drift with the
# clock (data/catalog.json's newest release is 2025-08).
SNAPSHOT = (2025, 9)


class Option(NamedTuple):
    label: str
    repo: str
    runtime: Runtime


class Prefs(NamedTuple):
    task: str = "chat"
    rows: int | None = None
    license: str | None = None
    limit: int = 10
    ctx: int | None = None
    prefer_modelscope: bool = False


class Pick(NamedTuple):
    candidate: Candidate
    option: Option
    fit: FitResult
    ctx: int
    score: float
    why: tuple[str, ...]
    mode: Literal["inference", "finetune"] = "inference"
    rank: int = 0


def variant_rule(rows: int) -> str:
    """DESIGN.md: more than 1000 rows → Base preferred; 300–1000 → either; fewer → Instruct/Chat."""
    if rows > 1000:
        return "base"
    if rows >= 300:
        return "either"
    return "instruct"


def eligible(c: Candidate, prefs: Prefs) -> bool:
    """Task, variant and license filters — the kind of model, before any memory question."""
    if prefs.task not in c.tasks:
        return False
    if prefs.license and not license_matches(c.license, prefs.license):
        return False
    if prefs.rows is not None:
        if not c.generative or c.variant is None:
            return False
        return not (variant_rule(prefs.rows) == "instruct" and c.variant == "base")
    # Without fine-tuning, a Base model does not stop talking; only code completion (FIM) wants one.
    return not (c.variant == "base" and prefs.task != "fim")


def options(c: Candidate, machine: Machine, prefs: Prefs) -> list[Option]:
    """Every precision a runtime can give this model on this machine, best first."""
    if not c.generative:
        if c.ollama and prefs.task in ("embedding",):
            return [Option("FP16", c.ollama, "ollama")]
        return [Option("FP16", c.repo_id, "download")]  # which hub to download from: commands.py
    out: list[Option] = []
    nvidia = machine.gpu_count > 0 and not machine.unified_memory
    if nvidia:
        if c.original_weights:
            out.append(Option(c.native, c.repo_id, "vllm"))
        out += [Option(label, repo, "vllm") for label, repo in c.quant_repos if label in GPU_ONLY_LABELS]
    gguf_ms = c.gguf_repo_ms if prefs.prefer_modelscope else None
    for label in c.gguf_types or GGUF_LADDER:
        if label == "Q4_K_M" and c.ollama and not gguf_ms:
            out.append(Option(label, c.ollama, "ollama"))  # the library tag's default quant
        elif gguf_ms:
            out.append(Option(label, gguf_ms, "ollama-ms"))
        elif c.gguf_repo:
            out.append(Option(label, c.gguf_repo, "ollama-hf"))
        elif c.gguf_repo_ms:
            out.append(Option(label, c.gguf_repo_ms, "ollama-ms"))
    out.sort(key=lambda o: -RETAINED.get(o.label, 0.9))
    return out


_LEVEL = {"gpu": 0, "offload": 1, "cpu": 2}


def best_option(c: Candidate, machine: Machine, prefs: Prefs, ctx: int) -> tuple[Option, FitResult] | None:
    tried: list[tuple[Option, FitResult]] = []
    use_ctx = ctx if c.generative else 0
    for opt in options(c, machine, prefs):
        r = fit(machine, c.params_b, opt.label, use_ctx, c.arch, c.active_params_b)
        if r.fit != "none":
            tried.append((opt, r))
    if not tried:
        return None
    level = min(_LEVEL[r.fit] for _, r in tried)
    at_level = [(o, r) for o, r in tried if _LEVEL[r.fit] == level]
    if not c.generative:  # tokens/s means nothing for an embedder or a diffusion model
        o, r = at_level[0]
        return o, r._replace(tokens_per_s=None)
    fast = [(o, r) for o, r in at_level if (r.tokens_per_s or 0) >= READING_TOKENS_PER_S]
    if fast:
        return max(fast, key=lambda x: (RETAINED.get(x[0].label, 0.9), x[1].tokens_per_s or 0))
    return max(at_level, key=lambda x: x[1].tokens_per_s or 0)


def _months_old(released: str | None) -> float | None:
    if not released or len(released) < 7:
        return None
    try:
        y, m = int(released[:4]), int(released[5:7])
    except ValueError:
        return None
    return (SNAPSHOT[0] - y) * 12 + (SNAPSHOT[1] - m)


def score(c: Candidate, opt: Option, r: FitResult, machine: Machine, prefs: Prefs) -> tuple[float, tuple[str, ...]]:
    why: list[str] = []
    quality = c.quality if c.quality is not None else UNKNOWN_QUALITY
    # a model's own shipped precision is what its quality was measured at
    retained = 1.0 if opt.label == c.native else RETAINED.get(opt.label, 0.95)
    task_factor = 1.0 if c.primary_task == prefs.task else SECONDARY_TASK_FACTOR
    q = quality * retained * task_factor
    src = c.quality_src or "unknown: not in the catalog"
    why.append(
        f"quality {quality:g} ({src}) × {retained:g} for {opt.label}"
        + (f" × {task_factor:g} (not its main task)" if task_factor != 1 else "")
    )
    total = q
    pts = FIT_POINTS[r.fit]
    total += pts
    why.append(f"fit {r.fit} {pts:+g}")
    if r.tokens_per_s:
        sp = max(-10.0, min(10.0, 5 * math.log2(r.tokens_per_s / READING_TOKENS_PER_S)))
        total += sp
        why.append(f"speed ~{r.tokens_per_s:.0f} tok/s {sp:+.1f}")
    age = _months_old(c.released)
    if age is not None and age < 18:
        rec = 3 * (1 - max(age, 0) / 18)
        total += rec
        why.append(f"recent ({c.released}) {rec:+.1f}")
    if c.downloads and c.downloads > 0:
        pop = min(3.0, math.log10(c.downloads) / 2)
        total += pop
        why.append(f"{c.downloads:,} downloads {pop:+.1f}")
    cap = machine.capacity_gb(r.fit)
    if cap > 0 and r.memory_gb > 0.9 * cap:
        total -= 2
        why.append("tight fit -2")
    if c.installed:
        total += 2
        why.append("already in ollama +2")
    return total, tuple(why)


def rank(candidates: list[Candidate] | tuple[Candidate, ...], machine: Machine, prefs: Prefs) -> list[Pick]:
    """The ranked picks, best first, one per model, at most ``prefs.limit``."""
    picks: list[Pick] = []
    for c in candidates:
        if not eligible(c, prefs):
            continue
        pick = _finetune_pick(c, machine, prefs) if prefs.rows is not None else _inference_pick(c, machine, prefs)
        if pick is not None:
            picks.append(pick)
    picks.sort(key=lambda p: (-p.score, p.candidate.repo_id))
    return [_with_rank(p, i + 1) for i, p in enumerate(picks[: prefs.limit])]


def _with_rank(p: Pick, i: int) -> Pick:
    return p._replace(rank=i)


def _inference_pick(c: Candidate, machine: Machine, prefs: Prefs) -> Pick | None:
    ctx = prefs.ctx or default_context(machine.vram_total_gb * 1e9, c.native_ctx)
    best = best_option(c, machine, prefs, ctx)
    if best is None:
        return None
    opt, r = best
    s, why = score(c, opt, r, machine, prefs)
    return Pick(c, opt, r, ctx if c.generative else 0, round(s, 2), why)


# Fine-tuning runs on one NVIDIA GPU (Unsloth's free version and bitsandbytes are single-GPU
# CUDA; REFERENCE: Unsloth docs, "Multi-GPU training" — not in the open-source release).
def _finetune_pick(c: Candidate, machine: Machine, prefs: Prefs) -> Pick | None:
    if machine.gpu_count == 0 or machine.unified_memory:
        return None
    vram = machine.usable_vram_per_gpu_gb
    lora, qlora = finetune_gb(c.params_b, "lora"), finetune_gb(c.params_b, "qlora")
    bnb_repo = next((repo for label, repo in c.quant_repos if label == "bnb-4bit"), None)
    if lora <= vram:
        opt, need = Option("LoRA-BF16", c.repo_id, "download"), lora
    elif qlora <= vram:
        opt, need = Option("QLoRA-4bit", bnb_repo or c.repo_id, "download"), qlora
    else:
        return None
    r = FitResult("gpu", need, None)
    s, why = score(c, opt, r, machine, prefs)
    rule = variant_rule(prefs.rows or 0)
    if rule == "base" and c.variant == "base":
        s += 10
        why = (*why, f"Base model for {prefs.rows} rows +10")
    return Pick(c, opt, r, 0, round(s, 2), why, mode="finetune")
