#!/usr/bin/env node
// The dyad command: runs the CLI from a cached JavaScript build of the current sources (src/cli/bundle), so a clone runs without a build step.
import { setFlagsFromString } from 'node:v8';
import { loadCli } from '../src/cli/bundle/launch.mjs';

// V8's optimising compiler without inlining: it ran on a helper thread for 4.3 of 20 CPU seconds of a 2,000-article
// extraction (the extraction functions are large, and each thread compiles them again), 2.5 without, while the
// extracting thread itself spent the same (BENCHMARKS.md, "The write path, the compiler and a slower machine"). On
// two cores those compiles compete with the second extracting thread. Set before any of dyad's code is compiled;
// worker threads share the flag.
setFlagsFromString('--no-turbo-inlining');

// Stack traces of --debug name the TypeScript sources; turned on only then, since reading source maps costs time.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { main } = await loadCli();
process.exitCode = await main(process.argv);
