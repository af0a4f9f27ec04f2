/** The API's limits and errors over a real loopback server: bodies, types, queue, timeouts, slow clients, CORS, URLs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { GatedRunner, failingRunner, post, testServer, until } from './server-helpers.js';
import { AnalysisTimeoutError } from '../src/server/worker-pool.js';

const limits = { maxBodyBytes: 4096, maxTextChars: 1000, headersTimeoutMs: 1_000, socketRequestTimeoutMs: 2_000 };
const server = await testServer({ limits });

/** The problem body of a response, after checking its media type. */
async function problem(res: Response): Promise<{ status: number; field?: string; detail: string; type: string; title: string; errors?: { field: string }[] }> {
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  return (await res.json()) as never;
}

test('limits: malformed JSON is a 400 problem on the body', async () => {
  const body = await problem(await post(server, '/api/v1/analyze', '{"text": "unterminated'));
  assert.deepEqual([body.status, body.field, body.type], [400, '', 'urn:slant:problem:malformed-body']);
});

test('limits: a body that is not UTF-8 is a 400 problem naming the byte, not analysed with U+FFFD in it', async () => {
  const bytes = Buffer.concat([Buffer.from('{"text":"Caf', 'utf8'), Buffer.from([0xe9]), Buffer.from(' liars, disgraceful liars."}', 'utf8')]);
  const res = await fetch(`${server.url}/api/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes });
  const body = await problem(res);
  assert.deepEqual([body.status, body.field, body.type], [400, '', 'urn:slant:problem:invalid-utf8']);
  assert.match(body.detail, /not valid UTF-8 \(byte offset 12\)/);
});

test('limits: an empty text and an ftp URL are named in words a reader understands', async () => {
  const details = async (body: unknown): Promise<string[]> => (((await problem(await post(server, '/api/v1/analyze', body))) as unknown as { errors?: { detail: string }[] }).errors ?? []).map((e) => e.detail);
  const detail = async (body: unknown): Promise<string> => (await details(body))[0] ?? '';
  // One fault, one message.
  assert.deepEqual(await details({ text: '' }), ['is empty']);
  assert.deepEqual(await details({ text: ' \n ' }), ['is empty (only white space)']);
  assert.equal(await detail({ url: 'ftp://example.org/a' }), 'must be an http or https URL');
});

test('limits: an empty body is a 400 problem', async () => {
  assert.equal((await post(server, '/api/v1/analyze', '')).status, 400);
});

test('limits: wrong types name the field at fault', async () => {
  const cases: [unknown, string][] = [
    [{ text: 42 }, 'text'],
    [{ text: 'x', lang: 7 }, 'lang'],
    [{ text: 'x', tasks: ['techniques', 'astrology'] }, 'tasks.1'],
    [{ text: 'x', threshold: 1.5 }, 'threshold'],
    [{ text: 'x', allScores: 'yes' }, 'allScores'],
    [{ text: 'x', colour: 'red' }, 'colour'],
    [{ url: 'ftp://example.org/a' }, 'url'],
    [{ text: 'x', html: '<p>y</p>' }, 'html'],
    [{ text: ' \n\t ' }, 'text'],
    [{ text: 'x', id: 'a\tb' }, 'id'],
    [{}, ''],
    [[1, 2], ''],
    ['"just a string"', ''],
  ];
  for (const [body, field] of cases) {
    const res = await post(server, '/api/v1/analyze', typeof body === 'string' ? body : JSON.stringify(body));
    const p = await problem(res);
    assert.equal(p.status, 400, JSON.stringify(body));
    assert.equal(p.field, field, JSON.stringify(body));
  }
});

test('limits: a text over the limit is a 413 on text, counted in code points as the OpenAPI maxLength is', async () => {
  const p = await problem(await post(server, '/api/v1/analyze', { text: 'a'.repeat(1001) }));
  assert.deepEqual([p.status, p.field], [413, 'text']);
  assert.match(p.detail, /1001 characters, over the limit of 1000/);
  // 999 letters and an emoji (two UTF-16 units) are 1,000 characters: within the limit.
  assert.equal((await post(server, '/api/v1/analyze', { text: `${'a'.repeat(999)}😀`, tasks: ['genre'] })).status, 200);
});

test('limits: extracted HTML text over the limit is a 413 on html', async () => {
  const html = `<article>${'<p>A sentence about the town council and its road plan.</p>'.repeat(30)}</article>`;
  const p = await problem(await post(server, '/api/v1/analyze', { html }));
  assert.deepEqual([p.status, p.field], [413, 'html']);
});

test('limits: a body over the limit is a 413 (with Content-Length)', async () => {
  const res = await post(server, '/api/v1/analyze', { text: 'b'.repeat(10_000) });
  assert.equal((await problem(res)).status, 413);
});

test('limits: a chunked body over the limit is a 413', async () => {
  const chunks = async function* () {
    for (let i = 0; i < 10; i++) yield new TextEncoder().encode(`${i === 0 ? '{"text":"' : ''}${'c'.repeat(1000)}`);
  };
  const res = await fetch(`${server.url}/api/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks() as never, duplex: 'half' } as RequestInit);
  assert.equal((await problem(res)).status, 413);
});

