"""Shared harness of the credits batteries (credits_battery_probe.py, credits_battery2_probe.py).

A battery builds its texts with C(), R(), W(), body() and lines(), declares its cases with
case(...) and ends with
    if __name__ == "__main__":
        sys.exit(main(__doc__, "credits-battery2"))
main() reads the battery's command line:  "CLI" [--only A,B] [--dir DIR] [--jobs N] [--list]
[-v] [--show NAME]. Each case's text is converted with `CLI convert IN.txt -o OUT.epub` (plus
convert_args) and check() compares dc:title / dc:creator in the book's OPF with the case's
expectations. Prints one line per failing check and `N/M cases hold` last.

Checks per case
  titles          acceptable titles, compared normalised (case, whitespace,
                  quote and dash styles, surrounding quotes, a trailing
                  period); met by the main dc:title or the expanded title
                  ("Main: Subtitle"). Nothing else may be appended.
  title_re        alternatively a regular expression (full match) over the
                  normalised title
  no_title        the text has no title: only the file's own name (as the
                  converter falls back to it) or "Untitled" is accepted
  title_excludes  strings that must not appear in any dc:title; the expected
                  authors' names are added unless name_in_title_ok
  creators        expected authors (dc:creator with role aut or no role); each
                  item is a name or a tuple of acceptable forms; [] = the text
                  names no author, so any author is a failure; None = no check.
                  Names compare loosely: case, punctuation, a leading "by".
  creators_any    alternatively a list of acceptable author lists
  any_role        every dc:creator counts as an author, whatever its role
  others_ok       names allowed as dc:creator with another role (trl, edt ...)

A battery's own ways are main()'s options: title_norm (norm_title_strict keeps dashes apart
and the quotes round a title), title_re_match (re.search: title_re need match only a part),
convert_args, the name column's width (col) and the scratch folder's name (dir_name).
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile
import textwrap
import xml.etree.ElementTree as ET
import zipfile

WIDTH = 72


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------
def C(line, width=WIDTH):
    """A centred line."""
    return line.center(width).rstrip()


def R(line, width=WIDTH):
    """A right-aligned line."""
    return line.rjust(width)


def W(par, width=WIDTH, indent=0, first=None):
    """Wrap one paragraph."""
    first = indent if first is None else first
    return textwrap.fill(" ".join(par.split()), width=width,
                         initial_indent=" " * first,
                         subsequent_indent=" " * indent)


def body(*pars, style="blank", width=WIDTH):
    """Paragraphs: 'blank' = separated by blank lines, 'indent' = first line
    indented five spaces, no blank lines between (older BBS style)."""
    if style == "indent":
        return "\n".join(W(p, width, 0, 5) for p in pars)
    return "\n\n".join(W(p, width) for p in pars)


def lines(*ls):
    return "\n".join(ls)


# --------------------------------------------------------------------------
# the cases
# --------------------------------------------------------------------------
CASES = []


def case(name, text, **kw):
    kw.setdefault("titles", None)
    kw.setdefault("title_re", None)
    kw.setdefault("no_title", False)
    kw.setdefault("title_excludes", [])
    kw.setdefault("creators", None)
    kw.setdefault("creators_any", None)
    kw.setdefault("others_ok", [])
    kw.setdefault("any_role", False)
    kw.setdefault("name_in_title_ok", False)
    kw.setdefault("note", "")
    CASES.append(dict(name=name, text=text.rstrip("\n") + "\n", **kw))


# --------------------------------------------------------------------------
# checking
# --------------------------------------------------------------------------
NS = {"opf": "http://www.idpf.org/2007/opf",
      "dc": "http://purl.org/dc/elements/1.1/"}

QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
          "\u00bb": '"', "\u00a0": " ", "`": "'"}

# the curly quotes and the no-break space only (norm_title_strict)
QUOTES_STRICT = {ch: QUOTES[ch] for ch in "\u2018\u2019\u201c\u201d\u00a0"}


def norm_title(s):
    s = "".join(QUOTES.get(ch, ch) for ch in s)
    s = s.replace("''", '"')
    # every dash style, spaced or not, compares as one hyphen
    s = re.sub(r"\s*(--|-|\u2014|\u2013|\u2012|\u2010|\u2011|\u2212)\s*", "-", s)
    s = " ".join(s.split()).lower().strip()
    # surrounding quotes and a trailing period are the title's dress, not its words
    for _ in range(2):
        s = s.rstrip(".").strip()
        if len(s) > 1 and s[0] in "\"'" and s[-1] in "\"'":
            s = s[1:-1].strip()
    return s


def norm_title_strict(s):
    """The first battery's normalisation: curly quotes, whitespace, case, a
    trailing period; a spaced or doubled dash reads ' - ', a bare hyphen stays."""
    s = "".join(QUOTES_STRICT.get(ch, ch) for ch in s)
    s = re.sub(r"\s*(--|\u2014|\u2013)\s*", " - ", s)
    s = " ".join(s.split()).lower()
    return s.rstrip(".").strip()


def norm_name(s):
    s = "".join(QUOTES.get(ch, ch) for ch in s).lower().strip()
    s = re.sub(r"^by\b[:\s]*", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def read_opf(epub_path):
    with zipfile.ZipFile(epub_path) as z:
        names = z.namelist()
        opf_name = "EPUB/content.opf"
        if opf_name not in names:
            opf_name = next(n for n in names if n.endswith(".opf"))
        root = ET.fromstring(z.read(opf_name))
    md = root.find("opf:metadata", NS)
    refines = {}
    for m in md.findall("opf:meta", NS):
        ref = m.get("refines")
        if ref and m.get("property"):
            refines.setdefault(ref.lstrip("#"), {})[m.get("property")] = \
                (m.text or "").strip()
    titles = []
    for t in md.findall("dc:title", NS):
        ttype = refines.get(t.get("id") or "", {}).get("title-type", "")
        titles.append(((t.text or "").strip(), ttype))
    creators = []
    for c in md.findall("dc:creator", NS):
        role = refines.get(c.get("id") or "", {}).get("role", "")
        role = role or c.get("{http://www.idpf.org/2007/opf}role", "")
        creators.append(((c.text or "").strip(), role))
    return titles, creators


def match_names(expected, found):
    """expected: list of names or tuples of alternatives; found: list."""
    left = [norm_name(f) for f in found]
    if len(left) != len(expected):
        return False
    for e in expected:
        alts = e if isinstance(e, tuple) else (e,)
        alts = {norm_name(a) for a in alts}
        hit = next((i for i, f in enumerate(left) if f in alts), None)
        if hit is None:
            return False
        left.pop(hit)
    return True


def show_names(exp):
    return "[" + ", ".join(" | ".join(e) if isinstance(e, tuple) else e
                           for e in exp) + "]"


def check(c, titles, creators, title_norm=norm_title, title_re_match=re.fullmatch):
    fails = []
    main = next((t for t, k in titles if k == "main"),
                titles[0][0] if titles else "")
    expanded = next((t for t, k in titles if k == "expanded"), None)
    cands = [main] + ([expanded] if expanded else [])
    found_title = main + (" || expanded: " + expanded if expanded else "")
    if c["titles"] is not None:
        ok = {title_norm(t) for t in c["titles"]}
        if not any(title_norm(t) in ok for t in cands):
            fails.append(("title", " | ".join(c["titles"]), found_title))
    if c["title_re"] is not None:
        if not any(title_re_match(c["title_re"], title_norm(t)) for t in cands):
            fails.append(("title", "/%s/" % c["title_re"], found_title))
    if c["no_title"]:
        stem = c["name"]
        ok = {title_norm(x) for x in (stem, stem.replace("_", " "),
                                      stem.replace("_", "-"), "untitled", "")}
        if title_norm(main) not in ok:
            fails.append(("title", "none (the file name or 'Untitled')",
                          found_title))
    bads = list(c["title_excludes"])
    if not c["name_in_title_ok"]:
        # an author's name belongs in dc:creator, not in the title/subtitle
        for e in (c["creators"] or []) + [n for o in (c["creators_any"] or [])
                                          for n in o]:
            bads.append(e[0] if isinstance(e, tuple) else e)
    hits = []
    for bad in dict.fromkeys(bads):
        t = next((t for t, _ in titles if bad.lower() in t.lower()), None)
        if t is not None:
            hits.append((bad, t))
    if hits:
        fails.append(("title-excludes",
                      "none of %s in a dc:title" % ", ".join(repr(b) for b, _ in hits),
                      " || ".join(dict.fromkeys(t for _, t in hits))))
    for t, _ in titles:
        if re.search(r"\s{3,}|[\t\n]", t):
            fails.append(("title-spacing", "no run of spaces in a dc:title",
                          repr(t)))
            break
    if c["any_role"]:
        authors = [n for n, _ in creators]
        others = []
    else:
        authors = [n for n, r in creators if r in ("", "aut")]
        others = [(n, r) for n, r in creators if r not in ("", "aut")]
    if c["creators"] is not None:
        if not match_names(c["creators"], authors):
            fails.append(("creator", show_names(c["creators"]),
                          "[" + ", ".join(authors) + "]"))
    if c["creators_any"] is not None:
        if not any(match_names(opt, authors) for opt in c["creators_any"]):
            fails.append(("creator", " or ".join(show_names(o) for o in
                                                  c["creators_any"]),
                          "[" + ", ".join(authors) + "]"))
    okset = {norm_name(n) for n in c["others_ok"]}
    for n, r in others:
        if norm_name(n) not in okset:
            fails.append(("creator-other", "no such creator",
                          "%s (role %s)" % (n, r)))
    return fails


def run_case(cli, outdir, c, verbose=False, convert_args=("-q", "--no-cover"),
             col=36, **opts):
    src = os.path.join(outdir, c["name"] + ".txt")
    dst = os.path.join(outdir, c["name"] + ".epub")
    with open(src, "w", encoding="utf-8") as f:
        f.write(c["text"])
    if os.path.exists(dst):
        os.remove(dst)
    cmd = shlex.split(cli) + ["convert", src, "-o", dst] + list(convert_args)
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if p.returncode != 0 or not os.path.exists(dst):
        return [("convert", "exit 0 and a book",
                 "exit %d: %s" % (p.returncode,
                                  (p.stderr or p.stdout).strip()[:200]))]
    try:
        titles, creators = read_opf(dst)
    except Exception as e:  # noqa: BLE001
        return [("opf", "readable content.opf", repr(e))]
    if verbose:
        print("%-*s titles=%r creators=%r" % (col, c["name"], titles, creators))
    return check(c, titles, creators, **opts)


def main(doc, dir_name, col=36, **opts):
    """Run the declared cases; returns the exit code. doc is the battery's docstring (its first
    line describes the command), dir_name the scratch folder's default name under /tmp, col the
    width of the case-name column; opts (convert_args, title_norm, title_re_match) go to
    run_case() and check()."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("cli", help='converter command, e.g. "dotnet /path/to/epub.dll"')
    ap.add_argument("--only", help="comma-separated case names")
    ap.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), dir_name))
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--list", action="store_true", help="list cases and exit")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print what was found for every case")
    ap.add_argument("--show", help="print one case's text and exit")
    a = ap.parse_args()

    if a.list:
        for c in CASES:
            print("%-*s %s" % (col + 2, c["name"], c["note"]))
        return 0
    if a.show:
        c = next(c for c in CASES if c["name"] == a.show)
        sys.stdout.write(c["text"])
        return 0

    names = [c["name"] for c in CASES]
    dup = {n for n in names if names.count(n) > 1}
    assert not dup, dup
    cases = CASES
    if a.only:
        want = set(a.only.split(","))
        unknown = want - set(names)
        if unknown:
            print("unknown case(s): %s" % ", ".join(sorted(unknown)))
            return 2
        cases = [c for c in CASES if c["name"] in want]
    os.makedirs(a.dir, exist_ok=True)

    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(lambda c: run_case(a.cli, a.dir, c, a.verbose,
                                                 col=col, **opts),
                              cases))

    held = 0
    for c, fails in zip(cases, results):
        if not fails:
            held += 1
            continue
        for kind, exp, found in fails:
            print("FAIL %-*s %-14s expected: %s | found: %s"
                  % (col, c["name"], kind, exp, found))
    print("%d/%d cases hold" % (held, len(cases)))
    return 0 if held == len(cases) else 1
