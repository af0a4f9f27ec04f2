import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAddress, ipv6Groups } from './address-policy.js';

const cases: Array<[string, string | undefined]> = [
  ['127.0.0.1', 'loopback'],
  ['127.255.0.9', 'loopback'],
  ['10.1.2.3', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['172.32.0.1', undefined],
  ['192.168.1.1', 'private'],
  ['100.64.0.1', 'private'],
  ['169.254.169.254', 'link-local'],
  ['0.0.0.0', 'unspecified'],
  ['224.0.0.1', 'multicast'],
  ['255.255.255.255', 'reserved'],
  ['8.8.8.8', undefined],
  ['93.184.216.34', undefined],
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['::ffff:10.0.0.1', 'private'],
  ['::ffff:8.8.8.8', undefined],
  ['64:ff9b::192.168.0.1', 'private'],
  ['2002:c0a8:0101::1', 'private'],
  ['fc00::1', 'unique-local'],
  ['fd12:3456::1', 'unique-local'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['ff02::1', 'multicast'],
  ['2001:db8::1', 'reserved'],
  ['2606:4700:4700::1111', undefined],
  ['example.org', undefined],
];

for (const [ip, kind] of cases) {
  test(`${ip} is ${kind ?? 'public'}`, () => assert.equal(classifyAddress(ip), kind));
}

test('IPv6 groups expand :: and a dotted tail', () => {
  assert.deepEqual(ipv6Groups('::ffff:1.2.3.4'), [0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
  assert.deepEqual(ipv6Groups('1::2'), [1, 0, 0, 0, 0, 0, 0, 2]);
});
