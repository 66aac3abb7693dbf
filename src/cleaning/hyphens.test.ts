// Tests telling typesetting hyphens from real compounds, within a line and across a line end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLineBreakHyphens, joinSplitWords } from './hyphens';

test('typesetting hyphens inside a line are removed', () => {
  assert.equal(joinSplitWords('Farmers in Chile and Peru look for new forms of colla-boration.'),
    'Farmers in Chile and Peru look for new forms of collaboration.');
  assert.equal(joinSplitWords('Several routes are being consi-dered by the ministries.'),
    'Several routes are being considered by the ministries.');
  assert.equal(joinSplitWords('The govern-ment of Ghana approved the plan after long nego-tiations.'),
    'The government of Ghana approved the plan after long negotiations.');
  // Not in the dictionary, but the fragment ends like a word and the left part is no word.
  assert.equal(joinSplitWords('digital infor-matisation of customs'), 'digital informatisation of customs');
  assert.equal(joinSplitWords('Propo-sals were heard.'), 'Proposals were heard.');
  assert.equal(joinSplitWords('Egypt is in-terested in the develop-ment of ports.'), 'Egypt is interested in the development of ports.');
});

test('real hyphenated compounds inside a line stay whole', () => {
  const sentence = 'Kenyan-Ugandan talks on agro-industrial and science-intensive projects, trade-economic ties, ' +
    'high-tech and optical-mechanical plants, long-term and one-time deals, North-South and Lagos-Abuja-Kano links, ' +
    'co-operation, self-reliance, socio-economic aims, a co-op, 2-3 plants, 25,000-30,000 tonnes in January-April, ' +
    'state-of-the-art mills, an e-mail, ro-ro ferries and well-known x-ray kits.';
  assert.equal(joinSplitWords(sentence), sentence);
});

test('a word broken at a line end is joined', () => {
  assert.equal(joinLineBreakHyphens('will give impetus to the develop-\nment of ties'), 'will give impetus to the development of ties');
  assert.equal(joinLineBreakHyphens('Norway is now in-\nterested in buying'), 'Norway is now interested in buying');
  assert.equal(joinLineBreakHyphens('the colla-\nboration between'), 'the collaboration between');
  assert.equal(joinLineBreakHyphens('the co-opera-\ntion of ports'), 'the co-operation of ports');
});

test('a compound broken at its own hyphen keeps the hyphen; capitals and sentence ends are left alone', () => {
  assert.equal(joinLineBreakHyphens('a long-\nterm loan'), 'a long-term loan');
  assert.equal(joinLineBreakHyphens('a well-\nknown firm'), 'a well-known firm');
  assert.equal(joinLineBreakHyphens('joint Kenyan-\nUgandan projects'), 'joint Kenyan-Ugandan projects');
  assert.equal(joinLineBreakHyphens('Talks ended.\n- 23\nNext'), 'Talks ended.\n- 23\nNext');
  assert.equal(joinLineBreakHyphens('in 2019-\n2020'), 'in 2019-\n2020');
});
