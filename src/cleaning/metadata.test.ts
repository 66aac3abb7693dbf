// Tests names, titles, language detection and every rule for finding the publication date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineDate, dateLine, detectLanguage, documentName, findDate, normalizeOverride, parseWrittenDate, textTitle,
  timestampLine, urlSlug } from './metadata';

test('names come from the file name, a URL slug or stdin and the hash', () => {
  assert.equal(documentName({ source: 'corpus/sub/Peru visit.v2.txt', kind: 'file' }, 'ab'), 'Peru visit.v2');
  assert.equal(documentName({ source: '-', kind: 'stdin' }, '0123456789abcdef'), 'stdin-01234567');
  assert.equal(urlSlug('https://example.com/news/visit-to-baku'), 'example.com-news-visit-to-baku');
  assert.equal(urlSlug('https://www.Example.com/World/Visit%20to%20Lima.html?id=7#top'), 'example.com-world-visit-to-lima-id-7');
  assert.equal(urlSlug('http://example.org/'), 'example.org');
});

test('a text title is a short first line without a final stop that is no date or byline', () => {
  assert.equal(textTitle(['Ghana and Togo open a crossing', 'Body text.']), 'Ghana and Togo open a crossing');
  assert.equal(textTitle(['The ministers of Ghana and Togo met.', 'Body.']), null);
  assert.equal(textTitle(['x'.repeat(130), 'Body.']), null);
  assert.equal(textTitle(['date 2020-05-16 By A. Writer', 'Body.']), null);
  assert.equal(textTitle(['12 May 2021 10:15', 'Body.']), null);
  assert.equal(textTitle(['By Ana Lopez', 'Body.']), null);
});

test('language: franc for long text mapped to ISO 639-1, short text is und unless plainly English', () => {
  const en = 'The foreign ministers of Norway and Iceland met in Oslo on Monday to discuss fishing quotas, energy links and the future of their trade agreement in the north.';
  const ru = 'Министры иностранных дел Норвегии и Исландии встретились в Осло в понедельник, чтобы обсудить квоты на вылов рыбы, энергетические связи и будущее торгового соглашения.';
  const de = 'Die Außenminister von Norwegen und Island trafen sich am Montag in Oslo, um über Fangquoten, Energieverbindungen und die Zukunft ihres Handelsabkommens im Norden zu sprechen.';
  assert.equal(detectLanguage(en), 'en');
  assert.equal(detectLanguage(ru), 'ru');
  assert.equal(detectLanguage(de), 'de');
  assert.equal(detectLanguage('The talks in Oslo were held on Monday.'), 'en');
  assert.equal(detectLanguage('Oslo, Reykjavik'), 'und');
  assert.equal(detectLanguage('Oslo, Reykjavik', 'nb-NO'), 'nb');
});

test('language: the English shortcut does not swallow other Latin-script languages', () => {
  const fr = "Les ministres des affaires étrangères de la Norvège et de l'Islande se sont réunis à Oslo lundi pour discuter des quotas de pêche, des liaisons énergétiques et de l'avenir de leur accord commercial dans le nord, a indiqué le ministère.";
  const es = 'Los ministros de asuntos exteriores de Noruega e Islandia se reunieron el lunes en Oslo para hablar de las cuotas de pesca, de los enlaces energéticos y del futuro de su acuerdo comercial en el norte, según informó el ministerio.';
  const it = "I ministri degli esteri di Norvegia e Islanda si sono incontrati lunedì a Oslo per discutere delle quote di pesca, dei collegamenti energetici e del futuro del loro accordo commerciale nel nord, ha riferito il ministero.";
  const nl = 'De ministers van buitenlandse zaken van Noorwegen en IJsland kwamen maandag in Oslo bijeen om te praten over visquota, energieverbindingen en de toekomst van hun handelsakkoord in het noorden, zo meldde het ministerie.';
  assert.equal(detectLanguage(fr), 'fr');
  assert.equal(detectLanguage(es), 'es');
  assert.equal(detectLanguage(it), 'it');
  assert.equal(detectLanguage(nl), 'nl');
});

