// Types of launch.mjs, the plain JavaScript loader of the command line.

/** A hash naming the current sources (files under src/ but tests, the package lists, tsconfig, Node's version). */
export function sourceKey(root?: string): string;
/** Where builds are kept: $DYAD_CLI_CACHE, else node_modules/.cache/dyad of the repository. */
export function cacheDir(root?: string): string;
/** The directory of the build of the current sources (which may not exist yet). */
export function buildDir(root?: string): string;
/** The CLI module, from the build of the current sources (made when missing), else through tsx. */
export function loadCli(root?: string): Promise<typeof import('../index')>;
