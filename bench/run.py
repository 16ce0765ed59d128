"""Speed budget: each figure as a ratio against a bare `python -c pass` measured in the same run.

Run: python bench/run.py [--runs N]

Medians of N runs (default 15), interleaved: every round runs each case once, so a machine that
speeds up or slows down during the run moves the bare start and the cases alike. The package is
byte-compiled first, as `pip install` does, so a PYTHONDONTWRITEBYTECODE environment does not
charge source compilation to every run. Commands run as the installed `modelpick` script when
it sits next to this interpreter (what people type), and as `python -m modelpick`. The cache
directory is a fresh XDG_CACHE_HOME, so the platformdirs lookup every user pays is measured too.
Decoding is measured on 100,000 distinct names built from real name parts.
"""

from __future__ import annotations

import compileall
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"explain": 4.0, "suggest": 8.0}  # issue #6: multiples of a bare interpreter start
DECODE_TARGET = 50_000  # names per second


def timed(cases: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, float]:
    """Median wall time of each command line, running the cases round-robin."""
    samples: dict[str, list[float]] = {label: [] for label in cases}
    for _ in range(runs):
        for label, argv in cases.items():
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
            samples[label].append(time.perf_counter() - start)
    return {label: statistics.median(times) for label, times in samples.items()}


def distinct_names(n: int) -> list[str]:
    orgs = [
        "Qwen",
        "meta-llama",
        "mistralai",
        "bartowski",
        "unsloth",
        "TheBloke",
        "mlx-community",
        "iic",
        "deepseek-ai",
        "google",
        "acme",
        "lab",
    ]
    families = [
        "Qwen2.5",
        "Llama-3.1",
        "Mistral",
        "gemma-2",
        "Phi-3",
        "DeepSeek-R1-Distill-Qwen",
        "Yi-1.5",
        "glm-4",
        "Mixtral",
        "SmolLM2",
        "internlm2_5",
        "Foo",
    ]
    sizes = ["0.5B", "1.5B", "7B", "8B", "14B", "32B", "70B", "8x7B", "30B-A3B", "135M", "1_6b", "7b1"]
    variants = ["Instruct", "Chat", "Base", "it", "", "Coder-Instruct", "Math-Instruct", "VL-Instruct"]
    quants = ["", "AWQ", "GPTQ-Int4", "GGUF", "bnb-4bit", "4bit", "FP8", "Q4_K_M", "exl2", "128k"]
    names = []
    for i, (o, f, s, v, q) in enumerate(itertools.product(orgs, families, sizes, variants, quants)):
        if i >= n:
            break
        names.append(f"{o}/{f}-{s}" + (f"-{v}" if v else "") + (f"-{q}" if q else "") + f"-v{i % 97}")
    return names


def decode_rate(n: int = 100_000) -> float:
    sys.path.insert(0, str(ROOT / "src"))
    from modelpick.names import decode

    names = distinct_names(n)
    assert len(set(names)) == len(names) == n
    start = time.perf_counter()
    for name in names:
        decode(name)
    return n / (time.perf_counter() - start)


MACHINE = ["--cpu-only", "--ram", "16GB"]  # described, so no hardware probe varies the timings
EXPLAIN = ["explain", "Qwen1.5-72B-Chat-AWQ", "--json", *MACHINE]
SUGGEST = ["suggest", "--task", "code", "--format", "json", *MACHINE]
EXPLAIN_TABLE = ["explain", "Qwen1.5-72B-Chat-AWQ", *MACHINE]
SUGGEST_TABLE = ["suggest", "--task", "code", *MACHINE]


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 15
    compileall.compile_dir(str(ROOT / "src" / "modelpick"), quiet=1)
    py = sys.executable
    script = Path(py).with_name("modelpick")
    launchers = ([("modelpick", [str(script)])] if script.exists() else []) + [
        ("python -m modelpick", [py, "-m", "modelpick"])
    ]
    env = {**os.environ, "NO_COLOR": "1", "MODELPICK_OFFLINE": "1", "MODELPICK_NO_GPU_PROBE": "1"}
    env.pop("MODELPICK_CACHE_DIR", None)
    with tempfile.TemporaryDirectory() as cache:
        env["XDG_CACHE_HOME"] = cache
        cases: dict[str, list[str]] = {"python -c pass": [py, "-c", "pass"]}
        targets: dict[str, float] = {}
        for name, launcher in launchers:
            cases[f"{name} --help"] = [*launcher, "--help"]
            cases[f"{name} explain NAME --json"] = [*launcher, *EXPLAIN]
            targets[f"{name} explain NAME --json"] = TARGETS["explain"]
            cases[f"{name} suggest --task code --format json"] = [*launcher, *SUGGEST]
            targets[f"{name} suggest --task code --format json"] = TARGETS["suggest"]
        # Tables for people (no target: drawing them needs rich, whose import alone is ~4x).
        name, launcher = launchers[0]
        cases[f"{name} explain NAME (table)"] = [*launcher, *EXPLAIN_TABLE]
        cases[f"{name} suggest --task code (table)"] = [*launcher, *SUGGEST_TABLE]
        medians = timed(cases, env, runs)
    base = medians["python -c pass"]
    print(f"{'case (offline, medians of ' + str(runs) + ' interleaved runs)':52s} {'median':>9s} {'ratio':>7s}  target")
    for label, t in medians.items():
        target = f"<= {targets[label]:g}x" if label in targets else ""
        print(f"{label:52s} {t * 1000:7.1f}ms {t / base:6.1f}x  {target}")
    rate = decode_rate()
    print(f"{'decode 100,000 distinct names':52s} {rate:9,.0f}/s           >= {DECODE_TARGET:,}/s")


if __name__ == "__main__":
    main()
