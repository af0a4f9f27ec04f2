/**
 * A DNS lookup for http.request that refuses non-public addresses. The check runs on the very
 * addresses the socket connects to, so a name cannot pass a check and then rebind elsewhere.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { InputError } from '../errors.js';
import { classifyAddress } from './address-policy.js';

/** The hint users see on a refused address. */
const ALLOW_HINT = 'allow with --allow-private, or allowPrivate: true in the library';

/** The InputError for a host that is, or resolves to, a non-public address. */
export function refusedAddressError(input: string, host: string, address: string): InputError | undefined {
  const kind = classifyAddress(address);
  if (kind === undefined) return undefined;
  const what = host.replace(/^\[|\]$/g, '') === address ? `${address} is` : `${host} resolves to ${address},`;
  return new InputError({ input }, `refused: ${what} ${kind === 'unspecified' ? 'an' : 'a'} ${kind} address (${ALLOW_HINT})`);
}

/** Resolves a host name to all its addresses (`dns.lookup` with `all: true`, or a stand-in in tests). */
export type ResolveAll = (
  hostname: string,
  options: { all: true; family?: number; hints?: number },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * A `lookup` option for http(s).request: resolves as usual, then fails with an InputError (via
 * `onRefused` and the callback) when any resolved address is non-public.
 */
export function guardedLookup(input: string, onRefused: (error: InputError) => void, resolveAll: ResolveAll = dnsLookup as ResolveAll): LookupFunction {
  return (hostname, options, callback) => {
    const lookupOptions: { all: true; family?: number; hints?: number } = { all: true };
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    if (typeof family === 'number' && family !== 0) lookupOptions.family = family;
    if (options.hints !== undefined) lookupOptions.hints = options.hints;
    resolveAll(hostname, lookupOptions, (error, addresses) => {
      if (error) return callback(error, '', 0);
      for (const { address } of addresses) {
        const refused = refusedAddressError(input, hostname, address);
        if (refused === undefined) continue;
        onRefused(refused);
        return callback(refused as unknown as NodeJS.ErrnoException, '', 0);
      }
      if (options.all === true) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (first === undefined) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}
