#!/usr/bin/env python3
"""Heading conventions of archived texts (numbered, framed, underlined, centred, run in, FAQ
questions, a label over its title, a newsletter's articles...), each in a synthetic text of its
own (title, byline, 3-6 sections of hard-wrapped prose): how many of its headings the book has,
and which it invents. Written by a helper session from the archives' conventions, not from any
corpus document.
Usage: python3 tests/probes/headings_present_probe.py "dotnet /path/to/epub.dll" [case-name-substring ...]
"""
import os, re, sys, json, random, subprocess, tempfile, textwrap, zipfile
import xml.etree.ElementTree as ET

CLI = sys.argv[1].split() if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else ["dotnet", "src/Epub.Cli/bin/Release/net10.0/epub.dll"]
OUT = tempfile.mkdtemp(prefix="headings-present-")
os.makedirs(OUT, exist_ok=True)

SENT = [
    "The town sat at the bottom of a valley where the river bent twice before it ran off into the hills.",
    "Nobody who lived there thought much about it, and the few visitors who came through rarely stayed long.",
    "My father worked at the mill for thirty years and never once took a holiday that I can remember.",
    "He said the work was what kept him honest, and for a long time I believed him without question.",
    "The board ran on a single phone line in the back bedroom, and the modem screamed every time someone called.",
    "Most of the users were students who logged on late at night after their parents had gone to bed.",
    "We kept the message bases small because the hard disk was only forty megabytes and it filled quickly.",
    "There were arguments about politics, about music, and about whose turn it was to pay the phone bill.",
    "In the spring of that year the committee met every Tuesday in the basement of the public library.",
    "The minutes of those meetings survive, though most of them record little more than who brought coffee.",
    "It is worth remembering that none of this was planned; it grew the way weeds grow in a vacant lot.",
    "The results were mixed, and several members argued that the whole effort should be abandoned at once.",
    "By the end of the summer the numbers had improved, but nobody could say exactly why that happened.",
    "I have tried to set down what I remember as plainly as I can, without dressing it up or leaving things out.",
    "The second problem was money, which there never seemed to be enough of no matter how careful we were.",
    "A few people wrote letters to the newspaper, and one of them was even printed on the editorial page.",
    "When the weather turned cold the roof leaked, and we moved the equipment into the kitchen for a while.",
    "She told me later that she had never expected the project to last more than a couple of months.",
    "The software was written in Turbo Pascal and compiled on a machine that belonged to somebody's uncle.",
    "Every few weeks a new version went out, and every few weeks something that used to work stopped working.",
    "What follows is an account of those years, drawn from notes, old printouts and the memories of friends.",
    "The lesson, if there is one, is that small groups can do a surprising amount with very little support.",
    "On Saturdays the market filled the square, and farmers came in from thirty miles away to sell their produce.",
    "The old men on the bench outside the post office had an opinion about everything and shared it freely.",
    "Our first newsletter was photocopied at the school office and stapled together on the kitchen table.",
    "Later issues were sent out over the network, which saved postage but meant fewer people read them.",
    "It rained for most of the week, and the roads out of town were closed for two days by the flooding.",
    "I still have the original notebook, though the pages are yellow now and the ink has started to fade.",
]

HEADS = ["Early Days", "The Move West", "A New School", "Finding Work", "The Long Winter",
         "Letters from Home", "The Board Goes Online", "Money Troubles", "The Flood",
         "What We Learned", "Looking Back", "The Market Square", "Friends and Enemies",
         "A Change of Plans", "The Newsletter", "Summer on the Farm", "Night Shifts",
         "The Old Mill", "Leaving Town", "Coming Home", "The Committee", "First Contact"]

QUESTIONS = ["What is a BBS?", "How do I connect with a modem?", "Why is my download so slow?",
             "Where can I find the file lists?", "Who runs this system?", "Can I upload my own files?",
             "How do I change my password?", "What are the rules for the message bases?"]

REPORT = ["INTRODUCTION", "BACKGROUND", "METHOD", "RESULTS", "DISCUSSION", "CONCLUSION"]
ORD = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
ROM = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
       "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]
