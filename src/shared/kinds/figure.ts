// The figure kind: a quantity about two states' dealings (trade, exports, shipments, investment), actual or target.
import { z } from 'zod';
import { countrySchema, formatAmount, METRICS, MODALITIES, orNone, periodSchema, type KindDescriptor } from './common';

export const figureSchema = z.object({
  type: z.literal('figure'),
  metric: z.enum(METRICS),
  from: countrySchema.nullable(),
  to: countrySchema.nullable(),
  value: z.number().finite(),
  /** An ISO 4217 currency code, t, bbl, m3, pct or count. */
  unit: z.string().min(1),
  /** "2018", "2020-01/2020-04", or null. */
  period: periodSchema.nullable(),
  modality: z.enum(MODALITIES),
  commodity: z.string().nullable().optional(),
});
export type FigureFact = z.infer<typeof figureSchema>;

/** Trade turnover has no direction: its two states are compared as a set. */
export function figureEnds(f: FigureFact): string {
  if (f.metric !== 'trade_turnover') return `${f.from ?? ''}>${f.to ?? ''}`;
  return [f.from ?? '', f.to ?? ''].sort().join('+');
}

export const figure: KindDescriptor<FigureFact> = {
  type: 'figure',
  schema: figureSchema,
  factsV1Fields: ['metric', 'from', 'to', 'value', 'unit', 'period', 'modality', 'commodity'],
  parties: (f) => ({ a: f.from, b: f.to }),
  countries: (f) => [f.from, f.to],
  when: (f) => f.period,
  key: (f) => `figure|${f.metric}|${figureEnds(f)}|${f.unit}|${f.period ?? ''}|${f.modality}|${f.value}`,
  describe: (f) => {
    const direction = f.metric === 'trade_turnover' ? ` ${orNone(f.from)}–${orNone(f.to)}`
      : ` ${orNone(f.from)} → ${orNone(f.to)}`;
    const commodity = f.commodity ? ` (${f.commodity})` : '';
    return `${f.metric}${direction}  ${formatAmount(f.value)} ${f.unit}${commodity}  ${orNone(f.period)}  ${f.modality}`;
  },
};
