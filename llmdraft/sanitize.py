"""What llmdraft lets reach a terminal or a file: no control sequences, no secrets, no floods.

Three hazards, one module, because every message printed or stored passes through all three:
- terminal control sequences (ESC, BEL, NUL, C0/C1 controls, bidi overrides) in an input, an
  export or a model's reply could clear the screen, retitle the window or reorder what the user
  reads; input holding them is refused (`find_control`), anything else has them removed
  (`strip_controls`) or shown escaped (`visible`);
- an endpoint or proxy may echo the API key in an error body: `redact` removes the configured key
  and anything shaped like one before a message is printed or written;
- a 120 KB value quoted whole in an error is a flood: `excerpt` quotes the first 60 characters.
"""

from __future__ import annotations

import os
import re

from .patterns import lazy

# C0 controls but tab and newline (CR too: a lone CR rewrites the line on a terminal), DEL, C1
# controls, and the bidirectional embeddings, overrides and isolates.
_CONTROL = lazy(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The same, for text that is one line by nature (a name, a flag): tab and newline too.
_CONTROL_LINE = lazy(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Whole sequences go, not just their first byte: CSI (ESC [ or the C1 byte 0x9B) with its
# parameters, OSC (ESC ] or 0x9D) up to its terminator, and any other two-byte ESC sequence.
_ESCAPE_SEQUENCE = lazy(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b.?", re.DOTALL)

_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "BS", "\x1b": "ESC", "\r": "CR", "\x7f": "DEL",
          "\u202e": "RIGHT-TO-LEFT OVERRIDE", "\u202d": "LEFT-TO-RIGHT OVERRIDE"}


def find_control(text: str, one_line: bool = False) -> str | None:
    """The first control character in `text`, as 'U+001B (ESC)', or None when there is none."""
    found = (_CONTROL_LINE if one_line else _CONTROL).search(text)
    if found is None:
        return None
    ch = found.group()
    name = _NAMES.get(ch)
    return f"U+{ord(ch):04X}" + (f" ({name})" if name else "")


def strip_controls(text: str) -> str:
    """`text` with escape sequences and other control characters removed (CRLF becomes LF)."""
    text = text.replace("\r\n", "\n")
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub("", text)


def escape_controls(json_text: str) -> str:
    """JSON text with the control characters json.dumps(ensure_ascii=False) leaves raw (C1,
    DEL, bidi) written as \\uXXXX escapes; they can only occur inside strings, so the JSON
    means the same."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def visible(text: str) -> str:
    """`text` with every control character shown as an escape (for one-line messages)."""
    return _CONTROL_LINE.sub(lambda m: repr(m.group())[1:-1] if ord(m.group()) < 0x100
                             else f"\\u{ord(m.group()):04x}", text)


# -- secrets ------------------------------------------------------------------------------------

_KEY_SHAPED = lazy(
    r"(?:\bsk-[A-Za-z0-9_\-]{8,}"  # OpenAI and most compatible servers
    r"|\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=\-]{8,}"  # an Authorization header echoed back
    r"|\b(?:api[_-]?key|access[_-]?token|secret)[\"']?\s*[:=]\s*[\"']?[A-Za-z0-9._\-]{8,})",
    re.IGNORECASE)
_URL_PASSWORD = lazy(r"(?<=://)[^/\s:@]+:[^/\s@]+@")  # http://user:password@host
REDACTED = "[redacted]"
_ENV_KEYS = ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "LLMDRAFT_API_KEY")


def redact(text: str, *secrets: str | None) -> str:
    """`text` without the configured API keys (environment and `secrets`), key-shaped strings,
    or a password in a URL."""
    for secret in (*secrets, *(os.environ.get(name) for name in _ENV_KEYS)):
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    text = _URL_PASSWORD.sub(REDACTED + "@", text)
    return _KEY_SHAPED.sub(REDACTED, text)


# -- size ---------------------------------------------------------------------------------------

EXCERPT = 60


def excerpt(value: object, limit: int = EXCERPT) -> str:
    """A value quoted for an error message: its repr (controls escaped), at most `limit`
    characters of the value, then '…' when there was more."""
    if isinstance(value, str):
        return repr(value[:limit]) + ("…" if len(value) > limit else "")
    text = _short_repr(value, limit)
    return visible(text[:limit]) + ("…" if len(text) > limit else "")


def _short_repr(value: object, limit: int) -> str:
    if isinstance(value, (list, tuple, dict, set)) and len(value) > limit:
        return f"<{type(value).__name__} of {len(value)} items>"
    try:
        return repr(value)[: limit + 1]
    except RecursionError:
        return f"<{type(value).__name__}>"


MAX_LINE = 280  # a one-line message's length on stderr (the fuzz suite holds it under 300)


def message_line(text: str, limit: int = MAX_LINE) -> str:
    """What llmdraft prints as one line: secrets redacted, controls escaped, newlines joined,
    long messages cut."""
    text = redact(str(text))
    text = " ".join(text.split("\n"))
    text = visible(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
