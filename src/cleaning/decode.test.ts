// Tests refusing empty, binary and badly encoded bytes, and decoding good ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from './decode';
import { DyadError } from '../shared/errors';

const code = (fn: () => unknown) => {
  try { fn(); } catch (err) { return err instanceof DyadError ? `${err.code}: ${err.message}` : String(err); }
  return 'no error';
};

test('empty and whitespace-only input is refused as empty', () => {
  assert.equal(code(() => decodeText(Buffer.alloc(0), 'a.txt')), 'empty: a.txt: document is empty');
  assert.equal(code(() => decodeText(Buffer.from(' \n\t\r\n'), '-')), 'empty: standard input: document contains only whitespace');
});

test('NUL bytes or many control characters mean binary', () => {
  assert.match(code(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14]), 'x.txt')), /^binary: x\.txt: looks like a binary file/);
  assert.match(code(() => decodeText(Buffer.from('ab\x01\x02\x03\x04\x05cd'), 'y.txt')), /^binary:/);
  assert.equal(decodeText(Buffer.from('line one\r\n\tline two\f'), 'z.txt'), 'line one\r\n\tline two\f');
});

test('invalid UTF-8 is an encoding error; a BOM is dropped and UTF-16 with a BOM is read', () => {
  assert.match(code(() => decodeText(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'latin1.txt')), /^encoding: latin1\.txt: not valid UTF-8/);
  assert.equal(decodeText(Buffer.from('\uFEFFCafé in Lima', 'utf8'), 'a.txt'), 'Café in Lima');
  assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Oslo talks', 'utf16le')]), 'w.txt'), 'Oslo talks');
});
