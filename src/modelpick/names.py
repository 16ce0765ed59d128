"""The model-name decoder: a repo id or bare name in, every part with its kind and meaning out.

Pure: no IO, no imports beyond the standard library, and it never raises on any string.

How it works:
1. ``tokenize`` cuts the text into tokens and separators so that joining them gives the input
   back exactly. Multi-separator spellings that are one thing (``Q4_K_M``, ``1_6b``) are kept
   whole; a dot splits only when it is not between two digits (``Qwen2.5`` stays, ``quantized.w4a16``
   splits).
2. Each token is classified on its own (lexicon words, then patterns).
3. Context settles the ambiguous ones: ``base`` is a size tier in ``bert-base`` but a variant in
   ``Qwen2.5-7B-Base``; ``1M`` is context in ``Qwen2.5-7B-Instruct-1M`` but parameters in
   ``opt-1m``; ``16k`` is a sample rate in a speech model's name.
4. The leading run of unclassified tokens (and numbers, and product words like ``Coder``) is the
   family; anything else not classified is reported as ``unknown``, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from types import MappingProxyType

from modelpick.i18n import Text, pick
from modelpick.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Any

    from modelpick.i18n import Lang

# ---------------------------------------------------------------------------------------------
# Data types
# ---------------------------------------------------------------------------------------------


class Part(NamedTuple):
    """One piece of the input. ``kind == "sep"`` marks separators, hidden from ``parts``."""

    text: str
    kind: str
    meaning: Text
    start: int

    def to_json(self, lang: Lang = "en") -> dict[str, str]:
        return {"text": self.text, "kind": self.kind, "meaning": pick(self.meaning, lang)}


class Quant(NamedTuple):
    """How the weights are quantised. ``method`` is lower case (awq, gptq, gguf …)."""

    method: str
    bits: float | None = None
    type: str | None = None  # a GGUF type such as "Q4_K_M", or "W4A16"

    def to_json(self) -> dict[str, Any]:
        bits: float | int | None = self.bits
        if bits is not None and float(bits).is_integer():
            bits = int(bits)
        return {"method": self.method, "bits": bits, "type": self.type}

    @property
    def label(self) -> str:
        """The short label users see in tables: ``Q4_K_M``, ``AWQ``, ``bnb-4bit``, ``FP8``."""
        if self.type:
            return self.type
        bits = "" if self.bits is None else f"{self.bits:g}"
        if self.method == "bnb":
            return f"bnb-{bits or 4}bit"
        if self.method == "mlx":
            return f"MLX-{bits}bit" if bits else "MLX"
        if self.method == "exl2":
            return f"EXL2-{bits}bpw" if bits else "EXL2"
        if self.method == "int":
            return f"INT{bits}" if bits else "INT"
        if self.method == "gptq" and self.bits and self.bits != 4:
            return f"GPTQ-Int{bits}"
        return self.method.upper()


class Decoded(NamedTuple):
    """Everything a name says. Fields are None / empty when the name does not say."""

    input: str
    org: str | None
    name: str
    tokens: tuple[Part, ...]
    family: str | None = None
    params_b: float | None = None
    active_params_b: float | None = None
    experts: int | None = None
    moe: bool = False
    variant: str | None = None
    quant: Quant | None = None
    format: str | None = None
    tasks: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ("text",)
    distilled_from: str | None = None
    context_k: float | None = None
    size_tier: str | None = None
    precision: str | None = None  # "fp16" / "bf16" / "fp32" when the name states it
    unknown: tuple[str, ...] = ()

    @property
    def parts(self) -> tuple[Part, ...]:
        return tuple(p for p in self.tokens if p.kind != "sep")

    @property
    def repo_id(self) -> str | None:
        return f"{self.org}/{self.name}" if self.org else None


_NO_MEANING: Text = ("", "")
_NO_DATA: Mapping[str, Any] = MappingProxyType({})
_UNKNOWN_MEANING: Text = ("not a standard naming token", "不是常见的命名片段")

# ---------------------------------------------------------------------------------------------
# Tokenizer
# ---------------------------------------------------------------------------------------------

# GGUF type names, from llama.cpp's ggml type list and quantize tool (Q4_K_M, IQ3_XS, Q4_0,
# TQ1_0, MXFP4 …), plus Unsloth's _XL.
_GGUF_TYPE = r"(?:I?Q[1-8]_(?:K_(?:XXL|XL|L|M|S)|K|[01]|NL|XXS|XS|S|M|L)|TQ[12]_0|MXFP4_MOE)"
# Spellings that contain separators but are one token: GGUF types, 1_6b, 4_65bpw, 7b_1.
_PROTECTED = rf"(?:{_GGUF_TYPE}|\d+_\d+(?:[bm]|bpw)|\d+_\d+b\d*)"
# A word: letters/digits (any script), with dots kept only between two digits.
# ([^\W_] is str.isalnum(): a letter or digit in any script.)
_WORD = r"[^\W_]+(?:(?<=\d)\.(?=\d)[^\W_]+)*"
# Runs of anything but letters and digits. Every protected spelling contains an underscore, so
# a name without one is cut by a C-level split on these runs (then "2" "." "5" is joined back
# into "2.5"); the full pattern is compiled only when a name needs it (compiling costs more than
# decoding).
_SEPARATOR_RUNS = re.compile(r"([\W_]+)")


@lru_cache(maxsize=1)
def _piece() -> re.Pattern[str]:
    """One pass: a protected spelling standing alone, else a word, else a run of separators."""
    return re.compile(rf"(?P<p>(?<![^\W_]){_PROTECTED}(?![^\W_]))|(?P<w>{_WORD})|(?P<s>[\W_]+)", re.IGNORECASE)


def tokenize(text: str) -> list[tuple[str, int, bool]]:
    """Split into (text, start, is_word) pieces whose texts join back to ``text`` exactly."""
    if "_" in text:
        return [(m.group(), m.start(), m.lastgroup != "s") for m in _piece().finditer(text)]
    # The same pieces as _piece() gives (a test checks): words and separator runs alternate.
    pieces = _SEPARATOR_RUNS.split(text)
    out: list[tuple[str, int, bool]] = []
    start = 0
    word = pieces[0]
    for i in range(1, len(pieces), 2):
        sep, following = pieces[i], pieces[i + 1]
        if sep == "." and word[-1:].isdecimal() and following[:1].isdecimal():
            word = f"{word}.{following}"  # a dot between two digits belongs to the word
            continue
        if word:
            out.append((word, start, True))
            start += len(word)
        out.append((sep, start, False))
        start += len(sep)
        word = following
    if word:
        out.append((word, start, True))
    return out


# ---------------------------------------------------------------------------------------------
# Token classification
# ---------------------------------------------------------------------------------------------


class _Tok:
    """A word being decoded: what it means on its own, which ``_resolve`` may revise in context."""

    __slots__ = ("data", "familyish", "flags", "kind", "low", "meaning", "start", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        # the cached mapping is shared and read-only: context rules replace a token's data, never edit it
        self.kind, self.data, self.meaning, self.familyish, self.low, self.flags = _word(text)


def _num(s: str) -> float:
    return float(s.replace("_", "."))


def _fmt(x: float) -> str:
    return f"{x:g}"


def _count_words(value_b: float) -> Text:
    if value_b >= 1000:
        return (f"{_fmt(value_b / 1000)} trillion", f"{_fmt(value_b / 1000)} 万亿")
    if value_b >= 1:
        return (f"{_fmt(value_b)} billion", f"{_fmt(value_b * 10)} 亿")
    return (f"{_fmt(round(value_b * 1000, 3))} million", f"{_fmt(round(value_b * 100, 4))} 亿")


def _params_meaning(value_b: float) -> Text:
    en, zh = _count_words(value_b)
    return (f"{en} parameters", f"{zh}参数")


# Words with a fixed meaning. kind, data, english, chinese, familyish.
if TYPE_CHECKING:
    _L = dict[str, tuple[str, dict[str, Any], str, str, bool]]
# fmt: off
_LEXICON: _L = {
    # variants
    "base": ("variant", {"variant": "base"}, "Base: the pretrained model before instruction tuning; it continues text rather than answering", "Base：未经指令微调的预训练模型，只会续写文本而不会作答", False),
    "pt": ("variant", {"variant": "base"}, "pt = pretrained (Google's word for Base)", "pt = 预训练（谷歌对 Base 的叫法）", False),
    "pretrained": ("variant", {"variant": "base"}, "pretrained base model", "预训练基座模型", False),
    "chat": ("variant", {"variant": "chat"}, "Chat: tuned for multi-turn conversation", "Chat：针对多轮对话微调", False),
    "instruct": ("variant", {"variant": "instruct"}, "Instruct: tuned to follow instructions (ready for chat)", "Instruct：经过指令微调，可直接对话", False),
    "it": ("variant", {"variant": "instruct"}, "it = instruction-tuned (Google's word for Instruct)", "it = 指令微调（谷歌对 Instruct 的叫法）", False),
    "inst": ("variant", {"variant": "instruct"}, "Inst = Instruct: tuned to follow instructions", "Inst = Instruct：指令微调版", False),
    # quantisation methods and formats
    "awq": ("quant", {"method": "awq", "bits": 4}, "AWQ: activation-aware 4-bit weight quantisation (GPU, vLLM/transformers)", "AWQ：激活感知的 4 比特权重量化（GPU，vLLM/transformers）", False),
    "gptq": ("quant", {"method": "gptq", "bits": 4}, "GPTQ: post-training weight quantisation, 4-bit unless stated (GPU)", "GPTQ：训练后权重量化，未注明时为 4 比特（GPU）", False),
    "bnb": ("quant", {"method": "bnb"}, "bnb = bitsandbytes quantisation, loaded by transformers on NVIDIA GPUs (QLoRA)", "bnb = bitsandbytes 量化，由 transformers 在 NVIDIA GPU 上加载（QLoRA 常用）", False),
    "nf4": ("quant", {"method": "bnb", "bits": 4, "type": "NF4"}, "NF4: 4-bit NormalFloat (bitsandbytes, QLoRA)", "NF4：4 比特 NormalFloat（bitsandbytes，QLoRA）", False),
    "unsloth": ("quant", {"unsloth": True}, "Unsloth: quantised by Unsloth (dynamic: sensitive layers kept in higher precision)", "Unsloth：由 Unsloth 量化（动态量化：敏感层保留更高精度）", False),
    "ud": ("quant", {"unsloth": True}, "UD = Unsloth Dynamic quantisation (per-layer bit widths)", "UD = Unsloth 动态量化（逐层选择比特数）", False),
    "dynamic": ("quant", {}, "dynamic: activation scales computed at run time", "dynamic：运行时动态计算激活缩放", False),
    "fp8": ("quant", {"method": "fp8", "bits": 8}, "FP8: 8-bit floating-point weights (Ada/Hopper GPUs for full speed)", "FP8：8 比特浮点权重（Ada/Hopper GPU 可全速运行）", False),
    "fp4": ("quant", {"method": "fp4", "bits": 4}, "FP4: 4-bit floating-point weights (Blackwell GPUs)", "FP4：4 比特浮点权重（Blackwell GPU）", False),
    "nvfp4": ("quant", {"method": "fp4", "bits": 4, "type": "NVFP4"}, "NVFP4: NVIDIA 4-bit floating point (Blackwell GPUs)", "NVFP4：NVIDIA 4 比特浮点（Blackwell GPU）", False),
    "mxfp4": ("quant", {"method": "mxfp4", "bits": 4.25, "type": "MXFP4"}, "MXFP4: OCP microscaling 4-bit floating point", "MXFP4：OCP 微缩放 4 比特浮点", False),
    "hqq": ("quant", {"method": "hqq"}, "HQQ: half-quadratic quantisation", "HQQ：半二次量化", False),
    "aqlm": ("quant", {"method": "aqlm", "bits": 2}, "AQLM: additive (codebook) quantisation, ~2-bit", "AQLM：加性码本量化，约 2 比特", False),
    "eetq": ("quant", {"method": "eetq", "bits": 8}, "EETQ: 8-bit weight-only quantisation", "EETQ：8 比特仅权重量化", False),
    "i1": ("quant", {}, "i1: weighted/imatrix quants (mradermacher's label)", "i1：带重要性矩阵的量化（mradermacher 的标记）", False),
    "imatrix": ("quant", {}, "imatrix: quantised with an importance matrix (better low-bit quality)", "imatrix：使用重要性矩阵量化（低比特质量更好）", False),
    "qat": ("quant", {"qat": True}, "QAT: quantisation-aware training (less quality loss at low bits)", "QAT：量化感知训练（低比特下损失更小）", False),
    "marlin": ("quant", {}, "Marlin: fast GPU kernel layout for 4-bit weights", "Marlin：面向 4 比特权重的快速 GPU 内核布局", False),
    "autoround": ("quant", {"method": "autoround", "bits": 4}, "AutoRound: Intel's sign-gradient weight rounding", "AutoRound：英特尔的符号梯度权重取整量化", False),
    "gguf": ("format", {"format": "gguf", "method": "gguf"}, "GGUF: llama.cpp's single-file format (ollama, LM Studio; CPU or GPU)", "GGUF：llama.cpp 的单文件格式（ollama、LM Studio；CPU 或 GPU）", False),
    "ggml": ("format", {"format": "ggml", "method": "ggml"}, "GGML: the legacy llama.cpp format, replaced by GGUF in Aug 2023", "GGML：旧版 llama.cpp 格式，2023 年 8 月起被 GGUF 取代", False),
    "mlx": ("format", {"format": "mlx", "method": "mlx"}, "MLX: Apple's array framework; runs on Apple Silicon only", "MLX：苹果的数组框架，仅在 Apple Silicon 上运行", False),
    "exl2": ("format", {"format": "exl2", "method": "exl2"}, "EXL2: ExLlamaV2 format with fractional bits per weight (NVIDIA GPUs)", "EXL2：ExLlamaV2 格式，可用小数比特（NVIDIA GPU）", False),
    "exl3": ("format", {"format": "exl3", "method": "exl3"}, "EXL3: ExLlamaV3 format (NVIDIA GPUs)", "EXL3：ExLlamaV3 格式（NVIDIA GPU）", False),
    "onnx": ("format", {"format": "onnx"}, "ONNX: exported graph for ONNX Runtime", "ONNX：用于 ONNX Runtime 的导出模型", False),
    "openvino": ("format", {"format": "openvino"}, "OpenVINO: Intel's inference format", "OpenVINO：英特尔推理格式", False),
    "ov": ("format", {"format": "openvino"}, "OV = OpenVINO: Intel's inference format", "OV = OpenVINO：英特尔推理格式", False),
    "hf": ("format", {}, "HF: converted to Hugging Face transformers format", "HF：已转换为 Hugging Face transformers 格式", False),
    # precisions
    "fp16": ("precision", {"precision": "fp16"}, "FP16: 16-bit floating point (full precision for inference)", "FP16：16 位浮点（推理的全精度）", False),
    "f16": ("precision", {"precision": "fp16", "gguf_type": "F16"}, "F16: 16-bit floating point", "F16：16 位浮点", False),
    "bf16": ("precision", {"precision": "bf16", "gguf_type": "BF16"}, "BF16: bfloat16, 16-bit (full precision for inference)", "BF16：bfloat16 16 位（推理的全精度）", False),
    "fp32": ("precision", {"precision": "fp32"}, "FP32: 32-bit floating point", "FP32：32 位浮点", False),
    "f32": ("precision", {"precision": "fp32", "gguf_type": "F32"}, "F32: 32-bit floating point", "F32：32 位浮点", False),
    "half": ("precision", {"precision": "fp16"}, "half precision (16-bit)", "半精度（16 位）", False),
    # tasks
    "coder": ("task", {"task": "code"}, "Coder: trained for programming", "Coder：面向编程训练", True),
    "prover": ("task", {"task": "math"}, "Prover: writes formal proofs (Lean)", "Prover：生成形式化证明（Lean）", True),
    "embedding": ("task", {"task": "embedding"}, "Embedding: turns text into vectors for search/RAG", "Embedding：把文本变成向量，用于检索/RAG", False),
    "embeddings": ("task", {"task": "embedding"}, "Embedding: turns text into vectors for search/RAG", "Embedding：把文本变成向量，用于检索/RAG", False),
    "embed": ("task", {"task": "embedding"}, "Embed: turns text into vectors for search/RAG", "Embed：把文本变成向量，用于检索/RAG", True),
    "sentence": ("task", {"task": "embedding"}, "sentence (embedding): one vector per sentence", "sentence（句向量）：每个句子一个向量", False),
    "reranker": ("task", {"task": "rerank"}, "Reranker: scores query–document pairs to reorder search results", "Reranker：为查询-文档对打分以重排检索结果", False),
    "rerank": ("task", {"task": "rerank"}, "Rerank: scores query–document pairs to reorder search results", "Rerank：为查询-文档对打分以重排检索结果", False),
    "asr": ("task", {"task": "asr"}, "ASR: speech recognition (audio to text)", "ASR：语音识别（音频转文字）", False),
    "speech": ("task", {"modality": "audio", "ms_domain": True, "speechy": True}, "speech: works with spoken audio", "speech：处理语音音频", False),
    "diffusion": ("task", {"task": "image-generation"}, "diffusion: an image generation model", "diffusion：扩散式图像生成模型", True),
    "sdxl": ("task", {"task": "image-generation"}, "SDXL: Stable Diffusion XL image generation", "SDXL：Stable Diffusion XL 图像生成", True),
    "tools": ("task", {"task": "tools"}, "tools: trained for tool/function calling", "tools：针对工具/函数调用训练", False),
    "tool": ("task", {"task": "tools"}, "tool: trained for tool/function calling", "tool：针对工具/函数调用训练", False),
    "function": ("task", {"task": "tools"}, "function (calling): trained to call tools", "function（调用）：针对函数调用训练", False),
    "functionary": ("task", {"task": "tools"}, "Functionary: a function-calling model", "Functionary：函数调用模型", True),
    "fim": ("task", {"task": "fim"}, "FIM: fill-in-the-middle code completion", "FIM：中间填充式代码补全", False),
    "thinking": ("task", {"task": "reasoning"}, "Thinking: writes out its reasoning before answering", "Thinking：先输出思考过程再作答", False),
    "reasoning": ("task", {"task": "reasoning"}, "Reasoning: trained to reason step by step", "Reasoning：针对逐步推理训练", False),
    "r1": ("task", {"task": "reasoning"}, "R1: DeepSeek's reasoning model line (long chain of thought)", "R1：DeepSeek 的推理模型系列（长思维链）", True),
    "qwq": ("task", {"task": "reasoning"}, "QwQ: Qwen's reasoning model", "QwQ：通义千问的推理模型", True),
    "guard": ("task", {"task": "chat", "safety": True}, "Guard: a safety classifier for prompts and replies", "Guard：用于提示和回复的安全分类模型", True),
    # modalities
    "vl": ("modality", {"modality": "image", "task": "vision"}, "VL = vision-language: reads images as well as text", "VL = 视觉-语言：能读图也能读文字", True),
    "vlm": ("modality", {"modality": "image", "task": "vision"}, "VLM = vision-language model", "VLM = 视觉语言模型", True),
    "vision": ("modality", {"modality": "image", "task": "vision"}, "Vision: accepts images as input", "Vision：可输入图像", True),
    "visual": ("modality", {"modality": "image", "task": "vision"}, "Visual: accepts images as input", "Visual：可输入图像", True),
    "audio": ("modality", {"modality": "audio", "speechy": True}, "Audio: accepts audio as input", "Audio：可输入音频", True),
    "omni": ("modality", {"modality": "omni", "task": "vision"}, "Omni: text, images, audio and video in one model", "Omni：一个模型处理文字、图像、音频和视频", True),
    "video": ("modality", {"modality": "video", "task": "video"}, "Video: works with video", "Video：处理视频", True),
    "image": ("modality", {"modality": "image"}, "Image: works with images", "Image：处理图像", False),
    "multimodal": ("modality", {"modality": "image", "task": "vision"}, "multimodal: text plus other inputs", "多模态：文字加其他输入", False),
    # MoE
    "moe": ("moe", {"moe": True}, "MoE = mixture of experts: only some weights work on each token", "MoE = 混合专家：每个 token 只用到部分权重", True),
    # size tiers
    "nano": ("size_tier", {"tier": "tiny"}, "Nano: the smallest size in its family", "Nano：该系列最小尺寸", False),
    "micro": ("size_tier", {"tier": "tiny"}, "Micro: a very small size in its family", "Micro：该系列极小尺寸", False),
    "tiny": ("size_tier", {"tier": "tiny"}, "Tiny: the smallest size tier", "Tiny：最小尺寸档", False),
    "mini": ("size_tier", {"tier": "mini"}, "Mini: a small size in its family", "Mini：该系列的小尺寸", False),
    "small": ("size_tier", {"tier": "small"}, "Small: a small size in its family", "Small：该系列的较小尺寸", False),
    "lite": ("size_tier", {"tier": "small"}, "Lite: a lighter, smaller version", "Lite：更轻量的小版本", False),
    "medium": ("size_tier", {"tier": "medium"}, "Medium: the middle size in its family", "Medium：该系列的中等尺寸", False),
    "large": ("size_tier", {"tier": "large"}, "Large: a large size in its family", "Large：该系列的大尺寸", False),
    # OpenAI's legacy GPT-3 names: ada < babbage < curie < davinci (OpenAI model index, 2022)
    "ada": ("size_tier", {"tier": "small"}, "ada: OpenAI's smallest GPT-3 size (small)", "ada：OpenAI 最小的 GPT-3 尺寸（small）", True),
    "babbage": ("size_tier", {"tier": "medium"}, "babbage: OpenAI's second GPT-3 size (medium)", "babbage：OpenAI 第二档 GPT-3 尺寸（medium）", True),
    "curie": ("size_tier", {"tier": "large"}, "curie: OpenAI's third GPT-3 size (large)", "curie：OpenAI 第三档 GPT-3 尺寸（large）", True),
    "davinci": ("size_tier", {"tier": "xl"}, "davinci: OpenAI's largest GPT-3 size (xl)", "davinci：OpenAI 最大的 GPT-3 尺寸（xl）", True),
    # alignment / training
    "sft": ("alignment", {}, "SFT: supervised fine-tuning on example answers", "SFT：用示例答案做监督微调", False),
    "rlhf": ("alignment", {}, "RLHF: reinforcement learning from human feedback", "RLHF：基于人类反馈的强化学习", False),
    "rl": ("alignment", {}, "RL: further trained with reinforcement learning", "RL：经强化学习继续训练", False),
    "orpo": ("alignment", {}, "ORPO: odds-ratio preference optimisation", "ORPO：比值比偏好优化", False),
    "kto": ("alignment", {}, "KTO: Kahneman-Tversky preference optimisation", "KTO：Kahneman-Tversky 偏好优化", False),
    "ppo": ("alignment", {}, "PPO: proximal policy optimisation (RLHF)", "PPO：近端策略优化（RLHF）", False),
    "grpo": ("alignment", {}, "GRPO: group relative policy optimisation", "GRPO：组相对策略优化", False),
    "simpo": ("alignment", {}, "SimPO: simple preference optimisation", "SimPO：简单偏好优化", False),
    "abliterated": ("alignment", {}, "abliterated: refusal behaviour removed by editing weights", "abliterated：通过修改权重去除了拒答行为", False),
    "uncensored": ("alignment", {}, "uncensored: fine-tuned to refuse less", "uncensored：微调后更少拒答", False),
    "distill": ("distill", {}, "Distill: trained on a larger teacher model's outputs", "Distill：用更大的教师模型的输出训练", False),
    "distilled": ("distill", {}, "distilled from a larger teacher model", "由更大的教师模型蒸馏而来", False),
    # release stages
    # merges and adapters
    "merged": ("merge", {}, "merged: weights combined from several models or an adapter", "merged：权重由多个模型或适配器合并而来", False),
    "lora": ("adapter", {}, "LoRA: a small adapter to load on top of a base model", "LoRA：需加载在基座模型上的小型适配器", False),
    "qlora": ("adapter", {}, "QLoRA: adapter trained on a 4-bit base", "QLoRA：在 4 比特基座上训练的适配器", False),
    "adapter": ("adapter", {}, "adapter weights (not a full model)", "适配器权重（不是完整模型）", False),
    "peft": ("adapter", {}, "PEFT adapter (not a full model)", "PEFT 适配器（不是完整模型）", False),
    # languages and tokenizer casing
    "uncased": ("tokenizer", {}, "uncased: lower-cases all input", "uncased：输入统一转为小写", False),
    "nat": ("arch", {}, "NAT: non-autoregressive transformer (decodes all tokens at once)", "NAT：非自回归 Transformer（一次解码全部 token）", False),
    "common": ("data", {}, "common: general-domain training data", "common：通用领域训练数据", False),
    "vit": ("arch", {"modality": "image"}, "ViT: vision transformer image encoder", "ViT：视觉 Transformer 图像编码器", True),
    # ModelScope's <domain>_<model>_<task>_<language>-<size> naming
    "nlp": ("domain", {"ms_domain": True}, "nlp: ModelScope domain prefix for language models", "nlp：ModelScope 自然语言领域前缀", False),
    "cv": ("domain", {"ms_domain": True, "modality": "image"}, "cv: ModelScope domain prefix for vision models", "cv：ModelScope 视觉领域前缀", False),
    "multi": ("domain", {"ms_domain": True}, "multi(-modal): ModelScope domain prefix", "multi（-modal）：ModelScope 多模态领域前缀", False),
    # restored entries
    "quantized": ("quant", {}, "quantised weights", "量化后的权重", False),
    "quantised": ("quant", {}, "quantised weights", "量化后的权重", False),
    "quant": ("quant", {}, "quantised weights", "量化后的权重", False),
    "quantize": ("quant", {}, "quantised weights", "量化后的权重", False),
    "safetensors": ("format", {}, "safetensors weight files", "safetensors 权重文件", False),
    "pytorch": ("framework", {}, "PyTorch checkpoint", "PyTorch 权重", False),
    "tensorflow": ("framework", {}, "TensorFlow checkpoint", "TensorFlow 权重", False),
    "code": ("task", {"task": "code"}, "Code: trained for programming", "Code：面向编程训练", True),
    "math": ("task", {"task": "math"}, "Math: trained for mathematics", "Math：面向数学训练", True),
    "stt": ("task", {"task": "asr"}, "STT: speech to text", "STT：语音转文字", False),
    "tts": ("task", {"task": "tts"}, "TTS: text to speech", "TTS：文字转语音", True),
    "ocr": ("task", {"task": "vision"}, "OCR: reads text in images", "OCR：识别图片中的文字", True),
    "t2i": ("task", {"task": "image-generation"}, "T2I: text to image", "T2I：文生图", False),
    "t2v": ("task", {"task": "video"}, "T2V: text to video", "T2V：文生视频", False),
    "i2v": ("task", {"task": "video"}, "I2V: image to video", "I2V：图生视频", False),
    "ti2v": ("task", {"task": "video"}, "TI2V: text/image to video", "TI2V：文/图生视频", False),
    "fc": ("task", {"task": "tools"}, "FC = function calling", "FC = 函数调用", False),
    "translate": ("task", {"task": "chat"}, "translation", "翻译", False),
    "mt": ("task", {"task": "chat"}, "MT = machine translation", "MT = 机器翻译", True),
    "xl": ("size_tier", {"tier": "xl"}, "XL: extra large size tier", "XL：特大尺寸档", False),
    "xxl": ("size_tier", {"tier": "xxl"}, "XXL: the largest size tier", "XXL：最大尺寸档", False),
    "dpo": ("alignment", {}, "DPO: direct preference optimisation", "DPO：直接偏好优化", False),
    "preview": ("release", {}, "preview release", "预览版", False),
    "exp": ("release", {}, "experimental release", "实验版", False),
    "experimental": ("release", {}, "experimental release", "实验版", False),
    "beta": ("release", {}, "beta release", "测试版", False),
    "alpha": ("release", {}, "alpha release", "早期测试版", False),
    "latest": ("release", {}, "latest release", "最新版", False),
    "final": ("release", {}, "final release", "正式版", False),
    "turbo": ("release", {}, "Turbo: a faster, cheaper version", "Turbo：更快、更省的版本", True),
    "merge": ("merge", {}, "merge of several models", "多个模型的合并", False),
    "slerp": ("merge", {}, "SLERP merge of two models", "两个模型的 SLERP 合并", False),
    "en": ("language", {}, "English", "英语", False),
    "english": ("language", {}, "English", "英语", False),
    "zh": ("language", {}, "Chinese", "中文", False),
    "cn": ("language", {}, "Chinese (China)", "中文（中国）", False),
    "chinese": ("language", {}, "Chinese", "中文", False),
    "multilingual": ("language", {}, "many languages", "多语言", False),
    "ja": ("language", {}, "Japanese", "日语", False),
    "ko": ("language", {}, "Korean", "韩语", False),
    "cased": ("tokenizer", {}, "cased: keeps upper/lower case", "cased：区分大小写", False),
    "of": ("shard", {}, "of (a split file's part count follows)", "共（后面是分片总数）", False),
    "deduped": ("data", {}, "trained on the deduplicated dataset", "在去重后的数据集上训练", False),
    "modal": ("domain", {}, "(multi-)modal", "（多）模态", False),
}
# fmt: on
# ModelScope's speech domain prefix doubles as an audio marker.
_LEXICON["speech"] = (
    "task",
    {"modality": "audio", "ms_domain": True, "speechy": True},
    "speech: works with spoken audio",
    "speech：处理语音音频",
    False,
)
_LEXICON["audio"] = (
    "modality",
    {"modality": "audio", "speechy": True},
    "Audio: accepts audio as input",
    "Audio：可输入音频",
    True,
)

# Families whose name implies a task (and, for speech, that "16k" is a sample rate).
_FAMILY_TASKS: dict[str, tuple[str, ...]] = {
    "whisper": ("asr",),
    "paraformer": ("asr",),
    "sensevoice": ("asr",),
    "sensevoicesmall": ("asr",),
    "wav2vec2": ("asr",),
    "parakeet": ("asr",),
    "cosyvoice": ("tts",),
    "cosyvoice2": ("tts",),
    "chattts": ("tts",),
    "bark": ("tts",),
    "kokoro": ("tts",),
    "xtts": ("tts",),
    "f5": ("tts",),
    "fish": ("tts",),
    "bge": ("embedding",),
    "gte": ("embedding",),
    "e5": ("embedding",),
    "jina": ("embedding",),
    "minilm": ("embedding",),
    "mpnet": ("embedding",),
    "text2vec": ("embedding",),
    "m3e": ("embedding",),
    "bce": ("embedding",),
    "nomic": ("embedding",),
    "stella": ("embedding",),
    "flux": ("image-generation",),
    "sd": ("image-generation",),
    "llava": ("vision",),
    "internvl": ("vision",),
    "internvl2": ("vision",),
    "internvl3": ("vision",),
    "pixtral": ("vision",),
    "clip": ("embedding",),
    "siglip": ("embedding",),
    "stable": (),
    "wan2": ("video",),
    "hunyuanvideo": ("video",),
    "starcoder": ("code",),
    "starcoder2": ("code",),
    "codellama": ("code",),
    "codegemma": ("code",),
    "codestral": ("code",),
    "codeqwen1": ("code",),
    "deepseekcoder": ("code",),
    "qwq": ("reasoning",),
    "chatglm": ("chat",),
    "chatglm2": ("chat",),
    "chatglm3": ("chat",),
}
_SPEECH_FAMILIES = {k for k, v in _FAMILY_TASKS.items() if set(v) & {"asr", "tts"}}
# Encoder-style families whose sizes are named base/large (bert-base, t5-large, bge-base).
_TIERED_FAMILIES = {
    "bert",
    "roberta",
    "xlm",
    "deberta",
    "electra",
    "albert",
    "distilbert",
    "t5",
    "flan",
    "mt5",
    "bart",
    "mbart",
    "bge",
    "e5",
    "gte",
    "vit",
    "clip",
    "siglip",
    "whisper",
    "wav2vec2",
    "ernie",
    "corom",
    "structbert",
    "longformer",
    "pegasus",
    "marian",
    "ul2",
    "byt5",
    "umt5",
    "stella",
    "jina",
    "nomic",
    "mpnet",
    "minilm",
    "paraformer",
    "sentence",
    "text2vec",
    "m3e",
    "convbert",
}


# Pattern rules: (first characters, regex, handler). The handler returns (kind, data, english,
# chinese). The first characters are the lower-case ASCII ones a match can begin with: a token
# starting with any other ASCII character skips the rule without running (or compiling) it.
if TYPE_CHECKING:
    _Rule = tuple[str, str, Callable[["re.Match[str]"], tuple[str, dict[str, Any], str, str]]]
_DIGITS = "0123456789"


def _params(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    value = _num(m.group(1))
    unit = m.group(2).lower()
    value_b = value / 1000 if unit == "m" else value * 1000 if unit == "t" else value
    en, zh = _params_meaning(value_b)
    return "params", {"params_b": value_b, "unit": unit, "raw": value}, en, zh


def _params_bloom(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    # BLOOM writes 7.1B as "7b1" (bigscience/bloom-7b1).
    value_b = float(f"{m.group(1)}.{m.group(2)}")
    en, zh = _params_meaning(value_b)
    return (
        "params",
        {"params_b": value_b, "unit": "b"},
        en + f" (written {m.group()})",
        zh + f"（写作 {m.group()}）",
    )


def _experts_x(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    n = int(m.group(1))
    each = _num(m.group(2)) / (1000 if m.group(3).lower() == "m" else 1)
    return (
        "experts",
        {"experts": n, "expert_b": each, "moe": True},
        f"{n} experts of ~{_fmt(each)}B each (mixture of experts; shared layers make the total less than {n}×{_fmt(each)})",
        f"{n} 个约 {_fmt(each)}B 的专家（混合专家；共享层使总量小于 {n}×{_fmt(each)}）",
    )


def _active(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    value = _num(m.group(1))
    return (
        "active_params",
        {"active_b": value, "moe": True},
        f"{_fmt(value)}B parameters active per token (mixture of experts)",
        f"每个 token 激活 {_fmt(value)}B 参数（混合专家）",
    )


def _effective(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    value = _num(m.group(1))
    return (
        "params",
        {"params_b": value, "effective": True},
        f"effective {_fmt(value)}B parameters (Gemma 3n style: runs with the memory of a {_fmt(value)}B model; more raw parameters)",
        f"等效 {_fmt(value)}B 参数（Gemma 3n 写法：以 {_fmt(value)}B 模型的内存运行，原始参数更多）",
    )


def _experts_n(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    n = int(m.group(1))
    return (
        "experts",
        {"experts": n, "moe": True},
        f"{n} experts (mixture of experts)",
        f"{n} 个专家（混合专家）",
    )


def _context(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    value = int(m.group(1))
    # "128k" = 128 × 1024 = 131072 tokens, as model cards use it.
    return (
        "context",
        {"context_k": float(value)},
        f"{value}k-token context window",
        f"{value}k token 上下文窗口",
    )


def _bits(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    bits = int(m.group(1))
    return "quant", {"bits": bits}, f"{bits}-bit weights", f"{bits} 比特权重"


def _int_bits(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    bits = int(m.group(1))
    return (
        "quant",
        {"bits": bits, "int": True},
        f"Int{bits}: {bits}-bit integer weights",
        f"Int{bits}：{bits} 比特整数权重",
    )


def _wa(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    w, a = int(m.group(1)), int(m.group(2))
    return (
        "quant",
        {"bits": w, "wa": f"W{w}A{a}"},
        f"W{w}A{a}: {w}-bit weights, {a}-bit activations",
        f"W{w}A{a}：{w} 比特权重，{a} 比特激活",
    )


def _bpw(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    bits = _num(m.group(1))
    return (
        "quant",
        {"bits": bits, "bpw": True},
        f"{_fmt(bits)} bits per weight (EXL2)",
        f"每个权重 {_fmt(bits)} 比特（EXL2）",
    )


def _gguf_type(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    t = m.group().upper()
    bits = int(re.search(r"\d", t).group()) if re.search(r"\d", t) else None  # type: ignore[union-attr]
    if t.startswith("IQ"):
        en = f"{t}: llama.cpp importance-matrix {bits}-bit quant type (GGUF)"
        zh = f"{t}：llama.cpp 重要性矩阵 {bits} 比特量化类型（GGUF）"
    elif "_K" in t:
        size = {"S": "small", "M": "medium", "L": "large", "XL": "extra large"}.get(t.rsplit("_", 1)[-1], "")
        en = f"{t}: llama.cpp {bits}-bit k-quant{', ' + size + ' mix' if size else ''} (GGUF)"
        zh = f"{t}：llama.cpp {bits} 比特 k-quant{('，' + size + ' 混合') if size else ''}（GGUF）"
    else:
        en = f"{t}: llama.cpp {bits}-bit quant type (GGUF)"
        zh = f"{t}：llama.cpp {bits} 比特量化类型（GGUF）"
    return "quant", {"gguf_type": t, "bits": bits}, en, zh


def _layers(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    n = int(m.group(1))
    return "layers", {}, f"{n} layers", f"{n} 层"


def _version(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    return "version", {}, f"version {m.group()}", f"版本 {m.group()}"


def _yymm(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    year, month = int(m.group(1)), int(m.group(2))
    return (
        "date",
        {},
        f"release date 20{year:02d}-{month:02d}",
        f"发布日期 20{year:02d} 年 {month} 月",
    )


def _mmdd(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    month, day = int(m.group(1)), int(m.group(2))
    return (
        "date",
        {},
        f"release date: {month:02d}-{day:02d} (month-day)",
        f"发布日期：{month} 月 {day} 日",
    )


def _yyyymmdd(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    return (
        "date",
        {},
        f"date {m.group(1)}-{m.group(2)}-{m.group(3)}",
        f"日期 {m.group(1)}-{m.group(2)}-{m.group(3)}",
    )


def _year(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    return "date", {}, f"year {m.group()}", f"{m.group()} 年"


def _vocab(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    return "vocab", {}, f"vocabulary of {m.group(1)} tokens", f"{m.group(1)} 个词的词表"


def _kq(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    bits = int(m.group(1))
    return (
        "quant",
        {"bits": bits, "gguf": True},
        f"KQ{bits}: {bits}-bit k-quant (ggml file-naming convention)",
        f"KQ{bits}：{bits} 比特 k-quant（ggml 文件命名约定）",
    )


def _head_bits(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    return (
        "quant",
        {},
        f"h{m.group(1)}: output head kept at {m.group(1)} bits (EXL2)",
        f"h{m.group(1)}：输出头保留 {m.group(1)} 比特（EXL2）",
    )


def _patch(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    return (
        "arch",
        {"modality": "image"},
        f"images cut into {m.group(1)}×{m.group(1)}-pixel patches (vision transformer)",
        f"图像切成 {m.group(1)}×{m.group(1)} 像素块（视觉 Transformer）",
    )


def _resolution(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    return "arch", {}, f"{m.group(1)}p output resolution", f"{m.group(1)}p 输出分辨率"


def _hours(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    return "data", {}, f"trained on {m.group(1)} hours of audio", f"用 {m.group(1)} 小时音频训练"


def _shard(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    return (
        "shard",
        {},
        f"file part {int(m.group())} of a split model",
        f"分片文件第 {int(m.group())} 部分",
    )


def _long(m: re.Match[str]) -> tuple[str, dict[str, Any], str, str]:
    return "context", {}, "Long: extended context window", "Long：扩展的上下文窗口"


_RULES: list[_Rule] = [
    ("iqtm", _GGUF_TYPE, _gguf_type),
    (_DIGITS, r"(\d+(?:[._]\d+)?)([bmt])", _params),
    (_DIGITS, r"(\d+)b(\d)", _params_bloom),
    (_DIGITS, r"(\d+)x(\d+(?:\.\d+)?)([bm])", _experts_x),
    ("a", r"a(\d+(?:\.\d+)?)b", _active),
    ("e", r"e(\d+(?:\.\d+)?)b", _effective),
    (_DIGITS, r"(\d+)e", _experts_n),
    (_DIGITS, r"(\d+)k", _context),
    (_DIGITS, r"(\d+)bits?", _bits),
    ("i", r"int(\d+)", _int_bits),
    ("q", r"q(\d)", _bits),
    ("w", r"w(\d+)a(\d+)", _wa),
    (_DIGITS, r"(\d+(?:[._]\d+)?)bpw", _bpw),
    ("l", r"l(\d+)", _layers),
    ("v", r"v\d+(?:\.\d+)*[a-z]?", _version),
    ("2", r"(2[2-6])(0[1-9]|1[0-2])", _yymm),
    ("01", r"(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", _mmdd),
    ("2", r"(20[12]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", _yyyymmdd),
    ("2", r"20[12]\d", _year),
    ("v", r"vocab(\d+)", _vocab),
    ("k", r"kq(\d)", _kq),
    ("h", r"h(\d)", _head_bits),
    ("p", r"patch(\d+)", _patch),
    (_DIGITS, r"(\d{3,4})p", _resolution),
    (_DIGITS, r"(\d+)h", _hours),
    (_DIGITS, r"\d{5}", _shard),
    ("ly", r"long(?:ctx|context)?|yarn", _long),
    (_DIGITS, r"\d+(?:\.\d+)+|\d{1,3}", _version),
]
_COMPILED: dict[str, re.Pattern[str]] = {}


def _rule_pattern(source: str) -> re.Pattern[str]:
    """A rule's regex, compiled the first time a token could match it (most runs need a few)."""
    pattern = _COMPILED.get(source)
    if pattern is None:
        pattern = _COMPILED[source] = re.compile(source, re.IGNORECASE)
    return pattern


