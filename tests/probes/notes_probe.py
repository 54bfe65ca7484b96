import sys, os, subprocess, zipfile, re, tempfile, html
cli = sys.argv[1]
P = ("The committee met in the spring and heard from many witnesses about the matter at hand, "
     "and it weighed what each of them said with care before it wrote its findings down for the record.")
def para(i): return P.replace("spring", "spring of year %d" % i)
cases = []
def case(name, text, refs):
    cases.append((name, text, refs))
def body(markers, fmt):
    out = []
    for i, m in enumerate(markers, 1):
        out.append(para(i).replace("heard from", "heard from%s" % fmt(m)) )
    return "\n\n".join(out)
W = ["alpha", "bravo", "charlie", "delta"]
def notes(fmt, n=4): return "\n\n".join(fmt(i, "Note %s about the %s source, printed in the old journal." % (W[i-1], W[i-1])) for i in range(1, n+1))
T = "THE MATTER AT HAND\n\nby Ann Writer\n\n"
case("brackets", T + body(range(1,5), lambda m: "[%d]" % m) + "\n\nNOTES\n\n" + notes(lambda i,t: "[%d] %s" % (i,t)), 4)
case("parens", T + body(range(1,5), lambda m: " (%d)" % m) + "\n\nNotes:\n\n" + notes(lambda i,t: "(%d) %s" % (i,t)), 4)
case("angle", T + body(range(1,5), lambda m: "<%d>" % m) + "\n\nFOOTNOTES\n\n" + notes(lambda i,t: "<%d> %s" % (i,t)), 4)
case("braces", T + body(range(1,5), lambda m: "{%d}" % m) + "\n\nNotes\n\n" + notes(lambda i,t: "{%d} %s" % (i,t)), 4)
case("caret", T + body(range(1,5), lambda m: "^%d" % m) + "\n\nNotes\n\n" + notes(lambda i,t: "%d. %s" % (i,t)), 4)
case("glued-dot", T + "\n\n".join(para(i).replace("down for the record.", "down for the record.%d" % i) for i in range(1,5)) + "\n\nNotes\n\n" + notes(lambda i,t: "%d. %s" % (i,t)), 4)
case("paren-list", T + body(range(1,5), lambda m: "(%d)" % m) + "\n\nENDNOTES\n\n" + notes(lambda i,t: "%d) %s" % (i,t)), 4)
case("bare-list", T + body(range(1,5), lambda m: "[%d]" % m) + "\n\nNotes\n\n" + notes(lambda i,t: "%d %s" % (i,t)), 4)
case("dash-list", T + body(range(1,5), lambda m: "[%d]" % m) + "\n\nENDNOTES\n\n" + notes(lambda i,t: "%d - %s" % (i,t)), 4)
case("letters", T + body("abcd", lambda m: "[%s]" % m) + "\n\nNotes\n\n" + "\n\n".join("[%s] Note %s about the source." % (c, W[k]) for k, c in enumerate("abcd")), 4)
case("star-after-para", T + "\n\n".join(para(i).replace("hand,", "hand*,") + "\n\n  * Note %s about the source of this." % W[i-1] for i in range(1,3)), 2)
case("note-word", T + body(range(1,5), lambda m: " (note %d)" % m) + "\n\nNotes\n\n" + notes(lambda i,t: "%d. %s" % (i,t)), 4)
case("references", T + body(range(1,5), lambda m: " [%d]" % m) + "\n\nREFERENCES\n\n" + "\n".join("[%d] Smith, J. %s studies. Journal of Things, %d." % (i, W[i-1].title(), 1980+i) for i in range(1,5)), 4)
case("two-essays", T + body(range(1,3), lambda m: "[%d]" % m) + "\n\nNotes\n\n" + notes(lambda i,t: "[%d] %s" % (i,t), 2)
     + "\n\n\nTHE SECOND ESSAY\n\n" + body(range(1,3), lambda m: "[%d]" % m).replace("committee", "council") + "\n\nNotes\n\n" + "\n\n".join("[%d] Second essay note %s." % (i, W[i+1]) for i in (1,2)), 4)
