// Tests boilerplate removal, sentence splitting and the dropping of repeated leads and paragraphs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropBoilerplate, dropRepeats, isBoilerplate, splitSentences } from './paragraphs';

test('share, comment, subscribe, counters and error-report prompts are boilerplate', () => {
  for (const line of ['Share this article', 'Leave a comment', 'Subscribe to our newsletter', 'Follow us on Telegram',
    'Advertisement', 'Read more: Peru opens a consulate', 'Read more', 'Found a typo? Select it and press Ctrl+Enter',
    'Нашли опечатку? Отметьте её и нажмите Ctrl + Enter', '- 23', '1,204', '© 2021 Example News. All rights reserved.']) {
    assert.equal(isBoilerplate(line), true, line);
  }
  for (const line of ['Ghana and Togo share a long border and will read more reports on it next year.', 'Trade',
    'The ministers agreed to subscribe to the joint statement.', '2-3 plants', 'In 2019, trade grew by 12%.', '12.09.2023', '21/02/2024']) {
    assert.equal(isBoilerplate(line), false, line);
  }
});

test('short lines in another script at the end of a Latin-script document are dropped', () => {
  const paras = ['Chile and Peru signed a port agreement.', 'The deal covers two terminals.', 'Все новости', 'Подписаться'];
  assert.deepEqual(dropBoilerplate(paras), paras.slice(0, 2));
  // A quote in another script inside the article is content.
  const inner = ['Norway and Iceland met.', 'He said: «Мы довольны».', 'Talks go on next year.'];
  assert.deepEqual(dropBoilerplate(inner), inner);
  // A document in that script keeps its lines.
  const russian = ['Переговоры прошли в Осло.', 'Все новости'];
  assert.deepEqual(dropBoilerplate(russian), russian);
});

test('sentences split at stops, not at abbreviations or initials', () => {
  assert.deepEqual(splitSentences('Mr. Ruto met Dr. A. Otieno on Mar. 9 in Nairobi. They talked! "Good," he said. 2020 was calm.'),
    ['Mr. Ruto met Dr. A. Otieno on Mar. 9 in Nairobi.', 'They talked!', '"Good," he said.', '2020 was calm.']);
});

test('a lead run together with the body and repeated below appears once, sentence by sentence', () => {
  const lead = 'Kenya and Uganda agreed to extend the railway to Kampala by 2025';
  const s1 = 'The ministers met in Nairobi on Monday for the third time this year.';
  const s2 = 'They also discussed the shared power grid and fishing on the lake.';
  const out = dropRepeats(['Railway deal', lead, `${s1} ${s2}`, lead, s1, s2, 'Both sides will meet again in June next year.']);
  assert.deepEqual(out, ['Railway deal', lead, `${s1} ${s2}`, 'Both sides will meet again in June next year.']);

  const p1 = `${lead}. ${s1} ${s2}`;
  assert.deepEqual(dropRepeats([p1, `${lead}.`, `${s1} ${s2}`]), [p1]);
});

test('repeats are found despite case, punctuation and spacing; short sentences and new headings stay', () => {
  assert.deepEqual(dropRepeats(['Talks in Lima', 'Peru and Chile signed five accords on Friday.', 'PERU AND CHILE signed five accords, on Friday!']),
    ['Talks in Lima', 'Peru and Chile signed five accords on Friday.']);
  assert.deepEqual(dropRepeats(['He agreed. Trade grew by a fifth last year.', 'He agreed. The port opened in May.']),
    ['He agreed. Trade grew by a fifth last year.', 'He agreed. The port opened in May.']);
  assert.deepEqual(dropRepeats(['Background', 'Text one is here.', 'Background']), ['Background', 'Text one is here.']);
});
