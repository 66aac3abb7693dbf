// Tests for the quantity reader: money, mass, volume, shares, counts, ranges, rates and growth multiples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMultiples, findQuantities, type Quantity } from './quantities';

/** The one quantity of a sentence, failing when there is not exactly one. */
function one(text: string): Quantity {
  const qs = findQuantities(text);
  assert.equal(qs.length, 1, `expected one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(qs)}`);
  return qs[0]!;
}
const vu = (text: string): [number, string] => { const q = one(text); return [q.value, q.unit]; };

test('money with a symbol or code before the amount', () => {
  assert.deepEqual(vu('Kazakhstan’s exports to China reached $1.2bn in January-March 2023.'), [1.2e9, 'USD']);
  assert.deepEqual(vu('Mongolia and Japan prepared joint projects worth $1bn.'), [1e9, 'USD']);
  assert.deepEqual(vu('Trade between Peru and Chile hit USD 204 million last year.'), [204e6, 'USD']);
  assert.deepEqual(vu('The fund put US$ 5m into Ghanaian start-ups.'), [5e6, 'USD']);
  assert.deepEqual(vu('Uzbekistan attracted $1.2 bln from Korean investors.'), [1.2e9, 'USD']);
  assert.deepEqual(vu('Portugal granted Angola a credit line of €500m.'), [500e6, 'EUR']);
  assert.deepEqual(vu('Ireland exported £3.5 million of dairy to Canada.'), [3.5e6, 'GBP']);
  assert.deepEqual(vu('The contract with Nepal is worth Rs 500 crore.'), [5e9, 'INR']);
  assert.deepEqual(vu('Armenia paid ₽40 million for the grain.'), [40e6, 'RUB']);
  assert.deepEqual(vu('Exports to Georgia totalled AZN 12.5 million.'), [12.5e6, 'AZN']);
  assert.deepEqual(vu('The tender in Kenya was $600,000.'), [600000, 'USD']);
  assert.deepEqual(vu('Sri Lanka received USD1.2bn from the bank.'), [1.2e9, 'USD']);
  assert.deepEqual(vu('Ecuador took a $2.5-billion loan.'), [2.5e9, 'USD']);
});

test('money with the currency named after the amount', () => {
  assert.deepEqual(vu('Turnover reached 204 million US dollars.'), [204e6, 'USD']);
  assert.deepEqual(vu('Serbia will invest 5 billion roubles in the plant.'), [5e9, 'RUB']);
  assert.deepEqual(vu('Moscow allocated 1.5 trillion rubles for the programme.'), [1.5e12, 'RUB']);
  assert.deepEqual(vu('Minsk budgeted 5 billion Belarusian rubles for it.'), [5e9, 'BYN']);
  assert.deepEqual(vu('Pakistan sold rice worth 3 billion Chinese yuan.'), [3e9, 'CNY']);
  assert.deepEqual(vu('The deal was 40 billion tenge.'), [40e9, 'KZT']);
  assert.deepEqual(vu('Kyiv spent 2 billion hryvnias on roads.'), [2e9, 'UAH']);
  assert.deepEqual(vu('Ankara offered 750 million Turkish lira.'), [750e6, 'TRY']);
  assert.deepEqual(vu('Tokyo pledged 30 billion yen to Vietnam.'), [30e9, 'JPY']);
  assert.deepEqual(vu('Baku earmarked 80 million manats for the road.'), [80e6, 'AZN']);
  assert.deepEqual(vu('Berlin granted 20 million euros to Namibia.'), [20e6, 'EUR']);
  assert.deepEqual(vu('The bill came to 3.4 bn EUR.'), [3.4e9, 'EUR']);
  assert.deepEqual(vu('Cuba owes a billion dollars to Algeria.'), [1e9, 'USD']);
});

test('a currency written twice belongs to one amount', () => {
  const q = one('Brazil bought $5 million dollars of Bolivian gas.');
  assert.equal(q.text, '$5 million dollars');
  assert.equal(q.value, 5e6);
});

test('masses in tonnes, including thousands, millions and kilotonnes', () => {
  assert.deepEqual(vu('Around 85,000 tonnes of oil was delivered to Finland.'), [85000, 't']);
  assert.deepEqual(vu('Norway shipped 650 thousand tons of fish to Egypt.'), [650000, 't']);
  assert.deepEqual(vu('Rail exports to China were 1.623 million tons.'), [1623000, 't']);
  assert.deepEqual(vu('Tunisia bought 2.6 thousand tons of dates.'), [2600, 't']);
  assert.deepEqual(vu('Laos imported 10 kt of fertiliser from Thailand.'), [10000, 't']);
  assert.deepEqual(vu('Canada sent 3 million metric tons of wheat to Algeria.'), [3e6, 't']);
  assert.deepEqual(vu('Zambia produced 500 MT of copper concentrate.'), [500, 't']);
  assert.deepEqual(vu('Australia mined 3 Mt of coal for India.'), [3e6, 't']);
  assert.deepEqual(vu('Guinea exported 5m tonnes of bauxite.'), [5e6, 't']);
});

