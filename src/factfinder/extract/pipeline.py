"""The extraction pipeline: named, versioned components run in order over one document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from factfinder.errors import ExtractError
from factfinder.extract.actors import ActorTagger
from factfinder.extract.acts import ActTagger
from factfinder.extract.clusters import cluster_frames
from factfinder.extract.counts import CountTagger
from factfinder.extract.dates import DateTagger
from factfinder.extract.doc import Component, Doc
from factfinder.extract.frames import build_frames
from factfinder.extract.incidents import bare_voices
from factfinder.extract.localities import LocalityTagger
from factfinder.extract.mentions import MentionWriter
from factfinder.extract.persons import PersonTagger
from factfinder.extract.places import PlaceTagger
from factfinder.extract.scan import lowered, prepare
from factfinder.extract.scenes import remembered_incident
from factfinder.extract.subtitles import unframe_subtitles
from factfinder.extract.text import Segmenter, normalize
from factfinder.extract.voices import VoiceTagger
from factfinder.model import Mention

VERSION = "0.28.0"
MAX_CHARS = 20_000_000


@dataclass(slots=True)
class ExtractionResult:
    """Mentions found in one text, and notes on what was skipped and why."""

    mentions: list[Mention] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    doc: Doc | None = None
    # claims of an act the report places in no time (not even through the incident it retells):
    # kept here and named in the notes, never written as incidents (docs/methodology.md)
    undated: list[Mention] = field(default_factory=list)


class Pipeline:
    """Runs components in order; each reads the :class:`Doc` and returns it annotated."""

    def __init__(
        self, components: Sequence[Component], *, name: str = "rules", every_voice: bool = False
    ) -> None:
        self.components = list(components)
        self.name = name
        # every_voice: keep each voice's account of an incident even without a figure or a name
        # of its own, which the default drops when the incident has a mention with more
        # (incidents.bare_voices); the version says so, in the store and on every mention
        self.every_voice = every_voice
        self.version = f"{name}@{VERSION}" + ("+every-voice" if every_voice else "")
        self.writer = MentionWriter(self.version)
        prepare()  # the phrase matchers' shared scan, compiled once per process

    @property
    def component_names(self) -> list[str]:
        return [f"{c.name}@{c.version}" for c in self.components]

    def run(
        self,
        text: str,
        *,
        doc: str = "text",
        published: date | None = None,
        publisher: str | None = None,
    ) -> ExtractionResult:
        """Extract incident mentions from ``text``; ``published`` anchors relative dates."""
        if not isinstance(text, str):
            raise ExtractError(doc, "text must be a str; decode the file first (factfinder ingest)")
        notes: list[str] = []
        if len(text) > MAX_CHARS:
            notes.append(f"text truncated from {len(text)} to {MAX_CHARS} characters")
            text = text[:MAX_CHARS]
        if not text.strip():
            return ExtractionResult(notes=[*notes, "empty text: nothing to extract"])
        if published is None:
            notes.append(
                "no publication date: relative dates ('last year', 'on Tuesday') left unresolved"
            )
        norm = unframe_subtitles(normalize(text))  # (both keep the text's length)
        state = Doc(
            text=text, norm=norm, name=doc, published=published, publisher=publisher,
            low=lowered(norm),
        )  # fmt: skip
        state.notes.extend(notes)
        for component in self.components:
            state = component(state)
            if state.stop:
                return ExtractionResult(notes=state.notes, doc=state)
        clusters = cluster_frames(build_frames(state))
        written = self.writer.write(state, clusters)
        written = written if self.every_voice else bare_voices(written)
        remembered_incident(state, written)
        mentions = [m for m in written if m.date]
        undated = [m for m in written if not m.date]
        for m in undated:
            quote = " ".join(m.evidence.split())
            state.notes.append(
                f"undated claim, not written as an incident ({', '.join(m.acts)}): "
                f"«{quote[:80]}{'…' if len(quote) > 80 else ''}»"
            )
        if not mentions:
            state.notes.append("no incident found")
        return ExtractionResult(mentions=mentions, notes=state.notes, doc=state, undated=undated)


@cache
def default_components() -> tuple[Component, ...]:
    """The rule-based components, built once per process (the gazetteer takes a few seconds)."""
    return (
        Segmenter(),
        VoiceTagger(),
        ActTagger(),
        DateTagger(),
        CountTagger(),
        PlaceTagger(),
        ActorTagger(),
        PersonTagger(),
        LocalityTagger(),
    )


def default_pipeline(*, every_voice: bool = False) -> Pipeline:
    """The default offline, deterministic pipeline (``pipe.version`` → ``rules@0.28.0``;
    ``every_voice``: ``rules@0.28.0+every-voice``, see :class:`Pipeline`)."""
    return Pipeline(default_components(), every_voice=every_voice)