NAMES = ["Mary Ellis", "Tom Becker", "R. J. Howard", "Susan Park", "Dave Kowalski", "Linda Shaw"]


def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def paragraphs(rng, n, width):
    out = []
    for _ in range(n):
        k = rng.randint(3, 5)
        text = " ".join(rng.sample(SENT, k))
        out.append(textwrap.wrap(text, width))
    return out


def build(case, rng):
    """case: dict with 'sections': list of (heading_lines, key), width, style."""
    w = case.get("width", 72)
    style = case.get("style", "blank")      # blank | indent | noblank
    lines = [case.get("title", "THE VALLEY YEARS"), case.get("byline", "by Walter Graham"), ""]
    if style != "noblank":
        lines.append("")
    if case.get("intro"):
        for p in paragraphs(rng, 1, w):
            lines.extend(p)
            lines.append("")
    for si, (hl, key) in enumerate(case["sections"]):
        pre = case.get("pre_heading")
        if pre:
            lines.extend(pre)
        if style == "blank":
            if hl:
                lines.extend(hl)
                lines.append("")
        elif style == "indent":
            lines.extend(hl)
            if case.get("indent_blank_heading"):
                lines.append("")
        else:
            lines.extend(hl)
        paras = paragraphs(rng, rng.randint(2, 3), w - (5 if style != "blank" else 0))
        for pi, p in enumerate(paras):
            if case.get("runin") and pi == 0:
                # run-in: heading text prepended to first paragraph
                text = hl_runin(case, si) + " " + " ".join(p)
                p = textwrap.wrap(text, w)
            if style == "blank":
                lines.extend(p)
                lines.append("")
            else:
                lines.append("     " + p[0])
                lines.extend(p[1:])
        if style == "indent":
            lines.append("")  # blank before next heading
    return "\n".join(lines).rstrip() + "\n"


def hl_runin(case, si):
    return case["runin"][si]


def convert(name, text):
    p = os.path.join(OUT, name + ".txt")
    e = os.path.join(OUT, name + ".epub")
    with open(p, "w") as f:
        f.write(text)
    if os.path.exists(e):
        os.remove(e)
    r = subprocess.run(CLI + ["convert", p, "-o", e, "-q", "--no-cover"], capture_output=True, text=True)
    if r.returncode != 0:
        return None, None, r.stderr
    return read_book(e) + (None,)


def itertext(el):
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def read_book(path):
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    z = zipfile.ZipFile(path)
    toc = ET.fromstring(z.read("EPUB/toc.xhtml"))
    heads = []
    nav = [n for n in toc.iter("{http://www.w3.org/1999/xhtml}nav") if n.get("id") == "toc"][0]
    for a in nav.iter("{http://www.w3.org/1999/xhtml}a"):
        t = itertext(a)
        if t not in ("Title Page", "Colophon", "Contents", "Notes", "Table of Contents"):
            heads.append(t)
    blocks = []  # (tag, text) of all body blocks in reading order
    for n in sorted(z.namelist()):
        if n.startswith("EPUB/") and n.endswith(".xhtml") and n not in ("EPUB/toc.xhtml", "EPUB/titlepage.xhtml", "EPUB/colophon.xhtml"):
            pass
    order = [n for n in z.namelist() if n.endswith(".xhtml") and n not in ("EPUB/toc.xhtml", "EPUB/titlepage.xhtml", "EPUB/colophon.xhtml")]
    for n in order:
        doc = ET.fromstring(z.read(n))
        body = doc.find("x:body", ns)
        for el in body.iter():
            tag = el.tag.split("}")[1]
            if tag in ("h1", "h2", "h3", "h4", "p", "pre", "li", "dt", "dd", "hr"):
                blocks.append((tag, itertext(el)))
                if tag in ("h2", "h3", "h4") and norm(itertext(el)) not in [norm(x) for x in heads]:
                    heads.append(itertext(el))
    return heads, blocks


