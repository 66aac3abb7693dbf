// The UI on a server started with a token: the page loads, asks for the token, then shows the data and the dossier.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { browserMissing, openBrowser, type Browser } from './test/browser';
import { REPO, startApp, type App } from './test/app';

const skip = browserMissing();
const TOKEN = 'tolland-harbour-42';

let app: App;
let browser: Browser;

before(async () => {
  if (skip) return;
  app = await startApp([join(REPO, 'demo/corpus/10_chile_peru.txt')], ['--token', TOKEN]);
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
});

test('the API refuses a call without the token while the UI page itself loads', { skip: skip ?? false }, async () => {
  assert.equal((await fetch(`${app.url}/api/v1/pairs`)).status, 401);
  const page = await fetch(`${app.url}/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<div id="app">/);
});

test('the UI asks for the token, then shows the pairs and the dossier', { skip: skip ?? false }, async () => {
  const { page } = browser;
  await page.goto(`${app.url}/#/`);
  const input = page.locator('form.token input[name=token]').first();
  await input.waitFor();
  await input.fill(TOKEN);
  await input.press('Enter');
  const rows = page.locator('[data-testid=pairs] tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 1);
  await page.goto(`${app.url}/#/dossier/CHL-PER`);
  await page.frameLocator('[data-testid=dossier]').locator('h1').first().waitFor();
});
