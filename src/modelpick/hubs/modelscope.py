"""ModelScope through the modelscope SDK's hub client (modelscope_hub.HubApi, imported lazily)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any

from modelpick.hubs import HubModel, Query, collect, quiet_sdk_logs
from modelpick.hubs.parse import ms_model

# ModelScope allows page_number × page_size ≤ 3000 (shared/HUB-API.md); one page per query.
MAX_PAGE_SIZE = 100


def _api(timeout: float) -> Any:
    # modelscope_hub reads its timeouts and retries from the environment at import.
    os.environ.setdefault("MODELSCOPE_API_TIMEOUT", str(max(1, int(timeout))))
    os.environ.setdefault("MODELSCOPE_API_CONNECT_TIMEOUT", str(max(1, min(int(timeout), 3))))
    os.environ.setdefault("MODELSCOPE_API_MAX_RETRIES", "1")
    from modelscope_hub import HubApi

    quiet_sdk_logs()  # after the import, which may configure its own handlers

    endpoint = os.environ.get("MODELSCOPE_ENDPOINT") or None
    return HubApi(endpoint=endpoint)


def fetch(queries: tuple[Query, ...], timeout: float, skipped: Callable[[int], None] | None = None) -> list[HubModel]:
    """Run the task's listings (one page each); bad rows are skipped and counted."""
    api = _api(timeout)

    def list_one(q: Query) -> Iterable[Any]:
        page = api.list_repos(
            "model",
            search=q.search,
            sort="downloads",
            page_number=1,
            page_size=min(q.limit, MAX_PAGE_SIZE),
            task=q.ms_task,
        )
        items = getattr(page, "items", None)
        if not isinstance(items, list):
            raise ValueError("no items")
        return items

    return collect([q for q in queries if q.ms_task or q.search], list_one, ms_model, skipped)
