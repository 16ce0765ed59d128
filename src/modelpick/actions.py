"""What each command does, given its parsed arguments: call the core, render, return an exit code.

Both parsers call these: ``options.parse`` for plain command lines (no typer import) and the typer
app in ``cli.py`` for everything else. Errors are translated here, once, into one line on stderr
and an exit code (STYLE.md habit 3); tracebacks only with MODELPICK_DEBUG=1.
Heavy modules (rich tables, hub SDKs, pynvml) are imported inside the bodies that need them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from modelpick.errors import ExitCode, ModelpickError, UsageError
from modelpick.records import TYPE_CHECKING

if TYPE_CHECKING:
    from modelpick.hardware import Hardware
    from modelpick.i18n import Lang


def _message(text: str) -> None:
    from modelpick.render import message

    message(text)


def run(body: Callable[[], None]) -> int:
    """Run a command body; the exit code, with any error said in one line on stderr."""
    try:
        body()
        return ExitCode.OK
    except ModelpickError as err:
        _message(f"modelpick: error: {err.message}")
        if err.hint:
            _message(f"  hint: {err.hint}")
        return err.exit_code
    except KeyboardInterrupt:
        _message("modelpick: interrupted")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # `modelpick suggest | head`: the reader left, which is not an error. Point stdout at
        # /dev/null so the interpreter's final flush does not complain (Python docs, "Note on SIGPIPE").
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.OK
    except Exception as exc:
        if os.environ.get("MODELPICK_DEBUG") == "1":
            raise
        _message(f"modelpick: internal error: {type(exc).__name__}: {exc}")
        _message("  hint: run again with MODELPICK_DEBUG=1 for a traceback, and report it")
        return ExitCode.ERROR


def _lang(value: str | None) -> Lang:
    from modelpick.i18n import default_lang

    return "zh" if value == "zh" else "en" if value == "en" else default_lang()


def _say(quiet: bool) -> Callable[[str], None]:
    """Where notes go: one line each on stderr, or nowhere with --quiet."""
    return (lambda text: None) if quiet else (lambda text: _message(f"modelpick: {text}"))


def _hardware(vram: str | None, ram: str | None, gpus: int | None, cpu_only: bool, quiet: bool) -> Hardware:
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


def explain(
    name: str,
    json_out: bool = False,
    lang: str | None = None,
    vram: str | None = None,
    ram: str | None = None,
    gpus: int | None = None,
    cpu_only: bool = False,
    ctx: int | None = None,
    offline: bool = False,
    quiet: bool = False,
) -> int:
    def body() -> None:
        from modelpick import catalog, render
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
        hub_model = None
        if entry is None and decoded.repo_id:
            from modelpick import sources  # only a repo the catalog does not know may need a hub

            if not sources.offline_requested(offline):
                hub_model = sources.repo_info(decoded.repo_id, _say(quiet))
        ex = core.explain(decoded, entry, hw.machine(), ctx, hub_model)
        if json_out:
            render.write_json(ex.to_json(language))
        else:
            render.explain(ex, language, render.console())

    return run(body)


def hardware(
    json_out: bool = False,
    lang: str | None = None,
    vram: str | None = None,
    ram: str | None = None,
    gpus: int | None = None,
    cpu_only: bool = False,
    quiet: bool = False,
) -> int:
    def body() -> None:
        from modelpick import render

        hw = _hardware(vram, ram, gpus, cpu_only, quiet)
        if json_out:
            render.write_json(hw.to_json())
        else:
            render.hardware(hw, _lang(lang), render.console())

    return run(body)


def suggest(
    task: str = "chat",
    rows: int | None = None,
    hub: str = "all",
    vram: str | None = None,
    ram: str | None = None,
    gpus: int | None = None,
    cpu_only: bool = False,
    ctx: int | None = None,
    license_: str | None = None,
    limit: int = 10,
    offline: bool = False,
    fmt: str = "table",
    lang: str | None = None,
    quiet: bool = False,
) -> int:
    def body() -> None:
        from modelpick import render, sources
        from modelpick import suggest as core
        from modelpick.candidates import GENERATIVE
        from modelpick.errors import NothingFitsError
        from modelpick.options import TASKS
        from modelpick.rank import Prefs

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
            task=task, rows=rows, license=license_, limit=limit, ctx=ctx, prefer_modelscope=hub == "modelscope"
        )
        candidates = sources.gather(task, hub, offline=offline, say=say, spinner=fmt == "table" and not quiet)
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
        if fmt == "json":
            render.write_json([r.to_json() for r in result])
        elif fmt in ("csv", "tsv"):
            render.write_delimited([core.CSV_COLUMNS, *(core.flat(r) for r in result)], "," if fmt == "csv" else "\t")
        else:
            render.suggest(result, hw, task, rows, language, render.console())

    return run(body)


def refresh(quiet: bool = False) -> int:
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

    return run(body)


#: The body of each command, by name (what ``options.parse`` and the typer app dispatch to).
BODIES: dict[str, Callable[..., int]] = {
    "explain": explain,
    "hardware": hardware,
    "suggest": suggest,
    "refresh": refresh,
}