test('volumes in barrels and cubic metres', () => {
  assert.deepEqual(vu('Libya sent 3.83 million barrels of oil to Italy.'), [3830000, 'bbl']);
  assert.deepEqual(vu('Qatar will supply 10 bcm of gas to Poland.'), [1e10, 'm3']);
  assert.deepEqual(vu('Algeria pumped 30 billion cubic metres of gas to Spain.'), [3e10, 'm3']);
  assert.deepEqual(vu('The tank holds 12,000 cubic meters.'), [12000, 'm3']);
  assert.deepEqual(vu('The reservoir holds 500 m3 of water.'), [500, 'm3']);
});

test('shares in percent', () => {
  assert.deepEqual(vu('Sea ports took 70.3% of Chilean exports.'), [70.3, 'pct']);
  assert.deepEqual(vu('Trade between Egypt and Italy grew by 12% last year.'), [12, 'pct']);
  assert.deepEqual(vu('Exports to Mexico rose 17 percent.'), [17, 'pct']);
  assert.deepEqual(vu('Imports from Morocco fell 17 per cent.'), [17, 'pct']);
  assert.equal(findQuantities('Inflation rose by 2 percentage points.').length, 0);
});

test('counted nouns analysts report are counts; other counted nouns are not quantities', () => {
  assert.deepEqual(vu('Belgium delivered 500 new trucks to Senegal.'), [500, 'count']);
  assert.deepEqual(vu('Hungary will supply 1,200 Ikarus buses to Cuba.'), [1200, 'count']);
  assert.deepEqual(vu('Argentina sent 10,000 heads of cattle to Turkey.'), [10000, 'count']);
  assert.deepEqual(vu('Thailand welcomed two million tourists from Malaysia.'), [2e6, 'count']);
  assert.deepEqual(vu('The plant in Bangladesh created 3,000 jobs.'), [3000, 'count']);
  assert.deepEqual(vu('France sold 24 Rafale aircraft to Greece.'), [24, 'count']);
  assert.equal(findQuantities('Two sides opened 2-3 plants in Ecuador.').length, 0);
  assert.equal(findQuantities('They set up 3 plants assembling trucks in Nigeria.').length, 0);
  assert.equal(findQuantities('Nine agreements were signed in Lima.').length, 0);
});

test('ranges keep the low end as the value', () => {
  const tonnes = one('We can expect 25,000-30,000 tonnes of Uzbek cotton.');
  assert.equal(tonnes.value, 25000);
  assert.deepEqual(tonnes.range, [25000, 30000]);
  assert.deepEqual(one('Investment could reach $2-3 billion.').range, [2e9, 3e9]);
  assert.deepEqual(one('The deal with Oman is between $2 and $3 billion.').range, [2e9, 3e9]);
  assert.deepEqual(one('Yields rose 20–25% in Kenya.').range, [20, 25]);
  assert.deepEqual(one('Sales were 5 to 6 million tonnes.').range, [5e6, 6e6]);
});

test('"from X to Y" is a change between two amounts, not a range', () => {
  const qs = findQuantities('Trade between Vietnam and Korea grew from $2 billion to $3 billion.');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.range]), [['$2 billion', 2e9, undefined], ['$3 billion', 3e9, undefined]]);
  const pct = findQuantities('The share rose from 20 to 25 percent.');
  assert.deepEqual(pct.map((q) => [q.value, q.unit]), [[20, 'pct'], [25, 'pct']]);
});

test('approximations are flagged and keep the stated number', () => {
  for (const [text, word] of [['about $204 million', 'about'], ['around 85,000 tonnes', 'around'],
    ['over $1 billion', 'over'], ['nearly 17%', 'nearly'], ['more than 40,000 tonnes', 'more than'],
    ['almost $3bn', 'almost'], ['some 500 trucks', 'some'], ['up to 10 bcm', 'up to'],
    ['approximately $56 million', 'approximately'], ['roughly €2bn', 'roughly']] as const) {
    const q = one(`Exports from Chile to Japan were ${text}.`);
    assert.equal(q.approx, true, text);
    assert.equal(q.qualifier, word);
  }
  assert.equal(one('Exports were $5 million.').approx, undefined);
});

