// Hand-written cases for call facts: phone and video conversations between two states, dated or dated by the report's month.
import type { Case } from './types';

export const cases: Case[] = [
  {
    text: 'Kazakh President Serik Abenov held a telephone conversation with Chinese President Zhou Hanlin on Tuesday.',
    date: '2024-03-13',
    facts: [
      { type: 'person', name: 'Serik Abenov', country: 'KAZ', role: 'head_of_state' },
      { type: 'person', name: 'Zhou Hanlin', country: 'CHN', role: 'head_of_state' },
      { type: 'call', parties: ['CHN', 'KAZ'], date: '2024-03-12' },
    ],
    note: '"held a telephone conversation with"; parties sorted',
  },
  {
    text: "Egypt's foreign minister held a phone call with his Italian counterpart to discuss migration across the Mediterranean, the ministry said in a statement.",
    date: '2024-06-05',
    facts: [{ type: 'call', parties: ['EGY', 'ITA'], date: '2024-06' }],
    note: 'a call reported without saying when takes the month of the report',
  },
  {
    text: 'The prime ministers of Vietnam and Japan held a video call on Monday to review preparations for the anniversary of diplomatic relations.',
    date: '2023-09-06',
    facts: [{ type: 'call', parties: ['JPN', 'VNM'], date: '2023-09-04' }],
    note: 'a video call is a call',
  },
  {
    text: 'The foreign ministers of Brazil and Argentina held a virtual meeting on Tuesday to discuss the Mercosur agenda.',
    date: '2024-05-22',
    facts: [{ type: 'call', parties: ['ARG', 'BRA'], date: '2024-05-21' }],
    note: 'a "virtual meeting" is a call, not a meeting',
  },
  {
    text: 'Kenyan Foreign Minister Wanjiru Kamau spoke by telephone with her Indian counterpart, Rajesh Iyer, on Monday.',
    date: '2024-01-17',
    facts: [
      { type: 'person', name: 'Wanjiru Kamau', country: 'KEN', role: 'foreign_minister' },
      { type: 'person', name: 'Rajesh Iyer', country: 'IND', role: 'foreign_minister' },
      { type: 'call', parties: ['IND', 'KEN'], date: '2024-01-15' },
    ],
    note: '"spoke by telephone with her <demonym> counterpart, Name"',
  },
  {
    text: "Ukraine's president phoned Polish President Marek Wolanski on Sunday to thank Poland for its help with grain transit.",
    date: '2023-10-04',
    facts: [
      { type: 'person', name: 'Marek Wolanski', country: 'POL', role: 'head_of_state' },
      { type: 'call', parties: ['POL', 'UKR'], date: '2023-10-01' },
    ],
    note: '"phoned" is a call; "on Sunday" from a Wednesday is three days back',
  },
  {
    text: 'The Indonesian and South Korean trade ministers spoke by phone on 12 March about nickel supplies.',
    date: null,
    facts: [{ type: 'call', parties: ['IDN', 'KOR'], date: null }],
    note: 'a year-less date in an undated document is null',
  },
  {
    text: 'The Indonesian and South Korean trade ministers spoke by phone on 12 March about nickel supplies.',
    date: '2024-03-20',
    facts: [{ type: 'call', parties: ['IDN', 'KOR'], date: '2024-03-12' }],
    note: 'the same text in a dated document resolves the day',
  },
  {
    text: "In a telephone call in January, Morocco's king and the Spanish prime minister discussed migration and the reopening of customs posts.",
    date: '2024-02-07',
    facts: [{ type: 'call', parties: ['ESP', 'MAR'], date: '2024-01' }],
    note: 'a month named without a year resolves to the nearest one',
  },
  {
    text: 'The Uzbek and Turkish presidents spoke by phone on Monday, their second conversation since a call on 2 February.',
    date: '2024-03-13',
    facts: [
      { type: 'call', parties: ['TUR', 'UZB'], date: '2024-03-11' },
      { type: 'call', parties: ['TUR', 'UZB'], date: '2024-02-02' },
    ],
    note: 'a second call mentioned with its own date is a separate call',
  },
  {
    text: 'Armenian Prime Minister Tigran Sahakyan held separate phone calls with the leaders of Georgia and France on Tuesday.',
    date: '2024-04-24',
    facts: [
      { type: 'person', name: 'Tigran Sahakyan', country: 'ARM', role: 'head_of_government' },
      { type: 'call', parties: ['ARM', 'GEO'], date: '2024-04-23' },
      { type: 'call', parties: ['ARM', 'FRA'], date: '2024-04-23' },
    ],
    note: 'calls with two states are two calls; a call with a third country counts',
  },
  {
    text: "Serbia's president spoke by phone with the Hungarian prime minister about gas supplies for the winter.",
    date: null,
    facts: [{ type: 'call', parties: ['HUN', 'SRB'], date: null }],
    note: 'an undated call in an undated document is null',
  },
  {
    text: 'Mongolian Foreign Minister Oyunbileg Dorj had a phone conversation with his Russian counterpart, Pavel Korotkov, on Tuesday.',
    date: '2024-10-23',
    facts: [
      { type: 'person', name: 'Oyunbileg Dorj', country: 'MNG', role: 'foreign_minister' },
      { type: 'person', name: 'Pavel Korotkov', country: 'RUS', role: 'foreign_minister' },
      { type: 'call', parties: ['MNG', 'RUS'], date: '2024-10-22' },
    ],
    note: '"had a phone conversation with"',
  },
  {
    text: 'The Norwegian and Swedish prime ministers talked by phone on Sunday about the closure of a border crossing after the storm.',
    date: '2023-11-22',
    facts: [{ type: 'call', parties: ['NOR', 'SWE'], date: '2023-11-19' }],
    note: 'weather mentioned inside a real call is not a fact of its own',
  },
  {
    text: "Djibouti's foreign minister received a phone call from his Ethiopian counterpart, the ministry said on Wednesday.",
    date: '2023-06-21',
    facts: [{ type: 'call', parties: ['DJI', 'ETH'], date: '2023-06' }],
    note: '"received a phone call from"; the day of the announcement is not the day of the call, so the month',
  },
  {
    text: 'French President Claire Dumoulin and German Chancellor Markus Hollweg held a video conference on Monday ahead of the European Council.',
    date: '2024-06-05',
    facts: [
      { type: 'person', name: 'Claire Dumoulin', country: 'FRA', role: 'head_of_state' },
      { type: 'person', name: 'Markus Hollweg', country: 'DEU', role: 'head_of_government' },
      { type: 'call', parties: ['DEU', 'FRA'], date: '2024-06-03' },
    ],
    note: 'a video conference is a call; the European Council is not a state',
  },
  {
    text: "Algeria's president and his Tunisian counterpart held a telephone conversation on 14 October, the presidency said.",
    date: '2024-10-23',
    facts: [{ type: 'call', parties: ['DZA', 'TUN'], date: '2024-10-14' }],
    note: 'an explicit day given in the text beats the month of the report',
  },
  {
    text: 'Chilean President Sofia Araya Munoz spoke with Peruvian President Julio Quispe Mendoza by telephone on Tuesday. The two leaders agreed to reopen talks on the maritime border.',
    date: '2023-08-23',
    facts: [
      { type: 'person', name: 'Sofia Araya Munoz', country: 'CHL', role: 'head_of_state' },
      { type: 'person', name: 'Julio Quispe Mendoza', country: 'PER', role: 'head_of_state' },
      { type: 'call', parties: ['CHL', 'PER'], date: '2023-08-22' },
    ],
    note: 'coreference: "the two leaders" are the callers; agreeing to reopen talks is not a meeting or an agreement',
  },
  {
    text: "Nigeria's president held a phone call with the Ghanaian leader on Tuesday. The two also spoke last month about fuel supplies.",
    date: '2024-10-09',
    facts: [
      { type: 'call', parties: ['GHA', 'NGA'], date: '2024-10-08' },
      { type: 'call', parties: ['GHA', 'NGA'], date: '2024-09' },
    ],
    note: 'coreference: "the two" spoke again, "last month" gives a second call',
  },
  {
    text: 'Canadian Foreign Minister Sarah Whitcombe and her Mexican counterpart, Lucia Ortega Ibarra, spoke by phone on Monday. Whitcombe said the talks were productive.',
    date: '2025-02-19',
    facts: [
      { type: 'person', name: 'Sarah Whitcombe', country: 'CAN', role: 'foreign_minister' },
      { type: 'person', name: 'Lucia Ortega Ibarra', country: 'MEX', role: 'foreign_minister' },
      { type: 'call', parties: ['CAN', 'MEX'], date: '2025-02-17' },
    ],
    note: 'coreference: the surname and "the talks" refer back to the call, no second fact',
  },
  {
    text: 'Tehran and Dushanbe discussed transit and energy in a telephone call between the two foreign ministers on Sunday.',
    date: '2024-02-07',
    facts: [{ type: 'call', parties: ['IRN', 'TJK'], date: '2024-02-04' }],
    note: 'capitals used for their states; a call, not a visit to either capital',
  },
  {
    text: "Thailand's prime minister spoke by phone with the Lao prime minister yesterday about flooding on the Mekong.",
    date: '2024-08-14',
    facts: [{ type: 'call', parties: ['LAO', 'THA'], date: '2024-08-13' }],
    note: '"yesterday" is the day before the document; "Lao" is the demonym of Laos',
  },
  {
    text: 'During his stay in Accra, the Nigerian vice-president also called on the Ghanaian president at Jubilee House.',
    date: '2024-02-14',
    facts: [],
    note: '"called on" someone is a courtesy visit in person, not a phone call',
  },
  {
    text: 'The heads of state also had a telephone conversation on August 2, during which they discussed the agenda of the upcoming visit.',
    date: '2024-08-20',
    title: 'Uzbekistan and Kyrgyzstan sign border treaty',
    facts: [{ type: 'call', parties: ['KGZ', 'UZB'], date: '2024-08-02' }],
    note: '"the heads of state" are the two states the article is about',
  },
  {
    text: 'The previous sessions were held in Lima in 2015 and in Quito in 2017; the two foreign ministers prepared this one during a videoconference held on 9 June.',
    date: '2024-06-23',
    title: 'Peru and Ecuador hold binational cabinet',
    facts: [{ type: 'call', parties: ['ECU', 'PER'], date: '2024-06-09' }],
    note: 'the call takes the date next to it, not the first year of the sentence',
  },
  {
    text: 'Chile and Peru discuss lithium in phone talks\n\nChile\'s foreign minister held a phone conversation with his Peruvian counterpart on Monday to prepare for a state visit scheduled for June.',
    date: '2024-03-13',
    facts: [{ type: 'call', parties: ['CHL', 'PER'], date: '2024-03-11' }],
    note: 'a call told in the past is the past Monday though the sentence speaks of a future visit; the headline\'s call is the same call',
  },
  {
    text: 'President of Kazakhstan Nurlan Abenov made a phone call to President of Kyrgyzstan Asel Tokoeva on December 24.',
    date: '2023-12-24',
    facts: [
      { type: 'person', name: 'Nurlan Abenov', country: 'KAZ', role: 'head_of_state' },
      { type: 'person', name: 'Asel Tokoeva', country: 'KGZ', role: 'head_of_state' },
      { type: 'call', parties: ['KAZ', 'KGZ'], date: '2023-12-24' },
    ],
    note: '"made a phone call to" is a call',
  },
  {
    text: 'Chilean President Tomas Varela telephoned Peruvian President Rosa Quispe on May 14.',
    date: '2024-05-20',
    facts: [
      { type: 'person', name: 'Tomas Varela', country: 'CHL', role: 'head_of_state' },
      { type: 'person', name: 'Rosa Quispe', country: 'PER', role: 'head_of_state' },
      { type: 'call', parties: ['CHL', 'PER'], date: '2024-05-14' },
    ],
    note: '"telephoned" is a call',
  },
  {
    text: 'date 2017-01-31 NAIROBI—President William Otieno has had a phone conversation with his Ugandan counterpart about trade and jobs.',
    date: '2017-01-31',
    facts: [
      { type: 'person', name: 'William Otieno', country: 'KEN', role: 'head_of_state' },
      { type: 'call', parties: ['KEN', 'UGA'], date: '2017-01-31' },
    ],
    note: 'a dateline after a date line ("date 2017-01-31 NAIROBI—") still names the state the report is filed from; the call takes the date the line prints',
  },
];
