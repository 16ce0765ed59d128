"""Where candidates come from: the embedded catalog, merged with hub results.

Order of trust for hub data: a fresh cache (no request at all), then a live query (both hubs at
once, each in its own thread, with a deadline), then a stale cache, then nothing — the catalog
always answers. Every fallback says so in one line on stderr.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from modelpick.candidates import Candidate, from_catalog, merge
from modelpick.hubs import TASK_QUERIES, HubError, HubModel, cache
from modelpick.records import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")

# Per-request timeout for hub calls; the whole query round gets twice this. Short: a suggestion
# is worth less than a hang. MODELPICK_HUB_TIMEOUT overrides (seconds).
DEFAULT_TIMEOUT_S = 6.0
HUB_NAMES = {"hf": ("huggingface",), "modelscope": ("modelscope",), "all": ("huggingface", "modelscope")}


def timeout_s() -> float:
    try:
        return max(0.5, min(float(os.environ.get("MODELPICK_HUB_TIMEOUT", DEFAULT_TIMEOUT_S)), 120.0))
    except ValueError:
        return DEFAULT_TIMEOUT_S


def offline_requested(flag: bool) -> bool:
    return flag or os.environ.get("MODELPICK_OFFLINE") == "1"


def _fetch_one(hub: str, task: str, timeout: float, skipped: Callable[[int], None]) -> list[HubModel]:
    queries = TASK_QUERIES[task]
    if hub == "huggingface":
        if os.environ.get("HF_HUB_OFFLINE") == "1":
            raise HubError("HF_HUB_OFFLINE is set")
        from modelpick.hubs import huggingface

        return huggingface.fetch(queries, timeout, skipped)
    from modelpick.hubs import modelscope

    return modelscope.fetch(queries, timeout, skipped)


def run_with_deadline(
    jobs: dict[str, Callable[[], T]], seconds: float, status: str | None = None
) -> tuple[dict[str, T], dict[str, str]]:
    """Run each job in its own daemon thread; results, and one-line reasons for the rest.

    Daemon threads: a job that outlives the deadline is abandoned, never waited for at exit.
    """
    import threading  # only a live query needs it; offline runs skip the import

    results: dict[str, T] = {}
    errors: dict[str, str] = {}

    def work(name: str, job: Callable[[], T]) -> None:
        try:
            results[name] = job()
        except HubError as exc:
            errors[name] = str(exc)
        except Exception as exc:  # an SDK bug must not take the answer down
            errors[name] = type(exc).__name__

    threads = [
        threading.Thread(target=work, args=item, daemon=True, name=f"modelpick-{item[0]}") for item in jobs.items()
    ]
    for t in threads:
        t.start()
    deadline = time.monotonic() + seconds

    def wait() -> None:
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))

    if status and sys.stderr.isatty():
        from rich.console import Console

        with Console(stderr=True).status(status):
            wait()
    else:
        wait()
    for name in jobs:
        if name not in results and name not in errors:
            errors[name] = f"no answer within {seconds:g} s"
    return results, errors


def fetch_all(
    hubs: tuple[str, ...], task: str, timeout: float, say: Callable[[str], None], spinner: bool = False
) -> tuple[dict[str, list[HubModel]], dict[str, str]]:
    """Query the hubs concurrently; results and one-line reasons for those that failed."""
    skipped: dict[str, int] = {}

    def job(hub: str) -> Callable[[], list[HubModel]]:
        return lambda: _fetch_one(hub, task, timeout, lambda n: skipped.__setitem__(hub, n))

    status = f"asking {' and '.join(hubs)} for {task} models…" if spinner else None
    results, errors = run_with_deadline({h: job(h) for h in hubs}, 2 * timeout, status)
    for h, n in skipped.items():
        say(f"{h}: skipped {n} malformed entr{'y' if n == 1 else 'ies'}")
    return results, errors


def _age(seconds: float) -> str:
    if seconds < 3600:
        return f"{seconds / 60:.0f} min ago"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.0f} h ago"
    return f"{seconds / 86400:.0f} days ago"


def hub_models(task: str, hub: str, offline: bool, say: Callable[[str], None], spinner: bool = False) -> list[HubModel]:
    hubs = HUB_NAMES[hub]
    found: list[HubModel] = []
    stale: dict[str, cache.Cached] = {}
    to_fetch: list[str] = []
    for h in hubs:
        c = cache.load(h, task)
        if c is not None and (c.fresh or offline):
            found += c.models
        else:
            to_fetch.append(h)
            if c is not None:
                stale[h] = c
    if offline or not to_fetch:
        return found
    results, errors = fetch_all(tuple(to_fetch), task, timeout_s(), say, spinner)
    for h in to_fetch:
        if h in results:
            found += results[h]
            cache.save(h, task, results[h])
        elif h in stale:
            found += stale[h].models
            say(f"{h}: {errors[h]}; using cached results from {_age(stale[h].age_s)}")
        else:
            say(f"{h}: {errors[h]}; using the embedded catalog")
    return found


def gather(task: str, hub: str, offline: bool, say: Callable[[str], None], spinner: bool = False) -> list[Candidate]:
    """Catalog candidates, with live or cached hub results merged in, and ollama's installed models marked."""
    off = offline_requested(offline)
    models = hub_models(task, hub, off, say, spinner)
    installed: set[str] = set()
    if not off:
        from modelpick.hubs import ollama

        installed = ollama.installed()
    return merge(from_catalog(), models, installed)


def refresh(say: Callable[[str], None], progress: bool = True) -> tuple[int, int]:
    """Re-query every task on both hubs now; (listings written, listings failed)."""
    from modelpick.options import TASKS

    ok = failed = 0
    timeout = timeout_s()
    bar = None
    if progress and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        bar = Progress(transient=True, console=Console(stderr=True))
        bar.start()
        job = bar.add_task("refreshing hub cache", total=len(TASKS))
    try:
        hubs: tuple[str, ...] = ("huggingface", "modelscope")
        for task in TASKS:
            if not hubs:
                failed += 2
                continue
            results, errors = fetch_all(hubs, task, timeout, say)
            for h, models in results.items():
                if cache.save(h, task, models):
                    ok += 1
                else:
                    failed += 1
                    say(f"{h}/{task}: cache directory {cache.cache_dir()} is not writable")
            for h, why in errors.items():
                failed += 1
                if why in ("could not connect", "HF_HUB_OFFLINE is set") or why.startswith("no answer"):
                    hubs = tuple(x for x in hubs if x != h)  # unreachable: do not wait on it for every task
                    say(f"{h}: {why}; skipping it for the rest of this refresh")
                else:
                    say(f"{h}/{task}: {why}")
            if bar is not None:
                bar.advance(job)
            else:
                say(f"refreshed {task}")
    finally:
        if bar is not None:
            bar.stop()
    return ok, failed


def repo_info(repo_id: str, say: Callable[[str], None]) -> HubModel | None:
    """Exact metadata for one Hugging Face repo (explain), or None with a note when unavailable."""
    from modelpick.ids import is_repo_id

    if not is_repo_id(repo_id) or os.environ.get("HF_HUB_OFFLINE") == "1":
        return None
    from modelpick.hubs import huggingface

    timeout = timeout_s()
    results, errors = run_with_deadline({"model": lambda: huggingface.model_info(repo_id, timeout)}, 2 * timeout)
    if "model" in results:
        return results["model"]
    if errors["model"] != "HTTP 404":
        say(f"huggingface: {errors['model']}; sizing {repo_id} from its name")
    return None
