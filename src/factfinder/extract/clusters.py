"""Incidents of one document: frames clustered by compatible dates, acts and places.

Frames (frames.py) say what one sentence tells of one event; here they are grouped, in text
order and deterministically, into the incidents of the document: a dated frame joins the
incident with a compatible date and a shared act or site, an undated frame the incident its
paragraph is telling (or, far back, the dated one told with the same word or at the same site).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from factfinder.extract.clusterindex import (
    ASSAULTS,
    HARMS,
    Recent,
    YearIndex,
    assault_harms,
    elsewhere,
    figures,
    near_day,
    places_of,
    provinces,
    sites,
)
from factfinder.extract.doc import DateRef, Trigger
from factfinder.extract.frames import Frame, interval
from factfinder.model import DatePrecision

_LOOKBACK_PARAGRAPHS = 3  # an undated frame joins an incident told this many paragraphs back


@dataclass(slots=True)
class Cluster:
    frames: list[Frame]
    last_paragraph: int
    date: DateRef | None = None
    acts: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    aggregate: bool = False
    words: set[str] = field(default_factory=set)
    # voice -> victims' family -> the largest figure told (see _disputed), kept as frames come
    tolls: dict[str | None, dict[str, int]] = field(default_factory=dict)
    number: int = 0  # its place among the document's clusters

    def add(self, f: Frame) -> None:
        """Add a frame, keeping the finest stated date, the acts and the precise places."""
        self.frames.append(f)
        told = self.tolls.setdefault(f.voice, {})
        for family, figure in _tolls(f).items():
            told[family] = max(told.get(family, 0), figure)
        self.last_paragraph = f.paragraph
        if f.date is not None and not f.inherited:  # noqa: SIM102
            if self.date is None or (_RANK[f.date.precision], f.date.start) < (
                _RANK[self.date.precision],
                self.date.start,
            ):
                self.date = f.date
        self.acts.update(f.acts)
        self.words.update(f.words)
        self.places.update(places_of([f]) or f.scene)
        self.aggregate = self.aggregate or f.aggregate


_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.RANGE: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
    DatePrecision.UNKNOWN: 4,
}


def compatible(a: DateRef | None, b: DateRef | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    ia, ib = interval(a.value, a.value_end), interval(b.value, b.value_end)
    if ia is None or ib is None:
        return False
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def cluster_frames(frames: list[Frame]) -> list[Cluster]:
    """Group frames into incidents of one document (deterministic, in text order)."""
    clusters: list[Cluster] = []
    # exact figure -> the clusters that told it, in the order they were made (linear time on a
    # long document: no cluster's frames are read again for each frame)
    by_figure: dict[tuple[str, int], list[int]] = {}
    previous: tuple[Frame, Cluster] | None = None
    here: list[Cluster] = []  # the incidents told in the current paragraph
    leaders: dict[str, Cluster] = {}  # for each act, the dated incident told most so far
    by_year = YearIndex()  # the dated incidents by the years their dates cover
    recent = Recent()  # the incidents by paragraph told and by place
    for f in frames:
        if previous is not None and previous[0].paragraph != f.paragraph:
            here = []
        if f.after is not None and f.date is None:
            f.date = _after_date(clusters, f.after)
        retold = _retold_in_entry(clusters, f) if f.date is None and f.stamp else None
        if retold is None and f.date is None and f.stamp is not None:
            f.date, f.borrowed = f.stamp, True  # the day of its entry
        # (unless its paragraph's own incident is the one it borrowed its date from: "gunmen
        # killed 132 in Solhan, according to the government; local sources said 160 died")
        told_here = f.borrowed and any(compatible(c.date, f.date) for c in here)
        # (and a figure with no act word that retells one told before: "On 16 March the
        # prosecution handed 14 of the 17 bodies over to their families")
        figured = (f.borrowed and not told_here) or (f.date is not None and not f.triggers)
        target = _same_figure(clusters, by_figure, f) if figured else None
        if target is None and f.date is None and f.hints:
            target = _hinted(clusters, f)
            finer = _finer_hint(target, f.hints) if target is not None and f.opening else None
            if target is None or finer is not None:
                # ("this week" ... "The air strike hit Togoga ... on Tuesday": the day in it)
                f.date, target = finer or f.hints[0], None
        if retold is not None:
            target = retold
        if target is not None:
            f.date, f.inherited = target.date, True
        elif f.date is not None and not (f.row and f.voice is None):
            # (a row of the report's own table of incidents is an incident of its own)
            target = _dated_target(clusters, f, by_year)
            if target is None and f.recount:
                target = _recounted(clusters, f)
                if target is not None:
                    f.date, f.inherited = target.date, True
        if f.date is None:
            # "The tribunal later found that the sixteen prisoners had been murdered", told
            # in a paragraph of its own after another incident: the incident of that very
            # figure (ten or more: a figure as common as "two" ties no telling to an incident
            # far back)
            opens = previous is None or previous[0].paragraph != f.paragraph
            # (any figure named as known: "The seven are the dead we can name")
            least = 2 if f.told_figure else 10
            retells = _same_figure(clusters, by_figure, f, least=least) if opens else None
            target = retells or _undated_target(clusters, f, previous, recent)
            if f.voice is not None:
                target = _disputed(clusters, f, target)
                if target is None or _unharmed(target, f):
                    target = _main_told(leaders, f) or target
            if target is None and not f.keepable():
                continue
        if target is None and not f.acts:
            continue  # (a count of the wounded with no incident told to count: none of its own)
        if target is None:
            target = Cluster([], f.paragraph, number=len(clusters))
            clusters.append(target)
        if f.date is None and target.date is not None:
            f.date, f.inherited = target.date, True
        target.add(f)
        by_year.add(target)
        recent.add(f, target)
        if target.date is not None and not target.aggregate:
            for act in target.acts:  # the incident told most, by act (linear time)
                best = leaders.get(act)
                if best is None or (-len(target.frames), target.number) < (
                    -len(best.frames),
                    best.number,
                ):
                    leaders[act] = target
        for figure in figures([f]):
            told = by_figure.setdefault(figure, [])
            at = bisect_left(told, target.number)
            if at == len(told) or told[at] != target.number:
                told.insert(at, target.number)  # (kept in the clusters' order)
        if target not in here:
            here.append(target)
        previous = (f, target)
    return _join_undated(clusters)


def _join_undated(clusters: list[Cluster]) -> list[Cluster]:
    """An undated incident told before the dated one ("Doramba: nineteen people were shot
    dead after their arrest", a headline over the story) joins the dated incident with a
    shared act and the same site or town or the same figure; the one told most wins."""
    kept = [c for c in clusters if c.frames]
    dated = [
        (c, figures(c.frames), provinces(c.frames))
        for c in kept
        if c.date is not None and not c.aggregate
    ]
    out: list[Cluster] = []
    for c in kept:
        if c.date is not None or c.aggregate:
            out.append(c)
            continue
        towns, given = c.places, figures(c.frames)
        same = [d for d, told, _ in dated if c.acts & d.acts and (towns & d.places or given & told)]
        if not same:  # ("317 students ... had been abducted", in Zamfara: the one such there)
            regions = provinces(c.frames)
            same = [d for d, _, theirs in dated if c.acts & d.acts and regions & theirs]
            same = same if len(same) == 1 else []
        if not same:
            out.append(c)
            continue
        target = max(same, key=lambda d: len(d.frames))
        for f in c.frames:
            f.date, f.inherited = target.date, True
            target.add(f)
        target.frames.sort(key=lambda f: f.start)
        target.last_paragraph = target.frames[-1].paragraph
    return out


def _after_date(clusters: list[Cluster], ref: Trigger) -> DateRef | None:
    """The month of the last dated incident with the act referred to ("following the attack"):
    the new event came after it, most often within weeks; the claim quotes the reference."""
    for c in reversed(clusters):
        if c.date is not None and not c.aggregate and ref.act in c.acts:
            value = c.date.value[:7]
            if len(value) < 7:
                return None
            return DateRef(ref.start, ref.end, ref.sentence, value, DatePrecision.MONTH)
    return None


def _finer_hint(c: Cluster, hints: list[DateRef]) -> DateRef | None:
    """The day a definite act's sentence gives inside the span its incident was dated by."""
    if c.date is None or c.date.precision != DatePrecision.RANGE:
        return None
    days = [h for h in hints if h.precision == DatePrecision.DAY and compatible(h, c.date)]
    return days[0] if days else None


def _hinted(clusters: list[Cluster], f: Frame) -> Cluster | None:
    """'the massacre ... in 2013': a definite event noun whose sentence gives a date that does
    not modify it refers to the last incident with its act and a compatible date; with none,
    the sentence's date is its own."""
    for c in reversed(clusters):
        if c.aggregate != f.aggregate or c.date is None or not set(f.acts) & c.acts:
            continue
        if any(compatible(h, c.date) for h in f.hints):
            return c
    return None


def _same_figure(
    clusters: list[Cluster], by_figure: dict[tuple[str, int], list[int]], f: Frame, least: int = 2
) -> Cluster | None:
    """A frame dated only by its paragraph ("the delegation saw 52 bodies", after "on 2
    September, a delegation visited"), or not dated at all, that gives the exact figure (at
    least ``least``) of an incident told before retells that incident (the first such)."""
    best: int | None = None
    for figure in figures([f]):
        if figure[1] < least:
            continue
        for number in by_figure.get(figure, ()):
            if best is not None and number >= best:
                break
            c = clusters[number]
            if c.aggregate == f.aggregate and c.date is not None:
                best = number
                break
    return clusters[best] if best is not None else None


# the figures one toll is given in: an execution of prisoners is counted as their killing
_FAMILY = {"killed": "killed", "executed": "killed", "abducted": "abducted", "arrested": "arrested"}
_DISPUTE_RATIO = 1.5  # a voice's toll this close to an incident's figure disputes it ...
_FAR_RATIO = 3.0  # ... unless the incident told before it has a figure this close


def _tolls(f: Frame) -> dict[str, int]:
    """The largest figure (value or lower bound) the frame tells of each family of victims."""
    out: dict[str, int] = {}
    for q in f.quantities:
        family = _FAMILY.get(q.category or "")
        figure = q.count.value if q.count.value is not None else q.count.min
        if family and figure and figure > 1 and not q.subset:
            out[family] = max(out.get(family, 0), figure)
    return out


def _disputed(clusters: list[Cluster], f: Frame, near: Cluster | None) -> Cluster | None:
    """A voice's toll with no date of its own ("the Tribunal found that between 7,000 and
    8,000 men had been executed", told paragraphs after the killings of 11 July and the
    killings at one warehouse two days later) disputes the incident of the same month whose
    own figure is of its size, when the incident it would join by position (``near``) has
    none near it: the voice keeps its mention and figure (one mention per incident and
    voice), dated by the incident it disputes."""
    mine = _tolls(f)
    if not mine or near is None or near.date is None or _closeness(mine, near, f) <= _FAR_RATIO:
        return near
    best: tuple[float, int] | None = None
    chosen = near
    for c in clusters:
        if c.date is None or c.aggregate != f.aggregate or c is near:
            continue
        if c.date.value[:7] != near.date.value[:7]:
            continue  # (another episode: "the junta said 57 died", told after the trial)
        ratio = _closeness(mine, c, f)
        if ratio <= _DISPUTE_RATIO and (best is None or (ratio, -len(c.frames)) < best):
            best, chosen = (ratio, -len(c.frames)), c
    return chosen


def _unharmed(c: Cluster, f: Frame) -> bool:
    """A voice's toll of the dead near an incident of no violence ("It lists forty-eight dead",
    after "On Saturday thousands marched to the memorial"): not that incident's toll."""
    return "killing" in f.acts and not c.acts & (ASSAULTS | HARMS | {"execution"})


def _main_told(leaders: dict[str, Cluster], f: Frame) -> Cluster | None:
    """A voice's toll with no date and no incident near it ("The toll. The joint report, sent
    to the Council in October, counted 152 killed", posts after the attack) is its count of
    the incident the document tells most, if they share an act (``leaders``: for each act,
    the dated incident told most so far)."""
    if not _tolls(f):
        return None
    shared = [leaders[a] for a in sorted(f.acts) if a in leaders]
    return max(shared, key=lambda c: (len(c.frames), -c.number)) if shared else None


def _recounted(clusters: list[Cluster], f: Frame) -> Cluster | None:
    """The incident a voice's toll dated by its telling counts (recounts.py): of the incidents
    told before it (the last few) with a shared act, dated before the telling and named at no
    other place, the one told last among those whose figure is of its size, else the one told
    last."""
    told = interval(f.date.value, f.date.value_end) if f.date is not None else None
    mine = _tolls(f)
    if told is None or not mine:
        return None
    places, acts = places_of([f]), set(f.acts)
    candidates = []
    for c in clusters[-_RECOUNT_REACH:]:
        theirs = interval(c.date.value, c.date.value_end) if c.date is not None else None
        if theirs is None or theirs[1] >= told[0] or c.aggregate != f.aggregate:
            continue
        if acts & c.acts and not (places and c.places and not places & c.places):
            candidates.append(c)
    if not candidates:
        return None
    close = [c for c in candidates if _closeness(mine, c, f) <= _FAR_RATIO]
    return max(close or candidates, key=lambda c: c.frames[-1].start)


_RECOUNT_REACH = 40  # (linear time: a recount looks this many incidents back)


def _closeness(mine: dict[str, int], c: Cluster, f: Frame) -> float:
    """How far the frame's figures are from the cluster's own, told in the report's voice or
    the frame's (a ratio, 1 the same)."""
    own, same = c.tolls.get(None, {}), c.tolls.get(f.voice, {})
    theirs = {k: max(own.get(k, 0), same.get(k, 0)) for k in (*own, *same)}
    ratios = [
        max(figure, theirs[family]) / min(figure, theirs[family])
        for family, figure in mine.items()
        if theirs.get(family)
    ]
    return min(ratios, default=float("inf"))


_ENTRY_DAYS = 7
_ENTRY_CLUSTERS = 60


def _retold_in_entry(clusters: list[Cluster], f: Frame) -> Cluster | None:
    """An act a live-blog entry or a broadcast tells without a day in another voice ("the ANC
    says more than 40 people died in Boipatong", in the item of 18 June) retells the incident
    of its place and act dated in the week up to the entry's day, if one was told; else it is
    of that day."""
    mine = places_of([f])
    if f.stamp is None or not (mine or f.stamp.meta) or (f.voice is None and not f.stamp.meta):
        return None  # (an entry in the document's own voice tells the news of its day)
    stamp = interval(f.stamp.value, f.stamp.value_end)
    # a source cited with its day ("[S4] 2008-12-03 | Ombudsman") retells an incident of any
    # time before it: the one of its place, else the incident the document tells most
    days = None if f.stamp.meta else _ENTRY_DAYS
    found: list[Cluster] = []
    for c in reversed(clusters[-_ENTRY_CLUSTERS:]):  # (the incidents told last: linear time)
        if c.aggregate or c.date is None or not set(f.acts) & c.acts:
            continue
        told = interval(c.date.value, c.date.value_end)
        if stamp is None or told is None or (stamp[0] - told[0]).days < 0:
            continue
        if days is not None and (stamp[0] - told[0]).days > days:
            continue
        if mine & c.places:
            return c
        found.append(c)
    if f.stamp.meta and not mine and found:
        return max(found, key=lambda c: len(c.frames))
    return None


def _dated_target(clusters: list[Cluster], f: Frame, by_year: YearIndex) -> Cluster | None:
    candidates = []
    mine = places_of([f])
    # the frame's own properties, computed once (the loop reads them for every cluster)
    aggregate, acts, own_sites = f.aggregate, set(f.acts), sites([f])
    for c in by_year.near(f.date) if f.date is not None else ():
        cd = c.date
        if cd is None or f.date is None:
            continue
        # "figures on the protests from 21 June to 21 July ... in this period, 267 protests":
        # a frame dated by the very date that dated an incident tells that incident
        if c.aggregate != aggregate and not (f.borrowed and cd is f.date):
            continue
        theirs = c.places
        if elsewhere(mine, theirs):
            continue
        # an incident over midnight ("stormed at midnight on 31 August"; "killed on 1
        # September"): the next or previous day at the same place, or with no other place
        # (a city is a weaker tie than a site: two events a day apart in one capital are
        # only one incident when they also share an act)
        shared = mine & theirs
        tied = bool(shared & own_sites) or bool(shared and acts & c.acts)
        near = near_day(cd, f.date) and (tied or (not mine and bool(acts & c.acts)))
        if not (compatible(cd, f.date) or near):
            continue
        same_day = f.date.precision == cd.precision == DatePrecision.DAY
        # at the same place, a finer date refines an incident told by its year ("the
        # massacre in Camp X in 2013" ... "Camp X was targeted on 1 September 2013")
        refines = bool(mine & theirs) and (
            cd.precision == DatePrecision.YEAR
            # (or by its month, the assault whose harms the day's frame tells: "the night
            # attack on Yelwata this month" ... "armed men invaded Yelwata on 13 June, killing")
            or (cd.precision == DatePrecision.MONTH and assault_harms(c.acts, acts))
        )
        if same_day or near or acts & c.acts or refines:
            candidates.append(c)
    if candidates:
        return candidates[-1]
    last = clusters[-1] if clusters else None
    if last is not None and last.date is None and f.paragraph - last.last_paragraph <= 1:  # noqa: SIM102
        # (not one told at another town: "close to Houla, where 108 people were killed in May",
        # after the undated killing at Aqrab)
        if acts & last.acts and last.aggregate == aggregate and not elsewhere(mine, last.places):
            return last
    return None


def _undated_target(
    clusters: list[Cluster], f: Frame, previous: tuple[Frame, Cluster] | None, recent: Recent
) -> Cluster | None:
    mine = places_of([f])
    if previous is not None and previous[0].paragraph == f.paragraph:
        # (not a definite act at another town than that incident's: "The killings at
        # Mylanthanai were seen as revenge for that blast", after the landmine at Araly Point)
        other = f.definite and elsewhere(mine, previous[1].places)
        if previous[1].aggregate == f.aggregate and not other:
            return previous[1]
    if f.definite:
        # "the massacre" told paragraphs later: the dated incident told with that very word
        # ("the 1988 massacre"), the one the document tells most
        same = [
            c
            for c in clusters
            if c.date is not None and c.aggregate == f.aggregate and f.words & c.words
        ]
        named = [c for c in same if f.nearby & c.places]  # (at the place just named)
        if same:
            return max(named or same, key=lambda c: (len(c.frames), c.last_paragraph))
    if mine:  # "... had killed more than 500 at El Mozote", pages after El Mozote was dated
        same = [
            c
            for c in recent.at(mine)
            if c.aggregate == f.aggregate
            and c.date is not None
            and mine & c.places
            and (set(f.acts) & c.acts or (c.acts & ASSAULTS and set(f.acts) & HARMS))
        ]
        if same:
            return same[0]
    near = [
        c
        for c in (
            reversed(clusters) if f.definite else recent.since(f.paragraph - _LOOKBACK_PARAGRAPHS)
        )
        if c.aggregate == f.aggregate
        and (f.paragraph - c.last_paragraph <= _LOOKBACK_PARAGRAPHS or f.definite)
    ]
    # the incident told last (not the one made last: "[8 December: the crowd gathered and the
    # forces opened fire.] Four students were killed", after the beating of 7 December)
    last = recent.last_told(near)
    if (
        last is not None
        and last.date is not None
        and (
            f.paragraph - last.last_paragraph <= 1
            or (previous is not None and previous[1] is last)  # no incident told between
        )
        and (
            (last.acts & ASSAULTS and set(f.acts) & HARMS)
            # "people began gathering for a march [...] Police opened fire on the crowd": the
            # gathering just told, before a later arrest whose quote spoke of the shooting
            or ("protest" in last.acts and "crackdown" in f.acts)
            # "Caritas put the number of dead or missing at about 1,000", right after the UN's
            # toll: one more voice's figure for the incident told last
            or (f.voice is not None and bool(f.quantities) and bool(set(f.acts) & last.acts))
        )
    ):
        # "accounts of civilians being killed", right after "armed groups attacked": the
        # assault just told, before an older incident that shares the act word
        return last
    for c in near:
        if set(f.acts) & c.acts:
            return c
    dated = [c for c in near if c.date is not None and (f.keepable() or f.quantities)]
    return dated[0] if dated else None
