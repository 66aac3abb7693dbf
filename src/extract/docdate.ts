// The date of a document whose metadata gives none, as far as its own text fixes it: a numeric or year-less
// dateline, a line that is only a date, a dated photo caption. Never guessed: a text that fixes no year has no date.
import { parseWrittenDate, timestampLine } from '../cleaning/metadata';
import { MONTH_RE } from '../language/dates-calendar';
import { findDates } from '../language/dates';

// "Baku/29.09.21/Agency:": the agency's dateline with a two-digit year.
const NUMERIC_DATELINE = /^\s*\p{Lu}[\p{L} .'-]{1,30}\/(\d{1,2})\.(\d{1,2})\.(\d{2})\//u;
// "BAKU, Azerbaijan, August 21." / "BUENOS AIRES, April 4 (Reuters) -": a dateline without its year.
const YEARLESS_DATELINE = new RegExp(String.raw`^\s*\p{Lu}[\p{Lu} .'-]{1,30}(?:,\s*\p{Lu}[\p{L} .'-]{1,30})?,\s*(${MONTH_RE}\.?\s+\d{1,2})\b(?!,?\s*(?:19|20)\d\d)`, 'u');
const CAPTION = /\b(?:photo|picture|file image)\b/i;
const FIRST_LINES = 4;

export function inferDocDate(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const top = lines.slice(0, FIRST_LINES);
  for (const line of top) {
    const m = NUMERIC_DATELINE.exec(line);
    if (m) return parseWrittenDate(`${m[1]}.${m[2]}.20${m[3]}`);
  }
  // A line that is nothing but a date, wherever it stands (some pages print it under the article).
  for (const line of lines) {
    if (line.length > 40) continue;
    const d = timestampLine(line);
    if (d && d.length === 10) return d;
  }
  // "Kyiv, Ukraine, Feb. 3, 2022. (Presidential Press Office Photo via AP)": a caption dates the event pictured.
  for (const line of top) {
    if (!CAPTION.test(line)) continue;
    const d = parseWrittenDate(line);
    if (d && d.length === 10) return d;
  }
  for (const line of top) {
    const m = YEARLESS_DATELINE.exec(line);
    if (!m) continue;
    return withYearFromText(m[1], text);
  }
  return null;
}

/**
 * A year-less dateline's year: the first at which it falls on or after the latest month or day the text itself
 * dates, less a month ("July 9, 2023" before "August 21" makes it 2023; "since July 2023" before "May 2" makes
 * it 2024; a publication stamp of June 22 keeps a dateline of June 21 in the stamp's year).
 */
function withYearFromText(monthDay: string, text: string): string | null {
  let latest: string | null = null;
  for (const d of findDates(text, null)) {
    if (!d.date || d.inferred || d.date.length < 7 || d.kind === 'until' || d.kind === 'relative') continue;
    const end = d.kind === 'period' && d.endDate ? d.endDate : d.date;
    if (!latest || end > latest) latest = end;
  }
  if (!latest) return null;
  const year = Number(latest.slice(0, 4));
  const same = parseWrittenDate(monthDay, year);
  if (!same || same.length !== 10) return null;
  // A stamp a day or a few weeks after the dateline (publication, an update) still dates the same year.
  const slack = Date.parse(`${latest.length === 7 ? `${latest}-01` : latest.slice(0, 10)}T00:00:00Z`) - 31 * 86_400_000;
  return Date.parse(`${same}T00:00:00Z`) >= slack ? same : parseWrittenDate(monthDay, year + 1);
}
