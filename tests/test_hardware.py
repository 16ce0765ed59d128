"""Hardware detection with a fake NVML and psutil; never the test machine."""

from __future__ import annotations

import pytest

from fakes import A100_80, GIB, RTX_4090, FakeGPU, FakeNVML, FakePsutil
from modelpick.errors import UsageError
from modelpick.hardware import detect, with_overrides
from modelpick.units import parse_size


def no_apple(cmd: list[str]) -> str:
    raise FileNotFoundError("sysctl")


def test_detects_ram_and_an_nvidia_gpu_with_bandwidth() -> None:
    nvml = FakeNVML([RTX_4090])
    hw = detect(nvml=nvml, psutil_mod=FakePsutil(), apple=no_apple)
    assert hw.ram_gb == pytest.approx(64 * GIB / 1e9)
    assert hw.ram_available_gb == pytest.approx(48 * GIB / 1e9)
    assert hw.cpu_cores == 8
    (gpu,) = hw.gpus
    assert gpu.name == "NVIDIA GeForce RTX 4090"
    assert gpu.vram_gb == pytest.approx(25.769803776)
    assert gpu.bandwidth_gbs == pytest.approx(1008.096)  # 384/8 × 10501 MHz × 2
    assert nvml.shutdown_called
    assert hw.notes == ()


def test_eight_gpus_make_one_tensor_parallel_machine() -> None:
    hw = detect(nvml=FakeNVML([A100_80] * 8), psutil_mod=FakePsutil(total=1024 * GIB), apple=no_apple)
    m = hw.machine()
    assert m.gpu_count == 8 and m.vram_gb_per_gpu == pytest.approx(85.899345920)
    assert m.gpu_bandwidth_gbs == pytest.approx(5120 / 8 * 1593 * 2 / 1000)


def test_no_driver_is_quietly_cpu_only() -> None:
    hw = detect(
        nvml=FakeNVML([], init_error="NVML Shared Library Not Found"),
        psutil_mod=FakePsutil(),
        apple=no_apple,
    )
    assert hw.gpus == () and hw.notes == ()


def test_a_failing_nvml_degrades_to_ram_only_with_a_note() -> None:
    hw = detect(
        nvml=FakeNVML([RTX_4090], init_error="Driver/library version mismatch"),
        psutil_mod=FakePsutil(),
        apple=no_apple,
    )
    assert hw.gpus == ()
    assert hw.notes == ("NVIDIA GPU detection failed (Driver/library version mismatch); using RAM only",)
    hw = detect(nvml=FakeNVML([RTX_4090], fail_on="count"), psutil_mod=FakePsutil(), apple=no_apple)
    assert hw.gpus == () and "using RAM only" in hw.notes[0]


@pytest.mark.parametrize("total", [0, -1, 10**15])
def test_absurd_vram_is_ignored_with_a_note(total: int) -> None:
    hw = detect(nvml=FakeNVML([FakeGPU("Weird", total, 0)]), psutil_mod=FakePsutil(), apple=no_apple)
    assert hw.gpus == ()
    assert "ignoring it" in hw.notes[0]


def test_psutil_failure_falls_back_with_a_note() -> None:
    hw = detect(nvml=FakeNVML([]), psutil_mod=FakePsutil(fail=True), apple=no_apple)
    assert hw.ram_gb == 8.0
    assert "could not read RAM" in hw.notes[0]


def test_apple_silicon_unified_memory() -> None:
    def sysctl(cmd: list[str]) -> str:
        assert cmd == ["sysctl", "-n", "machdep.cpu.brand_string"]
        return "Apple M2 Pro\n"

    hw = detect(nvml=FakeNVML([RTX_4090]), psutil_mod=FakePsutil(total=32 * GIB), apple=sysctl)
    assert hw.unified_memory and hw.gpus == ()
    assert hw.unified_bandwidth_gbs == 200
    assert hw.to_json()["unified_memory"] is True


@pytest.mark.parametrize(
    ("text", "gib"),
    [
        ("24", 24),
        ("24G", 24),
        ("24GB", 24),
        ("24gib", 24),
        ("24 GiB", 24),
        ("512MB", 0.5),
        ("1.5T", 1536),
        (".5g", 0.5),
    ],
)
def test_parse_size(text: str, gib: float) -> None:
    assert parse_size(text) == gib * GIB


@pytest.mark.parametrize("text", ["", "lots", "24XB", "-4GB", "0", "1e9", "24 G B", "nan", "9999999TB"])
def test_parse_size_rejects_nonsense(text: str) -> None:
    with pytest.raises(UsageError):
        parse_size(text, "--vram")


def test_overrides_plan_another_machine() -> None:
    hw = detect(nvml=FakeNVML([RTX_4090]), psutil_mod=FakePsutil(), apple=no_apple)
    two = with_overrides(hw, gpus=2)
    assert len(two.gpus) == 2 and two.gpus[0].name == RTX_4090.name and two.overridden
    cpu = with_overrides(hw, cpu_only=True, ram_bytes=128 * GIB)
    assert cpu.gpus == () and cpu.ram_gb == pytest.approx(128 * GIB / 1e9)
    bigger = with_overrides(hw, vram_bytes=48 * GIB)
    assert bigger.gpus[0].vram_gb == pytest.approx(48 * GIB / 1e9)
    assert bigger.gpus[0].bandwidth_gbs == pytest.approx(1008.096)  # same card family kept
