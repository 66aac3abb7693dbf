// Compiles the extraction worker into one JavaScript module, so each worker thread starts without the TypeScript loader.
import { fileURLToPath } from 'node:url';
import { keepPlaces } from '../../shared/keep-places';

/**
 * Why: a worker that loads the TypeScript sources through tsx starts its own loader thread and sends every one of
 * the few hundred modules it imports through it — about two CPU seconds per worker, as much as extracting a few
 * hundred articles. Bundled in memory (about a tenth of a second, every run, so it can never be stale), the
 * project's own modules arrive as one module and the packages load as plain JavaScript.
 */
const SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** The worker as one ES module in a data: URL. Throws when esbuild is missing or fails; the caller falls back. */
export async function bundleWorker(): Promise<URL> {
  const esbuild = await import('esbuild');
  try {
    const result = await esbuild.build({
      entryPoints: [SOURCE], bundle: true, write: false, platform: 'node', format: 'esm',
      target: `node${process.versions.node}`, plugins: [keepPlaces], logLevel: 'silent',
      // As in the CLI's build (src/cli/bundle/build.ts): \p{...} patterns stay literals, compiled once.
      supported: { 'regexp-unicode-property-escapes': true },
    });
    return new URL(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
  } finally {
    // esbuild's helper process would otherwise stay until this process exits.
    await esbuild.stop();
  }
}
