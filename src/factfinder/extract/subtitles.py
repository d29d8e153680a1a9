"""Subtitle files (SRT, WebVTT) read as the speech they carry.

A documentary's subtitles come as numbered cues, each with its time codes, a sentence often
running over two or three cues. The cue numbers and time codes are blanked out (the text keeps
its length, so every span still points into the source) and the cues of one speaker's turn run
on as one paragraph; a cue that opens with a speaker's label ("NARRATOR:", "ABUBAKAR (fisherman):")
starts a new one.
"""

from __future__ import annotations

import re

_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
# a cue's header: its number (SRT) on a line of its own, then its time codes
_CUE = re.compile(rf"(?m)^[ \t]*(?:\d{{1,6}}[ \t]*\n[ \t]*)?{_TIME}[ \t]*-->[ \t]*{_TIME}[^\n]*\n")
_MIN_CUES = 3
_LABEL = r"[ \t]*[A-Z][A-Z .'’-]{1,40}(?:\s*\([^)\n]{1,60}\))?:"
_LABEL_AT = re.compile(_LABEL)
# a line break inside a cue: one line of speech broken for the screen (not before a label)
_SCREEN_BREAK = re.compile(rf"\n(?!{_LABEL})")


def unframe_subtitles(norm: str) -> str:
    """``norm`` with the cue headers of a subtitle file blanked and its cues run together;
    any other text is returned as it is."""
    if "-->" not in norm:
        return norm
    cues = list(_CUE.finditer(norm))
    if len(cues) < _MIN_CUES:
        return norm
    first = cues[0].start()
    pieces = [norm[:first]]
    spoken = first  # where the text of the cue being read starts
    for m in cues:
        # the blank lines before the cue and its header join it to the cue before ...
        start = max(spoken, len(norm[spoken : m.start()].rstrip()) + spoken)
        pieces.append(_SCREEN_BREAK.sub(" ", norm[spoken:start]))
        blank = " " * (m.end() - start)
        if m.start() > first and _LABEL_AT.match(norm, m.end()):
            blank = blank[:-2] + "\n\n"  # ... unless a speaker's turn begins with it
        pieces.append(blank)
        spoken = m.end()
    pieces.append(_SCREEN_BREAK.sub(" ", norm[spoken:]))
    return "".join(pieces)