_GGUF_BITS_ALIASES = {"F16": 16, "BF16": 16, "F32": 32}


if TYPE_CHECKING:
    _Classified = tuple[str, Mapping[str, Any], Text, bool]


def _classify_text(text: str) -> _Classified | None:
    """What a token means on its own (context comes later, in ``_resolve``)."""
    entry = _LEXICON.get(text.lower())
    if entry is not None:
        kind, data, en, zh, familyish = entry
        return kind, MappingProxyType(data), (en, zh), familyish
    first = text[:1].lower()
    # re.IGNORECASE folds a few non-ASCII letters onto ASCII ones (K, the Kelvin sign, is k):
    # a token that starts with one tries every rule.
    screen = first.isascii()
    for starts, source, handler in _RULES:
        if screen and first not in starts:
            continue
        m = _rule_pattern(source).fullmatch(text)
        if m:
            kind, data, en, zh = handler(m)
            if any(isinstance(v, int | float) and not isinstance(v, bool) and v <= 0 for v in data.values()):
                continue  # "0B", "0x7B", "0bit": a number that cannot be a size is not one
            return kind, MappingProxyType(data), (en, zh), kind == "version"
    return None


# What a word on its own tells _resolve about the rest of the name, as bits of ``_Tok.flags``
# (worked out once per distinct word, so a name's scan is a bitwise or).
_SPEECHY = 1  # a speech or audio word: "16k" in the name is a sample rate
_B_PARAMS = 2  # a size in billions (7B, 8x7B): "1M" in the name is a context length
_PER_EXPERT = 4  # experts × size each (8x7B)
_SIZE_TIER = 8  # Small, Large …
_RETRIEVAL = 16  # an embedding, rerank or speech-recognition word: "base" is then a size
_DISTILL = 32
_IN_CONTEXT = 64  # a word the context rules may revise: base, a context length, an "M" size, a task family
_QUANT = 128  # a quantisation, format or precision word
_EFFECTIVE = 256  # an effective size (Gemma 3n's E4B)

