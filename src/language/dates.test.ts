// Tests for date reading: full and partial dates, ranges, quarters, relative phrases and the document-date rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDates, resolveMonthDay, type DateMention } from './dates';

const DOC = '2020-05-16'; // a Saturday

/** [text, kind, date, endDate] of every mention, the shape most assertions compare. */
function read(text: string, docDate: string | null = DOC): Array<[string, string, string | null, (string | null)?]> {
  return findDates(text, docDate).map((d) =>
    d.kind === 'period' || d.kind === 'since' ? [d.text, d.kind, d.date, d.endDate ?? null] : [d.text, d.kind, d.date]);
}
function only(text: string, docDate: string | null = DOC): DateMention {
  const ds = findDates(text, docDate);
  assert.equal(ds.length, 1, `expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(ds)}`);
  return ds[0]!;
}
const dateOf = (text: string, docDate: string | null = DOC): string | null => only(text, docDate).date;

test('full dates in the common formats', () => {
  assert.equal(dateOf('The presidents of Chile and Peru met in Lima on 28 November 2016.'), '2016-11-28');
  assert.equal(dateOf('Ghana and Togo signed the accord on November 28, 2016.'), '2016-11-28');
  assert.equal(dateOf('Decree of 28.11.2016 on trade with Mongolia.'), '2016-11-28');
  assert.equal(dateOf('Posted 2016-11-28 by the embassy of Nepal.'), '2016-11-28');
  assert.equal(dateOf('The talks in Hanoi ended on the 3rd of March, 2019.'), '2019-03-03');
  assert.equal(dateOf('Published 12/25/2019 in Manila.'), '2019-12-25');
  assert.equal(dateOf('Filed on Nov. 2, 2018 in Ottawa.'), '2018-11-02');
  // An impossible day falls back to what is certain: the month.
  assert.equal(dateOf('The accord was signed on 31 February 2019.'), '2019-02');
});

test('month-year and two dates joined by "and" are separate points', () => {
  assert.deepEqual(read('The last visit of the Finnish president took place in May 2007.'), [['May 2007', 'point', '2007-05']]);
  assert.deepEqual(read('The Kenyan leader visited Uganda in October 2006 and November 2009.'),
    [['October 2006', 'point', '2006-10'], ['November 2009', 'point', '2009-11']]);
  assert.deepEqual(read('Tunisia and Libya met in Mar 2020.'), [['Mar 2020', 'point', '2020-03']]);
});

test('bare years, and "since", "until", "by", "till", "for" around them', () => {
  assert.deepEqual(read('In 2011, Norway opened an embassy in Angola.'), [['2011', 'point', '2011']]);
  assert.deepEqual(read('Since 2007, joint projects between Iran and Armenia have grown.'), [['Since 2007', 'since', '2007', null]]);
  assert.deepEqual(read('The programme runs until 2024.'), [['until 2024', 'until', '2024']]);
  assert.deepEqual(read('A plan for cooperation till 2025 was adopted by Laos and Cambodia.'), [['till 2025', 'until', '2025']]);
  assert.deepEqual(read('Trade should reach $1 billion by 2030.'), [['by 2030', 'until', '2030']]);
  assert.deepEqual(read('The plan for 2020 between Mali and Niger.'), [['2020', 'point', '2020']]);
  assert.deepEqual(read('They visited Patagonia in 2011 and 2012.').map((d) => d[2]), ['2011', '2012']);
});

test('year ranges are periods', () => {
  assert.deepEqual(read('The 2019-2020 season in Qatar.'), [['2019-2020', 'period', '2019', '2020']]);
  assert.deepEqual(read('Exports grew from 2018 to 2020.'), [['from 2018 to 2020', 'period', '2018', '2020']]);
  assert.deepEqual(read('The programme in 2021-2025 covers Bhutan.'), [['2021-2025', 'period', '2021', '2025']]);
  assert.deepEqual(read('Between 2015 and 2018 trade halved.'), [['Between 2015 and 2018', 'period', '2015', '2018']]);
  assert.deepEqual(read('The 2019/20 harvest in Malawi.'), [['2019/20', 'period', '2019', '2020']]);
  assert.deepEqual(read('In the 1990s Fiji and Samoa signed a pact.'), [['1990s', 'period', '1990', '1999']]);
});

