// `node scripts/bench/tokenize.mjs DIR`: wink-nlp's bare tokenizer over every article of DIR, once, then exits.
// Why: ceiling.mjs runs it in one process and in two side by side, to tell how far two processes of plain JavaScript
// scale on this machine apart from anything dyad does (its isolates, its redo of documents, its output order).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const dir = process.argv[2];
const nlp = winkNLP(model, []);
let tokens = 0;
for (const f of readdirSync(dir).filter((name) => /\.(txt|html)$/.test(name)).sort()) {
  tokens += nlp.readDoc(readFileSync(join(dir, f), 'utf8')).tokens().length();
}
if (!tokens) process.exit(1);
