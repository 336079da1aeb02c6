"""`judge` assertions: a model answers a yes/no question about a draft, with a rubric.

The judge goes through the same OpenAI-compatible provider as drafting (the same --base-url,
OPENAI_BASE_URL and OPENAI_API_KEY, the same retries and time bound), with its own model
(--judge-model or LLMDRAFT_JUDGE_MODEL), temperature 0, and plain-text output: the rubric in
prompts/judge/ asks for one JSON object {"reason": ..., "pass": true|false}. An answer that
cannot be read fails the assertion (never passes it). With no judge model configured the runner
does not build a Judge: judge assertions are reported as skipped.
"""

from __future__ import annotations

import json
import re

from .. import prompts
from ..kinds import prompt_fields
from ..providers import ProviderRequest, make_provider
from ..result import Usage
from ..settings import Endpoint
from .assertions import Output

_OBJECT = re.compile(r"\{.*\}", re.DOTALL)
_WORD = re.compile(r"\b(PASS|FAIL)\b")
_YES = {"pass", "passed", "yes", "true"}
_NO = {"fail", "failed", "no", "false"}


class Judge:
    def __init__(self, model: str, endpoint: Endpoint):
        # The drafts' endpoint with the judge's model. Made now: a missing endpoint is an
        # InputError before the run, not mid-run. One provider serves every worker (it is
        # thread-safe); plain text, since the rubric asks for its own JSON, not the draft schema.
        self._provider = make_provider(endpoint.replace(provider="openai", model=model),
                                       cache=None, structured=False)
        self.model = self._provider.model
        self.endpoint = self._provider.cache_identity().get("base_url")

    def grade(self, question: str, out: Output) -> tuple[bool, str, Usage]:
        messages = build_messages(question, out)
        reply = self._provider.complete(ProviderRequest("judge", out.context, tuple(messages),
                                                        0, 0.0))
        verdict = read_verdict(reply.message)
        if verdict is None:
            shown = " ".join(reply.message.split())[:120] or "(empty)"
            return False, f"the judge's answer could not be read: {shown!r}", reply.usage
        passed, reason = verdict
        return passed, f"{'yes' if passed else 'no'}: {reason}".rstrip(": "), reply.usage


def build_messages(question: str, out: Output) -> list[dict]:
    ctx = out.context
    draft = f"Subject: {out.subject}\n\n{out.message}" if out.subject else out.message
    user = prompts.render(
        "judge/user.md",
        question=question,
        **prompt_fields(ctx),
        sender=ctx.sender or "(not given)",
        draft=draft,
    )
    return [{"role": "system", "content": prompts.render("judge/system.md")},
            {"role": "user", "content": user}]


def read_verdict(text: str) -> tuple[bool, str] | None:
    """(passed, reason) from the judge's answer, or None when it says neither."""
    found = _OBJECT.search(text or "")
    if found:
        try:
            data = json.loads(found.group(0))
        except ValueError:
            data = None
        if isinstance(data, dict):
            reason = " ".join(str(data.get("reason") or data.get("explanation") or "").split())
            for key in ("pass", "passed", "verdict", "answer"):
                value = data.get(key)
                if isinstance(value, bool):
                    return value, reason
                if isinstance(value, str) and value.strip().lower() in _YES | _NO:
                    return value.strip().lower() in _YES, reason
    words = _WORD.findall(text or "")
    if len(set(words)) == 1:  # one clear word, never both
        return words[0] == "PASS", " ".join((text or "").split())[:200]
    return None
