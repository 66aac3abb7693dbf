// Splits a document's text into plain and highlighted stretches from its facts' evidence spans (overlaps allowed).

export interface Span { start: number; end: number; id: string | number; type: string }

/** A stretch of text and the facts whose evidence covers all of it (empty for plain text). */
export interface Segment { start: number; end: number; text: string; spans: Span[] }

/**
 * Cuts the text at every span boundary, so overlapping evidence gives stretches covered by one, two or more facts.
 * Spans outside the text or empty are ignored: the text is what the reader sees, a bad offset must not hide it.
 */
export function segment(text: string, spans: Span[]): Segment[] {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    const last = out[out.length - 1];
    // Neighbouring plain stretches are one: fewer nodes for long articles.
    if (last && covering.length === 0 && last.spans.length === 0) {
      last.end = end; last.text = text.slice(last.start, end);
    } else {
      out.push({ start, end, text: text.slice(start, end), spans: covering });
    }
  }
  return out;
}
