// The esbuild plugin that bundles dyad's sources while the packages and the files read beside the sources stay put.
import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/** Marks the resolution the plugin asks esbuild for itself, so it is not intercepted a second time. */
const INNER = Symbol('inner resolution');
/**
 * A regular expression, not the words themselves in a string: this file is bundled with the command too, and the
 * words would be replaced in it like in any source, leaving a bundled copy of the plugin that replaces nothing.
 */
const META_URL = /\bimport\.meta\.url\b/g;

/**
 * Why: a bundle runs from elsewhere (a data: URL for a worker, a cache directory for the command), where neither
 * package names nor paths relative to a source resolve. So each package stays outside the bundle, imported by its
 * absolute file URL, and each source keeps its own `import.meta.url`, so the files it reads beside itself (lists
 * of cities, dictionaries, package.json, the built web pages) are found as they are without a bundle.
 */
export const keepPlaces: Plugin = {
  name: 'dyad-keep-places',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === INNER || isBuiltin(args.path)) return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: INNER });
      if (found.errors.length) return { errors: found.errors };
      return { path: pathToFileURL(found.path).href, external: true };
    });
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return {
        contents: text.replace(META_URL, JSON.stringify(pathToFileURL(args.path).href)),
        loader: extname(args.path) === '.tsx' ? 'tsx' : 'ts',
      };
    });
  },
};
