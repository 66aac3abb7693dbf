// The bundling plugin: packages stay outside by file URL, each source keeps its own URL, even in a bundled copy of the plugin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { keepPlaces } from './keep-places';

/** The project's packages, for sources written in a temporary directory outside it. */
const PACKAGES = fileURLToPath(new URL('../../node_modules', import.meta.url));

async function bundle(entry: string, plugin: Plugin): Promise<string> {
  const result = await build({
    entryPoints: [entry], bundle: true, write: false, platform: 'node', format: 'esm', plugins: [plugin], logLevel: 'silent',
    nodePaths: [PACKAGES],
  });
  return result.outputFiles[0].text;
}

test('a bundled source keeps its own URL and imports packages by their file URL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-places-'));
  try {
    const source = join(dir, 'reader.ts');
    writeFileSync(source, "import { Command } from 'commander';\nexport const here = new URL('./list.json', import.meta.url);\n" +
      'export const made = new Command();\n');
    const text = await bundle(source, keepPlaces);
    assert.ok(text.includes(JSON.stringify(pathToFileURL(source).href)), text);
    assert.doesNotMatch(text, /import\.meta\.url/);
    assert.match(text, /from "file:\/\/[^"]*\/node_modules\/commander\/[^"]*"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the plugin bundled into the command still rewrites the sources it bundles', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-places-'));
  try {
    // The command's build contains this plugin, rewritten by itself; the worker is then bundled by that copy.
    const copy = await bundle(fileURLToPath(new URL('./keep-places.ts', import.meta.url)), keepPlaces);
    const bundled = (await import(`data:text/javascript;base64,${Buffer.from(copy).toString('base64')}`)) as
      { keepPlaces: Plugin };
    const source = join(dir, 'words.ts');
    writeFileSync(source, 'export const here = import.meta.url;\n');
    const text = await bundle(source, bundled.keepPlaces);
    assert.ok(text.includes(JSON.stringify(pathToFileURL(source).href)), text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