if TYPE_CHECKING:
    _Word = tuple[str, Mapping[str, Any], Text, bool, str, int]


@lru_cache(maxsize=8192)  # words repeat across names (7B, Instruct, GGUF); bounded for hostile input
def _word(text: str) -> _Word:
    """kind, data, meaning, familyish, lower-case text and flags of a word on its own."""
    low = text.lower()
    kind, data, meaning, familyish = _classify_text(text) or ("unknown", _NO_DATA, _NO_MEANING, False)
    flags = 0
    if data.get("speechy"):
        flags |= _SPEECHY
    if kind == "params" and data.get("unit") in ("b", "t"):
        flags |= _B_PARAMS
    elif kind == "params" and data.get("effective"):
        flags |= _EFFECTIVE
    elif kind == "experts" and "expert_b" in data:
        flags |= _B_PARAMS | _PER_EXPERT
    elif kind == "size_tier":
        flags |= _SIZE_TIER
    elif kind == "task" and data.get("task") in ("embedding", "rerank", "asr"):
        flags |= _RETRIEVAL
    elif kind == "distill":
        flags |= _DISTILL
    elif kind in _QUANT_KINDS:
        flags |= _QUANT
    if (
        low == "base"
        or kind == "context"
        or (kind == "params" and data.get("unit") == "m")
        or (kind == "unknown" and low in _FAMILY_TASKS)
    ):
        flags |= _IN_CONTEXT
    return kind, data, meaning, familyish, low, flags


