// Tests the character- and line-level repairs: Unicode, BBCode, Markdown, run-together sentences and soft wraps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinSoftWraps, normalizeUnicode, separateRunTogetherSentences, stripBbcode, stripMarkdown } from './text';

test('Unicode: NFC, straight quotes, plain spaces, no invisible characters, dashes kept, lines trimmed', () => {
  assert.equal(normalizeUnicode('Cafe\u0301 \u201CAccord\u201D \u2018signed\u2019\u00A0in\u2003Quito\u00AD\u200B  \r\n  2019\u20132020 \u2014 talks  '),
    'Café "Accord" \'signed\' in Quito\n2019–2020 — talks');
  assert.equal(normalizeUnicode('a\u2028b\u000Cc\u0007d'), 'a\nb\ncd');
});

test('BBCode tags go, their text stays, embeds go entirely', () => {
  assert.equal(stripBbcode('[b]Bold[/b] and [i]italic[/i], [url=https://x.example]a link[/url] [quote=Ana]a quote[/quote] [COLOR=red]red[/COLOR]'),
    'Bold and italic, a link a quote red');
  assert.equal(stripBbcode('Picture: [img]https://x.example/p.jpg[/img] end'), 'Picture:  end');
});

test('a closing BBCode tag glued to the next sentence becomes a paragraph break', () => {
  assert.equal(stripBbcode('[b]Ghana and Togo agree on a border crossing in the capital[/b]The visit lasted two days.'),
    'Ghana and Togo agree on a border crossing in the capital\nThe visit lasted two days.');
  assert.equal(stripBbcode('[b]Lead[/b]"Quoted" start'), 'Lead\n"Quoted" start');
  assert.equal(stripBbcode('the [b]port[/b], they said'), 'the port, they said');
});

test('Markdown syntax is removed from .md text', () => {
  assert.equal(stripMarkdown('# Peru and Chile\n\nThey **signed** a [deal](https://x.example) on _Monday_.\n> quoted\n![map](m.png)\n---'),
    'Peru and Chile\n\nThey signed a deal on Monday.\nquoted\n\n');
  assert.equal(stripMarkdown('snake_case_name and 2*3*4'), 'snake_case_name and 2*3*4');
});

test('a missing space between sentences is restored, abbreviations and site names are not touched', () => {
  assert.equal(separateRunTogetherSentences('visited Oslo in November 2009.This time the talks'), 'visited Oslo in November 2009. This time the talks');
  assert.equal(separateRunTogetherSentences('(in May 2007).Later'), '(in May 2007). Later');
  assert.equal(separateRunTogetherSentences('told News.Az, the U.S.A. and St.Gallen, see x.Example'), 'told News.Az, the U.S.A. and St.Gallen, see x.Example');
});

test('hard-wrapped lines are rejoined, headings are not', () => {
  assert.equal(joinSoftWraps('Kenya is ready to build\n2-3 plants in Mombasa, and\nmore later.\nNext paragraph'),
    'Kenya is ready to build 2-3 plants in Mombasa, and more later.\nNext paragraph');
  assert.equal(joinSoftWraps('Special relationship\nThe coherence of policies'), 'Special relationship\nThe coherence of policies');
});

test('a date line under a headline is not joined to it', () => {
  assert.equal(joinSoftWraps('Peru and Chile sign port deal\ndate 2025-03-14\nThe two sides met.'), 'Peru and Chile sign port deal\ndate 2025-03-14\nThe two sides met.');
});
