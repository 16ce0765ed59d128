"""Keep README.md's command outputs true: every block between
<!-- run: ARGS --> and <!-- /run --> is the real output of `modelpick ARGS`.

Run: python tools/readme.py          (rewrite the blocks)
     python tools/readme.py --check  (exit 1 when a block is stale; CI and tests run this)

Outputs are made reproducible: no colour, 100 columns, English, offline, an empty cache, and
no GPU probing (commands that size models describe the machine with --ram/--vram).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- run: (?P<args>.+?) -->\n)(?P<body>.*?)(<!-- /run -->)", re.S)


def render(args: str, cache: str) -> str:
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "COLUMNS": "100",
        "LANG": "en_US.UTF-8",
        "MODELPICK_OFFLINE": "1",
        "MODELPICK_NO_GPU_PROBE": "1",
        "MODELPICK_CACHE_DIR": cache,
        "PYTHONIOENCODING": "utf-8",
    }
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(var, None)
    argv = shlex.split(args)
    r = subprocess.run(
        [sys.executable, "-m", "modelpick", *argv], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    out = "\n".join(line.rstrip() for line in (r.stdout + r.stderr).splitlines())
    return f"```console\n$ modelpick {args}\n{out}\n```\n"


def rewrite(text: str) -> str:
    with tempfile.TemporaryDirectory() as cache:
        return BLOCK.sub(lambda m: m.group(1) + render(m.group("args"), cache) + m.group(4), text)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    new = rewrite(text)
    if "--check" in sys.argv:
        if new != text:
            print("README.md is out of date: run python tools/readme.py", file=sys.stderr)
            return 1
        print(f"README.md up to date ({len(BLOCK.findall(text))} command outputs)")
        return 0
    README.write_text(new, encoding="utf-8")
    print(f"rewrote {len(BLOCK.findall(new))} command outputs in README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
