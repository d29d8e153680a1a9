"""The web application: pages (Jinja2 + htmx) and the JSON API over one store.

``create_app(settings)`` opens the store the CLI would open and returns a FastAPI app; the
routes live in one module per page under ``factfinder.web.routes``.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from factfinder.errors import FactfinderError, NotFoundError, QueryError
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.web.deps import LoginRequired, WebState, is_api, redaction, render
from factfinder.web.routes import ROUTERS

STATIC = Path(__file__).parent / "static"
SECRET_FILE = "web-secret"
SESSION_COOKIE = "factfinder_session"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


def secret_key(settings: Settings) -> str:
    """FACTFINDER_SECRET, else a random key kept (owner-only) in the store's home folder."""
    from_env = os.environ.get("FACTFINDER_SECRET")
    if from_env:
        return from_env
    path = settings.home / SECRET_FILE
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key)
    return key


def create_app(
    settings: Settings | None = None, *, public: bool = False, store: Store | None = None
) -> FastAPI:
    """The app over the store the settings name (or over ``store``, which the caller closes)."""
    settings = settings or (store.settings if store else Settings())
    own = store is None
    store = store or Store.open(settings)
    app = FastAPI(
        title="factfinder",
        version="0.1.0",
        description="Incidents, figures with every claim and its source, the sources themselves.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.web = WebState(store=store, public=public)
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key(settings),
        session_cookie=SESSION_COOKIE,
        same_site="lax",
        https_only=False,
        max_age=12 * 3600,
    )
    app.middleware("http")(_security_headers)
    app.middleware("http")(_redact_json)
    app.add_middleware(DropEmptyParams)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in ROUTERS:
        app.include_router(router)
    _add_error_handlers(app)
    if own:
        app.router.on_shutdown.append(store.close)
    return app


class DropEmptyParams:
    """An empty query parameter means "not given" (what an untouched form field sends)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            kept = [(k, v) for k, v in pairs if v != ""]
            if len(kept) != len(pairs):
                scope = {**scope, "query_string": urlencode(kept).encode("latin-1")}
        await self.app(scope, receive, send)


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Frame-Options"] = "DENY"
    if not request.url.path.startswith("/static/"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


async def _redact_json(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Every JSON answer to an anonymous visitor or a viewer passes through the redactor."""
    response = await call_next(request)
    if not response.headers.get("content-type", "").startswith("application/json"):
        return response
    red = redaction(request)
    if red is None or red.empty:
        return response
    body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
    headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
    return JSONResponse(red.value(json.loads(body)), response.status_code, headers=headers)


def _error(request: Request, status: int, message: str) -> Response:
    if is_api(request) or request.url.path == "/openapi.json":
        return JSONResponse({"detail": message}, status_code=status)
    return render(request, "error.html", status_code=status, status=status, message=message)


def _add_error_handlers(app: FastAPI) -> None:
    async def login_required(request: Request, exc: Exception) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.headers.get("hx-request"):
            return Response(status_code=401, headers={"HX-Redirect": "/login"})
        return RedirectResponse(f"/login?next={_quote(target)}", status_code=303)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if is_api(request):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        return _error(request, exc.status_code, str(exc.detail))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        if is_api(request):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        parts = [f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors()]
        return _error(request, 400, "; ".join(parts) or "bad request")

    async def not_found(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, FactfinderError)
        return _error(request, 404, exc.one_line())

    async def bad_query(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, FactfinderError)
        return _error(request, 400, exc.one_line())

    app.add_exception_handler(LoginRequired, login_required)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(NotFoundError, not_found)
    app.add_exception_handler(QueryError, bad_query)
    app.add_exception_handler(FactfinderError, bad_query)


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/")


def create_app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` with several worker processes: settings from the
    environment (FACTFINDER_HOME, FACTFINDER_DB, ...), public mode from FACTFINDER_PUBLIC=1."""
    import os

    return create_app(Settings(), public=os.environ.get("FACTFINDER_PUBLIC") == "1")
