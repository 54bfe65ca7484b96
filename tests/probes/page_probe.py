"""Archived pages around one convention each (Project Gutenberg's HTML books, marxists.org's
chapters): which blocks become the book's headings, and whether the site's chrome leaves.
Each page has two real chapters (h2) and one shape that is no heading, or chrome that must go."""
import sys, os, subprocess, zipfile, re, tempfile, html
cli = sys.argv[1]
P = ("<p>The farmers of the valley have long known that the harvest depends on more than rain, and they "
     "plan their planting with care, reading the soil and the sky as their parents did before them.</p>\n")
def page(head, one, two_extra="", tail="", title="The Quiet Harvest"):
    return (f"<!DOCTYPE html>\n<html><head><title>{title}</title></head><body>\n{head}\n"
            f"<h2>CHAPTER I. THE VALLEY</h2>\n{P}{one}{P}{P}\n<h2>CHAPTER II. THE RIVER</h2>\n{P}{two_extra}{P}{P}{tail}\n</body></html>\n")
TITLE = "<h1>THE QUIET HARVEST</h1>\n<h2 class=\"author\">By Ann Writer</h2>\n"
shapes = {
# Blocks that are no headings, inside a chapter.
"figure-caption": page(TITLE, '<div class="figcenter"><img src="mill.png" alt="The old mill" /><p class="caption">THE OLD MILL AT DAWN.</p></div>\n'),
"caption-centred-bold": page(TITLE, '<div class="figcenter"><img src="mill.png" alt="" /></div>\n<p class="center"><b>The Old Mill at Dawn</b></p>\n'),
"right-attribution": page(TITLE, '<blockquote><p>A harvest is a promise kept by the earth.</p></blockquote>\n<p class="right"><i>John Smith.</i></p>\n'),
"stage-direction": page(TITLE, '<p class="entrance">Enter the FARMER and his WIFE.</p>\n'),
"the-end": page(TITLE, "", tail='<p class="center">THE END.</p>\n'),
"date-line-centred": page(TITLE, '<p class="center"><b>London, March 1848.</b></p>\n'),
"salutation-bold": page(TITLE, '<p><b>Dear Comrades,</b></p>\n'),
"signature-block": page(TITLE, "", tail='<p class="signature">Ann Writer.<br />Valley, May 1, 1890.</p>\n'),
"poem-title-in-chapter": page(TITLE, '<div class="poem"><div class="stanza"><span class="i0">The rain comes down on the field,<br /></span><span class="i0">And the field gives back its yield.<br /></span></div></div>\n<p class="center">* * * * *</p>\n'),
"bold-lead-in": page(TITLE, '<p><b>Note.</b>—The figures given here are those of the census.</p>\n'),
"centred-small-caps-line": page(TITLE, '<p class="center"><span class="smcap">Printed by the Valley Press</span></p>\n'),
"blockquote-resolution": page(TITLE, '<blockquote><p class="center"><b>RESOLUTION</b></p><p>That the valley shall keep its water.</p></blockquote>\n'),
"sidenote": page(TITLE, '<div class="sidenote">The old way of sowing.</div>\n'),
"table-of-figures": page(TITLE + '<h3>LIST OF ILLUSTRATIONS</h3>\n<table><tr><td><a href="#f1">The Old Mill</a></td><td>12</td></tr><tr><td><a href="#f2">The River</a></td><td>20</td></tr></table>\n', ""),
"index-entries": page(TITLE, "", tail='<h2>INDEX</h2>\n<div class="index"><p>Apple, 12, 14</p><p>Barley, 3</p><p>Mill, the old, 7</p></div>\n'),
"title-page-lines": page('<h1>THE QUIET HARVEST</h1>\n<p class="center">A STORY OF THE VALLEY</p>\n<p class="center">BY</p>\n<p class="center">ANN WRITER</p>\n<p class="center">NEW YORK<br />VALLEY PRESS<br />1901</p>\n', ""),
"h4-by-date-nav": page(TITLE + '<h4><a href="date.htm">By Date</a> | <a href="title.htm">By Title</a></h4>\n', ""),
# Chrome that leaves.
"mia-breadcrumb": page('<p class="title">MIA: Library: Ann Writer: The Quiet Harvest</p>\n' + TITLE, ""),
"mia-footer": page(TITLE, "", tail='<hr />\n<p class="footer"><a href="../index.htm">Ann Writer Archive</a> | <a href="index.htm">The Quiet Harvest</a></p>\n'),
"last-updated": page(TITLE, "", tail='<p class="updat">Last updated on: 12.4.2003</p>\n'),
"next-prev-row": page(TITLE, "", tail='<p class="next"><a href="ch01.htm">Previous</a> | <a href="index.htm">Contents</a> | <a href="ch03.htm">Next</a></p>\n'),
"download-pdf": page(TITLE + '<p><a href="harvest.pdf">Download PDF</a> | <a href="harvest.epub">Download ePub</a></p>\n', ""),
}
# Second part (2026-12-04): a shape that is no heading, set once in each chapter, as a page repeats
# its conventions (a paragraph style makes headings only when two or more paragraphs share it).
def twice(block, title=TITLE):
    return page(title, block, block)