# Kinds that may be part of a family name when they follow its first word.
_FAMILY_CONTINUES = frozenset({"unknown", "version"})
# Kinds that cannot start a family name.
_FAMILY_STOPS = frozenset({"params", "experts", "active_params", "quant", "format", "precision", "variant"})
# Tokens that look like sizes but in the leading family run are product names ("Kimi-K2").


def decode(text: str) -> Decoded:
    """Decode a repo id (``org/name``), a bare name, or an ollama tag. Never raises."""
    try:
        return _decode(text)
    except Exception:  # pragma: no cover - a safety net; the property tests hunt for these
        sep = Part(text, "unknown", ("could not be decoded", "无法解析"), 0)
        return Decoded(input=text, org=None, name=text, tokens=(sep,), unknown=(text,))


def _split_org(text: str) -> tuple[str | None, str, int]:
    """Split ``org/name`` at the last slash; ``hf.co/org/name`` keeps ``hf.co/org`` as org."""
    cut = text.rfind("/")
    if cut <= 0 or cut == len(text) - 1:
        return None, text, 0
    return text[:cut], text[cut + 1 :], cut + 1


_new_tuple = tuple.__new__  # builds a Part without a Python-level __new__ call (a name makes ~10)


@lru_cache(maxsize=1024)  # publishers recur far more than names do; bounded for hostile input
def _org_part(org: str) -> Part:
    return Part(org, "org", (f"published by {org}", f"发布者 {org}"), 0)


