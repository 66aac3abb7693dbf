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

interface EventGroup {
  cluster: Cluster<EventFact>;
  date: string | null;
  /** The distinct places its reports give, and the numbered sessions they name. */
  places: string[];
  sessions: Set<string>;
}

/**
 * The groups a fact can join, found by its key and month (or year, or session) rather than by looking at every group:
 * a pair with years of reports has thousands of events.
 */
class GroupIndex {
  private readonly byMonth = new Map<string, EventGroup[]>();
  private readonly byYearOnly = new Map<string, EventGroup[]>();
  private readonly byYear = new Map<string, EventGroup[]>();
  private readonly bySession = new Map<string, EventGroup[]>();

  /** Files a group under its date; called again when its date moves (a visit's earlier first day). */
  add(key: string, g: EventGroup): void {
    if (!g.date) return;
    const year = g.date.slice(0, 4);
    push(this.byYear, `${key}|${year}`, g);
    if (precision(g.date) === 1) push(this.byYearOnly, `${key}|${year}`, g);
    else push(this.byMonth, `${key}|${g.date.slice(0, 7)}`, g);
  }

  addSession(key: string, session: string, g: EventGroup): void {
    const list = this.bySession.get(`${key}|${session}`);
    if (!list?.includes(g)) push(this.bySession, `${key}|${session}`, g);
  }

  /** Groups a date can agree with: its month (and the months either side) and its year given alone; all of a year. */
  near(key: string, date: string, monthsAround: number): EventGroup[] {
    if (precision(date) === 1) return this.byYear.get(`${key}|${date}`) ?? [];
    const out = [...(this.byYearOnly.get(`${key}|${date.slice(0, 4)}`) ?? [])];
    for (let k = -monthsAround; k <= monthsAround; k++) out.push(...(this.byMonth.get(`${key}|${shiftMonth(date, k)}`) ?? []));
    return [...new Set(out)];
  }

  inSession(key: string, session: string): EventGroup[] {
    return this.bySession.get(`${key}|${session}`) ?? [];
  }
}

/** "2024-12" moved by k months: "2025-01" for k = 1. */
function shiftMonth(date: string, k: number): string {
  const months = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + k;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Day-precise reports are grouped first, then month, then year: a less precise date joins the one event it agrees
 * with (and stays its own item when it agrees with several, or none). Two facts of one document are never one
 * event: a document names each event once. Undated reports join a dated event only when tied to it.
 */
export function consolidateEvents(entries: EventEntry[], options: ConsolidateOptions = {}): RecordItem[] {
  const groups: EventGroup[] = [];
  const index = new GroupIndex();
  const ordered = [...entries].sort((a, b) => precision(b.fact.date) - precision(a.fact.date) || a.order - b.order);
  for (const e of ordered) {
    const key = eventKey(e.fact);
    const place = placeOf(e.fact);
    const session = sessionKey(e.fact.evidence);
    // Neighbouring months too: a visit from 31 August, a report published on 2 September about 28 August.
    const nearby = e.fact.date ? index.near(key, e.fact.date, e.fact.type === 'visit' && precision(e.fact.date) === 3 ? 1 : 0)
      : precision(e.docDate) === 3 ? index.near(key, e.docDate!, 1) : [];
    const candidates = session ? [...new Set([...nearby, ...index.inSession(key, session)])] : nearby;
    const open = candidates.filter((g) => !g.cluster.hasDoc(e.fact.doc) && g.places.every((p) => placesAgree(p, place))
      && !g.cluster.vetoed(e, options.keepApart));
    const match = e.fact.date ? datedMatch(open, e) : undatedMatch(open, e) ?? sessionMatch(open, session);
    let group: EventGroup;
    if (match) {
      group = match.group;
      group.cluster.join(e, match.rule, group.cluster.entries[0]);
      const before = group.date;
      group.date = match.rule === EVENT_RULES.visitDays ? earliest(group.date!, e.fact.date!) : finer(group.date, e.fact.date);
      if (group.date !== before && group.date?.slice(0, 7) !== before?.slice(0, 7)) index.add(key, group);
      if (place && !group.places.some((p) => samePlace(p, place))) group.places.push(place);
    } else {
      group = { cluster: new Cluster(e), date: e.fact.date, places: place ? [place] : [], sessions: new Set() };
      groups.push(group);
      index.add(key, group);
    }
    if (session) {
      group.sessions.add(session);
      index.addSession(key, session, group);
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
  const placed = agreeing.filter((g) => g.places.some((p) => samePlace(p, placeOf(e.fact))));
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
  const tied = open.filter((g) => precision(g.date) === 3 && Math.abs(daysBetween(g.date!, docDate!)) <= UNDATED_TIE_DAYS);
  return tied.length === 1 ? { group: tied[0], rule: EVENT_RULES.undatedTied } : null;
}

/** An undated report of "the 13th session of the commission" is the event another report gives that session to. */
function sessionMatch(open: EventGroup[], session: string | null): { group: EventGroup; rule: string } | null {
  if (!session) return null;
  const same = open.filter((g) => g.sessions.has(session));
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
