"""Test environment: no colour, a fixed width, no telemetry, no probing of the test machine."""

from __future__ import annotations

import os

import pytest

# Set before anything imports huggingface_hub (it reads its environment at import).
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ["NO_COLOR"] = "1"
os.environ["COLUMNS"] = "100"
# Hardware is injected in tests: never read this machine's GPUs.
os.environ["MODELPICK_NO_GPU_PROBE"] = "1"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("MODELPICK_CACHE_DIR", str(cache))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for var in (
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
        "HF_TOKEN",
        "MODELSCOPE_API_TOKEN",
        "OLLAMA_HOST",
    ):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(autouse=True)
def _offline_unless_asked(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Tests never reach the internet: hub tests opt in with the `online` marker and a fake hub."""
    if "online" not in request.keywords:
        monkeypatch.setenv("MODELPICK_OFFLINE", "1")