def _decode(text: str) -> Decoded:
    org, name, offset = _split_org(text)
    tokens: list[Part] = (
        [] if org is None else [_org_part(org), _new_tuple(Part, ("/", "sep", _NO_MEANING, offset - 1))]
    )

    # Words become _Toks (revised in context below); separators are final Parts already.
    layout: list[_Tok | Part] = []
    toks: list[_Tok] = []
    flags = 0
    for piece, start, is_word in tokenize(name):
        if is_word:
            t = _Tok(piece, start + offset)
            flags |= t.flags
            toks.append(t)
            layout.append(t)
        else:
            layout.append(_new_tuple(Part, (piece, "sep", _NO_MEANING, start + offset)))
    fields = _resolve(text, toks, org, flags)
    for x in layout:
        tokens.append(_new_tuple(Part, (x.text, x.kind, x.meaning, x.start)) if isinstance(x, _Tok) else x)
    return Decoded._make((text, org, name, tuple(tokens), *fields))


def _resolve(text: str, toks: list[_Tok], org: str | None, flags: int) -> tuple[Any, ...]:
    """Settle context-dependent tokens and assemble the decoded fields.

    ``flags`` is the or of the words' flags: what the context rules ask about the name. Then the
    family run, the context rules (only for the words they may revise) and one pass for the
    fields (a name has a handful of words; this runs for every hub listing).
    """
    distill_at = next(i for i, t in enumerate(toks) if t.kind == "distill") if flags & _DISTILL else None
    speechy = bool(flags & _SPEECHY)
    has_b_params = bool(flags & _B_PARAMS)

    # --- family run: leading unknown/versions/product words, after a ModelScope domain prefix
    ms_domain = bool(toks) and toks[0].data.get("ms_domain", False) and len(toks) > 2
    start = 1 if ms_domain else 0
    if ms_domain and len(toks) > 3 and toks[0].low == "multi" and toks[1].low == "modal":
        toks[1].meaning = (
            "(multi-)modal: ModelScope domain prefix for multimodal models",
            "（多）模态：ModelScope 多模态领域前缀",
        )
        start = 2
    family_idx: list[int] = []

    def run_from(i: int, first_any: bool = True) -> list[int]:
        idx: list[int] = []
        j = i
        while j < len(toks):
            t = toks[j]
            first = j == i
            if (
                (first and first_any and t.kind not in _FAMILY_STOPS)
                or t.kind in _FAMILY_CONTINUES
                or (not first and t.familyish)
            ):
                idx.append(j)
            else:
                break
            if ms_domain and j == i:  # ModelScope: <domain>_<model>_… → model is one word
                break
            j += 1
        return idx

    teacher_idx: list[int] = []
    if distill_at is not None:
        teacher_idx = run_from(start)
        teacher_idx = [i for i in teacher_idx if i < distill_at]
        family_idx = run_from(distill_at + 1) if distill_at + 1 < len(toks) else []
        if not family_idx or (
            toks[family_idx[0]].kind not in ("unknown", "version") and not toks[family_idx[0]].familyish
        ):
            # "nllb-200-distilled-600M": no student named, so the leading words are the family
            family_idx, teacher_idx = teacher_idx, []
    else:
        family_idx = run_from(start)
        if not family_idx:
            # "multilingual-e5-large": the family is the first unclassified word
            first_unknown = next((i for i, t in enumerate(toks) if t.kind == "unknown"), None)
            if first_unknown is not None:
                family_idx = run_from(first_unknown)

    named = set(family_idx)
    named.update(teacher_idx)
    family_words = {toks[i].low for i in named}
    speechy = speechy or not _SPEECH_FAMILIES.isdisjoint(family_words)
    # "base": a size in encoder families, a variant in LLM names
    base_is_size = (
        ms_domain
        or not _TIERED_FAMILIES.isdisjoint(family_words)
        or (not has_b_params and bool(flags & (_RETRIEVAL | _SIZE_TIER)))
    )

    # --- context rules. The family run's unknown words are names; elsewhere only flagged words
    # can change (each rule looks at one word and the facts gathered above, so order is free).
    for i in named:
        t = toks[i]
        # A product word inside the family keeps its own kind (Coder → task) but a number or an
        # unknown word is part of the name.
        if t.kind == "unknown":
            t.kind = "family"
            t.meaning, data = _family_word(t.text)
            if data:
                t.data = data
    for i, t in enumerate(toks) if flags & _IN_CONTEXT else ():
        if i in named or not t.flags & _IN_CONTEXT:
            continue
        low, kind = t.low, t.kind
        if low == "base":
            # "base": a size in encoder families, a variant in LLM names
            if base_is_size:
                t.kind, t.data = "size_tier", {"tier": "base"}
                t.meaning = (
                    "base: the middle size tier of its family (not a variant)",
                    "base：该系列的中等尺寸档（不是版本类型）",
                )
        elif kind == "context":
            if "context_k" in t.data:
                # "16k" in a speech model is the audio sample rate
                if speechy:
                    t.kind, t.data = "audio_rate", {}
                    t.meaning = (f"{t.text[:-1]} kHz audio sample rate", f"{t.text[:-1]} kHz 音频采样率")
            elif low.startswith("long"):
                t.data = {"long": True}
        # "1M" next to a 7B is a one-million-token context, not parameters
        elif kind == "params":
            raw = t.data.get("raw", 0)
            if has_b_params and raw <= 10:
                t.kind, t.data = "context", {"context_k": raw * 1024.0}
                t.meaning = (f"{_fmt(raw)}M-token context window", f"{_fmt(raw)}M token 上下文窗口")
        elif kind == "unknown":
            t.kind = "family"
            t.meaning = (f"model family {t.text}", f"模型系列 {t.text}")
            t.data = {"family_tasks": _FAMILY_TASKS[low]}

    # --- fields: one pass over the settled tokens
    params_tokens: list[_Tok] = []
    experts: int | None = None
    per_expert: tuple[int, float] | None = None  # the first "8x7B": (experts, billions each)
    active_b: float | None = None
    moe = False
    variant = precision = size_tier = None
    context_k: float | None = None
    tasks: list[str] = []
    modalities = {"text"}
    unknown: list[str] = []
    chat_word = False
    for t in toks:
        kind, data = t.kind, t.data
        if kind == "params":
            params_tokens.append(t)
        elif kind == "experts":
            experts = data.get("experts", experts)
            moe = True
            if per_expert is None and experts and "expert_b" in data:
                per_expert = (experts, data["expert_b"])
        elif kind == "active_params":
            moe = True
            if "active_b" in data:
                active_b = data["active_b"]
        elif kind == "moe":
            moe = True
        elif kind == "variant":
            variant = data["variant"]
        elif kind == "precision" and precision is None:
            precision = data["precision"]
        elif kind == "context" and "context_k" in data:
            context_k = data["context_k"]
        elif kind == "size_tier" and size_tier is None:
            size_tier = data["tier"]
        elif kind == "unknown":
            unknown.append(t.text)
            t.meaning = _UNKNOWN_MEANING
        if data:
            for task in data.get("family_tasks", ()):
                _add(tasks, task)
            task = data.get("task")
            if task:
                _add(tasks, task)
                chat_word = chat_word or task == "chat"
            mod = data.get("modality")
            if mod == "omni":
                modalities |= {"image", "audio", "video"}
            elif mod:
                modalities.add(mod)

    # sizes: total, active and experts from the params/experts/active words
    params_b: float | None = None
    if params_tokens:
        values = [t.data["params_b"] for t in params_tokens]
        params_b = max(values)
        if len(set(values)) >= 2:  # "OLMoE-1B-7B": active then total
            smallest = min(values)
            active_b = smallest if active_b is None else active_b
            moe = True
            for t in params_tokens:
                if t.data["params_b"] == smallest:
                    t.kind = "active_params"
                    t.meaning = (
                        f"{_fmt(smallest)}B active per token (the smaller of two sizes)",
                        f"每个 token 激活 {_fmt(smallest)}B（两个尺寸中较小者）",
                    )
    if per_expert is not None and params_b is None:
        # Name-only fallback: experts × expert size over-counts shared layers; the catalog's real
        # total (Mixtral-8x7B: 46.7B) wins when known.
        params_b = round(per_expert[0] * per_expert[1], 2)
    # "Llama-4-Scout-17B-16E": with an expert count, the single B figure is the active size
    if experts and len(params_tokens) == 1 and active_b is None and not flags & (_EFFECTIVE | _PER_EXPERT):
        active_b, params_b = params_b, None
        t0 = params_tokens[0]
        t0.kind = "active_params"
        t0.meaning = (
            f"{_fmt(active_b or 0)}B parameters active per token (Llama 4 naming: active-experts)",
            f"每个 token 激活 {_fmt(active_b or 0)}B 参数（Llama 4 命名：激活参数-专家数）",
        )

    mlx_publisher = _publishes_mlx((org or "").lower())
    if flags & _QUANT or mlx_publisher:
        quant, fmt = _assemble_quant(tuple(t.text for t in toks if t.flags & _QUANT), mlx_publisher)
    else:
        quant = fmt = None
    if "asr" in tasks or "tts" in tasks:
        modalities.add("audio")
    if "image-generation" in tasks or "vision" in tasks:
        modalities.add("image")
    if "video" in tasks:
        modalities.add("video")
    if "rerank" in tasks and "embedding" in tasks:
        tasks.remove("embedding")  # "bge-reranker": the family embeds, this model reranks
    retrieval = "embedding" in tasks or "rerank" in tasks
    if not retrieval and (variant in ("chat", "instruct") or ("reasoning" in tasks and variant != "base")):
        _add(tasks, "chat")
    if variant == "base" and "chat" in tasks and not chat_word:
        tasks.remove("chat")

    # Decoded's fields after ``tokens``, in order (a test checks the order)
    return (
        _join(text, toks, family_idx) if family_idx else None,  # family
        params_b,
        active_b,
        experts,
        moe,
        variant,
        quant,
        fmt,
        tuple(tasks),
        _TEXT_ONLY if len(modalities) == 1 else tuple(m for m in _MODALITIES if m in modalities),
        _join(text, toks, teacher_idx) if distill_at is not None and teacher_idx else None,  # distilled_from
        context_k,
        size_tier,
        precision,
        tuple(unknown),
    )