shapes.update({
"centred-title-of-quoted-rule": twice('<p style="text-align: center"><i>Rules for the Granary</i></p>\n<p class="quot">Members of the union must not store grain in wet sacks.</p>\n'),
"centred-speaker-in-play": page(TITLE, '<p class="center">FARMER.</p>\n<p>The rain is late this year.</p>\n<p class="center">WIFE.</p>\n<p>It was late last year too.</p>\n', '<p class="center">FARMER.</p>\n<p>Then we wait.</p>\n'),
"centred-date-place-letters": twice('<p class="center">Valley Farm, March 3, 1848.</p>\n<p>Dear Brother,</p>\n'),
"centred-poem-title": twice('<p class="center"><b>The Reaper</b></p>\n<div class="poem"><p>The rain comes down on the field,<br />And the field gives back the grain.</p></div>\n'),
"h4-epigraph-source": twice('<blockquote><p>A harvest is a promise kept by the earth.</p></blockquote>\n<h4>Old Proverb</h4>\n'),
"centred-letter-close": twice('<p class="center">Ann Writer.</p>\n'),
"centred-bold-emphasis-line": twice('<p class="center"><b>The harvest waits for no one.</b></p>\n'),
"centred-section-mark": twice('<p class="center">* * * * *</p>\n'),
"transcriber-note-h3": page(TITLE, "", tail='<h3>Transcriber\'s Notes</h3>\n<p>Obvious printer\'s errors have been corrected.</p>\n'),
"h3-illustration-caption": twice('<h3><img src="mill.png" alt="" /><br />THE OLD MILL</h3>\n'),
"centred-table-caption": twice('<p class="center"><span class="smcap">Table of Yields</span></p>\n<table><tr><td>Wheat</td><td>12</td></tr><tr><td>Barley</td><td>9</td></tr></table>\n'),
})

# Third part (2026-12-05): what a marxists.org chapter and a Project Gutenberg book put around and
# between their chapters: an information block, links back to the top, speech and letter furniture;
# title pages, chapter titles set in two heading elements, synopses, an end mark in a heading.
MIA = '<h4>Ann Writer</h4>\n<h1>The Quiet Harvest</h1>\n'
def chapters_split(one_title="THE VALLEY", two_title="THE RIVER", head=TITLE, between=""):
    return (f"<!DOCTYPE html>\n<html><head><title>The Quiet Harvest</title></head><body>\n{head}\n"
            f"<h2>CHAPTER I.</h2>\n<h3>{one_title}</h3>\n{between}{P}{P}\n<h2>CHAPTER II.</h2>\n<h3>{two_title}</h3>\n{between}{P}{P}\n</body></html>\n")
