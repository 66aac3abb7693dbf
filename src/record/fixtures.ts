// An invented record for tests: four documents on two invented-for-the-purpose dealings between Norway and Chile.
import type { DocMeta, SourceFact } from './types';

export const STORY_DOCS: DocMeta[] = [
  { doc: 'n1', date: '2021-03-01', url: 'https://news.example/n1' },
  { doc: 'n2', date: '2021-03-12', url: 'https://news.example/n2' },
  { doc: 'n3', date: '2022-05-20', url: 'https://news.example/n3' },
  { doc: 'n4', date: '2023-04-02' },
];

export const STORY_FACTS: SourceFact[] = [
  { doc: 'n1', type: 'person', name: 'Ingrid Halvorsen', country: 'NOR', role: 'foreign_minister', evidence: 'Foreign Minister Ingrid Halvorsen will travel to Santiago.' },
  { doc: 'n1', type: 'visit', visitor: 'NOR', host: 'CHL', date: '2021-03', place: null, evidence: 'Foreign Minister Ingrid Halvorsen will travel to Santiago in March.' },
  { doc: 'n1', type: 'agreement', parties: ['NOR', 'CHL'], topic: 'energy', date: '2021-03', status: 'planned', evidence: 'An energy memorandum is to be signed.' },
  { doc: 'n1', type: 'figure', metric: 'trade_turnover', from: 'NOR', to: 'CHL', value: 500e6, unit: 'USD', period: '2022', modality: 'target', evidence: 'They aim for $500 million of trade in 2022.' },
  { doc: 'n2', type: 'person', name: 'Minister Ingrid Halvorssen', country: 'NOR', role: 'foreign_minister', evidence: 'Minister Ingrid Halvorssen arrived on Monday.' },
  { doc: 'n2', type: 'visit', visitor: 'NOR', host: 'CHL', date: '2021-03-10', place: 'Santiago', evidence: 'Minister Ingrid Halvorssen arrived in Santiago on 10 March.' },
  { doc: 'n2', type: 'agreement', parties: ['CHL', 'NOR'], topic: 'energy', date: '2021-03-11', status: 'signed', evidence: 'The energy memorandum was signed on 11 March.' },
  { doc: 'n2', type: 'project', parties: ['NOR', 'CHL'], name: 'salmon hatchery in Puerto Lagos', sector: 'food', place: 'Puerto Lagos', status: 'proposed', evidence: 'A salmon hatchery in Puerto Lagos was discussed.' },
  { doc: 'n3', type: 'call', parties: ['NOR', 'CHL'], date: '2022-05-19', evidence: 'The ministers spoke by phone on Thursday.' },
  { doc: 'n3', type: 'project', parties: ['CHL', 'NOR'], name: 'Salmon Hatchery, Puerto Lagos', sector: 'food', place: 'Puerto Lagos', status: 'under_construction', evidence: 'Building of the salmon hatchery has begun.' },
  { doc: 'n3', type: 'figure', metric: 'trade_turnover', from: 'CHL', to: 'NOR', value: 430e6, unit: 'USD', period: '2021', modality: 'actual', evidence: 'Trade reached $430 million in 2021.' },
  { doc: 'n4', type: 'figure', metric: 'trade_turnover', from: 'NOR', to: 'CHL', value: 512e6, unit: 'USD', period: '2022', modality: 'actual', evidence: 'Trade rose to $512 million last year.' },
  { doc: 'n4', type: 'figure', metric: 'trade_turnover', from: 'NOR', to: 'CHL', value: 470e6, unit: 'USD', period: '2021', modality: 'actual', evidence: 'In 2021 it had been $470 million.' },
  { doc: 'n4', type: 'meeting', parties: ['NOR', 'CHL', 'PER'], date: '2023-03-30', place: 'Lima', evidence: 'The three ministers met in Lima.' },
];
