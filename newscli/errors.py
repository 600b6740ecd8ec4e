"""The one exception the core raises, and the exit codes the CLI maps it to."""

from __future__ import annotations

# grep's meaning: 0 found, 1 nothing found, 2 error; 130 on Ctrl-C, 143 on SIGTERM.
EXIT_FOUND = 0
EXIT_NOTHING = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # 128 + SIGTERM: stopped by `kill`, as quietly as by Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader closed the pipe (`| head`), as grep exits


class NewscliError(Exception):
    """A problem the user can act on. The message is one line: what went wrong. What to do."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path else message
