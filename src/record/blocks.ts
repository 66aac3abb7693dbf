// The block of a fact: the facts that can end up in one item share it, so a record is consolidated block by block.
//
// Why blocks: a pair's record is the concatenation of its blocks' items, each block consolidated on its own. A new
// document then changes only the blocks its facts fall in, and a rebuild that goes block by block gives the same
// items as the updates did, by construction. A block key is computed from the fact alone and its document's date,
// never from the other facts, so it can be stored with the fact and looked up through an index.
//
// Each kind's key follows what its consolidation compares, so that only rare look-alikes across a boundary are lost:
// - person: the phonetic surname key (a surname alone shares it with the full name; spellings share it too);
// - visit, call, meeting, agreement: who with whom (and an agreement's topic), and the year of the event; an
//   undated report takes its document's year, which is the year of the events it can be tied to (within a week).
//   A visit that straddles New Year, or an undated report of a numbered session of another year, stays apart. An
//   undated report in an undated document joins only reports of the same numbered session: its block is that session,
//   or its own document when it names none;
// - figure: the measure (metric, direction, unit) and the period, which is what a series, a conflict and a target's
//   judgement compare; a figure without a period goes to its measure's periodless block for its value rounded to two
//   significant digits (restated goals give the same value; values within 2% that round apart stay apart, and a
//   periodless figure is no longer adopted by a dated one, which the gold records never needed);
// - project: its parties, sector and the content words of its name (the same-name rule); acronyms and shortened
//   names of one place stay apart unless a curator merges them.
import type { FigureFact, PartialDate, ProjectFact } from '../shared/types';
import { canonicalPeriod } from './dates';
import { eventKey, type EventFact } from './events';
import { measureKey } from './figures';
import { foldName, nameParts } from './names';
import { nameWords } from './projects';
import { sessionKey } from './ties';
import type { SourceFact } from './types';

/** "1.8e8" for 178.7 million and for 180 million: a value rounded to two significant digits. */
const roughValue = (value: number): string => (Number.isFinite(value) ? value.toPrecision(2) : String(value));

function figureBlock(f: FigureFact): string {
  const period = canonicalPeriod(f.period);
  return period ? `figure ${measureKey(f)} ${period}` : `figure ${measureKey(f)} no period ~${roughValue(f.value)}`;
}

function projectBlock(f: ProjectFact): string {
  const words = nameWords(f.name, f.parties).join(' ') || foldName(f.name);
  return `project ${[...new Set(f.parties)].sort().join(',')} ${f.sector} ${words}`;
}

function eventBlock(f: EventFact & SourceFact, docDate: PartialDate | null): string {
  const when = f.date ?? docDate;
  if (when) return `${eventKey(f)} ${when.slice(0, 4)}`;
  const session = sessionKey(f.evidence);
  return `${eventKey(f)} undated ${session ? `session ${session}` : `in ${f.doc}`}`;
}

/** The block of a fact of a document dated `docDate` (null when unknown). */
export function blockKey(fact: SourceFact, docDate: PartialDate | null): string {
  switch (fact.type) {
    case 'person': return `person ${nameParts(fact.name).surnameKey}`;
    case 'figure': return figureBlock(fact);
    case 'project': return projectBlock(fact);
    default: return eventBlock(fact as EventFact & SourceFact, docDate);
  }
}
