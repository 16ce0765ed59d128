"""The memory, fit and speed model against real numbers."""

from __future__ import annotations

import pytest

from modelpick import memory
from modelpick.catalog import lookup
from modelpick.memory import (
    Arch,
    Machine,
    default_context,
    finetune_gb,
    fit,
    kv_cache_gb,
    weights_gb,
)

# Real GGUF file sizes (GB = 1e9 bytes) as listed on the Hub for these repos' files.
REAL_GGUF = [
    # bartowski/Meta-Llama-3.1-8B-Instruct-GGUF
    ("meta-llama/Llama-3.1-8B-Instruct", "Q4_K_M", 4.92),
    ("meta-llama/Llama-3.1-8B-Instruct", "Q8_0", 8.54),
    ("meta-llama/Llama-3.1-8B-Instruct", "F16", 16.07),
    # Qwen/Qwen2.5-7B-Instruct-GGUF (merged single file)
    ("Qwen/Qwen2.5-7B-Instruct", "Q4_K_M", 4.68),
    # bartowski/Mistral-7B-Instruct-v0.3-GGUF
    ("mistralai/Mistral-7B-Instruct-v0.3", "Q4_K_M", 4.37),
    # bartowski/Llama-3.3-70B-Instruct-GGUF
    ("meta-llama/Llama-3.3-70B-Instruct", "Q4_K_M", 42.5),
]


@pytest.mark.parametrize(("repo", "label", "real_gb"), REAL_GGUF)
def test_gguf_weights_match_real_files_within_5_percent(repo: str, label: str, real_gb: float) -> None:
    entry = lookup(repo)
    assert entry is not None
    got = weights_gb(entry.params_b, label, entry.arch)
    assert got == pytest.approx(real_gb, rel=0.05)


def test_measured_bits_per_weight_table() -> None:
    # the figures the issue quotes from llama.cpp's quantize README
    for label, bpw in {
        "Q4_K_M": 4.89,
        "Q8_0": 8.50,
        "Q6_K": 6.56,
        "Q5_K_M": 5.70,
        "Q4_K_S": 4.67,
        "Q3_K_M": 4.0,
        "Q2_K": 3.16,
        "IQ4_XS": 4.46,
    }.items():
        assert memory.GGUF_BPW[label] == bpw


def test_quantised_formats_keep_embeddings_wide() -> None:
    # Qwen2.5-7B-Instruct-AWQ is 5.58 GB on the Hub: 4-bit body + FP16 embedding and LM head
    e = lookup("Qwen/Qwen2.5-7B-Instruct")
    assert e is not None
    assert weights_gb(e.params_b, "AWQ", e.arch) == pytest.approx(5.58, rel=0.05)
    # mlx-community/Qwen2.5-7B-Instruct-4bit is 4.28 GB: 4 bits + 0.5 bits of group scales
    assert weights_gb(e.params_b, "MLX-4bit", e.arch) == pytest.approx(4.28, rel=0.05)


def test_kv_cache_exact_for_llama31_8b() -> None:
    # 2 (K,V) × 32 layers × 8 KV heads × 128 dims × 2 bytes = 131072 bytes per token
    arch = Arch(layers=32, kv_heads=8, head_dim=128)
    assert kv_cache_gb(arch, 8.03, 1) * 1e9 == 131072
    assert kv_cache_gb(arch, 8.03, 4096) == pytest.approx(0.536870912)
    assert kv_cache_gb(arch, 8.03, 131072) == pytest.approx(17.179869184)


def test_kv_cache_fallback_is_llama_like() -> None:
    assert kv_cache_gb(None, 8.0, 1) * 1e9 == pytest.approx(131072)
    assert kv_cache_gb(None, 70.0, 1) * 1e9 == pytest.approx(327680, rel=0.05)
    assert kv_cache_gb(None, None, 4096) == 0.0


@pytest.mark.parametrize(
    ("vram_gib", "native", "expected"),
    [
        (0, None, 4096),
        (8, 131072, 4096),
        (24, 131072, 32768),
        (48, 131072, 131072),
        (80, 262144, 262144),
        (80, None, 32768),
        (24, 8192, 8192),
    ],
)
def test_default_context_follows_ollama(vram_gib: int, native: int | None, expected: int) -> None:
    assert default_context(vram_gib * 2**30, native) == expected


@pytest.mark.parametrize(
    ("params", "method", "published"),
    [(8, "qlora", 6), (14, "qlora", 8.5), (70, "qlora", 41), (8, "lora", 22)],
)
def test_finetune_footprint_tracks_unsloth_table(params: float, method: str, published: float) -> None:
    assert finetune_gb(params, method) == pytest.approx(published, rel=0.10)  # type: ignore[arg-type]


LAPTOP = Machine(ram_gb=16 * 1.073741824, gpu_count=1, vram_gb_per_gpu=8 * 1.073741824, gpu_bandwidth_gbs=272)
DESKTOP = Machine(ram_gb=64 * 1.073741824, gpu_count=1, vram_gb_per_gpu=24 * 1.073741824, gpu_bandwidth_gbs=1008)
PHONE = Machine(ram_gb=4 * 1.073741824)


def test_fit_levels() -> None:
    e = lookup("meta-llama/Llama-3.1-8B-Instruct")
    assert e is not None
    assert fit(LAPTOP, e.params_b, "Q4_K_M", 4096, e.arch).fit == "gpu"
    assert fit(LAPTOP, e.params_b, "Q8_0", 4096, e.arch).fit == "offload"
    assert fit(LAPTOP, e.params_b, "AWQ", 4096, e.arch).fit == "gpu"
    assert fit(LAPTOP, e.params_b, "FP16", 4096, e.arch).fit == "none"  # 16.9 GB > 16 GiB less the OS share
    assert fit(Machine(ram_gb=34.4), e.params_b, "FP16", 4096, e.arch).fit == "cpu"
    assert fit(PHONE, e.params_b, "Q4_K_M", 4096, e.arch).fit == "none"
    big = lookup("meta-llama/Llama-3.3-70B-Instruct")
    assert big is not None
    assert fit(DESKTOP, big.params_b, "Q4_K_M", 4096, big.arch).fit == "offload"
    assert fit(LAPTOP, big.params_b, "AWQ", 4096, big.arch).fit == "none"  # no CPU path for AWQ


def test_speed_is_bandwidth_over_bytes_and_moe_uses_active_params() -> None:
    e = lookup("meta-llama/Llama-3.1-8B-Instruct")
    assert e is not None
    r = fit(DESKTOP, e.params_b, "Q4_K_M", 4096, e.arch)
    # 1008 GB/s × 0.55 / (4.91 GB + half the 0.54 GB cache) ≈ 107 tok/s
    assert r.tokens_per_s == pytest.approx(1008 * 0.55 / (4.908 + 0.268), rel=0.01)
    moe = lookup("Qwen/Qwen3-30B-A3B")
    assert moe is not None
    dense = fit(DESKTOP, moe.params_b, "Q4_K_M", 4096, moe.arch)
    sparse = fit(DESKTOP, moe.params_b, "Q4_K_M", 4096, moe.arch, moe.active_b)
    assert sparse.tokens_per_s and dense.tokens_per_s and sparse.tokens_per_s > 5 * dense.tokens_per_s


def test_multi_gpu_tensor_parallel() -> None:
    server = Machine(ram_gb=512, gpu_count=8, vram_gb_per_gpu=80, gpu_bandwidth_gbs=2039)
    big = lookup("meta-llama/Llama-3.1-405B-Instruct")
    assert big is not None
    assert fit(server, big.params_b, "FP8", 8192, big.arch).fit == "gpu"
    assert fit(server, big.params_b, "FP16", 8192, big.arch).fit == "none"