test('numbers that are not years are not read as years', () => {
  for (const text of [
    'COVID-19 hit trade between Spain and Morocco.',
    'Leaders will meet on the sidelines of COP 29.',
    'The fund holds $2020 million.',
    'Nigeria shipped 2020 tonnes of cocoa.',
    'The order No. 2019 was cancelled.',
    'Exports rose 3.5% to 1,623 units.',
    'The population is 2,015,000.',
  ]) assert.deepEqual(findDates(text, DOC), [], text);
});

test('year-less days take the occurrence nearest the document date', () => {
  assert.equal(dateOf('The Danish and Swedish ministers met on 28 November.'), '2019-11-28');
  assert.equal(dateOf('Earlier, on April 30, the statistics office of Oman reported.'), '2020-04-30');
  assert.equal(dateOf('Hanoi, Mar. 9'), '2020-03-09');
  assert.equal(dateOf('The ministry of Ecuador reported on May 13.'), '2020-05-13');
  assert.equal(dateOf('The fair in Accra opens on 2 September.'), '2020-09-02');
  assert.equal(dateOf('The fair in Accra opened on 28 December.', '2021-01-10'), '2020-12-28');
  assert.equal(dateOf('The fair in Accra opens on 5 January.', '2020-12-20'), '2021-01-05');
  assert.equal(dateOf('on 1 July', '2020'), '2020-07-01');
  assert.equal(dateOf('Talks in Baku were held on 28 November.', null), null);
  assert.equal(only('Talks in Baku were held on 28 November.').inferred, true);
  assert.equal(only('on 28 November 2016').inferred, undefined);
});

test('resolveMonthDay', () => {
  assert.equal(resolveMonthDay(11, 28, '2020-05-16'), '2019-11-28');
  assert.equal(resolveMonthDay(4, 30, '2020-05-16'), '2020-04-30');
  assert.equal(resolveMonthDay(8, 1, '2020-05-16'), '2020-08-01');
  assert.equal(resolveMonthDay(1, null, '2020-11-20'), '2021-01');
  assert.equal(resolveMonthDay(12, null, '2020-05'), '2019-12');
  assert.equal(resolveMonthDay(2, 29, '2021-03-01'), null);
  assert.equal(resolveMonthDay(3, 9, '2019'), '2019-03-09');
  assert.equal(resolveMonthDay(3, 9, null), null);
});

test('day ranges are periods starting on the first day', () => {
  assert.deepEqual(read('The Indian prime minister visits Japan on 25-26 April.'),
    [['25-26 April', 'period', '2020-04-25', '2020-04-26']]);
  assert.deepEqual(read('The forum in Astana on April 25-26, 2019.'), [['April 25-26, 2019', 'period', '2019-04-25', '2019-04-26']]);
  assert.deepEqual(read('A fair from 28 November - 2 December 2016 in Doha.'),
    [['28 November - 2 December 2016', 'period', '2016-11-28', '2016-12-02']]);
});

test('weekdays and day words resolve against a full document date only', () => {
  assert.deepEqual(read('The two ministers spoke on Tuesday.'), [['Tuesday', 'relative', '2020-05-12']]);
  assert.deepEqual(read('The two ministers will speak on Tuesday.'), [['Tuesday', 'relative', '2020-05-19']]);
  assert.deepEqual(read('The Cuban envoy arrived last Friday.'), [['last Friday', 'relative', '2020-05-15']]);
  assert.deepEqual(read('The Cuban envoy arrives next Saturday.'), [['next Saturday', 'relative', '2020-05-23']]);
  assert.deepEqual(read('The ministers spoke yesterday.'), [['yesterday', 'relative', '2020-05-15']]);
  assert.deepEqual(read('Today, trade between Fiji and Tonga is small.'), [['Today', 'relative', '2020-05-16']]);
  assert.deepEqual(read('The delegation lands tomorrow.'), [['tomorrow', 'relative', '2020-05-17']]);
  assert.deepEqual(read('The ministers spoke on Tuesday.', '2020-05'), [['Tuesday', 'relative', null]]);
  assert.deepEqual(read('The ministers spoke yesterday.', null), [['yesterday', 'relative', null]]);
  // A weekday in front of a written date adds nothing.
  assert.deepEqual(read('On Thursday, 14 May, Peru and Chile signed.'), [['14 May', 'point', '2020-05-14']]);
});

