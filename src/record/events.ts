// Visits, calls, meetings and agreements across documents: one item per real event, whatever its reports' dates.
import type { AgreementFact, CallFact, MeetingFact, VisitFact } from '../shared/types';
import { Cluster, type Entry } from './cluster';
import { datesAgree, daysBetween, finer, precision } from './dates';
import { commonPlace, placesAgree, samePlace } from './places';
import { sessionKey } from './ties';
import type { ConsolidateOptions, RecordItem, SourceFact } from './types';

export type EventFact = (VisitFact | CallFact | MeetingFact | AgreementFact) & SourceFact;
type EventEntry = Entry<EventFact>;

/** The reasons an event merge can give. */
export const EVENT_RULES = {
  sameDate: 'same event, same date',
  finerDate: 'date of lower precision agrees with the only matching event',
  visitDays: 'a visit reported on days two or fewer apart',
  undatedTied: 'undated report published within a week of the one dated event of its parties, places agreeing',
  sameSession: 'same numbered session of the same body, places agreeing',
} as const;

/**
 * A report without a date of its own is tied to a dated event only when its document appeared this close to it, no
 * place contradicts, and no other event of the same parties is as close.
 */
const UNDATED_TIE_DAYS = 7;

/** Agreement statuses in the order a document moves through them, for equal document dates. */
const AGREEMENT_STAGE: Record<string, number> = { planned: 0, signed: 1, in_force: 2 };

/** Which facts can be the same event at all: same visitor and host, same parties, and for agreements same topic. */
export function eventKey(f: EventFact): string {
  switch (f.type) {
    case 'visit': return `visit ${f.visitor}>${f.host}`;
    case 'agreement': return `agreement ${[...f.parties].sort().join(',')} ${f.topic}`;
    default: return `${f.type} ${[...f.parties].sort().join(',')}`;
  }
}

const placeOf = (f: EventFact): string | null => ('place' in f ? f.place ?? null : null);

interface EventGroup { cluster: Cluster<EventFact>; key: string; date: string | null }

/**
 * Day-precise reports are grouped first, then month, then year: a less precise date joins the one event it agrees
 * with (and stays its own item when it agrees with several, or none). Two facts of one document are never one
 * event: a document names each event once. Undated reports join a dated event only when tied to it.
 */
export function consolidateEvents(entries: EventEntry[], options: ConsolidateOptions = {}): RecordItem[] {
  const groups: EventGroup[] = [];
  const ordered = [...entries].sort((a, b) => precision(b.fact.date) - precision(a.fact.date) || a.order - b.order);
  for (const e of ordered) {
    const key = eventKey(e.fact);
    const open = groups.filter((g) => g.key === key && !g.cluster.hasDoc(e.fact.doc) && !g.cluster.vetoed(e, options.keepApart)
      && g.cluster.entries.every((m) => placesAgree(placeOf(m.fact), placeOf(e.fact))));
    const match = e.fact.date ? datedMatch(open, e) : undatedMatch(open, e) ?? sessionMatch(open, e);
    if (match) {
      match.group.cluster.join(e, match.rule, match.group.cluster.entries[0]);
      match.group.date = match.rule === EVENT_RULES.visitDays ? earliest(match.group.date!, e.fact.date!) : finer(match.group.date, e.fact.date);
    } else {
      groups.push({ cluster: new Cluster(e), key, date: e.fact.date });
    }
  }
  return groups.map(toItem);
}

/**
 * A visit lasts some days, and reports date it by its first day or the day they describe ("arrived on the 22nd" of
 * a visit of the 21st-23rd): day-precise reports of one visitor and host this close are one visit.
 */
const VISIT_DAYS = 2;

/** A visit's date is its first day. */
const earliest = (a: string, b: string): string => (a <= b ? a : b);

function sameDay(type: string, a: string | null, b: string | null): boolean {
  if (datesAgree(a, b)) return true;
  return type === 'visit' && precision(a) === 3 && precision(b) === 3 && Math.abs(daysBetween(a!, b!)) <= VISIT_DAYS;
}

function datedMatch(open: EventGroup[], e: EventEntry): { group: EventGroup; rule: string } | null {
  const agreeing = open.filter((g) => sameDay(e.fact.type, g.date, e.fact.date));
  // Among several events the date agrees with, one that also shares the place is the one meant.
  const placed = agreeing.filter((g) => g.cluster.entries.some((m) => samePlace(placeOf(m.fact), placeOf(e.fact))));
  // A year alone ("talks in 2022") is too coarse to tie a report to one event unless the place ties it too.
  const pick = precision(e.fact.date) < 2 ? (placed.length === 1 ? placed[0] : null)
    : agreeing.length === 1 ? agreeing[0] : placed.length === 1 ? placed[0] : null;
  if (!pick) return null;
  const rule = pick.date === e.fact.date ? EVENT_RULES.sameDate
    : datesAgree(pick.date, e.fact.date) ? EVENT_RULES.finerDate : EVENT_RULES.visitDays;
  return { group: pick, rule };
}

function undatedMatch(open: EventGroup[], e: EventEntry): { group: EventGroup; rule: string } | null {
  const docDate = e.docDate;
  if (precision(docDate) < 3) return null;
  const place = placeOf(e.fact);
  const tied = open.filter((g) => precision(g.date) === 3 && Math.abs(daysBetween(g.date!, docDate!)) <= UNDATED_TIE_DAYS
    && g.cluster.entries.every((m) => placesAgree(placeOf(m.fact), place)));
  return tied.length === 1 ? { group: tied[0], rule: EVENT_RULES.undatedTied } : null;
}

/** An undated report of "the 13th session of the commission" is the event another report gives that session to. */
function sessionMatch(open: EventGroup[], e: EventEntry): { group: EventGroup; rule: string } | null {
  const key = sessionKey(e.fact.evidence);
  if (!key) return null;
  const same = open.filter((g) => g.cluster.entries.some((m) => sessionKey(m.fact.evidence) === key));
  return same.length === 1 ? { group: same[0], rule: EVENT_RULES.sameSession } : null;
}

function toItem({ cluster, date }: EventGroup): RecordItem {
  const timeline = cluster.chronological();
  const first = timeline[0].fact;
  const common = { docs: cluster.docs, sources: cluster.sources(), merges: cluster.merges };
  const place = commonPlace(timeline.map((e) => placeOf(e.fact)));
  switch (first.type) {
    case 'visit': return { type: 'visit', visitor: first.visitor, host: first.host, date, place, ...common };
    case 'call': return { type: 'call', parties: sortedParties(timeline), date, ...common };
    case 'meeting': return { type: 'meeting', parties: sortedParties(timeline), date, place, ...common };
    case 'agreement': {
      // The status the newest document gives (a planned agreement that is later signed is signed); documents of
      // the same date are read as moving forward.
      const newestDate = timeline[timeline.length - 1].docDate;
      const status = timeline.filter((e) => e.docDate === newestDate).map((e) => (e.fact as AgreementFact).status)
        .reduce((a, b) => (AGREEMENT_STAGE[b] > AGREEMENT_STAGE[a] ? b : a));
      return { type: 'agreement', parties: sortedParties(timeline), topic: (first as AgreementFact).topic, date, status, ...common };
    }
  }
}

function sortedParties(timeline: EventEntry[]): string[] {
  return [...new Set((timeline[0].fact as { parties: string[] }).parties)].sort();
}
