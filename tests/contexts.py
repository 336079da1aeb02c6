"""Contexts the tests share (imported as a module: pytest puts tests/ on sys.path)."""

from llmdraft.context import Context

ARTICLE = {
    "recipient": "John Rivera",
    "project": "Colorado Community Development project",
    "strengths": ["organizing a diverse group of volunteers", "project management"],
    "relationship": "same-team",
}

# The article's own model request (seed article), as a user would paste it into `check`.
ARTICLE_MESSAGE = (
    "John, I'm working on building my LinkedIn presence, and wondered if you'd be willing to "
    "write me a brief recommendation based on our work together at on the Colorado Community "
    "Development project. Specifically, if you feel comfortable doing so, it would be great if "
    "you could mention my ability to organize a diverse group of volunteers to achieve project "
    "goals and my project management skills, which enabled us to deliver our key community "
    "programs on time and under budget. I'd be happy to write a recommendation for you as well; "
    "which of your many strengths and areas of expertise would you particularly like me to "
    "comment on?"
)

GOOD_REPLY = (
    "Hi John,\n\nI'm building my LinkedIn presence and wondered if you'd write me a short "
    "recommendation based on our work together on the Colorado Community Development project. "
    "If you feel comfortable, please mention how I organized a diverse group of volunteers and "
    "my project management. I'd be happy to write a recommendation for you as well; which of "
    "your strengths would you like me to highlight? No pressure if you're busy. Thank you!"
)

DEFAULT_TEXT = "Hi John, can you write me a recommendation?"


def article(**changes) -> Context:
    return Context.from_dict({**ARTICLE, **changes})


def good_reply_for(body: dict) -> str:
    """A passing draft for whatever context the request's prompt carries (a server responder)."""
    import re

    from llmdraft.providers.base import ProviderRequest
    from llmdraft.providers.offline import OfflineProvider

    prompt = body["messages"][1]["content"]
    field = lambda name: re.search(rf"^{name}: (.*)$", prompt, re.M).group(1).strip()  # noqa: E731
    strengths = re.findall(r"^- (.+)$", prompt.split("Strengths to mention:")[1], re.M)
    ctx = Context.from_dict({"recipient": field("Recipient"), "project": field("Shared project"),
                             "strengths": strengths, "channel": field("Channel").split(".")[0]})
    return OfflineProvider().complete(ProviderRequest("request", ctx, ())).message
