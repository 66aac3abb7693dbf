// `node scripts/bench/tokenize.mjs DIR [PASSES]`: wink-nlp's bare tokenizer over every article of DIR, PASSES times
// (default 1), then exits.
// Why: ceiling.mjs runs it in one process and in two side by side, to tell how far two processes of plain JavaScript
// scale on this machine apart from anything dyad does (its isolates, its redo of documents, its output order).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const dir = process.argv[2];
const nlp = winkNLP(model, []);
const texts = readdirSync(dir).filter((name) => /\.(txt|html)$/.test(name)).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
let tokens = 0;
for (let pass = Number(process.argv[3] ?? 1); pass > 0; pass--) for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
if (!tokens) process.exit(1);
