// A reading-system test: opens a book in foliate-js (the renderer of the Foliate e-reader) inside
// Debian's Chromium, driven by playwright-core, served on 127.0.0.1 only. It clicks every note
// reference of the first chapter that has one, checks that the reader lands on the note, clicks the
// note's backlink and checks that it returns to the reference; it saves screenshots of the cover
// (when the book has one), the title page, a chapter and the notes. Prints one JSON report on stdout.
//
// usage: node reader-test.mjs BOOK.epub SCREENSHOT_FOLDER [REFERENCES_PER_CHAPTER]
import { createServer } from 'node:http'
import { readFile, mkdir } from 'node:fs/promises'
import { join, extname, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

// A third argument checks at most that many references a chapter (a build whose notes one transform makes alike needs a sample, not all).
const [bookPath, shots, perChapter] = process.argv.slice(2)
const referencesPerChapter = perChapter ? Number(perChapter) : Infinity
const here = dirname(fileURLToPath(import.meta.url))
const foliate = join(here, 'node_modules', 'foliate-js')
const types = { '.js': 'text/javascript', '.html': 'text/html', '.epub': 'application/epub+zip' }

const page_html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; height: 100%; } foliate-view { display: block; width: 100%; height: 100%; }
</style></head><body><script type="module">
import '/foliate/view.js'
const view = document.createElement('foliate-view')
document.body.append(view)
window.relocations = 0
view.addEventListener('relocate', () => window.relocations++)
await view.open('/book.epub')
window.view = view
window.ready = true
</script></body></html>`

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://127.0.0.1')
    let body, type
    if (url.pathname === '/') [body, type] = [page_html, types['.html']]
    else if (url.pathname === '/book.epub') [body, type] = [await readFile(bookPath), types['.epub']]
    else if (url.pathname.startsWith('/foliate/')) {
      const file = join(foliate, url.pathname.slice('/foliate/'.length))
      if (!file.startsWith(foliate)) throw new Error('outside')
      ;[body, type] = [await readFile(file), types[extname(file)] ?? 'application/octet-stream']
    } else throw new Error('not found')
    res.writeHead(200, { 'content-type': type }).end(body)
  } catch { res.writeHead(404).end() }
})
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${server.address().port}/`

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
})
const report = { ok: false, checked: [], errors: [], screenshots: [] }
const timer = setTimeout(() => { report.errors.push('timed out'); finish() }, 120_000)
async function finish() {
  clearTimeout(timer)
  await browser.close().catch(() => {})
  server.close()
  console.log(JSON.stringify(report))
  process.exit(0)
}

