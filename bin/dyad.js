#!/usr/bin/env node
// The dyad command: loads the TypeScript CLI through tsx so a clone runs without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv);
