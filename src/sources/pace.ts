// Spaces out requests to one host, so a feed of a hundred links does not hit its server a hundred times at once.

const nextSlot = new Map<string, number>();

/**
 * Waits until `intervalMs` has passed since the last request this process made to `host`. The slot is taken
 * before waiting, so callers that ask at the same moment queue up one interval apart.
 */
export async function paceHost(host: string, intervalMs: number): Promise<void> {
  if (intervalMs <= 0) return;
  const now = Date.now();
  const slot = Math.max(now, nextSlot.get(host) ?? 0);
  nextSlot.set(host, slot + intervalMs);
  if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
}
