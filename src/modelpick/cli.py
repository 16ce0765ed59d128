"""The command line: parse → call the core → render → exit code. Nothing else lives here.

Heavy modules (rich tables, hub SDKs, pynvml) are imported inside the commands that need them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer

from modelpick import __version__
from modelpick.errors import ExitCode, ModelpickError, UsageError
from modelpick.i18n import Lang

if TYPE_CHECKING:
    from modelpick.hardware import Hardware

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


def _lang(value: LangChoice | None) -> Lang:
    from modelpick.i18n import default_lang

    return "zh" if value == LangChoice.zh else "en" if value == LangChoice.en else default_lang()


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
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or notes on stderr; errors only.")]
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


def _say(quiet: bool) -> Callable[[str], None]:
    """Where notes go: one line each on stderr, or nowhere with --quiet."""
    from modelpick.render import message

    return (lambda text: None) if quiet else (lambda text: message(f"modelpick: {text}"))


def _hardware(vram: str | None, ram: str | None, gpus: int | None, cpu_only: bool, quiet: bool = False) -> Hardware:
    from modelpick.hardware import Hardware, detect, with_overrides
    from modelpick.units import parse_size

    vram_bytes = parse_size(vram, "--vram") if vram is not None else None
    ram_bytes = parse_size(ram, "--ram") if ram is not None else None
    if cpu_only and (vram_bytes or gpus):
        raise UsageError("--cpu-only cannot be combined with --vram or --gpus")
    # With the whole machine described on the command line there is nothing to probe.
    described = ram_bytes is not None and (cpu_only or vram_bytes is not None or gpus == 0)
    if described:
        hw = Hardware(ram_gb=ram_bytes / 1e9 if ram_bytes else 0, ram_available_gb=None, cpu_cores=None)
    else:
        hw = detect(probe_gpu=not cpu_only and os.environ.get("MODELPICK_NO_GPU_PROBE") != "1")
        say = _say(quiet)
        for note in hw.notes:
            say(note)
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
    offline: Annotated[
        bool,
        typer.Option(
            "--offline", help="Do not ask Hugging Face for the exact size of a repo the catalog does not know."
        ),
    ] = False,
    quiet: QuietOpt = False,
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
        hw = _hardware(vram, ram, gpus, cpu_only, quiet)
        decoded = decode(name)
        entry = catalog.lookup(name) if decoded.parts else None
        from modelpick import render, sources

        hub_model = None
        if entry is None and decoded.repo_id and not sources.offline_requested(offline):
            hub_model = sources.repo_info(decoded.repo_id, _say(quiet))
        ex = core.explain(decoded, entry, hw.machine(), ctx, hub_model)

        if json_out:
            render.write_json(ex.to_json(language))
        else:
            render.explain(ex, language, render.console())

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
    quiet: QuietOpt = False,
) -> None:
    """Show the RAM, GPUs and memory bandwidth modelpick detected (or the machine you describe).

    Examples:

      modelpick hardware

      modelpick hardware --json

      modelpick hardware --vram 24GB --gpus 2 --ram 128GB
    """

    def body() -> None:
        from modelpick import render

        hw = _hardware(vram, ram, gpus, cpu_only, quiet)
        if json_out:
            render.write_json(hw.to_json())
        else:
            render.hardware(hw, _lang(lang), render.console())

    run(body)


class HubChoice(str, Enum):
    hf = "hf"
    modelscope = "modelscope"
    all = "all"


class FormatChoice(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    tsv = "tsv"


def _task_names() -> list[str]:
    from modelpick.rank import TASKS

    return list(TASKS)


def _check_task(value: str) -> str:
    from modelpick.rank import TASKS

    task = value.strip().lower()
    if task not in TASKS:
        raise typer.BadParameter(f"unknown task {value!r}; choose one of: {', '.join(TASKS)}")
    return task


@app.command()
def suggest(
    task: Annotated[
        str,
        typer.Option(
            "--task",
            "-t",
            help="What the model is for: chat, code, math, reasoning, vision, embedding, rerank, asr, tts, image-generation, video, tools, fim.",
            callback=_check_task,
            autocompletion=_task_names,
            metavar="TASK",
        ),
    ] = "chat",
    rows: Annotated[
        int | None,
        typer.Option(
            "--rows",
            help="Fine-tune on N rows of your own data: sizes LoRA/QLoRA training instead of inference and picks Base or Instruct by N (>1000 Base, 300–1000 either, <300 Instruct).",
            min=1,
            max=10**9,
            metavar="N",
        ),
    ] = None,
    hub: Annotated[
        HubChoice, typer.Option("--hub", help="Which hub to search: hf, modelscope or all.", case_sensitive=False)
    ] = HubChoice.all,
    vram: VramOpt = None,
    ram: RamOpt = None,
    gpus: GpusOpt = None,
    cpu_only: CpuOnlyOpt = False,
    ctx: CtxOpt = None,
    license_: Annotated[
        str | None,
        typer.Option(
            "--license",
            help="Only models under this license: permissive (Apache/MIT/BSD…), commercial (commercial use allowed, maybe with conditions), or an id such as apache-2.0.",
            metavar="LICENSE",
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="How many rows to show.", min=1, max=500, metavar="K")
    ] = 10,
    offline: Annotated[
        bool, typer.Option("--offline", help="Do not contact the hubs: use the on-disk cache and the embedded catalog.")
    ] = False,
    fmt: Annotated[
        FormatChoice,
        typer.Option(
            "--format",
            "-f",
            help="table for people; json, csv or tsv for scripts (data only on stdout).",
            case_sensitive=False,
        ),
    ] = FormatChoice.table,
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

    def body() -> None:
        from modelpick import render, sources
        from modelpick import suggest as core
        from modelpick.candidates import GENERATIVE
        from modelpick.errors import NothingFitsError
        from modelpick.rank import TASKS, Prefs

        language = _lang(lang)
        if license_ is not None and not license_.strip():
            raise UsageError("--license is empty", hint="use permissive, commercial or a license id such as apache-2.0")
        if rows is not None and task not in GENERATIVE:
            raise UsageError(
                f"--rows sizes LoRA fine-tuning of text-generation models; {task} models are not covered",
                hint=f"use --task one of: {', '.join(t for t in TASKS if t in GENERATIVE)}",
            )
        say = _say(quiet)
        hw = _hardware(vram, ram, gpus, cpu_only, quiet)
        prefs = Prefs(
            task=task, rows=rows, license=license_, limit=limit, ctx=ctx, prefer_modelscope=hub == HubChoice.modelscope
        )
        candidates = sources.gather(
            task, hub.value, offline=offline, say=say, spinner=fmt == FormatChoice.table and not quiet
        )
        machine = hw.machine()
        result = core.rows_for(candidates, machine, prefs)
        if not result:
            what = "fine-tune" if rows else "run"
            hint = (
                "fine-tuning estimates assume an NVIDIA GPU (Unsloth / bitsandbytes)"
                if rows and not hw.gpus
                else "try --cpu-only with more --ram, a bigger --vram, or another --license"
            )
            raise NothingFitsError(
                f"no {task} model to {what} fits this machine ({render.machine_line(hw, 'en')})", hint=hint
            )
        if fmt == FormatChoice.json:
            render.write_json([r.to_json() for r in result])
        elif fmt in (FormatChoice.csv, FormatChoice.tsv):
            render.write_delimited(
                [core.CSV_COLUMNS, *(core.flat(r) for r in result)], "," if fmt == FormatChoice.csv else "\t"
            )
        else:
            render.suggest(result, hw, task, rows, language, render.console())

    run(body)


@app.command()
def refresh(
    quiet: QuietOpt = False,
) -> None:
    """Re-query both hubs for every task now and rewrite the on-disk cache (normally refreshed daily).

    Examples:

      modelpick refresh

      MODELPICK_CACHE_DIR=/tmp/mp modelpick refresh
    """

    def body() -> None:
        from modelpick import render, sources
        from modelpick.errors import NoDataError
        from modelpick.hubs import cache

        if sources.offline_requested(False):
            raise UsageError("MODELPICK_OFFLINE=1 is set: refresh needs the network")
        say = _say(quiet)
        ok, failed = sources.refresh(say, progress=not quiet)
        if ok == 0:
            raise NoDataError(
                "no hub answered; the cache was not refreshed",
                hint="check the network, HF_ENDPOINT and MODELSCOPE_ENDPOINT",
            )
        if not quiet:
            render.message(
                f"modelpick: refreshed {ok} listings in {cache.cache_dir()}" + (f" ({failed} failed)" if failed else "")
            )

    run(body)


COMPLETE_VAR = "_MODELPICK_COMPLETE"


def main() -> None:
    """Console-script entry point."""
    if COMPLETE_VAR in os.environ:
        # Shell completion (the scripts in completions/ call back with this variable set):
        # register typer's bash/zsh/fish/powershell classes only when they are needed.
        from typer import completion

        completion.completion_init()  # type: ignore[attr-defined]  # public module, name not in __all__
    app(prog_name="modelpick")