def evaluate(case, heads, blocks):
    keys = [k for _, k in case["sections"]]
    found, missed, fates = 0, [], []
    used = set()
    for k in keys:
        nk = norm(k)
        alt = norm(k.split(" ", 1)[1]) if k.split(" ", 1)[0].upper() in ("CHAPTER", "PART", "BOOK", "LESSON") and " " in k else None
        hit = [i for i, h in enumerate(heads) if nk in norm(h) or (alt and alt in norm(h))]
        if hit:
            found += 1
            used.update(hit)
        else:
            missed.append(k)
            fate = "not found in book"
            for tag, t in blocks:
                if nk in norm(t):
                    if len(norm(t)) > len(nk) + 40:
                        fate = f"joined into <{tag}> '{t[:70]}...'"
                    else:
                        fate = f"own <{tag}> '{t[:60]}'"
                    break
            fates.append((k, fate))
    extra = [h for i, h in enumerate(heads) if i not in used]
    return found, len(keys), missed, fates, extra


# ---------------------------------------------------------------- cases
def S(n, f, heads=HEADS, off=0):
    return [(f(i, heads[(i + off) % len(heads)]), heads[(i + off) % len(heads)]) for i in range(n)]


def centre(s, w):
    return " " * ((w - len(s)) // 2) + s


def spaced(s):
    return "   ".join(" ".join(word) for word in s.upper().split())


CASES = []


def case(name, sections, **kw):
    CASES.append(dict(name=name, sections=sections, **kw))


case("num_dot_title", S(5, lambda i, h: [f"{i+1}. {h}"]), width=72)
case("num_paren", S(4, lambda i, h: [f"{i+1}) {h}"], off=3), width=65)
case("roman_dot_caps", S(5, lambda i, h: [f"{ROM[i]}. {h.upper()}"], off=5), width=79)
case("letter_dot", S(4, lambda i, h: [f"{'ABCDEF'[i]}. {h}"], off=7), width=72)
case("decimal_1_2", [([f"{1 + i // 2}.{1 + i % 2} {h}"], h) for i, h in enumerate(HEADS[2:8])], width=72)
case("decimal_1_0_caps", [([f"{i+1}.0 {h.upper()}"], h) for i, h in enumerate(REPORT[:5])], width=79)
case("section_colon", S(4, lambda i, h: [f"Section {i+1}: {h}"], off=9), width=72)
case("part_word_plus_title", [(["PART " + ORD[i].upper(), h], "PART " + ORD[i] + h) for i, h in enumerate(HEADS[:4])], width=72)
case("part_word_title_keyonly", [(["PART " + ORD[i].upper(), h], "PART " + ORD[i] + h) for i, h in enumerate(HEADS[4:8])], width=65)
case("chapter_num_plus_title", [([f"CHAPTER {i+4}", h], f"CHAPTER {i+4} " + h) for i, h in enumerate(HEADS[:5])], width=72)
case("chapter_num_plus_title_2", [([f"CHAPTER {i+1}", h], f"CHAPTER {i+1} " + h) for i, h in enumerate(HEADS[5:7])], width=72)
case("chapter_word_colon", S(5, lambda i, h: [f"Chapter {ORD[i]}: {h}"], off=2), width=72)
case("chapter_num_alone", [([f"Chapter {i+1}"], f"Chapter {i+1}") for i in range(5)], width=72)
case("chapter_roman_gutenberg", [([f"CHAPTER {ROM[i]}.", h.upper() + "."], f"CHAPTER {ROM[i]} " + h) for i, h in enumerate(HEADS[3:8])], width=72)
case("roman_alone_centred", [([centre(ROM[i], 72)], "@" + ROM[i]) for i in range(5)], width=72)
case("all_caps", S(5, lambda i, h: [h.upper()], off=1), width=72)
case("title_case_alone", S(5, lambda i, h: [h], off=4), width=72)
case("underline_eq", S(4, lambda i, h: [h, "=" * len(h)], off=6), width=72)
case("underline_dash", S(4, lambda i, h: [h, "-" * len(h)], off=10), width=65)
case("underline_tilde", S(4, lambda i, h: [h.upper(), "~" * len(h)], off=12), width=72)
case("centred_title_case", S(5, lambda i, h: [centre(h, 72)], off=8), width=72)
case("centred_caps", S(5, lambda i, h: [centre(h.upper(), 79)], off=11), width=79)
case("between_rules", S(4, lambda i, h: ["-" * 60, h.upper(), "-" * 60], off=13), width=72)
case("between_eq_rules_centred", S(4, lambda i, h: ["=" * 72, centre(h, 72), "=" * 72], off=14), width=72)
case("star_frame", S(4, lambda i, h: [f"*** {h.upper()} ***"], off=15), width=72)
case("eq_frame", S(4, lambda i, h: [f"=== {h} ==="], off=16), width=72)
case("dash_frame", S(4, lambda i, h: [f"--- {h} ---"], off=17), width=65)
case("bracket", S(4, lambda i, h: [f"[ {h} ]"], off=18), width=72)
case("angle", S(4, lambda i, h: [f"<< {h} >>"], off=19), width=72)
case("colons", S(4, lambda i, h: [f":: {h} ::"], off=20), width=72)
case("tilde_frame", S(4, lambda i, h: [f"~~~ {h} ~~~"], off=1), width=72)
case("dash_pair", S(4, lambda i, h: [f"-- {h} --"], off=2), width=72)
case("rule_tail", S(4, lambda i, h: [f"== {h} " + "=" * (70 - len(h))], off=3), width=72)
case("boxed", S(4, lambda i, h: ["+" + "-" * (len(h) + 2) + "+", f"| {h} |", "+" + "-" * (len(h) + 2) + "+"], off=4), width=72)
case("letter_spaced", S(4, lambda i, h: [spaced(h)], off=5), width=72)
case("colon_end", S(4, lambda i, h: [h + ":"], off=6), width=72)
case("faq_q_num", [([f"Q{i+1}. {q}"], q) for i, q in enumerate(QUESTIONS[:5])], width=72, title="ACME BBS FREQUENTLY ASKED QUESTIONS", byline="by The Sysop")
case("faq_decimal_paren", [([f"{1 + i // 3}.{1 + i % 3}) {q}"], q) for i, q in enumerate(QUESTIONS[:6])], width=72, title="comp.bbs.misc FAQ", byline="by Jim Reeve")
case("faq_q_colon", [([f"Q: {q}"], q) for i, q in enumerate(QUESTIONS[2:7])], width=72, title="ACME BBS FAQ", byline="by The Sysop")
case("faq_question_alone", [([q], q) for q in QUESTIONS[1:6]], width=72, title="NEW USER FAQ", byline="by Karen Wolfe")
RUNIN_T = ["Background.", "Method.", "Results.", "Discussion.", "Conclusion."]
case("runin_title_period", [([], r.rstrip(".")) for r in RUNIN_T], runin=RUNIN_T, style="blank", width=72)
RUNIN_C = ["BACKGROUND:", "METHOD:", "RESULTS:", "DISCUSSION:", "CONCLUSION:"]
case("runin_caps_colon", [([], r.rstrip(":")) for r in RUNIN_C], runin=RUNIN_C, style="blank", width=72)
case("report_caps_words", [([r], r) for r in REPORT[:5]], width=79, title="REPORT ON THE 1994 MEMBERSHIP SURVEY", byline="by the Survey Committee")
case("report_titlecase_words", [([r.title()], r) for r in ["INTRODUCTION", "SUMMARY", "FINDINGS", "CONCLUSION"]], width=72, title="Annual Report of the Riverside Computer Club", byline="by Helen Marsh, Secretary")
case("numbers_skip", [([f"{n}. {h}"], h) for n, h in zip([1, 2, 5, 6, 9], HEADS[2:7])], width=72)
case("numbers_restart", [([f"{n}. {h}"], h) for n, h in zip([1, 2, 3, 1, 2], HEADS[7:12])], width=72)
DATES = ["June 12, 1994", "July 3, 1994", "August 21, 1994", "September 9, 1994", "October 30, 1994"]
case("trailing_date", [([f"{h} -- {d}"], h) for h, d in zip(HEADS[10:14], DATES)], width=72)
case("trailing_date_paren", [([f"{h} ({d})"], h) for h, d in zip(HEADS[14:18], DATES)], width=72)
case("diary_date_alone", [([d], d) for d in DATES], width=72, title="A SUMMER JOURNAL")
case("tab_indented_title", S(4, lambda i, h: ["\t" + h], off=9), width=72)
case("tab_indented_caps", S(4, lambda i, h: ["\t" + h.upper()], off=13), width=72)
case("newsletter_articles", [([h.upper(), "by " + NAMES[i]], h) for i, h in enumerate(HEADS[15:20])], width=72, title="THE RIVERSIDE BYTE -- Volume 3, Number 7 -- July 1993", byline="Edited by Helen Marsh")
case("newsletter_articles_tc", [([h, "by " + NAMES[i]], h) for i, h in enumerate(HEADS[1:5])], width=65, title="FIDO FRONTIER NEWS, Issue 12", byline="by the Editors")
case("indented_paras_caps_blank", S(5, lambda i, h: [h.upper()], off=2), style="indent", indent_blank_heading=True, width=72)
case("indented_paras_titlecase", S(5, lambda i, h: [h], off=6), style="indent", width=72)
case("indented_paras_num", S(5, lambda i, h: [f"{i+1}. {h}"], off=8), style="indent", width=72)
case("noblank_caps", S(5, lambda i, h: [h.upper()], off=3), style="noblank", width=72)
case("noblank_num", S(5, lambda i, h: [f"{i+1}. {h}"], off=10), style="noblank", width=72)
case("formfeed_caps", S(4, lambda i, h: ["\f" + h.upper()], off=12), width=72)
case("formfeed_line_then_title", S(4, lambda i, h: ["\f", h], off=14), width=72)
case("short_2_num", S(2, lambda i, h: [f"{i+1}. {h}"], off=3), width=72)
case("short_2_caps", S(2, lambda i, h: [h.upper()], off=5), width=72)
case("short_2_underlined", S(2, lambda i, h: [h, "-" * len(h)], off=7), width=72)
case("long_20_num", S(20, lambda i, h: [f"{i+1}. {h}"]), width=72)
case("long_20_caps", S(20, lambda i, h: [h.upper()], off=2), width=79)
case("long_20_chapter_roman", [([f"CHAPTER {ROM[i]}"], f"CHAPTER {ROM[i]}@") for i in range(20)], width=72)
case("section_sign", S(4, lambda i, h: [f"\u00a7 {i+1}. {h}"], off=5), width=72)
case("hash_num", S(4, lambda i, h: [f"#{i+1} {h}"], off=6), width=72)
case("num_space", S(4, lambda i, h: [f"{i+1}  {h.upper()}"], off=7), width=72)
case("num_dash", S(4, lambda i, h: [f"{i+1} - {h}"], off=8), width=72)
case("paren_num", S(4, lambda i, h: [f"({i+1}) {h}"], off=9), width=72)
case("bracket_num", S(4, lambda i, h: [f"[{i+1}] {h}"], off=10), width=72)
case("appendix", S(3, lambda i, h: [f"Appendix {'ABC'[i]}: {h}"], off=11), width=72)
case("article_legal", S(4, lambda i, h: [f"ARTICLE {ROM[i]}. {h.upper()}"], off=12), width=72, title="BYLAWS OF THE RIVERSIDE COMPUTER CLUB", byline="by the Board of Directors")
case("letter_epistolary", [([f"LETTER {ROM[i]}"], f"LETTER {ROM[i]}@") for i in range(4)], width=72)
case("book_word", [(["BOOK " + ORD[i].upper(), h.upper()], "BOOK " + ORD[i] + " " + h) for i, h in enumerate(HEADS[13:16])], width=72)
case("part_then_chapters", [(["PART ONE", "", "Chapter 1"], "Chapter 1"), (["Chapter 2"], "Chapter 2"), (["PART TWO", "", "Chapter 3"], "Chapter 3"), (["Chapter 4"], "Chapter 4")], width=72)
case("dash_prefix", S(4, lambda i, h: [f"--- {h}"], off=13), width=72)
case("star_bullet", S(4, lambda i, h: [f"* {h.upper()} *"], off=14), width=72)
case("rule_above_only", S(4, lambda i, h: ["-" * 72, h], off=15), width=72)
case("caps_with_period", S(4, lambda i, h: [h.upper() + "."], off=16), width=72)
case("step_num", S(4, lambda i, h: [f"Step {i+1}: {h}"], off=17), width=72, title="HOW TO SET UP YOUR OWN BBS")
case("lesson_num_title", [([f"Lesson {i+1}", h], f"Lesson {i+1} " + h) for i, h in enumerate(HEADS[18:22])], width=72)
case("story_anthology", [([h.upper(), "", "by " + NAMES[i]], h) for i, h in enumerate(HEADS[2:6])], width=72, title="MIDNIGHT TALES: AN ANTHOLOGY", byline="Collected by the Writers' Echo")
case("caps_title_long", S(4, lambda i, h: [(h + " and Other Matters of Some Importance to the Town").upper()], off=5), width=79)
case("titlecase_w65", S(5, lambda i, h: [h], off=11), width=65)
case("titlecase_w79", S(5, lambda i, h: [h], off=13), width=79)
case("roman_paren_lower", S(4, lambda i, h: [f"{['i','ii','iii','iv'][i]}) {h}"], off=14), width=72)
case("mixed_part_dot_roman", S(4, lambda i, h: [f"Part {ROM[i]}. {h}"], off=15), width=72)
case("chapter_num_dash_title", S(4, lambda i, h: [f"CHAPTER {i+1} - {h.upper()}"], off=16), width=72)
case("centred_chapter_plus_title", [([centre(f"Chapter {ORD[i]}", 72), centre(h, 72)], f"Chapter {ORD[i]} " + h) for i, h in enumerate(HEADS[17:21])], width=72)
case("usenet_digest_subject", [([f"Subject: {h}"], h) for h in HEADS[3:7]], width=72, title="RISKS DIGEST 7.12", byline="by Peter N. Editor")

# ---- second batch
case("chapter_num_plus_title_intro", [([f"CHAPTER {i+1}", h], f"CHAPTER {i+1} " + h) for i, h in enumerate(HEADS[:4])], width=72, intro=True)
case("part_word_plus_title_intro", [(["PART " + ORD[i].upper(), h], "PART " + ORD[i] + h) for i, h in enumerate(HEADS[4:8])], width=72, intro=True)
case("dash_frame_intro", S(4, lambda i, h: [f"--- {h} ---"], off=17), width=65, intro=True)
case("section_sign_intro", S(4, lambda i, h: [f"\u00a7 {i+1}. {h}"], off=5), width=72, intro=True)
case("newsletter_articles_tc_intro", [([h, "by " + NAMES[i]], h) for i, h in enumerate(HEADS[1:5])], width=65, title="FIDO FRONTIER NEWS, Issue 12", byline="by the Editors", intro=True)
case("noblank_titlecase", S(5, lambda i, h: [h], off=4), style="noblank", width=72)
case("noblank_chapter", [([f"CHAPTER {i+1}"], f"CHAPTER {i+1}@") for i in range(5)], style="noblank", width=72)
case("indent_noblank_heading_num", S(5, lambda i, h: [f"{i+1}. {h}"], off=1), style="indent", width=65)
case("hier_num_subnum", [([f"{1 + i // 3}.{i % 3} {h}" if i % 3 else f"{1 + i // 3}. {h.upper()}"], h) for i, h in enumerate(HEADS[6:12])], width=72)
case("faq_subject_bracket", [([f"Subject: [{i+1}] {q}"], q) for i, q in enumerate(QUESTIONS[:5])], width=72, title="alt.bbs FAQ", byline="by Jim Reeve", intro=True)
case("faq_q_num_intro", [([f"Q{i+1}. {q}"], q) for i, q in enumerate(QUESTIONS[:5])], width=72, title="ACME BBS FREQUENTLY ASKED QUESTIONS", byline="by The Sysop", intro=True)
case("faq_decimal_paren_intro", [([f"{1 + i // 3}.{1 + i % 3}) {q}"], q) for i, q in enumerate(QUESTIONS[:6])], width=72, title="comp.bbs.misc FAQ", byline="by Jim Reeve", intro=True)
case("faq_q_colon_intro", [([f"Q: {q}"], q) for i, q in enumerate(QUESTIONS[2:7])], width=72, title="ACME BBS FAQ", byline="by The Sysop", intro=True)
case("boxed_caps_w79", S(4, lambda i, h: ["+" + "=" * (len(h) + 2) + "+", f"| {h.upper()} |", "+" + "=" * (len(h) + 2) + "+"], off=8), width=79)
case("star_box", S(4, lambda i, h: ["*" * (len(h) + 4), f"* {h} *", "*" * (len(h) + 4)], off=9), width=72)
case("gutenberg_4blank", [(["", "", "", f"CHAPTER {ROM[i]}.", "", h.upper() + "."], f"CHAPTER {ROM[i]} " + h) for i, h in enumerate(HEADS[10:15])], width=72)
case("part_n_of_m", S(3, lambda i, h: [f"{h} (Part {i+1} of 3)"], off=3), width=72)
case("caps_heading_trailing_colon", S(4, lambda i, h: [h.upper() + ":"], off=4), width=72)


def special_key(k, heads):
    # '@' keys: whole-heading exact-ish match (numerals would match inside other text)
    base = norm(k.rstrip("@").lstrip("@"))
    return [i for i, h in enumerate(heads) if norm(h) == base or norm(h).startswith(base) and not norm(h)[len(base):len(base)+1].isalpha() and not norm(h)[len(base):len(base)+1] in "ivxl"]


def main():
    sel = sys.argv[2:] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else sys.argv[1:]
    rng = random.Random(7)
    results = []
    for c in CASES:
        if sel and not any(s in c["name"] for s in sel):
            rng.random()
            continue
        crng = random.Random(c["name"])
        text = build(c, crng)
        heads, blocks, err = convert(c["name"], text)
        if err:
            print(f"{c['name']}: ERROR {err[:200]}")
            continue
        keys = [k for _, k in c["sections"]]
        if any("@" in k for k in keys):
            found, missed, fates, used = 0, [], [], set()
            for k in keys:
                hit = special_key(k, heads)
                if hit:
                    found += 1; used.update(hit)
                else:
                    missed.append(k)
                    nk = norm(k.strip("@"))
                    fate = "not found"
                    for tag, t in blocks:
                        if norm(t) == nk or norm(t).startswith(nk):
                            fate = f"<{tag}> '{t[:60]}'"; break
                    fates.append((k, fate))
            extra = [h for i, h in enumerate(heads) if i not in used]
            total = len(keys)
        else:
            found, total, missed, fates, extra = evaluate(c, heads, blocks)
        ok = found == total and not extra
        results.append(dict(name=c["name"], found=found, total=total, fates=fates, extra=extra, heads=heads))
        mark = "OK  " if ok else "FAIL"
        print(f"{mark} {c['name']:28s} {found}/{total}" + (f"  extra={extra}" if extra else ""))
        if missed and len(missed) == 1 and missed[0] == keys[0]:
            print("       (only the FIRST heading missed)")
        for k, f in fates:
            print(f"       missed {k!r}: {f}")
    bad = [r for r in results if r["found"] < r["total"]]
    print(f"\nmissed-headings failures: {len(bad)}/{len(results)};  cases with extras: {sum(1 for r in results if r['extra'])}")
    json.dump(results, open(os.path.join(OUT, "results.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