case("footnote-sep", T + body(range(1,5), lambda m: "[%d]" % m) + "\n\n----------\n" + "\n".join("[%d] %s" % (i, "Note %s about the source." % W[i-1]) for i in range(1,5)), 4)
case("sup-star-multi", T + para(1).replace("hand,", "hand*,").replace("witnesses", "witnesses**") + "\n\n" + para(2) + "\n\n* Note alpha about the first.\n** Note bravo about the second.", 2)
case("notes-indented", T + body(range(1,5), lambda m: "(%d)" % m) + "\n\n                                NOTES\n\n" + notes(lambda i,t: "     %d.  %s" % (i,t)), 4)
case("fn-label", T + body(range(1,5), lambda m: "[fn%d]" % m) + "\n\nNotes\n\n" + notes(lambda i,t: "[fn%d] %s" % (i,t)), 4)
case("superscript-unicode", T + body("¹²³⁴", lambda m: m) + "\n\nNotes\n\n" + notes(lambda i,t: "%s %s" % ("¹²³⁴"[i-1],t)), 4)
case("ref-numbered-note-heading", T + body(range(1,5), lambda m: "[%d]" % m) + "\n\nNOTES AND REFERENCES\n\n" + notes(lambda i,t: "%d. %s" % (i,t)), 4)

import textwrap
def wrap(t, w=68): return "\n".join(textwrap.wrap(t, w))
case("glued-mid", T + body(range(1,5), lambda m: "%d" % m).replace("heard from", "heard from") + "\n\nNotes\n\n" + notes(lambda i,t: "%d. %s" % (i,t)), 4)
case("per-chapter-restart", T + "CHAPTER I\n\n" + body(range(1,3), lambda m: "[%d]" % m) + "\n\nNotes\n\n" + notes(lambda i,t: "[%d] %s" % (i,t), 2) + "\n\nCHAPTER II\n\n" + body(range(1,3), lambda m: "[%d]" % m) + "\n\nNotes\n\n" + "\n\n".join("[%d] Chapter two note %s." % (i, W[i+1]) for i in (1,2)), 4)
case("star-bracket", T + para(1).replace("hand,", "hand [*],") + "\n\n" + para(2) + "\n\n[*] Note alpha about the first.", 1)
case("wrapped-notes", T + "\n\n".join(wrap(para(i).replace("heard from", "heard from (%d)" % i)) for i in range(1,5)) + "\n\nNOTES\n\n" + "\n\n".join(wrap("%d. Note %s about the %s source, printed in the old journal of the society in the year of the great flood, volume %d." % (i, W[i-1], W[i-1], i)) for i in range(1,5)), 4)
case("wrapped-notes-noblank", T + "\n\n".join(wrap(para(i).replace("heard from", "heard from (%d)" % i)) for i in range(1,5)) + "\n\nNOTES\n\n" + "\n".join(wrap("%d. Note %s about the %s source, printed in the old journal of the society in the year of the great flood, volume %d." % (i, W[i-1], W[i-1], i)) for i in range(1,5)), 4)
case("note-colon", T + body(range(1,5), lambda m: " (%d)" % m) + "\n\n" + notes(lambda i,t: "Note %d: %s" % (i,t)), 4)
case("footnote-word", T + body(range(1,5), lambda m: "[%d]" % m) + "\n\n" + notes(lambda i,t: "FOOTNOTE %d: %s" % (i,t)), 4)
case("star-num", T + body(range(1,5), lambda m: "*%d" % m) + "\n\nNotes\n\n" + notes(lambda i,t: "*%d %s" % (i,t)), 4)
case("sources", T + body(range(1,5), lambda m: " [%d]" % m) + "\n\nSOURCES\n\n" + notes(lambda i,t: "%d. %s" % (i,t)), 4)
case("pagefoot-ff", T + para(1).replace("heard from", "heard from(1)") + "\n\n" + para(2) + "\n\n_______________\n(1) Note alpha about the first source.\n\n\f\n" + para(3).replace("heard from", "heard from(2)") + "\n\n" + para(4) + "\n\n_______________\n(2) Note bravo about the second source.\n", 2)
case("refs-twodigit", T + body(range(8,14), lambda m: "[%d]" % m) + "\n\nNotes\n\n" + "\n\n".join("[%d] Note number %d about a source." % (i,i) for i in range(8,14)), 6)
case("html-ish-sup", T + body(range(1,5), lambda m: "<sup>%d</sup>" % m) + "\n\nNotes\n\n" + notes(lambda i,t: "%d. %s" % (i,t)), 4)

