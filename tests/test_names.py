"""The name decoder: a hand-written table of every suffix family, a reviewed corpus of real repo
names from both hubs, and properties that hold for any string."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modelpick import names as decoder
from modelpick.names import Decoded, Quant, decode, tokenize

# (name, field, expected): one row per spelling DESIGN.md lists.
SPELLINGS = [
    # variants
    ("Qwen/Qwen2.5-7B-Instruct", "variant", "instruct"),
    ("Qwen/Qwen1.5-7B-Chat", "variant", "chat"),
    ("Qwen/Qwen3-8B-Base", "variant", "base"),
    ("google/gemma-3-4b-pt", "variant", "base"),
    ("google/gemma-2-9b-it", "variant", "instruct"),
    ("mistralai/Mistral-7B-Instruct-v0.3", "variant", "instruct"),
    ("google-bert/bert-base-uncased", "variant", None),  # "base" is a size here
    ("google-bert/bert-base-uncased", "size_tier", "base"),
    ("google-t5/t5-large", "size_tier", "large"),
    ("iic/nlp_corom_sentence-embedding_chinese-base", "size_tier", "base"),
    # quantisation
    ("Qwen/Qwen1.5-72B-Chat-AWQ", "quant", ("awq", 4, None)),
    ("TheBloke/Mistral-7B-Instruct-v0.2-GPTQ", "quant", ("gptq", 4, None)),
    ("Qwen/Qwen2.5-7B-Instruct-GPTQ-Int4", "quant", ("gptq", 4, None)),
    ("Qwen/Qwen1.5-0.5B-Chat-GPTQ-Int8", "quant", ("gptq", 8, None)),
    ("Qwen/Qwen-7B-Chat-Int4", "quant", ("int", 4, None)),
    ("qwen/Qwen-14B-Chat-Int8", "quant", ("int", 8, None)),
    ("unsloth/Llama-3.2-1B-Instruct-bnb-4bit", "quant", ("bnb", 4, None)),
    ("unsloth/Qwen2.5-14B-Instruct-unsloth-bnb-4bit", "quant", ("bnb", 4, None)),
    ("mlx-community/Llama-3.2-3B-Instruct-4bit", "quant", ("mlx", 4, None)),
    ("mlx-community/Qwen3-30B-A3B-8bit", "quant", ("mlx", 8, None)),
    ("baichuan-inc/Baichuan2-13B-Chat-4bits", "quant", ("int", 4, None)),
    ("neuralmagic/Meta-Llama-3.1-70B-Instruct-FP8", "quant", ("fp8", 8, None)),
    ("RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w4a16", "quant", ("int", 4, "W4A16")),
    ("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "quant", ("gguf", None, None)),
    ("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "quant", ("gguf", 4, "Q4_K_M")),
    ("gemma-2-9b-it-IQ3_XS.gguf", "quant", ("gguf", 3, "IQ3_XS")),
    ("TheBloke/Llama-2-13B-chat-GGML", "quant", ("ggml", None, None)),
    ("turboderp/Llama-3.1-8B-Instruct-exl2", "quant", ("exl2", None, None)),
    ("LoneStriker/Mixtral-8x7B-Instruct-v0.1-3.5bpw-h6-exl2", "quant", ("exl2", 3.5, None)),
    ("Qwen/Qwen2.5-7B-Instruct", "quant", None),
    # formats
    ("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "format", "gguf"),
    ("TheBloke/Llama-2-13B-chat-GGML", "format", "ggml"),
    ("mlx-community/Mistral-7B-Instruct-v0.3-4bit", "format", "mlx"),
    ("turboderp/Llama-3.1-8B-Instruct-exl2", "format", "exl2"),
    # distillation
    ("DeepSeek-R1-Distill-Qwen-7B", "distilled_from", "DeepSeek-R1"),
    ("DeepSeek-R1-Distill-Qwen-7B", "family", "Qwen"),
    ("DeepSeek-R1-Distill-Qwen-7B", "params_b", 7.0),
    ("deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "family", "Llama"),
    ("facebook/nllb-200-distilled-600M", "distilled_from", None),
    # sizes
    ("Qwen/Qwen2.5-7B-Instruct", "params_b", 7.0),
    ("Qwen/Qwen1.5-1.8B-Chat", "params_b", 1.8),
    ("stabilityai/stablelm-2-1_6b", "params_b", 1.6),
    ("bigscience/bloom-7b1", "params_b", 7.1),
    ("HuggingFaceTB/SmolLM2-135M-Instruct", "params_b", 0.135),
    ("mistralai/Mixtral-8x7B-Instruct-v0.1", "experts", 8),
    ("mistralai/Mixtral-8x7B-Instruct-v0.1", "moe", True),
    ("Qwen/Qwen1.5-MoE-A2.7B-Chat", "active_params_b", 2.7),
    ("Qwen/Qwen3-30B-A3B-Instruct-2507", "params_b", 30.0),
    ("Qwen/Qwen3-30B-A3B-Instruct-2507", "active_params_b", 3.0),
    ("meta-llama/Llama-4-Scout-17B-16E-Instruct", "experts", 16),
    ("meta-llama/Llama-4-Scout-17B-16E-Instruct", "active_params_b", 17.0),
    ("google/gemma-3n-E4B-it", "params_b", 4.0),
    ("allenai/OLMoE-1B-7B-0924", "params_b", 7.0),
    ("allenai/OLMoE-1B-7B-0924", "active_params_b", 1.0),
    # multimodal and tasks
    ("Qwen/Qwen2-VL-7B-Instruct", "modalities", ("text", "image")),
    ("Qwen/Qwen2-Audio-7B-Instruct", "modalities", ("text", "audio")),
    ("Qwen/Qwen2.5-Omni-7B", "modalities", ("text", "image", "audio", "video")),
    ("meta-llama/Llama-3.2-11B-Vision-Instruct", "tasks", ("vision", "chat")),
    ("Qwen/Qwen2.5-Coder-7B-Instruct", "tasks", ("code", "chat")),
    ("Qwen/Qwen2.5-Math-7B-Instruct", "tasks", ("math", "chat")),
    ("Qwen/Qwen3-Embedding-8B", "tasks", ("embedding",)),
    ("BAAI/bge-reranker-v2-m3", "tasks", ("rerank",)),
    ("openai/whisper-large-v3", "tasks", ("asr",)),
    ("black-forest-labs/FLUX.1-schnell", "tasks", ("image-generation",)),
    # context
    ("microsoft/Phi-3-mini-4k-instruct", "context_k", 4.0),
    ("microsoft/Phi-3-medium-128k-instruct", "context_k", 128.0),
    ("Qwen/Qwen2.5-7B-Instruct-1M", "context_k", 1024.0),
    ("01-ai/Yi-6B-200K", "context_k", 200.0),
    (
        "damo/speech_paraformer-large_asr_nat-zh-cn-16k-common-vocab8404-pytorch",
        "context_k",
        None,
    ),  # 16 kHz audio
    # size tiers, OpenAI legacy names
    ("microsoft/Phi-3-mini-4k-instruct", "size_tier", "mini"),
    ("google/flan-t5-xxl", "size_tier", "xxl"),
    ("openai-community/gpt2-xl", "size_tier", "xl"),
    ("text-embedding-ada-002", "size_tier", "small"),
    ("babbage-002", "size_tier", "medium"),
    ("text-curie-001", "size_tier", "large"),
    ("davinci-002", "size_tier", "xl"),
]


def _field(name: str, field: str) -> object:
    d = decode(name)
    value = getattr(d, field)
    if field == "quant" and value is not None:
        bits = value.bits
        return (
            value.method,
            None if bits is None else (int(bits) if float(bits).is_integer() else bits),
            value.type,
        )
    return value


@pytest.mark.parametrize(("name", "field", "expected"), SPELLINGS)
def test_spelling(name: str, field: str, expected: object) -> None:
    assert _field(name, field) == expected


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("allenai/Llama-3.1-Tulu-3-8B-SFT", "SFT", "alignment"),
        ("NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO", "DPO", "alignment"),
        ("mistralai/Mistral-7B-Instruct-v0.3", "v0.3", "version"),
        ("Qwen/Qwen3-30B-A3B-Instruct-2507", "2507", "date"),
        ("deepseek-ai/DeepSeek-R1-0528", "0528", "date"),
        (
            "damo/speech_paraformer-large_asr_nat-zh-cn-16k-common-vocab8404-pytorch",
            "16k",
            "audio_rate",
        ),
        (
            "damo/speech_paraformer-large_asr_nat-zh-cn-16k-common-vocab8404-pytorch",
            "speech",
            "task",
        ),
        ("iic/nlp_corom_sentence-embedding_chinese-base", "nlp", "domain"),
        ("iic/nlp_corom_sentence-embedding_chinese-base", "chinese", "language"),
        ("Qwen/Qwen1.5-MoE-A2.7B-Chat", "MoE", "moe"),
        ("Qwen/Qwen1.5-72B-Chat-AWQ", "Qwen", "org"),
        ("Grok-100B-v1.0-Q4_0-00003-of-00009.gguf", "00003", "shard"),
        ("Some-Model-7B-frobnicate", "frobnicate", "unknown"),
    ],
)
def test_part_kinds(name: str, text: str, kind: str) -> None:
    kinds = {p.text: p.kind for p in decode(name).parts}
    assert kinds[text] == kind


def test_unknown_words_are_reported_not_guessed() -> None:
    d = decode("acme/Zorblax-7B-Instruct-frobnicate")
    assert d.unknown == ("frobnicate",)
    assert d.params_b == 7.0 and d.variant == "instruct"


def test_every_part_has_a_meaning_in_both_languages() -> None:
    for line in _corpus():
        for p in decode(line[0]).parts:
            assert p.meaning[0] and p.meaning[1], (line[0], p)


# ---------------------------------------------------------------------------------------------
# The reviewed corpus: real names from Hugging Face and ModelScope with every decoded field.


def _corpus() -> list[list[str]]:
    path = Path(__file__).parent / "data" / "names.tsv"
    rows = [
        line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    ]
    return rows


def _fmt(x: object) -> str:
    if x is None or x == () or x == "":
        return "-"
    if isinstance(x, float):
        return f"{x:g}"
    if isinstance(x, tuple):
        return ",".join(x)
    return str(x)


def test_corpus_is_large_and_covers_both_hubs() -> None:
    names = [r[0] for r in _corpus()]
    assert len(names) >= 250
    assert len(set(names)) == len(names)
    for org in (
        "TheBloke/",
        "bartowski/",
        "unsloth/",
        "mlx-community/",
        "iic/",
        "damo/",
        "ZhipuAI/",
        "Qwen/",
        "deepseek-ai/",
        "BAAI/",
        "openai/",
    ):
        assert any(n.startswith(org) for n in names), org


@pytest.mark.parametrize("row", _corpus(), ids=lambda r: r[0])
def test_corpus(row: list[str]) -> None:
    name, *expected = row
    d = decode(name)
    got = [
        _fmt(d.family), _fmt(d.params_b), _fmt(d.active_params_b), _fmt(d.experts), _fmt(d.variant),
        _fmt(d.quant.label if d.quant else None), _fmt(d.format), _fmt(d.tasks), _fmt(d.modalities),
        _fmt(d.context_k), _fmt(d.size_tier), _fmt(d.distilled_from),
    ]  # fmt: skip
    assert got == expected


# ---------------------------------------------------------------------------------------------
# Properties


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_round_trips_every_character(text: str) -> None:
    d = decode(text)
    assert "".join(p.text for p in d.tokens) == text
    starts = [p.start for p in d.tokens]
    assert starts == sorted(starts)
    for p in d.tokens:
        assert text[p.start : p.start + len(p.text)] == p.text


name_like = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "Qwen2.5",
                "Llama",
                "7B",
                "Instruct",
                "AWQ",
                "GGUF",
                "Q4_K_M",
                "bnb",
                "4bit",
                "8x7B",
                "A3B",
                "v0.3",
                "2507",
                "base",
                "1_6b",
                "Distill",
                "128k",
                "it",
            ]
        ),
        st.text(alphabet="abcXYZ0123456789._", min_size=1, max_size=6),
    ),
    min_size=1,
    max_size=8,
).map("-".join)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10), name_like)
def test_repo_ids_decode_consistently(org: str, name: str) -> None:
    d = decode(f"{org}/{name}")
    assert d.org == org and d.name == name
    assert d.params_b is None or d.params_b > 0
    assert d.variant in (None, "base", "chat", "instruct")
    assert set(d.modalities) <= {"text", "image", "audio", "video"} and "text" in d.modalities
    assert d.size_tier in (None, "tiny", "mini", "small", "base", "medium", "large", "xl", "xxl")
    if d.quant is not None:
        assert d.quant.method == d.quant.method.lower()
    # the decode of a name does not depend on who published it (except mlx-community's format)
    assert decode(f"someone/{name}").params_b == d.params_b


def test_tokenizer_keeps_multi_separator_spellings_whole() -> None:
    assert [t for t, _, w in tokenize("qwen2.5-7b-instruct-q4_k_m.gguf") if w] == [
        "qwen2.5",
        "7b",
        "instruct",
        "q4_k_m",
        "gguf",
    ]
    assert [t for t, _, w in tokenize("stablelm-2-1_6b") if w] == ["stablelm", "2", "1_6b"]
    assert [t for t, _, w in tokenize("x-quantized.w4a16") if w] == ["x", "quantized", "w4a16"]


def test_decoding_is_fast() -> None:
    import time

    names = [r[0] for r in _corpus()]
    start = time.perf_counter()
    for _ in range(20):
        for n in names:
            decode(n)
    rate = 20 * len(names) / (time.perf_counter() - start)
    assert rate > 5_000  # the bench script tracks the real figure; this catches a pathology


@pytest.mark.parametrize("rule", range(len(decoder._RULES)), ids=lambda i: decoder._RULES[i][1])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_rule_is_skipped_only_for_tokens_it_cannot_match(rule: int, data: st.DataObject) -> None:
    """The first-character screen in _classify_text is sound: whatever a rule's regex matches,
    if it starts with an ASCII character, starts with one the rule lists."""
    starts, source, _ = decoder._RULES[rule]
    token = data.draw(st.from_regex(re.compile(source, re.IGNORECASE), fullmatch=True))
    if token[:1].isascii():
        assert token[:1].lower() in starts, token


@pytest.mark.parametrize(("token", "kind"), [("\u212aq4", "quant"), ("\u0131nt4", "quant"), ("\u0131q4_k_m", "quant")])
def test_tokens_starting_with_case_folded_letters_are_not_screened_out(token: str, kind: str) -> None:
    # re.IGNORECASE matches the Kelvin sign as k and the dotless i as i
    found = decoder._classify_text(token)
    assert found is not None and found[0] == kind


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ9٣.-/ :é·\u00a0x5") | st.characters(blacklist_characters="_"), max_size=40))
def test_names_without_underscores_are_cut_as_the_full_pattern_cuts_them(text: str) -> None:
    # tokenize splits such names on separator runs (fast); the full pattern is the definition
    full = [(m.group(), m.start(), m.lastgroup != "s") for m in decoder._piece().finditer(text)]
    assert tokenize(text) == full


def test_resolve_returns_the_fields_in_decodeds_order() -> None:
    # _decode builds Decoded positionally: input, org, name, tokens, then what _resolve returns
    d = decode("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B-128k-Q4_K_M-GGUF")
    assert Decoded._fields[:4] == ("input", "org", "name", "tokens")
    assert d._asdict() == {
        **{f: getattr(d, f) for f in Decoded._fields[:4]},
        "family": "Qwen",
        "params_b": 7.0,
        "active_params_b": None,
        "experts": None,
        "moe": False,
        "variant": None,
        "quant": Quant("gguf", 4, "Q4_K_M"),
        "format": "gguf",
        "tasks": ("reasoning", "chat"),
        "modalities": ("text",),
        "distilled_from": "DeepSeek-R1",
        "context_k": 128.0,
        "size_tier": None,
        "precision": None,
        "unknown": (),
    }
