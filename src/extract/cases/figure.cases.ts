// Hand-written cases for figure facts: metric, direction, value in plain units, covered period and actual vs target.
import type { Case } from './types';

export const cases: Case[] = [
  {
    text: 'From January to September 2024, trade between Chile and Peru came to US$5.2 billion (about €4.7 billion), above the US$4.9 billion (about €4.4 billion) registered in the same period of 2023.',
    date: '2024-11-20',
    facts: [
      { type: 'figure', metric: 'trade_turnover', from: 'CHL', to: 'PER', value: 5_200_000_000, unit: 'USD', period: '2024-01/2024-09', modality: 'actual' },
      { type: 'figure', metric: 'trade_turnover', from: 'CHL', to: 'PER', value: 4_900_000_000, unit: 'USD', period: '2023-01/2023-09', modality: 'actual' },
    ],
    note: 'a hedged conversion in brackets is no figure; a same-period phrase later in the clause dates the amount compared',
  },
  {
    text: 'Bilateral trade between Fiji and Samoa topped $70 million last year and hit $20 million in the first quarter.',
    date: '2024-05-21',
    facts: [
      { type: 'figure', metric: 'trade_turnover', from: 'FJI', to: 'WSM', value: 70_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'trade_turnover', from: 'FJI', to: 'WSM', value: 20_000_000, unit: 'USD', period: '2024-01/2024-03', modality: 'actual' },
    ],
    note: 'a second verb with its own amount ("and hit $X") starts a clause with its own period',
  },
  {
    text: 'Two-way trade between Chile and Peru stood at $640 million in January-October 2022, a fifth more than a year earlier ($512 million over the same period of 2021).',
    date: '2022-12-01',
    facts: [
      { type: 'figure', metric: 'trade_turnover', from: 'CHL', to: 'PER', value: 640_000_000, unit: 'USD', period: '2022-01/2022-10', modality: 'actual' },
      { type: 'figure', metric: 'trade_turnover', from: 'CHL', to: 'PER', value: 512_000_000, unit: 'USD', period: '2021-01/2021-10', modality: 'actual' },
    ],
    note: 'an amount in brackets dated after it ("over the same period in YEAR") is the figure compared with, for the same months',
  },
  {
    text: "Kenya's exports to Uganda came to $410 million in January-June 2023, compared with $380 million in the same period of the previous year.",
    date: '2023-08-02',
    facts: [
      { type: 'figure', metric: 'exports', from: 'KEN', to: 'UGA', value: 410_000_000, unit: 'USD', period: '2023-01/2023-06', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'KEN', to: 'UGA', value: 380_000_000, unit: 'USD', period: '2022-01/2022-06', modality: 'actual' },
    ],
    note: '"the same period of YEAR" or "of the previous year" covers the months of the figure it is compared with, not the whole year',
  },
  {
    text: 'Trade turnover between Kazakhstan and China reached $41 billion in 2023.',
    date: '2024-02-07',
    facts: [{ type: 'figure', metric: 'trade_turnover', from: 'KAZ', to: 'CHN', value: 41_000_000_000, unit: 'USD', period: '2023', modality: 'actual' }],
    note: '"trade turnover between A and B reached $X in YEAR"',
  },
  {
    text: "Egypt is Italy's second-largest trading partner in Africa. Bilateral trade amounted to €14.2 billion last year.",
    date: '2024-04-24',
    facts: [{ type: 'figure', metric: 'trade_turnover', from: 'EGY', to: 'ITA', value: 14_200_000_000, unit: 'EUR', period: '2023', modality: 'actual' }],
    note: 'coreference: "bilateral trade" takes the pair of the previous sentence; a rank is no figure; euros',
  },
  {
    text: "Vietnam's exports to Japan rose to $24.2 billion in 2023, while imports from Japan totalled $22.6 billion.",
    date: '2024-03-20',
    facts: [
      { type: 'figure', metric: 'exports', from: 'VNM', to: 'JPN', value: 24_200_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'JPN', to: 'VNM', value: 22_600_000_000, unit: 'USD', period: '2023', modality: 'actual' },
    ],
    note: 'imports of A from B are exports B -> A; the period is shared by both clauses',
  },
  {
    text: 'Imports from Brazil to Argentina amounted to $12.3 billion in January-September 2023.',
    date: '2023-11-22',
    facts: [{ type: 'figure', metric: 'exports', from: 'BRA', to: 'ARG', value: 12_300_000_000, unit: 'USD', period: '2023-01/2023-09', modality: 'actual' }],
    note: '"imports from B to A" is exports B -> A; a month range is a period interval',
  },
  {
    text: 'Argentina supplied 1.2 million tonnes of wheat to Brazil in the first half of the year.',
    date: '2024-08-14',
    facts: [{ type: 'figure', metric: 'shipment', from: 'ARG', to: 'BRA', value: 1_200_000, unit: 't', period: '2024-01/2024-06', modality: 'actual', commodity: 'wheat' }],
    note: '"supplied N tonnes of X to B" is a shipment; "the first half of the year" resolves against the document year',
  },
  {
    text: "Since the start of the year, Ghana's national oil company has shipped 1.2 million barrels of Ghanaian and 0.8 million barrels of non-Ghanaian crude to Togo.",
    date: '2024-05-02',
    facts: [
      { type: 'figure', metric: 'shipment', from: 'GHA', to: 'TGO', value: 1_200_000, unit: 'bbl', period: '2024-01/2024-05', modality: 'actual', commodity: 'crude' },
      { type: 'figure', metric: 'shipment', from: 'GHA', to: 'TGO', value: 800_000, unit: 'bbl', period: '2024-01/2024-05', modality: 'actual', commodity: 'crude' },
    ],
    note: 'origins qualify the goods ("of Ghanaian and ... of non-Ghanaian crude"): the goods are the noun named once, at the end',
  },
  {
    text: 'Indian companies have invested $1.5 billion in Kenya, the Kenyan investment authority said.',
    date: '2024-01-17',
    facts: [{ type: 'figure', metric: 'investment', from: 'IND', to: 'KEN', value: 1_500_000_000, unit: 'USD', period: null, modality: 'actual' }],
    note: '"B\'s companies invested $X in A" is investment B -> A; no period given',
  },
  {
    text: 'Kenya and India aim to raise bilateral trade to $10 billion by 2030.',
    date: '2024-03-10',
    facts: [{ type: 'figure', metric: 'trade_turnover', from: 'KEN', to: 'IND', value: 10_000_000_000, unit: 'USD', period: '2030', modality: 'target' }],
    note: 'a goal is target; "by 2030" is the year the target covers',
  },
  {
    text: 'Indonesia bought South Korean arms worth $1.1 billion between 2019 and 2023.',
    date: '2024-05-22',
    facts: [{ type: 'figure', metric: 'arms_sales', from: 'KOR', to: 'IDN', value: 1_100_000_000, unit: 'USD', period: '2019/2023', modality: 'actual' }],
    note: '"A bought B arms worth $X" is arms_sales B -> A; a span of years is an interval',
  },
  {
    text: 'Turkey has opened a $350 million credit line for Uzbekistan to finance imports of Turkish machinery.',
    date: '2024-10-09',
    facts: [{ type: 'figure', metric: 'other', from: 'TUR', to: 'UZB', value: 350_000_000, unit: 'USD', period: null, modality: 'target' }],
    note: 'a credit line is other/target, from lender to borrower; the purpose phrase adds no figure',
  },
  {
    text: 'Russia will supply Mongolia with 1.5 million tonnes of fuel next year.',
    date: '2024-11-27',
    facts: [{ type: 'figure', metric: 'shipment', from: 'RUS', to: 'MNG', value: 1_500_000, unit: 't', period: '2025', modality: 'target', commodity: 'fuel' }],
    note: '"A will supply B with N tonnes" is a shipment A -> B not yet made: target',
  },
  {
    text: 'Algeria exported 2.1 billion cubic metres of gas to Tunisia in 2022.',
    date: '2023-03-15',
    facts: [{ type: 'figure', metric: 'exports', from: 'DZA', to: 'TUN', value: 2_100_000_000, unit: 'm3', period: '2022', modality: 'actual', commodity: 'gas' }],
    note: 'cubic metres are m3',
  },
  {
    text: 'Nigeria shipped 4.5 million barrels of crude oil to Ghana in the first quarter of 2024.',
    date: '2024-05-22',
    facts: [{ type: 'figure', metric: 'shipment', from: 'NGA', to: 'GHA', value: 4_500_000, unit: 'bbl', period: '2024-01/2024-03', modality: 'actual', commodity: 'oil' }],
    note: 'barrels are bbl; a quarter is a three-month interval',
  },
  {
    text: 'Russian exports to Mongolia reached 120 billion roubles in 2023.',
    date: '2024-03-20',
    facts: [{ type: 'figure', metric: 'exports', from: 'RUS', to: 'MNG', value: 120_000_000_000, unit: 'RUB', period: '2023', modality: 'actual' }],
    note: 'roubles are RUB; a demonym adjective gives the exporter',
  },
  {
    text: 'Trade between Tajikistan and Iran grew 2.5 times to $420 million in 2023.',
    date: '2024-02-07',
    facts: [{ type: 'figure', metric: 'trade_turnover', from: 'TJK', to: 'IRN', value: 420_000_000, unit: 'USD', period: '2023', modality: 'actual' }],
    note: 'the growth multiple is no figure; the level it reached is',
  },
  {
    text: "Chile's exports to Peru were worth over $1.8 billion in 2022.",
    date: '2023-06-21',
    facts: [{ type: 'figure', metric: 'exports', from: 'CHL', to: 'PER', value: 1_800_000_000, unit: 'USD', period: '2022', modality: 'actual' }],
    note: '"over X" is X',
  },
  {
    text: "Egypt's exports to Italy reached $4.1 billion in 2023, while its imports from Germany amounted to $6.3 billion.",
    date: '2024-04-24',
    facts: [
      { type: 'figure', metric: 'exports', from: 'EGY', to: 'ITA', value: 4_100_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'DEU', to: 'EGY', value: 6_300_000_000, unit: 'USD', period: '2023', modality: 'actual' },
    ],
    note: 'a third country in the same sentence gets its own figure with the right pair; "its" is Egypt',
  },
  {
    text: "Sweden accounted for 11 percent of Norway's exports in 2023.",
    date: '2024-06-05',
    facts: [{ type: 'figure', metric: 'exports', from: 'NOR', to: 'SWE', value: 11, unit: 'pct', period: '2023', modality: 'actual' }],
    note: 'a share is pct; the direction follows "Norway\'s exports" going to Sweden',
  },
  {
    text: 'Kazakhstan delivers around 200,000 barrels of oil a day to China through the pipeline.',
    date: '2024-09-18',
    facts: [{ type: 'figure', metric: 'shipment', from: 'KAZ', to: 'CHN', value: 200_000, unit: 'bbl', period: null, modality: 'actual', commodity: 'oil' }],
    note: 'a rate keeps its amount and drops the rate; "around X" is X',
  },
  {
    text: 'Turkey delivered 350 buses to Uzbekistan last year.',
    date: '2024-01-17',
    facts: [{ type: 'figure', metric: 'shipment', from: 'TUR', to: 'UZB', value: 350, unit: 'count', period: '2023', modality: 'actual', commodity: 'buses' }],
    note: 'a number of items delivered is a count',
  },
  {
    text: 'Japanese investment in Vietnam totalled $6.6 billion in 2023.',
    date: '2024-03-13',
    facts: [{ type: 'figure', metric: 'investment', from: 'JPN', to: 'VNM', value: 6_600_000_000, unit: 'USD', period: '2023', modality: 'actual' }],
    note: '"<demonym> investment in A" is investment from the demonym\'s state',
  },
  {
    text: "South Korea's investments in Indonesia reached $2.3 billion last year.",
    date: '2024-06-05',
    facts: [{ type: 'figure', metric: 'investment', from: 'KOR', to: 'IDN', value: 2_300_000_000, unit: 'USD', period: '2023', modality: 'actual' }],
    note: '"last year" is the year before the document',
  },
  {
    text: 'Qatar pledged to invest $3 billion in Pakistan.',
    date: '2024-04-24',
    facts: [{ type: 'figure', metric: 'investment', from: 'QAT', to: 'PAK', value: 3_000_000_000, unit: 'USD', period: null, modality: 'target' }],
    note: 'a pledge is target',
  },
  {
    text: 'Hungary will provide Serbia with a €1.2 billion loan, the Serbian finance ministry said.',
    date: '2024-12-11',
    facts: [{ type: 'figure', metric: 'other', from: 'HUN', to: 'SRB', value: 1_200_000_000, unit: 'EUR', period: null, modality: 'target' }],
    note: 'a loan is other/target from lender to borrower',
  },
  {
    text: 'In January–April 2024, trade between Georgia and Armenia totalled $340 million.',
    date: '2024-05-22',
    facts: [{ type: 'figure', metric: 'trade_turnover', from: 'GEO', to: 'ARM', value: 340_000_000, unit: 'USD', period: '2024-01/2024-04', modality: 'actual' }],
    note: 'a period before the figure, with an en dash',
  },
  {
    text: 'Trade between Serbia and Hungary rose 15 percent to $4.2 billion last year.',
    date: '2024-02-21',
    facts: [{ type: 'figure', metric: 'trade_turnover', from: 'SRB', to: 'HUN', value: 4_200_000_000, unit: 'USD', period: '2023', modality: 'actual' }],
    note: 'a growth rate, like a growth multiple, is no figure (it is not a share); the level is',
  },
  {
    text: 'Morocco purchased Spanish weapons worth €200 million in 2022.',
    date: '2023-10-04',
    facts: [{ type: 'figure', metric: 'arms_sales', from: 'ESP', to: 'MAR', value: 200_000_000, unit: 'EUR', period: '2022', modality: 'actual' }],
    note: '"A purchased B weapons worth X" is arms_sales B -> A',
  },
  {
    text: 'Laos exported $1.5 billion worth of electricity to Thailand in 2023.',
    date: '2024-03-13',
    facts: [{ type: 'figure', metric: 'exports', from: 'LAO', to: 'THA', value: 1_500_000_000, unit: 'USD', period: '2023', modality: 'actual', commodity: 'electricity' }],
    note: '"exported $X worth of C to B": money value, exports',
  },
  {
    text: "Ethiopia's exports to Djibouti amounted to $120 million in 2022.",
    date: '2023-09-06',
    facts: [{ type: 'figure', metric: 'exports', from: 'ETH', to: 'DJI', value: 120_000_000, unit: 'USD', period: '2022', modality: 'actual' }],
    note: '"amounted to"',
  },
  {
    text: "Germany remained France's largest trading partner, with bilateral trade of €185 billion in 2023.",
    date: '2024-02-07',
    facts: [{ type: 'figure', metric: 'trade_turnover', from: 'DEU', to: 'FRA', value: 185_000_000_000, unit: 'EUR', period: '2023', modality: 'actual' }],
    note: '"bilateral trade of X" inside a prepositional phrase; the rank is no figure',
  },
  {
    text: "Mexico's exports to Canada totalled $19.6 billion in the first half of 2024.",
    date: '2024-08-14',
    facts: [{ type: 'figure', metric: 'exports', from: 'MEX', to: 'CAN', value: 19_600_000_000, unit: 'USD', period: '2024-01/2024-06', modality: 'actual' }],
    note: 'the first half of a year is January to June',
  },
  {
    text: 'Spain exported €11.5 billion worth of goods to Morocco in 2023.',
    date: '2024-04-24',
    facts: [{ type: 'figure', metric: 'exports', from: 'ESP', to: 'MAR', value: 11_500_000_000, unit: 'EUR', period: '2023', modality: 'actual' }],
    note: 'verb form "A exported X to B"',
  },
  {
    text: 'Chilean investment in Peru stands at around $20 billion.',
    date: '2023-12-13',
    facts: [{ type: 'figure', metric: 'investment', from: 'CHL', to: 'PER', value: 20_000_000_000, unit: 'USD', period: null, modality: 'actual' }],
    note: 'a stock without a year has period null',
  },
  {
    text: "Under a contract signed by the two countries' state energy companies, Qatar will deliver 3 million tonnes of liquefied natural gas a year to Pakistan.",
    date: '2024-10-23',
    facts: [{ type: 'figure', metric: 'shipment', from: 'QAT', to: 'PAK', value: 3_000_000, unit: 't', period: null, modality: 'target', commodity: 'lng' }],
    note: 'deliveries agreed but not made are shipment/target; a company contract is no agreement between states; the rate is dropped',
  },
  {
    text: 'Peruvian economist Rosa Villanueva expects trade between Chile and Peru to reach $6 billion next year.',
    date: '2024-06-05',
    facts: [
      { type: 'person', name: 'Rosa Villanueva', country: 'PER', role: 'expert' },
      { type: 'figure', metric: 'trade_turnover', from: 'CHL', to: 'PER', value: 6_000_000_000, unit: 'USD', period: '2025', modality: 'target' },
    ],
    note: 'a forecast is target, whoever makes it',
  },
  {
    text: "Ukraine's exports to Poland amounted to $5.4 billion in 2023, and its exports to Romania to $2.9 billion.",
    date: '2024-03-13',
    facts: [
      { type: 'figure', metric: 'exports', from: 'UKR', to: 'POL', value: 5_400_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'UKR', to: 'ROU', value: 2_900_000_000, unit: 'USD', period: '2023', modality: 'actual' },
    ],
    note: 'an elliptical second clause keeps the exporter, the metric and the period',
  },
  {
    text: "In May, Ghana's exports to Nigeria totalled $58 million.",
    date: '2024-07-17',
    facts: [{ type: 'figure', metric: 'exports', from: 'GHA', to: 'NGA', value: 58_000_000, unit: 'USD', period: '2024-05', modality: 'actual' }],
    note: 'a single month as period',
  },
  {
    text: 'Pakistan exported 65,000 tons of rice to Qatar in 2023.',
    date: '2024-02-21',
    facts: [{ type: 'figure', metric: 'exports', from: 'PAK', to: 'QAT', value: 65_000, unit: 't', period: '2023', modality: 'actual', commodity: 'rice' }],
    note: '"tons" is t; an export verb with a tonnage is exports, not shipment',
  },
  {
    text: "Kazakhstan's exports to China rose to $15 billion in 2023. Imports from China reached $26 billion in the same year.",
    date: '2024-02-21',
    facts: [
      { type: 'figure', metric: 'exports', from: 'KAZ', to: 'CHN', value: 15_000_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'CHN', to: 'KAZ', value: 26_000_000_000, unit: 'USD', period: '2023', modality: 'actual' },
    ],
    note: 'coreference: the importer of the second sentence is Kazakhstan from the first; "the same year" is 2023',
  },
  {
    text: 'Trade between Thailand and Laos reached 8.2 billion dollars in 2023, and the two governments want it to hit 10 billion dollars by 2026.',
    date: '2024-05-22',
    facts: [
      { type: 'figure', metric: 'trade_turnover', from: 'THA', to: 'LAO', value: 8_200_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'trade_turnover', from: 'THA', to: 'LAO', value: 10_000_000_000, unit: 'USD', period: '2026', modality: 'target' },
    ],
    note: 'the currency spelled out; an actual and a target in one sentence; "it" is the trade',
  },
  {
    text: 'Trade between Turkey and Azerbaijan reached $7.6 billion in 2023, up from $6.1 billion in 2022.',
    date: '2024-03-06',
    facts: [
      { type: 'figure', metric: 'trade_turnover', from: 'TUR', to: 'AZE', value: 7_600_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'trade_turnover', from: 'TUR', to: 'AZE', value: 6_100_000_000, unit: 'USD', period: '2022', modality: 'actual' },
    ],
    note: '"up from X in YEAR" is a second figure with its own period',
  },
  {
    text: 'Bilateral trade between Chile and Peru reached $4.9 billion last year and $3.1 billion in January-June.',
    date: '2024-08-07',
    facts: [
      { type: 'figure', metric: 'trade_turnover', from: 'CHL', to: 'PER', value: 4_900_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'trade_turnover', from: 'CHL', to: 'PER', value: 3_100_000_000, unit: 'USD', period: '2024-01/2024-06', modality: 'actual' },
    ],
    note: 'two amounts joined by "and", each with its own period',
  },
  {
    text: 'Trade between Tunisia and Libya totalled $1.1 billion in 2023, of which Tunisian exports to Libya accounted for $800 million.',
    date: '2024-05-15',
    facts: [
      { type: 'figure', metric: 'trade_turnover', from: 'TUN', to: 'LBY', value: 1_100_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'TUN', to: 'LBY', value: 800_000_000, unit: 'USD', period: '2023', modality: 'actual' },
    ],
    note: '"of which" opens a figure of its own with its own metric, sharing the period',
  },
  {
    text: "Japan's state lender has extended a $500 million credit line to Vietnam for port projects.",
    date: '2024-05-15',
    facts: [{ type: 'figure', metric: 'other', from: 'JPN', to: 'VNM', value: 500_000_000, unit: 'USD', period: null, modality: 'target' }],
    note: 'a credit line is other/target even when already extended',
  },
  {
    text: 'Norway will deliver up to 2 billion cubic metres of natural gas to Poland this winter.',
    date: '2024-10-09',
    facts: [{ type: 'figure', metric: 'shipment', from: 'NOR', to: 'POL', value: 2_000_000_000, unit: 'm3', period: null, modality: 'target' }],
    note: 'a delivery to come is a shipment target; "this winter" fixes no month',
  },
  {
    text: 'South Korea and Mongolia set up a joint mining venture. The Korean partner will contribute $45 million to the joint venture.',
    date: '2024-10-09',
    facts: [
      { type: 'figure', metric: 'investment', from: 'KOR', to: 'MNG', value: 45_000_000, unit: 'USD', period: null, modality: 'target' },
    ],
    note: 'a contribution to a venture is an investment, a target when in the future; the other side of the pair receives it',
  },
  {
    text: "Uzbekistan's exports to Russia stood at $2.1 billion in the first half of 2024 and imports from Russia at $4.4 billion.",
    date: '2024-08-14',
    facts: [
      { type: 'figure', metric: 'exports', from: 'UZB', to: 'RUS', value: 2_100_000_000, unit: 'USD', period: '2024-01/2024-06', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'RUS', to: 'UZB', value: 4_400_000_000, unit: 'USD', period: '2024-01/2024-06', modality: 'actual' },
    ],
    note: 'exports and imports in one sentence keep their own directions; the period is shared',
  },
  {
    text: "Trade between Peru and Bolivia totalled US$1.4 billion in 2023, making Peru Bolivia's fourth-largest partner after Brazil, Argentina and China, according to Bolivian foreign trade data.",
    date: '2024-03-06',
    facts: [{ type: 'figure', metric: 'trade_turnover', from: 'PER', to: 'BOL', value: 1_400_000_000, unit: 'USD', period: '2023', modality: 'actual' }],
    note: '"US$" is a currency, not the United States; the ranking and the source after the amount add no party or metric',
  },
  {
    text: 'Zambian copper group Chisoko Mining said on Monday it would open a smelter near Lubumbashi. The company will invest $300 million in the project.',
    date: '2024-06-12',
    title: 'Zambia and DR Congo agree to boost mining ties',
    facts: [
      { type: 'figure', metric: 'investment', from: 'ZMB', to: 'COD', value: 300_000_000, unit: 'USD', period: null, modality: 'target' },
      { type: 'project', parties: ['COD', 'ZMB'], name: 'smelter', sector: 'metals', place: 'Lubumbashi', status: 'proposed' },
    ],
    note: '"the company" is the firm just introduced with its state; the other side of the pair receives the investment; a smelter a firm of one state "would open" in the other is a proposed project of both',
  },
  {
    text: 'Oman supplied 80,000 tonnes of urea to India last year and will deliver a further 50,000 tonnes by March.',
    date: '2024-10-02',
    facts: [
      { type: 'figure', metric: 'shipment', from: 'OMN', to: 'IND', value: 80_000, unit: 't', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'shipment', from: 'OMN', to: 'IND', value: 50_000, unit: 't', period: '2025-03', modality: 'target' },
    ],
    note: 'a past delivery and a promised one in one sentence keep their own modality; "by March" is the coming March',
  },
  {
    text: 'Last year Estonia bought South Korean-made howitzers worth about €40 million.',
    date: '2024-10-02',
    facts: [{ type: 'figure', metric: 'arms_sales', from: 'KOR', to: 'EST', value: 40_000_000, unit: 'EUR', period: '2023', modality: 'actual' }],
    note: 'weapons named by kind are arms; "X-made" gives the seller',
  },
  {
    text: 'Bilateral trade between Ecuador and Colombia reached $210 million in August, the best monthly result since March, and analysts expect full-year trade of about $2.3 billion.',
    date: '2024-10-02',
    facts: [
      { type: 'figure', metric: 'trade_turnover', from: 'ECU', to: 'COL', value: 210_000_000, unit: 'USD', period: '2024-08', modality: 'actual' },
      { type: 'figure', metric: 'trade_turnover', from: 'ECU', to: 'COL', value: 2_300_000_000, unit: 'USD', period: '2024', modality: 'target' },
    ],
    note: 'a comparison ("since March") is not the period; "full-year" is the year of the report; a forecast is a target',
  },
  {
    text: "China accounted for 18.2% of Mongolia's total trade in 2023.",
    date: '2024-03-06',
    facts: [{ type: 'figure', metric: 'trade_turnover', from: 'CHN', to: 'MNG', value: 18.2, unit: 'pct', period: '2023', modality: 'actual' }],
    note: 'a share of one state\'s trade taken by another is a turnover share',
  },
  {
    text: 'Between January and April 2024, the trade exchange between Paraguay and Uruguay reached 210 million dollars, and both governments want it to reach 900 million dollars by 2027.',
    date: '2024-06-06',
    facts: [
      { type: 'figure', metric: 'trade_turnover', from: 'PRY', to: 'URY', value: 210_000_000, unit: 'USD', period: '2024-01/2024-04', modality: 'actual' },
      { type: 'figure', metric: 'trade_turnover', from: 'PRY', to: 'URY', value: 900_000_000, unit: 'USD', period: '2027', modality: 'target' },
    ],
    note: '"trade exchange" is turnover; a goal "by 2027" is a target for that year',
  },
  {
    text: 'The two governments will allocate EUR 3 million to a joint polar research programme for 2025-2027.',
    date: '2024-06-06',
    title: 'Norway and Iceland sign research deal',
    facts: [{ type: 'figure', metric: 'other', from: 'NOR', to: 'ISL', value: 3_000_000, unit: 'EUR', period: '2025/2027', modality: 'target' }],
    note: 'money allocated to a joint programme is other, a target while to come',
  },
  {
    text: 'In 2023 the exports of Tunisia to Libya reached $600 million and the Libyan exports to Tunisia 150 million dollars.',
    date: '2024-03-06',
    facts: [
      { type: 'figure', metric: 'exports', from: 'TUN', to: 'LBY', value: 600_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'LBY', to: 'TUN', value: 150_000_000, unit: 'USD', period: '2023', modality: 'actual' },
    ],
    note: '"the exports of X to Y"; a gapped list ("and the Libyan exports to Tunisia 150 million") keeps each direction',
  },
  {
    text: 'Japan will provide Laos with non-refundable aid worth $20 million, the Lao Minister of Planning and Investment said.',
    date: '2024-03-06',
    facts: [{ type: 'figure', metric: 'other', from: 'JPN', to: 'LAO', value: 20_000_000, unit: 'USD', period: null, modality: 'target' }],
    note: 'aid is other and a target; "Investment" in an office\'s name is no investment',
  },
  {
    text: 'The presidents set the task of bringing the volume of mutual trade between Armenia and Georgia to $2 billion.',
    date: '2024-03-06',
    facts: [{ type: 'figure', metric: 'trade_turnover', from: 'ARM', to: 'GEO', value: 2_000_000_000, unit: 'USD', period: null, modality: 'target' }],
    note: 'a task of bringing trade to an amount is a target',
  },
  {
    text: 'Thailand will lend Laos 40 billion baht ($1.1 billion) for a new highway, the finance ministry said.',
    date: '2024-04-10',
    facts: [{ type: 'figure', metric: 'other', from: 'THA', to: 'LAO', value: 1_100_000_000, unit: 'USD', period: null, modality: 'target' }],
    note: 'an amount also given in US dollars in brackets is the dollar one; a loan is other, target',
  },
  {
    text: 'Australia announced an AUD50 million grant to Fiji for climate resilience.',
    date: '2024-04-10',
    facts: [{ type: 'figure', metric: 'other', from: 'AUS', to: 'FJI', value: 50_000_000, unit: 'AUD', period: null, modality: 'target' }],
    note: 'any ISO 4217 code glued to the amount is its currency',
  },
  {
    text: 'Exports from Kenya to Uganda totalled $300 million in 2023, while imports amounted to $120 million.',
    date: '2024-04-10',
    facts: [
      { type: 'figure', metric: 'exports', from: 'KEN', to: 'UGA', value: 300_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'UGA', to: 'KEN', value: 120_000_000, unit: 'USD', period: '2023', modality: 'actual' },
    ],
    note: 'imports in a trailing clause flow the other way from the exports just read',
  },
  {
    text: 'Georgia and Armenia agreed to increase the volume of imports from Armenia to $400 million, and exports to $250 million.',
    date: '2024-04-10',
    facts: [
      { type: 'figure', metric: 'exports', from: 'ARM', to: 'GEO', value: 400_000_000, unit: 'USD', period: null, modality: 'target' },
      { type: 'figure', metric: 'exports', from: 'GEO', to: 'ARM', value: 250_000_000, unit: 'USD', period: null, modality: 'target' },
    ],
    note: 'a verbless trailing clause ("and exports to $X") shares the goal and turns the direction of the clause before',
  },
  {
    text: 'Trade between Peru and Chile reached $2 billion in 2022. In the first half of 2023, this indicator was $1.1 billion.',
    date: '2024-04-10',
    facts: [
      { type: 'figure', metric: 'trade_turnover', from: 'CHL', to: 'PER', value: 2_000_000_000, unit: 'USD', period: '2022', modality: 'actual' },
      { type: 'figure', metric: 'trade_turnover', from: 'CHL', to: 'PER', value: 1_100_000_000, unit: 'USD', period: '2023-01/2023-06', modality: 'actual' },
    ],
    note: '"this indicator" continues the figure of the sentence before, with its metric and parties',
  },
  {
    text: 'Egypt signed a $3 billion deal with France for the acquisition of 30 fighter jets.',
    date: '2024-04-10',
    facts: [
      { type: 'agreement', parties: ['EGY', 'FRA'], topic: 'defense', date: '2024-04-10', status: 'signed' },
      { type: 'figure', metric: 'arms_sales', from: 'FRA', to: 'EGY', value: 3_000_000_000, unit: 'USD', period: null, modality: 'actual' },
      { type: 'figure', metric: 'shipment', from: 'FRA', to: 'EGY', value: 30, unit: 'count', period: null, modality: 'target' },
    ],
    note: 'the buyer deals "with" the seller; the value of an arms deal signed is actual, the jets still to come a shipment target',
  },
  {
    text: 'Transit cargo between Kazakhstan and Georgia exceeded 2 million tons in 2023.',
    date: '2024-04-10',
    facts: [{ type: 'figure', metric: 'other', from: 'GEO', to: 'KAZ', value: 2_000_000, unit: 't', period: '2023', modality: 'actual' }],
    note: 'transit cargo is traffic, other, not exports',
  },
  {
    text: 'The port of Mombasa, whose capacity will reach 30 million tons, handles goods for Uganda and Kenya.',
    date: '2024-04-10',
    facts: [],
    note: 'a capacity is not a figure',
  },
  {
    text: 'Trade between Ghana and Togo amounted to $900 million in 2023 (in 2022 – $850 million), including exports from Ghana – $600 million and imports – $300 million.',
    date: '2024-05-10',
    facts: [
      { type: 'figure', metric: 'trade_turnover', from: 'GHA', to: 'TGO', value: 900_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'trade_turnover', from: 'GHA', to: 'TGO', value: 850_000_000, unit: 'USD', period: '2022', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'GHA', to: 'TGO', value: 600_000_000, unit: 'USD', period: '2023', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'TGO', to: 'GHA', value: 300_000_000, unit: 'USD', period: '2023', modality: 'actual' },
    ],
    note: 'a date inside the bracket dates its amount; "exports from A" go to the partner the sentence names; the trailing imports flow back',
  },
  {
    text: 'In the first six months of 2023, the railway between Nigeria and Benin carried 2,000,000 tons of cargo. Officials said on Monday that the goods exported from Nigeria to Benin totalled 800,000 tonnes while those exported from Benin to Nigeria totalled 1,200,000 tonnes.',
    date: '2024-05-10',
    facts: [
      { type: 'figure', metric: 'other', from: 'BEN', to: 'NGA', value: 2_000_000, unit: 't', period: '2023-01/2023-06', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'NGA', to: 'BEN', value: 800_000, unit: 't', period: '2023-01/2023-06', modality: 'actual' },
      { type: 'figure', metric: 'exports', from: 'BEN', to: 'NGA', value: 1_200_000, unit: 't', period: '2023-01/2023-06', modality: 'actual' },
    ],
    note: 'cargo carried is other; the next sentence\'s flows share its period (the weekday dates the report, not the figures); "while" without a comma splits the two flows',
  },
  {
    text: 'The Kenyan-Ugandan Development Fund with a capital of $100 million has been launched to support joint projects.',
    date: '2024-05-10',
    facts: [
      { type: 'figure', metric: 'other', from: 'KEN', to: 'UGA', value: 100_000_000, unit: 'USD', period: null, modality: 'actual' },
      { type: 'project', parties: ['KEN', 'UGA'], name: 'Kenyan-Ugandan Development Fund', sector: 'finance', place: null, status: 'operating' },
    ],
    note: 'the capital of a fund launched is actual, not a promise',
  },
  {
    text: 'Exports from Chile to Peru rose to $1.2 billion in 2023, up $200 million from the year before.',
    date: '2024-05-10',
    facts: [{ type: 'figure', metric: 'exports', from: 'CHL', to: 'PER', value: 1_200_000_000, unit: 'USD', period: '2023', modality: 'actual' }],
    note: 'a change ("up $200 million") is not a figure',
  },
  {
    text: "Indonesia is one of Malaysia's largest partners, ranking second in 2023, with bilateral trade valued at $25 billion.",
    date: '2024-05-10',
    facts: [{ type: 'figure', metric: 'trade_turnover', from: 'IDN', to: 'MYS', value: 25_000_000_000, unit: 'USD', period: '2023', modality: 'actual' }],
    note: 'a ranking "in 2023" dates the figure in the clause that follows it with "with"',
  },
];
