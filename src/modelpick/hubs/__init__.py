"""Hub access behind one small interface: each hub module turns a task into HubModels.

``HubModel`` is the normalised, validated form of one listed repo; everything that comes from a
hub is untrusted until ``parse.py`` has checked it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from modelpick.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Any


class HubModel(NamedTuple):
    repo_id: str
    hub: str  # "huggingface" | "modelscope"
    downloads: int | None = None
    likes: int | None = None
    last_modified: str | None = None  # YYYY-MM
    tasks: tuple[str, ...] = ()  # in modelpick's task vocabulary
    license: str | None = None
    params_b: float | None = None  # exact, from safetensors/gguf metadata
    context: int | None = None
    gguf: bool = False
    library: str | None = None

    def to_json(self) -> dict[str, Any]:
        d = self._asdict()
        d["tasks"] = list(self.tasks)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> HubModel:
        fields = {k: d[k] for k in cls._fields if k in d}
        fields["tasks"] = tuple(fields.get("tasks") or ())
        return cls(**fields)


def quiet_sdk_logs() -> None:
    """The SDKs log retries and warnings to stderr; modelpick reports hub trouble itself, once."""
    import logging

    for name in ("huggingface_hub", "modelscope_hub", "modelscope", "httpx2", "httpcore2", "urllib3", "filelock"):
        log = logging.getLogger(name)
        log.setLevel(logging.CRITICAL)
        log.propagate = False
        if not log.handlers:
            log.addHandler(logging.NullHandler())


class HubError(Exception):
    """A hub could not answer: the message is one line, safe to show, and names no token."""


class Query(NamedTuple):
    """One listing request: a search word and/or a task filter, sorted by downloads."""

    search: str | None = None
    pipeline_tag: str | None = None  # Hugging Face pipeline tag
    hf_filter: str | None = None  # Hugging Face tag filter (e.g. "gguf")
    ms_task: str | None = None  # ModelScope task filter
    limit: int = 40


# A few purposeful queries per task (DESIGN.md "Hubs"): the task's pipeline tag, plus a GGUF
# listing for text generation so quantised community repos show up. ModelScope task names are
# its own (text-generation, sentence-embedding, auto-speech-recognition …).
TASK_QUERIES: dict[str, tuple[Query, ...]] = {
    "chat": (Query(pipeline_tag="text-generation", ms_task="text-generation"), Query(pipeline_tag="text-generation", hf_filter="gguf", search="instruct", limit=30)),
    "code": (Query(search="coder", pipeline_tag="text-generation", ms_task="text-generation"), Query(search="coder", hf_filter="gguf", limit=30)),
    "math": (Query(search="math", pipeline_tag="text-generation", ms_task="text-generation"),),
    "reasoning": (Query(search="r1", pipeline_tag="text-generation", ms_task="text-generation"), Query(search="thinking", pipeline_tag="text-generation", limit=20)),
    "vision": (Query(pipeline_tag="image-text-to-text", ms_task="image-text-to-text"),),
    "embedding": (Query(pipeline_tag="feature-extraction", ms_task="sentence-embedding"), Query(pipeline_tag="sentence-similarity", limit=30)),
    "rerank": (Query(pipeline_tag="text-ranking", ms_task="text-ranking"),),
    "asr": (Query(pipeline_tag="automatic-speech-recognition", ms_task="auto-speech-recognition"),),
    "tts": (Query(pipeline_tag="text-to-speech", ms_task="text-to-speech"),),
    "image-generation": (Query(pipeline_tag="text-to-image", ms_task="text-to-image-synthesis"),),
    "video": (Query(pipeline_tag="text-to-video", ms_task="text-to-video-synthesis"),),
    "tools": (Query(search="function", pipeline_tag="text-generation", ms_task="text-generation"),),
    "fim": (Query(search="coder", pipeline_tag="text-generation", ms_task="text-generation"),),
}  # fmt: skip


def describe(exc: BaseException) -> str:
    """A hub failure in one line: no token, no URL, no traceback (both SDKs' exception shapes)."""
    status = getattr(getattr(exc, "response", None), "status_code", None) or getattr(exc, "status_code", None)
    if isinstance(status, int):
        return f"HTTP {status}" + (" (rate limited)" if status == 429 else "")
    name = type(exc).__name__
    if "OfflineModeIsEnabled" in name:
        return "HF_HUB_OFFLINE is set"
    if "Timeout" in name or "timed out" in str(exc).lower():
        return "timed out"
    if "Connect" in name or "NetworkError" in name:
        return "could not connect"
    if isinstance(exc, ValueError | TypeError | KeyError | AttributeError):
        return "malformed response"
    return name


def collect(
    queries: Iterable[Query],
    list_one: Callable[[Query], Iterable[Any]],
    parse: Callable[[Any], HubModel | None],
    skipped: Callable[[int], None] | None = None,
) -> list[HubModel]:
    """Run each query, parse every record, skip and count the bad ones, one model per repo.

    Raises HubError (the first failure, described in one line) only when nothing came back; a
    query that broke off mid-listing keeps what came before it and counts as one bad record.
    """
    out: dict[str, HubModel] = {}
    bad = 0
    errors: list[str] = []
    for q in queries:
        try:
            for record in list_one(q):
                model = parse(record)
                if model is None:
                    bad += 1
                else:
                    out.setdefault(model.repo_id.lower(), model)  # first listing wins
        except Exception as exc:  # the SDKs raise many types; each becomes one line
            errors.append(describe(exc))
    if errors and not out:
        raise HubError(errors[0])
    bad += len(errors)
    if skipped and bad:
        skipped(bad)
    return list(out.values())
