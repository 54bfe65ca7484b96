"""Shared harness of the notes batteries (notes_battery_probe.py, notes_battery2_probe.py).

A battery script declares its cases with case(...) and ends with
    if __name__ == '__main__':
        main(__doc__, 'notes-battery-')
main() reads the battery's command line:  "CMD" [--only NAME] [--keep DIR]
Each case is converted with `CMD convert IN -o OUT.epub`; check() then looks at
  * the number of note-reference links in the body (epub:type noteref / doc-noteref),
  * for each link, in reading order, that its target note begins with that note's own words,
  * that each reference link has a backlink from its note,
  * strings that must stay in the body as plain text (keep=),
  * strings that must stay somewhere in the book (present=, and every expected note),
  * strings a given note must hold (contains=) or must not hold (absent=),
  * that no linked note's text is also left behind in the body text.
Prints one line per failing check and ends with `N/M cases hold`.
"""
import os, re, shlex, subprocess, sys, tempfile, unicodedata, zipfile, posixpath
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor

XHTML = '{http://www.w3.org/1999/xhtml}'
OPS = '{http://www.idpf.org/2007/ops}'
OPF = '{http://www.idpf.org/2007/opf}'

CASES = []


def case(name, text, refs=None, ext='txt', keep=(), present=(), contains=None,
         by_label=None, reach=(), count=None, title=None, absent=None):
    """refs: first words of the right note, one per expected reference link, in reading order.
    by_label/reach/count: for ranges and lists, where the number of links may fairly vary:
      by_label maps the number shown in a link to the first words of its note,
      reach lists notes that some link must reach, count is (min, max) links.
    absent: {i: text} -- the note of the i-th reference must not hold text (what follows the notes)."""
    CASES.append(dict(name=name, text=text, refs=refs, ext=ext, keep=list(keep),
                      present=list(present), contains=contains or {},
                      by_label=by_label, reach=list(reach), count=count, absent=absent or {}))


# ---------------------------------------------------------------- text helpers
def norm(s):
    s = unicodedata.normalize('NFKC', s)
    for a, b in (('\u2018', "'"), ('\u2019', "'"), ('\u201c', '"'), ('\u201d', '"'),
                 ('\u2013', '-'), ('\u2014', '-'), ('\u2212', '-'), ('\u00a0', ' '),
                 ('\u2026', '...'), ('\u00ad', ''), ('\u200b', '')):
        s = s.replace(a, b)
    s = re.sub(r'-{2,}', '-', s)
    s = re.sub(r'\s+', ' ', s)
    return s.strip()


def low(s):
    return norm(s).lower()


def etype(el):
    return (el.get(OPS + 'type') or '') + ' ' + (el.get('role') or '')


def is_noteref(el):
    if el.tag != XHTML + 'a':
        return False
    t = etype(el)
    return 'noteref' in t


def is_backlink(el):
    return el.tag == XHTML + 'a' and ('backlink' in etype(el))


def is_note_container(el):
    t = etype(el)
    return any(k in t for k in ('footnote', 'endnote', 'rearnote', 'doc-endnotes', 'doc-footnote'))


def render(el, skip_notes=True, marks=True):
    """Text of el; noterefs shown as ⟦label⟧; note containers skipped when skip_notes."""
    out = []

    def walk(e):
        if skip_notes and is_note_container(e):
            out.append(' ')
            if e.tail:
                out.append(e.tail)
            return
        if e.tag in (XHTML + 'nav',):
            if e.tail:
                out.append(e.tail)
            return
        if is_noteref(e) and marks:
            out.append('\u27e6' + ''.join(e.itertext()) + '\u27e7')
        elif is_backlink(e):
            pass
        else:
            if e.tag in (XHTML + 'p', XHTML + 'li', XHTML + 'div', XHTML + 'h1', XHTML + 'h2',
                         XHTML + 'h3', XHTML + 'h4', XHTML + 'br', XHTML + 'tr', XHTML + 'section',
                         XHTML + 'blockquote', XHTML + 'pre', XHTML + 'aside', XHTML + 'dt', XHTML + 'dd'):
                out.append(' ')
            if e.text:
                out.append(e.text)
            for c in e:
                walk(c)
            if e.tag in (XHTML + 'p', XHTML + 'li', XHTML + 'div'):
                out.append(' ')
        if e.tail:
            out.append(e.tail)

    walk(el)
    return ''.join(out)


