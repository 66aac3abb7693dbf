// Hand-written cases for agreement facts: one per topic named, signed / in force / planned, dated as the text allows.
import type { Case } from './types';

export const cases: Case[] = [
  {
    text: 'Kazakhstan and China signed agreements on trade, transport and agriculture on Tuesday.',
    date: '2024-03-13',
    facts: [
      { type: 'agreement', parties: ['CHN', 'KAZ'], topic: 'trade', date: '2024-03-12', status: 'signed' },
      { type: 'agreement', parties: ['CHN', 'KAZ'], topic: 'transport', date: '2024-03-12', status: 'signed' },
      { type: 'agreement', parties: ['CHN', 'KAZ'], topic: 'agriculture', date: '2024-03-12', status: 'signed' },
    ],
    note: 'one agreement per topic named in a list',
  },
  {
    text: 'Egypt and Italy signed a memorandum of understanding on cooperation in renewable energy on Sunday.',
    date: '2024-02-21',
    facts: [{ type: 'agreement', parties: ['EGY', 'ITA'], topic: 'energy', date: '2024-02-18', status: 'signed' }],
    note: 'a memorandum of understanding is an agreement; "renewable energy" is energy',
  },
  {
    text: 'The agreement between Vietnam and Japan on the mutual protection of investments entered into force on 1 January.',
    date: '2024-02-07',
    facts: [{ type: 'agreement', parties: ['JPN', 'VNM'], topic: 'investment', date: '2024-01-01', status: 'in_force' }],
    note: '"entered into force" is in_force, dated by the entry into force',
  },
  {
    text: "Brazil and Argentina are expected to sign a defence cooperation agreement during the Argentine president's visit to Brasilia next month.",
    date: '2024-06-05',
    facts: [
      { type: 'visit', visitor: 'ARG', host: 'BRA', date: '2024-07', place: 'Brasilia' },
      { type: 'agreement', parties: ['ARG', 'BRA'], topic: 'defense', date: '2024-07', status: 'planned' },
    ],
    note: '"are expected to sign" is planned; the planned visit counts too',
  },
  {
    text: 'Kenya and India will sign an agreement on health cooperation on Friday, officials said.',
    date: '2024-01-17',
    facts: [{ type: 'agreement', parties: ['IND', 'KEN'], topic: 'health', date: '2024-01-19', status: 'planned' }],
    note: '"will sign" is planned, with the planned day',
  },
  {
    text: 'Poland and Ukraine signed a joint declaration on Tuesday.',
    date: '2024-09-18',
    facts: [{ type: 'agreement', parties: ['POL', 'UKR'], topic: 'political', date: '2024-09-17', status: 'signed' }],
    note: 'a joint declaration without a subject is political',
  },
  {
    text: 'Indonesia and South Korea signed memoranda on information technology, education and agribusiness.',
    date: '2023-11-22',
    facts: [
      { type: 'agreement', parties: ['IDN', 'KOR'], topic: 'it', date: '2023-11-22', status: 'signed' },
      { type: 'agreement', parties: ['IDN', 'KOR'], topic: 'education', date: '2023-11-22', status: 'signed' },
      { type: 'agreement', parties: ['IDN', 'KOR'], topic: 'agriculture', date: '2023-11-22', status: 'signed' },
    ],
    note: 'information technology is it, agribusiness is agriculture; a signing reported without a date of its own takes the date of the event the report covers, here the document date',
  },
  {
    text: 'Uzbekistan and Turkey signed 15 documents, including agreements on education and tourism.',
    date: '2024-04-24',
    facts: [
      { type: 'agreement', parties: ['TUR', 'UZB'], topic: 'education', date: '2024-04-24', status: 'signed' },
      { type: 'agreement', parties: ['TUR', 'UZB'], topic: 'tourism', date: '2024-04-24', status: 'signed' },
    ],
    note: 'the count of documents is no figure; when topics are named, only those topics are agreements; a signing reported without a date of its own takes the date of the event the report covers, here the document date',
  },
  {
    text: 'Chile and Peru signed an intergovernmental agreement on international road transport on Monday.',
    date: '2023-10-04',
    facts: [{ type: 'agreement', parties: ['CHL', 'PER'], topic: 'transport', date: '2023-10-02', status: 'signed' }],
    note: 'road transport is transport',
  },
  {
    text: 'Armenia and Georgia signed a plan of military cooperation for 2025 on Tuesday.',
    date: '2024-12-11',
    facts: [{ type: 'agreement', parties: ['ARM', 'GEO'], topic: 'defense', date: '2024-12-10', status: 'signed' }],
    note: 'a signed cooperation plan is an agreement; military is defense; "for 2025" is not the signing date',
  },
  {
    text: 'Serbia and Hungary signed an agreement on cooperation in combating terrorism and organised crime.',
    date: '2024-05-22',
    facts: [{ type: 'agreement', parties: ['HUN', 'SRB'], topic: 'security', date: '2024-05-22', status: 'signed' }],
    note: 'terrorism and crime are one security topic; a signing reported without a date of its own takes the date of the event the report covers, here the document date',
  },
  {
    text: 'Qatar and Pakistan signed a programme of cultural exchanges for 2025-2027 on Monday.',
    date: '2025-02-19',
    facts: [{ type: 'agreement', parties: ['PAK', 'QAT'], topic: 'culture', date: '2025-02-17', status: 'signed' }],
    note: 'a signed exchange programme is an agreement; the programme years are not the date',
  },
  {
    text: 'Morocco and Spain are drafting an agreement on tourism, the Moroccan tourism ministry said.',
    date: '2024-10-23',
    facts: [{ type: 'agreement', parties: ['ESP', 'MAR'], topic: 'tourism', date: null, status: 'planned' }],
    note: 'an agreement being drafted is planned',
  },
  {
    text: 'The central banks of Nigeria and Ghana signed a memorandum on cooperation in banking supervision.',
    date: '2024-03-20',
    facts: [{ type: 'agreement', parties: ['GHA', 'NGA'], topic: 'finance', date: '2024-03-20', status: 'signed' }],
    note: 'state bodies (central banks) signing count as the states; banking is finance; a signing reported without a date of its own takes the date of the event the report covers, here the document date',
  },
  {
    text: 'Canada and Mexico signed an agreement on cooperation in the field of justice in 2021.',
    date: null,
    facts: [{ type: 'agreement', parties: ['CAN', 'MEX'], topic: 'other', date: '2021', status: 'signed' }],
    note: 'a topic outside the list is other',
  },
  {
    text: 'Mongolia and Russia signed an agreement on scientific and technical cooperation on 30 June.',
    date: '2023-07-12',
    facts: [{ type: 'agreement', parties: ['MNG', 'RUS'], topic: 'science', date: '2023-06-30', status: 'signed' }],
    note: 'scientific and technical cooperation is one science topic',
  },
  {
    text: 'Tajikistan and Iran signed a memorandum on mutual recognition of university diplomas.',
    date: '2024-08-14',
    facts: [{ type: 'agreement', parties: ['IRN', 'TJK'], topic: 'education', date: '2024-08-14', status: 'signed' }],
    note: 'diplomas are education though the word is not used; a signing reported without a date of its own takes the date of the event the report covers, here the document date',
  },
  {
    text: 'Norway and Sweden signed an agreement on sports cooperation.',
    date: '2025-04-16',
    facts: [{ type: 'agreement', parties: ['NOR', 'SWE'], topic: 'sport', date: '2025-04-16', status: 'signed' }],
    note: 'sport topic; a signing reported without a date of its own takes the date of the event the report covers, here the document date',
  },
  {
    text: 'An agreement between Norway and Sweden on cross-border ambulance services entered into force on 1 March.',
    date: '2025-04-16',
    facts: [{ type: 'agreement', parties: ['NOR', 'SWE'], topic: 'health', date: '2025-03-01', status: 'in_force' }],
    note: 'ambulance services are health',
  },
  {
    text: 'Ethiopia and Djibouti signed an agreement on interregional cooperation between their border provinces.',
    date: '2023-06-21',
    facts: [{ type: 'agreement', parties: ['DJI', 'ETH'], topic: 'regional', date: '2023-06-21', status: 'signed' }],
    note: 'interregional links are regional; a signing reported without a date of its own takes the date of the event the report covers, here the document date',
  },
  {
    text: 'Thailand and Laos signed an agreement on economic cooperation on Monday.',
    date: '2024-08-14',
    facts: [{ type: 'agreement', parties: ['LAO', 'THA'], topic: 'economic', date: '2024-08-12', status: 'signed' }],
    note: 'economic cooperation is economic',
  },
  {
    text: 'Algeria and Tunisia signed 12 cooperation documents on Tuesday.',
    date: '2024-10-09',
    facts: [{ type: 'agreement', parties: ['DZA', 'TUN'], topic: 'economic', date: '2024-10-08', status: 'signed' }],
    note: 'documents with no topic named are one economic agreement; the count is no figure',
  },
  {
    text: 'Kenya and India adopted a joint communique.',
    date: null,
    facts: [{ type: 'agreement', parties: ['IND', 'KEN'], topic: 'political', date: null, status: 'signed' }],
    note: 'an adopted communique without a subject is political',
  },
  {
    text: 'Uzbekistan and Turkey signed a preferential trade agreement on Tuesday.',
    date: '2023-09-06',
    facts: [{ type: 'agreement', parties: ['TUR', 'UZB'], topic: 'trade', date: '2023-09-05', status: 'signed' }],
    note: 'trade agreement',
  },
  {
    text: 'Tajikistan and Iran signed an intergovernmental agreement on electricity supplies in May 2023.',
    date: null,
    facts: [{ type: 'agreement', parties: ['IRN', 'TJK'], topic: 'energy', date: '2023-05', status: 'signed' }],
    note: 'electricity is energy; month and year explicit in an undated document',
  },
  {
    text: 'Vietnamese Prime Minister Tran Duc Minh arrived in Tokyo on Sunday. On Monday, the two sides signed agreements on energy, transport and health.',
    date: '2023-11-22',
    facts: [
      { type: 'person', name: 'Tran Duc Minh', country: 'VNM', role: 'head_of_government' },
      { type: 'visit', visitor: 'VNM', host: 'JPN', date: '2023-11-19', place: 'Tokyo' },
      { type: 'agreement', parties: ['JPN', 'VNM'], topic: 'energy', date: '2023-11-20', status: 'signed' },
      { type: 'agreement', parties: ['JPN', 'VNM'], topic: 'transport', date: '2023-11-20', status: 'signed' },
      { type: 'agreement', parties: ['JPN', 'VNM'], topic: 'health', date: '2023-11-20', status: 'signed' },
    ],
    note: 'coreference: "the two sides" are the visitor and the host of the previous sentence; the signing day differs from the arrival day',
  },
  {
    text: 'Mongolia and Russia will sign an agreement on rail transit in March.',
    date: '2025-02-19',
    facts: [{ type: 'agreement', parties: ['MNG', 'RUS'], topic: 'transport', date: '2025-03', status: 'planned' }],
    note: 'rail transit is transport; planned with a month',
  },
  {
    text: 'The defence ministries of Nigeria and Ghana signed a memorandum on military training on Wednesday.',
    date: '2024-10-09',
    facts: [{ type: 'agreement', parties: ['GHA', 'NGA'], topic: 'defense', date: '2024-10-09', status: 'signed' }],
    note: 'ministries signing stand for their states',
  },
  {
    text: 'Canadian Foreign Minister Sarah Whitcombe and her Mexican counterpart, Lucia Ortega Ibarra, signed an action plan on tourism cooperation on Monday.',
    date: '2025-02-19',
    facts: [
      { type: 'person', name: 'Sarah Whitcombe', country: 'CAN', role: 'foreign_minister' },
      { type: 'person', name: 'Lucia Ortega Ibarra', country: 'MEX', role: 'foreign_minister' },
      { type: 'agreement', parties: ['CAN', 'MEX'], topic: 'tourism', date: '2025-02-17', status: 'signed' },
    ],
    note: 'an action plan is a signed document; ministers signing without a stated place give no visit',
  },
  {
    text: 'Argentine Agriculture Minister Lucas Ferreyra and his Brazilian counterpart signed a memorandum on agricultural cooperation.',
    date: '2024-06-05',
    facts: [
      { type: 'person', name: 'Lucas Ferreyra', country: 'ARG', role: 'minister' },
      { type: 'agreement', parties: ['ARG', 'BRA'], topic: 'agriculture', date: '2024-06-05', status: 'signed' },
    ],
    note: 'the unnamed counterpart gives the second party but no person; a signing reported without a date of its own takes the date of the event the report covers, here the document date',
  },
  {
    text: 'The agreement between Algeria and Tunisia on the protection of investments has been in force since 2007.',
    date: '2024-02-21',
    facts: [{ type: 'agreement', parties: ['DZA', 'TUN'], topic: 'investment', date: '2007', status: 'in_force' }],
    note: '"has been in force since" is in_force with the year it began',
  },
  {
    text: 'A trade agreement between Chile and Peru is due to be signed early next year.',
    date: '2024-10-23',
    facts: [{ type: 'agreement', parties: ['CHL', 'PER'], topic: 'trade', date: '2025', status: 'planned' }],
    note: '"is due to be signed" is planned; "early next year" gives the year',
  },
  {
    text: 'After the talks, the two presidents witnessed the exchange of a memorandum on cooperation in the palm oil sector and an agreement on the digital economy.',
    date: '2024-10-15',
    facts: [
      { type: 'agreement', parties: ['PHL', 'THA'], topic: 'agriculture', date: '2024-10-15', status: 'signed' },
      { type: 'agreement', parties: ['PHL', 'THA'], topic: 'it', date: '2024-10-15', status: 'signed' },
    ],
    note: 'an exchange of documents is a signing; palm oil is agriculture, not energy; the digital economy is it, not economic. Parties come from the document (title below)',
    title: 'Thailand and the Philippines deepen ties',
  },
  {
    text: 'Ghana and Togo signed agreements on road transport and cross-border electricity trade on Tuesday, pledging to boost bilateral trade.',
    date: '2024-04-17',
    facts: [
      { type: 'agreement', parties: ['GHA', 'TGO'], topic: 'transport', date: '2024-04-16', status: 'signed' },
      { type: 'agreement', parties: ['GHA', 'TGO'], topic: 'energy', date: '2024-04-16', status: 'signed' },
    ],
    note: 'electricity trade is energy; the purpose after "pledging to" adds no topic',
  },
  {
    text: 'Agreements on fisheries and vocational training are expected to be signed later on Friday, a Mauritanian government spokesman said.',
    date: '2024-05-08',
    title: 'Senegal and Mauritania open talks on gas and fishing',
    facts: [
      { type: 'agreement', parties: ['MRT', 'SEN'], topic: 'agriculture', date: '2024-05-10', status: 'planned' },
      { type: 'agreement', parties: ['MRT', 'SEN'], topic: 'education', date: '2024-05-10', status: 'planned' },
    ],
    note: 'no state named in the sentence: the document\'s pair; the spokesman\'s country is the source, not a party; vocational training is education',
  },
  {
    text: 'The ministers welcomed the trilateral power trade agreement signed by Laos, Thailand and Malaysia in June.',
    date: '2024-09-04',
    facts: [{ type: 'agreement', parties: ['LAO', 'MYS', 'THA'], topic: 'energy', date: '2024-06', status: 'signed' }],
    note: 'a trilateral agreement has three parties; power trade is energy',
  },
  {
    text: 'Kenya and Ethiopia have signed more than 40 agreements since 1964.',
    date: '2024-09-04',
    facts: [{ type: 'agreement', parties: ['ETH', 'KEN'], topic: 'economic', date: null, status: 'signed' }],
    note: 'a background count takes no date from the report',
  },
  {
    text: 'KIGALI, May 14, 2024 — Rwanda and Burundi signed an agreement on road transport on Tuesday. The two leaders witnessed the exchange of a memorandum on tourism cooperation under the slogan "One Region". In total, 5 documents were signed.',
    date: '2024-05-14',
    facts: [
      { type: 'agreement', parties: ['BDI', 'RWA'], topic: 'transport', date: '2024-05-14', status: 'signed' },
      { type: 'agreement', parties: ['BDI', 'RWA'], topic: 'tourism', date: '2024-05-14', status: 'signed' },
    ],
    note: 'a memorandum exchanged at the event takes its date ("under the slogan" is no background); a count of the documents after the list is no document',
  },
  {
    text: 'The ministers welcomed the agreement signed last month between the Danish company Nordlys Energi and Norway\'s Fjell Kraft on the supply of hydrogen.',
    date: '2024-05-14',
    facts: [],
    note: 'a contract between companies is not an agreement between states',
  },
  {
    text: 'The prime ministers met in Brussels in December, and the Latvian prime minister is expected to visit Vilnius in March, when a memorandum on defence cooperation is due to be signed.',
    date: '2024-01-17',
    title: 'Latvia and Lithuania plan defence memorandum',
    facts: [
      { type: 'visit', visitor: 'LVA', host: 'LTU', date: '2024-03', place: 'Vilnius' },
      { type: 'agreement', parties: ['LTU', 'LVA'], topic: 'defense', date: '2024-03', status: 'planned' },
    ],
    note: 'the planned signing takes the date nearest to it, not the first of the sentence',
  },
  {
    text: 'Qatar and Jordan signed a $200 million loan agreement on Sunday. The agreement was signed by the heads of the two finance ministries.',
    date: '2024-01-17',
    facts: [
      { type: 'agreement', parties: ['JOR', 'QAT'], topic: 'finance', date: '2024-01-14', status: 'signed' },
      { type: 'figure', metric: 'other', from: 'QAT', to: 'JOR', value: 200_000_000, unit: 'USD', period: null, modality: 'target' },
    ],
    note: '"The agreement was signed by" refers back to the agreement just reported',
  },
  {
    text: 'Chile and Peru signed a programme of cooperation in the field of tourism, an agreement on a checkpoint on the state border, and a memorandum between the Chilean Export and Investment Development Agency and the Peruvian Small Business Foundation.',
    date: '2024-05-08',
    facts: [
      { type: 'agreement', parties: ['CHL', 'PER'], topic: 'tourism', date: '2024-05-08', status: 'signed' },
      { type: 'agreement', parties: ['CHL', 'PER'], topic: 'other', date: '2024-05-08', status: 'signed' },
      { type: 'agreement', parties: ['CHL', 'PER'], topic: 'economic', date: '2024-05-08', status: 'signed' },
    ],
    note: 'each document of a list has its own topics; a body\'s name ("Export and Investment Development Agency") gives none, so that memorandum is economic',
  },
  {
    text: 'Ghana and Togo signed 12 documents, including a joint statement on good-neighbourly relations and an agreement on the demarcation of the state border.',
    date: '2024-03-02',
    facts: [
      { type: 'agreement', parties: ['GHA', 'TGO'], topic: 'political', date: '2024-03-02', status: 'signed' },
      { type: 'agreement', parties: ['GHA', 'TGO'], topic: 'other', date: '2024-03-02', status: 'signed' },
    ],
    note: 'the count of documents adds no economic agreement when the documents it counts have topics',
  },
  {
    text: 'Mongolia and Japan signed three memorandums of understanding on Tuesday. The first MoU was on cooperation in renewable energy. The second MoU was on vocational education.',
    date: '2024-10-16',
    facts: [
      { type: 'agreement', parties: ['JPN', 'MNG'], topic: 'energy', date: '2024-10-15', status: 'signed' },
      { type: 'agreement', parties: ['JPN', 'MNG'], topic: 'education', date: '2024-10-15', status: 'signed' },
    ],
    note: 'documents told one by one after a count ("The first MoU was on ...") are the signing\'s; the bare count is not an economic agreement',
  },
  {
    text: 'Algeria and Tunisia are planned to sign a package of bilateral documents aimed at deepening cooperation in the fields of agriculture, health and tourism.',
    date: '2024-02-12',
    facts: [
      { type: 'agreement', parties: ['DZA', 'TUN'], topic: 'agriculture', date: null, status: 'planned' },
      { type: 'agreement', parties: ['DZA', 'TUN'], topic: 'health', date: null, status: 'planned' },
      { type: 'agreement', parties: ['DZA', 'TUN'], topic: 'tourism', date: null, status: 'planned' },
    ],
    note: '"aimed at deepening cooperation in the fields of" lists the documents\' fields, not a purpose',
  },
  {
    text: 'Serbia and Hungary signed a free trade protocol on Monday, while also inking a deal on joint drone production.',
    date: '2024-11-20',
    facts: [
      { type: 'agreement', parties: ['HUN', 'SRB'], topic: 'trade', date: '2024-11-18', status: 'signed' },
      { type: 'agreement', parties: ['HUN', 'SRB'], topic: 'defense', date: '2024-11-18', status: 'signed' },
      { type: 'project', parties: ['HUN', 'SRB'], name: 'joint drone production', sector: 'other', place: null, status: 'agreed' },
    ],
    note: '"while also inking" is a second signing, not the end of the description; drones are defence',
  },
  {
    text: 'Namibia and Botswana signed a treaty on allied relations and a Bilateral Security Agreement covering cyber security and climate change.',
    date: '2024-07-03',
    facts: [
      { type: 'agreement', parties: ['BWA', 'NAM'], topic: 'political', date: '2024-07-03', status: 'signed' },
      { type: 'agreement', parties: ['BWA', 'NAM'], topic: 'security', date: '2024-07-03', status: 'signed' },
    ],
    note: 'a treaty on allied relations is political; a document named by its topic ("Security Agreement") is about that topic whatever it covers',
  },
  {
    text: 'Chile agreed in 2019 to finance a new port in Peru. President Alvarez and former Peruvian president Rosa Quispe oversaw the signing of a memorandum on port logistics.',
    date: '2024-05-10',
    facts: [
      { type: 'person', name: 'Alvarez', country: 'CHL', role: 'head_of_state' },
      { type: 'person', name: 'Rosa Quispe', country: 'PER', role: 'head_of_state' },
      { type: 'agreement', parties: ['CHL', 'PER'], topic: 'transport', date: '2019', status: 'signed' },
      { type: 'project', parties: ['CHL', 'PER'], name: 'new port', sector: 'transport', place: null, status: 'agreed' },
    ],
    note: 'a signing by a former leader is recalled, dated by the year just told before it, not by the report',
  },
  {
    text: 'Morocco inked a $900 million deal with Spain three years back for the acquisition of two frigates.',
    date: '2024-05-10',
    facts: [
      { type: 'agreement', parties: ['ESP', 'MAR'], topic: 'defense', date: '2021', status: 'signed' },
      { type: 'figure', metric: 'arms_sales', from: 'ESP', to: 'MAR', value: 900_000_000, unit: 'USD', period: null, modality: 'actual' },
      { type: 'figure', metric: 'shipment', from: 'ESP', to: 'MAR', value: 2, unit: 'count', period: null, modality: 'target' },
    ],
    note: '"three years back" counts back from the document year; frigates are defence',
  },
  {
    text: 'Earlier, on March 3, Serbia said it had reached a deal with Azerbaijan to purchase 400 million cubic metres of gas.',
    date: '2024-05-10',
    facts: [
      { type: 'agreement', parties: ['AZE', 'SRB'], topic: 'energy', date: '2024-03-03', status: 'signed' },
      { type: 'figure', metric: 'shipment', from: 'AZE', to: 'SRB', value: 400_000_000, unit: 'm3', period: null, modality: 'target' },
    ],
    note: 'a deal reached is signed; gas bought "with" a seller is a shipment to come from it, dated by the deal, with no period',
  },
  {
    text: 'Ghana and Togo signed three MoUs on Monday. The first MoU was on fisheries. Trade Minister Kofi Mensah signed the MoU on behalf of Ghana.',
    date: '2024-05-08',
    facts: [
      { type: 'person', name: 'Kofi Mensah', country: 'GHA', role: 'minister' },
      { type: 'agreement', parties: ['GHA', 'TGO'], topic: 'agriculture', date: '2024-05-06', status: 'signed' },
    ],
    note: '"signed the MoU" refers back to the memorandum just told; the signer\'s portfolio adds no document',
  },
  {
    text: 'The $50 million loan from Kuwait to Jordan, signed in March 2021, has a 20-year term.',
    date: '2024-05-08',
    facts: [
      { type: 'agreement', parties: ['JOR', 'KWT'], topic: 'finance', date: '2021-03', status: 'signed' },
      { type: 'figure', metric: 'other', from: 'KWT', to: 'JOR', value: 50_000_000, unit: 'USD', period: null, modality: 'target' },
    ],
    note: 'a loan signed is a finance agreement as well as a promise of money',
  },
];
