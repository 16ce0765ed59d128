"""Memory, fit and speed model (pure). Every constant names its source.

Units: GB = 1e9 bytes for model sizes (what hubs show for files); hardware sizes are bytes
converted to GB the same way, so comparisons are like for like.
"""

from __future__ import annotations

import re

from modelpick.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Literal

    from modelpick.names import Quant

GB = 1e9

# ---------------------------------------------------------------------------------------------
# Bits per weight
# ---------------------------------------------------------------------------------------------

# Whole-file bits per weight of llama.cpp GGUF types (the file size over the parameter count,
# so the higher-precision embedding/output tensors of each mix are included).
# REFERENCE: llama.cpp tools/quantize/README.md, Llama-3.1-8B table (Q8_0 8.50, Q6_K 6.56,
# Q5_K_M 5.70, Q5_K_S 5.57, Q4_K_M 4.89, Q4_K_S 4.67, Q3_K_L 4.27*, Q3_K_M 4.00, Q3_K_S 3.64,
# Q2_K 3.16, IQ4_XS 4.46, Q4_0 4.66, Q4_1 5.07, Q5_0 5.57, Q5_1 6.02); *Q3_K_L from its
# Llama-2-7B table.  The IQ2/IQ3/IQ1 rows are the nominal type widths printed by
# `llama-quantize --help` (IQ3_XS 3.3, IQ3_S 3.44, IQ3_M 3.66, IQ2_XXS 2.06, IQ2_XS 2.31,
# IQ2_S 2.5, IQ2_M 2.7, IQ1_S 1.56, IQ1_M 1.75, IQ4_NL 4.50) plus 0.25 bpw for the
# embedding/output tensors those mixes keep wider (the gap measured for Q4_K_M: 4.5 → 4.89
# on 8B is 0.39, on 70B 0.3; 0.25 is the lower, larger-model figure).
GGUF_BPW: dict[str, float] = {
    "F32": 32.0,
    "F16": 16.0,
    "BF16": 16.0,
    "Q8_0": 8.50,
    "Q6_K": 6.56,
    "Q5_1": 6.02,
    "Q5_K_M": 5.70,
    "Q5_K_S": 5.57,
    "Q5_0": 5.57,
    "Q4_1": 5.07,
    "Q4_K_M": 4.89,
    "Q4_K_L": 5.0,  # bartowski's Q4_K_M with Q8_0 embed/output: +~0.1 bpw on 8B files
    "Q4_K_XL": 5.0,  # Unsloth dynamic UD-Q4_K_XL: same order as Q4_K_L on their 8B uploads
    "IQ4_NL": 4.75,
    "Q4_K_S": 4.67,
    "Q4_0": 4.66,
    "IQ4_XS": 4.46,
    "MXFP4_MOE": 4.25,
    "Q3_K_L": 4.27,
    "Q3_K_M": 4.00,
    "Q3_K_XL": 4.1,  # Unsloth UD-Q3_K_XL, between Q3_K_M and Q3_K_L
    "IQ3_M": 3.91,
    "Q3_K_S": 3.64,
    "IQ3_S": 3.69,
    "IQ3_XS": 3.55,
    "IQ3_XXS": 3.31,
    "Q2_K": 3.16,
    "Q2_K_L": 3.3,
    "Q2_K_XL": 3.3,
    "IQ2_M": 2.95,
    "IQ2_S": 2.75,
    "IQ2_XS": 2.56,
    "IQ2_XXS": 2.31,
    "IQ1_M": 2.0,
    "IQ1_S": 1.81,
    "TQ1_0": 1.69,
    "TQ2_0": 2.06,
}

# Group-wise 4-bit formats (AWQ, GPTQ, W4A16): 4-bit weights plus one FP16 scale and a 4-bit
# zero point per group of 128 → 4 + (16 + 4) / 128 ≈ 4.16; 4.25 also covers the g-idx/packing
# overhead seen in real files. REFERENCE: AutoAWQ / AutoGPTQ default group_size=128.
# The token embedding and LM head stay in FP16 in these formats (they are not quantised).
GROUPWISE_4BIT_BPW = 4.25
GROUPWISE_8BIT_BPW = 8.25
# bitsandbytes NF4 with double quantisation: 4 bits + 0.127 bits of constants per parameter.
# REFERENCE: Dettmers et al., "QLoRA" (2023), section 3 (Double Quantization).
BNB_4BIT_BPW = 4.127
# LLM.int8(): int8 weights + one FP32 scale per row (negligible per weight).
# REFERENCE: Dettmers et al., "LLM.int8()" (2022).
BNB_8BIT_BPW = 8.0
# MLX affine quantisation: group_size 64 with an FP16 scale and bias per group →
# bits + 32/64. REFERENCE: mlx.nn.quantize defaults (group_size=64, bits=4).
MLX_GROUP_OVERHEAD_BPW = 0.5
# FP8 (E4M3) weights with per-channel scales; embeddings and LM head stay BF16.
# REFERENCE: vLLM docs "FP8 W8A8"; llm-compressor FP8_DYNAMIC scheme ignores lm_head.
FP8_BPW = 8.0
# OCP MX formats: 32 elements share one 8-bit scale → 4 + 8/32. REFERENCE: OCP MX spec v1.0.
MXFP4_BPW = 4.25

