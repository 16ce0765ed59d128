"""The typer app: help, completion and error messages for every command line.

Everyday command lines that are plainly valid never get here: ``entry.main`` parses them with
``options.parse`` and calls ``actions`` directly, without importing typer. Both parsers take
their options from ``options.py`` and call the same bodies in ``actions.py``; this module only
declares the commands and passes its arguments on.
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated, Any

import typer

from modelpick import __version__, actions
from modelpick import options as o

app = typer.Typer(
    name="modelpick",
    help=(
        "Pick the open model that fits your machine and task, and decode model names.\n\n"
        "Examples:\n\n"
        "  modelpick suggest --task code\n\n"
        "  modelpick suggest --rows 500 --vram 24GB\n\n"
        "  modelpick explain Qwen1.5-72B-Chat-AWQ\n\n"
        "  modelpick hardware --json"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _option(opt: o.Opt, **extra: Any) -> Any:
    """The typer option declared by ``opt`` (flags, help, metavar, range; choices ignore case)."""
    kwargs: dict[str, Any] = {"help": opt.help, **extra}
    if opt.metavar:
        kwargs["metavar"] = opt.metavar
    if opt.min is not None:
        kwargs["min"] = opt.min
    if opt.max is not None:
        kwargs["max"] = opt.max
    if opt.choices:
        kwargs["case_sensitive"] = False
    return typer.Option(*opt.flags, **kwargs)


def _exit(code: int) -> None:
    if code:
        raise typer.Exit(code)


def _choice(value: Enum | None) -> Any:
    return None if value is None else value.value


# Choices as enums, which is how typer offers them; tests/test_options.py checks they equal options.py's.
class LangChoice(str, Enum):
    en = "en"
    zh = "zh"


class HubChoice(str, Enum):
    hf = "hf"
    modelscope = "modelscope"
    all = "all"


class FormatChoice(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    tsv = "tsv"


VramOpt = Annotated[str | None, _option(o.VRAM)]
RamOpt = Annotated[str | None, _option(o.RAM)]
GpusOpt = Annotated[int | None, _option(o.GPUS)]
CpuOnlyOpt = Annotated[bool, _option(o.CPU_ONLY)]
LangOpt = Annotated[LangChoice | None, _option(o.LANG)]
QuietOpt = Annotated[bool, _option(o.QUIET)]
CtxOpt = Annotated[int | None, _option(o.CTX)]


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"modelpick {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", help="Print the version and exit.", callback=_version, is_eager=True),
    ] = False,
) -> None:
    """Pick the open model that fits your machine and task, and decode model names."""


@app.command()
def explain(
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            help="A repo id (Qwen/Qwen2.5-7B-Instruct), a bare name, a GGUF file name or an ollama tag.",
        ),
    ],
    json_out: Annotated[bool, _option(o.EXPLAIN_JSON)] = False,
    lang: LangOpt = None,
    vram: VramOpt = None,
    ram: RamOpt = None,
    gpus: GpusOpt = None,
    cpu_only: CpuOnlyOpt = False,
    ctx: CtxOpt = None,
    offline: Annotated[bool, _option(o.EXPLAIN_OFFLINE)] = False,
    quiet: QuietOpt = False,
) -> None:
    """Decode a model name part by part, with memory per precision and a verdict for this machine.

    Examples:

      modelpick explain Qwen1.5-72B-Chat-AWQ

      modelpick explain DeepSeek-R1-Distill-Qwen-7B --lang zh

      modelpick explain bartowski/Meta-Llama-3.1-8B-Instruct-GGUF --vram 8GB --json
    """
    _exit(
        actions.explain(
            name=name, json_out=json_out, lang=_choice(lang), vram=vram, ram=ram, gpus=gpus,
            cpu_only=cpu_only, ctx=ctx, offline=offline, quiet=quiet,
        )
    )  # fmt: skip


@app.command()
def hardware(
    json_out: Annotated[bool, _option(o.HARDWARE_JSON)] = False,
    lang: LangOpt = None,
    vram: VramOpt = None,
    ram: RamOpt = None,
    gpus: GpusOpt = None,
    cpu_only: CpuOnlyOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Show the RAM, GPUs and memory bandwidth modelpick detected (or the machine you describe).

    Examples:

      modelpick hardware

      modelpick hardware --json

      modelpick hardware --vram 24GB --gpus 2 --ram 128GB
    """
    _exit(
        actions.hardware(
            json_out=json_out, lang=_choice(lang), vram=vram, ram=ram, gpus=gpus, cpu_only=cpu_only, quiet=quiet
        )
    )


def _task_names() -> list[str]:
    return list(o.TASKS)


def _check_task(value: str) -> str:
    task = o.normalize_task(value)
    if task is None:
        raise typer.BadParameter(f"unknown task {value!r}; choose one of: {', '.join(o.TASKS)}")
    return task


@app.command()
def suggest(
    task: Annotated[str, _option(o.TASK, callback=_check_task, autocompletion=_task_names)] = "chat",
    rows: Annotated[int | None, _option(o.ROWS)] = None,
    hub: Annotated[HubChoice, _option(o.HUB)] = HubChoice.all,
    vram: VramOpt = None,
    ram: RamOpt = None,
    gpus: GpusOpt = None,
    cpu_only: CpuOnlyOpt = False,
    ctx: CtxOpt = None,
    license_: Annotated[str | None, _option(o.LICENSE)] = None,
    limit: Annotated[int, _option(o.LIMIT)] = 10,
    offline: Annotated[bool, _option(o.SUGGEST_OFFLINE)] = False,
    fmt: Annotated[FormatChoice, _option(o.FORMAT)] = FormatChoice.table,
    lang: LangOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Rank the models that fit this machine (or the one you describe) for a task.

    Examples:

      modelpick suggest --task code

      modelpick suggest --task chat --vram 24GB --ram 64GB --format json

      modelpick suggest --rows 500 --license permissive

      modelpick suggest --task embedding --hub modelscope --lang zh
    """
    _exit(
        actions.suggest(
            task=task, rows=rows, hub=_choice(hub), vram=vram, ram=ram, gpus=gpus, cpu_only=cpu_only, ctx=ctx,
            license_=license_, limit=limit, offline=offline, fmt=_choice(fmt), lang=_choice(lang), quiet=quiet,
        )
    )  # fmt: skip


@app.command()
def refresh(
    quiet: QuietOpt = False,
) -> None:
    """Re-query both hubs for every task now and rewrite the on-disk cache (normally refreshed daily).

    Examples:

      modelpick refresh

      MODELPICK_CACHE_DIR=/tmp/mp modelpick refresh
    """
    _exit(actions.refresh(quiet=quiet))
