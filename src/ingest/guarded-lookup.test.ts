import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { guardedLookup, type ResolveAll } from './guarded-lookup.js';

/** A resolver that answers from a table, so no real DNS is asked. */
const fakeResolver = (table: Record<string, LookupAddress[]>): ResolveAll => (hostname, _options, callback) => {
  const addresses = table[hostname];
  if (addresses === undefined) return callback(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), []);
  callback(null, addresses);
};

const TABLE: Record<string, LookupAddress[]> = {
  'public.test': [{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::1', family: 6 }],
  'rebind.test': [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.5', family: 4 }],
  'mapped.test': [{ address: '::ffff:169.254.169.254', family: 6 }],
};

function lookup(hostname: string, all: boolean): Promise<{ error: unknown; result: unknown; refused: string[] }> {
  const refused: string[] = [];
  const fn = guardedLookup(`http://${hostname}/`, (e) => refused.push(String(e)), fakeResolver(TABLE));
  return new Promise((resolve) => {
    fn(hostname, { all }, (error: unknown, address: unknown, family?: unknown) => {
      resolve({ error, result: all ? address : [address, family], refused });
    });
  });
}

test('a public host resolves as usual, one address or all', async () => {
  assert.deepEqual((await lookup('public.test', false)).result, ['93.184.216.34', 4]);
  assert.deepEqual((await lookup('public.test', true)).result, TABLE['public.test']);
});

test('a host with any private address is refused, naming the address', async () => {
  const { error, refused } = await lookup('rebind.test', true);
  assert.equal(String(error), 'http://rebind.test/: refused: rebind.test resolves to 10.0.0.5, a private address (allow with --allow-private, or allowPrivate: true in the library)');
  assert.deepEqual(refused, [String(error)]);
});

test('an IPv4-mapped link-local address is refused', async () => {
  assert.match(String((await lookup('mapped.test', false)).error), /a link-local address/);
});

test('resolver errors pass through', async () => {
  assert.equal(((await lookup('nowhere.test', false)).error as NodeJS.ErrnoException).code, 'ENOTFOUND');
});
