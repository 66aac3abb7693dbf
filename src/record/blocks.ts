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
//   A visit that straddles New Year, or an undated report of a numbered session of another year, stays apart;
// - figure: the measure (metric, direction, unit) and the year its period starts, so that a target is judged against
//   the actuals of its period and disagreeing sources of one period meet; a figure without a period goes to its
//   measure's periodless block, by the order of magnitude of its value (values within 2% share it but near the
//   boundaries at 3.16 × 10^k, which no round figure is near);
// - project: its parties, sector and the content words of its name (the same-name rule); acronyms and shortened
//   names of one place stay apart unless a curator merges them.
import type { FigureFact, PartialDate, ProjectFact } from '../shared/types';
import { canonicalPeriod } from './dates';
import { eventKey, type EventFact } from './events';
import { measureKey } from './figures';
import { foldName, nameParts } from './names';
import { nameWords } from './projects';
import type { SourceFact } from './types';

const yearOf = (date: PartialDate | null | undefined): string => (date ? date.slice(0, 4) : '-');

/** "9" for values from 3.2 billion down to 320 million: powers of ten rounded, so boundaries fall between round numbers. */
function magnitude(value: number): string {
  const v = Math.abs(value);
  return v > 0 && Number.isFinite(v) ? String(Math.round(Math.log10(v))) : '0';
}

function figureBlock(f: FigureFact): string {
  const period = canonicalPeriod(f.period);
  return period ? `figure ${measureKey(f)} ${period.slice(0, 4)}` : `figure ${measureKey(f)} no period ~1e${magnitude(f.value)}`;
}

function projectBlock(f: ProjectFact): string {
  const words = nameWords(f.name, f.parties).join(' ') || foldName(f.name);
  return `project ${[...new Set(f.parties)].sort().join(',')} ${f.sector} ${words}`;
}

/** The block of a fact of a document dated `docDate` (null when unknown). */
export function blockKey(fact: SourceFact, docDate: PartialDate | null): string {
  switch (fact.type) {
    case 'person': return `person ${nameParts(fact.name).surnameKey}`;
    case 'figure': return figureBlock(fact);
    case 'project': return projectBlock(fact);
    default: {
      const event = fact as EventFact;
      return `${eventKey(event)} ${yearOf(event.date ?? docDate)}`;
    }
  }
}
