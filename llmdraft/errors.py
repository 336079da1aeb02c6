"""The exceptions that front ends turn into exit codes (design: 2 bad input, 3 endpoint)."""


class LLMDraftError(Exception):
    """Base class; its message is one line meant for the user."""

    exit_code = 1


class InputError(LLMDraftError):
    """Bad input or usage: a missing field, an unknown value, an unreadable file."""

    exit_code = 2


class EndpointError(LLMDraftError):
    """The model endpoint failed after retries, or refused the request for good."""

    exit_code = 3

    def __init__(self, message: str, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent  # 401/403/404/400/quota: every further call would fail too
