"""Turns a model's answer into (message, subject).

Models wrap drafts in "Sure! Here's a draft:", code fences, a "Subject:" line and an offer to
revise. The checks must see the message a person would paste, so all of that goes first.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .patterns import lazy, shared

_FENCE = lazy(r"```[\w-]*\n(.*?)(?:\n```|$)", re.DOTALL)
_PREAMBLE = lazy(
    r"^(?:sure|certainly|of course|absolutely|okay|ok|great|here(?:'s| is| are)|below is|"
    r"i've (?:drafted|written)|this (?:draft|message))\b[^\n]{0,120}?(?::|\.|!)\s*$",
    re.IGNORECASE,
)
_POSTSCRIPT = lazy(
    r"^(?:let me know|feel free to (?:adjust|edit|tweak)|i hope this helps|would you like|"
    r"(?:you can|feel free to) (?:adjust|customi[sz]e|edit|tweak)|this (?:draft|message) )",
    re.IGNORECASE,
)
_SUBJECT = lazy(r"^\**subject(?: line)?\**\s*:\s*\**(.+?)\**\s*$", re.IGNORECASE)
_LABEL = lazy(r"^\**(?:message|body|draft)\**\s*:\s*$", re.IGNORECASE)


class ParseError(ValueError):
    pass


class DraftReply(BaseModel):
    """The structured answer asked of models that support JSON-schema output."""

    model_config = ConfigDict(extra="forbid")
    subject: str | None = Field(description="the email or InMail subject line, else null")
    message: str = Field(description="the message, ready to paste")


def reply_schema() -> dict:
    """The JSON schema sent as response_format (strict: every field required, nothing extra)."""
    return DraftReply.model_json_schema()


def parse_json_reply(text: str) -> tuple[str, str | None]:
    """A structured answer: {"message": ..., "subject": ...}."""
    try:
        reply = DraftReply.model_validate_json(_unfence(text))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ParseError(f"the answer is not the JSON asked for ({first['msg']})") from None
    subject = reply.subject.strip() if reply.subject else None
    return clean_text(reply.message), subject or None


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
    """Drop control sequences (a reply's ESC or bidi override must reach neither the terminal nor
    the draft), trim each line's trailing spaces and collapse three or more blank lines."""
    from .sanitize import strip_controls

    text = strip_controls(text)
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    text = shared(r"\n{3,}").sub("\n\n", text)
    return text.strip().strip('"').strip() if text.startswith('"') and text.endswith('"') else text
