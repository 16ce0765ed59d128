"""English and Chinese strings, and the language choice.

Meanings of name parts live next to the decoder rules as (english, chinese) pairs; this module
holds the interface strings and picks a language.
"""

from __future__ import annotations

import os

from modelpick.records import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal

    Lang = Literal["en", "zh"]

#: A text in both languages: (english, chinese).
Text = tuple[str, str]


def default_lang(environ: dict[str, str] | None = None) -> Lang:
    """The language from the POSIX locale variables, in their precedence order.

    LC_ALL overrides LC_MESSAGES, which overrides LANG (POSIX.1-2017, 8.2); LANGUAGE is a GNU
    extension consulted first for messages. Anything starting with ``zh`` means Chinese.
    """
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            first = value.split(":")[0].lower()
            return "zh" if first.startswith("zh") else "en"
    return "en"


def pick(text: Text, lang: Lang) -> str:
    return text[1] if lang == "zh" else text[0]


UI: dict[str, Text] = {
    "part": ("part", "片段"),
    "kind": ("kind", "类别"),
    "meaning": ("meaning", "含义"),
    "summary": ("Summary", "概要"),
    "advice": ("Advice", "建议"),
    "family": ("family", "系列"),
    "params": ("parameters", "参数量"),
    "active": ("active per token", "每个 token 激活"),
    "experts": ("experts", "专家数"),
    "variant": ("variant", "版本类型"),
    "quant": ("quantisation", "量化"),
    "format": ("file format", "文件格式"),
    "tasks": ("tasks", "任务"),
    "modalities": ("modalities", "模态"),
    "distilled_from": ("distilled from", "蒸馏自"),
    "context": ("context", "上下文"),
    "size_tier": ("size tier", "尺寸档位"),
    "unknown_value": ("unknown", "未知"),
    "none": ("none (full precision)", "无（全精度）"),
    "memory": ("Memory", "内存需求"),
    "precision": ("precision", "精度"),
    "weights": ("weights", "权重"),
    "kv_cache": ("KV cache", "KV 缓存"),
    "total": ("total", "合计"),
    "fit": ("fit", "适配"),
    "speed": ("speed", "速度"),
    "verdict": ("Verdict for this machine", "本机结论"),
    "no_parts": (
        "No model-name parts found in this text.",
        "在这段文字中没有找到模型名称的组成部分。",
    ),
}

KIND_NAMES: dict[str, Text] = {
    "org": ("organisation", "组织"),
    "family": ("family", "系列"),
    "params": ("parameters", "参数量"),
    "active_params": ("active params", "激活参数"),
    "experts": ("experts", "专家"),
    "moe": ("mixture of experts", "混合专家"),
    "variant": ("variant", "版本类型"),
    "quant": ("quantisation", "量化"),
    "format": ("format", "格式"),
    "precision": ("precision", "精度"),
    "task": ("task", "任务"),
    "modality": ("modality", "模态"),
    "context": ("context", "上下文"),
    "size_tier": ("size tier", "尺寸档位"),
    "alignment": ("alignment", "对齐"),
    "version": ("version", "版本"),
    "date": ("date", "日期"),
    "distill": ("distillation", "蒸馏"),
    "language": ("language", "语言"),
    "domain": ("domain", "领域"),
    "layers": ("layers", "层数"),
    "release": ("release stage", "发布阶段"),
    "merge": ("merge", "合并"),
    "adapter": ("adapter", "适配器"),
    "tokenizer": ("tokenizer", "分词"),
    "audio_rate": ("sample rate", "采样率"),
    "vocab": ("vocabulary", "词表"),
    "framework": ("framework", "框架"),
    "data": ("training data", "训练数据"),
    "arch": ("architecture", "架构"),
    "shard": ("file part", "分片"),
    "unknown": ("unknown", "未识别"),
}