test('limits: a body that is not JSON is a 415', async () => {
  const res = await post(server, '/api/v1/analyze', 'text=hello', { 'content-type': 'application/x-www-form-urlencoded' });
  assert.equal((await problem(res)).status, 415);
  // Where no POST route is, the path is what is wrong, whatever the body.
  assert.equal((await problem(await post(server, '/api/v1/nothing', 'x=1', { 'content-type': 'text/plain' }))).status, 404);
  assert.equal((await problem(await post(server, '/api/v1/labels', 'x=1', { 'content-type': 'text/plain' }))).status, 405);
});

test('limits: full queue answers 503 with Retry-After, and the queued ones finish', async () => {
  const runner = new GatedRunner();
  const busy = await testServer({ limits: { concurrency: 1, maxQueue: 1 } }, { runner });
  const first = post(busy, '/api/v1/analyze', { text: 'one', lang: 'en' });
  await until(() => runner.started === 1);
  const second = post(busy, '/api/v1/analyze', { text: 'two', lang: 'en' });
  await until(() => busy.slant.context.limiter.load.queued === 1);
  const third = await post(busy, '/api/v1/analyze', { text: 'three', lang: 'en' });
  const p = await problem(third);
  assert.equal(p.status, 503);
  assert.match(third.headers.get('retry-after') ?? '', /^[1-9][0-9]*$/);
  const health = (await (await fetch(`${busy.url}/api/v1/healthz`)).json()) as { active: number; queued: number };
  assert.deepEqual([health.active, health.queued], [1, 1]);
  runner.release();
  assert.equal((await first).status, 200);
  await until(() => runner.started === 2);
  runner.release();
  assert.equal((await second).status, 200);
});

