// Character- and line-level repairs of extracted text: Unicode, BBCode and Markdown markup, run-together sentences, soft wraps.

/**
 * Unicode policy, chosen so the stored text is plain and searchable yet still reads like the original:
 * - NFC, so the same letter is always the same code points;
 * - curly quotes become straight (‘ ’ ‚ ‛ → ', “ ” „ ‟ → "), since sources mix both for the same quote;
 * - guillemets, em dash and en dash are kept: dashes carry meaning ("2019–2020", asides) and are unambiguous;
 * - non-breaking and other Unicode spaces and tabs become a plain space; runs of spaces collapse to one;
 * - soft hyphens, zero-width characters and the BOM are removed, other control characters too;
 * - line separators of every kind become "\n"; each line is trimmed.
 */
export function normalizeUnicode(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u000B\u000C\u0085]/g, '\n')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

const BBCODE_TAGS = 'b|i|u|s|strike|url|email|quote|size|color|colour|font|center|left|right|justify|indent|code|list|sup|sub|spoiler|highlight|h[1-6]|\\*';

/**
 * Removes BBCode tags and keeps their inner text; image and video embeds go entirely.
 * A closing tag glued to the next sentence ("in the capital[/b]The visit") marks where a bold lead ended
 * and the body began, so it becomes a paragraph break.
 */
export function stripBbcode(text: string): string {
  return text
    .replace(/\[(img|video|youtube)(=[^\]\n]*)?\][\s\S]*?\[\/\1\]/gi, '')
    .replace(new RegExp(`\\[\\/(?:${BBCODE_TAGS})\\](?=["'(\\p{Lu}\\p{N}])`, 'giu'), '\n')
    .replace(new RegExp(`\\[\\/?(?:${BBCODE_TAGS})(?:=[^\\]\\n]*)?\\]`, 'gi'), '');
}

/** Drops Markdown syntax that is not text: heading marks, emphasis, link targets, images, quote marks, rules. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*$/gm, '$1')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/^ {0,3}([-*_])( *\1){2,} *$/gm, '')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)([^\n*_]*?\S)\2(?=[\s).,;:!?]|$)/gm, '$1$3')
    .replace(/`([^`\n]+)`/g, '$1');
}

// Necessary for a run-together join: a stop, maybe a quote, then a capital and two lowercase letters; a code unit of
// \p{Lu} or \p{Ll} is either ASCII A-Z / a-z or non-ASCII. Without Unicode properties and starting only at a stop,
// it is far cheaper than the join pattern, which is tried at every lowercase letter; most texts fail it.
const RUN_TOGETHER_HINT = /[.!?]["']?(?:[A-Z]|[^\x00-\x7f])(?:[a-z]|[^\x00-\x7f]){2}/;

/**
 * Puts back the space lost between two sentences when markup was stripped ("November 2009.This time").
 * Two lowercase letters or digits before the stop and a capitalised word of three letters or more after it
 * keep "U.S.", "St.Gallen" and agency names such as "News.Az" untouched.
 */
export function separateRunTogetherSentences(text: string): string {
  if (!RUN_TOGETHER_HINT.test(text)) return text;
  return text.replace(/([\p{Ll}\d)]{2}[.!?]["']?)(\p{Lu}\p{Ll}{2,})/gu, '$1 $2');
}

/**
 * Rejoins a sentence that a hard line wrap cut in two: a line ending in a lowercase letter or comma followed
 * directly by one that starts lowercase or with a digit ("ready to build" / "2-3 plants") is one paragraph.
 * Headings are safe: they are followed by a capital or a blank line.
 */
export function joinSoftWraps(text: string): string {
  // A metadata line ("date 2025-03-14", "by Jane Doe") under a headline is its own line, not a continuation.
  return text.replace(/([\p{Ll},;])\n(?=[\p{Ll}\d])(?!(?:date|by|updated|published)\b)/gu, '$1 ');
}
