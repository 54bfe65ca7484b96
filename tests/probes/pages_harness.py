"""Shared harness of the pages batteries (pages_battery_probe.py, pages_battery2_probe.py).

A battery fills the prose bank B (B.update({...})), declares its cases with case(...), using p(),
frag() and doc() to build its pages, and ends with
    if __name__ == "__main__":
        main(__doc__, "hb-")             # or main(__doc__, "hb2-", workers=4) for parallel runs
main() reads the battery's command line:  "CLI" [--only NAME] [--keep DIR]
Each case is converted with `CLI convert PAGE.html -o OUT.epub -q --no-cover`; check() compares the
book's headings (in order; the title on the title page is not one; an expected entry may be a
tuple of acceptable forms), the lines that are no headings, dc:title (a tuple: any of them) and
dc:creator, the site's debris (which may stay only in colophon.xhtml), the words that must stand
in the title or a heading (somewhere=), and the text that must stay, in the order given (keep=).
Prints one line per failing check and `N/M cases hold` last."""
import sys, os, re, html, zipfile, subprocess, tempfile, unicodedata
from concurrent.futures import ThreadPoolExecutor

# ---------------------------------------------------------------------------------------------
# Prose bank (paragraphs of the battery's own, by topic; each battery fills it) and page builders
# ---------------------------------------------------------------------------------------------
B = {}

def p(key, *idx, tag="<p>{}</p>"):
    return "\n".join(tag.format(html.escape(B[key][i], quote=False)) for i in idx) + "\n"

def frag(key, i, n=7):
    """A distinctive run of words from a bank paragraph, for keep checks."""
    return " ".join(B[key][i].split()[:n])

