"""Long computations off the GUI thread, with progress and cancel.

A one-worker executor runs a pure core function; progress, results and errors come
back to the GUI thread as Qt signals. Starting a new job cancels the one running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal


class Worker(QObject):
    """Runs ``job(progress, cancel)`` on a background thread.

    Signals:
        progress(float, str): fraction done and a message.
        finished(object): the job's return value.
        failed(BaseException): the exception the job raised (not for cancellation).
    """

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bipv-worker")
        self._cancel = threading.Event()
        self._future: Future[Any] | None = None

    def start(
        self, job: Callable[[Callable[[float, str], None], Callable[[], bool]], Any]
    ) -> None:
        """Cancel any running job and start ``job``."""
        self.cancel()
        cancel = threading.Event()
        self._cancel = cancel
        future = self._executor.submit(job, self.progress.emit, cancel.is_set)
        future.add_done_callback(lambda done: self._done(done, cancel))
        self._future = future

    def cancel(self) -> None:
        """Ask the running job to stop at its next check."""
        self._cancel.set()

    def is_running(self) -> bool:
        """True while a job has not finished."""
        return self._future is not None and not self._future.done()

    def shutdown(self) -> None:
        """Cancel and wait for the worker thread to end."""
        self.cancel()
        self._executor.shutdown(wait=True)

    def _done(self, future: Future[Any], cancel: threading.Event) -> None:
        if cancel.is_set():
            return
        error = future.exception()
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(future.result())
