// The dossier as PDF: its HTML printed by Debian's Chromium through playwright-core.
import { existsSync } from 'node:fs';
import { DyadError } from '../../shared/errors';

export const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function htmlToPdf(html: string): Promise<Buffer> {
  if (!existsSync(CHROMIUM)) {
    throw new DyadError('unsupported', `PDF needs Chromium at ${CHROMIUM} (apt-get install chromium, or set DYAD_CHROMIUM)`,
      { input: CHROMIUM });
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    // The dossier is self-contained: nothing is fetched while it is laid out.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
  } finally {
    await browser.close();
  }
}