# When the architecture is unknown, the unquantised embedding + LM head share of parameters.
# Typical of 7–8B models with 128k–152k vocabularies (Llama-3.1-8B: 1.05B of 8.03B = 13%;
# Qwen2.5-7B: 1.09B of 7.62B = 14%); larger models have a smaller share, so capped at 2.1B
# (Llama-3.1-70B's 128256 × 8192 × 2).
EMBED_SHARE_FALLBACK = 0.12
EMBED_CAP_B = 2.1


class Arch(NamedTuple):
    """Architecture figures that drive the KV cache. None when unknown."""

    layers: int | None = None
    kv_heads: int | None = None
    head_dim: int | None = None
    embed_params_b: float | None = None  # vocab × hidden × (1 if tied else 2), in billions


def quant_label_bpw(label: str) -> tuple[float, bool]:
    """Bits per weight for a precision label, and whether embeddings stay at 16 bits.

    Labels: GGUF types (``Q4_K_M``), ``FP16``/``BF16``/``FP32``, ``FP8``, ``AWQ``, ``GPTQ``,
    ``GPTQ-Int8``, ``W4A16``, ``INT4``/``INT8``, ``bnb-4bit``/``bnb-8bit``, ``MLX-4bit``,
    ``EXL2-4.65bpw``, ``MXFP4``.
    """
    up = label.upper()
    if up in GGUF_BPW:
        return GGUF_BPW[up], False
    if up in ("FP16", "BF16", "FP32"):
        return (32.0 if up == "FP32" else 16.0), False
    if up.startswith("FP8"):
        return FP8_BPW, True
    if up in ("AWQ", "GPTQ", "W4A16", "INT4", "GPTQ-INT4", "AUTOROUND"):
        return GROUPWISE_4BIT_BPW, True
    if up in ("GPTQ-INT8", "W8A16", "W8A8", "INT8"):
        return GROUPWISE_8BIT_BPW, True
    if up.startswith("BNB-"):
        return (BNB_8BIT_BPW if "8" in up else BNB_4BIT_BPW), True
    if up.startswith("MLX"):
        bits = _digits(up) or 4
        return bits + MLX_GROUP_OVERHEAD_BPW, False
    if up.startswith("EXL2") or up.startswith("EXL3"):
        return _digits(up, allow_fraction=True) or 4.0, True
    if up in ("MXFP4", "NVFP4", "FP4"):
        return MXFP4_BPW, True
    digits = _digits(up)
    if digits:  # an unknown GGUF-like type (Q4_X): nominal bits + the typical 0.4 bpw of mixes
        return digits + 0.4, False
    return 16.0, False


def _digits(text: str, allow_fraction: bool = False) -> float | None:
    m = re.search(r"(\d+(?:\.\d+)?)" if allow_fraction else r"(\d+)", text.split("-", 1)[-1])
    return float(m.group(1)) if m else None


def label_for(quant: Quant | None, precision: str | None = None) -> str:
    """The precision label of a decoded name (``FP16`` when it is not quantised)."""
    if quant is None:
        return (precision or "fp16").upper()
    return quant.label


def weights_gb(params_b: float, label: str, arch: Arch | None = None) -> float:
    """Weight size in GB for ``params_b`` billion parameters stored as ``label``."""
    bpw, embeddings_wide = quant_label_bpw(label)
    if not embeddings_wide:
        return params_b * bpw / 8
    embed_b = arch.embed_params_b if arch and arch.embed_params_b else None
    if embed_b is None:
        embed_b = min(params_b * EMBED_SHARE_FALLBACK, EMBED_CAP_B)
    embed_b = min(embed_b, params_b)
    return (params_b - embed_b) * bpw / 8 + embed_b * 16 / 8


