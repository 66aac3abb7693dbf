// Tests which addresses dyad refuses to fetch from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPublicHost, isForbiddenAddress } from './address';
import { DyadError } from '../shared/errors';

test('loopback, private, link-local, unique-local and unspecified addresses are forbidden', () => {
  for (const ip of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.254', '192.168.1.1', '169.254.169.254',
    '0.0.0.0', '100.64.0.1', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1',
    '[::1]', 'not-an-ip']) {
    assert.equal(isForbiddenAddress(ip), true, ip);
  }
});

test('public unicast addresses are allowed', () => {
  for (const ip of ['8.8.8.8', '93.184.216.34', '172.32.0.1', '2001:4860:4860::8888', '::ffff:8.8.4.4']) {
    assert.equal(isForbiddenAddress(ip), false, ip);
  }
});

test('a host is refused if any of its addresses is private', async () => {
  const lookup = async () => [{ address: '93.184.216.34' }, { address: '10.0.0.5' }];
  await assert.rejects(assertPublicHost('http://mixed.test/', 'mixed.test', lookup), (err: unknown) => {
    assert.ok(err instanceof DyadError);
    assert.equal(err.code, 'forbidden_address');
    assert.match(err.message, /http:\/\/mixed\.test\/.*refusing to fetch a private or loopback address.*--allow-private/);
    return true;
  });
  await assertPublicHost('http://public.test/', 'public.test', async () => [{ address: '93.184.216.34' }]);
});

test('an IP literal host is checked without a lookup, and a failed lookup is a network error', async () => {
  const lookup = async () => { throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' }); };
  await assert.rejects(assertPublicHost('http://[::1]/', '[::1]', lookup), { code: 'forbidden_address' });
  await assert.rejects(assertPublicHost('http://nowhere.test/', 'nowhere.test', lookup), (err: DyadError) =>
    err.code === 'network' && /cannot resolve host nowhere\.test \(ENOTFOUND\)/.test(err.message));
});
