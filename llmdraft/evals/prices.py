"""The price table (prices.toml beside this file, extendable) and what a run cost.

LLMDRAFT_PRICES or --prices names a TOML file of the same shape,

    [models."my-model"]
    input = 0.20     # US dollars per 1M prompt tokens
    output = 0.80    # US dollars per 1M completion tokens

whose entries are added to the built-in ones (and win). A model not in the table gets no cost:
a guessed price would be worse than none.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

BUILTIN = Path(__file__).with_name("prices.toml")
_SNAPSHOT = re.compile(r"-\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Price:
    model: str
    input: float  # USD per 1M prompt tokens
    output: float  # USD per 1M completion tokens
    source: str

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input + completion_tokens * self.output) / 1_000_000

    def to_dict(self) -> dict:
        return {"model": self.model, "input_per_1m": self.input, "output_per_1m": self.output,
                "source": self.source}


def load_prices(extra: str | Path | None = None) -> dict[str, Price]:
    table = _read(BUILTIN)
    extra = extra or os.environ.get("LLMDRAFT_PRICES") or None
    if extra:
        table.update(_read(Path(extra)))
    return table


def _read(path: Path) -> dict[str, Price]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"price table not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read price table {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"price table {path} is not valid TOML: {exc}") from None
    models = data.get("models")
    if not isinstance(models, dict):
        raise InputError(f"price table {path}: expected [models.\"NAME\"] tables")
    table = {}
    for name, entry in models.items():
        try:
            price = Price(name, float(entry["input"]), float(entry["output"]), str(path))
        except (TypeError, KeyError, ValueError):
            raise InputError(f"price table {path}: model {name!r} needs numbers 'input' and "
                             f"'output' (USD per 1M tokens)") from None
        if price.input < 0 or price.output < 0:
            raise InputError(f"price table {path}: model {name!r} has a negative price")
        table[name.lower()] = price
    return table


def price_for(model: str | None, table: dict[str, Price]) -> Price | None:
    if not model:
        return None
    name = model.lower()
    return table.get(name) or table.get(_SNAPSHOT.sub("", name))
