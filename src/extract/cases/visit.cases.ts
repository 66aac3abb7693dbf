// Hand-written cases for visit facts: who travels where, the first day resolved against the document date, and the city.
import type { Case } from './types';

export const cases: Case[] = [
  {
    text: 'Kenyan Trade Minister Ruth Otieno met with her Ugandan counterpart in Mombasa on Monday.',
    date: '2018-11-20',
    facts: [
      { type: 'person', name: 'Ruth Otieno', country: 'KEN', role: 'minister' },
      { type: 'visit', visitor: 'UGA', host: 'KEN', date: '2018-11-19', place: 'Mombasa' },
    ],
    note: 'two sides meeting in a city of one of them: the other side is visiting (FACTS.md conventions)',
  },
  {
    text: 'Chilean Foreign Minister Ana Rojas met Peruvian Ambassador Luis Vega in Santiago on Monday.',
    date: '2018-11-20',
    facts: [
      { type: 'person', name: 'Ana Rojas', country: 'CHL', role: 'foreign_minister' },
      { type: 'person', name: 'Luis Vega', country: 'PER', role: 'diplomat' },
    ],
    note: 'an ambassador meeting in the state he is posted to is not visiting it',
  },
  {
    text: 'President Amina Odhiambo of Kenya flew to New Delhi on 3 March for a four-day state visit.',
    date: '2024-03-10',
    facts: [
      { type: 'person', name: 'Amina Odhiambo', country: 'KEN', role: 'head_of_state' },
      { type: 'visit', visitor: 'KEN', host: 'IND', date: '2024-03-03', place: 'New Delhi' },
    ],
    note: '"Title Name of Country"; a capital names the host; a year-less day takes the document year',
  },
  {
    text: 'Kazakh President Serik Abenov arrived in Beijing on Monday for a state visit. The Kazakh leader held talks with his Chinese counterpart on trade and transit.',
    date: '2024-03-13',
    facts: [
      { type: 'person', name: 'Serik Abenov', country: 'KAZ', role: 'head_of_state' },
      { type: 'visit', visitor: 'KAZ', host: 'CHN', date: '2024-03-11', place: 'Beijing' },
    ],
    note: 'coreference: "the Kazakh leader" is the same person; talks during a visit are the visit, not a meeting; the unnamed counterpart is no person',
  },
  {
    text: "Egypt's foreign minister paid an official visit to Italy in February, the ministry said.",
    date: '2024-03-13',
    facts: [{ type: 'visit', visitor: 'EGY', host: 'ITA', date: '2024-02', place: null }],
    note: '"paid an official visit to <country>": place null, month resolved to the nearest February',
  },
  {
    text: "Japan's prime minister will travel to Hanoi on Friday for talks with Vietnamese leaders, his office said.",
    date: '2023-11-22',
    facts: [{ type: 'visit', visitor: 'JPN', host: 'VNM', date: '2023-11-24', place: 'Hanoi' }],
    note: 'an announced visit counts with its planned date; "on Friday" from a Wednesday is two days ahead',
  },
  {
    text: "Argentina's president will pay a state visit to Brazil next month, the Argentine foreign ministry announced.",
    date: '2024-06-05',
    facts: [{ type: 'visit', visitor: 'ARG', host: 'BRA', date: '2024-07', place: null }],
    note: '"next month" resolves to a month',
  },
  {
    text: 'The Thai prime minister arrived in Vientiane on 14 June for a two-day official visit to Laos.',
    date: null,
    facts: [{ type: 'visit', visitor: 'THA', host: 'LAO', date: null, place: 'Vientiane' }],
    note: 'a year-less date in an undated document is null',
  },
  {
    text: 'Polish President Marek Wolanski visited Kyiv on 28 November and met Ukrainian officials.',
    date: '2025-01-10',
    facts: [
      { type: 'person', name: 'Marek Wolanski', country: 'POL', role: 'head_of_state' },
      { type: 'visit', visitor: 'POL', host: 'UKR', date: '2024-11-28', place: 'Kyiv' },
    ],
    note: 'a year-less date takes the nearest occurrence, here the previous year',
  },
  {
    text: 'The Uzbek president, who arrived in Ankara on Tuesday, has previously visited Turkey in May 2021 and October 2022.',
    date: '2024-04-24',
    facts: [
      { type: 'visit', visitor: 'UZB', host: 'TUR', date: '2024-04-23', place: 'Ankara' },
      { type: 'visit', visitor: 'UZB', host: 'TUR', date: '2021-05', place: null },
      { type: 'visit', visitor: 'UZB', host: 'TUR', date: '2022-10', place: null },
    ],
    note: 'past visits listed with dates are separate visits, each at its own precision',
  },
  {
    text: "Georgia's prime minister began an official visit to Armenia on Tuesday, holding talks with Armenian leaders in Yerevan.",
    date: '2023-05-16',
    facts: [{ type: 'visit', visitor: 'GEO', host: 'ARM', date: '2023-05-16', place: 'Yerevan' }],
    note: '"on Tuesday" in a document published on a Tuesday is that day; Georgia is the country, not the US state',
  },
  {
    text: 'Hungarian Foreign Minister Gábor Szalai held talks in Belgrade on Monday with Serbian President Dragan Milovanović.',
    date: '2024-09-18',
    facts: [
      { type: 'person', name: 'Gábor Szalai', country: 'HUN', role: 'foreign_minister' },
      { type: 'person', name: 'Dragan Milovanović', country: 'SRB', role: 'head_of_state' },
      { type: 'visit', visitor: 'HUN', host: 'SRB', date: '2024-09-16', place: 'Belgrade' },
    ],
    note: 'talks in the other side\'s capital are a visit by the outsider; names with diacritics',
  },
  {
    text: "Qatar's emir arrived in Islamabad on Sunday on a two-day state visit, the first by a Qatari head of state in nine years.",
    date: '2024-06-05',
    facts: [{ type: 'visit', visitor: 'QAT', host: 'PAK', date: '2024-06-02', place: 'Islamabad' }],
    note: '"the first in nine years" yields no other visit and no figure',
  },
  {
    text: "Nigeria's vice-president travelled to Accra yesterday to attend the inauguration of Ghana's new president.",
    date: '2025-01-08',
    facts: [{ type: 'visit', visitor: 'NGA', host: 'GHA', date: '2025-01-07', place: 'Accra' }],
    note: '"yesterday" is the day before the document date; "travelled to <capital>"',
  },
  {
    text: "Canada's prime minister will visit Mexico City on 3-5 December, the first such trip in six years.",
    date: '2024-11-27',
    facts: [{ type: 'visit', visitor: 'CAN', host: 'MEX', date: '2024-12-03', place: 'Mexico City' }],
    note: 'a date range gives the first day; a multi-word capital',
  },
  {
    text: 'Mongolian Prime Minister Batbayar Ganbold arrived in Moscow on Monday. Ganbold is expected to discuss fuel supplies and the railway with Russian officials during the three-day visit.',
    date: '2023-10-04',
    facts: [
      { type: 'person', name: 'Batbayar Ganbold', country: 'MNG', role: 'head_of_government' },
      { type: 'visit', visitor: 'MNG', host: 'RUS', date: '2023-10-02', place: 'Moscow' },
    ],
    note: 'coreference by surname; "the three-day visit" is the same visit, not a second one',
  },
  {
    text: 'A Tajik government delegation led by the deputy prime minister arrived in Tehran on Sunday.',
    date: '2024-02-07',
    facts: [{ type: 'visit', visitor: 'TJK', host: 'IRN', date: '2024-02-04', place: 'Tehran' }],
    note: 'a government delegation is the state\'s representative',
  },
  {
    text: 'The Swedish king and queen will pay a state visit to Norway from 12 to 14 May, the royal court said.',
    date: '2025-04-16',
    facts: [{ type: 'visit', visitor: 'SWE', host: 'NOR', date: '2025-05-12', place: null }],
    note: '"from 12 to 14 May" starts on the 12th; unnamed royals give no person',
  },
  {
    text: "Djibouti's president arrived in Addis Ababa on Sunday for talks with Ethiopian leaders on port access.",
    date: '2023-09-06',
    facts: [{ type: 'visit', visitor: 'DJI', host: 'ETH', date: '2023-09-03', place: 'Addis Ababa' }],
    note: 'the host comes from the capital, the visitor from the possessive',
  },
  {
    text: 'French President Claire Dumoulin will travel to Berlin on Friday for talks with German Chancellor Markus Hollweg.',
    date: '2024-05-22',
    facts: [
      { type: 'person', name: 'Claire Dumoulin', country: 'FRA', role: 'head_of_state' },
      { type: 'person', name: 'Markus Hollweg', country: 'DEU', role: 'head_of_government' },
      { type: 'visit', visitor: 'FRA', host: 'DEU', date: '2024-05-24', place: 'Berlin' },
    ],
    note: 'planned visit with both leaders named',
  },
  {
    text: "Tunisia's prime minister arrived in Algiers on Tuesday for a two-day working visit.",
    date: '2024-10-09',
    facts: [{ type: 'visit', visitor: 'TUN', host: 'DZA', date: '2024-10-08', place: 'Algiers' }],
    note: 'working visit',
  },
  {
    text: "South Korea's foreign minister visited Jakarta on 8-9 July, the first leg of a tour of Southeast Asia.",
    date: '2024-07-17',
    facts: [{ type: 'visit', visitor: 'KOR', host: 'IDN', date: '2024-07-08', place: 'Jakarta' }],
    note: 'a region ("Southeast Asia") is not a state',
  },
  {
    text: "Spain's prime minister paid an official visit to Rabat in February, his first trip abroad since the election.",
    date: '2024-03-20',
    facts: [{ type: 'visit', visitor: 'ESP', host: 'MAR', date: '2024-02', place: 'Rabat' }],
    note: 'a month without a year resolved against the document date',
  },
  {
    text: "Beijing's top diplomat arrived in Astana on Tuesday for talks with the Kazakh leadership.",
    date: '2024-09-18',
    facts: [{ type: 'visit', visitor: 'CHN', host: 'KAZ', date: '2024-09-17', place: 'Astana' }],
    note: 'a capital used for its state ("Beijing\'s top diplomat") is that state',
  },
  {
    text: "Kenya's Trade Minister Peter Kamau led a business delegation to Mumbai on Monday.",
    date: '2024-01-17',
    facts: [
      { type: 'person', name: 'Peter Kamau', country: 'KEN', role: 'minister' },
      { type: 'visit', visitor: 'KEN', host: 'IND', date: '2024-01-15', place: 'Mumbai' },
    ],
    note: 'a visit to a city other than the capital keeps that city as place; the host comes from the city',
  },
  {
    text: "Pakistan's Defence Minister Tariq Mehmood Awan arrived in Doha on Sunday, where he met his Qatari counterpart, Hamad bin Nasser Al Kuwari.",
    date: '2023-12-13',
    facts: [
      { type: 'person', name: 'Tariq Mehmood Awan', country: 'PAK', role: 'minister' },
      { type: 'person', name: 'Hamad bin Nasser Al Kuwari', country: 'QAT', role: 'minister' },
      { type: 'visit', visitor: 'PAK', host: 'QAT', date: '2023-12-10', place: 'Doha' },
    ],
    note: 'the counterpart of a defence minister is minister; the meeting during the visit is the visit',
  },
  {
    text: "Hungary's president visited Belgrade on Monday and travelled on to Podgorica, Montenegro, on Tuesday.",
    date: '2024-09-18',
    facts: [
      { type: 'visit', visitor: 'HUN', host: 'SRB', date: '2024-09-16', place: 'Belgrade' },
      { type: 'visit', visitor: 'HUN', host: 'MNE', date: '2024-09-17', place: 'Podgorica' },
    ],
    note: 'two legs of a tour are two visits, each with its own host and date',
  },
  {
    text: "Peru's president received the visiting Chilean foreign minister in Lima on Monday.",
    date: '2023-05-16',
    facts: [{ type: 'visit', visitor: 'CHL', host: 'PER', date: '2023-05-15', place: 'Lima' }],
    note: '"received the visiting X": the receiver is the host',
  },
  {
    text: "Ghana's foreign minister paid a working visit to Nigeria in March 2022.",
    date: null,
    facts: [{ type: 'visit', visitor: 'GHA', host: 'NGA', date: '2022-03', place: null }],
    note: 'an explicit month and year needs no document date',
  },
  {
    text: 'Thai Prime Minister Anurak Chaiyaporn arrived in Vientiane on Tuesday. The premier held talks with Lao leaders on electricity trade and border security.',
    date: '2024-08-14',
    facts: [
      { type: 'person', name: 'Anurak Chaiyaporn', country: 'THA', role: 'head_of_government' },
      { type: 'visit', visitor: 'THA', host: 'LAO', date: '2024-08-13', place: 'Vientiane' },
    ],
    note: 'coreference: "the premier" is the prime minister already named; his talks are part of the visit',
  },
  {
    text: 'Armenian Foreign Minister Aram Petrosyan will visit Tbilisi on Saturday, the ministry said.',
    date: '2024-02-21',
    facts: [
      { type: 'person', name: 'Aram Petrosyan', country: 'ARM', role: 'foreign_minister' },
      { type: 'visit', visitor: 'ARM', host: 'GEO', date: '2024-02-24', place: 'Tbilisi' },
    ],
    note: 'future weekday resolves forward',
  },
  {
    text: "Morocco's king will make a state visit to Spain next year, the royal palace announced.",
    date: '2024-10-23',
    facts: [{ type: 'visit', visitor: 'MAR', host: 'ESP', date: '2025', place: null }],
    note: '"next year" gives a year; a king unnamed is no person',
  },
  {
    text: "The visit of Algeria's foreign minister to Tunis on 5 May produced no new agreements.",
    date: '2025-05-14',
    facts: [{ type: 'visit', visitor: 'DZA', host: 'TUN', date: '2025-05-05', place: 'Tunis' }],
    note: 'a visit as a noun phrase; "no new agreements" yields no agreement',
  },
  {
    text: 'Talks between the Serbian and Hungarian prime ministers in Budapest on Monday focused on energy.',
    date: '2024-12-11',
    facts: [{ type: 'visit', visitor: 'SRB', host: 'HUN', date: '2024-12-09', place: 'Budapest' }],
    note: 'talks between two leaders in one side\'s capital are a visit by the other side',
  },
  {
    text: 'Ghanaian Foreign Minister Ama Boateng is due to fly to Abuja on Thursday for talks on the gas pipeline, her office said.',
    date: '2024-05-13',
    facts: [
      { type: 'person', name: 'Ama Boateng', country: 'GHA', role: 'foreign_minister' },
      { type: 'visit', visitor: 'GHA', host: 'NGA', date: '2024-05-16', place: 'Abuja' },
    ],
    note: 'a scheduled trip ("due to fly to") is a visit with its planned date; the day of the report is not the date',
  },
  {
    text: 'The Chilean president held talks in Lima last week. The President is scheduled to continue his journey to Quito on Friday.',
    date: '2024-09-09',
    facts: [
      { type: 'visit', visitor: 'CHL', host: 'PER', date: '2024-09', place: 'Lima' },
      { type: 'visit', visitor: 'CHL', host: 'ECU', date: '2024-09-13', place: 'Quito' },
    ],
    note: '"continue his journey to" is a visit; "the President" is the head of state named before',
  },
  {
    text: 'The ministers met in Geneva in May, and Mongolian Prime Minister Batbayar Ganzorig is expected to visit Seoul in October.',
    date: '2024-07-03',
    facts: [
      { type: 'person', name: 'Batbayar Ganzorig', country: 'MNG', role: 'head_of_government' },
      { type: 'visit', visitor: 'MNG', host: 'KOR', date: '2024-10', place: 'Seoul' },
    ],
    note: 'the subject of the clause after ", and" travels; a city named in the first clause is not a second visitor',
  },
  {
    text: 'Preparations are under way for an official visit to Hanoi by the Japanese prime minister, scheduled for November.',
    date: '2024-08-21',
    facts: [{ type: 'visit', visitor: 'JPN', host: 'VNM', date: '2024-11', place: 'Hanoi' }],
    note: '"a visit to X by Y": host before "by", visitor after',
  },
  {
    text: 'Georgia\'s President arrived in the Armenian capital on Wednesday, the presidential office said on Thursday. Georgia\'s President visits Yerevan',
    date: '2024-06-06',
    facts: [{ type: 'visit', visitor: 'GEO', host: 'ARM', date: '2024-06-05', place: null }],
    note: '"the Armenian capital" is Armenia; the same visit named again without a date is not a second visit',
  },
  {
    text: 'The Icelandic prime minister paid official visits to Copenhagen in 2019, 2021 and twice in 2023.',
    date: '2024-06-23',
    facts: [
      { type: 'visit', visitor: 'ISL', host: 'DNK', date: '2019', place: 'Copenhagen' },
      { type: 'visit', visitor: 'ISL', host: 'DNK', date: '2021', place: 'Copenhagen' },
      { type: 'visit', visitor: 'ISL', host: 'DNK', date: '2023', place: 'Copenhagen' },
      { type: 'visit', visitor: 'ISL', host: 'DNK', date: '2023', place: 'Copenhagen' },
    ],
    note: '"Icelandic" is Iceland though the package gives only "Icelander"; "twice in" a year is two visits',
  },
  {
    text: 'Finnish Foreign Minister Aino Virtanen arrived in Tallinn on Monday, the first visit by a Finnish foreign minister to Estonia since 2020.',
    date: '2024-05-08',
    facts: [
      { type: 'person', name: 'Aino Virtanen', country: 'FIN', role: 'foreign_minister' },
      { type: 'visit', visitor: 'FIN', host: 'EST', date: '2024-05-06', place: 'Tallinn' },
      { type: 'visit', visitor: 'FIN', host: 'EST', date: '2020', place: null },
    ],
    note: '"the first visit by X to Y since 2020" says there was one in 2020',
  },
  {
    text: 'Kazakh President Marat Seitkali will pay a state visit to Kyrgyzstan on 22−23 August at the invitation of his Kyrgyz counterpart.',
    date: '2024-08-20',
    facts: [
      { type: 'person', name: 'Marat Seitkali', country: 'KAZ', role: 'head_of_state' },
      { type: 'visit', visitor: 'KAZ', host: 'KGZ', date: '2024-08-22', place: null },
    ],
    note: 'a day range (with a minus sign) is one visit dated by its first day; "at the invitation of" is a visit made, not one offered',
  },
  {
    text: "The Omani foreign minister's visit to Nairobi focused on maritime security.",
    date: '2024-03-12',
    facts: [{ type: 'visit', visitor: 'OMN', host: 'KEN', date: '2024-03', place: 'Nairobi' }],
    note: 'a visit the article reports without a date of its own took place in the month of the report',
  },
  {
    text: 'BAKU, August 21. Uzbek President Rustam Aliqulov will arrive in Azerbaijan on August 22 for a state visit, his first trip abroad since the election held on July 9, 2023.',
    date: null,
    facts: [
      { type: 'person', name: 'Rustam Aliqulov', country: 'UZB', role: 'head_of_state' },
      { type: 'visit', visitor: 'UZB', host: 'AZE', date: '2023-08-22', place: null },
    ],
    note: 'no publication date: the year-less dateline takes its year from the latest date the text gives, and fixes "August 22"',
  },
  {
    text: 'Tbilisi/14.03.22/Caucasus Wire: Armenian Prime Minister Aram Sargsian arrived in Georgia on Monday for talks on transit.',
    date: null,
    facts: [
      { type: 'person', name: 'Aram Sargsian', country: 'ARM', role: 'head_of_government' },
      { type: 'visit', visitor: 'ARM', host: 'GEO', date: '2022-03-14', place: 'Tbilisi' },
    ],
    note: 'an agency dateline with a numeric two-digit-year date dates the document',
  },
  {
    text: 'Kyiv, Ukraine, Feb. 3, 2022. (Presidential Office Photo)\nPolish President Jan Wolski visited Kyiv on Thursday.',
    date: null,
    facts: [
      { type: 'person', name: 'Jan Wolski', country: 'POL', role: 'head_of_state' },
      { type: 'visit', visitor: 'POL', host: 'UKR', date: '2022-02-03', place: 'Kyiv' },
    ],
    note: 'a dated photo caption at the top dates a document that has no other date',
  },
  {
    text: "DUSHANBE, June 11 (Agency) -- Tajikistan's President Rahim Nazarov and visiting Kyrgyz President Almaz Toktogulov on Tuesday opened a new border crossing.",
    date: '2024-06-12',
    facts: [
      { type: 'person', name: 'Rahim Nazarov', country: 'TJK', role: 'head_of_state' },
      { type: 'person', name: 'Almaz Toktogulov', country: 'KGZ', role: 'head_of_state' },
      { type: 'visit', visitor: 'KGZ', host: 'TJK', date: '2024-06-11', place: 'Dushanbe' },
    ],
    note: '"and visiting X" makes X the guest of the dateline\'s state',
  },
  {
    text: 'Ghanaian President Kofi Mensah was welcomed by his Togolese counterpart Faure Adjo at the presidential palace in Lome on Monday.',
    date: '2024-06-12',
    facts: [
      { type: 'person', name: 'Kofi Mensah', country: 'GHA', role: 'head_of_state' },
      { type: 'person', name: 'Faure Adjo', country: 'TGO', role: 'head_of_state' },
      { type: 'visit', visitor: 'GHA', host: 'TGO', date: '2024-06-10', place: 'Lome' },
    ],
    note: 'the one welcomed by a counterpart is visiting the counterpart\'s state',
  },
  {
    text: 'In May of this year, as part of the visit of the President of Austria, Klaus Berger, to Slovenia, the two energy companies agreed to cooperate.',
    date: '2024-06-12',
    facts: [
      { type: 'person', name: 'Klaus Berger', country: 'AUT', role: 'head_of_state' },
      { type: 'visit', visitor: 'AUT', host: 'SVN', date: '2024-05', place: null },
    ],
    note: 'a date before a visit told as a noun, in its clause, is the visit\'s',
  },
  {
    text: 'Ugandan President Moses Kato arrived in Rio de Janeiro on Monday for a one-day visit.',
    date: '2024-03-12',
    facts: [
      { type: 'person', name: 'Moses Kato', country: 'UGA', role: 'head_of_state' },
      { type: 'visit', visitor: 'UGA', host: 'BRA', date: '2024-03-11', place: 'Rio de Janeiro' },
    ],
    note: 'a city other than the capital (from the city gazetteer) is a place in its state',
  },
  {
    text: 'Kenyan Foreign Minister Amina Odera held talks in Namangan on Tuesday with Uzbek officials.',
    date: '2024-03-12',
    facts: [
      { type: 'person', name: 'Amina Odera', country: 'KEN', role: 'foreign_minister' },
      { type: 'visit', visitor: 'KEN', host: 'UZB', date: '2024-03-12', place: 'Namangan' },
    ],
    note: 'talks in a city of the other side are a visit there, not a meeting',
  },
  {
    text: "Ghanaian President Kofi Mensah praised the cocoa deal. It is the Kenyan leader's first trip to Ghana since May 2021, when he visited Kumasi, and it comes a year after Mensah's own state visit to Nairobi in June 2023.",
    date: '2024-04-12',
    facts: [
      { type: 'person', name: 'Kofi Mensah', country: 'GHA', role: 'head_of_state' },
      { type: 'visit', visitor: 'KEN', host: 'GHA', date: null, place: 'Kumasi' },
      { type: 'visit', visitor: 'GHA', host: 'KEN', date: '2023-06', place: 'Nairobi' },
    ],
    note: 'a visit verb\'s dates stop at the next clause; a visit told as a noun there is one more visit',
  },
  {
    text: 'The Afghan delegation led by Minister of Mines Karim Noori had a meeting on 3 June 2024 in Dushanbe.',
    date: '2024-06-04',
    facts: [
      { type: 'person', name: 'Karim Noori', country: 'AFG', role: 'minister' },
      { type: 'visit', visitor: 'AFG', host: 'TJK', date: '2024-06-03', place: 'Dushanbe' },
    ],
    note: 'a delegation doing official business in a city of another state is visiting it, without the word "visit"',
  },
  {
    text: 'Kazakh Energy Minister Aidos Nurlanov attended a conference in Namangan on Tuesday.',
    date: '2024-06-04',
    facts: [
      { type: 'person', name: 'Aidos Nurlanov', country: 'KAZ', role: 'minister' },
      { type: 'visit', visitor: 'KAZ', host: 'UZB', date: '2024-06-04', place: 'Namangan' },
    ],
    note: 'a minister attending an event in a city other than the capital visits its state (city gazetteer)',
  },
];
