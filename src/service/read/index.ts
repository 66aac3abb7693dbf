// The service's reads in SQL (pages, filters, sources of the rows shown): what the HTTP API and the CLI's reads call.
export { EVENT_TYPES, badParameter, notFound, type Page, type Pair } from './page';
export { countryName, pairCountries } from './countries';
export { factCurations, withFactIds, type ApiDecision, type Curation, type FactCurations } from './curated';
export { getDocument, listDocuments, requireDocument, type ApiDocument } from './documents';
export { queryEvents, timeline, type ApiEvent, type TimelineMark } from './events';
export { countFacts, documentRef, queryFacts, type ApiFact, type DocumentRef, type EvidenceSpan, type FactFilter } from './facts';
export { conflicts, figureSeries, pledges, type FigurePoint, type FigureSeries, type Pledge } from './figures';
export { getPerson, listPeople, type Person, type PersonDetail } from './people';
export { listPairs, pairKeyFigures, pairSummary, type KeyFigure, type PairListing, type PairSummary } from './pairs';
export { projects, type Project } from './projects';
export { itemsOfFacts, queryItems, type ApiItem, type ItemFilter, type Source } from './record';
export { search, type SearchFilter, type SearchHit, type SearchResult } from './search';