def doc(body, title="", head="", doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">'):
    return f"{doctype}\n<html>\n<head>\n<title>{title}</title>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n"

CASES = {}
def case(name, page, headings=None, not_headings=(), title=None, title_contains=None, author=None,
         debris=(), keep=(), optional=(), author_not=(), somewhere=()):
    """title may be a tuple of acceptable titles; somewhere: words that must stand in the title or in a heading."""
    assert name not in CASES, name
    CASES[name] = dict(page=page, headings=headings, not_headings=list(not_headings), title=title,
                       title_contains=title_contains, author=author, debris=list(debris), keep=list(keep),
                       optional=list(optional), author_not=list(author_not), somewhere=list(somewhere))

# ---------------------------------------------------------------------------------------------
# Checking (headings and titles may offer alternative forms, and the kept text must come in the
# order given)
# ---------------------------------------------------------------------------------------------
def norm_soft(s):
    s = unicodedata.normalize("NFKC", html.unescape(s))
    s = s.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-", "\u00a0": " "}))
    return re.sub(r"\s+", " ", s).strip()

def key(s):
    """Loose form for comparing headings, titles and kept text: letters and digits, casefolded."""
    s = unicodedata.normalize("NFKD", norm_soft(s)).casefold()
    return " ".join(re.findall(r"[^\W_]+", s))

def text_of(x):
    x = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", x, flags=re.S)
    return norm_soft(re.sub(r"<[^>]+>", " ", x))

LABEL = r"(?i)(chapter|part|book|act|letter|section|canto)\s+[ivxlc\d]+\.?|[ivxlc]+\.?"

def read_book(path):
    z = zipfile.ZipFile(path)
    names = z.namelist()
    opf = z.read([n for n in names if n.endswith(".opf")][0]).decode("utf-8")
    titles = {i: text_of(t) for i, t in re.findall(r'<dc:title(?: id="([^"]*)")?[^>]*>(.*?)</dc:title>', opf, re.S)}
    creators = [text_of(t) for t in re.findall(r"<dc:creator[^>]*>(.*?)</dc:creator>", opf, re.S)]
    manifest = dict(re.findall(r'<item [^>]*?id="([^"]+)"[^>]*?href="([^"]+)"', opf))
    manifest.update({i: h for h, i in re.findall(r'<item [^>]*?href="([^"]+)"[^>]*?id="([^"]+)"', opf)})
    base = os.path.dirname([n for n in names if n.endswith(".opf")][0])
    spine = [os.path.join(base, manifest[i]).replace("\\", "/") for i in re.findall(r'<itemref [^>]*idref="([^"]+)"', opf) if i in manifest]
    xhtml = spine + [n for n in names if n.endswith(".xhtml") and n not in spine]
    headings, text, tp = [], [], ""
    for n in xhtml:
        b = os.path.basename(n)
        if b in ("colophon.xhtml", "toc.xhtml", "cover.xhtml"): continue
        src = z.read(n).decode("utf-8")
        body = src[src.find("<body"):]
        if b == "titlepage.xhtml":
            tp = text_of(body); continue
        text.append(text_of(body))
        if b == "endnotes.xhtml": continue
        # A bare label heading ("CHAPTER I.", "ACT II.", "VI") set directly over its title in a second
        # heading element is one heading: "CHAPTER I. THE LAMP".
        prev_end, prev_label = -1, False
        for m in re.finditer(r"<h([1-6])[^>]*>(.*?)</h\1>", body, re.S):
            t = text_of(m.group(2))
            if prev_label and not text_of(body[prev_end:m.start()]) and not re.match(r"(?i)(scene|chapter|part|book|act|letter|section)\b", t):
                headings[-1] = headings[-1] + " " + t; prev_label = False
            else:
                headings.append(t)
                prev_label = bool(re.fullmatch(LABEL, t))
            prev_end = m.end()
    return titles, creators, headings, " \n ".join(text), tp

def alts(h):
    return h if isinstance(h, tuple) else (h,)

def check(name, c, cli, keepdir=None, tmp_prefix="hb-", ordered=True, label_title=True, subtitle=True):
    """The failures of one case. ordered: the kept text must come in the order given (else only
    be there); label_title: a first heading that is the title under a label ("Chapter 5", "VI"),
    or a bare label, is the title page's too; subtitle: title failures show the subtitle found."""
    d = keepdir or tempfile.mkdtemp(prefix=tmp_prefix)
    src, out = os.path.join(d, name + ".html"), os.path.join(d, name + ".epub")
    with open(src, "w", encoding="utf-8") as f: f.write(c["page"])
    r = subprocess.run(cli.split() + ["convert", src, "-o", out, "-q", "--no-cover"], capture_output=True, text=True)
    if r.returncode != 0 or not os.path.exists(out):
        return [f"{name}: convert failed (rc {r.returncode}): {r.stderr.strip()[:200]}"]
    titles, creators, heads, body, tp = read_book(out)
    title = titles.get("title") or next(iter(titles.values()), "")
    forms = {key(t) for t in titles.values()}
    if "subtitle" in titles: forms.add(key(title + " " + titles["subtitle"]))
    fails, all_heads = [], list(heads)
    # The title page's title, if the text repeats it as its first heading (alone or under a label
    # such as "Chapter 5" or "VI"), is not counted.
    if heads:
        h0 = key(heads[0]); bare = key(re.sub(r"^\s*(?:(?:chapter|part|book)\s+)?(?:[ivxlc]+|\d+)\b[.:]?\s*", "", heads[0], flags=re.I))
        if h0 in forms or any(h0 == key(t) for t in alts(c["title"] or ())) or (label_title and bare != h0 and (not bare or bare in forms or
                (c["title_contains"] and bare == key(c["title_contains"])))):
            heads = heads[1:]
    opt = {key(o) for o in c["optional"]}
    found = [h for h in heads if key(h) not in opt]
    want = c["headings"]
    if want is not None and (len(found) != len(want) or any(key(f) not in {key(a) for a in alts(w)} for f, w in zip(found, want))):
        fails.append(f"{name}: headings expected {[alts(w)[0] for w in want]} found {found}")
    for nh in c["not_headings"]:
        if any(key(nh) == key(h) or (len(key(nh)) > 3 and key(nh) in key(h) and len(key(h)) < len(key(nh)) + 12) for h in heads):
            fails.append(f"{name}: not a heading {nh!r}, found headings {heads}")
    sub = f" / {titles['subtitle']!r}" if subtitle and "subtitle" in titles else ""
    if c["title"] is not None and not any(key(t) in forms for t in alts(c["title"])):
        fails.append(f"{name}: title expected {' or '.join(map(repr, alts(c['title'])))} found {title!r}" + sub)
    if c["title_contains"] is not None and not any(key(c["title_contains"]) in f for f in forms):
        fails.append(f"{name}: title expected to contain {c['title_contains']!r} found {title!r}" + sub)
    if c["author"] is not None:
        w = set(key(c["author"]).split())
        if not any(w <= set(key(a).split()) and len(key(a).split()) <= len(w) + 2 for a in creators):
            fails.append(f"{name}: author expected {c['author']!r} found {creators}")
    for bad in c["author_not"]:
        if any(key(bad) in key(a) for a in creators):
            fails.append(f"{name}: author should not be {bad!r}, found {creators}")
    low = norm_soft(tp + " \n " + body).casefold()
    for db in c["debris"]:
        if norm_soft(db).casefold() in low:
            i = low.find(norm_soft(db).casefold())
            fails.append(f"{name}: debris left {db!r}: ...{norm_soft(tp + ' ' + body)[max(0, i - 40):i + len(db) + 40]}...")
    kb, pos = key(body), 0
    for w in c["somewhere"]:
        if not any(key(w) in key(h) for h in all_heads) and not any(key(w) in f for f in forms):
            fails.append(f"{name}: {w!r} neither in the title nor in a heading")
    for k in c["keep"]:
        i = kb.find(key(k), pos if ordered else 0)
        if i >= 0:
            pos = i + len(key(k))
        elif key(k) in kb:
            fails.append(f"{name}: text out of order {k!r}")
        else:
            fails.append(f"{name}: text lost {k!r}")
    return fails

def main(doc=__doc__, tmp_prefix="hb-", workers=1, **opts):
    """Run the declared cases; doc is the battery's usage text, tmp_prefix names its scratch folders,
    workers > 1 converts that many pages at once (the lines still come in the cases' order);
    opts (ordered, label_title, subtitle) go to check()."""
    args = sys.argv[1:]
    if not args:
        print(doc); sys.exit(2)
    cli, only, keepdir = args[0], None, None
    if "--only" in args: only = args[args.index("--only") + 1]
    if "--keep" in args:
        keepdir = args[args.index("--keep") + 1]; os.makedirs(keepdir, exist_ok=True)
    names = [n for n in CASES if only is None or n == only]
    if not names:
        print(f"no case named {only!r}"); sys.exit(2)
    run = lambda n: check(n, CASES[n], cli, keepdir, tmp_prefix, **opts)
    if workers > 1:
        with ThreadPoolExecutor(max_workers=workers) as ex:
            results = list(ex.map(run, names))
    else:
        results = map(run, names)  # one at a time, each case's lines printed as it ends
    hold = 0
    for fails in results:
        for f in fails: print(f)
        hold += not fails
    print(f"{hold}/{len(names)} cases hold")
