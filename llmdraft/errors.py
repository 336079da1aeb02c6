"""The exceptions that front ends turn into exit codes (design: 2 bad input, 3 endpoint)."""


class LLMDraftError(Exception):
    """Base class; its message is one line meant for the user.

    The message is cleaned when the error is made, so that every place that prints or stores it
    (stderr, a batch row's `error`, a report) gets the same safe line: no API key or key-shaped
    text, no control characters, no newline, and no more than `MAX_MESSAGE` characters (the
    middle of a longer one is cut, keeping the hint at its end)."""

    exit_code = 1

    def __init__(self, message: str = "", *args):
        super().__init__(clean(str(message)), *args)


class InputError(LLMDraftError):
    """Bad input or usage: a missing field, an unknown value, an unreadable file."""

    exit_code = 2


class EndpointError(LLMDraftError):
    """The model endpoint failed after retries, or refused the request for good."""

    exit_code = 3

    def __init__(self, message: str, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent  # 401/403/404/400/quota: every further call would fail too


MAX_MESSAGE = 260


def clean(message: str) -> str:
    from .sanitize import redact, visible

    message = visible(redact(" ".join(message.splitlines())))
    if len(message) > MAX_MESSAGE:
        message = message[:180] + " … " + message[-(MAX_MESSAGE - 183):]
    return message
