"""The command-line surface as data: every option of every command, written once.

``cli.py`` builds the typer commands from these tables (help, completion, error messages), and
``parse`` below reads the everyday command lines with them without importing typer at all:
typer and click cost about 4× a bare interpreter start on every run (bench/run.py), more than
all the work `explain` does. ``parse`` accepts only command lines that are plainly valid and
answers None for anything else (help, a typo, an unusual spelling such as ``-n5``), which then
goes to typer, so every error message and help text still comes from one place. A test checks
that both parsers hand the command bodies the same arguments.

Standard library only, and no work at import time beyond building these tuples.
"""

from __future__ import annotations

from modelpick.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Any

TASKS = (
    "chat", "code", "math", "reasoning", "vision", "embedding", "rerank", "asr", "tts",
    "image-generation", "video", "tools", "fim",
)  # fmt: skip


class Opt(NamedTuple):
    """One option: ``dest`` is the command body's keyword argument."""

    dest: str
    flags: tuple[str, ...]
    help: str
    kind: str  # "flag" (no value) | "text" | "int" | "choice" | "task"
    default: Any = None
    metavar: str | None = None
    min: int | None = None
    max: int | None = None
    choices: tuple[str, ...] = ()


def normalize_task(value: str) -> str | None:
    """The task a ``--task`` value names (case and surrounding spaces ignored), or None."""
    task = value.strip().lower()
    return task if task in TASKS else None


SIZE_HELP = "e.g. 24GB, 24GiB, 12G (GB = GiB, as memory is sold)"

VRAM = Opt("vram", ("--vram",), f"Plan for this much VRAM per GPU, {SIZE_HELP}.", "text", metavar="SIZE")
RAM = Opt("ram", ("--ram",), "Plan for this much RAM, e.g. 64GB.", "text", metavar="SIZE")
GPUS = Opt("gpus", ("--gpus",), "Plan for N GPUs (tensor parallel).", "int", metavar="N", min=0, max=1024)
CPU_ONLY = Opt("cpu_only", ("--cpu-only",), "Plan for a machine without a usable GPU.", "flag", False)
LANG = Opt(
    "lang",
    ("--lang",),
    "Language of explanations: en or zh (default: from the locale).",
    "choice",
    choices=("en", "zh"),
)
QUIET = Opt("quiet", ("--quiet", "-q"), "No progress or notes on stderr; errors only.", "flag", False)
CTX = Opt(
    "ctx",
    ("--ctx",),
    "Context length in tokens for the KV cache (default: what ollama uses on this machine).",
    "int",
    metavar="TOKENS",
    min=256,
    max=10_000_000,
)

EXPLAIN_JSON = Opt(
    "json_out", ("--json",), "Print JSON (the contract in the README) instead of a table.", "flag", False
)
EXPLAIN_OFFLINE = Opt(
    "offline",
    ("--offline",),
    "Do not ask Hugging Face for the exact size of a repo the catalog does not know.",
    "flag",
    False,
)
HARDWARE_JSON = Opt(
    "json_out",
    ("--json",),
    "Print JSON: ram_gb, ram_available_gb, cpu_cores, gpus, unified_memory (GB = 1e9 bytes).",
    "flag",
    False,
)
TASK = Opt("task", ("--task", "-t"), f"What the model is for: {', '.join(TASKS)}.", "task", "chat", metavar="TASK")
ROWS = Opt(
    "rows",
    ("--rows",),
    "Fine-tune on N rows of your own data: sizes LoRA/QLoRA training instead of inference and picks Base or "
    "Instruct by N (>1000 Base, 300–1000 either, <300 Instruct).",
    "int",
    metavar="N",
    min=1,
    max=10**9,
)
HUB = Opt(
    "hub",
    ("--hub",),
    "Which hub to search: hf, modelscope or all.",
    "choice",
    "all",
    choices=("hf", "modelscope", "all"),
)
LICENSE = Opt(
    "license_",
    ("--license",),
    "Only models under this license: permissive (Apache/MIT/BSD…), commercial (commercial use allowed, maybe "
    "with conditions), or an id such as apache-2.0.",
    "text",
    metavar="LICENSE",
)
LIMIT = Opt("limit", ("--limit", "-n"), "How many rows to show.", "int", 10, metavar="K", min=1, max=500)
SUGGEST_OFFLINE = Opt(
    "offline",
    ("--offline",),
    "Do not contact the hubs: use the on-disk cache and the embedded catalog.",
    "flag",
    False,
)
FORMAT = Opt(
    "fmt",
    ("--format", "-f"),
    "table for people; json, csv or tsv for scripts (data only on stdout).",
    "choice",
    "table",
    choices=("table", "json", "csv", "tsv"),
)

#: Each command's options, in the order ``--help`` lists them. ``explain`` also takes NAME.
COMMANDS: dict[str, tuple[Opt, ...]] = {
    "explain": (EXPLAIN_JSON, LANG, VRAM, RAM, GPUS, CPU_ONLY, CTX, EXPLAIN_OFFLINE, QUIET),
    "hardware": (HARDWARE_JSON, LANG, VRAM, RAM, GPUS, CPU_ONLY, QUIET),
    "suggest": (TASK, ROWS, HUB, VRAM, RAM, GPUS, CPU_ONLY, CTX, LICENSE, LIMIT, SUGGEST_OFFLINE, FORMAT, LANG, QUIET),
    "refresh": (QUIET,),
}
#: Commands with one positional argument, and its keyword.
ARGUMENTS = {"explain": "name"}


def _value(opt: Opt, text: str) -> object:
    """The parsed value, or None when it is not plainly valid (typer then says why)."""
    if opt.kind == "text":
        return text
    if opt.kind == "task":
        return normalize_task(text)
    if opt.kind == "choice":
        low = text.lower()
        return low if text.isascii() and low in opt.choices else None
    # "int": plain digits only; click also takes "+5", " 5" and "1_000", which typer handles.
    if not (text.isascii() and text.isdigit() and len(text) <= 12):
        return None
    number = int(text)
    if (opt.min is not None and number < opt.min) or (opt.max is not None and number > opt.max):
        return None
    return number


def parse(argv: list[str]) -> tuple[str, dict[str, object]] | None:
    """``(command, keyword arguments)`` for a plainly valid command line, else None."""
    if not argv or argv[0] not in COMMANDS:
        return None
    command, opts = argv[0], COMMANDS[argv[0]]
    by_flag = {flag: opt for opt in opts for flag in opt.flags}
    kwargs: dict[str, object] = {opt.dest: opt.default for opt in opts}
    positional = ARGUMENTS.get(command)
    args = argv[1:]
    i = 0
    while i < len(args):
        token = args[i]
        i += 1
        if not token.startswith("-"):
            if positional is None or positional in kwargs:
                return None  # an extra argument
            kwargs[positional] = token
            continue
        name, eq, attached = token.partition("=")
        opt = by_flag.get(name)
        if opt is None or (eq and not name.startswith("--")):
            return None  # unknown, --help, "--", or a short option written "-n=5"
        if opt.kind == "flag":
            if eq:
                return None
            kwargs[opt.dest] = True
            continue
        if eq:
            text = attached
        elif i < len(args) and not args[i].startswith("-"):
            text = args[i]
            i += 1
        else:
            return None  # missing value, or one that looks like an option
        value = _value(opt, text)
        if value is None:
            return None
        kwargs[opt.dest] = value
    if positional is not None and positional not in kwargs:
        return None
    return command, kwargs
