"""Hardware detection: RAM (psutil), NVIDIA GPUs (NVML via pynvml), Apple unified memory (sysctl).

Every source is injectable so tests never read the machine they run on. Failures degrade to
RAM-only with a note (printed on stderr by the CLI), never an exception.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from modelpick.memory import GB, Machine
from modelpick.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Any

# Apple Silicon memory bandwidth in GB/s, from Apple's published chip specifications
# (apple.com newsroom / tech specs pages for each chip; the highest bin where a chip has two).
APPLE_BANDWIDTH_GBS: dict[str, float] = {
    "M1": 68.25, "M1 Pro": 200, "M1 Max": 400, "M1 Ultra": 800,
    "M2": 100, "M2 Pro": 200, "M2 Max": 400, "M2 Ultra": 800,
    "M3": 100, "M3 Pro": 150, "M3 Max": 400, "M3 Ultra": 819,
    "M4": 120, "M4 Pro": 273, "M4 Max": 546,
    "M5": 153,
}  # fmt: skip

# A GPU reporting more than this is broken or lying (the largest shipping card, B200, has 192 GB).
MAX_PLAUSIBLE_VRAM_GB = 1024.0


class GPU(NamedTuple):
    name: str
    vram_gb: float
    vram_free_gb: float | None = None
    bandwidth_gbs: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "vram_gb": round(self.vram_gb, 2),
            "vram_free_gb": None if self.vram_free_gb is None else round(self.vram_free_gb, 2),
            "bandwidth_gbs": None if self.bandwidth_gbs is None else round(self.bandwidth_gbs, 1),
        }


class Hardware(NamedTuple):
    ram_gb: float
    ram_available_gb: float | None
    cpu_cores: int | None
    gpus: tuple[GPU, ...] = ()
    unified_memory: bool = False
    unified_bandwidth_gbs: float | None = None
    cpu_name: str | None = None
    notes: tuple[str, ...] = ()
    overridden: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "ram_gb": round(self.ram_gb, 2),
            "ram_available_gb": None if self.ram_available_gb is None else round(self.ram_available_gb, 2),
            "cpu_cores": self.cpu_cores,
            "gpus": [g.to_json() for g in self.gpus],
            "unified_memory": self.unified_memory,
        }

    def machine(self) -> Machine:
        """The figures the fit model uses. Tensor parallel splits evenly, so the smallest GPU
        and the slowest bandwidth limit a mixed set."""
        if self.unified_memory:
            return Machine(
                ram_gb=self.ram_gb,
                unified_memory=True,
                gpu_bandwidth_gbs=self.unified_bandwidth_gbs,
            )
        if not self.gpus:
            return Machine(ram_gb=self.ram_gb)
        bws = [g.bandwidth_gbs for g in self.gpus if g.bandwidth_gbs]
        return Machine(
            ram_gb=self.ram_gb,
            gpu_count=len(self.gpus),
            vram_gb_per_gpu=min(g.vram_gb for g in self.gpus),
            gpu_bandwidth_gbs=min(bws) if bws else None,
        )


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------


def _read_ram(psutil_mod: Any | None) -> tuple[float, float | None, int | None, list[str]]:
    notes: list[str] = []
    try:
        ps: Any = psutil_mod
        if ps is None:
            import psutil as ps
        vm = ps.virtual_memory()
        cores = ps.cpu_count(logical=False) or ps.cpu_count()
        total = float(vm.total) / GB
        avail = float(vm.available) / GB
        if not total > 0:
            raise ValueError(f"RAM reported as {vm.total}")
        return total, avail, cores, notes
    except Exception as exc:  # psutil can fail in containers/sandboxes
        notes.append(f"could not read RAM ({type(exc).__name__}); assuming 8 GB — pass --ram to set it")
        return 8.0, None, os.cpu_count(), notes


def _decode_name(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def read_nvidia(nvml: Any | None = None) -> tuple[list[GPU], list[str]]:
    """Every NVIDIA GPU via NVML. Missing library or driver → no GPUs and a note."""
    notes: list[str] = []
    if nvml is None:
        try:
            import pynvml
        except Exception:
            return [], []
        nvml = pynvml
    try:
        nvml.nvmlInit()
    except Exception as exc:
        # No NVIDIA driver is the normal case on most machines: say so only when it is not
        # "library not found".
        text = str(exc)
        if "NVML Shared Library Not Found" not in text and "LibraryNotFound" not in type(exc).__name__:
            notes.append(f"NVIDIA GPU detection failed ({text or type(exc).__name__}); using RAM only")
        return [], notes
    gpus: list[GPU] = []
    try:
        count = int(nvml.nvmlDeviceGetCount())
        for i in range(count):
            try:
                h = nvml.nvmlDeviceGetHandleByIndex(i)
                name = _decode_name(nvml.nvmlDeviceGetName(h))
                mem = nvml.nvmlDeviceGetMemoryInfo(h)
                total = float(mem.total) / GB
                free = float(mem.free) / GB
                if not (0 < total <= MAX_PLAUSIBLE_VRAM_GB):
                    notes.append(f"GPU {i} ({name}) reports {total:g} GB of VRAM; ignoring it")
                    continue
                free = min(max(free, 0.0), total)
                gpus.append(GPU(name, total, free, _bandwidth(nvml, h)))
            except Exception as exc:
                notes.append(f"GPU {i}: could not read it ({type(exc).__name__}); ignoring it")
    except Exception as exc:
        notes.append(f"NVIDIA GPU detection failed ({type(exc).__name__}); using RAM only")
    finally:
        import contextlib

        with contextlib.suppress(Exception):  # best effort: the figures are already read
            nvml.nvmlShutdown()
    return gpus, notes


def _bandwidth(nvml: Any, handle: Any) -> float | None:
    """Peak memory bandwidth: bus width (bits) / 8 × memory clock (MHz) × 2 (double data rate).

    NVML reports the effective GDDR6X/HBM clock this way: RTX 4090 → 384/8 × 10501 × 2 = 1008
    GB/s, A100-40GB → 5120/8 × 1215 × 2 = 1555 GB/s, matching NVIDIA's data sheets.
    """
    try:
        bus_bits = float(nvml.nvmlDeviceGetMemoryBusWidth(handle))
        clock_mhz = float(nvml.nvmlDeviceGetMaxClockInfo(handle, nvml.NVML_CLOCK_MEM))
    except Exception:
        return None
    bw = bus_bits / 8 * clock_mhz * 2 / 1000
    return bw if 0 < bw < 20000 else None


def read_apple(run: Callable[[list[str]], str] | None = None) -> tuple[str | None, float | None]:
    """Chip name and unified-memory bandwidth on Apple Silicon, else (None, None)."""
    if run is None:
        # os.uname, not the platform module: that costs milliseconds of imports on every run
        if sys.platform != "darwin" or os.uname().machine != "arm64":
            return None, None

        def run(cmd: list[str]) -> str:
            import subprocess

            return subprocess.run(cmd, capture_output=True, text=True, timeout=2, check=True).stdout

    try:
        brand = run(["sysctl", "-n", "machdep.cpu.brand_string"]).strip()
    except Exception:
        return None, None
    chip = brand.replace("Apple ", "").strip()
    return brand or None, APPLE_BANDWIDTH_GBS.get(chip)


def detect(
    nvml: Any | None = None,
    psutil_mod: Any | None = None,
    apple: Callable[[list[str]], str] | None = None,
    probe_gpu: bool = True,
) -> Hardware:
    ram, avail, cores, notes = _read_ram(psutil_mod)
    cpu_name, unified_bw = read_apple(apple)
    if cpu_name and cpu_name.startswith("Apple"):
        return Hardware(ram, avail, cores, (), True, unified_bw, cpu_name, tuple(notes))
    gpus: list[GPU] = []
    if probe_gpu:
        gpus, gpu_notes = read_nvidia(nvml)
        notes += gpu_notes
    return Hardware(ram, avail, cores, tuple(gpus), False, None, cpu_name, tuple(notes))


def with_overrides(
    hw: Hardware,
    vram_bytes: float | None = None,
    ram_bytes: float | None = None,
    gpus: int | None = None,
    cpu_only: bool = False,
) -> Hardware:
    """Plan for another machine: replace what was detected with what the user said."""
    if not any([vram_bytes, ram_bytes, gpus is not None, cpu_only]):
        return hw
    new = hw
    if ram_bytes:
        ram = ram_bytes / GB
        new = new._replace(ram_gb=ram, ram_available_gb=ram)
    if cpu_only:
        return new._replace(gpus=(), unified_memory=False, overridden=True)
    if vram_bytes or gpus is not None:
        base = new.gpus[0] if new.gpus else None
        vram = vram_bytes / GB if vram_bytes else (base.vram_gb if base else 0.0)
        count = gpus if gpus is not None else max(len(new.gpus), 1)
        if vram <= 0 or count == 0:
            return new._replace(gpus=(), overridden=True)
        name = base.name if (base and not vram_bytes) else "GPU"
        bw = base.bandwidth_gbs if base else None
        gpu = GPU(name, vram, vram, bw)
        new = new._replace(gpus=(gpu,) * count, unified_memory=False)
    return new._replace(overridden=True)
