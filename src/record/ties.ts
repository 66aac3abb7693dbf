// What ties two reports of one event when dates do not: the same numbered session of the same named body.

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, inaugural: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12,
};
const ORDINAL = String.raw`(\d{1,3}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})`;
/** The kinds of standing body whose sessions are numbered. */
const BODY = String.raw`(commission|council|committee|forum|assembly|board|dialogue|summit|conference)`;
const SESSION = String.raw`(?:meeting|session|sitting|round)`;
const NAME_WORD = String.raw`[\p{L}-]+\s+`;
/** "13th meeting of the Joint Intergovernmental Commission", "the first session of the ... council". */
const NUMBERED_SESSION = new RegExp(String.raw`\b${ORDINAL}\s+(?:${NAME_WORD})?${SESSION}\s+of\s+(?:the\s+)?(?:${NAME_WORD}){0,4}?${BODY}\b`, 'iu');
/** "the second Interregional Forum", "the 5th Joint Commission". */
const NUMBERED_BODY = new RegExp(String.raw`\b${ORDINAL}\s+(?:${NAME_WORD}){0,3}?${BODY}\b`, 'iu');

/**
 * "13 commission" for a sentence that reports the 13th session of a commission, null when it names no numbered
 * session. Two undated reports with the same key and places that agree are one event.
 */
export function sessionKey(evidence: string | null | undefined): string | null {
  if (!evidence) return null;
  const m = NUMBERED_SESSION.exec(evidence) ?? NUMBERED_BODY.exec(evidence);
  if (!m) return null;
  const ordinal = m[1].toLowerCase();
  const n = ORDINAL_WORDS[ordinal] ?? Number.parseInt(ordinal, 10);
  return `${n} ${m[2].toLowerCase()}`;
}
