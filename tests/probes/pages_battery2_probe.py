"""A second battery of archived HTML pages, around the archives of political and literary texts:
marxists.org chapter and index pages (breadcrumbs, stacked title blocks, "Download PDF | ePub",
the information block, notes, footer link rows, "Last updated on:", layouts in a blockquote or a
table), Project Gutenberg HTML books (captions, page numbers, lists of illustrations, indexes,
plays, anthologies with attributions, title-page lines, contents tables, summaries, epigraphs),
and newspaper and magazine pages (datelines, bylines, kickers and decks, pull quotes, photo
captions, related-article boxes, print/email rows, comments, pagination, wire notices, adverts).

Each case states what a careful editor would make of the page: its headings (in order; the title
on the title page is not one; an entry may be a tuple of acceptable forms), lines that are no
headings, dc:title and dc:creator, the site's debris (which may stay only in colophon.xhtml) and
the text that must stay, in the order given.

    python3 tests/probes/pages_battery2_probe.py "dotnet /path/to/epub.dll" [--only NAME] [--keep DIR]

Prints one line per failing check and `N/M cases hold` last. All prose is the probe's own; the
names of people, places and papers are invented."""
import html, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_harness import B, case, doc, frag, main, p  # the shared harness: check(), main(), ...

# ---------------------------------------------------------------------------------------------
# Prose bank: paragraphs of our own, by topic.
# ---------------------------------------------------------------------------------------------
B.update({
"land": [
 "The small farmer of the western counties pays, in one form or another, nearly a third of what his land produces to men who have never set foot on it. He pays it as rent, as interest on his mortgage, and as the margin taken by the dealer who buys his wool.",
 "It is customary to describe him as independent. He owns his tools and his cattle, he rises when he likes and goes to bed when the work is done. But his independence ends at the gate of the bank, and the bank is never far away.",
 "When prices fall, as they fell in the eighties, the rent does not fall with them. The landlord's agent speaks of patience and of better years, and in the meantime the arrears are written down and carried forward with interest.",
 "The enclosures of the last century were carried through by act of parliament, one parish at a time. The commons on which the cottager had kept a cow and a few geese were divided among those who already held the most land, and the cottager received a fence and a bill for his share of its cost.",
 "Those who could not pay sold out, and those who sold out went to the towns. It is no accident that the great mills found their workers ready and waiting; the workers had been prepared for them by the commissioners of enclosure.",
 "The remedy proposed by the reformers is a peasant proprietary: every man on his own acre, free of the landlord. We do not doubt the sincerity of the proposal. We doubt only whether a man on his own acre will be free of the bank.",
 "The alternative is not to divide the land again but to hold it in common, and to farm it by associations of those who work it. Such associations already exist in a small way in several counties, and their accounts are open to anyone who cares to read them.",
],
"clan": [
 "Among the river peoples of the northern valleys, every person belonged by birth to the clan of the mother. A child took the mother's clan name, and a man who married into another village remained all his life a member of his mother's clan.",
 "The clan held its land in common. Each household was given the use of fields according to its needs, and at the death of the head of a household the fields returned to the clan to be given out again.",
 "Marriage within the clan was forbidden. The rule was so old that no one could give a reason for it, and so strong that those who broke it were not punished but simply ceased to be spoken of.",
 "The clan council met at the new moon in the long house of the eldest woman. Every adult member, man or woman, had a voice in it, and no decision was taken until all who wished to speak had spoken.",
 "The chiefs were chosen by the council and could be removed by it. A chief who grew proud or lazy would find one morning that the women had taken the horns of office from his house, and he returned to the ranks without further ceremony.",
 "Several clans together formed a tribe, which had its own council of chiefs and its own territory. The tribal council decided on war and peace, but it could not interfere in the affairs of any clan, and it had no means of compelling obedience except the force of opinion.",
 "Here, then, was a society without police, without prisons and without a state, which nevertheless kept order among several thousand people for many generations. It is worth asking what became of it, and why.",
],
"port": [
 "The strike at Port Alder began in the grain sheds on the morning of the fourth of March, when the foremen announced that the day rate would be cut by a fifth from the first of the month.",
 "By the afternoon the coal porters had joined the grain men, and by evening the tramway workers had voted to come out in sympathy. The city woke the next day without trams, without bread deliveries and without newspapers.",
 "The governor's first act was to close the telegraph office to all private messages. His second was to ask the garrison commander for two companies of infantry, which arrived that night by special train.",
 "The strikers elected a council of deputies, one for every five hundred workers, which met each evening in the hall of the printers' union. Within a week it was issuing permits for the delivery of milk to hospitals and for the burial of the dead.",
 "It was this that alarmed the authorities most. A strike they understood; a body of workers' deputies deciding what might move through the streets of the city was something else, and they said so in their dispatches to the capital.",
 "On the eighteenth of March the troops cleared the printers' hall. Nineteen deputies were arrested, and the strike ended four days later, but the day rate was not cut, and the council's minute book was hidden in a bakery and survived.",
],
"press": [
 "The liberal papers have discovered, rather late, that the censor is not their friend. For years they reported the suppression of the workers' papers in a paragraph on the fourth page, and now that their own columns are blacked out they call upon the public to defend the freedom of the press.",
 "We shall defend it, gentlemen, but not on your terms. The freedom you ask for is the freedom of those who own a printing press to print what they please. The freedom we ask for is the freedom of those who have no press to be heard at all.",
 "A law that permits any citizen to publish a newspaper is no great gift to a citizen who cannot afford a sheet of paper. The great papers are owned by banks and by railway companies, and they say what banks and railway companies wish them to say.",
 "Yet even the formal freedom is worth having, and we do not despise it. Under the censor we print abroad, smuggle the papers across the frontier in barrels of herring, and read them in cellars. Without the censor we should at least be able to read them in the street.",
 "We propose, therefore, that every organisation of workers with more than a thousand members be given the use of a public printing house for one day in each week, at the cost of the paper alone.",
 "The editors of the liberal papers will say that this is utopian. Perhaps. But it is no more utopian than their belief that the censor, having finished with us, would leave them alone.",
],
"canal": [
 "The Hallam Navigation was authorised by act of parliament in 1794 and opened throughout in the spring of 1801, at a cost nearly three times that of the engineer's first estimate.",
 "It climbed from the river at Hallam Bridge to the summit at Crossley Moor by a flight of fourteen locks, and descended on the far side by nine more to the basin at Wendle, where the coal wharves stood.",
 "For thirty years the canal paid a dividend of eight per cent, and the proprietors built themselves a handsome office at Wendle with a portico of six columns, which still stands, though it is now a public house.",
 "The boatmen were a people apart. Whole families lived aboard in a cabin eight feet long, and children were born and raised on the water without ever attending a school or sleeping a night under a roof.",
 "The railway reached Wendle in 1846. Within five years the coal traffic had fallen by half, and the proprietors, seeing how matters stood, sold the canal to the railway company, which had no interest in keeping it open.",
 "The last commercial boat passed the summit in 1921. The locks were left to decay, and the summit pound was drained in 1935, but the towpath remains, and on a summer evening it is among the pleasantest walks in the county.",
],
"ferry": [
 "The ferry at Hallam Bridge had been worked by the Ashby family since before the bridge was built, and it was still worked by them long after the bridge had made it unnecessary.",
 "Old Daniel Ashby took the fares and kept the boat tarred, and his daughter Ruth took the oars when his hands were too stiff, which was most days after the first of October.",
 "Few people crossed. A shepherd going to the market on the far side, a curate with a bag of tracts, a pair of lovers who wanted half an hour on the water more than they wanted to reach the other bank.",
 "\"They will build a second bridge at Wendle,\" said the curate one afternoon, \"and then there will be no one at all.\" Ruth said nothing, and pulled harder, and the curate held on to his hat.",
 "The flood came in the second week of February. The water rose over the towpath and over the lower meadows, and on the third night it carried away the middle arch of the bridge.",
 "By morning there were forty people on the far bank who needed to cross, and only one boat on the river that could carry them. Ruth took the oars before her father was awake.",
 "She crossed eleven times that day. On the last crossing the curate was among her passengers, and he did not speak of the bridge at Wendle, or of anything else.",
 "The bridge was mended by the summer. The ferry was worked for another nine years, and when at last it stopped, the boat was drawn up on the bank and left there, and children played in it until it fell to pieces.",
],
"council": [
 "The city council voted seven to four on Monday night to close four branch libraries at the end of June, despite a petition of more than six thousand signatures and a public gallery that was full for the first time in years.",
 "The closures will save an estimated $1.2 million a year, according to the city manager's office. The Eastgate, Mill Road, Hillcrest and Riverside branches will close; the central library and three other branches will remain open on reduced hours.",
 "\"Nobody on this council wanted to do this,\" said council member Frank Tully, who voted for the cuts. \"But the state has cut our revenue sharing by a third, and the money has to come from somewhere.\"",
 "Opponents said the branches chosen served the city's poorest neighbourhoods. The Mill Road branch, the smallest of the four, lends more children's books each month than any branch in the system, according to figures from the library board.",
 "Grace Oyelaran, who chairs the Tenth Street Parents' Group, told the council that the nearest remaining branch to Mill Road was two bus rides away. \"You are asking eight-year-olds to change buses to borrow a book,\" she said.",
 "The council will take up the budget as a whole at its meeting on March 17. Opponents have said they will attend in even larger numbers and will ask for the closures to be put to a public vote in November.",
],
"docks": [
 "Around eight hundred dock workers at the Port of Alder walked off the job early Tuesday after talks between their union and the port's operators broke down over a plan to bring in automated cranes.",
 "Ships were left half unloaded at four of the port's seven berths, and the operators said at least a dozen more vessels due this week would be diverted to other ports if the stoppage continued.",
 "The union says the new cranes would eliminate nearly a third of the jobs on the waterfront within five years. The operators say the port cannot compete with its rivals without them, and that no worker now employed would be laid off.",
 "\"We have heard that promise before,\" said Marta Siwek, a crane driver for nineteen years who joined the picket line at the East Gate. \"They always say nobody will lose their job. They just stop hiring, and the job disappears with the last man.\"",
 "The port authority, which owns the land but not the terminals, called on both sides to return to talks. A spokesman said the authority would not intervene directly but was prepared to offer a mediator.",
 "It is the first strike at the port since 1971, when a stoppage over pensions lasted eleven weeks and ended with a settlement that many on the waterfront still regard as a defeat.",
],
"poet": [
 "Hugh Pellow has lived in the same terraced house above the harbour for forty years, and most of his poems can be traced to something he has seen from its front window.",
 "He began writing in the shipyard, where he worked as a plater's helper from the age of fifteen. He wrote on the backs of time sheets during the dinner break and kept the poems in a biscuit tin under his bed.",
 "His first collection, published by a small press in 1971, sold fewer than three hundred copies. One of them reached a critic in London who gave it half a column, and Pellow has been, ever since, what he calls a local poet with a national reputation among about forty people.",
 "The yard closed in 1984. Pellow was fifty, with no other trade and no wish to leave the town. He took a job as caretaker at the primary school and wrote the poems that became The Slipway, which won the prize that year and sold twenty thousand copies.",
 "He is wary of talking about the closure. \"People want me to be angry in public,\" he says, \"and I was angry. But the poems are not speeches. If they were speeches I would have made speeches.\"",
 "His new collection, his ninth, is about his wife, who died two years ago. He read three of the poems at the library last month to a room of sixty people, and afterwards nobody moved for some time.",
],
})