@lru_cache(maxsize=4096)  # family words recur across names (Qwen2.5, Llama); bounded for hostile input
def _family_word(text: str) -> tuple[Text, Mapping[str, Any]]:
    """The meaning of a word in the family run, and the tasks a known family implies."""
    tasks = _FAMILY_TASKS.get(text.lower())
    meaning = (
        f"model family {text}" + (f" ({', '.join(tasks)})" if tasks else ""),
        f"模型系列 {text}" + (f"（{'、'.join(tasks)}）" if tasks else ""),
    )
    return meaning, (MappingProxyType({"family_tasks": tasks}) if tasks else _NO_DATA)


_MODALITIES = ("text", "image", "audio", "video")
_TEXT_ONLY = ("text",)


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def _join(text: str, toks: list[_Tok], idx: list[int]) -> str:
    """The family as written: the input text from the first to the last token of the run."""
    first, last = toks[idx[0]], toks[idx[-1]]
    return text[first.start : last.start + len(last.text)]


# Which method names a quant; the first found in this order wins.
_METHOD_ORDER = (
    "gguf",
    "ggml",
    "awq",
    "gptq",
    "exl2",
    "exl3",
    "bnb",
    "mlx",
    "fp8",
    "mxfp4",
    "fp4",
    "aqlm",
    "hqq",
    "eetq",
    "autoround",
)


