"""The web application (FastAPI + Jinja2 + htmx): pages and a JSON API over one store."""

from factfinder.web.app import create_app

__all__ = ["create_app"]