# ---------------------------------------------------------------------------------------------
# KV cache, context and overhead
# ---------------------------------------------------------------------------------------------

# ollama's default context: 4096 tokens; newer releases scale it with VRAM (4k below 24 GiB,
# 32k for 24–48 GiB, 256k from 48 GiB). REFERENCE: ollama docs, "Context length" (FAQ),
# recorded in shared/HUB-API.md.
OLLAMA_DEFAULT_CTX = 4096
GIB = 2**30


# When a model's native context is unknown, cap the default at 32768 tokens: the native window
# of most 2024–2025 open models without long-context extensions (Qwen1.5/2.5 base configs,
# Mistral-7B-v0.3), so an unknown model is not charged a 256k cache it may not support.
UNKNOWN_NATIVE_CTX = 32768


def default_context(vram_total_bytes: float, native_ctx: int | None) -> int:
    """The context a runtime really uses by default (ollama's rule), capped at the model's."""
    if vram_total_bytes >= 48 * GIB:
        ctx = 262144
    elif vram_total_bytes >= 24 * GIB:
        ctx = 32768
    else:
        ctx = OLLAMA_DEFAULT_CTX
    return min(ctx, native_ctx or UNKNOWN_NATIVE_CTX)


# Fallback KV bytes per token when the architecture is unknown: a Llama-3-style GQA layout
# (8 KV heads × 128 head dim, FP16) gives 128 KiB/token at 8B (32 layers) and 320 KiB/token
# at 70B (80 layers); a power law through those two points: 131072 × (P/8)^0.42.
# REFERENCE: Llama-3.1-8B/70B config.json (num_hidden_layers, num_key_value_heads, head_dim).
KV_FALLBACK_BYTES_AT_8B = 131072
KV_FALLBACK_EXPONENT = 0.42
# KV cache element size: FP16, the default cache type of llama.cpp/ollama (`--cache-type-k f16`)
# and of vLLM (`--kv-cache-dtype auto` = model dtype).
KV_BYTES_PER_ELEMENT = 2


def kv_cache_gb(
    arch: Arch | None, params_b: float | None, ctx: int, bytes_per_el: float = KV_BYTES_PER_ELEMENT
) -> float:
    """2 (K and V) × layers × kv_heads × head_dim × context × bytes per element."""
    if arch and arch.layers and arch.kv_heads and arch.head_dim:
        per_token = 2 * arch.layers * arch.kv_heads * arch.head_dim * bytes_per_el
    elif params_b:
        per_token = KV_FALLBACK_BYTES_AT_8B * (params_b / 8) ** KV_FALLBACK_EXPONENT
        per_token *= bytes_per_el / KV_BYTES_PER_ELEMENT
    else:
        return 0.0
    return per_token * ctx / GB


# Runtime overhead on a GPU: the CUDA context (~0.3–0.5 GB per process as nvidia-smi shows for
# an idle PyTorch/llama.cpp process) plus llama.cpp's compute buffers (its load log for
# Llama-3-8B at n_ctx 4096: "CUDA0 compute buffer size = 258.50 MiB"). 0.8 GB covers both.
GPU_OVERHEAD_GB = 0.8
# On CPU only the compute buffers remain (same llama.cpp log: "CPU compute buffer" ~ 0.25 GB).
CPU_OVERHEAD_GB = 0.3
# Memory the OS and other programs keep: leave 20% of RAM (and at least 1.5 GB) free;
# a rule of thumb, the same margin LM Studio's "guardrails" default to ("balanced").
RAM_RESERVE_FRACTION = 0.20
RAM_RESERVE_MIN_GB = 1.5
# Apple Silicon: Metal can wire ~75% of unified memory for the GPU by default.
# REFERENCE: llama.cpp ggml-metal log "recommendedMaxWorkingSetSize" ≈ 0.75 × RAM on macOS.
UNIFIED_GPU_SHARE = 0.75
# VRAM the driver/display keeps: 5% (nvidia-smi shows ~300–600 MiB used on an idle desktop 8–24 GB card).
VRAM_RESERVE_FRACTION = 0.05


# ---------------------------------------------------------------------------------------------
# Fit and speed
# ---------------------------------------------------------------------------------------------

if TYPE_CHECKING:
    Fit = Literal["gpu", "offload", "cpu", "none"]


