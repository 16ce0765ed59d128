"""Make untrusted text (hub data, user input) inert before a terminal or a shell sees it."""

from __future__ import annotations

import re

# C0 and C1 control characters, DEL, and the Unicode bidi overrides/isolates that can reorder
# what a terminal shows (CVE-2021-42574 "Trojan Source").
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2028\u2029]")


# json.dumps already escapes C0 inside strings (and the layout's own newlines must stay).
_NON_C0 = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2028\u2029]")


def strip_controls(text: str) -> str:
    """Replace control characters (ANSI/OSC escapes start with ESC) with a visible ``?``."""
    return _CONTROL.sub("?", text)


def for_rich(text: str) -> str:
    """Safe to pass to rich as markup: controls replaced, ``[`` escaped."""
    from rich.markup import escape

    return escape(strip_controls(text))


def escape_json_controls(text: str) -> str:
    """In serialised JSON, write the characters ``strip_controls`` hides as \\uXXXX escapes."""
    return _NON_C0.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