test('weeks resolve only as precisely as their days agree', () => {
  assert.deepEqual(read('The Belgian minister was in Kinshasa last week.'), [['last week', 'relative', '2020-05']]);
  assert.deepEqual(read('The Belgian minister was in Kinshasa last week.', '2020-05-02'), [['last week', 'relative', '2020-04']]);
  assert.deepEqual(read('The Belgian minister was in Kinshasa last week.', '2020-05-05'), [['last week', 'relative', '2020']]);
});

test('relative years and months', () => {
  assert.deepEqual(read('Turnover between Egypt and Italy grew by 12% last year.'), [['last year', 'relative', '2019']]);
  assert.deepEqual(read('This year Peru expects more tourists.'), [['This year', 'relative', '2020']]);
  assert.deepEqual(read('Trade fell compared with the previous year.'), [['the previous year', 'relative', '2019']]);
  assert.deepEqual(read('We can reach $700 million in trade next year.'), [['next year', 'relative', '2021']]);
  assert.deepEqual(read('In the coming year both sides will invest more.'), [['the coming year', 'relative', '2021']]);
  assert.deepEqual(read('The envoy arrived last month.'), [['last month', 'relative', '2020-04']]);
  assert.deepEqual(read('The envoy arrives next month.', '2020-12-02'), [['next month', 'relative', '2021-01']]);
  assert.deepEqual(read('Earlier this month the envoy arrived.'), [['this month', 'relative', '2020-05']]);
  assert.deepEqual(read('The envoy arrived last month.', '2020'), [['last month', 'relative', null]]);
  assert.deepEqual(read('Two years ago the border reopened.'), [['Two years ago', 'relative', '2018']]);
  assert.deepEqual(read('Trade grew this year.', null), [['this year', 'relative', null]]);
});

test('"since the beginning of" and "since January" open a period at its first month', () => {
  assert.deepEqual(read('Egypt has sent 3.8 million barrels to Jordan since the beginning of 2020.'),
    [['since the beginning of 2020', 'since', '2020-01', null]]);
  assert.deepEqual(read('Since the start of the year, Oman shipped 2 million barrels.'),
    [['Since the start of the year', 'since', '2020-01', null]]);
  assert.deepEqual(read('Since January, Qatar has supplied gas.'), [['Since January', 'since', '2020-01', null]]);
  assert.deepEqual(read('Since September, Qatar has supplied gas.'), [['Since September', 'since', '2019-09', null]]);
  assert.deepEqual(read('Since May 2007 the embassy has been open.'), [['Since May 2007', 'since', '2007-05', null]]);
  assert.deepEqual(read('At the beginning of 2021, the plant opened.'), [['the beginning of 2021', 'point', '2021']]);
  assert.deepEqual(read('The road will be built by the end of 2025.'), [['by the end of 2025', 'until', '2025']]);
});

test('quarters, halves and first months of a year are periods', () => {
  assert.deepEqual(read('Trade rose in the first quarter of 2021.'), [['the first quarter of 2021', 'period', '2021-01', '2021-03']]);
  assert.deepEqual(read('Exports fell in the first half of 2019.'), [['the first half of 2019', 'period', '2019-01', '2019-06']]);
  assert.deepEqual(read('H1 2019 results for Vietnam.'), [['H1 2019', 'period', '2019-01', '2019-06']]);
  assert.deepEqual(read('Q3 2019 sales in Peru.'), [['Q3 2019', 'period', '2019-07', '2019-09']]);
  assert.deepEqual(read('Sales in Q1 grew.'), [['Q1', 'period', '2020-01', '2020-03']]);
  assert.deepEqual(read('Sales in the fourth quarter grew.'), [['the fourth quarter', 'period', '2019-10', '2019-12']]);
  assert.deepEqual(read('The plant will open in the fourth quarter.'), [['the fourth quarter', 'period', '2020-10', '2020-12']]);
  assert.deepEqual(read('In the second half of the year the line opens.'), [['the second half of the year', 'period', '2020-07', '2020-12']]);
  assert.deepEqual(read('In the first nine months of 2023 exports grew.'),
    [['the first nine months of 2023', 'period', '2023-01', '2023-09']]);
  assert.deepEqual(read('9M 2023 exports to Iraq.'), [['9M 2023', 'period', '2023-01', '2023-09']]);
  assert.deepEqual(read('In the first five months of this year exports grew.'),
    [['the first five months of this year', 'period', '2020-01', '2020-05']]);
  assert.deepEqual(read('The first half of the match was dull.'), []);
  assert.deepEqual(read('Talks lasted two months.'), []);
});