class Machine(NamedTuple):
    """What the fit model needs to know about a machine (from hardware.detect or overrides)."""

    ram_gb: float
    gpu_count: int = 0
    vram_gb_per_gpu: float = 0.0
    gpu_bandwidth_gbs: float | None = None
    cpu_bandwidth_gbs: float | None = None
    unified_memory: bool = False

    @property
    def vram_total_gb(self) -> float:
        return self.gpu_count * self.vram_gb_per_gpu

    @property
    def usable_ram_gb(self) -> float:
        reserve = max(self.ram_gb * RAM_RESERVE_FRACTION, RAM_RESERVE_MIN_GB)
        return max(self.ram_gb - reserve, 0.0)

    @property
    def usable_vram_gb(self) -> float:
        return self.vram_total_gb * (1 - VRAM_RESERVE_FRACTION)

    @property
    def usable_vram_per_gpu_gb(self) -> float:
        return self.vram_gb_per_gpu * (1 - VRAM_RESERVE_FRACTION)

    def capacity_gb(self, fit_level: str) -> float:
        """The memory a model placed at ``fit_level`` may use on this machine."""
        if self.unified_memory:
            return self.ram_gb * UNIFIED_GPU_SHARE
        if fit_level == "gpu":
            return self.usable_vram_gb
        if fit_level == "offload":
            return self.usable_vram_gb + self.usable_ram_gb
        return self.usable_ram_gb


class Estimate(NamedTuple):
    label: str
    weights_gb: float
    kv_gb: float
    ctx: int
    overhead_gb: float

    @property
    def total_gb(self) -> float:
        return self.weights_gb + self.kv_gb + self.overhead_gb


def estimate(params_b: float, label: str, ctx: int, arch: Arch | None = None, on_gpu: bool = True) -> Estimate:
    w = weights_gb(params_b, label, arch)
    kv = kv_cache_gb(arch, params_b, ctx)
    return Estimate(label, w, kv, ctx, GPU_OVERHEAD_GB if on_gpu else CPU_OVERHEAD_GB)


# Formats that a CPU runtime can execute (llama.cpp, MLX on Apple). AWQ/GPTQ/FP8/bnb need
# CUDA kernels (vLLM / transformers), and only llama.cpp-style runtimes split layers between
# VRAM and RAM. REFERENCE: llama.cpp README (`-ngl`), vLLM supported-hardware table.
def is_gguf_label(label: str) -> bool:
    return label.upper() in GGUF_BPW or label.upper().startswith(("Q", "IQ", "TQ"))


def runs_on_cpu(label: str) -> bool:
    return is_gguf_label(label) or label.upper() in ("FP16", "BF16", "FP32") or label.upper().startswith("MLX")


class FitResult(NamedTuple):
    fit: Fit
    memory_gb: float  # total needed at this fit level
    tokens_per_s: float | None


# Share of theoretical memory bandwidth that token generation reaches. llama.cpp on an RTX 4090
# (1008 GB/s) generates ~150 t/s with Llama-2-7B Q4_0 (3.83 GB): 150 × 3.83 / 1008 ≈ 0.57;
# on an M2 Ultra (800 GB/s) ~94 t/s → 0.45. REFERENCE: llama.cpp discussions #4167 (Apple
# Silicon) and #15013 (CUDA scoreboard). 0.55 sits between.
BANDWIDTH_EFFICIENCY = 0.55
# CPU RAM bandwidth when unknown: dual-channel DDR4-3200 = 2 × 8 bytes × 3200 MT/s = 51.2 GB/s
# (JEDEC DDR4 spec), the common desktop/laptop configuration.
DEFAULT_CPU_BANDWIDTH_GBS = 51.2
# GPU bandwidth when NVML cannot say (or the GPU is given with --vram): an RTX 3070-class card,
# 256-bit GDDR6 at 14 Gbps = 448 GB/s (NVIDIA spec sheet), the middle of consumer cards.
DEFAULT_GPU_BANDWIDTH_GBS = 448.0