# ---------------------------------------------------------------------------------------------
# 1. marxists.org: chapter pages, index pages, layouts
# ---------------------------------------------------------------------------------------------
XHTML = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
CSS = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />\n<link rel="stylesheet" type="text/css" href="../../../css/works.css" />\n'
def mia(body, title):
    return doc(body, title=title, head=CSS, doctype=XHTML)
def info(*pairs, pd=True):
    lines = [f'<span class="info">{k}:</span> {v};<br />\n' for k, v in pairs]
    if pd:
        lines.append('<span class="info">Public Domain:</span> Marxists Internet Archive (2006). You may freely copy, distribute, display and perform this work; as well as make derivative and commercial works. Please credit &ldquo;Marxists Internet Archive&rdquo; as your source.\n')
    return '<p class="information">\n' + "".join(lines) + '</p>\n'
HALE_INFO = info(("Written", "1908"), ("First Published", "<em>The Commonweal</em>, 1908"), ("Source", "<em>The Land Question</em>, Clarion Press, London 1908"), ("Transcription/Markup", "Ed Paine"))
WHIT_INFO = info(("Written", "1896"), ("Source", "<em>The Origins of the Household</em>, Hallam 1897"), ("Transcription/Markup", "Dana Kirk"))
VER_INFO = info(("Written", "1905"), ("First Published", "<em>Rabochaya Mysl</em>, No. 12, 1905"), ("Translated", "Margaret Lyle"), ("Transcription/Markup", "Ed Paine"))

case("mia-breadcrumb-p-title-links", mia(
 '<p class="title"><a href="../../../index.htm">MIA</a> &gt; <a href="../../index.htm">Archive</a> &gt; <a href="../index.htm">Hale</a> &gt; <a href="index.htm">Essays</a></p>\n'
 '<h2>Thomas Hale</h2>\n<h1>The Small Farmer and the Bank</h1>\n<hr class="section" />\n' + HALE_INFO + '<hr class="end" />\n'
 + p("land", 0, 1, 2) + '<h3>The Enclosures</h3>\n' + p("land", 3, 4) + '<h3>A Peasant Proprietary?</h3>\n' + p("land", 5, 6) +
 '<hr class="end" />\n<p class="footer"><a href="../index.htm">Thomas Hale Archive</a></p>\n',
 "Thomas Hale: The Small Farmer and the Bank (1908)"),
 headings=["The Enclosures", "A Peasant Proprietary?"], not_headings=["MIA > Archive > Hale > Essays"],
 title="The Small Farmer and the Bank", author="Thomas Hale",
 debris=["MIA > Archive > Hale", "Thomas Hale Archive"], keep=[frag("land", 0), frag("land", 3), frag("land", 6)])

case("mia-breadcrumb-plain-colons", doc(
 '<p><font size="-1">MIA: <a href="../../../index.htm">Library</a>: <a href="../index.htm">Thomas Hale</a>: <a href="index.htm">The Land Question</a>: Chapter 3</font></p>\n<hr>\n'
 '<h4 align="center">Thomas Hale</h4>\n<h3 align="center">The Land Question</h3>\n<h2 align="center">Chapter 3: The Enclosures</h2>\n'
 + p("land", 3, 4, 1, 2) +
 '<hr>\n<p align="center"><a href="ch02.htm">Chapter 2</a> | <a href="index.htm">Contents</a> | <a href="ch04.htm">Chapter 4</a></p>\n',
 title="Hale: The Land Question, Chapter 3"),
 headings=[], optional=["Chapter 3: The Enclosures"], not_headings=["MIA: Library: Thomas Hale: The Land Question: Chapter 3", "Thomas Hale", "The Land Question"],
 title=("The Land Question", "The Enclosures", "Chapter 3: The Enclosures", "The Land Question: Chapter 3: The Enclosures"), somewhere=["The Enclosures"], author="Thomas Hale",
 debris=["MIA: Library", "Chapter 2 | Contents | Chapter 4"], keep=[frag("land", 3), frag("land", 4), frag("land", 2)])

case("mia-stacked-h2-h3title-h4-subtitle", mia(
 '<h2>Anna Veretskaya</h2>\n<h3 class="title">The Press and the Censor</h3>\n<h4>An Open Letter to the Editors of the Liberal Papers</h4>\n<hr class="section" />\n'
 + VER_INFO + '<hr class="end" />\n' + p("press", 0, 1, 2, 3, 4, 5) +
 '<hr class="end" />\n<p class="footer"><a href="../index.htm">Veretskaya Archive</a> &nbsp;|&nbsp; <a href="index.htm">Works 1905</a></p>\n',
 "Anna Veretskaya: The Press and the Censor"),
 headings=[], not_headings=["An Open Letter to the Editors of the Liberal Papers", "Anna Veretskaya"],
 title="The Press and the Censor", author="Anna Veretskaya",
 debris=["Veretskaya Archive", "Works 1905"], keep=[frag("press", 0), frag("press", 5)])

case("mia-lone-numeral-h1-over-h3", mia(
 '<p class="title">Clara Whitcombe. The Origins of the Household</p>\n<h1>VI</h1>\n<h3>The Clan Council</h3>\n<hr class="section" />\n'
 + p("clan", 3, 4, 5, 6) +
 '<hr class="end" />\n<p class="footer"><a href="ch05.htm">Chapter V</a> | <a href="index.htm">Contents</a> | <a href="ch07.htm">Chapter VII</a></p>\n',
 "Clara Whitcombe: The Origins of the Household. Chapter VI"),
 headings=[], not_headings=["Clara Whitcombe. The Origins of the Household"],
 title_contains="The Clan Council", author="Clara Whitcombe",
 debris=["Chapter V | Contents | Chapter VII"], keep=[frag("clan", 3), frag("clan", 6)])

case("mia-h3-br-numeral-chapters", mia(
 '<h2>Clara Whitcombe</h2>\n<h1>Three Lectures on the Clan</h1>\n<h4>Delivered at the Hallam Working Men\'s College, 1896</h4>\n<hr class="section" />\n' + WHIT_INFO + '<hr class="end" />\n'
 '<h3>I.<br />The Hearth</h3>\n' + p("clan", 0, 1) + '<h3>II.<br />The Clan Council</h3>\n' + p("clan", 2, 3, 4) +
 '<h3>III.<br />The Tribe</h3>\n' + p("clan", 5, 6) + '<hr class="end" />\n<p class="footer"><a href="../index.htm">Whitcombe Archive</a></p>\n',
 "Clara Whitcombe: Three Lectures on the Clan"),
 headings=["I. The Hearth", "II. The Clan Council", "III. The Tribe"], not_headings=["Delivered at the Hallam Working Men's College, 1896"],
 title="Three Lectures on the Clan", author="Clara Whitcombe", debris=["Whitcombe Archive"],
 keep=[frag("clan", 0), frag("clan", 2), frag("clan", 6)])

case("mia-download-pdf-epub-row", mia(
 '<h2>Thomas Hale</h2>\n<h1>Rent and the Small Farmer</h1>\n'
 '<p class="index"><a href="../../../ebooks/hale/rent.pdf">Download PDF</a> | <a href="../../../ebooks/hale/rent.epub">ePub</a></p>\n<hr class="section" />\n'
 + HALE_INFO + '<hr class="end" />\n' + p("land", 0, 2, 1, 5) +
 '<hr class="end" />\n<p class="footer"><a href="../index.htm">Thomas Hale Archive</a></p>\n',
 "Thomas Hale: Rent and the Small Farmer"),
 headings=[], not_headings=["Download PDF | ePub"], title="Rent and the Small Farmer", author="Thomas Hale",
 debris=["Download PDF", "ePub"], keep=[frag("land", 0), frag("land", 5)])

case("mia-info-translated-copyleft", mia(
 '<h2>Piotr Brandel</h2>\n<h1>What the Port Strike Taught Us</h1>\n<hr class="section" />\n<p class="information">\n'
 '<span class="info">Written:</span> April 1905;<br />\n<span class="info">First Published:</span> <em>Glos Robotniczy</em>, No. 4, May 1905;<br />\n'
 '<span class="info">Source:</span> Piotr Brandel, <em>Selected Writings</em>, Alder Press, 1961;<br />\n<span class="info">Translated:</span> Margaret Lyle;<br />\n'
 '<span class="info">HTML Markup:</span> Ed Paine;<br />\n<span class="info">Proofread:</span> Dana Kirk (2006);<br />\n'
 '<span class="info">Copyleft:</span> Marxists Internet Archive (marxists.org) 2002. Permission is granted to copy and/or distribute this document under the terms of the Creative Commons Attribution-ShareAlike License.\n</p>\n'
 '<hr class="end" />\n' + p("port", 0, 1, 2, 3, 4, 5),
 "Piotr Brandel: What the Port Strike Taught Us (1905)"),
 headings=[], title="What the Port Strike Taught Us", author="Piotr Brandel", author_not=["Ed Paine", "Dana Kirk"],
 debris=["HTML Markup:", "Proofread:", "Copyleft:", "Creative Commons"], keep=[frag("port", 0), frag("port", 5)])

def note(n, txt):
    return f'<sup class="anote"><a name="f{n}" href="#n{n}">[{n}]</a></sup>{txt}'
