"""The one exception type the CLI turns into a one-line error and exit code 2."""


class FactcheckError(Exception):
    """A user or input error: bad path, malformed file, bad option. Printed as ``error: ...``."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint
