"""On-disk cache of hub listings: one JSON file per (hub, task), written atomically.

Corrupt, foreign, unreadable or old-format files are ignored (and replaced on the next write);
a read-only cache directory only means nothing is cached. Tokens are never written: the files
hold HubModel fields only.
"""

from __future__ import annotations

import json
import os
import time

from modelpick.hubs import HubModel
from modelpick.records import NamedTuple

FORMAT_VERSION = 1
# Listings change slowly (downloads, new repos): a day keeps suggestions fresh without a
# request storm; `modelpick refresh` refreshes now.
TTL_SECONDS = 24 * 3600
# A cache file larger than this is not ours (ours are a few tens of KB).
MAX_BYTES = 8 * 2**20


def cache_dir() -> str:
    env = os.environ.get("MODELPICK_CACHE_DIR")
    if env:
        return env
    from platformdirs import user_cache_dir

    return user_cache_dir("modelpick", appauthor=False)


class Cached(NamedTuple):
    models: list[HubModel]
    fetched_at: float

    @property
    def age_s(self) -> float:
        return max(0.0, time.time() - self.fetched_at)

    @property
    def fresh(self) -> bool:
        return self.age_s < TTL_SECONDS


def _path(hub: str, task: str) -> str:
    return os.path.join(cache_dir(), f"{hub}-{task}.json")


def load(hub: str, task: str) -> Cached | None:
    path = _path(hub, task)
    try:
        with open(path, encoding="utf-8") as f:
            if os.fstat(f.fileno()).st_size > MAX_BYTES:
                return None
            doc = json.loads(f.read())
        if (
            not isinstance(doc, dict)
            or doc.get("version") != FORMAT_VERSION
            or doc.get("hub") != hub
            or doc.get("task") != task
        ):
            return None
        fetched = doc.get("fetched_at")
        if not isinstance(fetched, int | float) or fetched > time.time() + 300:
            return None
        models = []
        for raw in doc.get("models", []):
            try:
                models.append(HubModel.from_json(raw))
            except (TypeError, ValueError, AttributeError):
                continue
        return Cached(models, float(fetched))
    except (OSError, ValueError, TypeError):
        return None


def save(hub: str, task: str, models: list[HubModel]) -> bool:
    """Write atomically (temp file + rename in the same directory); False when not writable."""
    doc = {
        "version": FORMAT_VERSION,
        "hub": hub,
        "task": task,
        "fetched_at": time.time(),
        "models": [m.to_json() for m in models],
    }
    import tempfile

    directory = cache_dir()
    tmp: str | None = None
    try:
        os.makedirs(directory, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{hub}-{task}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, _path(hub, task))
        return True
    except OSError:
        if tmp:
            import contextlib

            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