case("mia-notes-back-links", mia(
 '<h2>Anna Veretskaya</h2>\n<h1>The Council of Deputies</h1>\n<hr class="section" />\n' + VER_INFO + '<hr class="end" />\n'
 '<p>' + B["port"][0].replace("grain sheds", "grain sheds" + note(1, ""), 1) + '</p>\n'
 '<h3>The First Week</h3>\n' + p("port", 1) + '<p>' + B["port"][2].replace("special train.", "special train." + note(2, "")) + '</p>\n' + p("port", 3) +
 '<h3>The Eighteenth of March</h3>\n' + p("port", 4) + '<p>' + B["port"][5].replace("in a bakery", "in a bakery" + note(3, ""), 1) + '</p>\n'
 '<hr class="end" />\n<h3>Notes</h3>\n'
 '<p class="endnote"><a name="n1" href="#f1">1.</a> The sheds of the Northern Grain Company on the Long Quay, which employed some two thousand men in the season.</p>\n'
 '<p class="endnote"><a name="n2" href="#f2">2.</a> From the garrison at Kessel, sixty miles up the line.</p>\n'
 '<p class="endnote"><a name="n3" href="#f3">3.</a> The minute book was recovered in 1921 and is now in the city museum.</p>\n'
 '<hr class="end" />\n<p class="footer"><a href="../index.htm">Veretskaya Archive</a></p>\n',
 "Anna Veretskaya: The Council of Deputies"),
 headings=["The First Week", "The Eighteenth of March"], optional=["Notes"], title="The Council of Deputies", author="Anna Veretskaya",
 debris=["Veretskaya Archive"],
 keep=[frag("port", 0), frag("port", 3), frag("port", 5), "The sheds of the Northern Grain Company on the Long Quay",
       "From the garrison at Kessel, sixty miles up the line.", "The minute book was recovered in 1921"])

case("mia-footer-next-contents-previous-updated", mia(
 '<h2>Thomas Hale</h2>\n<h1>The Land Question</h1>\n<h3>Chapter 5<br />A Peasant Proprietary?</h3>\n<hr class="section" />\n'
 + p("land", 5, 6, 2) +
 '<hr class="end" />\n<p class="footer"><a href="ch06.htm">Next</a> | <a href="index.htm">Contents</a> | <a href="ch04.htm">Previous</a></p>\n'
 '<p class="updat">Last updated on: 14.5.2007</p>\n',
 "Thomas Hale: The Land Question (Chapter 5)"),
 headings=[], optional=["Chapter 5 A Peasant Proprietary?"], not_headings=["The Land Question"],
 title=("The Land Question", "A Peasant Proprietary?", "Chapter 5: A Peasant Proprietary?", "The Land Question: Chapter 5: A Peasant Proprietary?"),
 somewhere=["A Peasant Proprietary?"], author="Thomas Hale",
 debris=["Last updated on", "14.5.2007", "Contents | Previous"], keep=[frag("land", 5), frag("land", 2)])

case("mia-index-page-chapter-links", mia(
 '<h2>Thomas Hale</h2>\n<h1>The Land Question</h1>\n<h4>1908</h4>\n<hr class="section" />\n'
 + info(("First Published", "As a pamphlet, Clarion Press, London 1908"), ("Transcription/Markup", "Ed Paine")) + '<hr class="end" />\n'
 '<h3>Preface</h3>\n<p>These chapters were written for the readers of <em>The Commonweal</em> over two winters, and they show it. I have not tried to smooth away the repetitions, since a reader who takes up one chapter will not always have read the one before.</p>\n'
 '<p>My thanks are due to the secretaries of the three farming associations who opened their books to me, and asked only that I should tell the truth about them.</p>\n'
 '<h3>Contents</h3>\n<p class="index">\n<a href="ch01.htm">Chapter 1: The Small Farmer</a><br />\n<a href="ch02.htm">Chapter 2: Rent</a><br />\n'
 '<a href="ch03.htm">Chapter 3: The Enclosures</a><br />\n<a href="ch04.htm">Chapter 4: The Bank</a><br />\n<a href="ch05.htm">Chapter 5: A Peasant Proprietary?</a><br />\n'
 '<a href="ch06.htm">Chapter 6: Associations of Cultivators</a>\n</p>\n'
 '<hr class="end" />\n<p class="footer"><a href="../index.htm">Thomas Hale Archive</a> &nbsp;|&nbsp; <a href="../../../index.htm">Marxists Internet Archive</a></p>\n',
 "The Land Question by Thomas Hale"),
 headings=["Preface"], optional=["Contents"],
 not_headings=["1908", "Chapter 1: The Small Farmer", "Chapter 2: Rent", "Chapter 6: Associations of Cultivators"],
 title="The Land Question", author="Thomas Hale", debris=["Thomas Hale Archive"],
 keep=["These chapters were written for the readers of", "asked only that I should tell the truth about them"])

case("mia-layout-blockquote-html32", doc(
 '<body bgcolor="#FFFFFF" text="#000000" link="#990000" vlink="#660000">\n'
 '<h4 align="center">Anna Veretskaya</h4>\n<h1 align="center">The Lessons of Port Alder</h1>\n'
 '<p align="center"><font size="2">First published: <i>Rabochaya Mysl</i>, No. 14, June 1905<br>\nTranslated: for the Marxists Internet Archive by Margaret Lyle, 1999</font></p>\n<hr width="50%">\n'
 '<blockquote>\n<h3>The Strike</h3>\n' + p("port", 0, 1, 2) + '<h3>The Council of Deputies</h3>\n' + p("port", 3, 4) +
 '<h3>What Remains</h3>\n' + p("port", 5) + '<p>The minute book is a better teacher than any pamphlet. It shows how a city may be governed by those who work in it, and it shows that they need not wait for permission.</p>\n</blockquote>\n'
 '<hr>\n<p align="center"><a href="index.htm">Veretskaya Internet Archive</a> | <a href="../../index.htm">Marxists Internet Archive</a></p>',
 title="Veretskaya: The Lessons of Port Alder"),
 headings=["The Strike", "The Council of Deputies", "What Remains"], title="The Lessons of Port Alder", author="Anna Veretskaya",
 debris=["Veretskaya Internet Archive"], keep=[frag("port", 0), frag("port", 4), "The minute book is a better teacher than any pamphlet."])

case("mia-layout-centred-table", doc(
 '<body bgcolor="#E0E0D0">\n<table width="85%" align="center" border="0" cellpadding="12" cellspacing="0"><tr><td bgcolor="#FFFFF4">\n'
 '<h2>Piotr Brandel</h2>\n<h1>On the Tramway Workers</h1>\n<hr class="section">\n'
 + info(("Written", "March 1905"), ("Source", "<em>Selected Writings</em>, 1961"), ("Translated", "Margaret Lyle"), ("Transcription/Markup", "Ed Paine"), pd=False) + '<hr class="end">\n'
 '<p>No section of the workers of Port Alder was thought less likely to strike than the tramway men. They were paid by the week, not by the day, and the company had given each of them a uniform and a number.</p>\n'
 '<h4>The Sympathy Strike</h4>\n' + p("port", 1) + '<p>The company dismissed every man who did not report for work on the Wednesday. By the Friday it had taken them all back, because there was no one else who knew how to drive a tram.</p>\n'
 '<h4>The Return to Work</h4>\n' + p("port", 5) + '<p>The tramway men were the last to go back, and they went back in a body, in their uniforms, with the red flag on the first car.</p>\n'
 '</td></tr></table>\n<p class="footer" align="center"><a href="../index.htm">Brandel Archive</a> | <a href="index.htm">Works Index</a></p>',
 title="Piotr Brandel: On the Tramway Workers", head=CSS),
 headings=["The Sympathy Strike", "The Return to Work"], title="On the Tramway Workers", author="Piotr Brandel",
 debris=["Brandel Archive", "Works Index"],
 keep=["No section of the workers of Port Alder", "By the Friday it had taken them all back", "with the red flag on the first car"])

case("mia-h3-h4-subsections", mia(
 '<h2>Clara Whitcombe</h2>\n<h1>The Clan and the State</h1>\n<hr class="section" />\n' + WHIT_INFO + '<hr class="end" />\n'
 '<p>The question I wish to put in these pages is a simple one: how did men and women who governed themselves by councils come to be governed by kings?</p>\n'
 '<h3>Part One: The Clan</h3>\n<h4>Descent</h4>\n' + p("clan", 0, 2) + '<h4>The Council</h4>\n' + p("clan", 3, 4) +
 '<h3>Part Two: The State</h3>\n<h4>The Tribe</h4>\n' + p("clan", 5) + '<h4>What Was Lost</h4>\n' + p("clan", 6),
 "Clara Whitcombe: The Clan and the State"),
 headings=["Part One: The Clan", "Descent", "The Council", "Part Two: The State", "The Tribe", "What Was Lost"],
 title="The Clan and the State", author="Clara Whitcombe",
 keep=["how did men and women who governed themselves by councils", frag("clan", 0), frag("clan", 6)])

case("mia-song-page", mia(
 '<h2>Piotr Brandel</h2>\n<h1>Song of the Grain Sheds</h1>\n<hr class="section" />\n'
 + info(("Written", "March 1905"), ("Source", "<em>Songs of the Port</em>, 1907"), ("Translated", "Margaret Lyle"), ("Transcription/Markup", "Ed Paine")) + '<hr class="end" />\n'
 '<p class="fst">We carried the grain from the hold to the shed,<br />\nWe carried it down in the rain,<br />\nAnd the bread that was baked of the grain that we bore<br />\nNever came back to us again.</p>\n'
 '<p class="fst"><em>Chorus:</em><br />\nThen down with the sack and down with the rope,<br />\nAnd up with the banner and song!<br />\nThe sheds may be full and the ships may be in,<br />\nBut the grain will not move for long.</p>\n'
 '<p class="fst">The foreman has gone to the governor&rsquo;s house,<br />\nThe soldiers are out on the quay,<br />\nBut the council is sitting in the printers&rsquo; hall,<br />\nAnd the council is you and me.</p>\n'
 '<p class="fst"><em>Chorus.</em></p>\n<p class="fst" align="right">Port Alder, March 1905</p>\n'
 '<hr class="end" />\n<p class="footer"><a href="../index.htm">Brandel Archive</a></p>\n',
 "Piotr Brandel: Song of the Grain Sheds"),
 headings=[], not_headings=["Chorus:", "Chorus.", "Port Alder, March 1905", "We carried the grain from the hold to the shed,"],
 title="Song of the Grain Sheds", author="Piotr Brandel", debris=["Brandel Archive"],
 keep=["We carried the grain from the hold to the shed", "Then down with the sack and down with the rope", "And the council is you and me", "Port Alder, March 1905"])

