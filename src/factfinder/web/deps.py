"""What every route needs: the store, who is asking (session, API token or public visitor),
role checks, CSRF checks, and page rendering."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from factfinder.auth import Role, get_user, user_for_token
from factfinder.confidential import Redactor, redactor
from factfinder.store import Store

TEMPLATES = Jinja2Templates(
    env=jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True
    )
)
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is asking: a signed-in user, a script with a token, or an anonymous public visitor."""

    name: str
    role: Role
    anonymous: bool = False
    via_token: bool = False

    def can(self, needed: Role) -> bool:
        return not self.anonymous and self.role.allows(needed)


ANONYMOUS = Principal("anonymous", Role.VIEWER, anonymous=True)


class LoginRequired(Exception):
    """A page needs a signed-in user; the app answers with a redirect to the login page."""


@dataclass(slots=True)
class WebState:
    store: Store
    public: bool


def state(request: Request) -> WebState:
    web: WebState = request.app.state.web
    return web


def store_of(request: Request) -> Store:
    return state(request).store


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def principal(request: Request) -> Principal | None:
    """The asking user, or None when nobody is signed in."""
    store = store_of(request)
    token = _bearer(request)
    if token is not None:
        user = user_for_token(store, token)
        if user is None:
            raise HTTPException(401, "invalid API token", headers={"WWW-Authenticate": "Bearer"})
        return Principal(user.name, user.role, via_token=True)
    name = request.session.get("user")
    if isinstance(name, str):
        user = get_user(store, name)
        if user is not None:
            return Principal(user.name, user.role)
        request.session.pop("user", None)
    return None


def _unauthenticated(request: Request) -> Exception:
    if is_api(request):
        return HTTPException(
            401, "sign in or send an API token", headers={"WWW-Authenticate": "Bearer"}
        )
    return LoginRequired()


def reader(request: Request) -> Principal:
    """Anyone allowed to read: a user, or anybody in public mode."""
    who = principal(request)
    if who is not None:
        request.state.principal = who
        return who
    if state(request).public:
        request.state.principal = ANONYMOUS
        return ANONYMOUS
    raise _unauthenticated(request)


def editor(request: Request) -> Principal:
    """Editors and admins; viewers get 403, nobody signed in gets the login page (or 401)."""
    who = principal(request)
    if who is None:
        raise _unauthenticated(request)
    request.state.principal = who
    if not who.role.allows(Role.EDITOR):
        raise HTTPException(403, "editors only: ask an admin for the editor role")
    return who


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def check_csrf(request: Request) -> None:
    """Unsafe requests made with a session cookie must carry the session's CSRF token."""
    if _bearer(request) is not None:
        return  # scripts with a token send no cookie: nothing to forge
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and "form" in request.headers.get("content-type", ""):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not isinstance(expected, str) or not sent or not secrets.compare_digest(expected, sent):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")


def acting_store(store: Store, who: Principal) -> Store:
    """The store seen as this user, so manual.py records them as the actor of changes."""
    settings = store.settings.model_copy(update={"user": who.name})
    return Store(store.engine, store.blobs, settings)


def redaction(request: Request) -> Redactor | None:
    """The redactor for whoever asks (anonymous visitors and viewers); None for editors and
    admins, who see everything. Built once per request from the marks as they are now."""
    who = getattr(request.state, "principal", None)
    if isinstance(who, Principal) and who.can(Role.EDITOR):
        return None
    cached = getattr(request.state, "redactor", None)
    if not isinstance(cached, Redactor):
        cached = request.state.redactor = redactor(store_of(request))
    return cached


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    who = getattr(request.state, "principal", None)
    if (red := redaction(request)) is not None and not red.empty:  # nothing marked: no copy
        context = {key: red.value(value) for key, value in context.items()}
    context.update(
        request=request,
        who=who,
        csrf=csrf_token(request),
        public=state(request).public,
        can_edit=bool(who and who.can(Role.EDITOR)),
    )
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)


Reader = Depends(reader)
Editor = Depends(editor)
CSRF = Depends(check_csrf)