def fit(
    machine: Machine,
    params_b: float,
    label: str,
    ctx: int,
    arch: Arch | None = None,
    active_params_b: float | None = None,
) -> FitResult:
    """Where a model at ``label`` runs on ``machine``: gpu, offload, cpu or none.

    For a mixture of experts (``active_params_b`` given) each token reads only the active share
    of the weights, which is what makes it fast for its size, offloaded or not.
    """
    on_gpu = estimate(params_b, label, ctx, arch, on_gpu=True)
    cpu_bw = machine.cpu_bandwidth_gbs or DEFAULT_CPU_BANDWIDTH_GBS
    gpu_bw = machine.gpu_bandwidth_gbs
    active_share = (active_params_b / params_b) if (active_params_b and params_b) else 1.0
    read_per_token = on_gpu.weights_gb * active_share + on_gpu.kv_gb / 2  # KV half full on average

    if machine.unified_memory:
        # Apple Silicon: one pool, of which the GPU may use UNIFIED_GPU_SHARE.
        if on_gpu.total_gb <= machine.capacity_gb("gpu") and runs_on_cpu(label):
            bw = machine.gpu_bandwidth_gbs or cpu_bw
            return FitResult("gpu", on_gpu.total_gb, _tps(bw, read_per_token))
        return FitResult("none", on_gpu.total_gb, None)

    if machine.gpu_count:
        usable = machine.usable_vram_gb
        overhead = GPU_OVERHEAD_GB * machine.gpu_count
        need_gpu = on_gpu.weights_gb + on_gpu.kv_gb + overhead
        if need_gpu <= usable:
            bw = (gpu_bw or DEFAULT_GPU_BANDWIDTH_GBS) * machine.gpu_count  # tensor parallel
            return FitResult("gpu", need_gpu, _tps(bw, read_per_token))
        if is_gguf_label(label):
            # llama.cpp offload: layers that do not fit in VRAM run from RAM.
            need = on_gpu.weights_gb + on_gpu.kv_gb + overhead + CPU_OVERHEAD_GB
            vram_room = max(usable - overhead - on_gpu.kv_gb, 0.0)
            in_ram = on_gpu.weights_gb - vram_room
            if in_ram <= machine.usable_ram_gb and vram_room > 0:
                gpu_share = vram_room / on_gpu.weights_gb
                t_gpu = read_per_token * gpu_share / ((gpu_bw or DEFAULT_GPU_BANDWIDTH_GBS) * BANDWIDTH_EFFICIENCY)
                t_cpu = read_per_token * (1 - gpu_share) / (cpu_bw * BANDWIDTH_EFFICIENCY)
                tps = 1 / (t_gpu + t_cpu) if (t_gpu + t_cpu) > 0 else None
                return FitResult("offload", need, tps)
    if runs_on_cpu(label) and not label.upper().startswith("MLX"):
        cpu = estimate(params_b, label, ctx, arch, on_gpu=False)
        if cpu.total_gb <= machine.usable_ram_gb:
            return FitResult("cpu", cpu.total_gb, _tps(cpu_bw, read_per_token))
    return FitResult("none", on_gpu.total_gb, None)


def _tps(bandwidth_gbs: float, read_gb: float) -> float | None:
    if read_gb <= 0:
        return None
    return bandwidth_gbs * BANDWIDTH_EFFICIENCY / read_gb


# ---------------------------------------------------------------------------------------------
# Fine-tuning footprint
# ---------------------------------------------------------------------------------------------

# QLoRA: NF4 base weights (BNB_4BIT_BPW / 8 = 0.516 GB per billion params) plus LoRA adapters,
# their optimizer states, checkpointed activations and the CUDA context. The per-billion and
# fixed terms are a least-squares fit to Unsloth's published VRAM table (QLoRA 4-bit: 8B 6 GB,
# 14B 8.5 GB, 70B 41 GB) → 0.571 GB/B total slope, 1.0 GB fixed.
# REFERENCE: Unsloth docs, "Unsloth Requirements" → "Fine-tuning VRAM requirements".
QLORA_EXTRA_GB_PER_B = 0.571 - BNB_4BIT_BPW / 8
QLORA_FIXED_GB = 1.0
# 16-bit LoRA: BF16 weights (2 GB per billion) plus the same kinds of extras; fit to the same
# table (LoRA 16-bit: 8B 22 GB, 14B 33 GB, 70B 164 GB) → 0.31 GB/B extra, 2.16 GB fixed.
LORA_EXTRA_GB_PER_B = 0.31
LORA_FIXED_GB = 2.16

if TYPE_CHECKING:
    FinetuneMethod = Literal["qlora", "lora"]


def finetune_gb(params_b: float, method: FinetuneMethod) -> float:
    """VRAM to fine-tune a ``params_b`` model with LoRA adapters (batch 2, 2k tokens, Unsloth)."""
    if method == "qlora":
        return params_b * (BNB_4BIT_BPW / 8 + QLORA_EXTRA_GB_PER_B) + QLORA_FIXED_GB
    return params_b * (2.0 + LORA_EXTRA_GB_PER_B) + LORA_FIXED_GB
