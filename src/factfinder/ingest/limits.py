"""The input size limit and how sizes are shown to users."""

from __future__ import annotations

from factfinder.errors import IngestError

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
DEFAULT_TIMEOUT = 30.0


def check_size(subject: str, size: int, max_bytes: int, *, at_least: bool = False) -> None:
    """Raise :class:`IngestError` if ``size`` is over ``max_bytes``.

    ``at_least`` is for a download counted while streaming, whose full size is not known.
    """
    if size > max_bytes:
        shown = f"at least {format_size(size)}" if at_least else format_size(size)
        reason = f"is {shown}, over the {format_size(max_bytes)} limit; raise it with --max-size"
        raise IngestError(subject, reason)


def format_size(size: int) -> str:
    """``314572800`` → ``"300 MB"`` (binary units; one decimal below 10 unless exact)."""
    if size < 1024:
        return f"{size} bytes"
    value = size / 1024
    unit = "KB"
    for bigger in ("MB", "GB", "TB"):
        if value < 1024:
            break
        value /= 1024
        unit = bigger
    return f"{value:.0f} {unit}" if value >= 10 or value.is_integer() else f"{value:.1f} {unit}"
