"""Every catalog entry is internally consistent, and the generated file is in sync."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from modelpick.candidates import from_catalog
from modelpick.catalog import load, lookup
from modelpick.ids import OLLAMA_TAG, is_repo_id
from modelpick.memory import quant_label_bpw
from modelpick.names import decode
from modelpick.options import TASKS

ENTRIES = load()
ROOT = Path(__file__).resolve().parent.parent


def test_catalog_is_several_hundred_models_across_tasks() -> None:
    assert len(ENTRIES) >= 300
    tasks = {t for e in ENTRIES for t in e.tasks}
    assert tasks == set(TASKS)
    orgs = {e.id.split("/")[0] for e in ENTRIES}
    for org in (
        "Qwen",
        "deepseek-ai",
        "meta-llama",
        "mistralai",
        "google",
        "microsoft",
        "THUDM",
        "01-ai",
        "internlm",
        "baichuan-inc",
        "openbmb",
        "moonshotai",
        "openai",
        "ibm-granite",
        "HuggingFaceTB",
        "BAAI",
        "unsloth",
        "bartowski",
    ):
        assert org in orgs, org


def test_no_duplicate_ids() -> None:
    ids = [e.id.lower() for e in ENTRIES]
    assert len(ids) == len(set(ids))


def test_generated_file_is_up_to_date() -> None:
    r = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_catalog.py"), "--check"], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("e", ENTRIES, ids=lambda e: e.id)
def test_entry_is_consistent(e) -> None:  # type: ignore[no-untyped-def]
    assert is_repo_id(e.id)
    if e.modelscope:
        assert is_repo_id(e.modelscope)
    if e.ollama:
        assert OLLAMA_TAG.match(e.ollama)
    if e.gguf:
        assert is_repo_id(e.gguf)
    assert set(e.tasks) <= set(TASKS) and e.tasks
    assert 0 < e.quality <= 100 and e.quality_src
    assert len(e.released) == 7 and "2019-01" <= e.released <= "2025-12"
    assert e.license
    # params plausible for the architecture: embeddings are a part of the whole, and a dense
    # transformer's non-embedding params are about 12 × layers × hidden² (within a wide band)
    assert 0.01 < e.params_b < 2000
    if e.embed_b:
        assert e.embed_b < e.params_b
    if e.layers:
        assert 1 <= e.layers <= 200 and e.kv_heads and e.head_dim
        assert e.head_dim in (64, 80, 96, 128, 256, 288)
    if e.active_b is not None:
        assert e.active_b < e.params_b and e.experts
    if e.context:
        assert 128 <= e.context <= 10_485_760
    # the decoder agrees with the catalog wherever the name says something
    d = decode(e.id)
    if d.variant is not None and e.variant is not None:
        assert d.variant == e.variant
    if e.quant and e.quant != "GGUF":
        assert d.quant is not None, e.id
        assert (
            d.quant.label.upper().replace("-INT4", "") == e.quant.upper().replace("-INT4", "")
            or d.quant.method in e.quant.lower()
        ), (d.quant, e.quant)
        assert quant_label_bpw(e.quant)[0] < 16
    if e.quant == "GGUF":
        assert d.format == "gguf"
    if d.params_b and not d.moe:
        # names round sizes: the catalog's exact count is within 30% of the name's
        assert d.params_b == pytest.approx(e.params_b, rel=0.3), (d.params_b, e.params_b)
    if e.original:
        assert lookup(e.original) is not None and lookup(e.original).id == e.original  # type: ignore[union-attr]


def test_candidates_fold_quantised_repos_into_their_original() -> None:
    cands = {c.repo_id: c for c in from_catalog()}
    q = cands["Qwen/Qwen2.5-7B-Instruct"]
    assert dict((label, repo) for label, repo in q.quant_repos) == {
        "AWQ": "Qwen/Qwen2.5-7B-Instruct-AWQ",
        "GPTQ-Int4": "Qwen/Qwen2.5-7B-Instruct-GPTQ-Int4",
        "GPTQ-Int8": "Qwen/Qwen2.5-7B-Instruct-GPTQ-Int8",
        "bnb-4bit": "unsloth/Qwen2.5-7B-Instruct-bnb-4bit",
    }
    assert q.gguf_repo == "Qwen/Qwen2.5-7B-Instruct-GGUF" and q.ollama == "qwen2.5:7b"
    assert "Qwen/Qwen2.5-7B-Instruct-AWQ" not in cands


def test_lookup_by_any_name() -> None:
    assert lookup("qwen2.5-coder:7b").id == "Qwen/Qwen2.5-Coder-7B-Instruct"  # type: ignore[union-attr]
    assert lookup("LLM-Research/Meta-Llama-3.1-8B-Instruct").id == "meta-llama/Llama-3.1-8B-Instruct"  # type: ignore[union-attr]
    assert lookup("hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF").id == "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF"  # type: ignore[union-attr]
    assert lookup("no/such-model") is None
