// The server process: refusal without a token off loopback, and `dyad ingest` going through a running server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { runDyad, startDyad } from '../../cli/testing';
import { DyadError } from '../../shared/errors';
import { isLoopback, tokenFor } from '../core/security';
import { startServer } from './index';

test('loopback addresses need no token; any other needs one', () => {
  for (const host of ['127.0.0.1', 'localhost', '::1', '127.3.4.5']) assert.equal(isLoopback(host), true, host);
  for (const host of ['0.0.0.0', '192.168.1.4', '::', 'example.org']) {
    assert.equal(isLoopback(host), false, host);
    assert.throws(() => tokenFor(host, undefined), (e: DyadError) => e.code === 'usage' && /needs --token or DYAD_TOKEN/.test(e.message));
    assert.equal(tokenFor(host, ' t0ken '), 't0ken');
  }
});

test('startServer on a non-loopback address without a token refuses before opening the store', async () => {
  const saved = process.env.DYAD_TOKEN;
  delete process.env.DYAD_TOKEN;
  try {
    await assert.rejects(startServer({ host: '0.0.0.0', port: 0, dataDir: '/nonexistent/never-created' }), /needs --token/);
  } finally {
    if (saved !== undefined) process.env.DYAD_TOKEN = saved;
  }
});

test('dyad serve --host 0.0.0.0 without a token exits 1 with the reason', async () => {
  const r = await runDyad(['serve', '--host', '0.0.0.0', '--port', '0', '--db', join(tmpdir(), 'dyad-never-opened')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /listening on 0\.0\.0\.0 \(not a loopback address\) needs --token or DYAD_TOKEN/);
});

describe('dyad ingest while dyad serve holds the embedded store', () => {
  let dir: string;
  let server: ChildProcess;
  let url: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-serve-'));
    server = startDyad(['serve', '--db', join(dir, 'db'), '--port', '0']);
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        const m = /at (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      server.on('exit', (code) => reject(new Error(`dyad serve exited with ${code}`)));
    });
  });
  after(async () => {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });

  test('the documents go to the server, which stores them; readers are told where the server is', async () => {
    const article = join(dir, 'reykjavik-talks.txt');
    writeFileSync(article, 'Iceland and Chile held talks in Reykjavik on 5 June 2023 on fisheries and trade.');
    const r = await runDyad(['ingest', article, '--db', join(dir, 'db')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /sending the documents to http:/);
    assert.match(r.stdout, /ingested 1, unchanged 0/);
    const again = await runDyad(['ingest', article, '--db', join(dir, 'db')]);
    assert.match(again.stdout, /ingested 0, unchanged 1/);
    const doc = await (await fetch(new URL('/api/v1/documents/reykjavik-talks', url))).json() as { source: string; text: string };
    assert.equal(doc.source, article);
    assert.match(doc.text, /Reykjavik/);
    const docs = await runDyad(['docs', '--db', join(dir, 'db')]);
    assert.equal(docs.code, 1);
    assert.match(docs.stderr, /held by dyad serve at http:\/\/127\.0\.0\.1:\d+\//);
  });
});
