/**
 * Errors of the HTTP API in one shape: RFC 9457 problem details (`application/problem+json`).
 * Every failure a handler can meet becomes an {@link ApiProblem}; the status mapping of other
 * errors lives in `error-handler.ts`. A response never carries a stack trace.
 */

/** Media type of problem responses. */
export const PROBLEM_TYPE = 'application/problem+json';

/** One field at fault in a 400: its path in the JSON body (`threshold`, `tasks.1`) and why. */
export interface FieldError {
  field: string;
  detail: string;
}

/** The body of a problem response. `type` is `urn:slant:problem:<code>`. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The field at fault (400s on a body field, 422 on `url`), as a dotted path. */
  field?: string;
  /** Every field at fault, for validation errors. */
  errors?: FieldError[];
}

/** A failure to answer with a problem response. */
export class ApiProblem extends Error {
  override name = 'ApiProblem' as const;
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly field?: string;
  readonly errors?: FieldError[];
  /** Extra response headers, e.g. `Retry-After`. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: string, title: string, detail: string, extra: { field?: string; errors?: FieldError[]; headers?: Record<string, string>; cause?: unknown } = {}) {
    super(detail, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.status = status;
    this.code = code;
    this.title = title;
    this.headers = extra.headers ?? {};
    if (extra.field !== undefined) this.field = extra.field;
    if (extra.errors !== undefined) this.errors = extra.errors;
  }

  /** The problem body. */
  toBody(): ProblemBody {
    const body: ProblemBody = { type: `urn:slant:problem:${this.code}`, title: this.title, status: this.status, detail: this.message };
    if (this.field !== undefined) body.field = this.field;
    if (this.errors !== undefined) body.errors = this.errors;
    return body;
  }

  /** The problem as a response. */
  toResponse(): Response {
    return new Response(JSON.stringify(this.toBody()), {
      status: this.status,
      headers: { 'content-type': PROBLEM_TYPE, 'cache-control': 'no-store', ...this.headers },
    });
  }
}

/** True when `e` is an ApiProblem. */
export const isApiProblem = (e: unknown): e is ApiProblem => e instanceof ApiProblem;

/** The most field errors one answer names. */
const MAX_ERRORS = 20;
/** The longest field name an answer repeats. */
const MAX_FIELD_CHARS = 200;

/** 400 for fields at fault; the first one is `field`. */
export function invalidRequest(all: FieldError[]): ApiProblem {
  // A body of 20,000 unknown keys, or one key of a megabyte, is answered in a few lines: the
  // answer names at most 20 errors, each field name cut to 200 characters.
  const cut = (field: string): string => (field.length > MAX_FIELD_CHARS ? `${field.slice(0, MAX_FIELD_CHARS)}…` : field);
  const errors = all.slice(0, MAX_ERRORS).map((e) => ({ ...e, field: cut(e.field) }));
  if (all.length > MAX_ERRORS) errors.push({ field: '', detail: `and ${all.length - MAX_ERRORS} more errors` });
  const first = errors[0];
  const detail = first === undefined ? 'the request is invalid' : `${first.field === '' ? 'body' : first.field}: ${first.detail}`;
  const extra: { field?: string; errors: FieldError[] } = { errors };
  if (first !== undefined) extra.field = first.field;
  return new ApiProblem(400, 'invalid-request', 'Invalid request', detail, extra);
}
