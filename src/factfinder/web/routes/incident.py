"""One incident: every figure with all its claims, map pin, mentions, history; editors' actions
(merge, split, analyst grade), each done through manual.py so it is recorded and undoable."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from factfinder import manual
from factfinder.model import AnalystGrade
from factfinder.reconcile import RULES
from factfinder.records import count_text, incident_detail
from factfinder.store.incidents import get_incident_row
from factfinder.web.deps import CSRF, Editor, Principal, Reader, acting_store, render, store_of

router = APIRouter()
IncidentId = Annotated[str, Path(min_length=4, max_length=40, pattern=r"^[\w-]+$")]
RuleParam = Annotated[str, Query(pattern="^(" + "|".join(sorted(RULES)) + ")$")]


def incident_data(request: Request, ref: str, rule: str, who: Principal) -> dict[str, Any]:
    with store_of(request).read() as conn:
        row = get_incident_row(conn, ref)
        detail = incident_detail(conn, row["id"], rule)
    detail["lat"], detail["lon"] = row["lat"], row["lon"]
    if who.anonymous:  # public visitors do not see who made changes
        for change in detail["history"]:
            change["actor"] = change["undone_by"] = None
    return detail


def claim_groups(fig: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """A figure's claims grouped by value, highest first: [("52", [claims]), ("50", [...])]."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for claim in fig["claims"]:
        groups.setdefault(count_text(claim["value"]), []).append(claim)

    def key(item: tuple[str, list[dict[str, Any]]]) -> int:
        value = item[1][0]["value"]
        return -int(value.get("value") or value.get("max") or value.get("min") or 0)

    return sorted(groups.items(), key=key)


def _titles(detail: dict[str, Any]) -> dict[str, str]:
    out = {}
    for m in detail["mention_list"]:
        src = m["source"]
        out[src["id"]] = (
            src.get("title") or src.get("publisher") or src.get("filename") or src["id"][:12]
        )
    return out


@router.get("/api/incidents/{incident_id}", tags=["incidents"])
def incident_api(
    request: Request,
    incident_id: IncidentId,
    rule: RuleParam = "conservative",
    who: Principal = Reader,
) -> dict[str, Any]:
    """One incident with every claim per figure, its mentions and its change history."""
    return incident_data(request, incident_id, rule, who)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
def incident_page(
    request: Request,
    incident_id: IncidentId,
    rule: RuleParam = "conservative",
    who: Principal = Reader,
) -> Response:
    detail = incident_data(request, incident_id, rule, who)
    return render(
        request,
        "incident.html",
        inc=detail,
        titles=_titles(detail),
        rule=rule,
        rules=sorted(RULES),
        count_text=count_text,
        claim_groups=claim_groups,
        analyst_grades=[str(g) for g in AnalystGrade],
    )


def _grade(value: str) -> AnalystGrade | None:
    return AnalystGrade(value) if value else None


@router.post("/incidents/{incident_id}/grade", include_in_schema=False, dependencies=[CSRF])
def grade_form(
    request: Request,
    incident_id: IncidentId,
    grade: Annotated[str, Form(pattern="^(" + "|".join(AnalystGrade) + ")?$")] = "",
    who: Principal = Editor,
) -> Response:
    manual.set_grade(acting_store(store_of(request), who), incident_id, _grade(grade))
    return RedirectResponse(f"/incidents/{incident_id}", status_code=303)


@router.post("/incidents/{incident_id}/merge", include_in_schema=False, dependencies=[CSRF])
def merge_form(
    request: Request,
    incident_id: IncidentId,
    others: Annotated[str, Form(max_length=2000)],
    who: Principal = Editor,
) -> Response:
    ids = [incident_id, *others.replace(",", " ").split()]
    manual.merge(acting_store(store_of(request), who), ids)
    return RedirectResponse(f"/incidents/{incident_id}", status_code=303)


@router.post("/incidents/{incident_id}/split", include_in_schema=False, dependencies=[CSRF])
def split_form(
    request: Request,
    incident_id: IncidentId,
    mention: Annotated[list[str], Form()],
    who: Principal = Editor,
) -> Response:
    _, new_id = manual.split(acting_store(store_of(request), who), incident_id, mention)
    return RedirectResponse(f"/incidents/{new_id}", status_code=303)


@router.post("/api/incidents/{incident_id}/grade", tags=["incidents"], dependencies=[CSRF])
def grade_api(
    request: Request,
    incident_id: IncidentId,
    grade: Annotated[AnalystGrade | None, Body(embed=True)] = None,
    who: Principal = Editor,
) -> dict[str, Any]:
    """Set (or clear, with null) the analyst's grade. Editors only; recorded as a change."""
    change = manual.set_grade(acting_store(store_of(request), who), incident_id, grade)
    return {"change": change}


@router.post("/api/incidents/{incident_id}/merge", tags=["incidents"], dependencies=[CSRF])
def merge_api(
    request: Request,
    incident_id: IncidentId,
    others: Annotated[list[Annotated[str, Body(max_length=40)]], Body(embed=True, min_length=1)],
    who: Principal = Editor,
) -> dict[str, Any]:
    """Merge other incidents into this one. Editors only; recorded and undoable."""
    change = manual.merge(acting_store(store_of(request), who), [incident_id, *others])
    return {"change": change, "incident": incident_id}


@router.post("/api/incidents/{incident_id}/split", tags=["incidents"], dependencies=[CSRF])
def split_api(
    request: Request,
    incident_id: IncidentId,
    mentions: Annotated[list[Annotated[str, Body(max_length=40)]], Body(embed=True, min_length=1)],
    who: Principal = Editor,
) -> dict[str, Any]:
    """Split the named mentions off into a new incident. Editors only; recorded and undoable."""
    change, new_id = manual.split(acting_store(store_of(request), who), incident_id, mentions)
    return {"change": change, "incident": new_id}
