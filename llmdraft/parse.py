"""Turns a model's answer into (message, subject).

Models wrap drafts in "Sure! Here's a draft:", code fences, a "Subject:" line and an offer to
revise. The checks must see the message a person would paste, so all of that goes first.
"""

from __future__ import annotations

import json
import re

_FENCE = re.compile(r"```[\w-]*\n(.*?)(?:\n```|$)", re.DOTALL)
_PREAMBLE = re.compile(
    r"^(?:sure|certainly|of course|absolutely|okay|ok|great|here(?:'s| is| are)|below is|"
    r"i've (?:drafted|written)|this (?:draft|message))\b[^\n]{0,120}?(?::|\.|!)\s*$",
    re.IGNORECASE,
)
_POSTSCRIPT = re.compile(
    r"^(?:let me know|feel free to (?:adjust|edit|tweak)|i hope this helps|would you like|"
    r"(?:you can|feel free to) (?:adjust|customi[sz]e|edit|tweak)|this (?:draft|message) )",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^\**subject(?: line)?\**\s*:\s*\**(.+?)\**\s*$", re.IGNORECASE)
_LABEL = re.compile(r"^\**(?:message|body|draft)\**\s*:\s*$", re.IGNORECASE)


class ParseError(ValueError):
    pass


def parse_json_reply(text: str) -> tuple[str, str | None]:
    """A structured answer: {"message": ..., "subject": ...}."""
    try:
        data = json.loads(_unfence(text))
    except ValueError as exc:
        raise ParseError(f"the answer is not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("message"), str):
        raise ParseError("the answer has no 'message' text")
    subject = data.get("subject")
    return clean_text(data["message"]), (subject.strip() or None) if isinstance(subject, str) else None


def parse_text_reply(text: str) -> tuple[str, str | None]:
    """A plain-text answer: strip the wrapping, take a 'Subject:' line out."""
    text = _unfence(text.strip())
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            return parse_json_reply(stripped)
        except ParseError:
            pass
    lines = text.splitlines()
    while lines and (not lines[0].strip() or _PREAMBLE.match(lines[0].strip())
                     or _LABEL.match(lines[0].strip())):
        lines.pop(0)
    subject = None
    if lines and _SUBJECT.match(lines[0].strip()):
        subject = _SUBJECT.match(lines.pop(0).strip()).group(1).strip()
        while lines and (not lines[0].strip() or _LABEL.match(lines[0].strip())):
            lines.pop(0)
    while lines and (not lines[-1].strip() or _POSTSCRIPT.match(lines[-1].strip())
                     or lines[-1].strip() in {"---", "***"}):
        lines.pop()
    return clean_text("\n".join(lines)), subject


def _unfence(text: str) -> str:
    found = _FENCE.search(text)
    return found.group(1).strip() if found else text


def clean_text(text: str) -> str:
    """Trim each line's trailing spaces and collapse three or more blank lines."""
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip().strip('"').strip() if text.startswith('"') and text.endswith('"') else text
