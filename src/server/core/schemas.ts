// Response schemas shared by the features, as the OpenAPI document describes them.
import { z } from '@hono/zod-openapi';
import {
  agreementSchema, callSchema, FACT_TYPES, figureSchema, meetingSchema, personSchema, projectSchema, visitSchema,
} from '../../shared/kinds/index';

/**
 * A fact body of any kind, as the kind descriptors (src/shared/kinds) define it: the one schema per kind. The union is
 * built here, after the OpenAPI extension of zod is loaded, so that it can carry its OpenAPI name.
 */
export const FactBodySchema = z.discriminatedUnion('type', [personSchema, visitSchema, callSchema, meetingSchema,
  agreementSchema, figureSchema, projectSchema]).openapi('FactBody', {
  description: 'the fact in the Facts v1 shape of its kind (with dyad\'s optional fields: a visit\'s who, a person\'s title)',
});

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().openapi({ example: 'not_found' }),
    message: z.string().openapi({ example: 'no document "nope"' }),
    input: z.string().optional(),
  }),
}).openapi('Error');

export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z.object({
    items: z.array(item),
    next: z.string().nullable().openapi({ description: 'cursor of the next page, null on the last one' }),
  }).openapi(name);
}

export const DocumentRefSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  source: z.string(),
  url: z.string().nullable().openapi({ description: 'the source when it is a web address' }),
}).openapi('DocumentRef');

export const EvidenceSchema = z.object({
  sentence: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
}).openapi('Evidence');

/** One place a fact or an event was read: the document and the span in its text. */
export const SourceSchema = z.object({
  factId: z.number().int(),
  document: DocumentRefSchema,
  evidence: EvidenceSchema,
}).openapi('Source');

export const CurationStateSchema = z.enum(['unreviewed', 'confirmed', 'rejected', 'edited']);

export const FactSchema = z.object({
  id: z.number().int(),
  type: z.enum(FACT_TYPES),
  body: FactBodySchema,
  pair: z.string().nullable().openapi({ example: 'AZE-BLR' }),
  date: z.string().nullable().openapi({ description: 'date of the event or period of the figure' }),
  confidence: z.number(),
  curation: CurationStateSchema,
  document: DocumentRefSchema,
  evidence: EvidenceSchema,
}).openapi('Fact');

export const errorResponses = {
  400: { description: 'a bad parameter, named in the message', content: { 'application/json': { schema: ErrorSchema } } },
  401: { description: 'missing or wrong bearer token', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

export const notFoundResponse = {
  404: { description: 'unknown id or reference', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

export function jsonOk<T extends z.ZodType>(schema: T, description: string):
  { 200: { description: string; content: { 'application/json': { schema: T } } } } {
  return { 200: { description, content: { 'application/json': { schema } } } };
}
