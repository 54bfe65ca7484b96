import sys, os, subprocess, zipfile, re, tempfile, html
cli = sys.argv[1]
P = ("The farmers of the valley have long known that the harvest depends on more than rain, and they "
     "plan their planting with care, reading the soil and the sky as their parents did before them.")
B = "\n\n".join(P.replace("valley", "valley %d" % i) for i in range(1, 6))
cases = [
 ("written-by-end", "THE QUIET HARVEST\n\n" + B + "\n\nWritten by Ann Writer\n", "THE QUIET HARVEST", "Ann Writer"),
 ("dash-sig-end", "THE QUIET HARVEST\n\n" + B + "\n\n-- Ann Writer\n", "THE QUIET HARVEST", "Ann Writer"),
 ("copyright-top", "THE QUIET HARVEST\n\nCopyright (c) 1993 by Ann Writer. All rights reserved.\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("c-end", "THE QUIET HARVEST\n\n" + B + "\n\n(c) 1994 Ann Writer\n", "THE QUIET HARVEST", "Ann Writer"),
 ("by-colon", "THE QUIET HARVEST\n\nBy: Ann Writer\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("author-field", "Title: The Quiet Harvest\nAuthor: Ann Writer\n\n" + B, "The Quiet Harvest", "Ann Writer"),
 ("name-email", "THE QUIET HARVEST\n\nAnn Writer <ann@example.org>\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("name-paren-email", "THE QUIET HARVEST\nAnn Writer (ann@valley.edu)\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("quoted-title", "\"The Quiet Harvest\"\n\nby Ann Writer\n\n" + B, "The Quiet Harvest", "Ann Writer"),
 ("underlined", "The Quiet Harvest\n=================\n\nby Ann Writer\n\n" + B, "The Quiet Harvest", "Ann Writer"),
 ("phd", "THE QUIET HARVEST\n\nby Ann Writer, Ph.D.\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("dr", "THE QUIET HARVEST\n\nby Dr. Ann Writer\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("affiliation", "                THE QUIET HARVEST\n\n                   Ann Writer\n           University of the Valley\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("newsletter", "THE VALLEY NEWS\nVolume 3, Number 2\n\nTHE QUIET HARVEST\nby Ann Writer\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("speech", "THE QUIET HARVEST\n\nA speech by Ann Writer to the Farmers Union, May 1, 1993\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("interview", "AN INTERVIEW WITH ANN WRITER\n\nby Bob Asker\n\n" + B, "AN INTERVIEW WITH ANN WRITER", "Bob Asker"),
 ("reprinted", "THE QUIET HARVEST\n\nReprinted from The Valley Times, May 1993.\nBy Ann Writer\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("submitted", "Submitted by Ann Writer\n\nTHE QUIET HARVEST\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("translated", "THE QUIET HARVEST\n\nby Leo Tolstoy\nTranslated by Ann Writer\n\n" + B, "THE QUIET HARVEST", "Leo Tolstoy"),
 ("colon-title", "THE QUIET HARVEST: A STUDY OF GRAIN\n\nby Ann Writer\n\n" + B, "THE QUIET HARVEST: A STUDY OF GRAIN", "Ann Writer"),
 ("two-authors", "THE QUIET HARVEST\n\nby Ann Writer and Bob Smith\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("name-date-end", "THE QUIET HARVEST\n\n" + B + "\n\nAnn Writer\nMay 1993\n", "THE QUIET HARVEST", "Ann Writer"),
 ("banner-box", "=" * 46 + "\n  THE QUIET HARVEST\n  by Ann Writer\n  Downloaded from The Mill BBS  913-555-0101\n" + "=" * 46 + "\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("from-desk", "From the desk of Ann Writer\n\nTHE QUIET HARVEST\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("lowercase-by", "the quiet harvest\n\nby ann writer\n\n" + B, "the quiet harvest", "ann writer"),
 ("centered-block", "\n\n" + " "*25 + "THE QUIET HARVEST\n\n" + " "*30 + "by\n\n" + " "*27 + "Ann Writer\n\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("name-sig-title", "THE QUIET HARVEST\n\n" + B + "\n\nAnn Writer\nThe Valley Farmers Union\nBox 12, Valley, KS 66000\n", "THE QUIET HARVEST", "Ann Writer"),
 ("article-by-line", "THE QUIET HARVEST -- by Ann Writer\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("editorial", "EDITORIAL\n\nTHE QUIET HARVEST\n\nby Ann Writer\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("with-date-line", "THE QUIET HARVEST\nby Ann Writer\nMay 12, 1993\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("staff-writer", "THE QUIET HARVEST\n\nBy Ann Writer\nStaff Writer\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
]
# Second part (2026-12-04): the byline shapes issue 15 names, and a reposter's word before the piece.
PRE = ("The following is the text of a talk that could not be given, posted here so that anyone who "
       "wishes to read it can do so. Pass it on.")
RULE = " - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"
cases += [
 ("comma-by", "THE QUIET HARVEST, by Ann Writer.\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("title-dash-author", "The Quiet Harvest - Ann Writer.\n\n" + B, "The Quiet Harvest", "Ann Writer"),
 ("right-by", "THE QUIET HARVEST\n\n" + " "*58 + "BY ANN WRITER\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("closing-by-c", "THE QUIET HARVEST\n\n" + B + "\n\nBy Ann Writer (C)1994\n", "THE QUIET HARVEST", "Ann Writer"),
 ("inline-speech-by", "THE QUIET HARVEST  a speech by Ann Writer, formerly of the Union.\nFrom The Valley Times, Oct. 1990\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("preface-inline-by", PRE + "\n\n" + RULE + "\nTHE QUIET HARVEST  a speech by Ann Writer, formerly of the Union.\nFrom The Valley Times, Oct. 1990\n" + RULE + "\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("preface-title-by", PRE + "\n\n" + RULE + "\n\nTHE QUIET HARVEST\n\nby Ann Writer\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("by-line-first", "By Ann Writer\n\nTHE QUIET HARVEST\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("author-colon-below", "THE QUIET HARVEST\nAuthor: Ann Writer\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("title-by-caps", "THE QUIET HARVEST BY ANN WRITER\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("essay-by", "THE QUIET HARVEST\n\nAn essay by Ann Writer\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
 ("paren-by", "THE QUIET HARVEST\n(by Ann Writer)\n\n" + B, "THE QUIET HARVEST", "Ann Writer"),
]
bad = 0
for name, text, title, author in cases:
    d = tempfile.mkdtemp(); src = os.path.join(d, name + ".txt"); out = os.path.join(d, name + ".epub")
    open(src, "w").write(text + "\n")
    r = subprocess.run(cli.split() + ["convert", src, "-o", out, "-q"], capture_output=True, text=True)
    if r.returncode != 0: print("FAIL", name, r.stderr[:200]); bad += 1; continue
    opf = zipfile.ZipFile(out).read("EPUB/content.opf").decode()
    t = html.unescape((re.search(r"<dc:title[^>]*>(.*?)</dc:title>", opf) or [None, ""])[1])
    a = html.unescape((re.search(r"<dc:creator[^>]*>(.*?)</dc:creator>", opf) or [None, ""])[1])
    ok = t.strip().lower() == title.lower() and a.strip().lower() == author.lower()
    if not ok: bad += 1
    print("%-18s %s title=%r author=%r" % (name, "ok " if ok else "BAD", t, a))
print("bad %d of %d" % (bad, len(cases)))
