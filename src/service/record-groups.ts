// Which blocks of a pair are consolidated together: each block alone, unless a curator's decision joins several.
import type { Decision } from '../storage/curation';

/**
 * The groups of blocks to recompute for `blocks`: each block with every block a decision in force joins to it,
 * directly or through other decisions (a merge of two people of different surnames makes their blocks one group).
 * Groups come sorted, each block in one group only.
 */
export function blockGroups(blocks: readonly string[], decisions: readonly Decision[]): string[][] {
  const parent = new Map<string, string>();
  const find = (b: string): string => {
    let root = b;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(b, root);
    return root;
  };
  const join = (a: string, b: string): void => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
  };
  for (const d of decisions) {
    if (d.undoneAt) continue;
    for (const b of d.blocks.slice(1)) join(d.blocks[0], b);
  }
  const wanted = new Set(blocks.map(find));
  const groups = new Map<string, Set<string>>();
  for (const b of [...blocks, ...parent.keys()]) {
    const root = find(b);
    if (!wanted.has(root)) continue;
    if (!groups.has(root)) groups.set(root, new Set());
    groups.get(root)!.add(b);
  }
  return [...groups.values()].map((g) => [...g].sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
