// Hand-written cases for meeting facts: summit sidelines, sessions of named bilateral bodies, talks in third countries.
import type { Case } from './types';

export const cases: Case[] = [
  {
    text: 'The presidents of Brazil and Argentina met on the sidelines of the G20 summit in Johannesburg on 22 November.',
    date: '2025-11-26',
    facts: [{ type: 'meeting', parties: ['ARG', 'BRA'], date: '2025-11-22', place: 'Johannesburg' }],
    note: 'a sidelines meeting at a summit in a third country is a meeting, not a visit to the summit host',
  },
  {
    text: 'The tenth session of the Kazakh-Chinese intergovernmental commission on trade and economic cooperation was held in Astana on 14 May.',
    date: '2024-05-22',
    facts: [{ type: 'meeting', parties: ['CHN', 'KAZ'], date: '2024-05-14', place: 'Astana' }],
    note: 'a session of an intergovernmental commission is a meeting; "tenth" is no figure; hyphenated demonyms give the parties',
  },
  {
    text: 'The foreign ministers of Egypt and Italy met on the sidelines of the UN General Assembly in New York.',
    date: '2023-09-20',
    facts: [{ type: 'meeting', parties: ['EGY', 'ITA'], date: '2023-09-20', place: 'New York' }],
    note: 'a meeting reported as held, without a time of its own, took place at the event the report covers: here the document date (as for signings)',
  },
  {
    text: 'The defence ministers of Vietnam and Japan met in Singapore on Saturday on the sidelines of the Shangri-La Dialogue.',
    date: '2024-06-03',
    facts: [{ type: 'meeting', parties: ['JPN', 'VNM'], date: '2024-06-01', place: 'Singapore' }],
    note: 'a city-state as venue is a place, not a party',
  },
  {
    text: 'The Turkey-Uzbekistan High-Level Strategic Cooperation Council held its third meeting in Tashkent on 29 March.',
    date: '2024-04-24',
    facts: [{ type: 'meeting', parties: ['TUR', 'UZB'], date: '2024-03-29', place: 'Tashkent' }],
    note: 'a strategic council is a named body: a meeting, even in one party\'s capital',
  },
  {
    text: 'The next session of the Polish-Ukrainian intergovernmental commission on economic cooperation will be held in Warsaw in October.',
    date: '2024-06-05',
    facts: [{ type: 'meeting', parties: ['POL', 'UKR'], date: '2024-10', place: 'Warsaw' }],
    note: 'a scheduled meeting counts with its planned month (the nearest October, ahead)',
  },
  {
    text: 'The foreign ministers of Armenia and Georgia held talks in Brussels on Tuesday.',
    date: '2024-03-13',
    facts: [{ type: 'meeting', parties: ['ARM', 'GEO'], date: '2024-03-12', place: 'Brussels' }],
    note: 'talks in a third country are a meeting',
  },
  {
    text: "During his visit to Astana on Tuesday, China's vice-premier co-chaired the 11th session of the China-Kazakhstan cooperation committee.",
    date: '2023-11-22',
    facts: [
      { type: 'visit', visitor: 'CHN', host: 'KAZ', date: '2023-11-21', place: 'Astana' },
      { type: 'meeting', parties: ['CHN', 'KAZ'], date: '2023-11-21', place: 'Astana' },
    ],
    note: 'a session of a named body during a visit is both the visit and a meeting',
  },
  {
    text: 'The leaders of Qatar and Pakistan last met in 2022 at a summit in Tashkent.',
    date: '2024-06-05',
    facts: [{ type: 'meeting', parties: ['PAK', 'QAT'], date: '2022', place: 'Tashkent' }],
    note: 'a past meeting with a year',
  },
  {
    text: 'The foreign ministers of Kenya and India met in Geneva on Monday on the sidelines of the Human Rights Council.',
    date: '2024-09-18',
    facts: [{ type: 'meeting', parties: ['IND', 'KEN'], date: '2024-09-16', place: 'Geneva' }],
    note: '"the X of A and B met in <city>": parties from the respective list, the venue a place',
  },
  {
    text: 'The presidents of Indonesia and South Korea met on the sidelines of the ASEAN summit.',
    date: null,
    facts: [{ type: 'meeting', parties: ['IDN', 'KOR'], date: null, place: null }],
    note: 'no venue and no date: place and date null',
  },
  {
    text: 'The Mongolian-Russian intergovernmental commission held its 25th session in Ulaanbaatar on 10-11 September.',
    date: '2023-09-20',
    facts: [{ type: 'meeting', parties: ['MNG', 'RUS'], date: '2023-09-10', place: 'Ulaanbaatar' }],
    note: 'a date range gives the first day',
  },
  {
    text: 'The Iran-Tajikistan joint economic commission will meet in Dushanbe on 5 April.',
    date: null,
    facts: [{ type: 'meeting', parties: ['IRN', 'TJK'], date: null, place: 'Dushanbe' }],
    note: 'a planned session with a year-less date in an undated document: date null',
  },
  {
    text: 'The prime ministers of Norway and Sweden met in Copenhagen on Monday on the margins of the Nordic Council session.',
    date: '2024-10-30',
    facts: [{ type: 'meeting', parties: ['NOR', 'SWE'], date: '2024-10-28', place: 'Copenhagen' }],
    note: '"on the margins of" is a sidelines meeting',
  },
  {
    text: 'Ethiopia and Djibouti held the 14th session of their joint ministerial commission in Addis Ababa last month.',
    date: '2023-06-21',
    facts: [{ type: 'meeting', parties: ['DJI', 'ETH'], date: '2023-05', place: 'Addis Ababa' }],
    note: '"last month" resolves to the previous month',
  },
  {
    text: 'The Thai-Lao Joint Boundary Commission met in Nong Khai on Tuesday.',
    date: '2024-12-11',
    facts: [{ type: 'meeting', parties: ['LAO', 'THA'], date: '2024-12-10', place: 'Nong Khai' }],
    note: 'a named bilateral body in a border town',
  },
  {
    text: 'The Franco-German Council of Ministers met in Hamburg on Tuesday.',
    date: '2024-10-09',
    facts: [{ type: 'meeting', parties: ['DEU', 'FRA'], date: '2024-10-08', place: 'Hamburg' }],
    note: '"Franco-German" names both states',
  },
  {
    text: 'Algeria and Tunisia held the 23rd session of their high joint committee in Tunis on Monday.',
    date: '2025-03-05',
    facts: [{ type: 'meeting', parties: ['DZA', 'TUN'], date: '2025-03-03', place: 'Tunis' }],
    note: 'a joint committee session is a meeting',
  },
  {
    text: 'The Canadian and Mexican trade ministers met in Washington on Monday ahead of a review of the regional trade pact.',
    date: '2024-07-17',
    facts: [{ type: 'meeting', parties: ['CAN', 'MEX'], date: '2024-07-15', place: 'Washington' }],
    note: 'a meeting in a third capital names no third party',
  },
  {
    text: 'Chile and Peru held a meeting of their binational cabinet in the Peruvian city of Arequipa on 1 December.',
    date: '2023-12-13',
    facts: [{ type: 'meeting', parties: ['CHL', 'PER'], date: '2023-12-01', place: 'Arequipa' }],
    note: 'a binational cabinet is a named body; "the Peruvian city of X" gives the place',
  },
  {
    text: 'The Serbian-Hungarian High-Level Strategic Council met for the fourth time in Szeged on Monday.',
    date: '2024-06-05',
    facts: [{ type: 'meeting', parties: ['HUN', 'SRB'], date: '2024-06-03', place: 'Szeged' }],
    note: '"for the fourth time" does not create earlier meetings',
  },
  {
    text: 'The presidents of Nigeria and Ghana will meet on the sidelines of the African Union summit in Addis Ababa in February.',
    date: '2025-01-08',
    facts: [{ type: 'meeting', parties: ['GHA', 'NGA'], date: '2025-02', place: 'Addis Ababa' }],
    note: 'a planned sidelines meeting; the summit venue is a place, not a party',
  },
  {
    text: 'Uzbek Foreign Minister Bakhtiyor Rakhimov met his Turkish counterpart, Selin Aydemir, in Almaty on Wednesday. The two ministers were attending a regional conference on transport.',
    date: '2024-04-24',
    facts: [
      { type: 'person', name: 'Bakhtiyor Rakhimov', country: 'UZB', role: 'foreign_minister' },
      { type: 'person', name: 'Selin Aydemir', country: 'TUR', role: 'foreign_minister' },
      { type: 'meeting', parties: ['TUR', 'UZB'], date: '2024-04-24', place: 'Almaty' },
    ],
    note: 'coreference: "the two ministers" are the same pair; a meeting in a third capital; "on Wednesday" on a Wednesday is that day',
  },
  {
    text: 'Morocco and Spain held the 13th high-level meeting of their governments in Madrid in December 2022.',
    date: null,
    facts: [{ type: 'meeting', parties: ['ESP', 'MAR'], date: '2022-12', place: 'Madrid' }],
    note: 'a named high-level meeting format is a meeting; month and year explicit',
  },
  {
    text: 'The previous sessions of the joint commission were held in Quito in 2016, in Lima in 2018 and in Cuenca in 2021.',
    date: '2024-06-23',
    title: 'Peru and Ecuador hold joint commission',
    facts: [
      { type: 'meeting', parties: ['ECU', 'PER'], date: '2016', place: 'Quito' },
      { type: 'meeting', parties: ['ECU', 'PER'], date: '2018', place: 'Lima' },
      { type: 'meeting', parties: ['ECU', 'PER'], date: '2021', place: 'Cuenca' },
    ],
    note: 'a list of earlier sessions, each with its place and year, is one meeting each',
  },
  {
    text: 'The joint meeting of the governments of Romania and Bulgaria took place on Friday in Ruse.',
    date: '2024-06-23',
    facts: [{ type: 'meeting', parties: ['BGR', 'ROU'], date: '2024-06-21', place: 'Ruse' }],
    note: 'a joint session of two governments is a meeting of a named format',
  },
];
