// chrono-node's strict and British English parsers, with its "3 days ago" and "2 weeks later" parsers skipped on texts without their closing word.
// English only: the package's main entry would also build the parsers of fifteen other languages at start-up.
import * as chrono from 'chrono-node/en';

type Parser = (typeof chrono.strict.parsers)[number];
type Context = Parameters<Parser['pattern']>[0];

/** Matches nothing: what a skipped parser runs instead of its pattern. */
const NEVER = /(?!)/;

/**
 * A parser whose pattern is run only on a text that holds `gate`, a word every match of that pattern ends with. The
 * "ago" and "later" patterns repeat a long alternation of time units: V8 compiles each to machine code on its second
 * use, which takes about a quarter of a second (per thread) for the casual ones, more than all the texts parsed
 * in an extraction run of thousands of articles. A text without the word gives no match either way.
 */
class Gated implements Parser {
  constructor(private readonly inner: Parser, private readonly gate: RegExp) {}

  pattern(context: Context): RegExp {
    return this.gate.test(context.text) ? this.inner.pattern(context) : NEVER;
  }

  extract(context: Context, match: RegExpMatchArray): ReturnType<Parser['extract']> {
    return this.inner.extract(context, match);
  }
}

// The closing words of the patterns of ENTimeUnitAgoFormatParser and ENTimeUnitLaterFormatParser (strict and casual,
// chrono-node 2.10), as their sources end, and the test a text must pass to hold them (the patterns are case-insensitive).
const GATES: Array<[RegExp, RegExp]> = [
  [/\(\?:ago\|before\|earlier\)\(\?=\\W\|\$\)$/, /ago|before|earlier/i],
  [/\(\?:later\|after\|from now\|henceforth\|forward\|out\)\(\?=\(\?:\\W\|\$\)\)$/, /later|after|from now|henceforth|forward|out/i],
  [/\(later\|after\|from now\)\(\?=\\W\|\$\)$/, /later|after|from now/i],
];

/** The source of a parser's pattern without chrono's word boundary, when the parser has one (not compiled by this). */
function innerSource(parser: Parser): string {
  const inner = (parser as { innerPattern?: (context: unknown) => RegExp }).innerPattern;
  try {
    return inner?.call(parser, { option: {} })?.source ?? '';
  } catch {
    return '';
  }
}

function gated(original: chrono.Chrono): chrono.Chrono {
  let found = 0;
  const parsers = original.parsers.map((p) => {
    const source = innerSource(p);
    const gate = GATES.find(([ending]) => ending.test(source))?.[1];
    if (!gate) return p;
    found++;
    return new Gated(p, gate);
  });
  // A new version of chrono-node that words these patterns otherwise would lose the gain, not the results; a test says so.
  if (found !== 2) throw new Error(`chrono-node: ${found} of the "ago" and "later" parsers found, not 2; check GATES`);
  return new chrono.Chrono({ parsers, refiners: original.refiners });
}

/** chrono.strict: dates with a day, month and year written out, no "today" or "last week". */
export const strict = gated(chrono.strict);
/** chrono.GB: casual British English, day before month in numeric dates. */
export const GB = gated(chrono.GB);