test('limits: a queued request whose client goes away gives up its place', async () => {
  const runner = new GatedRunner();
  const busy = await testServer({ limits: { concurrency: 1, maxQueue: 1 } }, { runner });
  const first = post(busy, '/api/v1/analyze', { text: 'one', lang: 'en' });
  await until(() => runner.started === 1);
  const leaving = new AbortController();
  const second = fetch(`${busy.url}/api/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'two', lang: 'en' }), signal: leaving.signal }).catch(() => 'aborted');
  await until(() => busy.slant.context.limiter.load.queued === 1);
  leaving.abort();
  assert.equal(await second, 'aborted');
  await until(() => busy.slant.context.limiter.load.queued === 0);
  // Its place is free: another request queues instead of a 503.
  const third = post(busy, '/api/v1/analyze', { text: 'three', lang: 'en' });
  await until(() => busy.slant.context.limiter.load.queued === 1);
  runner.release();
  assert.equal((await first).status, 200);
  await until(() => runner.started === 2);
  runner.release();
  assert.equal((await third).status, 200);
  assert.equal(runner.started, 2, 'the abandoned request never ran');
});

test('limits: an analysis past its time is a 504', async () => {
  const slow = await testServer({}, { runner: failingRunner(new AnalysisTimeoutError('analysis took longer than 5 ms')) });
  const p = await problem(await post(slow, '/api/v1/analyze', { text: 'x' }));
  assert.deepEqual([p.status, p.type], [504, 'urn:slant:problem:timeout']);
});

test('limits: a request waiting past the time limit is a 504', async () => {
  const runner = new GatedRunner();
  const slow = await testServer({ limits: { concurrency: 1, requestTimeoutMs: 300 } }, { runner });
  const first = post(slow, '/api/v1/analyze', { text: 'one' });
  await until(() => runner.started === 1);
  const p = await problem(await post(slow, '/api/v1/analyze', { text: 'two' }));
  assert.equal(p.status, 504);
  runner.release();
  await first;
});

test('limits: an internal failure is a 500 without its message or stack', async () => {
  const secret = new Error('boom at /srv/secret/path.ts:12');
  const broken = await testServer({}, { runner: failingRunner(secret) });
  const res = await post(broken, '/api/v1/analyze', { text: 'x' });
  const raw = await res.text();
  assert.equal(res.status, 500);
  assert.doesNotMatch(raw, /boom|secret|\.ts:|\n\s+at /);
});

test('limits: URLs on loopback addresses are refused without --allow-private', async () => {
  const p = await problem(await post(server, '/api/v1/analyze', { url: 'http://127.0.0.1:9/article' }));
  assert.deepEqual([p.status, p.field], [403, 'url']);
  assert.match(p.detail, /loopback/);
});

test('limits: with --allow-private a local page is fetched and analysed', async () => {
  const page = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<html><head><title>Local news</title></head><body><article><p>The mayor opened the new library on Monday morning.</p><p>Readers queued for an hour.</p></article></body></html>');
  });
  await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
  try {
    const open = await testServer({ allowPrivate: true });
    const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/news`;
    const res = await post(open, '/api/v1/analyze', { url, lang: 'en' });
    const body = (await res.json()) as { article: { id: string; title: string; url: string } };
    assert.equal(res.status, 200);
    assert.deepEqual([body.article.id, body.article.title], [url, 'Local news']);
  } finally {
    page.close();
  }
});

test('limits: a text/plain URL is taken as it is', async () => {
  const page = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Plain headline\n\nA plain paragraph about the harbour.');
  });
  await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
  try {
    const open = await testServer({ allowPrivate: true });
    const res = await post(open, '/api/v1/analyze', { url: `http://127.0.0.1:${(page.address() as AddressInfo).port}/a.txt`, lang: 'en', include: ['text'] });
    const body = (await res.json()) as { text: string; article: { paragraphs: unknown[] } };
    assert.equal(body.text, 'Plain headline\n\nA plain paragraph about the harbour.');
    assert.equal(body.article.paragraphs.length, 2);
  } finally {
    page.close();
  }
});

test('limits: an unreachable URL is a 422 on url', async () => {
  const open = await testServer({ allowPrivate: true });
  const p = await problem(await post(open, '/api/v1/analyze', { url: 'http://127.0.0.1:9/none' }));
  assert.deepEqual([p.status, p.field], [422, 'url']);
});

test('limits: a page still loading when the request runs out of time is a 504, like any request over its limit', async () => {
  const page = http.createServer(() => {}); // never answers
  await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
  try {
    const open = await testServer({ allowPrivate: true, limits: { requestTimeoutMs: 300 } });
    const p = await problem(await post(open, '/api/v1/analyze', { url: `http://127.0.0.1:${(page.address() as AddressInfo).port}/slow` }));
    assert.deepEqual([p.status, p.type], [504, 'urn:slant:problem:timeout']);
  } finally {
    page.closeAllConnections();
    page.close();
  }
});

