"""`explain`: a decoded name merged with catalog knowledge, memory rows and advice (pure)."""

from __future__ import annotations

from modelpick.i18n import Text, pick
from modelpick.memory import (
    GPU_OVERHEAD_GB,
    VRAM_RESERVE_FRACTION,
    Arch,
    FitResult,
    Machine,
    default_context,
    estimate,
    fit,
    label_for,
)
from modelpick.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Any

    from modelpick.catalog import Entry
    from modelpick.hubs import HubModel
    from modelpick.i18n import Lang
    from modelpick.names import Decoded, Quant

# Precisions shown in `explain`'s JSON (contract) and memory table.
CONTRACT_PRECISIONS = ("fp16", "q8_0", "q4_k_m")
TABLE_PRECISIONS = ("FP16", "Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "Q3_K_M", "Q2_K")


class MemoryRow(NamedTuple):
    label: str
    weights_gb: float
    kv_gb: float
    total_gb: float
    fit: FitResult | None


class Explanation(NamedTuple):
    decoded: Decoded
    entry: Entry | None
    params_b: float | None
    active_params_b: float | None
    experts: int | None
    moe: bool
    variant: str | None
    tasks: tuple[str, ...]
    context_k: float | None
    ctx: int
    memory: tuple[MemoryRow, ...]
    advice: tuple[Text, ...]
    hub: HubModel | None = None

    @property
    def repo_id(self) -> str | None:
        return self.decoded.repo_id or (self.entry.id if self.entry else None)

    def weights_gb(self) -> dict[str, float] | None:
        if not self.params_b:
            return None
        arch = self.entry.arch if self.entry else None
        return {p: round(estimate(self.params_b, p.upper(), 0, arch).weights_gb, 2) for p in CONTRACT_PRECISIONS}

    def to_json(self, lang: Lang = "en") -> dict[str, Any]:
        d = self.decoded
        return {
            "input": d.input,
            "repo_id": self.repo_id,
            "family": d.family or (self.entry.family if self.entry else None),
            "params_b": _num(self.params_b),
            "active_params_b": _num(self.active_params_b),
            "experts": self.experts,
            "moe": self.moe,
            "variant": self.variant,
            "quant": d.quant.to_json() if d.quant else None,
            "format": d.format,
            "tasks": list(self.tasks),
            "modalities": list(d.modalities),
            "distilled_from": d.distilled_from,
            "context_k": _num(self.context_k),
            "size_tier": d.size_tier,
            "weights_gb": self.weights_gb(),
            "parts": [p.to_json(lang) for p in d.parts],
            "advice": [pick(a, lang) for a in self.advice],
            "known_model": self.entry.id if self.entry else None,
            "license": self.entry.license if self.entry else (self.hub.license if self.hub else None),
            "memory": [
                {
                    "precision": r.label,
                    "weights_gb": round(r.weights_gb, 2),
                    "kv_cache_gb": round(r.kv_gb, 2),
                    "total_gb": round(r.total_gb, 2),
                    "fit": r.fit.fit if r.fit else None,
                    "tokens_per_s": round(r.fit.tokens_per_s, 1) if r.fit and r.fit.tokens_per_s else None,
                }
                for r in self.memory
            ],
            "context_tokens": self.ctx,
        }


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return round(x, 3)


def explain(
    decoded: Decoded, entry: Entry | None, machine: Machine | None, ctx: int | None = None, hub: HubModel | None = None
) -> Explanation:
    """Merge the name with what the catalog knows (knowledge beats arithmetic), then what the
    hub's metadata says (exact parameter count), then the name."""
    params = entry.params_b if entry else (hub.params_b if hub and hub.params_b else decoded.params_b)
    active = (entry.active_b if entry else None) or decoded.active_params_b
    experts = (entry.experts if entry else None) or decoded.experts
    moe = decoded.moe or bool(entry and entry.moe)
    variant = decoded.variant or (entry.variant if entry else None)
    tasks = decoded.tasks or (entry.tasks if entry else ())
    # "128k" in names and docs means 128 × 1024 = 131072 tokens.
    context_k = decoded.context_k or (entry.context / 1024 if entry and entry.context else None)
    native = (
        entry.context
        if entry
        else (hub.context if hub and hub.context else int(decoded.context_k * 1024) if decoded.context_k else None)
    )
    vram_bytes = machine.vram_total_gb * 1e9 if machine else 0.0
    use_ctx = ctx or default_context(vram_bytes, native)
    arch = entry.arch if entry else Arch()

    rows: list[MemoryRow] = []
    if params:
        labels = list(TABLE_PRECISIONS)
        own = label_for(decoded.quant, decoded.precision) if decoded.quant else None
        if own and own.upper() not in labels and own.upper() != "GGUF":
            labels.insert(0, own)
        for label in labels:
            est = estimate(params, label, use_ctx, arch)
            f = fit(machine, params, label, use_ctx, arch, active) if machine else None
            rows.append(MemoryRow(label, est.weights_gb, est.kv_gb, est.total_gb, f))
    advice = advice_for(decoded, variant, params, active, moe, decoded.quant)
    if rows and machine and all(r.fit and r.fit.fit == "none" for r in rows):
        repo = decoded.repo_id or (entry.id if entry else None)
        if repo and params:
            shipped = (entry.native if entry else None) or "FP16"
            advice.append(cluster_advice(repo, shipped, estimate(params, shipped, use_ctx, arch).total_gb))
    return Explanation(
        decoded, entry, params, active, experts, moe, variant, tuple(tasks), context_k, use_ctx,
        tuple(rows), tuple(advice), hub,
    )  # fmt: skip


# A typical serving node: 8 × 80 GB GPUs (DGX/HGX A100/H100), the unit vLLM's multi-node docs use.
NODE_GPUS = 8
NODE_GPU_GB = 80.0


def cluster_advice(repo: str, precision: str, total_gb: float) -> Text:
    """When nothing fits here: the GPUs it takes at its shipped precision, and the vLLM command."""
    import math
    import shlex

    per_gpu = NODE_GPU_GB * (1 - VRAM_RESERVE_FRACTION) - GPU_OVERHEAD_GB  # as the fit model counts
    gpus = max(1, math.ceil(total_gb / per_gpu))
    nodes = math.ceil(gpus / NODE_GPUS)
    argv = ["vllm", "serve", repo, "--tensor-parallel-size", str(min(gpus, NODE_GPUS))]
    if nodes > 1:
        argv += ["--pipeline-parallel-size", str(nodes)]
    cmd = shlex.join(argv)
    where = f"{nodes} nodes of {NODE_GPUS} × 80 GB GPUs" if nodes > 1 else f"{gpus} × 80 GB GPUs"
    where_zh = f"{nodes} 台各 {NODE_GPUS} 张 80 GB GPU 的机器" if nodes > 1 else f"{gpus} 张 80 GB GPU"
    return (
        f"Nothing fits this machine. At {precision} it needs about {total_gb:.0f} GB: {where}, e.g. `{cmd}`.",
        f"本机放不下。{precision} 精度约需 {total_gb:.0f} GB：{where_zh}，例如 `{cmd}`。",
    )


def advice_for(
    d: Decoded,
    variant: str | None,
    params: float | None,
    active: float | None,
    moe: bool,
    quant: Quant | None,
) -> list[Text]:
    out: list[Text] = []
    llm = params is not None and not set(d.tasks) & {
        "embedding",
        "rerank",
        "asr",
        "tts",
        "image-generation",
    }
    if variant == "base":
        out.append((
            "This is a Base (pretrained) model: it continues text and will not stop at the end of an answer. "
            "For chat pick the -Chat/-Instruct version; Base is the right start for fine-tuning on more than 1000 rows.",
            "这是 Base（预训练）模型：它只会续写文本，答完也不会停下。对话请选 -Chat/-Instruct 版本；"
            "若要用 1000 行以上的数据微调，Base 是合适的起点。",
        ))  # fmt: skip
    elif variant in ("chat", "instruct"):
        out.append((
            "Tuned to follow instructions: ready for chat. To fine-tune it on your data, fewer than 300 rows work best on this kind of model.",
            "已做指令微调，可直接对话。若用自己的数据微调，少于 300 行时最适合在这类模型上进行。",
        ))  # fmt: skip
    elif llm and variant is None:
        out.append((
            "The name has no Chat/Instruct word: in most families (Qwen, Llama, Mistral) that means the Base model, which does not stop generating in a chat.",
            "名称里没有 Chat/Instruct：在多数系列（Qwen、Llama、Mistral）中这表示 Base 模型，对话时不会自行停止。",
        ))  # fmt: skip
    if quant is not None:
        bits = f"{quant.bits:g}" if quant.bits else None
        out.append((
            f"Quantised{' to ' + bits + ' bits' if bits else ''}: less memory than 16-bit, with some quality loss; fewer bits lose more (below 4 bits the loss becomes noticeable).",
            f"已量化{'到 ' + bits + ' 比特' if bits else ''}：比 16 位省内存，但有一定质量损失；比特越少损失越大（低于 4 比特时明显）。",
        ))  # fmt: skip
        runtime = {
            "gguf": (
                "GGUF runs in llama.cpp, ollama and LM Studio, on CPU, GPU or both; Q4_K_M is the usual balance, Q8_0 is near-lossless.",
                "GGUF 可在 llama.cpp、ollama、LM Studio 中运行，CPU、GPU 或混合皆可；Q4_K_M 是常用的平衡点，Q8_0 几乎无损。",
            ),
            "awq": (
                "AWQ needs an NVIDIA (or AMD ROCm) GPU with vLLM, SGLang or transformers; it does not run on CPU.",
                "AWQ 需要 NVIDIA（或 AMD ROCm）GPU，配合 vLLM、SGLang 或 transformers；不能在 CPU 上运行。",
            ),
            "gptq": (
                "GPTQ needs a GPU with vLLM, SGLang or transformers; it does not run on CPU.",
                "GPTQ 需要 GPU，配合 vLLM、SGLang 或 transformers；不能在 CPU 上运行。",
            ),
            "bnb": (
                "bitsandbytes: load with transformers on an NVIDIA GPU; the usual starting point for QLoRA fine-tuning.",
                "bitsandbytes：在 NVIDIA GPU 上用 transformers 加载；QLoRA 微调的常用起点。",
            ),
            "mlx": (
                "MLX runs on Apple Silicon Macs only (mlx-lm, LM Studio).",
                "MLX 仅在 Apple Silicon Mac 上运行（mlx-lm、LM Studio）。",
            ),
            "exl2": (
                "EXL2 runs on NVIDIA GPUs with ExLlamaV2 / TabbyAPI.",
                "EXL2 在 NVIDIA GPU 上用 ExLlamaV2 / TabbyAPI 运行。",
            ),
            "fp8": (
                "FP8 runs at full speed on GPUs with FP8 units (Ada, Hopper, Blackwell) in vLLM/SGLang; older GPUs emulate it.",
                "FP8 在带 FP8 单元的 GPU（Ada、Hopper、Blackwell）上用 vLLM/SGLang 全速运行；较旧的 GPU 只能模拟。",
            ),
            "ggml": (
                "GGML is the pre-August-2023 llama.cpp format: current llama.cpp and ollama no longer load it; look for a GGUF version.",
                "GGML 是 2023 年 8 月之前的 llama.cpp 格式：新版 llama.cpp 和 ollama 已不再支持，请找 GGUF 版本。",
            ),
        }.get(quant.method)
        if runtime:
            out.append(runtime)
    if d.distilled_from:
        size = d.params_b or params
        student = " ".join(x for x in (d.family, f"{size:g}B" if size else None) if x)
        out.append((
            f"Distilled: {student or 'the student model'} was trained on the outputs of {d.distilled_from}. It imitates the teacher's style (e.g. long reasoning) at a fraction of the cost, but knows less than the teacher.",
            f"蒸馏模型：{student or '学生模型'} 用 {d.distilled_from} 的输出训练而成。它以很小的成本模仿教师的风格（如长推理），但知识不如教师。",
        ))  # fmt: skip
    if moe and params and active:
        out.append((
            f"Mixture of experts: all {params:g}B parameters must be in memory, but each token reads only {active:g}B, so it runs about as fast as a {active:g}B model.",
            f"混合专家：{params:g}B 参数都要放进内存，但每个 token 只读取 {active:g}B，速度接近 {active:g}B 的模型。",
        ))  # fmt: skip
    if "reasoning" in d.tasks:
        out.append((
            "Reasoning model: it thinks out loud before answering, so answers take more tokens and time; give it a large context.",
            "推理模型：回答前会先输出思考过程，耗费更多 token 和时间；请给足上下文长度。",
        ))  # fmt: skip
    if d.unknown:
        words = ", ".join(d.unknown)
        out.append((f"Not recognised as standard naming: {words}.", f"未识别为常见命名：{words}。"))
    return out