test('rates are reported and the amount per period kept', () => {
  const bbl = one('Kazakhstan ships 200,000 barrels a day through the pipeline.');
  assert.deepEqual([bbl.value, bbl.unit, bbl.rate], [200000, 'bbl', 'day']);
  assert.equal(one('Nigeria exports 1.5 million bpd.').rate, 'day');
  assert.equal(one('Turnover reaches $450 million per year.').rate, 'year');
  assert.equal(one('Peru sells 3,000 tonnes monthly to Bolivia.').rate, 'month');
  assert.equal(one('They trade $20 million annually.').rate, 'year');
  assert.equal(one('Trade was $5 million a year ago.').rate, undefined);
});

test('spans cover exactly the quantity', () => {
  const text = 'In 2018 trade between Kenya and Uganda was about $204 million, officials said.';
  const q = one(text);
  assert.equal(q.text, '$204 million');
  assert.equal(text.slice(q.start, q.end), q.text);
});

test('years, dates, times, ordinals, names and clause numbers are not quantities', () => {
  for (const text of [
    'In 2020 cars from Japan were popular in Chile.',
    'The 2019-2020 plan for Peru was adopted.',
    'The summit took place on 28 November in Accra.',
    'The meeting began at 10:30 in Hanoi.',
    'It is the 5th round of talks between Iran and Iraq.',
    'COVID-19 hit trade between Spain and Morocco.',
    'Article 5 of the treaty between Greece and Cyprus applies.',
    'India bought Su-30 fighters.',
    'Egypt leased A320 aircraft.',
    'In the 1990s Fiji and Samoa signed a pact.',
    'Talks were held during COP 29 in Baku.',
    'The two presidents met 3 times.',
  ]) assert.deepEqual(findQuantities(text), [], text);
});

test('a year and a dash before an amount is not a range', () => {
  const qs = findQuantities('Exports in 2023 – 1.6 million tons (17.2%).');
  assert.deepEqual(qs.map((q) => [q.value, q.unit]), [[1.6e6, 't'], [17.2, 'pct']]);
});

test('growth multiples', () => {
  const f = (text: string): Array<[string, number]> => findMultiples(text).map((m) => [m.text, m.factor]);
  assert.deepEqual(f('Exports from Latvia to Estonia grew 14.5 times.'), [['14.5 times', 14.5]]);
  assert.deepEqual(f('Turnover is 2.5 times higher than in 2019.'), [['2.5 times', 2.5]]);
  assert.deepEqual(f('Trade between Chad and Niger quadrupled.'), [['quadrupled', 4]]);
  assert.deepEqual(f('Imports doubled while exports tripled.'), [['doubled', 2], ['tripled', 3]]);
  assert.deepEqual(f('a three-fold increase and a twofold rise'), [['three-fold', 3], ['twofold', 2]]);
  assert.deepEqual(f('a 10-fold jump'), [['10-fold', 10]]);
  assert.deepEqual(f('Both sides aim to double trade.'), [['double', 2]]);
  assert.deepEqual(f('The ministers have met three times this year.'), []);
  assert.deepEqual(f('They signed a double taxation treaty.'), []);
});

test('reads every corpus article without error and with sane values', (t) => {
  const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
  if (!existsSync(corpus)) { t.skip('no corpus'); return; }
  let count = 0;
  for (const name of readdirSync(corpus)) {
    const text = readFileSync(join(corpus, name), 'utf8');
    for (const q of findQuantities(text)) {
      count++;
      assert.ok(Number.isFinite(q.value) && q.value > 0, JSON.stringify(q));
      assert.equal(text.slice(q.start, q.end), q.text);
      assert.doesNotMatch(q.text, /^(19|20)\d\d$/);
    }
  }
  assert.ok(count > 0);
});

test('any ISO 4217 currency: codes, prefixed dollar signs and full names from maintained data', () => {
  const read = (t: string) => { const q = one(t); return [q.value, q.unit]; };
  assert.deepEqual(read('a grant of AUD100 million'), [100_000_000, 'AUD']);
  assert.deepEqual(read('trade worth RM42.5 billion'), [42_500_000_000, 'MYR']);
  assert.deepEqual(read('a loan of 40 billion Saudi riyals'), [40_000_000_000, 'SAR']);
  assert.deepEqual(read('sales of 5 billion Malaysian ringgit'), [5_000_000_000, 'MYR']);
  assert.deepEqual(read('deliveries of 9.5 MMm3d'), [9_500_000, 'm3']);
  // A rarer code spaced before a small bare number is a name ("COP 29"), not an amount.
  assert.deepEqual(findQuantities('Talks were held at COP 29 and CUP 2.'), []);
});

test('counted ships and aircraft, with their type names between number and noun', () => {
  assert.deepEqual([one('to supply 20 KX-9 light combat aircraft').value, one('the purchase of three ships').unit], [20, 'count']);
});
