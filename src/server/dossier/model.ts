// What a pair's dossier says, gathered once from the stored data so the HTML, Markdown and PDF say the same.
import type { Driver } from '../../storage/driver';
import { notFound } from '../core/errors';
import type { Pair } from '../core/params';
import { countryName } from '../../service/read/countries';
import { queryEvents, type ApiEvent } from '../../service/read/events';
import type { DocumentRef } from '../../service/read/facts';
import { conflicts, figureSeries, pledges, type FigurePoint, type FigureSeries, type Pledge } from '../../service/read/figures';
import { listPeople } from '../../service/read/people';
import { projects, type Project } from '../../service/read/projects';
import { peopleFinder } from './people';

/** A statement with the numbers of the footnotes (sources) it rests on. */
export interface Statement { text: string; date: string | null; notes: number[] }

export interface Footnote { n: number; document: DocumentRef; quotes: string[] }

export interface Dossier {
  pair: string;
  title: string;
  generatedAt: string;
  keyNumbers: { label: string; value: string }[];
  keyFigures: Statement[];
  timeline: Statement[];
  agreementsByTopic: { topic: string; items: Statement[] }[];
  projects: { name: string; status: string; history: Statement[] }[];
  pledges: { met: Statement[]; missed: Statement[]; open: Statement[] };
  conflicts: { label: string; values: Statement[] }[];
  footnotes: Footnote[];
}

const TYPE_LABEL: Record<string, string> = { visit: 'Visit', call: 'Phone call', meeting: 'Meeting', agreement: 'Agreement' };
const METRIC_LABEL: Record<string, string> = {
  trade_turnover: 'Trade turnover', exports: 'Exports', shipment: 'Shipments', investment: 'Investment',
  arms_sales: 'Arms sales', other: 'Other figure',
};

const name = (code: unknown): string => (typeof code === 'string' ? countryName(code) : 'unknown');
const words = (s: string): string => s.replaceAll('_', ' ');

/** Topic codes as a reader says them ("an agreement on information technology", not "on it"). */
const TOPIC_WORDS: Record<string, string> = {
  it: 'information technology', economic: 'economic cooperation', political: 'political relations',
  regional: 'regional cooperation', other: 'other matters',
};
const topicWords = (t: unknown): string => TOPIC_WORDS[String(t)] ?? words(String(t));

/** "1,250,000,000 USD" → "1.25 billion USD". */
export function formatValue(value: number, unit: string): string {
  const abs = Math.abs(value);
  const scaled = abs >= 1e9 ? `${+(value / 1e9).toFixed(2)} billion` : abs >= 1e6 ? `${+(value / 1e6).toFixed(2)} million`
    : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return unit === 'pct' ? `${value}%` : `${scaled} ${unit}`;
}

export function describeEvent(e: { type: string; body: Record<string, unknown> }): string {
  const b = e.body;
  const place = typeof b.place === 'string' && b.place ? ` in ${b.place}` : '';
  const parties = Array.isArray(b.parties) ? b.parties.map(name).join(' and ') : '';
  switch (e.type) {
    case 'visit': return `Visit${typeof b.who === 'string' ? ` by ${b.who}` : ''} from ${name(b.visitor)} to ${name(b.host)}${place}`;
    case 'call': return `Phone call between ${parties}`;
    case 'meeting': return `Meeting of ${parties}${place}`;
    case 'agreement': return `Agreement on ${topicWords(b.topic)} between ${parties} (${words(String(b.status))})`;
    default: return TYPE_LABEL[e.type] ?? e.type;
  }
}

function figureLabel(s: Pick<FigureSeries, 'metric' | 'from' | 'to'> & { commodity?: string | null }): string {
  // Turnover has no direction (Facts v1): it is between the two states.
  const dir = !(s.from && s.to) ? '' : s.metric === 'trade_turnover' ? ` between ${name(s.from)} and ${name(s.to)}`
    : ` from ${name(s.from)} to ${name(s.to)}`;
  const what = s.commodity ? ` of ${s.commodity}` : '';
  return `${METRIC_LABEL[s.metric] ?? words(s.metric)}${what}${dir}`;
}

class Notes {
  private readonly byDoc = new Map<number, Footnote>();
  cite(sources: { document: DocumentRef; evidence: { quote: string } }[]): number[] {
    const ns = new Set<number>();
    for (const s of sources) {
      let note = this.byDoc.get(s.document.id);
      if (!note) {
        note = { n: this.byDoc.size + 1, document: s.document, quotes: [] };
        this.byDoc.set(s.document.id, note);
      }
      if (!note.quotes.includes(s.evidence.quote)) note.quotes.push(s.evidence.quote);
      ns.add(note.n);
    }
    return [...ns].sort((a, b) => a - b);
  }
  list(): Footnote[] {
    return [...this.byDoc.values()].sort((a, b) => a.n - b.n);
  }
}

