"""Quality floors on the long sets (tests/data/gold_long, gold_long2..6): long, messy
reports from regions and eras the seeds do not cover, annotated blind. Floors only go up."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.gold_helpers import score_folder

from factfinder.extract import Pipeline

LONG = Path(__file__).resolve().parents[1] / "data" / "gold_long"
# rules@0.5.0: recall 0.344, precision 0.643. rules@0.6.0: recall 0.852, precision 0.887,
# date 0.883, country 0.926, killed 0.894, perpetrators 0.683, place 0.578, attributed 0.872.
# rules@0.7.0: recall 0.885, precision 0.892, date 0.909, country 0.929, killed 0.896,
# perpetrators 0.692, place 0.682, attributed 0.879, abducted 0.857. rules@0.8.0: recall 0.885,
# precision 0.891, date 0.908, killed 0.910, perpetrators 0.719, place 0.678, attributed 0.878.
# rules@0.9.0: country 0.960, killed 0.926, attributed 0.899; place 0.625. The one floor
# lowered, and why: a town named at the
# end of a sentence followed by a capitalised word ("near Mozdok. My cousin") used to be lost
# (the run of capitals crossed the sentence end). Found now, it makes Samashki no longer the
# report's main place (named 3 times of 6), and the Dili of "In Dili, East Timor" outranks
# "Santa Cruz": 55 places right (was 59). Country, a target field, rose on every long set.
# rules@0.10.0: abducted is held by its number of right values (6), as the blind sets' fields
# are: "three years to the day after their sons were attacked and disappeared" is now read,
# the 2014 attack it names matches a gold line it did not match, and that line's figure (the
# "43" of "the parents of the 43 students", in the clause of the walk) is not taken: 6 of 8
# where it was 6 of 7.
# rules@0.11.0: precision 0.885 (was 0.893) and killed 0.913 (was 0.928), for a right reading:
# "The Malian armed forces (FAMa) said ... arrested 51 others" is now that army's voice (a
# parenthesis between a speaker and its verb), so the Moura report's own mention no longer
# holds the army's 51 arrests; the scorer then pairs the gold line of the report's own voice
# with the witnesses' mention (the same arrests, "witnesses said"), and the report's own
# mention, with the right 300 dead, is left unpaired.
# At the end of rules@0.11.0 precision is back at 0.893 (an act with its own day after a
# counted one keeps it); killed stays at 0.913 (63 of 69).
# rules@0.25.0: place 0.625 -> 0.618 (60/97), the same 60 right: the arrests told apart from a
# killing are a mention of their own, which the scorer pairs with one more gold line.
FLOORS = {
    "recall": 0.88, "precision": 0.89, "date": 0.90, "country": 0.95, "count:killed": 0.91,
    "perpetrators": 0.71, "place": 0.61, "attributed_to": 0.88,
}  # fmt: skip
# (attributed 0.88 at rules@0.18.0, was 0.89: the day an anniversary piece remembers dates six
# more mentions, 94 of 106 with the right voice, against 92 of 102 before; see BLIND below)
CORRECT = {"count:abducted": 6}


def test_long_gold_floors(pipe: Pipeline) -> None:
    report = score_folder(pipe, LONG)
    assert report.recall >= FLOORS["recall"]
    assert report.precision >= FLOORS["precision"]
    for name in (
        "date", "country", "count:killed", "perpetrators", "place", "attributed_to",
    ):  # fmt: skip
        assert (report.accuracy(name) or 0.0) >= FLOORS[name], name
    for name, floor in CORRECT.items():
        assert report.fields[name].correct >= floor, name


LONG2 = Path(__file__).resolve().parents[1] / "data" / "gold_long2"
# Blind set, measured before any rule was written against it: rules@0.6.0 recall 0.373,
# precision 0.644. rules@0.7.0: recall 0.566, precision 0.849, date 91/106, country 101/106,
# killed 40/60, perpetrators 49/62, place 52/84, attributed 84/106, abducted 5/6.
# rules@0.8.0: recall 0.578, precision 0.880, date 93, country 106, killed 42, place 55,
# attributed 89.
# The set is now used for development and its recall is rising, so the fields are held by the
# number of correct values (which only rises as more mentions match), not by a ratio over
# matched pairs (which falls when a newly matched mention has one wrong field). The greedy
# pairing can still move a figure between two lines of one sentence: 41 → 40 killed when the
# two Rabaa dates of July were first read (a "memorial" that is a place had made them meta).
# rules@0.9.0: recall 0.627, precision 0.885, date 96, country 113, killed 47, perpetrators
# 51, place 56, attributed 89, abducted 6. rules@0.10.0: recall 0.651 (54/83), precision
# 0.896, date 100, country 118, killed 50, perpetrators 54, place 57, attributed 93.
# rules@0.11.0: recall 0.639 (53/83), one line fewer, for a right reading: "The next day, one
# more man was shot dead ... at Shetpe, and the official toll later rose to 16" is now dated
# the day after the shooting it follows (days counted from the day told), and the toll of the
# main incident, told in that sentence's last clause, goes with it (dates are per sentence).
# At the end of rules@0.11.0: recall 0.651 (54/83) again (the relative clause that gives a
# figure), precision 0.897, date 100, country 120, killed 50, perpetrators 55, place 56 (the
# Shetpe sentence above), attributed 93.
# rules@0.17.0: precision 0.915 (was 0.921), place 62 (was 61). Sites named with their kind
# ("St Mary's College", "Connaught Hospital") now give an undated side act told in their
# paragraph a place, and a place keeps it alive: "Tens of thousands of families fled into
# camps" becomes a displacement mention at Aboke the annotator gave no line.
# (rules@0.25.0: precision 0.921 -> 0.914 when arrests told apart from an attack or crackdown,
# not only from a killing, are a mention of their own: +2 core lines over the sets)
FLOORS2 = {"recall": 0.783, "precision": 0.921}
# (date 109 -> 108 at rules@0.23.0: "the killings at Doramba, Ramechhap district, last month"
# now takes its own "last month" past the district's apposition, not the scene's 17 August)
CORRECT2 = {
    "date": 114, "country": 139, "count:killed": 58, "perpetrators": 63, "place": 70,
    "attributed_to": 112, "count:abducted": 6,
}  # fmt: skip


LONG3 = Path(__file__).resolve().parents[1] / "data" / "gold_long3"
# Third blind set, measured before any rule was written against it: rules@0.7.0 recall 0.448,
# precision 0.593, date 0.761, country 0.881, attributed 0.746, perpetrators 0.462, killed
# 0.903. rules@0.8.0, after a session of rules written against it: recall 0.615 (59/96),
# precision 0.721, date 73, country 83, killed 40, perpetrators 28, place 30,
# attributed 68. Held like gold_long2: by the number of correct values.
# rules@0.9.0: recall 0.646, precision 0.748, date 75, country 90, killed 43, perpetrators
# 31, place 33, attributed 72. rules@0.10.0: recall 0.688 (66/96), precision 0.776, date 77,
# country 95, killed 44, perpetrators 33, place 39, attributed 75.
# rules@0.11.0: recall 0.708 (68/96), precision 0.778, date 79, country 96, killed 45, place 39,
# attributed 77.
# rules@0.15.0: precision fell to 0.798 for a while (its table of sites gives a row "Bentiu
# Hospital | dozens | NBERC medical team" the annotator gave no line), then rose to 0.806.
# (rules@0.21.0: precision 0.829 -> 0.828, country 105 -> 104, place 41 -> 40: "none of them has
# been convicted" is no sentence passed, and the Timisoara mention it made, which paired with a
# line by its other acts, is gone)
# (rules@0.24.0: recall 0.760 -> 0.750, precision 0.836 -> 0.828, date 86 -> 85, country 105
# -> 104: "bodies had been taken from the hospital morgue" is no abduction, and its mention of
# the 18th, which paired with the line of two wounded men "taken away that afternoon" (ours is
# dated the 16th), is gone)
FLOORS3 = {"recall": 0.76, "precision": 0.832}
CORRECT3 = {  # (perpetrators 31 at rules@0.11.0: two more Bahrain lines matched, by days counted,
    # "on the same day", each with its sentence's actors, not the gold's)
    "date": 88, "country": 107, "count:killed": 52, "perpetrators": 38, "place": 44,
    "attributed_to": 88,
}  # fmt: skip


LONG4 = Path(__file__).resolve().parents[1] / "data" / "gold_long4"
# Fourth blind set, measured before any rule was written against it: rules@0.8.0 recall 0.395
# (47/119), precision 0.641, date 0.810, country 0.892, attributed 0.810, perpetrators 0.635,
# killed 0.643, abducted 0.875. rules@0.9.0, after the session's rules: recall 0.563 (67/119),
# precision 0.726, date 84, country 97, killed 36, perpetrators 39, place 41, attributed 86,
# abducted 9. Held like gold_long2: by the number of correct values. rules@0.10.0: recall
# 0.613 (73/119), precision 0.723, date 90, country 103, killed 40, perpetrators 40, place 44,
# attributed 93, abducted 11.
# rules@0.11.0: recall 0.630 (75/119), precision 0.748, date 95, country 108, killed 41,
# perpetrators 43, place 45, attributed 99.
# rules@0.12.0 held date at 94, country at 107 and attributed at 98 for a while: "2.10 Chemical
# weapons were used in dozens of locations" was kept only by reading the section number "2.10"
# as two victims; a decimal is no count of people now. At the version's end: recall 0.672
# (80/119), precision 0.776, date 100, country 111, killed 44, attributed 104.
# rules@0.13.0 holds killed at 43: "the police station" is no actor now, so the Sharpeville
# mentions are placed at the Sharpeville police station, and the scorer pairs the one TRC
# mention ("three dead") with the TRC's 69-dead line (same place) instead of its 3-dead line;
# the TRC's 69 is still missed (a voice within an incident, docs/extraction.md).
# rules@0.14.0 lowers recall to 0.66 (79/119): the historian al-Hout, "whose team interviewed
# survivors ... in 1984, documented 1,390 victims", is now her voice and dated by the massacre,
# not by 1984; the mention of the bombing "two days" before it, which the scorer had paired by
# its month, now joins the massacre's day (a relative day, "two days after", is still unread).
# (precision 0.885 -> 0.879 at rules@0.27.0's assailed towns: "for ordering the attack on
# Halabja" now places the sentence's attack at Halabja, and the attack "a ruling of March 2010"
# characterised, dated by the ruling as before, keeps a mention no line annotates)
FLOORS4 = {"recall": 0.747, "precision": 0.88}
# rules@0.15.0 lowered perpetrators 47 -> 46: Gwangju's "Between May 18 and 27, the crackdown
# killed hundreds" is now of 1980, not of the blog's year, and joins the shooting of 21 May;
# the pairs formed again gave recall +1 and killed +2, one perpetrator fewer.
CORRECT4 = {
    # (place 51 at the end of rules@0.17.0, was 52 a commit before: a sentence a court passes
    # is now told in the report's voice, so the Maguindanao sentence's two tellings are one
    # mention, which takes the court's Quezon City, not Taguig where it sat; attribution +1)
    # (country 120 -> 119, place 54 -> 53 at rules@0.21.0: "83 arrest warrants" and "the Tuol
    # Sleng Genocide Museum" tell no act, three spurious mentions fewer, and the Duch verdict's
    # torture mention takes another place when the museum's toll no longer joins it)
    # (killed 53 -> 52 at rules@0.24.0: groups joined by "and" are summed, so "144 civilians,
    # 22 soldiers and four police officers had died" counts 170; the annotator took the
    # civilians' 144)
    "date": 115, "country": 118, "count:killed": 52, "perpetrators": 50, "place": 56,
    "attributed_to": 122, "count:abducted": 13,
}  # fmt: skip


LONG5 = Path(__file__).resolve().parents[1] / "data" / "gold_long5"
# Fifth blind set, measured once at the end of the session that made it, no rule written against
# it: rules@0.8.0 recall 0.364 (40/110), precision 0.614; rules@0.9.0 recall 0.400 (44/110),
# precision 0.629, date 52, country 63, killed 28, perpetrators 22, place 29, attributed 44.
# Then used for development (date, act and voice rules): recall 0.464 (51/110), precision
# 0.689, date 58, country 70, killed 33, perpetrators 24, place 32, attributed 50.
# rules@0.10.0: recall 0.545 (60/110), precision 0.714, date 68, country 77, killed 38,
# perpetrators 24, place 41, attributed 60. Perpetrators 25 → 24: the spokeswoman's figure at
# Marikana had "officers" right by accident, taken from the police officers killed on the 13th
# whose sentence was merged into the shooting's mention; "On the Sunday before the shooting"
# now dates the killings of the days before apart.
# rules@0.11.0: precision 0.708, for right readings: "taken to the gymnasium in Kladno and,
# three days later, deported to Ravensbrück" is dated three days on (the gold line keeps the
# deportation in the massacre's), and a testimony's "Two days later" counts from its "12th of
# August", which has no year and takes the publication's (docs/extraction.md, limitations).
# At the end of rules@0.11.0: recall 0.600 (66/110), precision 0.718, date 71, country 81,
# killed 39, perpetrators 26, place 43, attributed 67.
# rules@0.21.0 lowered precision 0.798 -> 0.796 and date, country, perpetrators and place by
# one: "the Council had decided to break up the sit-in" now reads as a crackdown, so "the
# sit-in" no longer ties the spokesman's side line (officers detained) to the sit-in's
# incident, and it is dated with the protests of December instead (a side line; six core
# lines were gained elsewhere by the same rules)
# (rules@0.25.0: precision lowered: the arrests told apart from a killing, in a paragraph of
# their own and with their own figure, are a mention of their own (verdicts.split_custody);
# over the 23 sets +10 core lines, precision 0.818 -> 0.817; here such a mention has no gold
# line of its own)
FLOORS5 = {"recall": 0.727, "precision": 0.793}
CORRECT5 = {
    "date": 84, "country": 94, "count:killed": 50, "perpetrators": 39, "place": 47,
    "attributed_to": 80,
}  # fmt: skip


LONG6 = Path(__file__).resolve().parents[1] / "data" / "gold_long6"
# Sixth blind set, measured on its arrival before it was read: rules@0.9.0 (the session's
# start) recall 0.413 (43/104), precision 0.674; the session's rules then (51179b5) recall
# 0.500 (52/104), precision 0.692, date 54, country 62, killed 31, perpetrators 22, place 30,
# attributed 49. Then used for development: rules@0.10.0 recall 0.538 (56/104), precision
# 0.713, date 60, country 75, killed 35, perpetrators 23, place 35, attributed 54.
# rules@0.11.0: precision 0.709 (78/110), one spurious more, and for a right reading: "On the
# Sunday, the 11th," is now read as that day, and the testimony's next sentence, in the past
# perfect ("the women had been locked in the church"), tells an act of the day before, which
# the sentence's date rules cannot see (docs/extraction.md, known limitations).
# At the end of rules@0.11.0: recall 0.577 (60/104), precision 0.730, date 62, country 80,
# killed 38, perpetrators 24, place 38, attributed 60.
# (rules@0.25.0: precision lowered: the arrests told apart from a killing, in a paragraph of
# their own and with their own figure, are a mention of their own (verdicts.split_custody);
# over the 23 sets +10 core lines, precision 0.818 -> 0.817; here such a mention has no gold
# line of its own)
FLOORS6 = {"recall": 0.721, "precision": 0.823}
# rules@0.16.0 lowered country 91 -> 90 (the incident told last, see CORRECT10): the Jeju
# committee's "no written order ... for the killing of non-combatants, but ... the American
# military advisers bear responsibility" now joins the uprising of 3 April 1948 told just
# before, and "American" tips its country.
CORRECT6 = {
    # (date 71 at rules@0.17.0, was 72: "the 2015 attack on Garissa University College" is now
    # at that site, and the day-dated "campus in Garissa" at the town, so the incident's
    # lines there keep the year only; place rose from 41 to 48)
    # (country 105 -> 104 at rules@0.27.0's persons named as sentenced: "In April 2015 Slatten
    # was sentenced to life" counts one sentenced now, and its line, of a sentence passed in
    # the US, pairs with that mention, placed at Nisour Square with the killings)
    # (date 80 -> 79, country 104 -> 103, perpetrators 32 -> 31, place 50 -> 49 at
    # rules@0.27.0's "N people dead": the Interior Ministry's "about 40 civilians and eight
    # soldiers dead" is found, one core line more, and Helsinki Watch's line pairs with the
    # mention told in Moscow on 20 January)
    "date": 80, "country": 103, "count:killed": 47, "perpetrators": 31, "place": 49,
    "attributed_to": 82,
}  # fmt: skip


LONG7 = Path(__file__).resolve().parents[1] / "data" / "gold_long7"
# Seventh blind set, measured on its arrival before it was read: rules@0.10.0 (the session's
# start) recall 0.482 (54/112), precision 0.645; rules@0.11.0 as it arrived (d78971e) recall
# 0.482, precision 0.648, date 60, country 62, killed 32, perpetrators 33, place 35,
# attributed 51.
# Then used for development: at the end of rules@0.11.0 recall 0.652 (73/112), precision 0.795,
# date 81, country 85, killed 44, perpetrators 43, place 47, attributed 77.
# (precision 0.827 at the end of rules@0.17.0, was 0.834: a quotation that runs on from a
# quoted sentence is its speaker's, so the Distomo witness's "my mother, my grandmother and my
# two sisters were dead" becomes her mention, dated by the day of the telling; no gold line)
# (rules@0.19.0: recall 0.732, was 0.723; precision 0.832, was 0.837: a voice's count of the
# wounded is a mention of the incident it follows, and "Georgian health officials said at least
# 2,000 more had sought treatment for poisoning" joins the incident of 4 April it follows in the
# text, where the gold dates it by the crackdown of 9 April)
# (rules@0.21.0: country 103 -> 102, place 59 -> 58, attributed 92 -> 91: a note that cites
# its sources, "[1] Al-Mirsad interviews with two protesters and a doctor, Sanaa, 13 March
# 2011.", tells no act any more, and the side line its gold annotates from it is not matched;
# precision rises, 0.865 -> 0.870, as two such notes no longer write mentions)
# (rules@0.25.0, for a while: perpetrators 48 -> 47: "sentenced to seven and a half years" is a
# prison term again, +1 core line in Zhanaozen, and the scorer paired the Andijan sentence of 15
# men anew, with a mention that names no court; 48 again at the version's end)
# (rules@0.25.0: precision lowered: the arrests told apart from a killing, in a paragraph of
# their own and with their own figure, are a mention of their own (verdicts.split_custody);
# over the 23 sets +10 core lines, precision 0.818 -> 0.817; here such a mention has no gold
# line of its own)
# (recall 0.804 -> 0.795, precision 0.874 -> 0.873, date 97 -> 96, country 105 -> 104,
# perpetrators 48 -> 47, attributed 93 -> 92 at rules@0.26.0's munitions: "the JDF fired 37
# mortar rounds into the community on 24 May" counts no victims now, and the mention it made,
# which the line of the soldier killed "on the first day" paired with, is gone)
FLOORS7 = {"recall": 0.812, "precision": 0.875}
CORRECT7 = {
    "date": 99, "country": 106, "count:killed": 55, "perpetrators": 47, "place": 62,
    "attributed_to": 95,
}  # fmt: skip

LONG8 = Path(__file__).resolve().parents[1] / "data" / "gold_long8"
# Eighth blind set, measured on arrival with rules@0.11.0 (3b77252): recall 0.462 (49/106),
# precision 0.663 (63/95), date 57, country 57, killed 29, perpetrators 24, place 25,
# attributed 52 (0.506 / 0.684 without the four events earlier sets also tell). rules@0.12.0,
# after the session's rules: recall 0.623 (66/106), precision 0.779; perpetrators 26 (27 for a
# while): with "On Monday, the Government ... gave a toll of 272" dated by the deaths, not by
# the telling, the scorer pairs the Kishishe lines anew, one with a mention naming no one.
# (precision 0.849 -> 0.844 at rules@0.24.0: a suspended sentence is a prison term, +2 core
# lines, and "No one is serving a prison sentence for the killings today" now makes a mention of
# the killings dated today, which no line annotates)
FLOORS8 = {"recall": 0.726, "precision": 0.853}
# (place 54 -> 53 at rules@0.23.0: a place named right after an act verb is the act's ("troops
# overran Maragha"), and the Aksy statement's crackdown mention now names Kerben, where the march
# went on, not Bospiek; place +7 on gold_long19 and +2 on gold_long20 with the same rules)
CORRECT8 = {
    # (date 72, perpetrators 31 and attributed 72 at rules@0.17.0, were 73, 32 and 73: the
    # Hebron lines at the Ibrahimi Mosque merge into fewer mentions, one pair fewer (the
    # crackdown's, with its soldiers); recall rose to 0.660 and place from 40 to 50)
    "date": 80, "country": 85, "count:killed": 45, "perpetrators": 34, "place": 55,
    "attributed_to": 78,
}  # fmt: skip

LONG9 = Path(__file__).resolve().parents[1] / "data" / "gold_long9"
# Ninth blind set, measured on arrival: rules@0.12.0 (a100ee3) recall 0.432 (38/88), precision
# 0.626 (57/91), date 46, country 43, killed 27, perpetrators 23, place 28, attributed 46;
# rules@0.13.0 as it arrived (24ab2e1) the same, perpetrators 22. Then used for development.
# (perpetrators 29 for a while: the trial record's "forty-eight dead", now paired with its
# gold line, names no one in its sentence)
# rules@0.15.0 lowered precision 0.77 -> 0.767: "Several houses were set alight" at Boipatong is
# now a destruction told (a side act's mention of its own) the annotator gave no line; recall
# rose to 0.648.
# (precision 0.775 -> 0.768 at rules@0.27.0's people taken: "Nine months earlier, Boko Haram
# had taken 276 schoolgirls" is an abduction now, dated nine months before the 187 killed told
# before it, not as its line, which stays missed)
FLOORS9 = {"recall": 0.727, "precision": 0.785}
# (place 36 at rules@0.20.0, was 37: the record numbers "OADH-BO-2008-0147" and "-0151" are no
# years any more, and the gold line of the Pando detentions now pairs with the Cobija airport
# mention of that September, not with the one a record number's "2008" had dated)
CORRECT9 = {
    "date": 71, "country": 67, "count:killed": 47, "perpetrators": 31, "place": 41,
    "attributed_to": 67,
}  # fmt: skip

LONG10 = Path(__file__).resolve().parents[1] / "data" / "gold_long10"
# Tenth blind set, measured on arrival: rules@0.12.0 (a100ee3) recall 0.490 (47/96), precision
# 0.663 (65/98); rules@0.13.0 as it arrived (d0ffd27) recall 0.490, precision 0.650 (65/100),
# date 53, country 50, killed 33, perpetrators 14, place 38, attributed 45. Held at arrival.
# rules@0.16.0 lowered place 43 -> 40: an undated harm after an assault joins the incident
# told last, not the one made last (+1 recall on gold_long3 and gold_long6, +4 on
# gold_long13); in the Hawija committee statement, whose main incident of 23 April is misdated
# before and after, the frames so moved carry their places between two wrongly dated incidents
# (country fell 55 -> 54 with it and is back at 55 at the version's end). Then place 40 -> 39:
# a figure below a bound the same voice gave before it is a part of the toll ("shot dead more
# than 200 ... All four were killed"), so Human Rights Watch's mention of Zaki Biam keeps "more
# than two hundred" (not the nineteen soldiers), pairs with the gold line of that figure, and
# that line names another place (killed +4 over the long sets).
# rules@0.18.0 lowered killed 44 -> 43: "not fewer than fifty martyrs" is now read as at least
# fifty (it was "fewer than fifty", at most 49, and lost), and the same misdated mention, paired
# with the Fallujah line of seven dead, now carries Hawija's fifty.
FLOORS10 = {"recall": 0.677, "precision": 0.834}
CORRECT10 = {
    "date": 66, "country": 62, "count:killed": 47, "perpetrators": 16, "place": 52,
    "attributed_to": 68,
}  # fmt: skip

LONG11 = Path(__file__).resolve().parents[1] / "data" / "gold_long11"
# Eleventh blind set, measured on arrival: rules@0.12.0 (a100ee3) recall 0.519 (55/106),
# precision 0.670 (75/112); rules@0.13.0 (078a152) and rules@0.14.0 as it arrived (d383371)
# recall 0.547 (58/106), precision 0.688 (77/112), date 70, country 68, killed 34,
# perpetrators 30, place 46, attributed 60. Held out through the session's rules: rules@0.14.0
# before any rule was read from it (7d4357d's rules, measured at 92477c5) recall 0.547, precision
# 0.690 (78/113). Then used for development: recall 0.604 (64/106), precision 0.748.
FLOORS11 = {"recall": 0.716, "precision": 0.804}
CORRECT11 = {
    "date": 90, "country": 88, "count:killed": 47, "perpetrators": 35, "place": 58,
    "attributed_to": 82,
}  # fmt: skip

LONG12 = Path(__file__).resolve().parents[1] / "data" / "gold_long12"
# Twelfth blind set, measured on arrival: rules@0.13.0 (078a152) and rules@0.14.0 as it arrived
# (77113de) recall 0.419 (39/93), precision 0.646 (51/79), date 46, country 45, killed 21,
# perpetrators 18, place 28, attributed 36. Held out through session 11's first rule commits
# (6dae6bd): the same, field for field. Then used for development.
# (recall 0.72 -> 0.709 at rules@0.26.0's natural causes, back to the version's start: "The
# tsunami killed more than 2,000 people" in the Biak panel's report is no act now, and the mention
# it made, which the water-tower shooting's line paired with, is gone; killed 44 -> 43)
# (precision 0.83 -> 0.821 at rules@0.27.0's assailed towns: "The VC had attacked Dak Son four
# times that year" is placed at Dak Son now and keeps a mention of those attacks, which no line
# annotates)
FLOORS12 = {"recall": 0.72, "precision": 0.823}
CORRECT12 = {
    # (date 59 at rules@0.17.0, was 60: with "Coniston station" a site, the scorer pairs the
    # month-dated gold lines with the day-dated mentions at that place; place rose 37 → 41)
    "date": 75, "country": 79, "count:killed": 43, "perpetrators": 27, "place": 49,
    "attributed_to": 61,
}  # fmt: skip

LONG13 = Path(__file__).resolve().parents[1] / "data" / "gold_long13"
# Thirteenth blind set (the forms an NGO ingests most: wires, statements, UN and court texts),
# measured on arrival with rules@0.15.0 (1c769c6): recall 0.578 (48/83), precision 0.657
# (67/102), date 59, country 61, killed 36, perpetrators 10, place 33, attributed 54. Held out
# through session 12's first two rule commits (402c258, 59be007): the same, field for field.
# Then used for development: 0.771 / 0.761 at the end of rules@0.16.0.
FLOORS13 = {"recall": 0.819, "precision": 0.792}
CORRECT13 = {
    # (killed 52 -> 51 at rules@0.27.0: "Not one of these killings has been solved" counts no
    # one, and the line of the bishop stabbed to death, which that figure had matched, has none)
    "date": 80, "country": 82, "count:killed": 51, "perpetrators": 18, "place": 52,
    "attributed_to": 74,
}  # fmt: skip

LONG14 = Path(__file__).resolve().parents[1] / "data" / "gold_long14"
# Fourteenth blind set (the forms an NGO ingests most), measured on arrival at the end of
# session 12, unread: rules@0.16.0 (111d2bf) recall 0.680 (68/100), precision 0.782 (86/110),
# date 67, country 75, killed 35, perpetrators 17, place 28, attributed 67; rules@0.15.0
# (1c769c6) the same but one spurious mention fewer (precision 0.789). Held out.
# Session 13, still unread: rules@0.17.0 (4584cad, the place rules) recall 0.680, precision
# 0.789 (86/109), place 29 (was 28), the rest unchanged. Then read and used for development.
# (recall fell from 0.720 to 0.710 for one commit of rules@0.17.0: "Phillips County", named
# twice, became a province, not a town, so the Elaine lines take Elaine, and the arrests "in a
# makeshift stockade in Elaine" join the killings told there, one mention fewer; then 0.740
# with "today" read as the time of a telling)
# (rules@0.19.0: recall 0.79, was 0.78; precision 0.813, was 0.818: "a week after" is no rate
# any more, so "where paramilitaries had killed dozens of civilians less than a month before"
# is a killing at El Salado, which no gold line annotates)
FLOORS14 = {"recall": 0.81, "precision": 0.842}
CORRECT14 = {
    # (place 35 at the end of rules@0.17.0, was 36 a commit before: with "today" the time of
    # the telling, three more lines match and the scorer pairs one Elaine line otherwise)
    # (attributed 74 at rules@0.19.0, was 75: "Other credible sources suggest that the number
    # of deaths is considerably higher: Amnesty International said on 24 December that ..."
    # is now told by the sources that suggest, and the sentence's Amnesty figure with them)
    # (attributed 76 at rules@0.25.0, was 77: "The Britain-based monitoring group ... had given
    # a toll of at least 58 on the day of the attack" is now a mention, told by "group", and
    # the scorer pairs a line of the Observatory's with it; date, country, place up one each;
    # 77 again at the version's end, with the ill-treatment told apart as its own mention)
    # (killed 43 -> 42, attributed 77 -> 76 at rules@0.26.0's blocked roads: "where young men
    # had blocked the road" is a protest of its own now, and the Mahshahr lines pair otherwise;
    # date, perpetrators and linking up)
    # (place 44 -> 43 at rules@0.27.0: Traves, where Peiper's house was set on fire, is in France
    # now, as the report says, and the mention, told in a report of the US, keeps its country
    # and no place)
    "date": 84, "country": 95, "count:killed": 43, "perpetrators": 27, "place": 44,
    "attributed_to": 77,
}  # fmt: skip

LONG15 = Path(__file__).resolve().parents[1] / "data" / "gold_long15"
# Fifteenth blind set (the forms an NGO ingests most), measured on arrival in session 13,
# unread: rules@0.16.0 (50f6a1e) recall 0.631 (70/111), precision 0.796 (82/103), date 61,
# country 65, killed 35, perpetrators 30, place 42, attributed 61; rules@0.17.0 at the
# session's end (79b22bc, and fe863be) recall 0.631, precision 0.796 (82/103), date 60,
# country 65, killed 35, perpetrators 30, place 40, attributed 61. Held out. Session 14, still
# unread: the same at its start (9617986) and after its first five rule commits (aba682b to
# 5f2525a, rules@0.18.0). Then read and used for development.
# (rules@0.24.0: precision 0.876 -> 0.869, perpetrators 35 -> 34: "The Ahly supporters clashed
# with security forces on Tahrir Square in January" is now a crackdown, which no line annotates,
# and it takes the security forces another mention had)
# (rules@0.25.0, for a while: recall 0.829 -> 0.820, precision 0.869 -> 0.861, attributed 80 ->
# 78: "put the figure at 48 on Monday" tells the Red Cross's toll on Monday, so its mention is
# dated by the attack, 15 June, as its gold line is; the scorer then paired the report's own
# "At least 48 people were killed" line with it, and the Red Cross line, with no killing mention
# left, went unmatched; recall and attribution back at the version's end)
# (rules@0.25.0: precision lowered: the arrests told apart from a killing, in a paragraph of
# their own and with their own figure, are a mention of their own (verdicts.split_custody);
# over the 23 sets +10 core lines, precision 0.818 -> 0.817; here such a mention has no gold
# line of its own)
# (precision 0.848 -> 0.846, date 85 -> 84, country 88 -> 87, place 45 -> 44 at rules@0.26.0's
# populations: "Segovia, a town of about 40,000 people" counts no dead now, and the mention it
# made, which a Segovia line had paired with, is gone)
# (recall 0.829 -> 0.819, precision 0.846 -> 0.845, date 84 -> 83, country 87 -> 86 at
# rules@0.27.0's agents: in "Witnesses said dozens of masked men in three vehicles ... first
# attacked the police station", the masked men are who did it, not two dozen victims; the
# mention that figure made, which the line of al Shabaab's claim had paired with, is gone)
# (rules@0.28.0: precision 0.846 -> 0.840 with strikers read as a protest: "More than 20 other
# strikers were hit by bullets" at Wujek is now a mention of its own, the protest's, which no
# gold line annotates; recall 0.820 -> 0.829 with it, the Iquique strikers' line matched)
FLOORS15 = {"recall": 0.828, "precision": 0.84}
CORRECT15 = {
    # (killed 53 -> 52 at rules@0.27.0: the attack on the UNMISS base at Bor "when armed youths
    # forced their way in and killed dozens" is one mention with its killing now, as its line
    # is, and the mention counts the dozens, which the line leaves uncounted; attributed 80 ->
    # 79 at rules@0.28.0: the Iquique strikers' line is matched by "most accounts", the voice
    # of its sentence, where the annotator left it unvoiced)
    "date": 83, "country": 87, "count:killed": 53, "perpetrators": 37, "place": 45,
    "attributed_to": 79,
}  # fmt: skip

LONG16 = Path(__file__).resolve().parents[1] / "data" / "gold_long16"
# Sixteenth blind set (the forms an NGO ingests most), measured on arrival in session 14,
# unread: rules@0.17.0 (9617986) and the session's first five rule commits recall 0.556
# (55/99), precision 0.623 (66/106); from 3747615 (the day an anniversary piece remembers) to
# the session's last rule commit (33d2184) recall 0.576 (57/99), precision 0.636 (68/107),
# date 59, country 61, killed 26, perpetrators 33, place 34, attributed 53. Measured again in
# session 15, still unread: the same at its start (1fb3553); after its first four rule commits
# (2998df9, rules@0.19.0) recall 0.586 (58/99), precision 0.639 (69/108), date 60, country 61,
# killed 26, perpetrators 34, place 34, attributed 55 (one rule carried: a body named for its
# field speaks). Read from then on (a development set).
FLOORS16 = {"recall": 0.737, "precision": 0.805}
CORRECT16 = {
    "date": 77, "country": 80, "count:killed": 39, "perpetrators": 38, "place": 41,
    "attributed_to": 71,
}  # fmt: skip


LONG17 = Path(__file__).resolve().parents[1] / "data" / "gold_long17"
# Seventeenth blind set (the forms an NGO ingests most), measured on arrival in session 15,
# unread: rules@0.18.0 (1fb3553) and the first four rule commits of rules@0.19.0 recall 0.592
# (61/103), precision 0.738 (90/122); at the end of the session's rule work (cc16eb7) recall
# 0.592, precision 0.765 (91/119), date 70, country 85, killed 34, perpetrators 33, place 32,
# attributed 73. Held out.
# (then, still unread: precision 0.758 (91/120), killed 35, attributed 74 after the rule that a
# named body speaks after an opening time, "In 1865 the Joint Committee on the Conduct of the
# War reported": one more voice's mention no gold line annotates)
# Still unread at the start of session 16 and after its first two rule commits (1e4a101,
# 90fa9b7): recall 0.592, precision 0.758. Read then, and a development set since: at the end of
# rules@0.20.0 recall 0.689 (71/103), precision 0.827.
# (rules@0.25.0: precision lowered: the arrests told apart from a killing, in a paragraph of
# their own and with their own figure, are a mention of their own (verdicts.split_custody);
# over the 23 sets +10 core lines, precision 0.818 -> 0.817; here such a mention has no gold
# line of its own; 0.831 -> 0.824 when ill-treatment told apart is split the same way, +4 core
# lines over the sets, precision unchanged there)
# (rules@0.28.0: killed 50 -> 49 with strikers read as a protest: "13 women and children died
# in a pit" at Ludlow, after the tents of the strikers, is counted as the protest's participants)
FLOORS17 = {"recall": 0.718, "precision": 0.837}
CORRECT17 = {
    "date": 79, "country": 97, "count:killed": 49, "perpetrators": 35, "place": 37,
    "attributed_to": 84,
}  # fmt: skip

LONG18 = Path(__file__).resolve().parents[1] / "data" / "gold_long18"
# Eighteenth blind set (the forms an NGO ingests most), measured on arrival in session 16,
# unread: rules@0.19.0 (854e409) and the first two rule commits of rules@0.20.0 (90fa9b7) recall
# 0.575 (61/106), precision 0.661 (80/121), date 62, country 72, killed 39, perpetrators 27,
# place 42, attributed 70. Held out; measured (never read) after each later rule commit of the
# session: 0.575 / 0.661 after 2dc4d6e, 0.585 / 0.664 after c7b1530 ("Some historians give a
# lower figure of 47 dead": a voice that gives a figure), the same at the session's end.
# Still unread at the start of session 17 (84b45d5) and after its first rule commit (02b7e77):
# recall 0.585 (62/106), precision 0.664 (81/122). Read then, and a development set since: at the
# end of rules@0.21.0 recall 0.783 (83/106), precision 0.819 (104/127).
# (precision 0.798 -> 0.792 after 26a8df2: the Sook Ching statement's two voices, community
# associations and Lee Kuan Yew, now give their own mentions with their figures, +2 killed, and
# the mention that lent its day to them matches no line)
# (rules@0.25.0: the arrests told apart from a killing, in a paragraph of their own and with
# their own figure, are a mention of their own (verdicts.split_custody): +1 core line here,
# precision 0.845 -> 0.840; then 0.846 with the items of a recommendation telling no act)
FLOORS18 = {"recall": 0.849, "precision": 0.861}
# (country 93 -> 92 and place 54 -> 53 after 'described to the Los Angeles Times in 1998 how'
# dates the telling: the Hargeisa witness's mention now pairs with his own line, and the line of
# the same day that paired with a mention naming Somalia and Hargeisa pairs with another)
# (place 53 -> 52 at rules@0.21.0: "lifted the arrest warrants" in the Bagua ruling is no arrest;
# its incident's mention now names Petroperú's pumping station, not the station the gold names)
CORRECT18 = {
    "date": 93, "country": 102, "count:killed": 65, "perpetrators": 35, "place": 57,
    "attributed_to": 94,
}  # fmt: skip

LONG19 = Path(__file__).resolve().parents[1] / "data" / "gold_long19"
# Nineteenth blind set (the forms an NGO ingests most), measured on arrival in session 17,
# unread: rules@0.20.0 (84b45d5) and the first rule commit of rules@0.21.0 (02b7e77) recall
# 0.707 (65/92), precision 0.725 (103/142), date 82, country 88, killed 49, perpetrators 32,
# place 46, attributed 79. Held out; measured (never read) after each later rule commit of the
# session: 0.707 / 0.730 after 260b9df, 0.717 / 0.732 after ef831eb ("put the number killed on
# May 22 at ten"), 0.739 / 0.746 after 0067a2b ("Two years ago, in May"), 0.739 / 0.739 after
# 9272a9c ("the following year") and to the session's end.
# (measured, never read: the rule that 'the following year' counts from the date told before
# pairs one prediction fewer, precision 0.746 -> 0.739, date and country 84 -> 83, 90 -> 89)
# Still unread at the start of session 18 (3b6e469) and after its first rule commit (1d0ab8f):
# 0.739 / 0.739. Read then, and a development set since: at the end of rules@0.22.0 recall
# 0.804 (74/92), precision 0.757 (112/148).
# (rules@0.25.0: precision 0.757 -> 0.752: "Gregory Yenlong, who had announced the toll of 500
# on Sunday" is now his mention of 500 killed, which no gold line annotates; back to 0.757 when
# the items of a recommendation ("- ensure that any military response ...") told no act)
# (rules@0.28.0: date 89 -> 88: "Official tolls cited in this release: about 50 bodies ...",
# a line of figures with no act word dated 13 June, now joins the Seytenga killings whose figure
# it retells, and the scorer pairs the release's own line with that mention, dated 12 June, where
# it paired the mention of 11 June; the spurious mention is gone, precision 0.764 -> 0.769)
FLOORS19 = {"recall": 0.804, "precision": 0.768}
CORRECT19 = {
    "date": 88, "country": 98, "count:killed": 60, "perpetrators": 35, "place": 60,
    "attributed_to": 89,
}  # fmt: skip

LONG20 = Path(__file__).resolve().parents[1] / "data" / "gold_long20"
# Twentieth blind set (the forms an NGO ingests most), measured on arrival in session 18,
# unread: rules@0.21.0 (3b6e469) and rules@0.22.0's first rule commit (1d0ab8f) recall 0.440
# (37/84), precision 0.581 (75/129), date 60, country 55, killed 35, perpetrators 26, place 32,
# attributed 57. Held out: a rule of 641977a (a day counted onward starts its own incident)
# lowered it to 0.405 / 0.554 and was reverted (741f3b9); measured (never read) after each later
# rule commit: 0.452 (38/84) / 0.589 after 6c7e787 (', and state media reported that ...' opens
# a second teller's clause), 0.464 (39/84) / 0.592 after b1e8100 ('gave a toll of', a source, a
# councillor or a village head as tellers), and the same to the session's end. Session 19,
# unread: 0.464 / 0.592 at its start (0e31d9a), 0.476 (40/84) / 0.605 (78/129) after its first
# rule commit (3fce41f; date 63, country 57, killed 36, perpetrators 27, place 34, attributed
# 57). Read only then: a development set since.
# (place 37 -> 36 at rules@0.23.0: "Within four days of the attack, police announced the arrest
# of 20" is now dated four days on and pairs with its own line; the line of the 25 bodies the
# police counted, which that mention's pairing had left free, is missed again: recall unchanged)
# (perpetrators 32 -> 31 at rules@0.23.0: the UN's "at least 100 people ... had died", after
# "within days of the attack that", now counts the dead, not the attack's victims, and the
# scorer pairs the Suai lines otherwise; killed 51 -> 52)
# (precision 0.736 -> 0.729 at rules@0.26.0's "Local leaders count nine dead": two more core
# lines, and two more mentions no line annotates; 0.744 again, and two more core lines, with
# the coming Sunday that "will mark one year since" the attack, which dates it a year before)
FLOORS20 = {"recall": 0.773, "precision": 0.75}
CORRECT20 = {
    "date": 88, "country": 84, "count:killed": 56, "perpetrators": 32, "place": 47,
    "attributed_to": 74,
}  # fmt: skip

LONG21 = Path(__file__).resolve().parents[1] / "data" / "gold_long21"
# Twenty-first blind set (the common forms; more of it outside Africa), measured on arrival in
# session 19, unread, with rules@0.22.0 (0e31d9a) and each of rules@0.23.0's first three rule
# commits (3fce41f, ed236a2, 238d5b9): recall 0.613 (57/93), precision 0.648 (81/125), date 76,
# country 77, killed 30, perpetrators 32, place 43, attributed 49. Held out: measured (never
# read) after every later rule commit; the first to move it, c8d0b6b (an act dated by a scene
# sentence has that sentence's sites), raised it to 0.624 (58/93) / 0.651 (82/126). Session
# 20 measured it unread at its start (4aaf638) and after its first rule commits (443067d,
# 347c1bc; rules@0.24.0): the same. Only then was it read; it is now a development set. At the
# end of rules@0.24.0: recall 0.763 (71/93), precision 0.729 (94/129).
FLOORS21 = {"recall": 0.774, "precision": 0.73}
# (place 45 -> 44 at rules@0.24.0's persons sentenced by name: the Kanjuruhan sentence of
# 16 March is now counted and pairs with its line, placed at Malang, the stadium's town, where
# the annotator put Surabaya, the court's seat; 47 -> 45 at rules@0.28.0: "On 2 June 2006 the
# command in Baghdad, in a statement ..., announced" no longer borrows the paragraph's month and
# joins the Ishaqi raid, whose two mentions now name Baghdad, the command's seat, where the gold
# says Abu Sifa; the spurious mention it made is gone, precision 0.733 -> 0.738; precision 0.738
# -> 0.731 with rules@0.28.0's figure retold with no act word: "Estimates of the injured range
# from 580 to more than 700; prosecutors ..." no longer joins the Kanjuruhan killings of 1
# October and is a mention of its own, which no gold line annotates; with it the scorer pairs
# the line of the official 135 dead with the children's mention: date 88 -> 87, country 91 ->
# 90, killed 38 -> 37, attributed 65 -> 64)
CORRECT21 = {
    "date": 87, "country": 90, "count:killed": 37, "perpetrators": 39, "place": 45,
    "attributed_to": 64,
}  # fmt: skip

LONG22 = Path(__file__).resolve().parents[1] / "data" / "gold_long22"
# Twenty-second blind set (the common forms), measured on arrival in session 20, unread, with
# rules@0.23.0 (4aaf638) and rules@0.24.0's first four rule commits (to 1cf2550): recall 0.619
# (52/84), precision 0.611 (80/131), date 60, country 77, killed 42, perpetrators 31, place 31,
# attributed 56 (57 from 443067d). Held out: measured, never read, after every later rule commit.
# The first to move it, 6a9bbc1 (persons a court sentenced by name are counted): precision 0.618
# (81/131), date 61, country 78, attributed 58; recall unchanged, 0.619 (52/84).
# Session 21: the same at its start (762e444) and after its first rule commit (8799ccc), unread;
# read only then, and a development set from there on: at the end of rules@0.25.0 recall 0.762
# (64/84), precision 0.696 (94/135).
# (recall 0.762 -> 0.75, precision 0.696 -> 0.694, date 74 -> 73, country 91 -> 90, attributed
# 69 -> 68 at rules@0.26.0's blocked roads: "residents blocked the Texcoco-Lechería highway" is
# now the protest it tells, the incident's mentions pair otherwise, and the line of the women
# beaten and raped in custody, paired before, pairs with none)
# (precision 0.694 -> 0.691 at rules@0.27.0's assailed towns: with "attacked Lovas" the
# village's mentions are at Lovas, in Croatia, and pair otherwise: the line of the 21 killed in
# the minefield is found, the panel's 22 is not; one mention fewer pairs; date 73 -> 72;
# country 90 -> 91)
FLOORS22 = {"recall": 0.761, "precision": 0.694}
CORRECT22 = {
    "date": 74, "country": 92, "count:killed": 55, "perpetrators": 32, "place": 41,
    "attributed_to": 69,
}  # fmt: skip

LONG23 = Path(__file__).resolve().parents[1] / "data" / "gold_long23"
# Twenty-third blind set (the common forms), measured on arrival in session 21, unread, with
# rules@0.24.0 (762e444) and rules@0.25.0's first two rule commits (8799ccc, 1c113c1): recall
# 0.594 (57/96), precision 0.742 (95/128), date 76, country 85, killed 47, perpetrators 41,
# place 31, attributed 79. Held out: measured, never read, after every later rule commit.
# The first rule commit to move it, 65e56a4 (the name between commas before the verb is its
# speaker; a teller's relative clause dates no act): precision 0.744 (96/129), date 77, country
# 86, perpetrators 42, attributed 81; recall unchanged. The same to the end of rules@0.25.0.
# Session 22: the same at its start (a2e8aa5), unread; read only then (its missed core lines by
# class first), and a development set from there on.
# (precision 0.813 -> 0.808 at rules@0.27.0's "N people dead": "The official total, 124 plus
# 119, was 243 inmates dead" is a mention of its own, which no line annotates; the Caritas
# count, "56 displaced people dead", is found, one core line more)
FLOORS23 = {"recall": 0.718, "precision": 0.808}
# (precision 0.812 -> 0.810, date 88 -> 87, country 98 -> 97, killed 50 -> 49 at rules@0.26.0's
# accented surnames: "García himself acknowledged" no longer places the telling at García,
# Mexico, and the women's prison's three dead, placed at neither, now join the Lurigancho
# executions told just before)
# (place 31 -> 29 at rules@0.26.0's shots into the air: the Kuriga abduction, no longer joined
# to the one two days later, takes the school its first sentence names, where the annotators put
# the town, and the 2018 raid on "the village" after it no longer takes the town)
# (perpetrators 45 -> 44 at rules@0.26.0's "put out": the spokesperson's answer, no longer dated
# by the day Caritas put out its count, joins the attack, and the Drodro line it paired with,
# CODECO right, pairs with none)
CORRECT23 = {
    "date": 89, "country": 101, "count:killed": 50, "perpetrators": 45, "place": 33,
    "attributed_to": 96,
}  # fmt: skip

LONG24 = Path(__file__).resolve().parents[1] / "data" / "gold_long24"
# Twenty-fourth blind set (the common forms), measured on arrival in session 22, unread, with
# rules@0.25.0 (a2e8aa5) and rules@0.26.0's rule commits to 5694c3f: recall 0.571 (56/98),
# precision 0.721 (101/140), date 74, country 76, killed 39, perpetrators 34, place 42,
# attributed 76. Held out: measured, never read, after every later rule commit. The first
# to move it (a voice that counts the dead: "Local leaders count nine dead"): recall 0.582
# (57/98), precision 0.723 (102/141), date 75, country 77, perpetrators 35.
# Session 23: the same at its start (65afb33), unread; read only then (its missed core lines by
# class first), and a development set from there on.
FLOORS24 = {"recall": 0.775, "precision": 0.863}
CORRECT24 = {
    "date": 92, "country": 106, "count:killed": 59, "perpetrators": 40, "place": 62,
    "attributed_to": 93,
}  # fmt: skip

LONG25 = Path(__file__).resolve().parents[1] / "data" / "gold_long25"
# Twenty-fifth blind set (the common forms), measured on arrival in session 23, unread, with
# rules@0.26.0 (65afb33) and rules@0.27.0's first rule commit (17359e7): recall 0.591 (55/93),
# precision 0.600 (87/145), date 72, country 78, killed 35, perpetrators 29, place 33,
# attributed 57. Held out: measured, never read, after every later rule commit; the same, field
# for field, to the end of rules@0.27.0. Session 24: the same at its start (95e092a), unread;
# read only then (its missed core lines by class first), and a development set from there on.
# At the end of rules@0.28.0: recall 0.817 (76/93), precision 0.730 (111/152).
FLOORS25 = {"recall": 0.817, "precision": 0.73}
CORRECT25 = {
    "date": 98, "country": 107, "count:killed": 47, "perpetrators": 39, "place": 45,
    "attributed_to": 78,
}  # fmt: skip

LONG26 = Path(__file__).resolve().parents[1] / "data" / "gold_long26"
# Twenty-sixth blind set (the common forms), measured on arrival in session 24, unread, with
# rules@0.27.0 (95e092a): recall 0.576 (57/99), precision 0.684 (91/133); with rules@0.28.0's
# rule commits to 70b6f03: recall 0.586 (58/99), precision 0.684 (91/133), date 74, country 74,
# killed 43, perpetrators 38, place 42, attributed 59. Held out: measured, never read, after
# every later rule commit. The first to move it, rules@0.28.0's figure with no act word that
# retells one told before (kept for what it did to the development sets: +1 core line, precision
# up on seven sets), lowered it: recall 0.576 (57/99), precision 0.682 (90/132), date 73,
# country 73, killed 42, attributed 58.
FLOORS26 = {"recall": 0.575, "precision": 0.681}
CORRECT26 = {
    "date": 73, "country": 73, "count:killed": 42, "perpetrators": 38, "place": 42,
    "attributed_to": 58,
}  # fmt: skip

# rules@0.18.0 lowered some floors of the sets above, all with one rule: an act of an anniversary
# piece that nothing around it dates takes the day the piece remembers ("Ninety years ago
# today, on April 23, 1930, ..."; scenes.remembered_day). Over gold_long to gold_long15 it won
# 18 core lines (recall 1,009 -> 1,027 of 1,468) and raised precision (0.814 -> 0.815); per set,
# the acts it dates that no gold line annotates as their own (a café set on fire, the deaths
# "nobody wrote down") cost precision on gold_long4 (0.825 -> 0.821), gold_long6 (0.826 ->
# 0.814), gold_long9 (0.772 -> 0.766) and gold_long14 (0.84 -> 0.816), and the scorer's pairings
# moved: perpetrators 61 -> 59 (gold_long2) and 45 -> 44 (gold_long7), place 43 -> 41
# (gold_long3), 51 -> 50, 39 -> 38, 47 -> 46 and 40 -> 39 (gold_long4, 9, 10, 15), attributed
# 85 -> 84 (gold_long3), killed 46 -> 45 (gold_long6), date 80 -> 79 (gold_long11). Then a part
# of a group told with another act is that act's count ("arrested 12 miners ... four of them
# were given prison terms"): +1 core line on gold_long15, and two acts no gold line annotates
# ("wounding several of them" at Biara, "3,000 to 4,000 of them were executed" in a note) lower
# precision on gold_long5 (0.793 -> 0.786) and gold_long11 (0.777 -> 0.771). Then a line ending
# in a semicolon ends a sentence and is no heading ("(a) army spokesmen stated that five people
# had died;"): +2 core lines on gold_long15, where "Indonesian military spokesmen" now give two
# mentions of the Liquica church attack the country of their people (country 74 -> 72, the
# gold says Timor-Leste), and the scorer pairs the Kerben mention of gold_long8 with another
# line (killed 40 -> 39). Then "..., while the army gave a lower figure of 121" opens a claim of
# its own: the army's line of gold_long2 is matched, and its attack mention no longer pairs
# (precision 0.916 -> 0.909). Then the subject of a clause speaks through ", claiming that": the
# Istanbul-based group's line of gold_long15 is matched and the organisation's mention of dozens
# dead no longer pairs (precision 0.838 -> 0.831). Then the town a report is filed from is no
# scene of an old act ("SAN JOSE, Costa Rica, Sept 20 (ACN) - ... for the 1988 killings"):
# country +2 on gold_long15, where the El Amparo mentions pair with other lines (attributed
# 78 -> 77). Then a communique, a statement or a police report speaks (for its owner: "The
# government's communique put the number of dead at 20"): +3 core lines over the sets; on
# gold_long9 "a police statement says three people were killed" is now the police's, and the
# Mandela sentence after it becomes a mention of its own (precision 0.766 -> 0.759, place
# 38 -> 37).
# rules@0.19.0 raised the floors above to the figures at f19262c wherever they rose (recall on
# gold_long2, 4, 5, 8, 10, 11, 16, 17; precision on every set but gold_long3 and gold_long14; the
# right values of many fields); the three it lowered say why where they are set (gold_long7
# precision, gold_long14 precision and attribution).
# rules@0.23.0 lowered some floors of the sets above, most with one rule (the four others say why
# where they are set: gold_long2 date, gold_long8 place, gold_long20 place and perpetrators): an
# act that takes its day from a scene sentence with no act of its own ("Between 30 December and 2
# January the troops entered Makobola. [...] Families were locked inside their homes") has that
# sentence's sites for its incident's (frames._scene_places). Over the development sets (the own
# gold and the twenty long sets) it won 5 core lines (1,563 -> 1,568 of 2,080; +3 on gold_long2
# and gold_long12, +1 on gold_long9 and gold_long15; -2 on gold_long11 and -1 on gold_long16,
# where a pamphlet's and a centennial's later figures join an incident of their own) and kept
# precision (2,148 / 2,600 -> 2,155 / 2,610); on the held-out gold_long21 it is the first rule to
# move a figure: 57 -> 58 core lines, precision 0.648 -> 0.651. The incidents it splits or joins
# cost precision on gold_long6 (0.818 -> 0.812), gold_long8 (0.847 -> 0.839), gold_long9 (0.766 ->
# 0.759), gold_long17 (0.829 -> 0.821) and gold_long20 (0.714 -> 0.703), and the scorer's pairings
# moved: country 119 -> 114 on gold_long4 (the Santa Cruz summary's voices pair with a mention
# that takes its place from a table row), dates on gold_long14 (78 -> 77), gold_long16,
# gold_long17 and gold_long18 (one each), and the fields of the lines gold_long11 and gold_long16
# lost.
BLIND = [
    (LONG2, FLOORS2, CORRECT2),
    (LONG3, FLOORS3, CORRECT3),
    (LONG4, FLOORS4, CORRECT4),
    (LONG5, FLOORS5, CORRECT5),
    (LONG6, FLOORS6, CORRECT6),
    (LONG7, FLOORS7, CORRECT7),
    (LONG8, FLOORS8, CORRECT8),
    (LONG9, FLOORS9, CORRECT9),
    (LONG10, FLOORS10, CORRECT10),
    (LONG11, FLOORS11, CORRECT11),
    (LONG12, FLOORS12, CORRECT12),
    (LONG13, FLOORS13, CORRECT13),
    (LONG14, FLOORS14, CORRECT14),
    (LONG15, FLOORS15, CORRECT15),
    (LONG16, FLOORS16, CORRECT16),
    (LONG17, FLOORS17, CORRECT17),
    (LONG18, FLOORS18, CORRECT18),
    (LONG19, FLOORS19, CORRECT19),
    (LONG20, FLOORS20, CORRECT20),
    (LONG21, FLOORS21, CORRECT21),
    (LONG22, FLOORS22, CORRECT22),
    (LONG23, FLOORS23, CORRECT23),
    (LONG24, FLOORS24, CORRECT24),
    (LONG25, FLOORS25, CORRECT25),
    (LONG26, FLOORS26, CORRECT26),
]


@pytest.mark.parametrize(
    ("root", "floors", "correct"), [pytest.param(*case, id=case[0].name) for case in BLIND]
)
def test_blind_long_gold_floors(
    pipe: Pipeline, root: Path, floors: dict[str, float], correct: dict[str, int]
) -> None:
    report = score_folder(pipe, root)
    assert report.recall >= floors["recall"]
    assert report.precision >= floors["precision"]
    for name, floor in correct.items():
        assert report.fields[name].correct >= floor, name
