/** Turns socket, DNS and TLS failures into one-line InputErrors. */
import { InputError } from '../errors.js';

/** Readable reasons for the usual network error codes. */
const REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'could not connect (connection refused)',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'could not connect (host unreachable)',
  ENETUNREACH: 'could not connect (network unreachable)',
  ETIMEDOUT: 'could not connect (timed out)',
  EAI_AGAIN: 'host name lookup failed (try again later)',
  EPIPE: 'connection closed by the server',
  HPE_INVALID_CONSTANT: 'the server sent an invalid HTTP response',
};

/** The InputError for a failed request to `input` (errors that already are InputErrors pass through). */
export function networkInputError(error: unknown, input: string, host: string): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  let reason = REASONS[code];
  if (reason === undefined && code === 'ENOTFOUND') reason = `host not found (${host})`;
  if (reason === undefined && /CERT|SSL|TLS/.test(code)) reason = `TLS error (${message})`;
  return new InputError({ input }, reason ?? `could not be fetched (${message})`, { cause: error });
}
