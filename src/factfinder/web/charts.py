"""Server-made SVG charts: geometry computed here, drawn by a template (so all text is escaped)."""

from __future__ import annotations

from dataclasses import dataclass, field

from factfinder.web.stats import YearRow

WIDTH, HEIGHT, PAD_LEFT, PAD_BOTTOM, PAD_TOP = 720, 180, 48, 24, 12


@dataclass(slots=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    title: str
    label: str | None = None


@dataclass(slots=True)
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    bars: list[Bar] = field(default_factory=list)  # solid bars (counts or low values)
    ranges: list[Bar] = field(default_factory=list)  # light bars (low–high ranges)
    ticks: list[tuple[float, str]] = field(default_factory=list)  # y position, label
    title: str = ""


def _scale(top: int) -> float:
    return (HEIGHT - PAD_BOTTOM - PAD_TOP) / max(top, 1)


def _years(rows: list[YearRow]) -> list[int]:
    if not rows:
        return []
    return list(range(rows[0].year, rows[-1].year + 1))


def _ticks(top: int, scale: float) -> list[tuple[float, str]]:
    return [(HEIGHT - PAD_BOTTOM - top * f * scale, f"{round(top * f):,}") for f in (0, 0.5, 1)]


def _slot(i: int, n: int) -> tuple[float, float]:
    step = (WIDTH - PAD_LEFT - 8) / max(n, 1)
    return PAD_LEFT + i * step + step * 0.1, step * 0.8


def _label(i: int, n: int, year: int) -> str | None:
    every = max(1, n // 12)
    return str(year) if i % every == 0 or i == n - 1 else None


def incidents_chart(rows: list[YearRow]) -> Chart:
    """Incidents per year."""
    years, by_year = _years(rows), {r.year: r for r in rows}
    top = max((r.incidents for r in rows), default=0)
    scale, chart = _scale(top), Chart(title="Incidents per year")
    chart.ticks = _ticks(top, scale)
    for i, year in enumerate(years):
        n = by_year[year].incidents if year in by_year else 0
        x, w = _slot(i, len(years))
        h = n * scale
        chart.bars.append(
            Bar(
                x,
                HEIGHT - PAD_BOTTOM - h,
                w,
                h,
                f"{year}: {n:,} incidents",
                _label(i, len(years), year),
            )
        )
    return chart


def killed_chart(rows: list[YearRow]) -> Chart:
    """Killed per year: the solid bar is the sum of low figures, the light bar reaches the high."""
    years, by_year = _years(rows), {r.year: r for r in rows}
    top = max((r.killed_high for r in rows), default=0)
    scale, chart = _scale(top), Chart(title="Killed per year (low–high)")
    chart.ticks = _ticks(top, scale)
    for i, year in enumerate(years):
        r = by_year.get(year)
        low, high = (r.killed_low, r.killed_high) if r else (0, 0)
        x, w = _slot(i, len(years))
        base = HEIGHT - PAD_BOTTOM
        title = f"{year}: killed {low:,}" + (f"–{high:,}" if high != low else "")
        chart.ranges.append(Bar(x, base - high * scale, w, high * scale, title))
        chart.bars.append(
            Bar(x, base - low * scale, w, low * scale, title, _label(i, len(years), year))
        )
    return chart
