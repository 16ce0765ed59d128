"""Parsing memory sizes given on the command line (``--vram 24GB``, ``--ram 512MB``)."""

from __future__ import annotations

import math
import re

from modelpick.errors import UsageError

# Memory is sold in binary units: a "24 GB" card or "16 GB" of RAM holds 24 × 2^30 bytes
# (JEDEC JESD100B.01 defines the memory GB as 2^30). So G/GB/bare numbers mean GiB here, and
# decimal units are not offered for hardware sizes. M/MB/MiB are 2^20, T/TB/TiB 2^40.
_UNITS = {
    "": 30,
    "g": 30,
    "gb": 30,
    "gib": 30,
    "m": 20,
    "mb": 20,
    "mib": 20,
    "t": 40,
    "tb": 40,
    "tib": 40,
}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$", re.IGNORECASE)
# Nothing real has more than 64 TiB of RAM or VRAM per GPU; larger is a typo.
MAX_BYTES = 64 * 2**40


def parse_size(text: str, what: str = "size") -> float:
    """Bytes for ``24``, ``24G``, ``24GB``, ``24GiB``, ``512MB``, ``1.5T``; UsageError otherwise."""
    m = _SIZE.match(text or "")
    unit = m.group(2).lower() if m else ""
    if not m or unit not in _UNITS:
        raise UsageError(
            f"{what}: cannot read {text!r} as a memory size",
            hint="write it like 24, 24GB, 24GiB or 512MB (GB means GiB, as memory is sold)",
        )
    value = float(m.group(1))
    size = value * float(2 ** _UNITS[unit])
    if not math.isfinite(size) or size <= 0 or size > MAX_BYTES:
        raise UsageError(
            f"{what}: {text!r} is not a plausible memory size",
            hint="use a value between 1MB and 64TB",
        )
    return size