case("mia-date-h3-under-title", mia(
 '<h2>Anna Veretskaya</h2>\n<h1>The Governor&rsquo;s Telegraph</h1>\n<h3>(7 March 1905)</h3>\n<hr class="section" />\n' + VER_INFO + '<hr class="end" />\n'
 + p("port", 2) + '<p>The telegraph is the nerve of the state. When the governor closes it to the public he does not close it to himself; he keeps for his own use the one means by which the city might learn what is happening in the next city.</p>\n'
 '<p>Let the workers of Port Alder remember this when they are told that the telegraph, the railway and the post belong to the nation. They belong to the nation as the garrison belongs to it.</p>\n',
 "Anna Veretskaya: The Governor's Telegraph"),
 headings=[], not_headings=["(7 March 1905)"], title="The Governor's Telegraph", author="Anna Veretskaya",
 keep=[frag("port", 2), "The telegraph is the nerve of the state.", "as the garrison belongs to it"])

case("mia-chapter-h1-work-h3-chapter-h4-sections", mia(
 '<h2>Clara Whitcombe</h2>\n<h1>The Origins of the Household</h1>\n<h3>Chapter II: Descent in the Female Line</h3>\n<hr class="section" />\n'
 '<h4>1. The Mother&rsquo;s Clan</h4>\n' + p("clan", 0, 1) + '<h4>2. The Prohibition of Marriage Within the Clan</h4>\n' + p("clan", 2) +
 '<h4>3. Inheritance</h4>\n<p>A man&rsquo;s tools, his weapons and his ornaments went at his death not to his own children, who belonged to their mother&rsquo;s clan, but to his sisters&rsquo; children, who belonged to his.</p>\n'
 '<hr class="end" />\n<p class="footer"><a href="ch01.htm">Chapter I</a> | <a href="index.htm">Contents</a> | <a href="ch03.htm">Chapter III</a></p>\n<p class="updat">Last updated on: 2.2.2008</p>\n',
 "Clara Whitcombe: The Origins of the Household. Chapter II"),
 headings=["1. The Mother's Clan", "2. The Prohibition of Marriage Within the Clan", "3. Inheritance"],
 not_headings=["The Origins of the Household"], title_contains="Descent in the Female Line", author="Clara Whitcombe",
 debris=["Chapter I | Contents | Chapter III", "Last updated on"], keep=[frag("clan", 0), "went at his death not to his own children"])