def pages(n_pages, per_page, restart, ff=True, pagenum=False, rule="_______________"):
    out = T; k = 0
    for pg in range(n_pages):
        labels = []
        ps = []
        for j in range(2):
            p = para(pg*2+j+1)
            if j < per_page:
                k += 1; lab = (j+1) if restart else k; labels.append(lab)
                p = p.replace("heard from", "heard from(%d)" % lab)
            ps.append(p)
        out += "\n\n".join(ps) + "\n\n" + rule + "\n" + "\n".join("(%d) Note %s on page %d." % (lab, W[(lab-1)%4], pg+1) for lab in labels) + "\n"
        if pagenum: out += "\n                                   - %d -\n" % (pg+1)
        out += "\n\f\n" if ff else "\n\n"
    return out
case("pagefoot-noff", pages(3, 1, False, ff=False), 3)
case("pagefoot-two", pages(3, 2, False), 6)
case("pagefoot-restart", pages(3, 2, True), 6)
case("pagefoot-pagenum", pages(3, 1, False, pagenum=True), 3)
case("pagefoot-dashes", pages(3, 1, False, rule="----------"), 3)

case("long-notes", T + body(range(1,4), lambda m: "[%d]" % m) + "\n\nNOTES\n\n" + "\n\n".join("[%d] Note %s first paragraph.\n\n" % (i, W[i-1]) + "\n\n".join("More of note %d, paragraph %d, which goes on." % (i, k) for k in range(2,9)) for i in range(1,4)), 3)
case("gap-numbering", T + body([1,2,4,5], lambda m: "[%d]" % m) + "\n\nNotes\n\n" + "\n\n".join("[%d] Note number %d." % (i,i) for i in [1,2,4,5]), 4)
case("cited-twice", T + body([1,2,1,3], lambda m: "[%d]" % m) + "\n\nNotes\n\n" + "\n\n".join("[%d] Note number %d." % (i,i) for i in [1,2,3]), 4)
case("many-notes", T + body(range(1,41), lambda m: "[%d]" % m) + "\n\nNotes\n\n" + "\n".join("[%d] Note number %d." % (i,i) for i in range(1,41)), 40)
case("group-refs", T + body(["1,2","3-4"], lambda m: "[%s]" % m) + "\n\nNotes\n\n" + "\n".join("[%d] Note number %d." % (i,i) for i in range(1,5)), 4)
case("paren-after-para", T + "\n\n".join(para(i).replace("heard from", "heard from (%d)" % i) + "\n\n(%d) Note number %d about this paragraph." % (i,i) for i in range(1,4)), 3)
case("enum-distractor", T + para(1).replace("hand,", "hand: (1) the first, (2) the second, and (3) the third,") + "\n\n" + body(range(1,4), lambda m: "[%d]" % m) + "\n\nNotes\n\n" + "\n".join("[%d] Note number %d." % (i,i) for i in range(1,4)), 3)
case("notes-then-footer", T + body(range(1,4), lambda m: "[%d]" % m) + "\n\n" + "\n".join("[%d] Note number %d." % (i,i) for i in range(1,4)) + "\n\n------------------------------------------\nDownloaded from the Example BBS 555-1212\n------------------------------------------\n", 3)
case("notes-then-bio", T + body(range(1,4), lambda m: "[%d]" % m) + "\n\nNotes\n\n" + "\n".join("%d. Note number %d." % (i,i) for i in range(1,4)) + "\n\nAnn Writer is a farmer and teacher who lives by the river with her family and writes about the valley.\n", 3)
case("unordered-notes", T + body([2,1,3], lambda m: "[%d]" % m) + "\n\nNotes\n\n" + "\n".join("[%d] Note number %d." % (i,i) for i in range(1,4)), 3)
case("star-bracket2", T + body(range(1,4), lambda m: "[*%d]" % m) + "\n\nNotes\n\n" + "\n".join("[*%d] Note number %d." % (i,i) for i in range(1,4)), 3)
case("hash-refs", T + body(range(1,4), lambda m: "#%d" % m) + "\n\nNotes\n\n" + "\n".join("#%d Note number %d." % (i,i) for i in range(1,4)), 3)
case("ref-space-bracket", T + body(range(1,4), lambda m: " [%d]" % m) + "\n\nNotes\n\n" + "\n".join(" %d. Note number %d." % (i,i) for i in range(1,4)), 3)
case("endnote-heading-caps-dash", T + body(range(1,4), lambda m: "(%d)" % m) + "\n\n--- NOTES ---\n\n" + "\n".join("(%d) Note number %d." % (i,i) for i in range(1,4)), 3)

