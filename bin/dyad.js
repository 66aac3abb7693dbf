#!/usr/bin/env node
// The dyad command: runs the CLI from a cached JavaScript build of the current sources (src/cli/bundle), so a clone runs without a build step.
import { loadCli } from '../src/cli/bundle/launch.mjs';

// Stack traces of --debug name the TypeScript sources; turned on only then, since reading source maps costs time.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { main } = await loadCli();
process.exitCode = await main(process.argv);
