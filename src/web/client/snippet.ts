// Splits a search snippet, where the API wraps matched words in [ and ], into plain and matched stretches.

export interface Piece { text: string; match: boolean }

/** "[trade] rose" → [{text: 'trade', match: true}, {text: ' rose', match: false}]; a lone bracket stays text. */
export function snippetPieces(snippet: string): Piece[] {
  const out: Piece[] = [];
  const re = /\[([^\[\]]+)\]/g;
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index! > last) out.push({ text: snippet.slice(last, m.index), match: false });
    out.push({ text: m[1], match: true });
    last = m.index! + m[0].length;
  }
  if (last < snippet.length) out.push({ text: snippet.slice(last), match: false });
  return out;
}
