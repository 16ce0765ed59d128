"""The console-script entry point: the fast path for plain command lines, typer for the rest.

Importing typer (with click) costs about 4× a bare interpreter start; an everyday command line
such as ``modelpick explain Qwen1.5-72B-Chat-AWQ --json`` needs none of it. ``options.parse``
reads such lines and the body runs at once; help, completion, typos and anything unusual go to
the typer app, which gives the same bodies the same arguments (tests/test_options.py).
"""

from __future__ import annotations

import os
import sys

#: Set by the completion scripts in completions/ when they call back for candidates.
COMPLETE_VAR = "_MODELPICK_COMPLETE"


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if COMPLETE_VAR not in os.environ:
        try:
            from modelpick.options import parse

            parsed = parse(args)
            if parsed is not None:
                from modelpick.actions import BODIES

                command, kwargs = parsed
                sys.exit(BODIES[command](**kwargs))
        except KeyboardInterrupt:  # Ctrl-C before a command body (which handles its own) took over
            from modelpick.errors import ExitCode

            sys.stderr.write("modelpick: interrupted\n")
            sys.exit(ExitCode.INTERRUPTED)
    from modelpick.cli import app

    if COMPLETE_VAR in os.environ:
        # register typer's bash/zsh/fish/powershell classes only when they are needed
        from typer import completion

        completion.completion_init()  # type: ignore[attr-defined]  # public module, name not in __all__
    app(args=args, prog_name="modelpick")