try {
  await mkdir(shots, { recursive: true })
  const viewport = { width: 600, height: 800 }
  const page = await browser.newPage({ viewport })
  page.on('pageerror', e => report.errors.push(String(e)))
  await page.goto(base)
  await page.waitForFunction(() => window.ready === true, null, { timeout: 30_000 })

  const sections = await page.evaluate(() => view.book.sections.map(s => s.id))
  const indexOf = name => sections.findIndex(id => id.endsWith(name))
  const shoot = async name => {
    await page.waitForTimeout(300)
    const path = join(shots, name)
    await page.screenshot({ path })
    report.screenshots.push(path)
  }
  // Where the reader is: the section shown, and whether the element with this id is on screen.
  const where = id => page.evaluate(id => {
    const { index, doc } = view.renderer.getContents()[0]
    const el = doc.getElementById(id)
    const range = view.lastLocation?.range
    return { index, visible: !!(el && range && range.intersectsNode(el)) }
  }, id)
  // A link may relocate twice (to its section, then to the anchor); on a busy machine the second
  // comes late. Wait up to a few seconds for the element to be shown in that section, then report where the reader is.
  const shownAt = async (id, index) => {
    for (let waited = 0; ; waited += 100) {
      const at = await where(id)
      if ((at.index === index && at.visible) || waited >= 5_000) return at
      await page.waitForTimeout(100)
    }
  }
  const goTo = async target => {
    const before = await page.evaluate(() => window.relocations)
    await page.evaluate(t => view.goTo(t), target)
    await page.waitForFunction(n => window.relocations > n, before)
  }
  // A real click, at the element's place on screen: the reader's own link handling does the rest.
  // A reference at the very edge of a page can lie outside the viewport that Playwright checks
  // (foliate lays pages out as columns of one wide iframe); it then gets the click event directly.
  const click = async id => {
    for (const f of page.frames().filter(f => f !== page.mainFrame())) {
      const handle = await f.$(`[id="${id}"]`)
      if (!handle) continue
      const before = await page.evaluate(() => window.relocations)
      // Asked first, not learnt from a click's timeout: Playwright would wait seconds for such an element to scroll into view.
      const box = await handle.boundingBox()
      const onScreen = box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height
      let clicked = false
      if (onScreen) try { await handle.click({ timeout: 3_000 }); clicked = true } catch { }
      if (!clicked) { report.dispatched = (report.dispatched ?? 0) + 1; await handle.dispatchEvent('click') }
      // No pause after: the caller polls until the target is on screen (shownAt).
      await page.waitForFunction(n => window.relocations > n, before, { timeout: 10_000 })
      return true
    }
    return false
  }

  const cover = indexOf('cover.xhtml')
  if (cover >= 0) {
    await goTo(cover)
    // The cover is an image: wait until it is decoded, so the screenshot shows it, not an empty page.
    await page.waitForFunction(() => [...view.renderer.getContents()[0].doc.images].every(i => i.complete && i.naturalWidth > 0), null, { timeout: 10_000 })
    await shoot('cover.png')
  }
  await goTo(indexOf('titlepage.xhtml'))
  await shoot('titlepage.png')

  const notes = indexOf('endnotes.xhtml')
  const chapters = sections.map((id, i) => [id, i]).filter(([id]) => /chapter-\d+\.xhtml$/.test(id))
  for (const [id, index] of chapters) {
    await goTo(index)
    const refs = (await page.evaluate(() => [...view.renderer.getContents()[0].doc.querySelectorAll('a[role="doc-noteref"]')].map(a => a.id))).slice(0, referencesPerChapter)
    for (const ref of refs) {
      await goTo(`${id}#${ref}`)
      if (!(await shownAt(ref, index)).visible) { report.errors.push(`${id}#${ref} not shown after going to it`); continue }
      if (report.checked.length === 0) await shoot('chapter.png')
      if (!(await click(ref))) { report.errors.push(`could not click ${ref}`); continue }
      const note = ref.replace(/^noteref-(\d+).*$/, 'note-$1')
      const atNote = await shownAt(note, notes)
      if (atNote.index !== notes || !atNote.visible) { report.errors.push(`click on ${ref} did not land on ${note}: ${JSON.stringify(atNote)}`); continue }
      if (report.checked.length === 0) await shoot('notes.png')
      const backlink = await page.evaluate(n => view.renderer.getContents()[0].doc.querySelector(`[id="${n}"] a[role="doc-backlink"]`)?.getAttribute('href'), note)
      const backId = 'backlink-under-test'
      await page.evaluate(n => view.renderer.getContents()[0].doc.querySelector(`[id="${n}"] a[role="doc-backlink"]`).id = 'backlink-under-test', note)
      if (!(await click(backId))) { report.errors.push(`could not click the backlink of ${note}`); continue }
      const back = await shownAt(ref, index)
      if (back.index !== index || !back.visible) { report.errors.push(`backlink of ${note} (${backlink}) did not return to ${ref}: ${JSON.stringify(back)}`); continue }
      report.checked.push(ref)
    }
  }
  report.ok = report.errors.length === 0 && report.checked.length > 0
} catch (e) {
  report.errors.push(String(e?.stack ?? e))
}
await finish()
