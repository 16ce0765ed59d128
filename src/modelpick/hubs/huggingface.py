"""Hugging Face through huggingface_hub.HfApi (imported lazily: it costs ~0.45 s)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any

from modelpick.hubs import HubError, HubModel, Query, collect, describe, quiet_sdk_logs
from modelpick.hubs.parse import hf_model

# Properties asked for with `expand` (only these plus `id` come back; shared/HUB-API.md).
EXPAND = [
    "safetensors",
    "gguf",
    "downloads",
    "likes",
    "lastModified",
    "pipeline_tag",
    "tags",
    "cardData",
    "library_name",
]


def _api(timeout: float) -> Any:
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    import httpx2
    from huggingface_hub import HfApi, set_client_factory
    from huggingface_hub.utils._http import hf_request_event_hook

    # huggingface_hub's default client has no timeout; bound every request instead.
    def factory() -> Any:
        return httpx2.Client(
            event_hooks={"request": [hf_request_event_hook]},
            follow_redirects=True,
            timeout=httpx2.Timeout(timeout, connect=min(timeout, 3.0)),
        )

    quiet_sdk_logs()  # after the import: huggingface_hub installs its own stderr handler then
    set_client_factory(factory)
    # HF_ENDPOINT is read by huggingface_hub at import; read it again here so a mirror set after
    # import (and the tests' fake hub) is honoured.
    endpoint = os.environ.get("HF_ENDPOINT", "").rstrip("/") or None
    return HfApi(endpoint=endpoint)


def fetch(queries: tuple[Query, ...], timeout: float, skipped: Callable[[int], None] | None = None) -> list[HubModel]:
    """Run the task's listings; bad rows are skipped and counted. HubError when nothing came back."""
    api = _api(timeout)

    def list_one(q: Query) -> Iterable[Any]:
        kwargs: dict[str, Any] = {"sort": "downloads", "limit": q.limit, "expand": EXPAND}
        if q.search:
            kwargs["search"] = q.search
        if q.pipeline_tag:
            kwargs["pipeline_tag"] = q.pipeline_tag
        if q.hf_filter:
            kwargs["filter"] = q.hf_filter
        return api.list_models(**kwargs)  # type: ignore[no-any-return]

    return collect(queries, list_one, hf_model, skipped)


def model_info(repo_id: str, timeout: float) -> HubModel | None:
    """One repo's exact metadata (explain for a repo the catalog does not know)."""
    api = _api(timeout)
    try:
        return hf_model(api.model_info(repo_id, expand=EXPAND))
    except Exception as exc:
        raise HubError(describe(exc)) from None