shapes.update({
"mia-information-block": page(MIA + '<p class="information"><span class="info">Written:</span> 1890;<br /><span class="info">Source:</span> <em>The Quiet Harvest</em>, Valley Press, 1901;<br /><span class="info">Transcribed:</span> by A. Volunteer;<br /><span class="info">Copyleft:</span> Marxists Internet Archive (marxists.org) 2003.</p>\n', ""),
"mia-h5-written": page(MIA + '<h5>Written: 1890<br />Source: Valley Press, 1901</h5>\n', ""),
"mia-top-link": twice('<p class="skip"><a href="#top">Top of the page</a></p>\n', MIA),
"mia-right-bold-signature": twice('<p align="right"><b>Ann Writer</b></p>\n', MIA),
"mia-applause-centred": twice('<p class="center">(Applause.)</p>\n', MIA),
"mia-date-line": twice('<p class="date">March 1917</p>\n', MIA),
"mia-context-note": page(MIA + '<p class="context"><em>This article appeared in the valley paper in the spring of 1890.</em></p>\n', ""),
"mia-h4-footnotes-word": page(MIA, "", tail='<hr class="end" />\n<h4>Footnotes</h4>\n<p class="endnote">1. The census of 1880.</p>\n'),
"pg-title-page-headings": page('<h1>THE QUIET HARVEST</h1>\n<h3>BY</h3>\n<h2>ANN WRITER</h2>\n<h4>AUTHOR OF &#8220;THE RIVER&#8221;</h4>\n<h4>NEW YORK<br />VALLEY PRESS<br />1901</h4>\n', ""),
"pg-dedication": page(TITLE + '<p class="center">TO<br />MY MOTHER</p>\n', ""),
"pg-synopsis": twice('<p class="synopsis">The valley&#8212;The river&#8212;The old mill.</p>\n'),
"pg-transcriber-note-top": page('<div class="transnote"><p><b>Transcriber&#8217;s Note:</b> Obvious printer&#8217;s errors have been corrected.</p></div>\n' + TITLE, ""),
"pg-the-end-heading": page(TITLE, "", tail='<h3>THE END.</h3>\n'),
"pg-contents-links": page(TITLE + '<h2>CONTENTS</h2>\n<p class="toc"><a href="#c1">CHAPTER I. THE VALLEY</a></p>\n<p class="toc"><a href="#c2">CHAPTER II. THE RIVER</a></p>\n', ""),
"pg-title-tag-ebook-of": page(TITLE, "", title="The Project Gutenberg eBook of The Quiet Harvest, by Ann Writer"),
"pg-chapter-title-two-headings": chapters_split(),
"pg-chapter-title-two-headings-synopsis": chapters_split(between='<p class="center"><i>In which the rain comes late.</i></p>\n'),
"pg-index-letters": page(TITLE, "", tail='<h2>INDEX</h2>\n<h3>A</h3>\n<p>Apple, 12, 14</p>\n<h3>B</h3>\n<p>Barley, 3</p>\n'),
})
chrome = {"mia-breadcrumb": "MIA: Library", "mia-footer": "Ann Writer Archive", "last-updated": "Last updated", "next-prev-row": "Previous", "download-pdf": "Download PDF", "h4-by-date-nav": "By Date", "mia-top-link": "Top of the page"}
bad = 0
for name, text in shapes.items():
    d = tempfile.mkdtemp(); src = os.path.join(d, name + ".html"); out = os.path.join(d, name + ".epub")
    open(src, "w").write(text)
    r = subprocess.run(cli.split() + ["convert", src, "-o", out, "-q", "--no-cover"], capture_output=True, text=True)
    if r.returncode != 0: print("FAIL", name, r.stderr[:200]); bad += 1; continue
    z = zipfile.ZipFile(out)
    nav = z.read([n for n in z.namelist() if n.endswith("toc.xhtml")][0]).decode()
    nav = nav[nav.find('epub:type="toc"'):]; nav = nav[:nav.find("</nav>")]
    entries = [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", e))).strip() for e in re.findall(r"<a [^>]*>(.*?)</a>", nav, re.S)]
    opf = z.read([n for n in z.namelist() if n.endswith(".opf")][0]).decode()
    title = html.unescape(re.search(r"<dc:title[^>]*>(.*?)</dc:title>", opf, re.S).group(1))
    body = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", z.read(n).decode())) for n in z.namelist() if n.endswith(".xhtml") and not any(k in n for k in ("colophon", "toc", "cover", "titlepage")))
    chapters = [e for e in entries if e.upper().startswith("CHAPTER")]
    extra = [e for e in entries if not e.upper().startswith("CHAPTER") and e.lower() not in ("title page", "colophon", "contents", "notes", "the quiet harvest", "index")]
    problems = []
    if len(chapters) != 2: problems.append(f"chapters {chapters}")
    if extra: problems.append(f"invented {extra}")
    if title.upper() != "THE QUIET HARVEST": problems.append(f"title {title!r}")
    if name in chrome and chrome[name] in body: problems.append(f"chrome left: {chrome[name]!r}")
    if problems: bad += 1
    print(("BAD " if problems else "ok  ") + name + ("  " + "; ".join(problems) if problems else ""))
print(f"bad {bad} of {len(shapes)}")
