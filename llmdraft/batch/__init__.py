"""Batch drafting from CSV or JSONL: `run_batch(INPUT, OUTPUT, provider, cache, options)`."""

from .runner import BatchAborted, BatchOptions, run_batch

__all__ = ["run_batch", "BatchOptions", "BatchAborted"]
