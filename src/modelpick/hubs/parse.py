"""Pure checks that turn untrusted hub records into HubModels (or reject them)."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from modelpick.hubs import HubModel
from modelpick.ids import is_repo_id

# Hugging Face pipeline tags / ModelScope task names → modelpick's task vocabulary.
# REFERENCE: huggingface.co/tasks (pipeline tags) and ModelScope's task list.
PIPELINE_TASKS: dict[str, str] = {
    "text-generation": "chat", "text2text-generation": "chat", "conversational": "chat",
    "image-text-to-text": "vision", "visual-question-answering": "vision", "image-to-text": "vision",
    "feature-extraction": "embedding", "sentence-similarity": "embedding", "sentence-embedding": "embedding",
    "text-ranking": "rerank", "automatic-speech-recognition": "asr", "auto-speech-recognition": "asr",
    "text-to-speech": "tts", "text-to-audio": "tts", "text-to-image": "image-generation",
    "text-to-image-synthesis": "image-generation", "text-to-video": "video", "image-to-video": "video",
    "text-to-video-synthesis": "video",
}  # fmt: skip

# Absurd-number guards: nothing has more downloads than this, nor more than 10T parameters.
MAX_COUNT = 10**12
MAX_PARAMS = 10**13
MAX_CONTEXT = 100_000_000
MAX_TEXT = 200


def _count(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not math.isfinite(value) or value < 0 or value > MAX_COUNT:
        return None
    return int(value)


def _params_b(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if not 0 < value <= MAX_PARAMS:
        return None
    return round(value / 1e9, 3)


def _month(value: Any) -> str | None:
    if isinstance(value, datetime):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, str) and len(value) >= 7 and value[:4].isdigit() and value[4] == "-" and value[5:7].isdigit():
        return value[:7]
    return None


def _short(value: Any) -> str | None:
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT:
        return None
    return value


def _tags(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [t for t in value[:200] if isinstance(t, str) and len(t) <= MAX_TEXT]


def _tasks(names: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for n in names:
        t = PIPELINE_TASKS.get(n)
        if t and t not in out:
            out.append(t)
    return tuple(out)


def _license_from(tags: list[str], card: Any) -> str | None:
    for t in tags:
        if t.startswith("license:"):
            return _short(t.split(":", 1)[1].lower())
    lic = (
        getattr(card, "license", None)
        if card is not None and not isinstance(card, dict)
        else (card or {}).get("license")
    )
    if isinstance(lic, list):
        lic = lic[0] if lic else None
    return _short(lic.lower()) if isinstance(lic, str) else None


def hf_model(info: Any) -> HubModel | None:
    """A huggingface_hub ModelInfo (or a dict in the same shape) → HubModel, or None if unusable."""
    get = info.get if isinstance(info, dict) else lambda k, d=None: getattr(info, k, d)
    repo = get("id")
    if not isinstance(repo, str) or not is_repo_id(repo):
        return None
    tags = _tags(get("tags"))
    gguf = get("gguf")
    gguf = gguf if isinstance(gguf, dict) else None
    st = get("safetensors")
    total = st.get("total") if isinstance(st, dict) else getattr(st, "total", None)
    params = _params_b(total) or (_params_b(gguf.get("total")) if gguf else None)
    ctx = gguf.get("context_length") if gguf else None
    pipeline = get("pipeline_tag")
    library = _short(get("library_name"))
    return HubModel(
        repo_id=repo,
        hub="huggingface",
        downloads=_count(get("downloads")),
        likes=_count(get("likes")),
        last_modified=_month(get("last_modified") or get("lastModified")),
        tasks=_tasks([pipeline] if isinstance(pipeline, str) else []),
        license=_license_from(tags, get("card_data") or get("cardData")),
        params_b=params,
        context=ctx if isinstance(ctx, int) and not isinstance(ctx, bool) and 0 < ctx <= MAX_CONTEXT else None,
        gguf=gguf is not None or "gguf" in tags or library == "gguf",
        library=library,
    )


def ms_model(info: Any) -> HubModel | None:
    """A modelscope_hub RepoInfo (or the OpenAPI dict) → HubModel, or None if unusable."""
    get = info.get if isinstance(info, dict) else lambda k, d=None: getattr(info, k, d)
    repo = get("id")
    if not isinstance(repo, str):
        owner, name = get("owner"), get("name")
        repo = f"{owner}/{name}" if isinstance(owner, str) and isinstance(name, str) else None
    if not isinstance(repo, str) or not is_repo_id(repo):
        return None
    tags = _tags(get("tags"))
    tasks = get("tasks")
    lic = get("license")
    return HubModel(
        repo_id=repo,
        hub="modelscope",
        downloads=_count(get("downloads")),
        likes=_count(get("likes")),
        last_modified=_month(get("last_modified")),
        tasks=_tasks([t for t in tasks if isinstance(t, str)] if isinstance(tasks, list) else []),
        license=_short(lic.lower()) if isinstance(lic, str) else None,
        params_b=None,
        gguf="gguf" in [t.lower() for t in tags] or repo.lower().endswith("-gguf"),
    )
