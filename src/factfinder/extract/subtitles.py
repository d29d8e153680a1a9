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
_LABEL = re.compile(r"[ \t]*[A-Z][A-Z .'’-]{1,40}(?:\s*\([^)\n]{1,60}\))?:")


def unframe_subtitles(norm: str) -> str:
    """``norm`` with the cue headers of a subtitle file blanked and its cues run together;
    any other text is returned as it is."""
    if "-->" not in norm:
        return norm
    cues = list(_CUE.finditer(norm))
    if len(cues) < _MIN_CUES:
        return norm
    out = list(norm)
    first = cues[0].start()
    for m in cues:
        for i in range(m.start(), m.end()):
            out[i] = " "
        # the blank line before the cue joins it to the one before ...
        i = m.start() - 1
        while i >= first and norm[i] in " \t\n":
            out[i] = " "
            i -= 1
        # ... unless a speaker's turn begins with it
        if _LABEL.match(norm, m.end()) and m.start() > first:
            out[m.end() - 2] = out[m.end() - 1] = "\n"
    # lines within a cue are one line of speech broken for the screen
    body = norm.rfind("\n", 0, first) + 1
    for i in range(body, len(norm)):
        if out[i] != "\n" or (i + 1 < len(norm) and _LABEL.match(norm, i + 1)):
            continue
        if out[i - 1] != "\n" and (i + 1 >= len(out) or out[i + 1] != "\n"):
            out[i] = " "
    return "".join(out)
