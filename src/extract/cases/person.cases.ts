// Hand-written cases for person facts: names without titles, the state a person serves, and the role the text gives.
import type { Case } from './types';

export const cases: Case[] = [
  {
    text: 'Kazakh President Nurlan Sadvakasov said on Tuesday that relations with China had never been stronger.',
    date: '2024-03-13',
    facts: [{ type: 'person', name: 'Nurlan Sadvakasov', country: 'KAZ', role: 'head_of_state' }],
    note: 'demonym + title before the name; a statement is not a visit, call or meeting',
  },
  {
    text: 'Italian Prime Minister Giulia Ferranti told parliament that Egypt remained a key partner in the Mediterranean.',
    date: '2023-11-22',
    facts: [{ type: 'person', name: 'Giulia Ferranti', country: 'ITA', role: 'head_of_government' }],
    note: 'prime minister is head_of_government',
  },
  {
    text: "Japan's Foreign Minister Haruto Kisaragi described Vietnam as a comprehensive strategic partner in a speech in Tokyo.",
    date: '2024-09-18',
    facts: [{ type: 'person', name: 'Haruto Kisaragi', country: 'JPN', role: 'foreign_minister' }],
    note: "possessive country name + title",
  },
  {
    text: "Brazil's Minister of Agriculture, Rodrigo Tavares Lins, said Argentina remained the most important market for Brazilian farm machinery.",
    date: '2024-06-05',
    facts: [{ type: 'person', name: 'Rodrigo Tavares Lins', country: 'BRA', role: 'minister' }],
    note: 'title with "of <portfolio>" and the name in commas; a sectoral minister is minister',
  },
  {
    text: "Ukraine's ambassador to Poland, Oksana Hrytsenko, thanked Warsaw for its support during the winter.",
    date: '2024-01-17',
    facts: [{ type: 'person', name: 'Oksana Hrytsenko', country: 'UKR', role: 'diplomat' }],
    note: 'an ambassador serves the sending state, not the host',
  },
  {
    text: "Mariam Al-Naimi, Qatar's ambassador to Pakistan, said more Qatari investors were studying projects in Karachi.",
    date: '2024-04-24',
    facts: [{ type: 'person', name: 'Mariam Al-Naimi', country: 'QAT', role: 'diplomat' }],
    note: 'appositive after the name: "X, <country>\'s ambassador to Y"',
  },
  {
    text: "Qatar's Emir, Sheikh Khalid bin Rashid Al Mahmoud, received a message from the Pakistani prime minister on regional security.",
    date: '2024-04-24',
    facts: [{ type: 'person', name: 'Khalid bin Rashid Al Mahmoud', country: 'QAT', role: 'head_of_state' }],
    note: 'an emir is head_of_state; the honorific Sheikh is a title, not part of the name; the unnamed Pakistani prime minister gives no person; a written message is not a call',
  },
  {
    text: "Uzbekistan's Deputy Minister of Investment, Industry and Trade, Jasur Karimov, held talks in Ankara on Monday with Turkish business leaders.",
    date: '2024-10-09',
    facts: [
      { type: 'person', name: 'Jasur Karimov', country: 'UZB', role: 'minister' },
      { type: 'visit', visitor: 'UZB', host: 'TUR', date: '2024-10-07', place: 'Ankara' },
    ],
    note: 'a deputy minister is minister; a long portfolio with commas must not swallow the name; talks abroad are a visit',
  },
  {
    text: "Ricardo Palma Quiroga, governor of Peru's Tacna region, said the border crossing with Chile would stay open through the holidays.",
    date: '2023-12-13',
    facts: [{ type: 'person', name: 'Ricardo Palma Quiroga', country: 'PER', role: 'official' }],
    note: 'regional governors are official',
  },
  {
    text: 'Tbilisi Mayor Levan Abashidze said the Georgian capital would host a festival of Armenian cinema in the autumn.',
    date: '2024-05-22',
    facts: [{ type: 'person', name: 'Levan Abashidze', country: 'GEO', role: 'official' }],
    note: 'a mayor of a capital serves that state and is official; a cultural festival is no fact between states',
  },
  {
    text: 'Iranian foreign ministry spokesman Hamid Rezaei told a weekly briefing in Tehran that ties with Tajikistan were friendly and growing.',
    date: '2024-02-07',
    facts: [{ type: 'person', name: 'Hamid Rezaei', country: 'IRN', role: 'official' }],
    note: 'a spokesman is official, not foreign_minister, even of a foreign ministry',
  },
  {
    text: "Ghana's central bank governor, Kwabena Asante-Boateng, said the cedi had held steady against the Nigerian naira.",
    date: '2023-07-12',
    facts: [{ type: 'person', name: 'Kwabena Asante-Boateng', country: 'GHA', role: 'official' }],
    note: 'a central bank governor is official; hyphenated surname',
  },
  {
    text: 'Ahmed El-Sherif, chief executive of Egyptian steelmaker Delta Forge, said the company was looking for Italian partners.',
    date: '2023-10-04',
    facts: [{ type: 'person', name: 'Ahmed El-Sherif', country: 'EGY', role: 'business' }],
    note: "a company executive takes the company's country when the text gives it",
  },
  {
    text: 'Lukas Brenner, chairman of Rhenvolt Energy, said the firm was studying the Algerian and Tunisian electricity markets.',
    date: '2024-08-14',
    facts: [{ type: 'person', name: 'Lukas Brenner', country: null, role: 'business' }],
    note: 'a company executive whose company has no stated country: country null, and not the countries he talks about',
  },
  {
    text: "Ghanaian analyst Efua Mensah said Nigeria's fuel subsidy cuts had pushed up petrol prices in Accra.",
    date: '2023-08-23',
    facts: [{ type: 'person', name: 'Efua Mensah', country: 'GHA', role: 'expert' }],
    note: 'demonym before an analyst gives the country',
  },
  {
    text: 'Nordic gas flows are unlikely to change this winter, said Marta Lindqvist, an energy analyst at the consultancy Nordlys Insight.',
    date: '2023-11-22',
    facts: [{ type: 'person', name: 'Marta Lindqvist', country: null, role: 'expert' }],
    note: 'an analyst with no stated country: country null, role expert; the speech verb comes before the name',
  },
  {
    text: 'Mexican economist Alejandro Ruiz Castaneda said Canada would remain a stable buyer of Mexican auto parts.',
    date: '2024-07-17',
    facts: [{ type: 'person', name: 'Alejandro Ruiz Castaneda', country: 'MEX', role: 'expert' }],
    note: 'economists are expert',
  },
  {
    text: 'In a letter, Chilean Foreign Minister Ignacio Valdes congratulated his Peruvian counterpart, Carmen Huaman, on her appointment.',
    date: '2024-02-21',
    facts: [
      { type: 'person', name: 'Ignacio Valdes', country: 'CHL', role: 'foreign_minister' },
      { type: 'person', name: 'Carmen Huaman', country: 'PER', role: 'foreign_minister' },
    ],
    note: '"his <demonym> counterpart, Name" takes the role of the first person and the demonym; a letter is not a call',
  },
  {
    text: 'The prime ministers of Norway and Sweden, Kari Solheim and Erik Lindgren, both spoke at the opening of the Nordic Council session in Helsinki.',
    date: '2024-10-23',
    facts: [
      { type: 'person', name: 'Kari Solheim', country: 'NOR', role: 'head_of_government' },
      { type: 'person', name: 'Erik Lindgren', country: 'SWE', role: 'head_of_government' },
    ],
    note: 'respective pairing: "the X of A and B, N1 and N2"; speaking at the same event is not a bilateral meeting',
  },
  {
    text: "Kazakhstan's Deputy Prime Minister Aidar Zhaksylykov said talks on new border crossings with China would resume soon.",
    date: '2024-05-22',
    facts: [{ type: 'person', name: 'Aidar Zhaksylykov', country: 'KAZ', role: 'minister' }],
    note: 'a deputy prime minister is minister, not head_of_government; talks that "would resume soon" have no date or place and are not a meeting',
  },
  {
    text: 'German Chancellor Markus Hollweg told the Bundestag that the partnership with France was the engine of Europe.',
    date: '2024-01-17',
    facts: [{ type: 'person', name: 'Markus Hollweg', country: 'DEU', role: 'head_of_government' }],
    note: 'a German chancellor is head_of_government',
  },
  {
    text: 'Kenyan runner Faith Wambui won the women\'s race at the half marathon in New Delhi on Sunday.',
    date: '2023-10-04',
    facts: [{ type: 'person', name: 'Faith Wambui', country: 'KEN', role: 'other' }],
    note: 'a named person with a country but no state role is other; a sports result is no fact between states',
  },
  {
    text: "Algeria's Energy Minister Karim Benali said gas supplies to Tunisia were stable despite maintenance on the pipeline.",
    date: '2024-02-21',
    facts: [{ type: 'person', name: 'Karim Benali', country: 'DZA', role: 'minister' }],
    note: 'a sectoral minister is minister; "supplies were stable" has no quantity and yields no figure',
  },
  {
    text: "Indonesia's Trade Minister Rina Kusuma Wardani said Korean buyers were showing strong interest in Indonesian nickel. Wardani added that nickel prices had stabilised.",
    date: '2023-03-15',
    facts: [{ type: 'person', name: 'Rina Kusuma Wardani', country: 'IDN', role: 'minister' }],
    note: 'coreference: the bare surname in the second sentence is the same person, listed once',
  },
  {
    text: "Aliya Nurlanovna, a spokeswoman for Kazakhstan's foreign ministry, said the Chinese side had been informed of the new visa rules.",
    date: '2024-09-18',
    facts: [{ type: 'person', name: 'Aliya Nurlanovna', country: 'KAZ', role: 'official' }],
    note: 'spokeswoman of a ministry is official, country from the ministry',
  },
  {
    text: 'Ethiopian Prime Minister Dawit Alemu told parliament that the port of Djibouti would remain the main gateway for Ethiopian trade. Djiboutian President Omar Houssein Farah welcomed the remarks.',
    date: '2023-06-21',
    facts: [
      { type: 'person', name: 'Dawit Alemu', country: 'ETH', role: 'head_of_government' },
      { type: 'person', name: 'Omar Houssein Farah', country: 'DJI', role: 'head_of_state' },
    ],
    note: 'two titled persons in separate sentences, each with their own demonym; remarks are no fact between states',
  },
  {
    text: "Thailand's ambassador to Laos, Somchai Rattanakorn, expressed regret over the shooting at the border.",
    date: '2024-12-11',
    facts: [{ type: 'person', name: 'Somchai Rattanakorn', country: 'THA', role: 'diplomat' }],
    note: 'an ambassador to the host serves the sending state',
  },
  {
    text: 'Tunisian President Hichem Ben Salah received a delegation of Algerian investors at Carthage Palace on Thursday.',
    date: null,
    facts: [{ type: 'person', name: 'Hichem Ben Salah', country: 'TUN', role: 'head_of_state' }],
    note: 'private investors are not a state\'s representatives, so their trip is not a visit between states',
  },
  {
    text: "Prime Minister of Thailand Dato' Sri Anan Chaiyaporn and President of the Republic of the Philippines Rosa Villanueva Cruz opened the forum.",
    date: '2024-05-08',
    facts: [
      { type: 'person', name: 'Anan Chaiyaporn', country: 'THA', role: 'head_of_government' },
      { type: 'person', name: 'Rosa Villanueva Cruz', country: 'PHL', role: 'head_of_state' },
    ],
    note: '"<title> of <country>" before the name; honorifics are not part of the name; "Republic of the X" is X',
  },
  {
    text: "Uganda's Foreign Affairs Cabinet Secretary Joseph Okello Mugisha and Rwandan Minister of Trade and Industry Claire Uwase Mukamana signed the minutes.",
    date: '2024-02-14',
    facts: [
      { type: 'person', name: 'Joseph Okello Mugisha', country: 'UGA', role: 'foreign_minister' },
      { type: 'person', name: 'Claire Uwase Mukamana', country: 'RWA', role: 'minister' },
    ],
    note: 'a long title run before a three-word name; a multiword portfolio is part of the title, not the name',
  },
  {
    text: 'Pakistani High Commissioner in Colombo Farhan Qureshi said the port deal was on track.',
    date: '2024-07-10',
    facts: [{ type: 'person', name: 'Farhan Qureshi', country: 'PAK', role: 'diplomat' }],
    note: 'a high commissioner is a diplomat of the sending state; "in Colombo" is the posting',
  },
  {
    text: 'Norwegian shipping group Fjordline Holding said on Monday it would open an office in Gdansk. "Poland is our fastest-growing market," said Fjordline chief executive Ingrid Solberg Haugen.',
    date: '2024-03-20',
    facts: [{ type: 'person', name: 'Ingrid Solberg Haugen', country: 'NOR', role: 'business' }],
    note: 'a company executive takes the country the text gives the company; the company before the title is not a person',
  },
  {
    text: 'Rafael Ortiz Mena, president of the Association of Mexican Coffee Exporters, said sales to Guatemala had doubled.',
    date: '2024-10-02',
    facts: [{ type: 'person', name: 'Rafael Ortiz Mena', country: 'MEX', role: 'business' }],
    note: '"president of" a business association is business, not head of state; the association names the country',
  },
  {
    text: 'Trade between the two countries is still small, said Aigerim Sadykova, an economist at a Bishkek-based research centre.',
    date: '2024-04-17',
    facts: [{ type: 'person', name: 'Aigerim Sadykova', country: 'KGZ', role: 'expert' }],
    note: 'the city of the workplace ("X-based") gives the expert\'s country',
  },
  {
    text: 'Kofi Boateng, a professor of economics at the University of Ghana in Accra, doubted the figures released by Lagos.',
    date: '2024-04-17',
    facts: [{ type: 'person', name: 'Kofi Boateng', country: 'GHA', role: 'expert' }],
    note: 'a university "in <capital>" gives the country; the state criticised is not his',
  },
  {
    text: 'Ilse Vermeulen, an analyst who follows relations with Russia, said the sanctions would bite.',
    date: '2024-04-17',
    facts: [{ type: 'person', name: 'Ilse Vermeulen', country: null, role: 'expert' }],
    note: 'a state the expert talks about is not her country',
  },
  {
    text: 'President Mahmoud Rahimi of Tajikistan, accompanied by Foreign Minister Davron Nazarov, arrived in Tehran on Sunday.',
    date: '2024-02-07',
    facts: [
      { type: 'person', name: 'Mahmoud Rahimi', country: 'TJK', role: 'head_of_state' },
      { type: 'person', name: 'Davron Nazarov', country: 'TJK', role: 'foreign_minister' },
      { type: 'visit', visitor: 'TJK', host: 'IRN', date: '2024-02-04', place: 'Tehran' },
    ],
    note: 'a minister accompanying the president serves the same state',
  },
  {
    text: 'The Egyptian foreign minister held talks with his Jordanian counterpart, Foreign Minister Hani Qudah, in Cairo on Monday.',
    date: '2024-01-24',
    facts: [
      { type: 'person', name: 'Hani Qudah', country: 'JOR', role: 'foreign_minister' },
      { type: 'visit', visitor: 'JOR', host: 'EGY', date: '2024-01-22', place: 'Cairo' },
    ],
    note: '"his X counterpart, <title> <name>": the counterpart\'s state; talks in one side\'s capital are the other\'s visit',
  },
  {
    text: 'ACCRA, May 6, 2024 — Togolese President Kossi Amegan arrived on Monday for a two-day visit. He was met at the airport by Foreign Minister Abena Owusu.',
    date: '2024-05-06',
    facts: [
      { type: 'person', name: 'Kossi Amegan', country: 'TGO', role: 'head_of_state' },
      { type: 'person', name: 'Abena Owusu', country: 'GHA', role: 'foreign_minister' },
      { type: 'visit', visitor: 'TGO', host: 'GHA', date: '2024-05-06', place: 'Accra' },
    ],
    note: 'an official the article does not introduce belongs to the state of the dateline',
  },
  {
    text: "Thailand's foreign minister spoke by phone with his South Korean counterpart Kim Min-jun on Monday. Kim is due to travel to Bangkok in May.",
    date: '2024-03-13',
    facts: [
      { type: 'person', name: 'Kim Min-jun', country: 'KOR', role: 'foreign_minister' },
      { type: 'call', parties: ['KOR', 'THA'], date: '2024-03-11' },
      { type: 'visit', visitor: 'KOR', host: 'THA', date: '2024-05', place: 'Bangkok' },
    ],
    note: 'a family name first is how the text names the person again; the counterpart holds the office named before',
  },
];
