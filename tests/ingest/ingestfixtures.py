"""Helpers for ingestion tests: invented report texts, HTML, PDF and WARC builders."""

# ruff: noqa: E501  (the invented reports are prose, one sentence a line)

from __future__ import annotations

import io

from fpdf import FPDF
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# Invented reports about a fictional town; no sentence comes from the seed corpus.
ARTICLE = """\
Residents of the river town of Velmora said that soldiers surrounded the eastern market before dawn on Tuesday.
According to three witnesses, the troops arrived in armoured trucks and ordered shopkeepers to lie face down in the street.
A schoolteacher who asked not to be named said she counted at least fourteen bodies near the grain warehouse after the soldiers left.
The regional governor denied that any civilians had been harmed and described the operation as a search for hidden weapons.
Local doctors told reporters that the town clinic received twenty-two wounded people, several of them children with gunshot injuries.
One nurse said the clinic ran out of blood supplies by midday and that two of the wounded died while waiting for transfer.
Relatives of the missing gathered outside the police station on Wednesday morning demanding information about detained sons and brothers.
A lawyer representing eleven families said that none of the detainees had been allowed to see counsel or a doctor.
Satellite images reviewed by an independent research group show fresh earth moved at two sites on the northern edge of town.
The research group said the disturbed ground was consistent with hastily dug graves but cautioned that only an excavation could confirm it.
Witnesses described a commander in a green beret who gave orders over a radio and who was addressed by the soldiers as captain.
The defence ministry did not respond to written questions about which unit was deployed to Velmora that week.
A farmer from a nearby village said he saw a column of trucks heading south on the river road shortly after sunrise.
He said the trucks carried men with their hands tied behind their backs and sacks over their heads.
The national human rights commission announced on Thursday that it would send a team to investigate the allegations.
Diplomats from several countries called for access for independent monitors and for the release of those held without charge.
Market traders said that many stalls were burned and that goods worth several months of income were destroyed.
A tailor whose shop was set on fire said the soldiers poured fuel on the doorway and laughed while it burned.
The United Nations office in the capital said it had received credible reports of killings and was seeking further information.
Community elders compiled a list of the dead with names, ages and the streets where each person was found.
The list includes a retired postman, two brothers who sold vegetables, and a sixteen year old boy who worked as a porter.
Families said they were pressured to bury their relatives quickly and were told not to speak with journalists.
Mobile phone networks in the district were cut for three days, which made it difficult to verify the first accounts.
When service returned, residents shared videos showing smoke over the market and people carrying wounded neighbours on doors.
Analysts who examined the videos matched the buildings in the footage to the eastern market using landmarks such as the mosque minaret.
The governor later said that an inquiry had been opened but gave no date for its findings or the names of its members.
"""

OTHER_ARTICLE = """\
Human rights groups say detentions of journalists in the northern provinces rose sharply during the spring.
A press freedom organisation recorded thirty-one arrests of reporters and camera operators between March and June.
Most were held for a few days and released without charge, but six remain in custody at a prison outside the provincial capital.
Their families say the prisoners began a hunger strike last month to protest against solitary confinement.
Prison authorities said the inmates were in good health and receiving regular medical checks from staff doctors.
A former cellmate said guards beat one of the journalists after he complained about the food and the cold.
The organisation called on the justice ministry to allow visits by independent doctors and by the prisoners' lawyers.
Courts have charged several of the reporters with spreading false news under a law passed two years ago.
Critics say the law is vague and is used to punish coverage of protests and military operations.
Editors at two regional newspapers said they have stopped sending staff to cover demonstrations out of fear for their safety.
A spokesman for the interior ministry said that journalists who follow the law have nothing to fear.
Protests over rising bread prices spread to four cities in May and were dispersed with tear gas and batons.
Hospital staff in one city treated dozens of protesters for injuries, according to a union of medical workers.
Police said that officers were also hurt and that the arrests were made to restore public order.
International media organisations have written to the government asking for the release of all detained reporters.
A parliamentary committee is due to discuss amendments to the press law in the autumn session.
Some lawmakers have proposed removing prison sentences for defamation while keeping heavy fines in place.
Press freedom advocates say fines alone can still close small outlets that depend on advertising income.
The hunger strikers have asked to be moved to a prison closer to their families in the capital.
Their lawyers plan to bring the case before a regional human rights court if domestic remedies fail.
"""


# Another article on the same events, written separately: same facts, other words.
SAME_EVENTS = """\
Soldiers sealed off the eastern market of Velmora at first light on Tuesday, according to people living nearby.
Shopkeepers were forced onto the ground while troops searched the stalls, three people told our correspondent.
A teacher reported seeing at least fourteen dead near the grain warehouse once the troops had withdrawn.
The governor of the region rejected reports of civilian deaths and said the soldiers were looking for weapons.
Twenty-two injured people, among them children, were brought to the local clinic, its doctors said.
Families have since gathered at the police station asking where their detained relatives were taken.
Satellite pictures appear to show newly disturbed earth at two places north of the town.
"""


def make_pdf(pages: list[str], *, title: str | None = None, author: str | None = None) -> bytes:
    """A PDF with one page per string, made with fpdf2."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def make_image_pdf() -> bytes:
    """A PDF whose only page holds a drawing and no text layer (as a scan would)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(120, 120, 120)
    pdf.rect(20, 20, 100, 60, style="F")
    pdf.circle(x=80, y=150, radius=30, style="F")
    return bytes(pdf.output())


def html_page(title: str, body: str, *, date: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    paragraphs = "".join(f"<p>{line}</p>" for line in body.strip().splitlines())
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{meta}"
        "<script>var tracker = 'TRACKER-SECRET';</script><style>p{margin:0}</style></head>"
        "<body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
        "<div class='advert'>Advertisement: cheap flights to the coast</div>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright Example Daily. All rights reserved.</footer></body></html>"
    )


def make_warc(records: list[tuple[str, str, bytes]], *, gzip: bool) -> bytes:
    """A WARC with one response record per (url, content type, body)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-05-06T07:08:09Z"},
        )
        writer.write_record(record)
    return buffer.getvalue()