/** More people than a dossier lists for one pair; the rest are left out of the events' wording. */
const PEOPLE_LIMIT = 500;

/** A quote cut to about 160 characters at a word boundary. */
function excerpt(quote: string, max = 160): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  if (q.length <= max) return q;
  const cut = q.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

function pledgeText(p: Pledge): string {
  const target = `${figureLabel(p)}: ${formatValue(p.value, p.unit)}${p.period ? ` for ${p.period}` : ''}`;
  return p.actual === null ? target : `${target} (actual ${formatValue(p.actual, p.unit)})`;
}

export async function buildDossier(driver: Driver, pair: Pair, now = new Date()): Promise<Dossier> {
  const [events, series, targets, projectList, people] = await Promise.all([
    queryEvents(driver, { pair, order: 'date' }),
    figureSeries(driver, { pair }),
    pledges(driver, { pair }),
    projects(driver, { pair }),
    listPeople(driver, { pair }, { limit: PEOPLE_LIMIT, offset: 0 }),
  ]);
  if (!events.length && !series.length && !projectList.length) throw notFound('facts about the pair', pair.key);
  const notes = new Notes();
  const statement = (text: string, date: string | null, sources: Parameters<Notes['cite']>[0]): Statement =>
    ({ text, date, notes: notes.cite(sources) });

  const actualSeries = series.filter((s) => s.modality === 'actual');
  // A figure of no named metric says nothing without its words: the sentence's own wording follows it.
  const wording = (metric: string, p: FigurePoint): string =>
    (metric === 'other' && p.sources[0] ? ` — “${excerpt(p.sources[0].evidence.quote)}”` : '');
  const keyFigures = actualSeries.flatMap((s) => s.points.map((p: FigurePoint) =>
    statement(`${figureLabel({ ...s })}: ${formatValue(p.value, s.unit)}${p.conflict ? ' (sources disagree)' : ''}`
      + wording(s.metric, p), p.period, p.sources)));
  // " (A, B)": the pair's people that an event's sentences name.
  const findPeople = peopleFinder(people);
  const withPeople = (e: ApiEvent): string => {
    const named = findPeople(e.sources.map((s) => s.evidence.quote));
    return `${describeEvent(e)}${named.length ? ` (${named.join(', ')})` : ''}`;
  };

  // An event no document dates is placed by its first report.
  const reported = (e: ApiEvent): string => {
    const first = e.sources.map((x) => x.document.date).filter((d): d is string => !!d).sort()[0];
    return e.date || !first ? '' : ` (undated; reported ${first})`;
  };
  const timeline = events.map((e: ApiEvent) => statement(`${withPeople(e)}${reported(e)}`, e.date, e.sources));

  const topics = new Map<string, Statement[]>();
  for (const e of events.filter((x) => x.type === 'agreement')) {
    const topic = topicWords(e.body.topic ?? 'other');
    topics.set(topic, [...(topics.get(topic) ?? []), statement(withPeople(e), e.date, e.sources)]);
  }

  const projectStories = projectList.map((p: Project) => ({
    name: p.name, status: words(p.status),
    history: p.history.map((h) => statement(words(h.status), h.date, p.sources.filter((x) => h.docs.includes(x.document.name)))),
  }));

  const byOutcome = { met: [] as Statement[], missed: [] as Statement[], open: [] as Statement[] };
  for (const p of targets) byOutcome[p.outcome].push(statement(pledgeText(p), p.period, p.sources));

  const conflicting = conflicts(series).map(({ series: s, points }) => ({
    label: `${figureLabel({ ...s })}, ${points[0].period ?? 'undated'}`,
    values: points.map((p) => statement(formatValue(p.value, s.unit), p.period, p.sources)),
  }));

  const docCount = new Set([...events.flatMap((e) => e.sources), ...series.flatMap((s) => s.points.flatMap((p) => p.sources))]
    .map((s) => s.document.id)).size;
  const count = (t: string) => events.filter((e) => e.type === t).length;
  return {
    pair: pair.key,
    title: `${countryName(pair.a)} – ${countryName(pair.b)}`,
    generatedAt: now.toISOString(),
    keyNumbers: [
      { label: 'Documents', value: String(docCount) },
      { label: 'Visits', value: String(count('visit')) },
      { label: 'Phone calls', value: String(count('call')) },
      { label: 'Meetings', value: String(count('meeting')) },
      { label: 'Agreements', value: String(count('agreement')) },
      { label: 'Projects', value: String(projectList.length) },
      { label: 'Pledges met / missed / open', value: `${byOutcome.met.length} / ${byOutcome.missed.length} / ${byOutcome.open.length}` },
      { label: 'Conflicting figures', value: String(conflicting.length) },
    ],
    keyFigures,
    timeline,
    agreementsByTopic: [...topics.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([topic, items]) => ({ topic, items })),
    projects: projectStories,
    pledges: byOutcome,
    conflicts: conflicting,
    footnotes: notes.list(),
  };
}
