"""The command line: parse → call the core → render → exit code. Nothing else lives here.

Heavy modules (rich tables, hub SDKs, pynvml) are imported inside the commands that need them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import Enum
from typing import Annotated, NoReturn, TypeVar

import typer

from modelpick import __version__
from modelpick.errors import ExitCode, ModelpickError, UsageError

T = TypeVar("T")

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


class LangChoice(str, Enum):
    en = "en"
    zh = "zh"


def _fail(err: ModelpickError) -> NoReturn:
    from modelpick.render import message

    message(f"modelpick: error: {err.message}")
    if err.hint:
        message(f"  hint: {err.hint}")
    raise typer.Exit(int(err.exit_code))


def run(body: Callable[[], T]) -> T:
    """Run a command body, translating errors once into a message and an exit code."""
    try:
        return body()
    except ModelpickError as err:
        _fail(err)
    except KeyboardInterrupt:
        from modelpick.render import message

        message("modelpick: interrupted")
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except (typer.Exit, typer.Abort):
        raise
    except BrokenPipeError:  # `modelpick suggest | head`: the reader left; not an error
        raise typer.Exit(0) from None
    except Exception as exc:
        if os.environ.get("MODELPICK_DEBUG") == "1":
            raise
        from modelpick.render import message

        message(f"modelpick: internal error: {type(exc).__name__}: {exc}")
        message("  hint: run again with MODELPICK_DEBUG=1 for a traceback, and report it")
        raise typer.Exit(int(ExitCode.ERROR)) from None


def _lang(value: LangChoice | None) -> str:
    from modelpick.i18n import default_lang

    return value.value if value else default_lang()


# ---------------------------------------------------------------------------------------------
# Shared options
# ---------------------------------------------------------------------------------------------

VramOpt = Annotated[
    str | None,
    typer.Option(
        "--vram",
        help="Plan for this much VRAM per GPU, e.g. 24GB, 24GiB, 12G (GB = GiB, as memory is sold).",
        metavar="SIZE",
    ),
]
RamOpt = Annotated[str | None, typer.Option("--ram", help="Plan for this much RAM, e.g. 64GB.", metavar="SIZE")]
GpusOpt = Annotated[
    int | None,
    typer.Option("--gpus", help="Plan for N GPUs (tensor parallel).", min=0, max=1024, metavar="N"),
]
CpuOnlyOpt = Annotated[bool, typer.Option("--cpu-only", help="Plan for a machine without a usable GPU.")]
LangOpt = Annotated[
    LangChoice | None,
    typer.Option(
        "--lang",
        help="Language of explanations: en or zh (default: from the locale).",
        case_sensitive=False,
    ),
]
CtxOpt = Annotated[
    int | None,
    typer.Option(
        "--ctx",
        help="Context length in tokens for the KV cache (default: what ollama uses on this machine).",
        min=256,
        max=10_000_000,
        metavar="TOKENS",
    ),
]


def _hardware(vram: str | None, ram: str | None, gpus: int | None, cpu_only: bool):  # type: ignore[no-untyped-def]
    from modelpick.hardware import detect, with_overrides
    from modelpick.render import message
    from modelpick.units import parse_size

    vram_bytes = parse_size(vram, "--vram") if vram is not None else None
    ram_bytes = parse_size(ram, "--ram") if ram is not None else None
    if cpu_only and (vram_bytes or gpus):
        raise UsageError("--cpu-only cannot be combined with --vram or --gpus")
    # With the whole machine described on the command line there is nothing to probe.
    described = ram_bytes is not None and (cpu_only or vram_bytes is not None or gpus == 0)
    if described:
        from modelpick.hardware import Hardware

        hw = Hardware(ram_gb=ram_bytes / 1e9 if ram_bytes else 0, ram_available_gb=None, cpu_cores=None)
    else:
        hw = detect(probe_gpu=not cpu_only and os.environ.get("MODELPICK_NO_GPU_PROBE") != "1")
        for note in hw.notes:
            message(f"modelpick: {note}")
    return with_overrides(hw, vram_bytes, ram_bytes, gpus, cpu_only)


# ---------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------


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
    json_out: Annotated[
        bool,
        typer.Option("--json", help="Print JSON (the contract in the README) instead of a table."),
    ] = False,
    lang: LangOpt = None,
    vram: VramOpt = None,
    ram: RamOpt = None,
    gpus: GpusOpt = None,
    cpu_only: CpuOnlyOpt = False,
    ctx: CtxOpt = None,
) -> None:
    """Decode a model name part by part, with memory per precision and a verdict for this machine.

    Examples:

      modelpick explain Qwen1.5-72B-Chat-AWQ

      modelpick explain DeepSeek-R1-Distill-Qwen-7B --lang zh

      modelpick explain bartowski/Meta-Llama-3.1-8B-Instruct-GGUF --vram 8GB --json
    """

    def body() -> None:
        from modelpick import catalog
        from modelpick import explain as core
        from modelpick.names import decode

        language = _lang(lang)
        if not name.strip():
            raise UsageError("NAME is empty", hint="give a repo id such as Qwen/Qwen2.5-7B-Instruct")
        if len(name) > 1000:
            raise UsageError(f"NAME is {len(name)} characters long; model names are at most a few hundred")
        hw = _hardware(vram, ram, gpus, cpu_only)
        decoded = decode(name)
        entry = catalog.lookup(name) if decoded.parts else None
        ex = core.explain(decoded, entry, hw.machine(), ctx)
        from modelpick import render

        if json_out:
            render.write_json(ex.to_json(language))  # type: ignore[arg-type]
        else:
            render.explain(ex, language, render.console())  # type: ignore[arg-type]

    run(body)


@app.command()
def hardware(
    json_out: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print JSON: ram_gb, ram_available_gb, cpu_cores, gpus, unified_memory (GB = 1e9 bytes).",
        ),
    ] = False,
    lang: LangOpt = None,
    vram: VramOpt = None,
    ram: RamOpt = None,
    gpus: GpusOpt = None,
    cpu_only: CpuOnlyOpt = False,
) -> None:
    """Show the RAM, GPUs and memory bandwidth modelpick detected (or the machine you describe).

    Examples:

      modelpick hardware

      modelpick hardware --json

      modelpick hardware --vram 24GB --gpus 2 --ram 128GB
    """

    def body() -> None:
        from modelpick import render

        hw = _hardware(vram, ram, gpus, cpu_only)
        if json_out:
            render.write_json(hw.to_json())
        else:
            render.hardware(hw, _lang(lang), render.console())  # type: ignore[arg-type]

    run(body)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="modelpick")
