"""Commands of the web application: serve, and user add/remove/list/token."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from factfinder import auth
from factfinder.cli.app import app, console, fail, handle_errors, open_store, settings
from factfinder.store import Store

user_app = typer.Typer(
    help="Manage the web application's users and API tokens.\n\n"
    "Example: factfinder user add amina --role editor",
    no_args_is_help=True,
)
app.add_typer(user_app, name="user")


@app.command()
@handle_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    public: Annotated[
        bool,
        typer.Option(help="Let anonymous visitors read (read-only; nothing confidential shown)."),
    ] = False,
    workers: Annotated[
        int, typer.Option(help="Worker processes (one per core serves concurrent users best).")
    ] = 1,
) -> None:
    """Serve the web application and its JSON API (GET /api/health answers 200 when ready).

    Example: factfinder --home cases/ serve --port 8000
    """
    import uvicorn

    from factfinder.web import create_app
    from factfinder.web.app import secret_key

    console.print(f"factfinder on http://{host}:{port}/  (API spec: /openapi.json)")
    if workers > 1:
        # Each worker builds its own app from the environment; the CLI's options go there.
        chosen = settings()
        os.environ["FACTFINDER_HOME"] = str(chosen.home)
        if chosen.db:
            os.environ["FACTFINDER_DB"] = chosen.db
        os.environ["FACTFINDER_PUBLIC"] = "1" if public else "0"
        Store.open(chosen).close()  # create or migrate once, before the workers start
        secret_key(chosen)  # and make the session key, so that every worker signs alike
        uvicorn.run(
            "factfinder.web.app:create_app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
        )
        return
    uvicorn.run(create_app(settings(), public=public), host=host, port=port, log_level="warning")


def _read_password(from_stdin: bool, name: str) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password = typer.prompt(f"password for {name}", hide_input=True, confirmation_prompt=True)
    return str(password)


@user_app.command("add")
@handle_errors
def user_add(
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str, typer.Option("--role", help="admin, editor or viewer.")] = "viewer",
    password_stdin: Annotated[
        bool,
        typer.Option("--password-stdin", help="Read the password from the first line of stdin."),
    ] = False,
) -> None:
    """Add a user of the web application (the password is stored as an Argon2 hash).

    Example: echo 'long secret' | factfinder user add amina --role editor --password-stdin
    """
    parsed = auth.parse_role(role)
    password = _read_password(password_stdin, name)
    with open_store() as store:
        user = auth.add_user(store, name, parsed, password)
    console.print(f"added {escape(user.name)} ({user.role})")


@user_app.command("remove")
@handle_errors
def user_remove(name: Annotated[str, typer.Argument(help="User name.")]) -> None:
    """Remove a user and their API tokens.

    Example: factfinder user remove amina
    """
    with open_store(create=False) as store:
        auth.remove_user(store, name)
    console.print(f"removed {escape(name)}")


@user_app.command("list")
@handle_errors
def user_list() -> None:
    """List the users and their roles.

    Example: factfinder user list
    """
    with open_store(create=False) as store:
        found = auth.list_users(store)
    if not found:
        fail("no users yet: add one with `factfinder user add NAME --role admin`", 0)
    table = Table()
    for col in ("name", "role", "created"):
        table.add_column(col)
    for u in found:
        table.add_row(
            escape(u.name), str(u.role), u.created_at.isoformat()[:19] if u.created_at else ""
        )
    console.print(table)


@user_app.command("token")
@handle_errors
def user_token(
    name: Annotated[str, typer.Argument(help="User name.")],
    label: Annotated[str | None, typer.Option(help="What the token is for.")] = None,
) -> None:
    """Make an API token for a user's scripts (send it as Authorization: Bearer TOKEN); shown once.

    Example: factfinder user token amina --label nightly-export
    """
    with open_store(create=False) as store:
        token = auth.create_token(store, name, label)
    sys.stdout.write(token + "\n")
