"""Run one function over many items: in this process, in a pool of worker processes, or on a Dask cluster.

Results come back as they finish; callers that need a fixed order sort them.
Worker processes are started fresh ("spawn"), so they share no state with
the caller, and each runs ``initializer`` once (the build loads jieba and
spaCy there). Dask (``pip install "dask[distributed]"``) is imported only
when a cluster address is given.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import TypeVar

from kg.errors import KGError

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """Worker processes by default: every core."""
    return os.cpu_count() or 1


def run_unordered(func: Callable[[T], R], items: Sequence[T], *, jobs: int | None = None,
                  cluster: str | None = None, initializer: Callable[[], object] | None = None) -> Iterator[R]:
    """Yield ``func(item)`` for every item, in the order they finish.

    ``jobs`` worker processes (None: every core; 1: this process), or the Dask
    scheduler at ``cluster`` (e.g. ``tcp://127.0.0.1:8786``). ``func``, the
    items and the results must pickle.
    """
    if cluster:
        yield from _run_dask(func, items, cluster, initializer)
        return
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise KGError(f"jobs must be 1 or more, not {jobs}")
    workers = min(jobs, len(items))
    if workers <= 1:
        if items and initializer is not None:
            initializer()
        for item in items:
            yield func(item)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer) as pool:
        futures = [pool.submit(func, item) for item in items]
        try:
            for future in as_completed(futures):
                yield future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _run_dask(func: Callable[[T], R], items: Sequence[T], address: str,
              initializer: Callable[[], object] | None) -> Iterator[R]:
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError as error:
        raise KGError(f'--cluster needs Dask: pip install "dask[distributed]" ({error})') from error
    try:
        client = Client(address, timeout=30)
    except OSError as error:
        raise KGError(f"cannot reach the Dask scheduler at {address}: {error}") from error
    with client:
        if initializer is not None:
            client.run(initializer)
        futures = client.map(func, list(items), pure=False)
        for future in dask_completed(futures):
            yield future.result()