# ---------------------------------------------------------------------------------------------
# 2. Project Gutenberg HTML books
# ---------------------------------------------------------------------------------------------
def pg(title, author, body, num="31207"):
    return doc('<pre>\n\nThe Project Gutenberg EBook of ' + title + ', by ' + author + '\n\n'
      'This eBook is for the use of anyone anywhere at no cost and with\nalmost no restrictions whatsoever.  You may copy it, give it away or\n'
      're-use it under the terms of the Project Gutenberg License included\nwith this eBook or online at www.gutenberg.org\n\n\n'
      'Title: ' + title + '\n\nAuthor: ' + author + '\n\nRelease Date: January 12, 2010 [EBook #' + num + ']\n\nLanguage: English\n\n'
      'Character set encoding: ISO-8859-1\n\n*** START OF THIS PROJECT GUTENBERG EBOOK ' + title.upper() + ' ***\n\n\n\n\nProduced by Mark Ellis and the Online Distributed\nProofreading Team at http://www.pgdp.net (This file was\nproduced from images generously made available by The\nInternet Archive)\n\n</pre>\n'
      + body +
      '<pre>\n\n\n\n\nEnd of the Project Gutenberg EBook of ' + title + ', by ' + author + '\n\n*** END OF THIS PROJECT GUTENBERG EBOOK ' + title.upper() + ' ***\n\n'
      '***** This file should be named ' + num + '-h.htm or ' + num + '-h.zip *****\n\n'
      'Updated editions will replace the previous one--the old editions\nwill be renamed.\n\n*** START: FULL LICENSE ***\n\nTHE FULL PROJECT GUTENBERG LICENSE\n'
      'PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK\n</pre>\n',
      title=f"The Project Gutenberg eBook of {title}, by {author}",
      head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />\n<style type="text/css">\n'
           ' p { margin-top: .75em; text-align: justify; }\n h1,h2,h3 { text-align: center; }\n .center { text-align: center; }\n .right { text-align: right; }\n'
           ' .pagenum { position: absolute; right: 4%; font-size: smaller; color: gray; }\n .caption { font-weight: bold; text-align: center; }\n'
           ' .figcenter { margin: auto; text-align: center; }\n .figright { float: right; margin-left: 1em; }\n .smcap { font-variant: small-caps; }\n'
           ' .index li { list-style-type: none; text-indent: -2em; padding-left: 2em; }\n .stage { margin-left: 3em; font-style: italic; }\n</style>\n',
      doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
PG_DEBRIS = ["Project Gutenberg", "START OF THIS PROJECT", "Online Distributed", "FULL LICENSE"]
CANAL_HEAD = '<h1>THE HALLAM NAVIGATION</h1>\n<h2>ITS RISE AND DECLINE</h2>\n<p class="center">BY</p>\n<p class="center">GEORGE ASHCOMBE</p>\n<hr />\n'

case("pg-figure-div-captions", pg("The Hallam Navigation", "George Ashcombe", CANAL_HEAD +
 '<h2><a name="CHAPTER_I" id="CHAPTER_I"></a>CHAPTER I.<br />THE ACT AND THE ENGINEER.</h2>\n' + p("canal", 0, 1) +
 '<div class="figcenter" style="width: 500px;">\n<img src="images/p012.jpg" width="500" height="320" alt="" />\n<div class="caption"><p>THE FLIGHT OF LOCKS AT CROSSLEY MOOR.</p>\n<p class="center"><span class="smcap">From a drawing by the Author.</span></p></div>\n</div>\n'
 + p("canal", 2) +
 '<h2><a name="CHAPTER_II" id="CHAPTER_II"></a>CHAPTER II.<br />THE BOAT PEOPLE.</h2>\n'
 '<div class="figright" style="width: 200px;">\n<img src="images/p031.jpg" width="200" height="280" alt="A boatman\'s cabin" />\n<span class="caption">A Boatman&rsquo;s Cabin.</span>\n</div>\n'
 + p("canal", 3) + '<p class="center">[Illustration: THE BASIN AT WENDLE, 1840.]</p>\n' + p("canal", 4, 5)),
 headings=["CHAPTER I. THE ACT AND THE ENGINEER.", "CHAPTER II. THE BOAT PEOPLE."],
 not_headings=["THE FLIGHT OF LOCKS AT CROSSLEY MOOR.", "From a drawing by the Author.", "A Boatman's Cabin.", "[Illustration: THE BASIN AT WENDLE, 1840.]", "ITS RISE AND DECLINE", "BY"],
 title="The Hallam Navigation", author="George Ashcombe", debris=PG_DEBRIS,
 keep=[frag("canal", 0), frag("canal", 2), frag("canal", 3), frag("canal", 5)])

def pn(n):
    return f'<span class="pagenum"><a name="Page_{n}" id="Page_{n}">[Pg {n}]</a></span>'
case("pg-pagenum-spans", pg("The Hallam Navigation", "George Ashcombe", CANAL_HEAD +
 '<h2><a name="CHAPTER_I" id="CHAPTER_I"></a>CHAPTER I.</h2>\n<h3>THE ACT AND THE ENGINEER.</h3>\n'
 '<p>' + pn(1) + B["canal"][0] + '</p>\n<p>' + B["canal"][1].replace("fourteen locks, ", "fourteen locks, " + pn(2), 1) + '</p>\n'
 + p("canal", 2) + pn(3) + '\n<h2><a name="CHAPTER_II" id="CHAPTER_II"></a>CHAPTER II.</h2>\n<h3>THE RAILWAY.</h3>\n'
 '<p>' + B["canal"][4].replace("by half, ", "by half, " + pn(4), 1) + '</p>\n' + p("canal", 5)),
 headings=["CHAPTER I. THE ACT AND THE ENGINEER.", "CHAPTER II. THE RAILWAY."],
 title="The Hallam Navigation", author="George Ashcombe", debris=PG_DEBRIS + ["Pg 1", "Pg 2", "Pg 3", "Pg 4"],
 keep=[frag("canal", 0), "by a flight of fourteen locks, and descended on the far side", "the coal traffic had fallen by half, and the proprietors", frag("canal", 5)])

case("pg-list-of-illustrations-table", pg("The Hallam Navigation", "George Ashcombe", CANAL_HEAD +
 '<h2>CONTENTS</h2>\n<table summary="Contents">\n<tr><td>CHAPTER I.</td><td><a href="#CHAPTER_I">The Act and the Engineer</a></td><td class="tdr">1</td></tr>\n'
 '<tr><td>CHAPTER II.</td><td><a href="#CHAPTER_II">The Railway</a></td><td class="tdr">19</td></tr>\n</table>\n'
 '<h2>LIST OF ILLUSTRATIONS</h2>\n<table summary="Illustrations">\n'
 '<tr><td><a href="#i_frontis">The Portico at Wendle</a></td><td class="tdr"><i>Frontispiece</i></td></tr>\n'
 '<tr><td><a href="#i_012">The Flight of Locks at Crossley Moor</a></td><td class="tdr"><a href="#Page_12">12</a></td></tr>\n'
 '<tr><td><a href="#i_031">A Boatman&rsquo;s Cabin</a></td><td class="tdr"><a href="#Page_31">31</a></td></tr>\n'
 '<tr><td><a href="#i_040">The Basin at Wendle, 1840</a></td><td class="tdr"><a href="#Page_40">40</a></td></tr>\n</table>\n<hr />\n'
 '<h2><a name="CHAPTER_I" id="CHAPTER_I"></a>CHAPTER I.<br />THE ACT AND THE ENGINEER.</h2>\n' + p("canal", 0, 1, 2, 3) +
 '<h2><a name="CHAPTER_II" id="CHAPTER_II"></a>CHAPTER II.<br />THE RAILWAY.</h2>\n' + p("canal", 4, 5)),
 headings=["CHAPTER I. THE ACT AND THE ENGINEER.", "CHAPTER II. THE RAILWAY."], optional=["CONTENTS", "LIST OF ILLUSTRATIONS"],
 not_headings=["The Portico at Wendle", "The Flight of Locks at Crossley Moor", "A Boatman's Cabin", "The Basin at Wendle, 1840", "Frontispiece"],
 title="The Hallam Navigation", author="George Ashcombe", debris=PG_DEBRIS, keep=[frag("canal", 0), frag("canal", 5)])

INDEX_ENTRIES = ["Alder, Port of, coal shipped to, 44", "Ashby family, ferrymen, 31, 57", "Basin at Wendle, 12, 40-42",
 "Boat people, 31-36; schooling of, 34", "Bridge, Hallam, 3, 57", "Canal Company, dividends of, 20; office of, 21",
 "Crossley Moor, summit at, 9-12; drained, 60", "Enclosure, effects of, on traffic, 15", "Engineer, first estimate of, 5",
 "Flood of 1852, 58", "Locks, flight of fourteen, 9; decay of, 60", "Portico at Wendle, 21",
 "Railway, arrival of, 46; purchase of canal by, 48", "Towpath, 61", "Wendle, basin at, 12; railway reaches, 46", "Wharves, coal, 12, 44"]
case("pg-index-ul-entries", pg("The Hallam Navigation", "George Ashcombe", CANAL_HEAD +
 '<h2>CHAPTER I.<br />THE ACT AND THE ENGINEER.</h2>\n' + p("canal", 0, 1, 2) + '<h2>CHAPTER II.<br />THE RAILWAY.</h2>\n' + p("canal", 3, 4, 5) +
 '<p class="center">THE END.</p>\n<hr />\n<h2><a name="INDEX" id="INDEX"></a>INDEX.</h2>\n<div class="index">\n<ul class="index">\n'
 + "".join(f'<li class="{"ifrst" if i in (0, 5, 10) else "indx"}">{html.escape(e, quote=False)}</li>\n' for i, e in enumerate(INDEX_ENTRIES)) +
 '</ul>\n</div>\n'),
 headings=["CHAPTER I. THE ACT AND THE ENGINEER.", "CHAPTER II. THE RAILWAY.", "INDEX."],
 not_headings=INDEX_ENTRIES[::3] + ["THE END."], title="The Hallam Navigation", author="George Ashcombe", debris=PG_DEBRIS,
 keep=[frag("canal", 5), INDEX_ENTRIES[0], INDEX_ENTRIES[7], INDEX_ENTRIES[-1]])

FERRY_INDEX = ["Ashby, Daniel, 1, 14, 88", "Ashby, Ruth, her childhood, 3; at the oars, 14, 92", "Bridge at Hallam, building of, 2; broken, 90",
 "Curate, the, 40, 95", "Ferry, the, fares of, 7; last crossing of, 120", "Flood, the great, 88-97", "Market, the Saturday, 22",
 "Shepherds, 22, 61", "Towpath, under water, 88", "Wendle, second bridge proposed at, 41"]
case("pg-index-p-entries", pg("Notes on The Ferryman's Daughter", "Walter Brine",
 '<h1>NOTES ON <i>THE FERRYMAN&rsquo;S DAUGHTER</i></h1>\n<p class="center">BY</p>\n<p class="center">WALTER BRINE</p>\n<hr />\n'
 '<h2>INTRODUCTION</h2>\n<p>The novel was written in the winter of 1897, at Hallam, within sight of the ferry it describes. Miss Marlowe knew the Ashbys, and the flood of the third part is the flood of 1852, which her mother remembered.</p>\n'
 + p("ferry", 0, 4) + '<p>The notes that follow are keyed to the pages of the first edition.</p>\n'
 '<h2>INDEX</h2>\n<div class="index">\n' + "".join(f'<p class="index">{e}</p>\n' for e in FERRY_INDEX) + '</div>\n'),
 headings=["INTRODUCTION", "INDEX"], not_headings=FERRY_INDEX[::2],
 title_contains="Notes on The Ferryman's Daughter", author="Walter Brine", debris=PG_DEBRIS,
 keep=["The novel was written in the winter of 1897", FERRY_INDEX[0], FERRY_INDEX[-1]])

case("pg-play-centred-speakers-stage", pg("The Flood at Hallam", "Edith Marlowe",
 '<h1>THE FLOOD AT HALLAM</h1>\n<p class="center">A PLAY IN TWO ACTS</p>\n<p class="center">BY EDITH MARLOWE</p>\n<hr />\n'
 '<h2>PERSONS OF THE PLAY</h2>\n<p class="center">DANIEL ASHBY, <i>a ferryman</i>.<br />RUTH, <i>his daughter</i>.<br />THE CURATE.</p>\n'
 '<h2>ACT I.</h2>\n<p class="center"><i>The kitchen of the ferry-house. A fire. Evening in February.</i></p>\n'
 '<p class="stage">DANIEL ASHBY <i>is mending a net.</i> RUTH <i>stands at the window.</i></p>\n'
 '<p class="center">RUTH.</p>\n<p>The water&rsquo;s over the second step, father. I never saw it so high.</p>\n'
 '<p class="center">DANIEL.</p>\n<p>It was over the fourth in &rsquo;fifty-two. Your mother carried you up to the loft in a washing basket.</p>\n'
 '<p class="entrance"><i>Enter the</i> CURATE, <i>wet through, with his bag of tracts.</i></p>\n'
 '<p class="center">THE CURATE.</p>\n<p>The middle arch is gone. There are forty people on the far bank, and not a boat between here and Wendle.</p>\n'
 '<p class="center"><i>Curtain.</i></p>\n'
 '<h2>ACT II.</h2>\n<p class="center"><i>The river bank. Morning. The ferry-boat drawn up.</i></p>\n'
 '<p class="center">RUTH.</p>\n<p>Hold the stern, Mr. Ellery, and do not talk to me of bridges.</p>\n'
 '<p class="stage"><i>She pushes off. The</i> CURATE <i>holds on to his hat.</i></p>\n<p class="center"><i>Curtain.</i></p>\n'),
 headings=["PERSONS OF THE PLAY", "ACT I.", "ACT II."],
 not_headings=["RUTH.", "DANIEL.", "THE CURATE.", "Curtain.", "The kitchen of the ferry-house. A fire. Evening in February.",
               "Enter the CURATE, wet through, with his bag of tracts.", "A PLAY IN TWO ACTS"],
 title="The Flood at Hallam", author="Edith Marlowe", debris=PG_DEBRIS,
 keep=["The water's over the second step, father.", "Enter the CURATE, wet through", "The middle arch is gone.", "do not talk to me of bridges"])

case("pg-verse-play-speaker-paragraphs", pg("The Drowned Village", "Robert Lane",
 '<h1>THE DROWNED VILLAGE</h1>\n<h3>A DRAMATIC POEM</h3>\n<p class="center">BY ROBERT LANE</p>\n<hr />\n'
 '<h2>SCENE I.</h2>\n<p class="stage">A churchyard on the hill above the new reservoir. Dusk.</p>\n'
 '<div class="speech"><p class="speaker">Old Shepherd.</p>\n<p class="verse">There stood the mill, and there the smithy fire;<br />\nThe water hides them now, and hides the spire.</p></div>\n'
 '<div class="speech"><p class="speaker">Girl.</p>\n<p class="verse">I hear a bell beneath the water ring.</p></div>\n'
 '<div class="speech"><p class="speaker">Old Shepherd.</p>\n<p class="verse">No bell, my child. The wind is murmuring.</p></div>\n'
 '<p class="right">[<i>Exit</i> Girl.</p>\n'
 '<h2>SCENE II.</h2>\n<p class="stage">The dam. Night. A lantern.</p>\n'
 '<div class="speech"><p class="speaker">Engineer.</p>\n<p class="verse">I built this wall to give the city drink;<br />\nI did not build it that the bells should sink.</p></div>\n'
 '<p class="right">[<i>Exeunt.</i></p>\n'),
 headings=["SCENE I.", "SCENE II."], not_headings=["Old Shepherd.", "Girl.", "Engineer.", "[Exit Girl.", "[Exeunt.", "A DRAMATIC POEM"],
 title="The Drowned Village", author="Robert Lane", debris=PG_DEBRIS,
 keep=["There stood the mill, and there the smithy fire", "I hear a bell beneath the water ring.", "I did not build it that the bells should sink."])

def stanza(*lines):
    return '<div class="poem"><div class="stanza">\n' + "".join(f'<span class="i0">{l}<br /></span>\n' for l in lines) + '</div></div>\n'
case("pg-anthology-right-attributions", pg("Songs of the Western Shore", "Various",
 '<h1>SONGS OF THE WESTERN SHORE</h1>\n<p class="center">A BOOK OF VERSE BY WRITERS OF THE COAST</p>\n<hr />\n'
 '<h2>THE LIGHT AT GULL POINT</h2>\n' + stanza("Three generations climbed the stair,", "Three generations trimmed the flame;", "And now the lamp burns on the air", "And no one climbs, and no one came.") +
 '<p class="right"><i>Margaret Ames.</i></p>\n'
 '<h2>THE DROVERS&rsquo; ROAD</h2>\n' + stanza("The old road climbs where the cattle went,", "The walls are down and the gates are gone;", "But the hill remembers what they meant,", "And the curlew carries their calling on.") +
 '<p class="right"><i>Robert Lane.</i></p>\n'
 '<h2>AT HALLAM FERRY</h2>\n' + stanza("She took the oars when the bridge was down,", "Eleven times she crossed that day;", "And the curate held his hat in town", "For years, and never knew the way.") +
 '<p class="right"><i>Edith Marlowe.</i></p>\n'
 '<h2>THE SLIPWAY</h2>\n' + stanza("The cranes are gone, the slip is bare,", "The tide comes in where the hulls once stood;", "And an old man climbs the harbour stair", "With a biscuit tin of the yard&rsquo;s last wood.") +
 '<p class="right"><i>Hugh Pellow.</i></p>\n'),
 headings=["THE LIGHT AT GULL POINT", "THE DROVERS' ROAD", "AT HALLAM FERRY", "THE SLIPWAY"],
 not_headings=["Margaret Ames.", "Robert Lane.", "Edith Marlowe.", "Hugh Pellow.", "A BOOK OF VERSE BY WRITERS OF THE COAST"],
 title="Songs of the Western Shore", debris=PG_DEBRIS, author_not=["Margaret Ames", "Hugh Pellow"],
 keep=["Three generations climbed the stair", "Margaret Ames.", "The old road climbs where the cattle went", "Edith Marlowe.", "With a biscuit tin of the yard's last wood", "Hugh Pellow."])

case("pg-title-page-centred-lines", pg("The Ferryman's Daughter", "Edith Marlowe",
 '<h1>THE FERRYMAN&rsquo;S DAUGHTER</h1>\n<p class="center">A NOVEL</p>\n<p class="center">BY</p>\n<p class="center"><big>EDITH MARLOWE</big></p>\n'
 '<p class="center">AUTHOR OF &ldquo;THE KEEPER OF GULL POINT,&rdquo; &ldquo;HILL SONGS,&rdquo; ETC.</p>\n'
 '<p class="center">LONDON<br />\nSMITH, ELDER &amp; CO., 15 WATERLOO PLACE<br />\n1898</p>\n<p class="center"><i>All rights reserved</i></p>\n<hr />\n'
 '<p class="center">TO<br />\nMY FATHER<br />\nWHO KEPT THE FERRY</p>\n<hr />\n'
 '<h2><a name="CHAPTER_I" id="CHAPTER_I"></a>CHAPTER I.</h2>\n<h3>THE FERRY.</h3>\n' + p("ferry", 0, 1, 2, 3) +
 '<h2><a name="CHAPTER_II" id="CHAPTER_II"></a>CHAPTER II.</h2>\n<h3>THE FLOOD.</h3>\n' + p("ferry", 4, 5, 6, 7)),
 headings=["CHAPTER I. THE FERRY.", "CHAPTER II. THE FLOOD."],
 not_headings=["A NOVEL", "BY", "AUTHOR OF \u201cTHE KEEPER OF GULL POINT,\u201d \u201cHILL SONGS,\u201d ETC.", "LONDON", "1898", "TO MY FATHER WHO KEPT THE FERRY", "All rights reserved"],
 title="The Ferryman's Daughter", author="Edith Marlowe", author_not=["Smith, Elder"], debris=PG_DEBRIS,
 keep=[frag("ferry", 0), frag("ferry", 4), frag("ferry", 7)])

case("pg-toc-three-column-table", pg("The Ferryman's Daughter", "Edith Marlowe",
 '<h1>THE FERRYMAN&rsquo;S DAUGHTER</h1>\n<h2>BY EDITH MARLOWE</h2>\n<hr />\n<h2>CONTENTS</h2>\n'
 '<table summary="Contents" border="0" cellpadding="2">\n<tr><td></td><td></td><td class="tdr"><small>PAGE</small></td></tr>\n'
 '<tr><td class="tdr">I.</td><td><a href="#CHAPTER_I">The Ferry</a></td><td class="tdr">1</td></tr>\n'
 '<tr><td class="tdr">II.</td><td><a href="#CHAPTER_II">The Curate</a></td><td class="tdr">23</td></tr>\n'
 '<tr><td class="tdr">III.</td><td><a href="#CHAPTER_III">The Flood</a></td><td class="tdr">47</td></tr>\n</table>\n<hr />\n'
 '<h2><a name="CHAPTER_I" id="CHAPTER_I"></a>CHAPTER I.<br /><span class="small">THE FERRY.</span></h2>\n' + p("ferry", 0, 1) +
 '<h2><a name="CHAPTER_II" id="CHAPTER_II"></a>CHAPTER II.<br /><span class="small">THE CURATE.</span></h2>\n' + p("ferry", 2, 3) +
 '<h2><a name="CHAPTER_III" id="CHAPTER_III"></a>CHAPTER III.<br /><span class="small">THE FLOOD.</span></h2>\n' + p("ferry", 4, 5, 6, 7)),
 headings=["CHAPTER I. THE FERRY.", "CHAPTER II. THE CURATE.", "CHAPTER III. THE FLOOD."], optional=["CONTENTS"],
 not_headings=["PAGE"], title="The Ferryman's Daughter", author="Edith Marlowe", debris=PG_DEBRIS,
 keep=[frag("ferry", 0), frag("ferry", 2), frag("ferry", 7)])

case("pg-chapter-summary-paragraphs", pg("The Hallam Navigation", "George Ashcombe", CANAL_HEAD +
 '<h2>CHAPTER I.</h2>\n<h3>THE ACT AND THE ENGINEER.</h3>\n<p class="summary">The Act of 1794&mdash;The engineer&rsquo;s estimate&mdash;Fourteen locks&mdash;The opening.</p>\n' + p("canal", 0, 1) +
 '<h2>CHAPTER II.</h2>\n<h3>PROSPERITY.</h3>\n<p class="summary">Dividends&mdash;The office at Wendle&mdash;The boat people.</p>\n' + p("canal", 2, 3) +
 '<h2>CHAPTER III.</h2>\n<h3>THE RAILWAY.</h3>\n<p class="summary">The railway reaches Wendle&mdash;Sale of the canal&mdash;The last boat.</p>\n' + p("canal", 4, 5)),
 headings=["CHAPTER I. THE ACT AND THE ENGINEER.", "CHAPTER II. PROSPERITY.", "CHAPTER III. THE RAILWAY."],
 not_headings=["The Act of 1794\u2014The engineer's estimate\u2014Fourteen locks\u2014The opening.", "Dividends\u2014The office at Wendle\u2014The boat people."],
 title="The Hallam Navigation", author="George Ashcombe", debris=PG_DEBRIS,
 keep=["The Act of 1794", frag("canal", 0), "Dividends", frag("canal", 2), "The railway reaches Wendle", frag("canal", 5)])

case("pg-chapter-epigraphs", pg("The Ferryman's Daughter", "Edith Marlowe",
 '<h1>THE FERRYMAN&rsquo;S DAUGHTER</h1>\n<h2>BY EDITH MARLOWE</h2>\n<hr />\n'
 '<h2>CHAPTER I.<br />THE FERRY.</h2>\n<div class="blockquot"><p>&ldquo;Over the water and over the sea,<br />And over the water to Charlie.&rdquo;</p>\n<p class="right">&mdash;<span class="smcap">Old Song.</span></p></div>\n'
 + p("ferry", 0, 1, 2, 3) +
 '<h2>CHAPTER II.<br />THE FLOOD.</h2>\n<div class="blockquot"><p>&ldquo;The rain it raineth every day.&rdquo;</p>\n<p class="right">&mdash;<i>Twelfth Night.</i></p></div>\n'
 + p("ferry", 4, 5, 6, 7)),
 headings=["CHAPTER I. THE FERRY.", "CHAPTER II. THE FLOOD."],
 not_headings=["\u2014Old Song.", "\u2014Twelfth Night.", "\u201cThe rain it raineth every day.\u201d"],
 title="The Ferryman's Daughter", author="Edith Marlowe", author_not=["Old Song", "Twelfth Night"], debris=PG_DEBRIS,
 keep=["Over the water and over the sea", "Old Song.", frag("ferry", 0), "The rain it raineth every day.", frag("ferry", 4)])

case("pg-preface-signed-place-date", pg("The Hallam Navigation", "George Ashcombe", CANAL_HEAD +
 '<h2>PREFACE.</h2>\n<p>This little history was begun as a paper for the Wendle Literary and Philosophical Society, and has grown, as such papers will, beyond its first intention.</p>\n'
 '<p>I have to thank the clerk of the Canal Company for the use of the minute books, and many old boatmen for their recollections, which I have checked where I could and recorded where I could not.</p>\n'
 '<p class="right">G. A.</p>\n<p class="noindent"><span class="smcap">Wendle</span>, <i>May, 1904.</i></p>\n<hr />\n'
 '<h2>CHAPTER I.<br />THE ACT AND THE ENGINEER.</h2>\n' + p("canal", 0, 1, 2) + '<h2>CHAPTER II.<br />DECLINE.</h2>\n' + p("canal", 3, 4, 5)),
 headings=["PREFACE.", "CHAPTER I. THE ACT AND THE ENGINEER.", "CHAPTER II. DECLINE."], not_headings=["G. A.", "Wendle, May, 1904."],
 title="The Hallam Navigation", author="George Ashcombe", debris=PG_DEBRIS,
 keep=["This little history was begun as a paper", "G. A.", "Wendle, May, 1904.", frag("canal", 0), frag("canal", 5)])

case("pg-long-poem-numbered-parts", pg("The Drowned Village and Other Poems", "Robert Lane",
 '<h1>THE DROWNED VILLAGE<br />AND OTHER POEMS</h1>\n<p class="center">BY</p>\n<p class="center">ROBERT LANE</p>\n<hr />\n'
 '<h2>THE DROWNED VILLAGE</h2>\n<h3>I.</h3>\n' + stanza("They came with chains and measuring-rod,", "They drove their stakes in the churchyard sod,", "And told us, kindly, one by one,", "The town must drink, and it must be done.") +
 '<h3>II.</h3>\n' + stanza("We carried the bells to the hill by cart,", "We carried the dead, and we carried the heart;", "But the mill and the smithy and the inn", "Stood still and let the water in.") +
 '<h3>III.</h3>\n' + stanza("On summer evenings, when it is low,", "The top of the spire begins to show,", "And the children row out to touch the stone", "And row back quickly, and row back home.") +
 '<h2>SHORE SONG</h2>\n' + stanza("Grey gull, grey gull, where do you go", "When the wind is high and the lamp is low?", "Out to the rock where the keeper&rsquo;s light", "Burns for nobody all the night.")),
 headings=["THE DROWNED VILLAGE", "I.", "II.", "III.", "SHORE SONG"], not_headings=["BY", "ROBERT LANE", "They came with chains and measuring-rod,"],
 title="The Drowned Village and Other Poems", author="Robert Lane", debris=PG_DEBRIS,
 keep=["They came with chains and measuring-rod", "We carried the bells to the hill by cart", "The top of the spire begins to show", "Grey gull, grey gull, where do you go"])

# ---------------------------------------------------------------------------------------------
# 3. Newspaper and magazine archive pages, 1997-2010
# ---------------------------------------------------------------------------------------------
NEWS_HEAD = ('<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td><a href="/"><img src="/images/herald_logo.gif" alt="The Alder Herald" border="0" width="300" height="50"></a></td>'
             '<td align="right"><font size="1" face="Arial">Tuesday, March 4, 2003</font></td></tr></table>\n'
             '<table width="100%" bgcolor="#000066"><tr><td><font face="Arial" size="2" color="#FFFFFF"><a href="/news/"><font color="#FFFFFF">News</font></a> | <a href="/sports/"><font color="#FFFFFF">Sports</font></a> | '
             '<a href="/business/"><font color="#FFFFFF">Business</font></a> | <a href="/opinion/"><font color="#FFFFFF">Opinion</font></a> | <a href="/classifieds/"><font color="#FFFFFF">Classifieds</font></a></font></td></tr></table>\n')
NEWS_FOOT = ('<hr noshade size="1">\n<p align="center"><font size="1" face="Arial">&copy; 2003 The Alder Herald. All rights reserved. '
             '<a href="/about/privacy.html">Privacy Policy</a> | <a href="/about/terms.html">Terms of Service</a> | <a href="/about/contact.html">Contact Us</a></font></p>\n')
NEWS_DEBRIS = ["Classifieds", "Privacy Policy", "Terms of Service", "2003 The Alder Herald"]

case("news-dateline-byline-caps", doc(NEWS_HEAD +
 '<h1><font face="Georgia">Dock Workers Walk Out at Port of Alder</font></h1>\n<p class="byline"><font face="Arial" size="2">By ANNA KELLER<br>Herald Labor Correspondent</font></p>\n'
 '<p><b>PORT OF ALDER, March 4</b> &mdash; ' + B["docks"][0] + '</p>\n' + p("docks", 1, 2, 3, 4, 5) + NEWS_FOOT,
 title="The Alder Herald: Dock Workers Walk Out at Port of Alder"),
 headings=[], not_headings=["Herald Labor Correspondent", "PORT OF ALDER, March 4"], title="Dock Workers Walk Out at Port of Alder", author="Anna Keller",
 author_not=["Herald Labor Correspondent"], debris=NEWS_DEBRIS, keep=["PORT OF ALDER, March 4", frag("docks", 0), frag("docks", 5)])

case("news-kicker-headline-deck", doc(
 '<div id="article">\n<p class="kicker">CITY HALL</p>\n<h1 class="headline">Council Votes to Close Four Branch Libraries</h1>\n'
 '<h2 class="deck">Opponents vow to fight the cuts when the full budget comes up on March 17</h2>\n'
 '<p class="byline">By Michael Doran | Staff Writer</p>\n<p class="dateline">Published: Tuesday, March 4, 2003</p>\n'
 '<div class="story">\n' + p("council", 0, 1, 2, 3, 4, 5) + '</div>\n</div>\n',
 title="Council Votes to Close Four Branch Libraries - The Alder Herald"),
 headings=[], not_headings=["CITY HALL", "Opponents vow to fight the cuts when the full budget comes up on March 17"],
 title="Council Votes to Close Four Branch Libraries", author="Michael Doran", author_not=["Staff Writer"],
 keep=[frag("council", 0), frag("council", 5)])

case("news-pull-quote-crossheads", doc(
 '<h1>The Last Plater</h1>\n<p class="standfirst">Forty years after the yard closed, Hugh Pellow is still writing about it. He just won&rsquo;t talk about it.</p>\n<p class="byline">By Sarah Lindon</p>\n'
 + p("poet", 0, 1) + '<div class="pullquote" style="float:right;width:40%;font-size:150%;">&ldquo;The poems are not speeches. If they were speeches I would have made speeches.&rdquo;</div>\n'
 + p("poet", 2) + '<h3>The Slipway</h3>\n' + p("poet", 3, 4) + '<h3>A Ninth Book</h3>\n' + p("poet", 5),
 title="The Last Plater | Northern Review"),
 headings=["The Slipway", "A Ninth Book"], not_headings=["\u201cThe poems are not speeches. If they were speeches I would have made speeches.\u201d",
   "Forty years after the yard closed, Hugh Pellow is still writing about it. He just won't talk about it."],
 title="The Last Plater", author="Sarah Lindon", author_not=["Hugh Pellow"], keep=[frag("poet", 0), frag("poet", 3), frag("poet", 5)])

case("news-photo-caption-credit-enlarge", doc(NEWS_HEAD +
 '<h1>Pickets Hold the East Gate</h1>\n<p><font size="2">By Anna Keller, Herald Staff Writer</font></p>\n'
 '<table align="right" width="260" cellpadding="4" border="0"><tr><td><img src="/photos/2003/0305pickets.jpg" width="250" height="180" alt="Pickets"></td></tr>\n'
 '<tr><td><font size="1" face="Arial">Pickets at the East Gate of the Port of Alder on Wednesday morning. <i>Photo by Sam Reed / Herald</i><br><a href="/photos/2003/0305pickets_lg.jpg">Enlarge this image</a></font></td></tr></table>\n'
 + p("docks", 3, 1, 2) + p("docks", 4, 5) + NEWS_FOOT,
 title="The Alder Herald: Pickets Hold the East Gate"),
 headings=[], not_headings=["Pickets at the East Gate of the Port of Alder on Wednesday morning. Photo by Sam Reed / Herald"],
 title="Pickets Hold the East Gate", author="Anna Keller", author_not=["Sam Reed"], debris=NEWS_DEBRIS + ["Enlarge this image"],
 keep=[frag("docks", 3), frag("docks", 1), frag("docks", 5)])

case("news-related-articles-box-midstory", doc(
 '<h1>Council Votes to Close Four Branch Libraries</h1>\n<p class="byline">By Michael Doran</p>\n' + p("council", 0, 1, 2) +
 '<div class="related" style="float:right;width:200px;border:1px solid #999;">\n<h4>Related Articles</h4>\n<ul>\n'
 '<li><a href="/news/2003/02/lib-petition.html">Petition to save branches tops 6,000 names</a></li>\n<li><a href="/news/2003/01/state-cuts.html">State revenue cuts hit city budgets</a></li>\n'
 '<li><a href="/news/2002/11/mill-road.html">Mill Road branch marks 75 years</a></li>\n</ul>\n</div>\n'
 + p("council", 3, 4, 5) +
 '<div class="morelinks"><b>More on this story:</b> <a href="/news/libraries/">Library cuts special report</a> &middot; <a href="/news/citycouncil/">City Council coverage</a></div>\n',
 title="Council Votes to Close Four Branch Libraries"),
 headings=[], not_headings=["Related Articles", "Petition to save branches tops 6,000 names"], title="Council Votes to Close Four Branch Libraries", author="Michael Doran",
 debris=["Related Articles", "Petition to save branches tops 6,000 names", "State revenue cuts hit city budgets", "Mill Road branch marks 75 years", "More on this story", "Library cuts special report"],
 keep=[frag("council", 0), frag("council", 2), frag("council", 3), frag("council", 5)])

case("news-print-email-textsize-tools", doc(
 '<h1>Port Talks Collapse as Crane Dispute Deepens</h1>\n'
 '<div class="tools"><a href="javascript:window.print()"><img src="/img/print.gif" alt="" border="0"> Print this page</a> | '
 '<a href="/cgi-bin/mailstory?id=4412"><img src="/img/email.gif" alt="" border="0"> Email this page</a> | Text size: <a href="#" class="small">A</a> <a href="#" class="big">A</a></div>\n'
 '<p class="byline">By Anna Keller</p>\n' + p("docks", 2, 4, 5) +
 '<div class="tools"><a href="javascript:window.print()">Print this page</a> | <a href="/cgi-bin/mailstory?id=4412">Email this page</a> | <a href="/news/">Back to News</a></div>\n',
 title="Port Talks Collapse as Crane Dispute Deepens"),
 headings=[], title="Port Talks Collapse as Crane Dispute Deepens", author="Anna Keller",
 debris=["Print this page", "Email this page", "Text size", "Back to News"], keep=[frag("docks", 2), frag("docks", 5)])

case("news-blog-comments-section", doc(
 '<div id="page"><div id="header"><h1 id="blog-title"><a href="/">Alder Dispatch</a></h1><p id="description">Labor news from the Port of Alder</p></div>\n'
 '<div id="content"><div class="post" id="post-412">\n<h2 class="storytitle"><a href="/2007/03/05/cranes/" rel="bookmark">Why the Cranes Matter</a></h2>\n'
 '<div class="meta">Filed under: <a href="/category/port/">Port</a> &#8212; Marta Siwek @ 9:02 am</div>\n<div class="storycontent">\n'
 '<p>Everyone on the waterfront knows what the cranes are for. They are not for speed, whatever the operators say. They are for doing without us.</p>\n'
 + p("docks", 2, 5) + '</div>\n<div class="feedback"><a href="/2007/03/05/cranes/#comments">Comments (3)</a></div>\n</div>\n'
 '<h2 id="comments">3 Responses to &#8220;Why the Cranes Matter&#8221;</h2>\n<ol id="commentlist">\n'
 '<li id="comment-1"><p>Solidarity from the Kessel rail yards. We went through the same thing with the signal boxes in 1998.</p>\n<p><cite>Comment by Dave K &#8212; March 5, 2007 @ 10:14 am</cite></p></li>\n'
 '<li id="comment-2"><p>The operators have a point about competition though. Rotterdam is fully automated.</p>\n<p><cite>Comment by harbourwatcher &#8212; March 5, 2007 @ 11:40 am</cite></p></li>\n'
 '<li id="comment-3"><p>Great piece Marta, sharing this with our branch.</p>\n<p><cite>Comment by Lena &#8212; March 6, 2007 @ 8:03 am</cite></p></li>\n</ol>\n'
 '<h2 id="postcomment">Leave a comment</h2>\n<form action="/wp-comments-post.php" method="post" id="commentform">\n'
 '<p><input type="text" name="author" id="author" size="28"> <label for="author">Name (required)</label></p>\n<p><input type="text" name="email" id="email" size="28"> <label for="email">Mail (will not be published) (required)</label></p>\n'
 '<p><textarea name="comment" id="comment" cols="70" rows="4"></textarea></p>\n<p><input name="submit" type="submit" id="submit" value="Submit Comment"></p>\n</form>\n</div></div>\n'
 '<div id="credit"><a href="http://wordpress.org/">Powered by WordPress</a></div>',
 title="Alder Dispatch &raquo; Why the Cranes Matter"),
 headings=[], not_headings=["3 Responses to \u201cWhy the Cranes Matter\u201d", "Leave a comment"], title="Why the Cranes Matter", author="Marta Siwek",
 debris=["Responses to", "Solidarity from the Kessel rail yards", "Rotterdam is fully automated", "Comment by", "Leave a comment", "Name (required)", "Powered by WordPress", "Labor news from the Port of Alder"],
 keep=["Everyone on the waterfront knows what the cranes are for.", frag("docks", 2), frag("docks", 5)])

case("news-multipage-pagination", doc(
 '<h1>The Poet of the Slipway</h1>\n<p><i>by Sarah Lindon</i></p>\n' + p("poet", 0, 1, 2, 3) +
 '<p align="center"><b>Page 1 of 2</b> &nbsp; <a href="pellow2.html">Next page &raquo;</a></p>\n'
 '<p align="center">Pages: <b>1</b> <a href="pellow2.html">2</a> | <a href="pellow_print.html">Single page view</a></p>\n',
 title="The Poet of the Slipway - Northern Review"),
 headings=[], title="The Poet of the Slipway", author="Sarah Lindon",
 debris=["Page 1 of 2", "Next page", "Pages: 1 2", "Single page view"], keep=[frag("poet", 0), frag("poet", 3)])

case("news-wire-copyright-notice", doc(NEWS_HEAD +
 '<h2>Port Operators Offer Mediator in Dock Strike</h2>\n<p><font size="2">By RICHARD HOLM<br>Associated Press Writer</font></p>\n'
 '<p>PORT OF ALDER (AP) &mdash; ' + B["docks"][4] + '</p>\n' + p("docks", 1, 2, 5) +
 '<p><font size="1">Copyright 2003 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</font></p>\n' + NEWS_FOOT,
 title="The Alder Herald: Port Operators Offer Mediator in Dock Strike"),
 headings=[], not_headings=["Associated Press Writer"], title="Port Operators Offer Mediator in Dock Strike", author="Richard Holm",
 author_not=["Associated Press"], debris=NEWS_DEBRIS + ["may not be published, broadcast, rewritten or redistributed"],
 keep=["PORT OF ALDER (AP)", frag("docks", 4), frag("docks", 5)])

case("news-oped-contributor-bio-end", doc(
 '<p class="section"><a href="/opinion/">Opinion</a></p>\n<h1>The Libraries Are Not a Luxury</h1>\n<p class="byline">by Grace Oyelaran</p>\n'
 '<p>When the council voted on Monday to close the Mill Road library, it told eight-year-olds in my neighbourhood that the nearest books are now two bus rides away.</p>\n'
 + p("council", 3) + '<p>The council says the state has left it no choice. The state has left it with less money; it has not told the council where to cut. That choice was the council&rsquo;s, and it chose the poorest streets in the city.</p>\n'
 '<p>On March 17 the council will vote on the budget as a whole. It is not too late to change its mind, and we will be there to help it do so.</p>\n'
 '<p><i>Grace Oyelaran chairs the Tenth Street Parents&rsquo; Group. Her children have used the Mill Road library since they could walk.</i></p>\n',
 title="The Libraries Are Not a Luxury - Opinion - The Alder Herald"),
 headings=[], not_headings=["Opinion"], title="The Libraries Are Not a Luxury", author="Grace Oyelaran",
 debris=[], keep=["When the council voted on Monday to close the Mill Road library", "That choice was the council's", "Grace Oyelaran chairs the Tenth Street Parents' Group."])

case("news-breadcrumb-last-modified", doc(
 '<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <a href="/news/local/">Local</a> &gt; Libraries</div>\n'
 '<h1>Library Closures: What Happens Next</h1>\n<p class="byline">By Michael Doran, Herald Staff</p>\n'
 '<p>Monday&rsquo;s vote is not the last word. Here is how the budget process works from here, and where residents can still be heard.</p>\n'
 '<h3>The March 17 Meeting</h3>\n' + p("council", 5) + '<h3>A Public Vote?</h3>\n<p>A referendum in November would need the signatures of ten per cent of registered voters, or about eleven thousand names, collected within ninety days.</p>\n'
 '<p class="timestamp">Last modified: 03/05/2003 11:42:07</p>\n',
 title="Library Closures: What Happens Next"),
 headings=["The March 17 Meeting", "A Public Vote?"], not_headings=["Home > News > Local > Libraries"],
 title="Library Closures: What Happens Next", author="Michael Doran",
 debris=["Home > News > Local", "Last modified"], keep=["is not the last word", frag("council", 5), "A referendum in November would need"])

case("news-historic-masthead-transcription", doc(
 '<center><font size="+3"><b>THE PORT ALDER HERALD</b></font><br>\n<font size="2">VOL. XII.&mdash;No. 61. &nbsp; PORT ALDER, TUESDAY, MARCH 7, 1905. &nbsp; PRICE ONE PENNY.</font></center>\n<hr>\n'
 '<h2 align="center">THE STRIKE.</h2>\n<h3 align="center">TELEGRAPH CLOSED TO THE PUBLIC.</h3>\n<h3 align="center">TROOPS ARRIVE BY SPECIAL TRAIN.</h3>\n'
 + p("port", 1, 2) + '<p>A deputation of the strikers waited upon the Mayor yesterday afternoon, but was not received.</p>\n'
 '<hr>\n<p><font size="1">Transcribed from the microfilm in the Port Alder City Library by the Alder Labor History Project, 2001. <a href="index.html">Return to the 1905 newspaper index</a></font></p>',
 title="Port Alder Herald, 7 March 1905: The Strike"),
 headings=[], not_headings=["THE PORT ALDER HERALD", "TELEGRAPH CLOSED TO THE PUBLIC.", "TROOPS ARRIVE BY SPECIAL TRAIN."],
 title_contains="The Strike", debris=["Return to the 1905 newspaper index"],
 keep=[frag("port", 1), "A deputation of the strikers waited upon the Mayor"])

case("news-advertisement-label-midstory", doc(
 '<h1>Crane Drivers Vote to Stay Out</h1>\n<p class="byline">By Anna Keller</p>\n' + p("docks", 0, 1) +
 '<div class="ad-inline"><span class="adlabel">ADVERTISEMENT</span><br><script type="text/javascript">OAS_AD("Middle");</script>\n'
 '<noscript><a href="http://ads.example.com/click?pos=mid"><img src="http://ads.example.com/ad?pos=mid" alt="Click here"></a></noscript></div>\n'
 '<p class="continue"><i>Story continues below</i></p>\n' + p("docks", 2, 3, 5),
 title="Crane Drivers Vote to Stay Out"),
 headings=[], not_headings=["ADVERTISEMENT"], title="Crane Drivers Vote to Stay Out", author="Anna Keller",
 debris=["ADVERTISEMENT", "Story continues below", "Click here"], keep=[frag("docks", 0), frag("docks", 1), frag("docks", 2), frag("docks", 5)])

case("news-table-layout-most-read-sidebar", doc(NEWS_HEAD +
 '<table width="100%" cellpadding="6" border="0"><tr>\n<td valign="top">\n'
 '<h2>Mediator Named in Port Dispute</h2>\n<p><b>By Anna Keller</b><br><font size="1">Herald Labor Correspondent</font></p>\n'
 + p("docks", 4, 2, 5) + '</td>\n'
 '<td width="180" valign="top" bgcolor="#EEEEEE"><font face="Arial" size="2"><b>MOST READ</b><br>\n'
 '1. <a href="/news/a1.html">Council closes four libraries</a><br>\n2. <a href="/news/a2.html">Dock workers walk out</a><br>\n3. <a href="/sports/a3.html">Alder United sign new keeper</a><br>\n'
 '<br><b>WEATHER</b><br>Rain, high 48&deg;F<br><a href="/weather/">Five-day forecast</a></font></td>\n</tr></table>\n' + NEWS_FOOT,
 title="The Alder Herald: Mediator Named in Port Dispute"),
 headings=[], not_headings=["MOST READ", "WEATHER"], title="Mediator Named in Port Dispute", author="Anna Keller",
 debris=NEWS_DEBRIS + ["MOST READ", "Alder United sign new keeper", "Five-day forecast", "high 48"],
 keep=[frag("docks", 4), frag("docks", 5)])

case("news-magazine-issue-nav-subscribe", doc(
 '<table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/img/nr_masthead.gif" width="760" height="90" alt="Northern Review"></td></tr>\n<tr>\n'
 '<td width="170" valign="top" bgcolor="#F0EEE4"><font face="Verdana" size="1"><b>IN THIS ISSUE</b><br>\n<a href="/34/editorial.html">Editorial</a><br>\n<a href="/34/pellow.html">The Slipway at Forty</a><br>\n'
 '<a href="/34/ferries.html">Last of the River Ferries</a><br>\n<a href="/34/letters.html">Letters</a><br>\n<br><b>BACK ISSUES</b><br>\n<a href="/33/">No. 33, Winter 2003</a><br>\n<a href="/32/">No. 32, Autumn 2003</a></font></td>\n'
 '<td valign="top"><p><font size="1" face="Verdana">Northern Review No. 34 &middot; Spring 2004</font></p>\n'
 '<h2>The Slipway at Forty</h2>\n<p><b>Sarah Lindon</b> visits Hugh Pellow, forty years after the poems that made his name.</p>\n'
 + p("poet", 0, 3, 4, 5) +
 '<p><font size="1" face="Verdana"><a href="/34/editorial.html">&laquo; Previous article</a> | <a href="/34/">Contents</a> | <a href="/34/ferries.html">Next article &raquo;</a></font></p>\n'
 '<table bgcolor="#CC3300" cellpadding="6"><tr><td><font color="#FFFFFF" face="Verdana" size="2"><b>Subscribe to Northern Review</b><br>Four issues a year for just &pound;14. <a href="/subscribe/"><font color="#FFFFFF">Click here to subscribe</font></a></font></td></tr></table>\n'
 '</td></tr></table>',
 title="Northern Review 34 - The Slipway at Forty"),
 headings=[], not_headings=["IN THIS ISSUE", "Subscribe to Northern Review", "Northern Review No. 34 \u00b7 Spring 2004"],
 title="The Slipway at Forty", author="Sarah Lindon",
 debris=["Image: Northern Review", "IN THIS ISSUE", "Last of the River Ferries", "BACK ISSUES", "Previous article", "Next article", "Subscribe to Northern Review", "Click here to subscribe"],
 keep=["visits Hugh Pellow, forty years after the poems that made his name", frag("poet", 0), frag("poet", 5)])

if __name__ == "__main__":
    main(__doc__, "hb2-", workers=4)
