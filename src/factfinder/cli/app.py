"""The Typer application, its global options and the helpers every command shares."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import SecretStr
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from factfinder import crypto
from factfinder.errors import FactfinderError, ManifestError, QueryError, UsageError
from factfinder.settings import Settings
from factfinder.store import Store

app = typer.Typer(
    name="factfinder",
    help="Evidence-grade records of human-rights violations, traced to their sources.",
    epilog="Example: factfinder ingest reports/ --manifest reports/manifest.json",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console(highlight=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)

_state: dict[str, Any] = {}
USAGE_ERRORS = (QueryError, ManifestError, UsageError)
F = TypeVar("F", bound=Callable[..., Any])


@app.callback()
def _root(
    home: Annotated[
        Path | None,
        typer.Option(
            "--home",
            envvar="FACTFINDER_HOME",
            help="Folder of the store (default ./factfinder-data).",
        ),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option(
            "--db", envvar="FACTFINDER_DB", help="Database URL (sqlite:///… or postgresql://…)."
        ),
    ] = None,
) -> None:
    """factfinder: reports in, incidents with every figure traced to its source out.

    Example: factfinder run reports/ --manifest reports/manifest.json
    """
    overrides: dict[str, Any] = {}
    if home is not None:
        overrides["home"] = home
    if db is not None:
        overrides["db"] = db
    _state["settings"] = Settings(**overrides)


def settings() -> Settings:
    return _state.get("settings") or Settings()


def ask_key(*, new: bool = False) -> None:
    """Ask for the store key (hidden) when it is encrypted, not in FACTFINDER_KEY, and a person
    is at the terminal; scripts get the one-line error Store.open gives instead."""
    current = settings()
    path = crypto.sqlite_path(current.db_url)
    needed = new or (path is not None and crypto.is_encrypted(path))
    if current.key is None and needed and sys.stdin.isatty():
        key = typer.prompt("Store key", hide_input=True, confirmation_prompt=new)
        _state["settings"] = current.model_copy(update={"key": SecretStr(key)})


@contextmanager
def open_store(*, create: bool = True) -> Iterator[Store]:
    ask_key()
    store = Store.open(settings(), create=create)
    try:
        yield store
    finally:
        store.close()


def fail(message: str, code: int = 1) -> None:
    err.print(message, markup=False)
    raise typer.Exit(code)


def handle_errors(func: F) -> F:
    """Turn the library's typed errors into one line on stderr and an exit status."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except USAGE_ERRORS as e:
            fail(e.one_line(), 2)
        except FactfinderError as e:
            fail(e.one_line(), 1)
        except KeyboardInterrupt:
            fail("interrupted: what was stored so far is kept", 130)
        return None

    return wrapper  # type: ignore[return-value]


def check_format(value: str, allowed: tuple[str, ...]) -> str:
    """A --format value, or a usage error (exit 2) naming the choices."""
    if value not in allowed:
        raise UsageError(f"--format {value}", f"unknown format: use one of {', '.join(allowed)}")
    return value


def progress(*, transient: bool = False) -> Progress:
    """A progress bar on a terminal; silent when output is piped."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=transient,
        disable=not sys.stderr.isatty(),
    )
