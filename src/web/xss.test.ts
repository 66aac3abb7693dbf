// Proves in Chromium that article text carrying <script>, onerror= and javascript: payloads never runs in the UI.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { browserMissing, openBrowser, type Browser } from './test/browser';
import { REPO, startApp, type App } from './test/app';

const skip = browserMissing();
const ARTICLES = join(REPO, 'src/web/test/xss');

let app: App;
let browser: Browser;
const dialogs: string[] = [];

before(async () => {
  if (skip) return;
  app = await startApp([ARTICLES]);
  browser = await openBrowser();
  // A payload that ran would set window.__pwned or open a dialog; both are watched on every page.
  browser.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
});

after(async () => {
  await browser?.close();
  await app?.close();
});

async function pwned(): Promise<unknown[]> {
  const { page } = browser;
  return Promise.all(page.frames().map((f) => f.evaluate(() => (window as { __pwned?: unknown }).__pwned).catch(() => undefined)));
}

/** Opens a route, waits for its data, clicks every highlight and link-free control a payload could hide behind. */
async function visit(hash: string, ready: string): Promise<void> {
  const { page } = browser;
  await page.goto(`${app.url}/${hash}`);
  await page.locator(ready).first().waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual((await pwned()).filter((v) => v !== undefined), [], `nothing ran on ${hash}`);
}

test('the server sends a Content-Security-Policy that forbids inline script', { skip: skip ?? false }, async () => {
  const res = await fetch(`${app.url}/`);
  const csp = res.headers.get('content-security-policy') ?? '';
  const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? /default-src([^;]*)/.exec(csp)?.[1] ?? '';
  assert.match(scriptSrc, /'self'/);
  assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval/);
  assert.doesNotMatch(await res.text(), /<script(?![^>]*\bsrc=)[^>]*>/, 'the built page has no inline script');
});

test('no payload runs on any page that shows the articles, and the payloads are shown as text', { skip: skip ?? false }, async () => {
  const { page } = browser;
  await visit('#/', '[data-testid=pairs] tbody tr');
  const docs = (await (await fetch(`${app.url}/api/v1/documents`)).json()) as { items: { id: number; name: string }[] };
  assert.equal(docs.items.length, 2, 'both payload articles were stored');
  for (const doc of docs.items) {
    await visit(`#/doc/${doc.id}`, '[data-testid=doc-text]');
    const marks = page.locator('[data-testid=doc-text] mark');
    for (let i = 0; i < await marks.count(); i++) await marks.nth(i).click();
    for (const link of await page.locator('a').all()) {
      const href = await link.getAttribute('href');
      assert.ok(!href?.trim().toLowerCase().startsWith('javascript:'), `no javascript: link (${href})`);
    }
    assert.deepEqual((await pwned()).filter((v) => v !== undefined), [], `nothing ran after clicking the highlights of ${doc.name}`);
  }
  const text = await page.locator('[data-testid=doc-text]').textContent();
  assert.match(text ?? '', /<script>window\.__pwned=/, 'the script payload is visible as plain text');
  assert.match(text ?? '', /onerror=/, 'the onerror payload is visible as plain text');
  await visit('#/pair/CHL-PER', '[data-testid=event-list] [data-testid=fact]');
  for (const link of await page.locator('[data-testid=source-link]').all()) {
    assert.match((await link.textContent()) ?? '', /./);
  }
  await visit('#/search?q=rail', '[data-testid=results] > li');
  await visit('#/dossier/CHL-PER', '[data-testid=dossier]');
  await page.frameLocator('[data-testid=dossier]').locator('body').waitFor();
  const people = (await (await fetch(`${app.url}/api/v1/people?pair=CHL-PER`)).json()) as { items: { id: number }[] };
  await visit(`#/person/${people.items[0].id}`, 'h1');
  assert.deepEqual((await pwned()).filter((v) => v !== undefined), []);
  assert.deepEqual(dialogs, [], 'no dialog opened');
});
