"""A small progress bar for long CLI runs, drawn on stderr only when it is a terminal."""

import sys
import time


class ProgressBar:
    """``with ProgressBar(total, "eval") as bar: ... bar.advance()``."""

    def __init__(self, total: int, label: str = "", stream=None):
        self.total, self.label, self.done = max(total, 0), label, 0
        self.stream = stream or sys.stderr
        self.enabled = self.total > 1 and getattr(self.stream, "isatty", lambda: False)()
        self.started = time.monotonic()

    def __enter__(self) -> "ProgressBar":
        self._draw()
        return self

    def advance(self, n: int = 1) -> None:
        self.done += n
        self._draw()

    def _draw(self) -> None:
        if not self.enabled:
            return
        width = 30
        filled = int(width * self.done / self.total) if self.total else width
        elapsed = time.monotonic() - self.started
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] "
                          f"{self.done}/{self.total} {elapsed:5.1f}s")
        self.stream.flush()

    def __exit__(self, *exc_info) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
