// `node scripts/bench/spin.mjs DIR`: a busy loop of arithmetic, a fixed number of steps per article of DIR, then exits.
// Why: ceiling.mjs runs it in one process and in two side by side. It touches no memory to speak of, so it tells
// whether the machine's two cores are two cores at all, apart from what shared caches and memory cost the tokenizer.
import { readdirSync } from 'node:fs';

const STEPS_PER_ARTICLE = 1_500_000;
const articles = readdirSync(process.argv[2]).filter((name) => /\.(txt|html)$/.test(name)).length;
let x = 0;
// Article by article, so the counter stays a small integer whatever the corpus (past 2^31 V8 counts in doubles).
for (let a = 0; a < articles; a++) for (let i = 0; i < STEPS_PER_ARTICLE; i++) x += i % 7;
if (x < 0) process.exit(1);