test('limits: CORS is off by default', async () => {
  const res = await fetch(`${server.url}/api/v1/labels`, { headers: { origin: 'https://elsewhere.example' } });
  assert.equal(res.headers.get('access-control-allow-origin'), null);
  const preflight = await fetch(`${server.url}/api/v1/analyze`, { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
  assert.equal(preflight.headers.get('access-control-allow-origin'), null);
});

test('limits: CORS allows exactly the configured origins', async () => {
  const open = await testServer({ corsOrigins: ['https://news.example'] });
  const ok = await fetch(`${open.url}/api/v1/labels`, { headers: { origin: 'https://news.example' } });
  assert.equal(ok.headers.get('access-control-allow-origin'), 'https://news.example');
  const other = await fetch(`${open.url}/api/v1/labels`, { headers: { origin: 'https://evil.example' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
  const preflight = await fetch(`${open.url}/api/v1/analyze`, { method: 'OPTIONS', headers: { origin: 'https://news.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
  assert.equal(preflight.status, 204);
  assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
  // Page code may read the headers it needs to back off and to name a report.
  assert.match(ok.headers.get('access-control-expose-headers') ?? '', /Retry-After.*Content-Disposition/i);
});

test('serve --cors takes web and browser-extension origins, and refuses what is not one', async () => {
  const { main } = await import('../src/cli/main.js');
  const { PassThrough, Readable } = await import('node:stream');
  const run = async (cors: string): Promise<string> => {
    const err = new PassThrough();
    let stderr = '';
    err.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    // --port -1 is refused after --cors is read, so nothing is served.
    await main(['serve', '--cors', cors, '--port', '-1'], { stdout: new PassThrough(), stderr: err, stdin: Readable.from([]), color: false, interactive: false });
    return stderr;
  };
  for (const ok of ['https://news.example', 'chrome-extension://abcdefghijklmnop', 'moz-extension://0b1c2d3e-aaaa-bbbb-cccc-1234567890ab']) assert.doesNotMatch(await run(ok), /not an origin/, ok);
  assert.match(await run('news.example'), /not an origin: news\.example/);
});

/** Opens a raw socket, writes `first`, then drips `drip` one byte per 100 ms; resolves with what came back and how long until close. */
function slowClient(url: string, first: string, drip: string): Promise<{ reply: string; ms: number }> {
  const { port } = new URL(url);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let reply = '';
    let i = 0;
    const timer = setInterval(() => {
      if (i < drip.length && !socket.destroyed) socket.write(drip[i++]!);
    }, 100);
    socket.on('data', (d) => (reply += d.toString()));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ reply, ms: Date.now() - started });
    });
    socket.write(first);
  });
}

test('limits: a client that sends its headers too slowly is cut off', async () => {
  const { reply, ms } = await slowClient(server.url, 'GET /api/v1/healthz HTTP/1.1\r\n', 'Host: 127.0.0.1\r\nX-Slow: ' + 'y'.repeat(200));
  assert.ok(ms < 10_000, `closed after ${ms} ms`);
  assert.doesNotMatch(reply, /"status":"ok"/);
});

test('limits: a client that sends its body too slowly is cut off', async () => {
  const head = 'POST /api/v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n';
  const { reply, ms } = await slowClient(server.url, head, `{"text":"${'z'.repeat(300)}`);
  assert.ok(ms < 10_000, `closed after ${ms} ms`);
  assert.doesNotMatch(reply, /200 OK/);
});

test('limits: a server on a loopback address answers to loopback host names only (DNS rebinding)', async () => {
  const { request } = await import('node:http');
  const { LOOPBACK_HOSTS } = await import('../src/server/server-options.js');
  const guarded = await testServer({ allowedHosts: [...LOOPBACK_HOSTS, 'proxy.example'] });
  const port = new URL(guarded.url).port;
  const status = (host: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/v1/healthz', headers: { host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
  for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'proxy.example', `app.localhost:${port}`]) assert.equal(await status(host), 200, host);
  for (const host of [`rebind.evil.example:${port}`, 'example.org']) assert.equal(await status(host), 403, host);
});

test('limits: a body of many unknown fields, or one of a very long name, is answered in a few lines', async () => {
  const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}`, 1]));
  const p = (await problem(await post(server, '/api/v1/analyze', { text: 'x', ...many }))) as unknown as { errors: { field: string; detail: string }[] };
  assert.equal(p.errors.length, 21);
  assert.deepEqual(p.errors.at(-1), { field: '', detail: 'and 80 more errors' });
  const long = (await problem(await post(server, '/api/v1/analyze', { text: 'x', ['k'.repeat(2000)]: 1 }))) as unknown as { errors: { field: string }[] };
  assert.equal(long.errors[0]?.field.length, 201);
});