class Book:
    def __init__(self, path):
        self.z = zipfile.ZipFile(path)
        self.docs = {}
        cont = ET.fromstring(self.z.read('META-INF/container.xml'))
        opf_path = [e.get('full-path') for e in cont.iter() if e.get('full-path')][0]
        self.base = posixpath.dirname(opf_path)
        opf = ET.fromstring(self.z.read(opf_path))
        manifest = {i.get('id'): i for i in opf.iter(OPF + 'item')}
        self.spine = []
        for ir in opf.iter(OPF + 'itemref'):
            it = manifest[ir.get('idref')]
            if 'nav' in (it.get('properties') or ''):
                continue
            self.spine.append(posixpath.join(self.base, it.get('href')))
        for n in self.z.namelist():
            if n.endswith(('.xhtml', '.html', '.htm')):
                try:
                    self.docs[n] = ET.fromstring(self.z.read(n))
                except ET.ParseError as ex:
                    raise RuntimeError('unparsable %s: %s' % (n, ex))

    def body_docs(self):
        for n in self.spine:
            root = self.docs.get(n)
            if root is None:
                continue
            body = root.find(XHTML + 'body')
            t = etype(body)
            if 'bodymatter' in t or ('frontmatter' not in t and 'backmatter' not in t and 'cover' not in t):
                if root.find('.//*[@id="endnotes"]') is not None and 'bodymatter' not in t:
                    continue
                yield n, body

    def find_id(self, docname, frag):
        root = self.docs.get(docname)
        if root is None:
            return None
        for e in root.iter():
            if e.get('id') == frag:
                return e
        return None

    def resolve(self, fromdoc, href):
        if '#' not in href:
            return None, None, None
        f, frag = href.split('#', 1)
        d = posixpath.normpath(posixpath.join(posixpath.dirname(fromdoc), f)) if f else fromdoc
        return d, frag, self.find_id(d, frag)

    def all_text(self):
        return norm(' '.join(render(r, skip_notes=False, marks=False) for r in self.docs.values()))


def note_text(el):
    # a note may be an <li>/<aside>/<div>; take its text without backlinks
    return norm(render(el, skip_notes=False, marks=False))


# A note's own label before its words: [1] (2) 3. a) * † ¹ <4> {5} n6 ab12 + # ...
MARKER = re.compile(r'^\s*(?:\[|\(|<|\{)?(?:n\d{1,3}|\d{1,3}|[A-Za-z]{2,4}\d{2}|\+{1,2}|#|[a-zA-Z]|\*{1,3}|[\u2020\u2021\u00a7\u00b6]{1,2}|'
                    r'[\u00b9\u00b2\u00b3\u2070-\u2079]+)(?:\]|\)|>|\})?[.:)\-]?\s+')


def starts(note, want):
    n, w = low(note), low(want)
    if n.startswith(w):
        return 'ok'
    m = MARKER.match(n)
    if m and n[m.end():].startswith(w):
        return 'ok'
    if w in n[:len(w) + 40]:
        return 'label'  # right note, but some leftover text before its words
    return 'wrong'


CTX = {}


def context(a):
    # a few characters of body text before the link
    return CTX.get(id(a), '')


def short(s, n=60):
    s = norm(s)
    return s if len(s) <= n else s[:n] + '...'


