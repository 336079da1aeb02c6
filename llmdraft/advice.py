"""Whether to send a reminder, and when: the article's follow-up advice as a decision table.

The article: with a friend, a gentle reminder is fine; with a higher-up you have no longstanding
friendship with, it may not be worth following up. llmdraft adds the timing (one reminder, 7 to
10 days after the request) and the rule of one reminder at most.

| recommender            | closeness            | days since the request | reminders sent | advice |
|------------------------|----------------------|------------------------|----------------|--------|
| any                    | any                  | any                    | 1 or more      | dont   |
| higher (managed you, senior, teacher, advisor, client) | professional or distant | any | 0 | dont |
| any other              | any                  | under 7                | 0              | wait   |
| any other              | any                  | 7 to 90                | 0              | send   |
| any other              | any                  | over 90                | 0              | dont   |

"Any other" includes a higher-up who is a close friend. After three months a reminder of a yes
is stale: the request is better made again, from the start.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from .sanitize import excerpt
from .context import Closeness, Context
from .errors import InputError

FIRST_REMINDER_AFTER = 7  # days
STALE_AFTER = 90  # days: a yes this old is asked for afresh, not reminded of


@dataclass(frozen=True)
class Advice:
    decision: str  # "send" | "wait" | "dont"
    reason: str
    send_after: str | None = None  # ISO date, for "wait"

    def to_dict(self) -> dict:
        return asdict(self)

    def drafts(self, anyway: bool = False) -> bool:
        """Whether a reminder is drafted: when the advice is to send one, or when asked anyway."""
        return self.decision == "send" or anyway


def advice_for(ctx: Context, asked_on: str | None = None, days_since: int | str | None = None,
               reminders_sent: int | str | None = 0, today: date | None = None) -> Advice:
    """The advice for a follow-up, from the timing as the user gave it (flags, or a batch row's
    text cells): the one place both front ends compute it."""
    today = today or date.today()
    return advise(ctx, _days_given(asked_on, days_since, today), _whole(reminders_sent or 0), today)


def timed(ctx: Context, asked_on: str | None, days_since: int | str | None,
          today: date | None = None) -> Context:
    """The follow-up's context with its days since the request, for the reminder to acknowledge
    ("a few weeks ago"); as it was when no timing is given."""
    if asked_on in (None, "") and days_since in (None, ""):
        return ctx
    return ctx.with_changes(days_since=_days_given(asked_on, days_since, today or date.today()))


def _days_given(asked_on: str | None, days_since: int | str | None, today: date) -> int:
    """The days since the request, from a date or a count as typed (a flag, a batch cell)."""
    count = _whole(days_since) if days_since not in (None, "") else None
    return days_between(asked_on or None, count, today)


def _whole(value: int | str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise InputError("days_since and reminders_sent must be whole numbers") from None


def days_between(asked_on: str | None, days_since: int | None, today: date) -> int:
    if asked_on and days_since is not None:
        raise InputError("give --asked-on or --days-since, not both")
    if asked_on:
        try:
            asked = date.fromisoformat(asked_on)
        except ValueError:
            raise InputError(f"--asked-on takes a date like 2026-11-02, not {excerpt(asked_on)}") from None
        if asked > today:
            raise InputError(f"--asked-on {asked_on} is in the future")
        return (today - asked).days
    if days_since is None:
        raise InputError("when did you ask? give --asked-on DATE or --days-since N")
    if days_since < 0:
        raise InputError("--days-since cannot be negative")
    if days_since > MAX_DAYS:
        raise InputError(f"--days-since {days_since} is more than {MAX_DAYS:,} days (ten years)")
    return days_since


MAX_DAYS = 3653  # a request older than ten years is not one to follow up


def advise(ctx: Context, days: int, reminders_sent: int, today: date) -> Advice:
    name = ctx.first_name
    if reminders_sent < 0:
        raise InputError("--reminders-sent cannot be negative")
    if reminders_sent >= 1:
        return Advice("dont", f"You have already sent a reminder; a second one to {name} reads "
                              f"as pressure, so let it rest.")
    if ctx.relationship.seniority == "higher" and ctx.closeness is not Closeness.CLOSE:
        return Advice("dont", f"{name} is senior to you and not a close friend: a reminder may "
                              f"cost more goodwill than the recommendation is worth.")
    if days < FIRST_REMINDER_AFTER:
        when = today + timedelta(days=FIRST_REMINDER_AFTER - days)
        return Advice("wait", f"It has been {days} day{'s' if days != 1 else ''}; give {name} "
                              f"until {when.isoformat()} (a week after you asked) before a "
                              f"gentle reminder.", send_after=when.isoformat())
    if days > STALE_AFTER:
        return Advice("dont", f"It has been {days} days: a reminder of a yes that old reads as "
                              f"out of the blue. If you still want the recommendation, ask "
                              f"{name} afresh (llmdraft draft) rather than remind them.")
    warm = "a friend" if ctx.closeness is Closeness.CLOSE else "someone you work well with"
    return Advice("send", f"It has been {days} days and {name} is {warm}: one short, warm "
                          f"reminder that restates the specifics is fine.")
