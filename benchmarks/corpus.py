"""A seeded generator of realistic synthetic reports for the ingestion and search benchmarks.

Each report is an HTML page as a news or advocacy site serves it: head with metadata and scripts,
site navigation, share buttons, an article of incident sentences drawn from templates (who did what
to how many, where, when, according to whom), related links and a footer. Places, actors and
sources are invented; the same seed gives the same corpus byte for byte. Reports are generated
one at a time, so a corpus of any size streams to a folder in constant memory.

``python benchmarks/corpus.py OUT --count 1000 --seed 1`` writes OUT/report-000000.html, ...
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

SYLLABLES = ["ka", "ri", "vo", "len", "dra", "mos", "tel", "an", "vi", "sor", "bel", "ush", "ta",
             "gor", "mi", "nel", "pra", "dun", "es", "ko"]  # fmt: skip
ACTORS = [
    "security forces", "soldiers of the 4th brigade", "unidentified gunmen", "riot police",
    "militia fighters", "border guards", "prison guards", "intelligence officers",
    "members of an armed group", "plain-clothes agents",
]  # fmt: skip
ACTS = [
    ("killed", "people"), ("shot dead", "protesters"), ("detained", "students"),
    ("arrested", "journalists"), ("abducted", "villagers"), ("wounded", "civilians"),
    ("executed", "prisoners"), ("tortured", "detainees"), ("displaced", "families"),
    ("beat", "demonstrators"),
]  # fmt: skip
VOICES = [
    "according to witnesses", "relatives said", "a local doctor told reporters",
    "the regional monitoring group said", "a lawyer for the families said",
    "residents said by telephone", "the provincial health office said",
]  # fmt: skip
DENIALS = [
    "The interior ministry denied that civilians had been harmed.",
    "Officials described the operation as a search for weapons.",
    "The army said its units had come under fire first.",
    "Authorities did not respond to requests for comment.",
]  # fmt: skip
CONTEXT = [
    "Telephone and internet lines in the district were cut for {n} days.",
    "Families gathered outside the {place} prosecutor's office demanding news of the missing.",
    "A hunger strike by {n} prisoners in {place} entered its {nth} week.",
    "Satellite images show burned houses on the northern edge of {place}.",
    "The {place} hospital ran out of blood for transfusions by midday.",
    "Shelling and airstrikes continued in villages south of {place} overnight.",
    "Lawyers said none of the detainees had been allowed to see counsel.",
]  # fmt: skip
INCIDENT = [
    "On {when}, {actor} {act} {count} {whom} in {place}, {voice}.",
    "{Voice}, {actor} {act} at least {count} {whom} near the market in {place} on {when}.",
    "At least {count} {whom} were {passive} in {place} on {when} when {actor} opened fire,"
    " {voice}.",
    "{Count} {whom} were {passive} by {actor} during a raid on {place} on {when}.",
]  # fmt: skip
PUBLISHERS = [
    "Valley Herald", "Frontier Monitor", "Rights Watchdesk", "The Daily Ledger", "Plains Radio",
    "Coastal Observer", "Mountain Post", "Free Press Network",
]  # fmt: skip
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve"]  # fmt: skip
NTH = ["first", "second", "third", "fourth", "fifth", "sixth"]
START, SPAN_DAYS = date(2005, 1, 1), 365 * 19


@dataclass(frozen=True, slots=True)
class Report:
    """One synthetic report: its article and metadata, before any HTML is wrapped around it."""

    number: int
    title: str
    publisher: str
    published: date
    language: str
    paragraphs: list[str]

    @property
    def text(self) -> str:
        return "\n\n".join([self.title, *self.paragraphs])


def place_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _count(rng: random.Random) -> str:
    return str(rng.randint(13, 300)) if rng.random() < 0.6 else rng.choice(NUMBER_WORDS)


def _passive(act: str) -> str:
    return {"shot dead": "shot dead", "beat": "beaten"}.get(act, act)


def incident_sentence(rng: random.Random, place: str, when: date) -> str:
    act, whom = rng.choice(ACTS)
    voice = rng.choice(VOICES)
    count = _count(rng)
    sentence = rng.choice(INCIDENT).format(
        when=f"{when.day} {when:%B} {when.year}", actor=rng.choice(ACTORS), act=act,
        passive=_passive(act), count=count, Count=count.capitalize(), whom=whom, place=place,
        voice=voice, Voice=voice[0].upper() + voice[1:],
    )  # fmt: skip
    return sentence[0].upper() + sentence[1:]


def make_report(number: int, rng: random.Random) -> Report:
    """One report; paragraphs of 2–4 sentences, 4–9 paragraphs (roughly 250–700 words)."""
    place = place_name(rng)
    published = START + timedelta(days=rng.randrange(SPAN_DAYS))
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        when = published - timedelta(days=rng.randint(1, 20))
        sentences = [incident_sentence(rng, place, when)]
        for _ in range(rng.randint(1, 3)):
            template = rng.choice(CONTEXT + DENIALS)
            sentences.append(
                template.format(n=rng.randint(2, 40), place=place, nth=rng.choice(NTH))
            )
        paragraphs.append(" ".join(sentences))
    act, whom = rng.choice(ACTS)
    title = f"{_count(rng).capitalize()} {whom} {_passive(act)} in {place}, {rng.choice(VOICES)}"
    return Report(number, title, rng.choice(PUBLISHERS), published, "en", paragraphs)


def to_html(report: Report, rng: random.Random) -> str:
    """The report as a full web page, with the boilerplate an extractor has to strip."""
    site = escape(report.publisher)
    nav = " ".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in ("World", "Region", "Rights",
                   "Opinion", "Video", "Donate"))  # fmt: skip
    body = "\n".join(f"<p>{escape(p)}</p>" for p in report.paragraphs)
    related = "".join(
        f'<li><a href="/story/{rng.randrange(10**6)}">{escape(place_name(rng))} update</a></li>'
        for _ in range(4)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(report.title)} | {site}</title>"
        f'<meta property="article:published_time" content="{report.published.isoformat()}">'
        f'<meta name="author" content="{site} staff">'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "</script><style>body{font-family:serif}.share a{margin:0 4px}</style></head>\n<body>"
        f'<header><a class="logo" href="/">{site}</a><nav><ul>{nav}</ul></nav>'
        '<form action="/search"><input name="q" placeholder="Search"></form></header>\n'
        f"<main><article><h1>{escape(report.title)}</h1>"
        f'<p class="byline">By {site} staff · <time datetime="{report.published.isoformat()}">'
        f"{report.published:%d %B %Y}</time></p>\n{body}\n</article>"
        '<div class="share"><a href="#">Share on Facebook</a><a href="#">Share on X</a>'
        '<a href="#">Email</a><a href="#">Print</a></div>'
        f"<aside><h2>Related</h2><ul>{related}</ul></aside></main>\n"
        f"<footer><p>© {report.published.year} {site}. All rights reserved.</p>"
        '<p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a> · '
        '<a href="/subscribe">Subscribe to our newsletter</a></p></footer>'
        '<script src="/static/app.js"></script></body></html>\n'
    )


def generate(count: int, *, seed: int = 1) -> Iterator[Report]:
    rng = random.Random(seed)
    for number in range(count):
        yield make_report(number, rng)


def write_corpus(folder: Path, count: int, *, seed: int = 1) -> list[Path]:
    """Stream ``count`` HTML reports into ``folder`` (report-000000.html, ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + 1_000_003)
    paths = []
    for report in generate(count, seed=seed):
        path = folder / f"report-{report.number:06d}.html"
        path.write_text(to_html(report, rng), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the reports to")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = write_corpus(args.out, args.count, seed=args.seed)
    print(f"wrote {len(paths)} reports to {args.out}")


if __name__ == "__main__":
    main()
