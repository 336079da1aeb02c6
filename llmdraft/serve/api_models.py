"""The bodies the HTTP API takes and gives, as pydantic models: FastAPI documents them in the
OpenAPI schema (/v1/openapi.json). The context itself is checked by llmdraft (Context.from_dict),
not here, so that a bad field gets the very line the CLI prints."""

from __future__ import annotations

from typing import Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field


class ContextIn(BaseModel):
    """The context keys, as in a context file or a CSV row. Unknown keys reach llmdraft, which
    names them."""

    model_config = ConfigDict(extra="allow")

    recipient: Optional[str] = Field(None, description="Who receives the message (required).")
    sender: Optional[str] = Field(None, description="You; signs the message.")
    project: Optional[str] = Field(None, description="The project you shared (required).")
    strengths: Optional[Union[list[str], str]] = Field(
        None, description="1 to 5 strengths; a list, or one string split on ';' or '|'.")
    relationship: Optional[str] = Field(None, description="One of LinkedIn's twelve values.")
    closeness: Optional[str] = Field(None, description="close | professional | distant")
    channel: Optional[str] = Field(None, description="linkedin-request | linkedin-message | "
                                                     "connection-note | inmail | email")
    purpose: Optional[str] = None
    details: Optional[str] = None
    recipient_role: Optional[str] = None
    greet_as: Optional[str] = None
    pronouns: Optional[str] = Field(None, description="Recommendations: she, he or they.")
    max_chars: Optional[int] = None
    words: Optional[Union[str, int, list[int]]] = None


class DraftIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str = Field("request", description="request | followup | recommendation")
    context: ContextIn
    variant: int = Field(0, ge=0, le=1000, description="Another phrasing of the same draft.")
    asked_on: Optional[str] = Field(None, description="Follow-ups: when you asked (YYYY-MM-DD).")
    days_since: Optional[int] = Field(None, description="Follow-ups: or days since you asked.")
    reminders_sent: int = Field(0, ge=0, le=100, description="Follow-ups: reminders sent.")
    anyway: bool = Field(False, description="Follow-ups: draft the reminder whatever the advice.")


class CheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str = "request"
    context: ContextIn
    message: str = Field(..., description="The text to check; a first line 'Subject: ...' is "
                                          "read as the subject.")
    subject: Optional[str] = None


class CheckOut(BaseModel):
    name: str
    passed: bool
    severity: Literal["error", "warning"]
    detail: str = ""


class UsageOut(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class AdviceOut(BaseModel):
    decision: Literal["send", "wait", "dont"]
    reason: str
    send_after: Optional[str] = None


class Highlight(BaseModel):
    start: int = Field(..., description="Offset in code points.")
    end: int
    check: str
    label: str


class ResultOut(BaseModel):
    """The result object of `llmdraft draft --json`, plus what the page draws with."""

    kind: str
    message: str
    subject: Optional[str]
    passed: bool
    checks: list[CheckOut]
    attempts: int
    cached: bool
    provider: str
    model: Optional[str]
    usage: UsageOut
    advice: Optional[AdviceOut] = None
    limit: int = Field(..., description="The channel's character limit for the message.")
    highlights: list[Highlight] = Field(default_factory=list)


class BatchOut(BaseModel):
    id: str
    state: Literal["queued", "running", "done", "stopped", "error"]
    filename: str
    kind: str
    total: int
    done: int
    ok: int
    failed: int
    error: int
    skipped: int
    message: Optional[str] = Field(None, description="Why it stopped, for stopped and error.")
    created: str
    output: Optional[str] = Field(None, description="The output's URL, once done.")


class BatchRow(BaseModel):
    row: int
    recipient: str
    status: str
    failed_checks: list[str]
    error: str
    message: str
    subject: str
    advice: str


class BatchRows(BaseModel):
    rows: list[BatchRow]
    total: int
    offset: int


class Candidate(BaseModel):
    recipient: str
    first_name: str
    last_name: str
    company: Optional[str]
    position: Optional[str]
    recipient_role: Optional[str]
    connected_on: Optional[str]
    you_recommended_them: bool
    they_recommended_you: bool
    email: Optional[str]
    url: Optional[str]
    reason: str


class Health(BaseModel):
    status: str
    version: str
    provider: str
    model: Optional[str]
    cache: dict[str, Any]
    batches: dict[str, int]


class ErrorOut(BaseModel):
    error: str = Field(..., description="One line, as the CLI prints it.")
