"""Which models a local ollama already has (GET {OLLAMA_HOST}/api/tags), standard library only."""

from __future__ import annotations

import json
import os
import urllib.request

DEFAULT_HOST = "http://localhost:11434"
# ollama answers /api/tags from memory; if it takes longer than this it is not there.
TIMEOUT_S = 0.5
MAX_BYTES = 4 * 2**20


def host() -> str:
    h = os.environ.get("OLLAMA_HOST", "").strip() or DEFAULT_HOST
    if not h.startswith(("http://", "https://")):
        h = "http://" + h
    return h.rstrip("/")


def installed(timeout: float = TIMEOUT_S) -> set[str]:
    """Names of installed models, lower case (``qwen2.5:7b``, ``hf.co/org/repo:q4_k_m``)."""
    try:
        with urllib.request.urlopen(f"{host()}/api/tags", timeout=timeout) as r:
            doc = json.loads(r.read(MAX_BYTES))
    except Exception:
        return set()
    names: set[str] = set()
    models = doc.get("models") if isinstance(doc, dict) else None
    for m in models if isinstance(models, list) else []:
        if isinstance(m, dict):
            for key in ("name", "model"):
                v = m.get(key)
                if isinstance(v, str) and len(v) < 300:
                    names.add(v.lower())
    return names
