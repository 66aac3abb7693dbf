// End-to-end tests of the UI in Chromium against `dyad serve` on the demo corpus, saving screenshots of the main pages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserMissing, openBrowser, type Browser } from './test/browser';
import { REPO, startApp, type App } from './test/app';

const SHOTS = join(REPO, 'docs/screenshots');
const skip = browserMissing();

let app: App;
let browser: Browser;
const pageErrors: string[] = [];

interface Listed { items: Record<string, unknown>[]; next: string | null }

async function getAll(path: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res: Response = await fetch(`${app.url}/api/v1${path}${sep}limit=500${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(res.status, 200, `GET ${path}`);
    const page = (await res.json()) as Listed;
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}

/** The pair page's event list once every page of events is in. */
const COMPLETE_EVENTS = '[data-testid=event-list][data-complete=true]';

const DATED = /^\d{4}(-\d{2}(-\d{2})?)?$/;

before(async () => {
  if (skip) return;
  mkdirSync(SHOTS, { recursive: true });
  app = await startApp([join(REPO, 'demo/corpus')]);
  browser = await openBrowser();
  browser.page.on('pageerror', (e) => pageErrors.push(String(e)));
  browser.page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
});

after(async () => {
  await browser?.close();
  await app?.close();
});

/** The pair with the most events: the richest page to look at. */
async function busiestPair(): Promise<{ pair: string; events: number }> {
  const pairs = await getAll('/pairs');
  assert.ok(pairs.length > 0, 'the demo corpus gives at least one pair');
  const best = [...pairs].sort((a, b) => Number(b.events) - Number(a.events))[0];
  return { pair: String(best.pair), events: Number(best.events) };
}

test('home lists every pair the API lists, with its counts', { skip: skip ?? false }, async () => {
  const pairs = await getAll('/pairs');
  const { page } = browser;
  await page.goto(`${app.url}/#/`);
  const rows = page.locator('[data-testid=pairs] tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), pairs.length);
  const first = pairs[0];
  const cells = await rows.first().locator('td').allTextContents();
  assert.deepEqual(cells.map(Number), [first.documents, first.events, first.figures].map(Number));
  await page.screenshot({ path: join(SHOTS, 'home.png'), fullPage: true });
});

test('home lists the busiest pairs first and reads the next ones on "More pairs"', { skip: skip ?? false }, async () => {
  const pairs = await getAll('/pairs');
  assert.ok(pairs.length >= 2, 'the demo corpus gives at least two pairs');
  const { page } = browser;
  // Pages of one pair, so that the demo's few pairs take several pages, as an archive's thousands do.
  await page.route(/\/api\/v1\/pairs\?/, (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set('limit', '1');
    return route.continue({ url: url.toString() });
  });
  try {
    // A fresh load of the app: going to the URL it already shows would change nothing.
    await page.goto('about:blank');
    await page.goto(`${app.url}/#/`);
    const rows = page.locator('[data-testid=pairs] tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1);
    await page.locator('[data-testid=more-pairs]').click();
    await rows.nth(1).waitFor();
    const names = await rows.locator('th').allTextContents();
    assert.equal(names.length, 2);
    assert.notEqual(names[0], names[1], 'the second page is the next pair, not the first again');
  } finally {
    await page.unroute(/\/api\/v1\/pairs\?/);
  }
});

test('the pair page draws every dated contact on the timeline and every turnover or export figure on the chart',
  { skip: skip ?? false }, async () => {
    const { pair } = await busiestPair();
    const events = await getAll(`/events?pair=${pair}`);
    const contacts = events.filter((e) => ['visit', 'call', 'meeting', 'agreement'].includes(String(e.type)));
    const dated = contacts.filter((e) => DATED.test(String(e.date ?? (e.body as Record<string, unknown>)?.date ?? '')));
    const series = await getAll(`/figures?pair=${pair}&modality=actual`);
    const pledges = await getAll(`/pledges?pair=${pair}`);
    const charted = (rows: { metric: unknown; period: unknown; unit: unknown }[]) =>
      rows.filter((r) => (r.metric === 'trade_turnover' || r.metric === 'exports') && typeof r.period === 'string');
    const points = series.flatMap((s) => (s.points as { period: unknown }[]).map((p) => ({ ...p, metric: s.metric, unit: s.unit })));
    const figures = [...charted(points), ...charted(pledges as never)];
    const units = new Map<string, number>();
    for (const f of figures) units.set(String(f.unit), (units.get(String(f.unit)) ?? 0) + 1);
    const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

    const { page } = browser;
    await page.goto(`${app.url}/#/pair/${pair}`);
    const timeline = page.locator('[data-testid=timeline][data-ready=true]');
    await timeline.waitFor();
    assert.equal(Number(await timeline.getAttribute('data-points')), dated.length, 'one mark per dated contact');
    assert.ok(dated.length > 0, 'the busiest demo pair has dated contacts');
    const chart = page.locator('[data-testid=figure-chart]');
    await chart.waitFor();
    assert.equal(Number(await chart.getAttribute('data-points')), figures.filter((f) => String(f.unit) === unit).length,
      'one mark per turnover or export figure in the chart unit');
    // The event list fills in page by page after the first screen: counted once it says it is complete.
    await page.locator(COMPLETE_EVENTS).waitFor();
    assert.equal(await page.locator('[data-testid=event-list] [data-testid=fact]').count(), events.length, 'every event listed');
    const counts = await page.locator('[data-testid=pair-counts]').textContent({ timeout: 30_000 });
    assert.match(counts ?? '', new RegExp(`${events.length} events`));
    await page.screenshot({ path: join(SHOTS, 'pair.png'), fullPage: true });
  });

test('a fact\'s source link opens its sentence highlighted and focused in the document reader', { skip: skip ?? false }, async () => {
  const { pair } = await busiestPair();
  const { page } = browser;
  await page.goto(`${app.url}/#/pair/${pair}`);
  const link = page.locator('[data-testid=event-list] [data-testid=source-link]').first();
  await link.waitFor();
  await link.click();
  await page.waitForURL(/#\/doc\/.+\?fact=\d+/);
  const factId = new URL(page.url().replace('#', '')).searchParams.get('fact')!;
  const docRef = decodeURIComponent(page.url().split('#/doc/')[1].split('?')[0]);
  const doc = await (await fetch(`${app.url}/api/v1/documents/${encodeURIComponent(docRef)}`)).json() as
    { text: string; factList: { id: number; evidence: { start: number; end: number } }[] };
  const fact = doc.factList.find((f) => String(f.id) === factId);
  assert.ok(fact, `fact ${factId} belongs to document ${docRef}`);
  const mark = page.locator(`[data-testid=doc-text] mark[data-facts~="${factId}"]`);
  await mark.first().waitFor();
  const text = (await mark.allTextContents()).join('');
  assert.equal(text, doc.text.slice(fact.evidence.start, fact.evidence.end), 'the highlight is exactly the evidence');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-facts')?.split(' ') ?? []).then((ids) => ids.includes(factId)), true,
    'the sentence has the focus');
  assert.equal(await page.locator('[data-testid=selected-fact] [data-testid=fact]').getAttribute('data-fact-id'), factId);
  await page.screenshot({ path: join(SHOTS, 'document.png'), fullPage: true });
});

test('a rejected event is gone from the pair page after a reload and listed in the history', { skip: skip ?? false }, async () => {
  const { pair } = await busiestPair();
  const { page } = browser;
  await page.goto(`${app.url}/#/pair/${pair}`);
  const card = page.locator('[data-testid=event-list] [data-testid=fact]').first();
  await page.locator(COMPLETE_EVENTS).waitFor();
  // Record item ids change when the record is recomputed: the event is recognised by what it says.
  const what = await card.locator('.fact-summary').textContent();
  const same = (await page.locator('[data-testid=event-list] .fact-summary').allTextContents()).filter((t) => t === what).length;
  const before = await page.locator('[data-testid=event-list] [data-testid=fact]').count();
  await card.locator('[data-testid=reject]').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=event-list] [data-testid=fact]').length === n - 1, before);
  await page.reload();
  await page.locator(COMPLETE_EVENTS).waitFor();
  assert.equal(await page.locator('[data-testid=event-list] [data-testid=fact]').count(), before - 1);
  const after = (await page.locator('[data-testid=event-list] .fact-summary').allTextContents()).filter((t) => t === what).length;
  assert.equal(after, same - 1, `the rejected "${what}" is gone`);
  await page.goto(`${app.url}/#/history`);
  const row = page.locator('[data-testid=history] tbody tr').first();
  await row.waitFor();
  assert.match((await row.textContent()) ?? '', /reject/);
  await page.screenshot({ path: join(SHOTS, 'history.png'), fullPage: true });
});

test('the dossier view shows the dossier the API renders', { skip: skip ?? false }, async () => {
  const { pair } = await busiestPair();
  const { page } = browser;
  await page.goto(`${app.url}/#/pair/${pair}`);
  await page.locator('[data-testid=dossier-link]').click();
  await page.waitForURL(/#\/dossier\//);
  const frame = page.frameLocator('[data-testid=dossier]');
  await frame.locator('h1').first().waitFor();
  const html = await (await fetch(`${app.url}/api/v1/pairs/${pair}/dossier?format=html`)).text();
  const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]?.trim();
  assert.ok(title, 'the dossier HTML has a heading');
  assert.equal((await frame.locator('h1').first().textContent())?.trim(), title);
  await page.screenshot({ path: join(SHOTS, 'dossier.png') });
});

test('search finds documents and narrows by a facet', { skip: skip ?? false }, async () => {
  const { page } = browser;
  await page.goto(`${app.url}/#/search?q=trade`);
  const results = page.locator('[data-testid=results] > li');
  await results.first().waitFor();
  const api = await (await fetch(`${app.url}/api/v1/search?q=trade&limit=100`)).json() as { items: unknown[]; facets: { type: Record<string, number> } };
  assert.equal(await results.count(), api.items.length || 1);
  await page.screenshot({ path: join(SHOTS, 'search.png'), fullPage: true });
});

test('the pages are usable at phone width: nothing wider than the screen', { skip: skip ?? false }, async () => {
  const { pair } = await busiestPair();
  const phone = await openBrowser({ width: 390, height: 844 });
  try {
    await phone.page.goto(`${app.url}/#/pair/${pair}`);
    await phone.page.locator('[data-testid=timeline][data-ready=true]').waitFor();
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    await phone.page.screenshot({ path: join(SHOTS, 'pair-phone.png') });
  } finally {
    await phone.close();
  }
});

test('keyboard: Tab reaches the navigation and the curation buttons, and focus is visible', { skip: skip ?? false }, async () => {
  const { page } = browser;
  // A fresh load, so the focus starts at the top of the document as for a new visitor.
  await page.goto('about:blank');
  await page.goto(`${app.url}/#/`);
  await page.locator('[data-testid=pairs]').waitFor();
  const seen: string[] = [];
  // Tab cycles through the page; forty presses go round the home page of the demo corpus at least once.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return `${el.tagName}:${el.textContent?.trim().slice(0, 20)}:${style.outlineStyle !== 'none' ? 'outlined' : 'plain'}`;
    }));
  }
  assert.ok(seen.some((s) => s.startsWith('A:Pairs:outlined')), `Tab reaches the nav with a visible focus: ${seen.join(' | ')}`);
  assert.ok(seen.some((s) => s.startsWith('BUTTON:Reject:outlined')), 'Tab reaches the curation buttons');
  assert.ok(seen.every((s) => s.endsWith(':outlined') || s.startsWith('BODY')), `every focused control shows it: ${seen.join(' | ')}`);
  assert.deepEqual(pageErrors, [], 'no script error on any page');
});
