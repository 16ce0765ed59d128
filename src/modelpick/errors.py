"""Error classes and the exit codes they map to.

Errors are raised by the core and translated once, at the CLI boundary, into one line on
stderr and an exit code (STYLE.md habit 3). Scripts rely on these numbers: they are
documented in the README and tested.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes; stable across releases."""

    OK = 0
    #: An unexpected internal error (a bug): the message says how to get a traceback.
    ERROR = 1
    #: Bad flag, unknown task, unparsable size: the command line is wrong.
    USAGE = 2
    #: The question was understood but no model fits the machine described.
    NOTHING_FITS = 3
    #: No hub answered and no cached or embedded data was available.
    NO_DATA = 4
    #: Interrupted with Ctrl-C (128 + SIGINT, the shell convention).
    INTERRUPTED = 130


class ModelpickError(Exception):
    """Base class: an error with a user-facing one-line message and an exit code."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(ModelpickError):
    exit_code = ExitCode.USAGE


class NothingFitsError(ModelpickError):
    exit_code = ExitCode.NOTHING_FITS


class NoDataError(ModelpickError):
    exit_code = ExitCode.NO_DATA
