// The registry of fact kinds: every layer (storage, CLI, Facts v1, record) reads a kind's shape from here.
import { z } from 'zod';
import { DyadError } from '../errors';
import { agreement, agreementSchema, type AgreementFact } from './agreement';
import { call, callSchema, type CallFact } from './call';
import { evidenceSchema, FACT_TYPES, type Country, type Evidence, type FactType, type KindDescriptor } from './common';
import { figure, figureSchema, type FigureFact } from './figure';
import { meeting, meetingSchema, type MeetingFact } from './meeting';
import { person, personSchema, type PersonFact } from './person';
import { project, projectSchema, type ProjectFact } from './project';
import { visit, visitSchema, type VisitFact } from './visit';

export * from './common';
export { agreementSchema, callSchema, figureSchema, meetingSchema, personSchema, projectSchema, visitSchema };
export type { AgreementFact, CallFact, FigureFact, MeetingFact, PersonFact, ProjectFact, VisitFact };
export { surnameOf } from './person';
export { figureEnds } from './figure';

/** A fact in the Facts v1 interchange shape, without `doc` and `evidence`. */
export type FactBody = PersonFact | VisitFact | CallFact | MeetingFact | AgreementFact | FigureFact | ProjectFact;

/** A fact as dyad keeps it: the body plus how sure we are and where it was read. */
export type Fact = FactBody & { confidence: number; evidence: Evidence };

/** The Facts v1 line as `dyad extract --format facts` prints it. */
export type FactsV1 = FactBody & { doc: string; evidence?: string };

type Registry = { [K in FactType]: KindDescriptor<Extract<FactBody, { type: K }>> };

/** One descriptor per kind, by its type name. */
export const KINDS: Registry = { person, visit, call, meeting, agreement, figure, project };

/** The descriptor of a fact's kind, typed to take any fact body. */
export function kindOf(type: FactType): KindDescriptor<FactBody> {
  const kind = KINDS[type] as unknown as KindDescriptor<FactBody> | undefined;
  if (!kind) throw new DyadError('unsupported', `unknown fact type "${type}": expected one of ${FACT_TYPES.join(', ')}`);
  return kind;
}

/** The two states of the stored pair columns and the date or period, as the store normalises them. */
export function factColumns(fact: FactBody): { a: Country | null; b: Country | null; when: string | null } {
  const kind = kindOf(fact.type);
  return { ...kind.parties(fact), when: kind.when(fact) };
}

// Generic so a whole Fact (with confidence and evidence) passes as well as a bare body.
export const factKey = <F extends FactBody>(fact: F): string => kindOf(fact.type).key(fact);
export const describeFact = <F extends FactBody>(fact: F): string => kindOf(fact.type).describe(fact);
export const factCountries = <F extends FactBody>(fact: F): (Country | null)[] => kindOf(fact.type).countries(fact);

/**
 * One Facts v1 object for a fact of the document `docName`: internal fields (confidence, a visit's `who`, a
 * person's `title`) are dropped so the line stays in the narrow shape the gold annotations use.
 */
export function toFactsV1(docName: string, fact: FactBody & { evidence?: Evidence }): FactsV1 {
  const source = fact as unknown as Record<string, unknown>;
  const line: Record<string, unknown> = { doc: docName, type: fact.type };
  for (const key of kindOf(fact.type).factsV1Fields) {
    // Optional fields (commodity) are left out rather than printed as undefined.
    if (source[key] !== undefined) line[key] = source[key];
  }
  if (fact.evidence?.quote) line.evidence = fact.evidence.quote;
  return line as unknown as FactsV1;
}

/** A fact body of any kind, checked against its kind's schema. */
export const factBodySchema = z.discriminatedUnion('type', [personSchema, visitSchema, callSchema, meetingSchema,
  agreementSchema, figureSchema, projectSchema]);

/** A stored fact as the store and the API hand it out: body, confidence and evidence. */
export const factSchema = z.intersection(factBodySchema,
  z.object({ confidence: z.number().min(0).max(1), evidence: evidenceSchema }));

/** The evidence of a Facts v1 line: the sentence, or `[start, end]` offsets. */
const factsV1Evidence = z.union([z.string(), z.tuple([z.number().int(), z.number().int()])]).optional();
const v1 = { doc: z.string().min(1), evidence: factsV1Evidence };

/** One Facts v1 line (FACTS.md): `doc`, `type`, the kind's fields and optional evidence. */
export const factsV1Schema = z.discriminatedUnion('type', [personSchema.extend(v1), visitSchema.extend(v1),
  callSchema.extend(v1), meetingSchema.extend(v1), agreementSchema.extend(v1), figureSchema.extend(v1),
  projectSchema.extend(v1)]);
export type FactsV1Input = z.infer<typeof factsV1Schema>;

/** Why a value failed a schema, in one line: "parties.1: a country is ...; date: ...". */
export function schemaProblems(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

/**
 * Parses one Facts v1 JSONL line; `where` names it in errors ("facts.jsonl line 3"). Unknown keys are dropped,
 * a wrong type, a missing field or a bad code is a DyadError saying which field and why.
 */
export function parseFactsV1Line(line: string, where: string): FactsV1Input {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new DyadError('usage', `${where} is not JSON: ${(err as Error).message}`, { input: where });
  }
  const parsed = factsV1Schema.safeParse(value);
  if (!parsed.success) {
    throw new DyadError('usage', `${where} is not a Facts v1 fact: ${schemaProblems(parsed.error)}`, { input: where });
  }
  return parsed.data;
}

/** Checks a fact body (e.g. a curator's edit) against its kind; returns it without unknown keys. */
export function parseFactBody(value: unknown, where: string): FactBody {
  const parsed = factBodySchema.safeParse(value);
  if (!parsed.success) {
    throw new DyadError('usage', `${where} is not a valid fact: ${schemaProblems(parsed.error)}`, { input: where });
  }
  return parsed.data as FactBody;
}
