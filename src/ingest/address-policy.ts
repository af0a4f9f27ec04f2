/**
 * Which IP addresses a URL may not reach unless private addresses are allowed: loopback, private,
 * link-local, unique-local, multicast, unspecified and reserved ranges, for IPv4 and IPv6
 * (IPv4-mapped, IPv4-compatible, NAT64 and 6to4 addresses are judged by the IPv4 inside).
 */
import { isIPv4, isIPv6 } from 'node:net';

/** What kind of non-public address an IP is. */
export type AddressKind = 'loopback' | 'private' | 'link-local' | 'unique-local' | 'multicast' | 'unspecified' | 'reserved';

/** IPv4 ranges as [first octets, prefix length, kind], checked in order. */
const IPV4_RANGES: ReadonlyArray<readonly [number, number, number, number, number, AddressKind]> = [
  [0, 0, 0, 0, 8, 'unspecified'],
  [10, 0, 0, 0, 8, 'private'],
  [100, 64, 0, 0, 10, 'private'],
  [127, 0, 0, 0, 8, 'loopback'],
  [169, 254, 0, 0, 16, 'link-local'],
  [172, 16, 0, 0, 12, 'private'],
  [192, 0, 0, 0, 24, 'reserved'],
  [192, 0, 2, 0, 24, 'reserved'],
  [192, 168, 0, 0, 16, 'private'],
  [198, 18, 0, 0, 15, 'reserved'],
  [198, 51, 100, 0, 24, 'reserved'],
  [203, 0, 113, 0, 24, 'reserved'],
  [224, 0, 0, 0, 4, 'multicast'],
  [240, 0, 0, 0, 4, 'reserved'],
];

/** An IPv4 address as an unsigned 32-bit number. */
function ipv4Number(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function classifyIPv4(ip: string): AddressKind | undefined {
  const n = ipv4Number(ip);
  for (const [a, b, c, d, prefix, kind] of IPV4_RANGES) {
    const base = ipv4Number(`${a}.${b}.${c}.${d}`);
    const size = 2 ** (32 - prefix);
    if (n >= base && n < base + size) return kind;
  }
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part included). */
export function ipv6Groups(ip: string): number[] {
  let text = ip.replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1] !== undefined) {
    const n = ipv4Number(dotted[1]);
    text = text.slice(0, dotted.index) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const zeros = new Array<number>(8 - left.length - right.length).fill(0);
  return [...left, ...zeros, ...right];
}

/** The IPv4 address held in two 16-bit groups. */
function embeddedIPv4(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

function classifyIPv6(ip: string): AddressKind | undefined {
  const g = ipv6Groups(ip);
  const leadingZeros = g.slice(0, 5).every((x) => x === 0);
  if (g.every((x) => x === 0)) return 'unspecified';
  if (leadingZeros && g[5] === 0 && g[6] === 0 && g[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d).
  if (leadingZeros && (g[5] === 0xffff || g[5] === 0)) return classifyIPv4(embeddedIPv4(g[6]!, g[7]!));
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return classifyIPv4(embeddedIPv4(g[6]!, g[7]!));
  if (g[0] === 0x2002) return classifyIPv4(embeddedIPv4(g[1]!, g[2]!)); // 6to4
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return 'unique-local';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((first & 0xff00) === 0xff00) return 'multicast';
  if (first === 0x2001 && g[1] === 0xdb8) return 'reserved'; // documentation
  if (first === 0x100 && g.slice(1, 4).every((x) => x === 0)) return 'reserved'; // discard
  return undefined;
}

/**
 * The kind of non-public address `ip` is, or undefined for a public address (or not an IP).
 * @example
 * classifyAddress('::ffff:127.0.0.1'); // 'loopback'
 * classifyAddress('93.184.216.34');    // undefined
 */
export function classifyAddress(ip: string): AddressKind | undefined {
  const bare = ip.replace(/^\[|\]$/g, '');
  if (isIPv4(bare)) return classifyIPv4(bare);
  if (isIPv6(bare)) return classifyIPv6(bare);
  return undefined;
}
