"""Subtitle files (SRT, WebVTT): cues read as running speech, spans kept on the source."""

from __future__ import annotations

from datetime import date

from factfinder.extract import default_pipeline
from factfinder.extract.subtitles import unframe_subtitles

SRT = """1
00:00:01,000 --> 00:00:04,000
MERIDIAN FILMS presents

2
00:00:04,400 --> 00:00:09,000
NARRATOR: On the 9th of March 2014,
gunmen attacked the market in Maiduguri

3
00:00:09,400 --> 00:00:13,000
and killed 61 traders
before they withdrew to the hills.

4
00:00:13,400 --> 00:00:18,000
FARIDA (trader, translated from Hausa):
I counted the stalls that burned.
"""

VTT = """WEBVTT

00:01.000 --> 00:04.000
NARRATOR: On the 9th of March 2014,

00:04.400 --> 00:09.000
gunmen attacked the market in Maiduguri

00:09.400 --> 00:13.000
and killed 61 traders.
"""


def test_cue_numbers_and_time_codes_are_blanked_and_the_length_kept() -> None:
    out = unframe_subtitles(SRT)
    assert len(out) == len(SRT)
    assert "-->" not in out and "00:00" not in out
    assert (
        "NARRATOR: On the 9th of March 2014, gunmen attacked the market in Maiduguri"
        in " ".join(out.split())
    )
    # a speaker's turn starts a paragraph of its own
    assert "\n\nFARIDA (trader" in out


def test_a_sentence_over_three_cues_is_read_whole_and_quoted_from_the_source() -> None:
    for text in (SRT, VTT):
        (m,) = [
            m
            for m in default_pipeline().run(text, doc="t.srt", published=date(2015, 3, 9)).mentions
            if "killing" in m.acts
        ]
        assert m.date == "2014-03-09"
        assert m.counts["killed"].value == 61
        assert m.place == "Maiduguri" and m.country == "NG"
        for c in m.claims:
            assert text[c.start : c.end] == c.quote  # every span points into the file as given


def test_arrows_in_ordinary_prose_leave_the_text_as_it_is() -> None:
    text = "Prices rose (2019 --> 2020) and 12 people were killed in Kessa on 3 May 2020.\n"
    assert unframe_subtitles(text) == text
