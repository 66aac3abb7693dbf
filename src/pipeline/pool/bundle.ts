// Compiles the extraction worker into one JavaScript module, so each worker thread starts without the TypeScript loader.
import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/**
 * Why: a worker that loads the TypeScript sources through tsx starts its own loader thread and sends every one of
 * the few hundred modules it imports through it — about two CPU seconds per worker, as much as extracting a few
 * hundred articles. Bundled in memory (about a tenth of a second, every run, so it can never be stale), the
 * project's own modules arrive as one module and the packages load as plain JavaScript.
 */
const SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** Marks the resolution the plugin asks esbuild for itself, so it is not intercepted a second time. */
const INNER = Symbol('inner resolution');

/**
 * The packages stay outside the bundle, imported by their absolute file URL (the bundle itself is a data: URL, which
 * cannot resolve package names); each source keeps its own `import.meta.url`, so the files it reads beside itself
 * (lists of cities, dictionaries) are found as they are without a bundle.
 */
const keepPlaces: Plugin = {
  name: 'dyad-keep-places',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === INNER || isBuiltin(args.path)) return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: INNER });
      if (found.errors.length) return { errors: found.errors };
      return { path: pathToFileURL(found.path).href, external: true };
    });
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

/** The worker as one ES module in a data: URL. Throws when esbuild is missing or fails; the caller falls back. */
export async function bundleWorker(): Promise<URL> {
  const esbuild = await import('esbuild');
  try {
    const result = await esbuild.build({
      entryPoints: [SOURCE], bundle: true, write: false, platform: 'node', format: 'esm',
      target: `node${process.versions.node}`, plugins: [keepPlaces], logLevel: 'silent',
    });
    return new URL(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
  } finally {
    // esbuild's helper process would otherwise stay until this process exits.
    await esbuild.stop();
  }
}
