"""A small store for the web tests: the 1 September 2013 attack on Camp Ashraf told by three
sources (52 killed by two of them, 50 according to the US State Department), other incidents,
a Persian source and a hostile one. Texts are written for these tests."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import update

from factfinder.auth import Role, add_user, create_token
from factfinder.linking import link_store
from factfinder.model import Claim, Count, DatePrecision, Mention, PublishedBasis, Source
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.mentions import save_extraction
from factfinder.store.schema import incidents, mentions
from factfinder.store.sources import add_source

PASSWORDS = {"admin": "admin-pass-1", "editor": "editor-pass-1", "viewer": "viewer-pass-1"}
HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> Police beat prisoners in Evin.'


@dataclass(frozen=True, slots=True)
class Report:
    name: str
    text: str
    published: date
    publisher: str
    language: str = "en"
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Told:
    """One mention: where its evidence and its count sit in the text."""

    report: str
    key: str
    acts: tuple[str, ...]
    when: str | None
    place: str | None
    country: str | None
    evidence: str
    killed: int | None = None
    killed_quote: str | None = None
    voice: str | None = None
    confidence: float = 0.9


REPORTS = [
    Report(
        "monitor-2013.txt",
        "Residents' committee statement. On 1 September 2013 armed men entered Camp Ashraf "
        "in Diyala and shot dead 52 unarmed residents, many with their hands tied.",
        date(2013, 9, 2),
        "Camp Residents Committee",
        title="Massacre at Camp Ashraf",
    ),
    Report(
        "rights-2013.txt",
        "The rights group said its researchers had confirmed the names of 52 residents "
        "of Camp Ashraf killed in the raid of 1 September 2013.",
        date(2013, 9, 10),
        "Rights Watchers",
        title="Ashraf killings confirmed",
    ),
    Report(
        "wire-2013.txt",
        "A US State Department spokeswoman said 50 people died when Camp Ashraf was attacked on "
        "1 September 2013, and urged Baghdad to investigate.",
        date(2013, 9, 3),
        "Wire Service",
        title="US condemns Ashraf attack",
    ),
    Report(
        "raid-2009.txt",
        "Iraqi police raided Camp Ashraf on 28 July 2009 and killed 11 residents, witnesses said.",
        date(2009, 7, 30),
        "Camp Residents Committee",
        title="Raid on Ashraf",
    ),
    Report(
        "evin-fa.txt",
        "ماموران در زندان اوین در ۱۰ مهر ۱۳۹۸ زندانیان را ضرب و شتم کردند.",
        date(2019, 10, 3),
        "هرانا",
        language="fa",
        title="ضرب و شتم در زندان اوین",
    ),
    Report(
        "hostile.html",
        HOSTILE,
        date(2019, 10, 5),
        "Unknown <b>blog</b>",
        title='<img src=x onerror=alert("t")>',
    ),
]

TOLD = [
    Told(
        "monitor-2013.txt",
        "1",
        ("killing", "attack"),
        "2013-09-01",
        "Camp Ashraf",
        "IQ",
        "armed men entered Camp Ashraf in Diyala and shot dead 52 unarmed residents",
        52,
        "shot dead 52",
        confidence=0.95,
    ),
    Told(
        "rights-2013.txt",
        "1",
        ("killing",),
        "2013-09-01",
        "Camp Ashraf",
        "IQ",
        "52 residents of Camp Ashraf killed in the raid of 1 September 2013",
        52,
        "52 residents",
        confidence=0.6,
    ),
    Told(
        "wire-2013.txt",
        "1",
        ("killing", "attack"),
        "2013-09-01",
        "Camp Ashraf",
        "IQ",
        "said 50 people died when Camp Ashraf was attacked",
        50,
        "50 people died",
        voice="US State Department",
        confidence=0.4,
    ),
    Told(
        "raid-2009.txt",
        "1",
        ("killing", "attack"),
        "2009-07-28",
        "Camp Ashraf",
        "IQ",
        "Iraqi police raided Camp Ashraf on 28 July 2009 and killed 11 residents",
        11,
        "killed 11",
        confidence=0.8,
    ),
    Told(
        "evin-fa.txt",
        "1",
        ("torture",),
        "2019-10-02",
        "زندان اوین",
        "IR",
        "ماموران در زندان اوین",
        None,
        None,
        confidence=0.7,
    ),
    Told(
        "hostile.html",
        "1",
        ("torture",),
        "2019-10-05",
        "Evin Prison",
        "IR",
        "Police beat prisoners in Evin.",
        None,
        None,
        confidence=0.5,
    ),
]


def _source(report: Report) -> tuple[Source, bytes]:
    data = report.text.encode("utf-8")
    media = "text/html" if report.name.endswith(".html") else "text/plain"
    return Source(
        id=hashlib.sha256(data).hexdigest(),
        text=report.text,
        media_type=media,
        size=len(data),
        filename=report.name,
        title=report.title,
        published=report.published,
        published_basis=PublishedBasis.GIVEN,
        language=report.language,
        publisher=report.publisher,
    ), data


def _mention(told: Told, source: Source) -> Mention:
    text = source.text
    start = text.index(told.evidence)
    end = start + len(told.evidence)
    claims = [
        Claim(
            "acts",
            list(told.acts),
            start,
            end,
            told.evidence,
            "test@1",
            told.confidence - 0.05,
            attributed_to=told.voice,
        )
    ]
    counts = {}
    if told.killed is not None and told.killed_quote:
        k = text.index(told.killed_quote)
        counts["killed"] = Count(value=told.killed)
        claims.append(
            Claim(
                "count:killed",
                {"value": told.killed},
                k,
                k + len(told.killed_quote),
                told.killed_quote,
                "test@1",
                told.confidence,
                attributed_to=told.voice,
            )
        )
    if told.place:
        p = text.find(told.place)
        if p >= 0:
            claims.append(
                Claim(
                    "place",
                    told.place,
                    p,
                    p + len(told.place),
                    told.place,
                    "test@1",
                    told.confidence + 0.02,
                )
            )
    return Mention(
        doc=told.report,
        acts=list(told.acts),
        evidence=told.evidence,
        date=told.when,
        date_precision=DatePrecision.DAY if told.when else DatePrecision.UNKNOWN,
        place=told.place,
        country=told.country,
        counts=counts,
        attributed_to=told.voice,
        start=start,
        end=end,
        claims=claims,
        incident=told.key,
        source_id=source.id,
    )


COORDS = {"Camp Ashraf": (33.7, 44.7), "زندان اوین": (35.79, 51.39)}


def build_store(home: Path) -> Store:
    """A fresh store under ``home`` with the reports, their mentions linked, and three users."""
    store = Store.open(Settings(home=home, user="fixture"))
    by_name = {}
    for report in REPORTS:
        source, data = _source(report)
        add_source(store, source, data)
        by_name[report.name] = source
    for told in TOLD:
        source = by_name[told.report]
        save_extraction(store, source.id, [_mention(told, source)], "test@1")
    link_store(store)
    with store.write() as conn:
        for place, (lat, lon) in COORDS.items():
            conn.execute(
                update(incidents).where(incidents.c.place == place).values(lat=lat, lon=lon)
            )
    for role in Role:
        add_user(store, str(role), role, PASSWORDS[str(role)])
    return store


def token_for(store: Store, name: str) -> str:
    return create_token(store, name, "tests")


def ashraf_2013(store: Store) -> str:
    """The id of the incident the 2013 mentions were linked into."""
    from sqlalchemy import select

    with store.read() as conn:
        ids = set(
            conn.execute(
                select(mentions.c.incident_id).where(mentions.c.date == "2013-09-01")
            ).scalars()
        )
    assert len(ids) == 1, ids
    return ids.pop()
