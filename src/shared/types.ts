// The data model every stage of dyad shares: documents, sentences, facts and their evidence.

/** ISO 3166-1 alpha-3 code, e.g. "AZE". */
export type Country = string;

/** ISO 8601 at the precision the text supports: "2016", "2016-11", "2016-11-28". */
export type PartialDate = string;

/** A raw input as a source hands it over, before cleaning. */
export interface RawDocument {
  /** Path, URL or "-" for standard input, exactly as the user can recognise it. */
  source: string;
  kind: 'file' | 'url' | 'stdin';
  /** Bytes as read or fetched. */
  body: Buffer;
  /** MIME type from the HTTP response or guessed from the file extension. */
  contentType?: string;
  /** Publication date from the caller (`--date`), overriding what the text says. */
  dateOverride?: PartialDate;
}

/** A document after cleaning: the text that is stored, shown and that evidence offsets point into. */
export interface CleanDocument {
  /** Short stable name: a file's name without extension, or a slug of a URL. */
  name: string;
  source: string;
  title: string | null;
  text: string;
  /** sha256 (hex) of the cleaned text. */
  hash: string;
  /** ISO 639-1 code ("en"), or "und" when unknown. */
  language: string;
  /** Publication date, or null when nothing in the document fixes it (never today's date). */
  date: PartialDate | null;
  /** Where the date came from: "override", "html-meta", "date-line", "timestamp", "dateline". */
  dateSource?: string | null;
}

/** One sentence of a cleaned document, with its character span in `CleanDocument.text`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Where a fact was read: both the character span and the quoted text, so it survives re-cleaning. */
export interface Evidence {
  sentence: number;
  start: number;
  end: number;
  quote: string;
}

export const FACT_TYPES = ['person', 'visit', 'call', 'meeting', 'agreement', 'figure', 'project'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const ROLES = ['head_of_state', 'head_of_government', 'foreign_minister', 'minister', 'official',
  'diplomat', 'business', 'expert', 'other'] as const;
export type Role = (typeof ROLES)[number];

export const TOPICS = ['trade', 'investment', 'energy', 'industry', 'agriculture', 'transport', 'it', 'science',
  'education', 'culture', 'sport', 'health', 'tourism', 'defense', 'security', 'finance', 'regional',
  'political', 'economic', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

export const SECTORS = ['automotive', 'machinery', 'agriculture', 'food', 'energy', 'oil_gas', 'chemicals',
  'pharma', 'construction', 'transport', 'it', 'textiles', 'metals', 'finance', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export const METRICS = ['trade_turnover', 'exports', 'shipment', 'investment', 'arms_sales', 'other'] as const;
export type Metric = (typeof METRICS)[number];

export const UNITS = ['USD', 'EUR', 'RUB', 'AZN', 't', 'bbl', 'm3', 'pct', 'count'] as const;
export type Unit = (typeof UNITS)[number] | string;

export type AgreementStatus = 'signed' | 'in_force' | 'planned';
export type ProjectStatus = 'proposed' | 'agreed' | 'under_construction' | 'operating';
export type Modality = 'actual' | 'target';

export interface PersonFact { type: 'person'; name: string; country: Country | null; role: Role; title?: string }
export interface VisitFact { type: 'visit'; visitor: Country; host: Country; date: PartialDate | null; place: string | null; who?: string }
export interface CallFact { type: 'call'; parties: Country[]; date: PartialDate | null }
export interface MeetingFact { type: 'meeting'; parties: Country[]; date: PartialDate | null; place: string | null }
export interface AgreementFact { type: 'agreement'; parties: Country[]; topic: Topic; date: PartialDate | null; status: AgreementStatus }
export interface FigureFact {
  type: 'figure'; metric: Metric; from: Country | null; to: Country | null; value: number; unit: Unit;
  /** "2018", "2020-01/2020-04", or null. */
  period: string | null; modality: Modality; commodity?: string | null;
}
export interface ProjectFact { type: 'project'; parties: Country[]; name: string; sector: Sector; place: string | null; status: ProjectStatus }

/** A fact in the Facts v1 interchange shape, without `doc` and `evidence`. */
export type FactBody = PersonFact | VisitFact | CallFact | MeetingFact | AgreementFact | FigureFact | ProjectFact;

/** A fact as dyad keeps it: the body plus how sure we are and where it was read. */
export type Fact = FactBody & { confidence: number; evidence: Evidence };

/** The Facts v1 line as `dyad extract --format facts` prints it. */
export type FactsV1 = FactBody & { doc: string; evidence?: string };
