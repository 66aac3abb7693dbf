// A cheap lookahead for patterns that start at a capital letter, so the regex engine leaves most positions early.

/**
 * Every \p{Lu} character starts with an A-Z or a non-ASCII code point, so a pattern that begins with \p{Lu} matches
 * exactly as before with this in front. The engine then checks two ranges at each position instead of the Unicode
 * table (or a Unicode lookbehind): most characters of English text are lowercase ASCII and fail at once. This
 * roughly halves the time of the name and capitalised-word patterns over news text. Only for `u` patterns without `i`.
 */
export const CAPITAL_AHEAD = String.raw`(?=[A-Z\u0080-\u{10FFFF}])`;