def _publishes_mlx(org_low: str) -> bool:
    """mlx-community (and *-mlx orgs) publish MLX conversions only; their names often omit the word."""
    return org_low == "mlx-community" or org_low.endswith("-mlx")


# The only kinds whose words say anything about quantisation (method, format, bits, GGUF type).
_QUANT_KINDS = frozenset({"quant", "format", "precision"})


@lru_cache(maxsize=4096)  # the same few quant spellings recur across names; bounded for hostile input
def _assemble_quant(words: tuple[str, ...], mlx_publisher: bool) -> tuple[Quant | None, str | None]:
    """The quantisation a name states, from its quant/format/precision words, and the file format.

    A function of those words alone: no context rule revises their kind or data (_QUANT_KINDS).
    """
    methods: list[str] = []
    default_bits: dict[str, float | None] = {}  # per method, from the word that names it
    types: dict[str, str] = {}  # per method: "NF4", "NVFP4" …
    bits: float | None = None  # the last bare bit width: "4bit", "Int8", "q4"
    bits_word = False
    fmt = gguf_type = wa = precision_gguf = None
    gguf_word = quant_word = False
    for word in words:
        kind, data, _, _, low, _ = _word(word)
        if kind == "quant" and low in ("quantized", "quantised", "quant"):
            quant_word = True
        if not data:
            continue
        method = data.get("method")
        if method is not None:
            methods.append(method)
            default_bits[method] = data.get("bits")
            if "type" in data:
                types[method] = data["type"]
        if fmt is None and "format" in data:
            fmt = data["format"]
        if wa is None and "wa" in data:
            wa = data["wa"]
        if data.get("gguf"):
            gguf_word = True
        if kind == "quant":
            if "gguf_type" in data:
                gguf_type = gguf_type or data["gguf_type"]
            elif "bits" in data and method is None:
                bits, bits_word = data["bits"], True
        elif kind == "precision" and precision_gguf is None and "gguf_type" in data:
            precision_gguf = data["gguf_type"]

    if not methods and mlx_publisher:
        methods, fmt = ["mlx"], fmt or "mlx"
    if gguf_word:
        methods = ["gguf", *methods]
        fmt = fmt or "gguf"
    if gguf_type:
        methods = ["gguf", *methods]
        fmt = fmt or "gguf"
    if not methods and (gguf_type or precision_gguf) and fmt == "gguf":
        methods = ["gguf"]

    method = next((m for m in _METHOD_ORDER if m in methods), methods[0]) if methods else None
    if method is None:
        if bits_word or quant_word:
            method = "int"
        else:
            return None, fmt
    if method == "gguf":
        gtype = gguf_type or precision_gguf
        if gtype is None:  # "…-GGUF" repo: the file picks the type; "KQ2" names give bits only
            return Quant("gguf", bits, None), "gguf"
        digit = re.search(r"\d", gtype)
        gbits = _GGUF_BITS_ALIASES.get(gtype, int(digit.group()) if digit else None)
        return Quant("gguf", gbits, gtype), "gguf"
    if bits is None:
        bits = default_bits.get(method)
        if method == "bnb" and bits is None:
            bits = 4  # "bnb" alone: bitsandbytes 4-bit is what repos named bnb publish (unsloth)
    return Quant(method, bits, types.get(method, wa)), fmt
