"""Fakes for the hardware sources: an NVML module and a psutil module."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any


@dataclass
class FakeGPU:
    name: str
    total: int
    free: int
    bus_bits: int = 384
    mem_clock_mhz: int = 10501


class NVMLError(Exception):
    pass


class FakeNVML:
    """Implements the pynvml functions modelpick calls, over a list of FakeGPU."""

    NVML_CLOCK_MEM = 2

    def __init__(self, gpus: list[FakeGPU], init_error: str | None = None, fail_on: str | None = None) -> None:
        self.gpus = gpus
        self.init_error = init_error
        self.fail_on = fail_on
        self.shutdown_called = False

    def _maybe_fail(self, fn: str) -> None:
        if self.fail_on == fn:
            raise NVMLError(f"{fn} failed")

    def nvmlInit(self) -> None:
        if self.init_error:
            raise NVMLError(self.init_error)

    def nvmlShutdown(self) -> None:
        self.shutdown_called = True

    def nvmlDeviceGetCount(self) -> int:
        self._maybe_fail("count")
        return len(self.gpus)

    def nvmlDeviceGetHandleByIndex(self, i: int) -> FakeGPU:
        return self.gpus[i]

    def nvmlDeviceGetName(self, h: FakeGPU) -> bytes:
        return h.name.encode()

    def nvmlDeviceGetMemoryInfo(self, h: FakeGPU) -> Any:
        self._maybe_fail("memory")
        return SimpleNamespace(total=h.total, free=h.free, used=h.total - h.free)

    def nvmlDeviceGetMemoryBusWidth(self, h: FakeGPU) -> int:
        return h.bus_bits

    def nvmlDeviceGetMaxClockInfo(self, h: FakeGPU, clock: int) -> int:
        assert clock == self.NVML_CLOCK_MEM
        return h.mem_clock_mhz


GIB = 2**30


class FakePsutil:
    def __init__(
        self,
        total: float = 64 * GIB,
        available: float = 48 * GIB,
        cores: int = 8,
        fail: bool = False,
    ) -> None:
        self.total, self.available, self.cores, self.fail = total, available, cores, fail

    def virtual_memory(self) -> Any:
        if self.fail:
            raise PermissionError("no /proc/meminfo")
        return SimpleNamespace(total=self.total, available=self.available)

    def cpu_count(self, logical: bool = True) -> int:
        return self.cores


RTX_4090 = FakeGPU("NVIDIA GeForce RTX 4090", 24 * GIB, 23 * GIB, 384, 10501)
A100_80 = FakeGPU("NVIDIA A100-SXM4-80GB", 80 * GIB, 79 * GIB, 5120, 1593)