# ---------------------------------------------------------------- checking
def check(c, book):
    fails = []
    refs = []  # (doc, anchor element, target element or None, href)
    body_text = []
    for name, body in book.body_docs():
        body_text.append(render(body))
        for p in body.iter():
            if p.tag in (XHTML + 'p', XHTML + 'li', XHTML + 'h2', XHTML + 'h3', XHTML + 'blockquote', XHTML + 'td', XHTML + 'pre'):
                txt = render(p)
                for k, a in enumerate(x for x in p.iter() if is_noteref(x)):
                    pos = [m.start() for m in re.finditer('\u27e6', txt)]
                    if k < len(pos):
                        CTX[id(a)] = norm(txt[max(0, pos[k] - 16):pos[k]])
        for e in body.iter():
            if is_noteref(e) or (e.tag == XHTML + 'a' and 'endnotes' in (e.get('href') or '') and not is_backlink(e)):
                d, frag, tgt = book.resolve(name, e.get('href') or '')
                refs.append((name, e, tgt, e.get('href')))
    body_text = norm(' '.join(body_text))
    found_labels = [norm(''.join(e.itertext())) for _, e, _, _ in refs]

    if c['refs'] is not None:
        exp = c['refs']
        if len(refs) != len(exp):
            got = ['"...%s[%s]"->"%s"' % (context(a), lab, short(note_text(t), 24) if t is not None else 'DEAD')
                   for lab, (_, a, t, _) in zip(found_labels, refs)]
            fails.append('links: expected %d, found %d [%s]' % (len(exp), len(refs), ', '.join(got)))
        else:
            for i, ((doc, a, tgt, href), want) in enumerate(zip(refs, exp), 1):
                if tgt is None:
                    fails.append('ref #%d (%s): expected note "%s", found dead link %s' % (i, found_labels[i - 1], want, href))
                    continue
                r = starts(note_text(tgt), want)
                if r != 'ok':
                    fails.append('ref #%d (%s): expected note "%s", found %s"%s"' % (
                        i, found_labels[i - 1], want, 'leftover label: ' if r == 'label' else '', short(note_text(tgt))))
            for i, s in c['absent'].items():
                if i <= len(refs) and refs[i - 1][2] is not None and low(s) in low(note_text(refs[i - 1][2])):
                    fails.append('ref #%d: note should not hold "%s" (what follows the notes), found "...%s"' % (
                        i, s, short(note_text(refs[i - 1][2])[-120:], 120)))
            for i, s in c['contains'].items():
                if i <= len(refs) and refs[i - 1][2] is not None and low(s) not in low(note_text(refs[i - 1][2])):
                    fails.append('ref #%d: note should contain "%s", found "%s"' % (i, s, short(note_text(refs[i - 1][2]), 200)))
    else:
        lo, hi = c['count']
        if not (lo <= len(refs) <= hi):
            fails.append('links: expected %d-%d, found %d %s' % (lo, hi, len(refs), found_labels))
        reached = []
        for i, (doc, a, tgt, href) in enumerate(refs, 1):
            lab = found_labels[i - 1]
            m = re.search(r'[0-9a-zA-Z]+', lab)
            want = c['by_label'].get(m.group(0) if m else lab)
            if tgt is None:
                fails.append('ref #%d (%s): dead link %s' % (i, lab, href))
                continue
            nt = note_text(tgt)
            reached.append(nt)
            if want is None:
                fails.append('ref #%d (%s): link where no reference was expected (to "%s")' % (i, lab, short(nt)))
            elif starts(nt, want) == 'wrong':
                fails.append('ref #%d (%s): expected note "%s", found "%s"' % (i, lab, want, short(nt)))
        for w in c['reach']:
            if not any(starts(nt, w) != 'wrong' for nt in reached):
                fails.append('reach: no link reaches note "%s"' % w)

    # backlinks
    for doc, a, tgt, href in refs:
        if tgt is None or not a.get('id'):
            continue
        ok = False
        for b in tgt.iter(XHTML + 'a'):
            h = b.get('href') or ''
            if h.endswith('#' + a.get('id')):
                ok = True
        if not ok:
            fails.append('backlink: note for ref "%s" does not link back to #%s' % (norm(''.join(a.itertext())), a.get('id')))
            break

    for s in c['keep']:
        if norm(s) not in body_text:
            hint = ''
            # find a nearby rendering to help the reader
            key = norm(s).split(' ')[0]
            k = body_text.find(key)
            if k >= 0:
                hint = ' near: "%s"' % body_text[max(0, k - 20):k + len(s) + 30]
            fails.append('keep: "%s" should stay plain text in the body, not found%s' % (s, hint))
    alltext = book.all_text()
    for s in c['present'] + sorted(set(c['refs'] or [])):
        if norm(s) not in alltext:
            fails.append('present: "%s" missing from the book' % s)
    # linked notes' text should not stay behind in the body as well
    seen = set()
    for doc, a, tgt, href in refs:
        if tgt is None or id(tgt) in seen:
            continue
        seen.add(id(tgt))
        nt = note_text(tgt)
        m = MARKER.match(nt)
        core = nt[m.end():] if m else nt
        core = ' '.join(core.split(' ')[:8])
        if len(core) > 25 and core in body_text:
            fails.append('duplicate: note text "%s" also left in the body' % short(core))
    # no note references inside the notes themselves
    bodynames = set(n for n, _ in book.body_docs())
    for n, root in book.docs.items():
        if n in bodynames:
            continue
        stray = [norm(''.join(e.itertext())) for e in root.iter() if is_noteref(e)]
        if stray:
            fails.append('links inside the notes (%s): %s' % (posixpath.basename(n), stray))
    return fails


def run_case(cmd, c, workdir):
    src = os.path.join(workdir, c['name'] + '.' + c['ext'])
    out = os.path.join(workdir, c['name'] + '.epub')
    with open(src, 'w', encoding='utf-8', newline='\n') as f:
        f.write(c['text'])
    if os.path.exists(out):
        os.remove(out)
    try:
        p = subprocess.run(shlex.split(cmd) + ['convert', src, '-o', out], capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired:
        return ['convert: timed out']
    if p.returncode != 0 or not os.path.exists(out):
        return ['convert: exit %d %s' % (p.returncode, short(p.stderr + p.stdout, 200))]
    try:
        book = Book(out)
    except Exception as ex:
        return ['epub: %s' % ex]
    return check(c, book)


def main(doc=__doc__, tmp_prefix='notes-battery-'):
    """Run the declared cases; doc is the battery's usage text, tmp_prefix names its scratch folder."""
    args = sys.argv[1:]
    if not args or args[0].startswith('-'):
        print(doc)
        sys.exit(2)
    cmd = args[0]
    only = None
    workdir = None
    if '--only' in args:
        only = args[args.index('--only') + 1]
    if '--keep' in args:
        workdir = args[args.index('--keep') + 1]
        os.makedirs(workdir, exist_ok=True)
    else:
        workdir = tempfile.mkdtemp(prefix=tmp_prefix)
    cases = [c for c in CASES if only is None or c['name'] == only or re.fullmatch(only, c['name'])]
    if not cases:
        print('no case named %s' % only)
        sys.exit(2)
    with ThreadPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(lambda c: run_case(cmd, c, workdir), cases))
    held = 0
    for c, fails in zip(cases, results):
        if not fails:
            held += 1
        for f in fails:
            print('FAIL %s: %s' % (c['name'], f))
    print('%d/%d cases hold' % (held, len(cases)))
    sys.exit(0 if held == len(cases) else 1)