test('written dates are read at their precision and need a year', () => {
  assert.equal(parseWrittenDate('2019-03-09T23:30:00-05:00'), '2019-03-09');
  assert.equal(parseWrittenDate('Tue, 05 Mar 2019 10:00:00 GMT'), '2019-03-05');
  assert.equal(parseWrittenDate('May 2021'), '2021-05');
  assert.equal(parseWrittenDate('Mar. 9'), null);
  assert.equal(parseWrittenDate('Mar. 9', 2018), '2018-03-09');
  assert.equal(parseWrittenDate('today'), null);
  assert.equal(parseWrittenDate('2019-13-40'), null);
  // Numeric dates: dotted ones day first; slashed ones by whichever part cannot be a month, else day first.
  assert.equal(parseWrittenDate('04.12.2023, 16:20'), '2023-12-04');
  assert.equal(parseWrittenDate('Posted 21/02/2024 at 10:17'), '2024-02-21');
  assert.equal(parseWrittenDate('02/21/2024'), '2024-02-21');
  assert.equal(parseWrittenDate('05/06/2022'), '2022-06-05');
  assert.equal(parseWrittenDate('31.02.2022'), null);
  assert.equal(normalizeOverride('2021-05'), '2021-05');
  assert.equal(normalizeOverride('2021-02-30'), null);
  assert.equal(normalizeOverride('yesterday'), null);
});

test('date lines, timestamps and datelines', () => {
  assert.equal(dateLine('date 2020-05-16 By A. Writer'), '2020-05-16');
  assert.equal(dateLine('Date: 2020-05-16'), '2020-05-16');
  assert.equal(dateLine('The 2020-05-16 talks'), null);
  assert.equal(timestampLine('Commentary Materials 9 March 2019 14:52 (UTC +04:00)'), '2019-03-09');
  assert.equal(timestampLine('Published: 12 May 2021'), '2021-05-12');
  assert.equal(timestampLine('Updated on May 2021'), '2021-05');
  assert.equal(timestampLine('The ministers of Peru and Chile first met in Lima on 3 May 2020 to open talks.'), null);
  assert.equal(datelineDate('BAKU, March 9, 2019 — The ministers met.'), '2019-03-09');
  assert.equal(datelineDate('Minsk, 4 June 2021 (BelTA) – The talks began.'), '2021-06-04');
  assert.equal(datelineDate('Lima, Peru, 3 May 2020: Ministers met.'), '2020-05-03');
  assert.equal(datelineDate('Baku, Azerbaijan, Mar. 9'), null);
  assert.equal(datelineDate('Baku, Azerbaijan, Mar. 9', 2019), '2019-03-09');
  assert.equal(datelineDate('Peru and Chile, the two neighbours, signed.'), null);
});

test('findDate takes the first rule that fires and otherwise leaves the date unknown', () => {
  const file = { source: 'a.txt', kind: 'file' as const };
  assert.deepEqual(findDate({ ...file, dateOverride: '2022-01-02' }, ['date 2020-05-16'], '2019-01-01'), { date: '2022-01-02', source: 'override' });
  assert.deepEqual(findDate(file, ['date 2020-05-16'], '2019-01-01T10:00:00Z'), { date: '2019-01-01', source: 'html-meta' });
  assert.deepEqual(findDate(file, ['Title', 'Published: 12 May 2021', 'date 2020-05-16'], null), { date: '2020-05-16', source: 'date-line' });
  assert.deepEqual(findDate(file, ['Title', 'Published: 12 May 2021'], null), { date: '2021-05-12', source: 'timestamp' });
  assert.deepEqual(findDate(file, ['Title', 'Quito, 3 May 2020 – Ecuador and Peru met today.'], null), { date: '2020-05-03', source: 'dateline' });
  assert.equal(findDate(file, ['Title', 'Quito, Ecuador, Mar. 9', 'They met today, on Monday.'], null), null);
  const url = { source: 'https://x.example/2019/03/talks', kind: 'url' as const };
  assert.deepEqual(findDate(url, ['Quito, Ecuador, Mar. 9'], null), { date: '2019-03-09', source: 'dateline' });
  assert.deepEqual(findDate({ source: 'https://x.example/2019/03/08/talks', kind: 'url' }, ['No date here.'], null), { date: '2019-03-08', source: 'url' });
});

test('an editor\'s note in brackets above the headline is not the title', () => {
  assert.equal(textTitle(['[Sample written for tests.]', 'Chile and Peru sign port deal', 'Body text here.']), 'Chile and Peru sign port deal');
});