# A typist's spacing and doubled marks (second battery): "[ 1 ]", "[1 ]", "( 1 )", "[1.]", "[endnote 1]";
# "((1))", "[[1]]" and "/1/" are known failures (the last is a date's shape too).
for name, ref, head, mark in [
    ("spaced-brackets", " [ %d ]", "NOTES", "[ %d ]"), ("spaced-parens", " ( %d )", "NOTES", "( %d )"),
    ("bracket-trailing-space", "[%d ]", "NOTES", "[%d]"), ("dot-in-brackets", "[%d.]", "NOTES", "%d."),
    ("double-parens", "((%d))", "NOTES", "((%d))"), ("double-brackets", "[[%d]]", "NOTES", "[[%d]]"),
    ("slashes", "/%d/", "NOTES", "/%d/"), ("n-dot", " (n. %d)", "NOTES", "%d."), ("glued-paren-close", "%d)", "NOTES", "%d)"),
    ("ref-word", " (Ref %d)", "REFERENCES", "%d."), ("endnote-word", " [endnote %d]", "ENDNOTES", "%d."),
    ("brackets-notes-parens", " [%d]", "Notes", "(%d)"), ("footnotes-dashes", "[%d]", "--- Footnotes ---", "[%d]"),
    ("notes-colon-number", "[%d]", "NOTES:", "%d:"), ("sources-heading", "[%d]", "SOURCES", "%d."),
    ("bibliography", " [%d]", "BIBLIOGRAPHY", "[%d]"), ("citations-heading", " (%d)", "CITATIONS", "%d.")]:
    case(name, T + body(range(1,5), lambda m, ref=ref: ref % m) + "\n\n" + head + "\n\n" + notes(lambda i, t, mark=mark: (mark % i) + " " + t), 4)
case("wrapped-notes", T + body(range(1,5), lambda m: "[%d]" % m) + "\n\nNotes\n\n" + "\n".join("[%d] Note %s about the %s source, printed in the old journal of\n    the valley society, volume %d." % (i, W[i-1], W[i-1], i) for i in range(1,5)), 4)

# Third part: a note's number on a line of its own, a page cited in parentheses; known failures:
# Markdown's "[^1]", roman numerals in brackets, a bare "see note 1", "1 ." and lettered "(a)" notes.
R = ["i", "ii", "iii", "iv"]
case("number-alone-line", T + body(range(1,5), lambda m: "[%d]" % m) + "\n\nNOTES\n\n" + "\n\n".join("%d\n   Note %s about the source, printed in the old journal." % (i, W[i-1]) for i in range(1,5)), 4)
case("note-named-alone", T + body(range(1,5), lambda m: "[%d]" % m) + "\n\nNOTES\n\n" + "\n\n".join("NOTE %d\n\nNote %s about the source, printed in the old journal." % (i, W[i-1]) for i in range(1,5)), 4)
case("paren-page", T + body(range(1,5), lambda m: " (%d, p. 4%d)" % (m, m)) + "\n\nNOTES\n\n" + notes(lambda i, t: "%d. %s" % (i, t)), 4)
case("markdown", T + body(range(1,5), lambda m: "[^%d]" % m) + "\n\n" + "\n".join("[^%d]: Note number %d." % (i, i) for i in range(1,5)), 4)
case("roman-brackets", T + body(R, lambda m: "[%s]" % m) + "\n\nNOTES\n\n" + notes(lambda i, t: "[%s] %s" % (R[i-1], t)), 4)
case("see-note-bare", T + body(range(1,5), lambda m: ", see note %d," % m) + "\n\nNOTES\n\n" + notes(lambda i, t: "%d. %s" % (i, t)), 4)
case("spaced-label-dot", T + body(range(1,5), lambda m: "[%d]" % m) + "\n\nNOTES\n\n" + notes(lambda i, t: "%d . %s" % (i, t)), 4)
case("paren-letters", T + body("abcd", lambda m: "(%s)" % m) + "\n\nNOTES\n\n" + notes(lambda i, t: "(%s) %s" % ("abcd"[i-1], t)), 4)

