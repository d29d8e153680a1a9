"""A store full of confidential data: a witness named in sources and claims, a victim's family
address, a confidential source, a claim whose words name a commander, a source author who must
stay anonymous; and, as a control, a victim whose name is public. Texts written for these tests."""

from __future__ import annotations

from sqlalchemy import insert, select
from tests.factories import add_text_source

from factfinder.confidential import mark
from factfinder.linking import link_store
from factfinder.model import Claim, Count, DatePrecision, Mention
from factfinder.store import Store
from factfinder.store.mentions import save_extraction
from factfinder.store.schema import claims, person_mentions, persons, sources

WITNESS = "Zohreh Qasemivand"
# every string that must never leave through a public view, a viewer's answer or a public export
SECRETS = [
    WITNESS,
    "Qasemivand",
    "Ghasemivand",
    "Golbarg Alley",
    "+98 912 555 0199",
    "Nikrouzi",
    "Karimabadi",
    "secret-testimony.example.org",
    "Farrokhzadi",
]
PUBLIC_VICTIM = "Behrouz Tavakkolian"

TEXTS = {
    "witness.txt": (
        f"Witness {WITNESS} told us that 52 residents of Camp Ashraf were killed on 1 September "
        f"2013. Her brother {PUBLIC_VICTIM} was among them. Ms Qasemivand can be reached through "
        "her family at 12 Golbarg Alley, Karaj, +98 912 555 0199.",
        "Camp News",
    ),
    "state.txt": (
        "The State Department said 50 were killed at Camp Ashraf on 1 September 2013.",
        "Daily Wire",
    ),
    "private.txt": (
        "Private testimony of Karimabadi: the camp was attacked on 1 September 2013 and 52 killed; "
        "the order was given by commander Nikrouzi.",
        "Rights Watchers",
    ),
    "informant.txt": (
        "An informant reports that 53 residents were killed in Camp Ashraf on 1 September 2013.",
        "Iran Monitor",
    ),
}


def _mention(doc: str, text: str, killed: int, quote: str, *, voice: str | None = None) -> Mention:
    start = text.index(quote)
    m = Mention(
        doc=doc,
        acts=["killing"],
        evidence=text,
        date="2013-09-01",
        date_precision=DatePrecision.DAY,
        place="Camp Ashraf",
        country="IQ",
        counts={"killed": Count(value=killed)},
        perpetrators=["Iraqi forces"],
        attributed_to=voice,
        start=0,
        end=len(text),
        incident=f"{doc}#1",
    )
    m.claims.append(
        Claim(
            "count:killed",
            {"value": killed},
            start,
            start + len(quote),
            quote,
            "test@1",
            0.9,
            voice,
        )
    )
    return m


def build(store: Store) -> dict[str, str]:
    """Fill ``store``; return the ids tests need (sources by file name, persons, claims)."""
    ids = {name: add_text_source(store, name, text, pub) for name, (text, pub) in TEXTS.items()}
    with store.write() as conn:
        conn.execute(
            sources.update()
            .where(sources.c.id == ids["private.txt"])
            .values(
                title="Private testimony of Karimabadi",
                url="https://secret-testimony.example.org/karimabadi",
            )
        )
        conn.execute(
            sources.update()
            .where(sources.c.id == ids["informant.txt"])
            .values(author="Golnesa Farrokhzadi")
        )
    witness_text = TEXTS["witness.txt"][0]
    quote = f"Witness {WITNESS} told us that 52 residents"
    m = _mention("witness.txt", witness_text, 52, quote)
    m.claims.append(
        Claim(
            "named_victim",
            PUBLIC_VICTIM,
            witness_text.index(PUBLIC_VICTIM),
            witness_text.index(PUBLIC_VICTIM) + len(PUBLIC_VICTIM),
            PUBLIC_VICTIM,
            "test@1",
        )
    )
    save_extraction(store, ids["witness.txt"], [m], "test@1")
    save_extraction(
        store,
        ids["state.txt"],
        [
            _mention(
                "state.txt",
                TEXTS["state.txt"][0],
                50,
                "50 were killed",
                voice="US State Department",
            )
        ],
        "test@1",
    )
    private = TEXTS["private.txt"][0]
    pm = _mention("private.txt", private, 52, "52 killed")
    pm.claims.append(
        Claim(
            "perpetrator",
            "commander Nikrouzi",
            private.index("the order"),
            len(private) - 1,
            "the order was given by commander Nikrouzi",
            "test@1",
        )
    )
    save_extraction(store, ids["private.txt"], [pm], "test@1")
    save_extraction(
        store,
        ids["informant.txt"],
        [_mention("informant.txt", TEXTS["informant.txt"][0], 53, "53 residents were killed")],
        "test@1",
    )
    link_store(store)
    _persons(store, ids, witness_text)
    with store.read() as conn:
        commander = conn.execute(
            select(claims.c.id).where(claims.c.field == "perpetrator")
        ).scalar_one()
    ids["commander_claim"] = commander
    mark(store, "person", "p-witness")
    mark(store, "person", "p-victim", "place")
    mark(store, "source", ids["private.txt"])
    mark(store, "source", ids["informant.txt"], "author")
    mark(store, "claim", commander)
    return ids


def _persons(store: Store, ids: dict[str, str], text: str) -> None:
    now = store.now()
    with store.write() as conn:
        conn.execute(
            insert(persons),
            [
                {
                    "id": "p-witness",
                    "name": WITNESS,
                    "variants": ["Zohre Ghasemivand"],
                    "role": "witness",
                    "place": None,
                    "harm": None,
                    "updated_at": now,
                },
                {
                    "id": "p-victim",
                    "name": PUBLIC_VICTIM,
                    "variants": [],
                    "role": "victim",
                    "place": "12 Golbarg Alley, Karaj, +98 912 555 0199",
                    "harm": "killed",
                    "updated_at": now,
                },
            ],
        )
        at = text.index("Qasemivand can")
        conn.execute(
            insert(person_mentions),
            [
                {
                    "id": "pm1",
                    "person_id": "p-witness",
                    "source_id": ids["witness.txt"],
                    "name": WITNESS,
                    "start": text.index(WITNESS),
                    "end": text.index(WITNESS) + 17,
                    "role": "witness",
                },
                {
                    "id": "pm2",
                    "person_id": "p-witness",
                    "source_id": ids["witness.txt"],
                    "name": "Qasemivand",
                    "start": at,
                    "end": at + 10,
                    "role": "witness",
                },
                {
                    "id": "pm3",
                    "person_id": "p-victim",
                    "source_id": ids["witness.txt"],
                    "name": PUBLIC_VICTIM,
                    "start": text.index(PUBLIC_VICTIM),
                    "end": text.index(PUBLIC_VICTIM) + len(PUBLIC_VICTIM),
                    "role": "victim",
                },
            ],
        )


def leaks(body: str) -> list[str]:
    """The secrets a response body or file shows (case-insensitive)."""
    folded = body.casefold()
    return [s for s in SECRETS if s.casefold() in folded]
