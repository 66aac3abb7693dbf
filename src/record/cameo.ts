// Record events in the event-data convention: CAMEO codes and PLOVER categories (documented in the README).
import type { RecordItem } from './types';

export interface EventCode { cameo: string; label: string; plover: string }

const VISIT: EventCode = { cameo: '042', label: 'Make a visit', plover: 'CONSULT' };
const HOST: EventCode = { cameo: '043', label: 'Host a visit', plover: 'CONSULT' };
const CALL: EventCode = { cameo: '041', label: 'Discuss by telephone', plover: 'CONSULT' };
const MEETING: EventCode = { cameo: '040', label: 'Consult', plover: 'CONSULT' };
const SIGN: EventCode = { cameo: '057', label: 'Sign formal agreement', plover: 'AGREE' };

/** A planned agreement is cooperation in its field, the 06 family of CAMEO ("engage in material cooperation"). */
const COOPERATION_BY_TOPIC: Record<string, EventCode> = {
  defense: { cameo: '062', label: 'Cooperate militarily', plover: 'COOPERATE' },
  security: { cameo: '063', label: 'Engage in judicial cooperation', plover: 'COOPERATE' },
  science: { cameo: '064', label: 'Share intelligence or information', plover: 'COOPERATE' },
  it: { cameo: '064', label: 'Share intelligence or information', plover: 'COOPERATE' },
  political: { cameo: '060', label: 'Engage in material cooperation', plover: 'COOPERATE' },
  other: { cameo: '060', label: 'Engage in material cooperation', plover: 'COOPERATE' },
};
const ECONOMIC_COOPERATION: EventCode = { cameo: '061', label: 'Cooperate economically', plover: 'COOPERATE' };

/** One row's actors and code; a visit also gives its host's side (043) when asked. */
export interface EventRow { source: string; target: string; code: EventCode }

export function eventRows(item: RecordItem, opts: { hosts?: boolean } = {}): EventRow[] {
  switch (item.type) {
    case 'visit': {
      const visitor = item.visitor as string, host = item.host as string;
      const rows = [{ source: visitor, target: host, code: VISIT }];
      if (opts.hosts) rows.push({ source: host, target: visitor, code: HOST });
      return rows;
    }
    case 'call': return dyads(item, CALL);
    case 'meeting': return dyads(item, MEETING);
    case 'agreement': {
      const code = item.status === 'planned' ? COOPERATION_BY_TOPIC[item.topic as string] ?? ECONOMIC_COOPERATION : SIGN;
      return dyads(item, code);
    }
    default: return [];
  }
}

/** Every pair of the parties, in code order: a three-state meeting is three dyads. */
function dyads(item: RecordItem, code: EventCode): EventRow[] {
  const parties = [...(item.parties as string[])].sort();
  const rows: EventRow[] = [];
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) rows.push({ source: parties[i], target: parties[j], code });
  }
  return rows;
}