# Fourth part: a typist's marks after the note's number; known failures: a numbered note after each
# paragraph that cites it with "[1]", a bare number after a sentence's stop and a space ("record. 1").
for name, mark in [("label-dot-paren", "%d.)"), ("label-paren-dot", "(%d.)"), ("label-bracket-colon", "[%d]:"), ("label-dot-dash", "%d.-")]:
    ref = "(%d)" if mark.startswith("(") else "[%d]"
    case(name, T + body(range(1,5), lambda m, ref=ref: ref % m) + "\n\nNOTES\n\n" + notes(lambda i, t, mark=mark: (mark % i) + " " + t), 4)
case("after-para-dot", T + "\n\n".join(para(i).replace("heard from", "heard from[%d]" % i) + "\n\n%d. Note number %d about this." % (i, i) for i in range(1,5)), 4)
case("spaced-after-stop", T + "\n\n".join(para(i).replace("for the record.", "for the record. %d" % i) for i in range(1,5)) + "\n\nNOTES\n\n" + notes(lambda i, t: "%d. %s" % (i, t)), 4)

# Fifth part: a reference named in words that a hard-wrapped text's line cuts before its number
# ("(footnote" / "1) many …"), and notes named "Endnote 1:".
case("named-ref-cut", T + "\n\n".join(wrap(para(i).replace("heard from", "heard from (footnote %d)" % i), 66) for i in range(1,5)) + "\n\nNOTES\n\n" + notes(lambda i, t: "%d. %s" % (i, t)), 4)
case("endnote-named", T + body(range(1,5), lambda m: " (endnote %d)" % m) + "\n\nENDNOTES\n\n" + notes(lambda i, t: "Endnote %d: %s" % (i, t)), 4)

bad = 0
for name, text, want in cases:
    d = tempfile.mkdtemp()
    src = os.path.join(d, name + ".txt"); out = os.path.join(d, name + ".epub")
    open(src, "w").write(text + "\n")
    r = subprocess.run(cli.split() + ["convert", src, "-o", out, "-q"], capture_output=True, text=True)
    if r.returncode != 0: print("FAIL", name, r.stderr[:200]); bad += 1; continue
    z = zipfile.ZipFile(out)
    docs = {n: z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml")}
    ids = {}
    for n, x in docs.items():
        for m in re.finditer(r'\bid="([^"]+)"[^>]*>', x):
            ids[(os.path.basename(n), m.group(1))] = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", x[m.end():m.end()+400]))
    links = []
    for n, x in docs.items():
        for m in re.finditer(r'<a href="([^"#]*)#([^"]+)"[^>]*epub:type="noteref"[^>]*>(.*?)</a>', x, re.S):
            f = m.group(1) or os.path.basename(n)
            links.append((re.sub(r"<[^>]+>", "", m.group(3)), ids.get((os.path.basename(f), m.group(2)), "?")[:60].strip()))
    body_paras = sum(len(re.findall(r"<p>[^<]*The committee met", x)) for n, x in docs.items() if "endnotes" not in n)
    want_paras = text.count("The committee met")
    if body_paras != want_paras: print("   text paragraphs in the body %d of %d" % (body_paras, want_paras))
    ok = len(links) == want and body_paras == want_paras
    if not ok: bad += 1
    print("%-26s %s links %d/%d  %s" % (name, "ok " if ok else "BAD", len(links), want, "; ".join("%s->%s" % (a, html.unescape(b)[:30]) for a, b in links[:4])))
print("bad %d of %d" % (bad, len(cases)))