test('month ranges take the year in the phrase, else the document year, else stay undated', () => {
  assert.deepEqual(read('Kazakhstan’s exports to China reached $1.2bn in January-March 2023.'),
    [['January-March 2023', 'period', '2023-01', '2023-03']]);
  assert.deepEqual(read('Trade between Chile and Peru reached $60 million in January-February this year.'),
    [['January-February this year', 'period', '2020-01', '2020-02']]);
  assert.deepEqual(read('In January to April 2024 Laos sold more rice.'), [['January to April 2024', 'period', '2024-01', '2024-04']]);
  assert.deepEqual(read('Deals in January–April reached $38 million.'), [['January–April', 'period', '2020-01', '2020-04']]);
  assert.deepEqual(read('Deals in January-April reached $38 million.', '2020-02-10'), [['January-April', 'period', '2019-01', '2019-04']]);
  assert.deepEqual(read('Deals in January-April reached $38 million.', null), [['January-April', 'period', null, null]]);
  assert.deepEqual(read('Deals in January-April last year.'), [['January-April last year', 'period', '2019-01', '2019-04']]);
  assert.deepEqual(read('From December 2019 to February 2020 exports fell.'),
    [['From December 2019 to February 2020', 'period', '2019-12', '2020-02']]);
  assert.deepEqual(read('In December-February exports fell.', '2020-03-10'), [['December-February', 'period', '2019-12', '2020-02']]);
});

test('comparison periods are points in their year', () => {
  assert.deepEqual(read('Exports were 14.5 times more than for the same period in 2023.'), [['the same period in 2023', 'point', '2023']]);
  assert.deepEqual(read('up 5% on the same period of 2022'), [['the same period of 2022', 'point', '2022']]);
  assert.deepEqual(read('up 5% on the same period last year'), [['the same period last year', 'point', '2019']]);
});

test('vague phrases give no date', () => {
  for (const text of [
    'Relations between Ghana and Togo have intensified recently.',
    'Trade will reach $1 billion within a year and a half.',
    'The tariff will be cut in two steps.',
    'The line to Oman will open soon.',
    'In the future both countries will cooperate more.',
    'The deal may be signed.',
  ]) assert.deepEqual(findDates(text, DOC), [], text);
});

test('chrono fills formats the rules do not cover', () => {
  assert.equal(dateOf('Issued 28-Nov-2016 in Muscat.'), '2016-11-28');
  assert.equal(dateOf('The accord is dated the twenty-eighth of November.'), '2019-11-28');
});

test('spans point into the input and mentions come in text order', () => {
  const text = 'In 2018 trade between Kenya and Uganda was $204 million; since the beginning of 2020 it fell, the ministry said on Tuesday.';
  const ds = findDates(text, DOC);
  assert.deepEqual(ds.map((d) => d.kind), ['point', 'since', 'relative']);
  for (const d of ds) assert.equal(text.slice(d.start, d.end), d.text);
});

test('reads every corpus article with valid ISO dates', (t) => {
  const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
  if (!existsSync(corpus)) { t.skip('no corpus'); return; }
  const isoRe = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
  let count = 0;
  for (const name of readdirSync(corpus)) {
    const text = readFileSync(join(corpus, name), 'utf8');
    for (const d of findDates(text, '2020-05-16')) {
      count++;
      assert.equal(text.slice(d.start, d.end), d.text);
      if (d.date) assert.match(d.date, isoRe);
      if (d.endDate) assert.match(d.endDate, isoRe);
    }
  }
  assert.ok(count > 0);
});

test('a fiscal or financial year ending in a month is the twelve months that end then', () => {
  assert.deepEqual(read('Aid rose in the fiscal year ending March 2016.'), [['the fiscal year ending March 2016', 'period', '2015-04', '2016-03']]);
  assert.deepEqual(read('Exports grew in the financial year to June 30, 2024.'), [['the financial year to June 30, 2024', 'period', '2023-07', '2024-06']]);
  assert.deepEqual(read('Sales fell in the financial year ended 31 December 2019.'), [['the financial year ended 31 December 2019', 'period', '2019-01', '2019-12']]);
});
