/**
 * End-to-end: reading URLs from a real HTTP server on 127.0.0.1 (loopback only; nothing else is
 * ever contacted). Success paths run with `allowPrivate`; without it loopback is refused.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { readInputs, readUrl, type ReadOptions } from '../src/ingest/index.js';

const PAGE = `<!DOCTYPE html><html><head><title>Harbour Plan Approved - Coast Herald</title>
<meta property="og:site_name" content="Coast Herald"><link rel="canonical" href="/stories/harbour">
<meta property="article:published_time" content="2024-05-06T07:00:00+02:00"></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Harbour Plan Approved</h1>
<p>The harbour board approved the new plan on Monday after a long and sometimes heated meeting with fishermen and residents.</p>
<p>The plan moves the ferry terminal to the north pier and adds a second slipway for small boats, paid for by the regional fund.</p>
</article><div id="comments"><p>Comment: about time!</p></div></body></html>`;

let server: Server;
let base = '';
let closedPort = 0;

function send(res: ServerResponse, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': type, ...headers });
  res.end(body);
}

const routes: Record<string, (res: ServerResponse) => void> = {
  '/article': (res) => send(res, 'text/html; charset=utf-8', PAGE),
  '/latin': (res) => send(res, 'text/html; charset=ISO-8859-1', Buffer.from('<p>Le caf\xe9 est ouvert tous les jours.</p>', 'latin1')),
  '/plain': (res) => send(res, 'text/plain; charset=utf-8', 'Plain title\r\n\r\nPlain body.\r\n'),
  // A UTF-16 text with its BOM, under a header that says otherwise: the BOM wins, as in browsers.
  '/plain-utf16': (res) => send(res, 'text/plain; charset=iso-8859-1', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Città al voto.', 'utf16le')])),
  // A UTF-8 page whose <meta> wrongly says UTF-16: read as UTF-8, as the HTML standard says.
  '/meta-utf16': (res) => send(res, 'text/html', '<html><head><meta charset="utf-16"><title>Налог</title></head><body><p>Новый налог снова вызвал споры в городском совете.</p></body></html>'),
  '/pdf': (res) => send(res, 'application/pdf', '%PDF-1.7'),
  '/gzip': (res) => send(res, 'text/html', gzipSync(PAGE), { 'content-encoding': 'gzip' }),
  '/big-declared': (res) => send(res, 'text/html', 'x'.repeat(4096), { 'content-length': '4096' }),
  '/big-streamed': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    for (let i = 0; i < 8; i++) res.write('y'.repeat(512));
    res.end();
  },
  '/empty': (res) => send(res, 'text/html', '<html><body></body></html>'),
  '/missing': (res) => {
    res.writeHead(404, 'Not Found');
    res.end();
  },
  '/loop-a': (res) => redirect(res, '/loop-b'),
  '/loop-b': (res) => redirect(res, '/loop-a'),
  '/to-ftp': (res) => redirect(res, 'ftp://127.0.0.1/file'),
  '/no-location': (res) => {
    res.writeHead(302);
    res.end();
  },
  '/slow': () => {
    // Never answers: the client's time limit must end the fetch.
  },
};

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location });
  res.end();
}

before(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    const hops = /^\/hops\/(\d+)$/.exec(url);
    if (hops) return redirect(res, Number(hops[1]) === 0 ? '/article' : `/hops/${Number(hops[1]) - 1}`);
    const route = routes[url];
    if (route) return route(res);
    res.writeHead(500);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const spare = createServer();
  await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
  closedPort = (spare.address() as AddressInfo).port;
  await new Promise<void>((resolve) => spare.close(() => resolve()));
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const allowed: ReadOptions = { allowPrivate: true, timeoutMs: 5000 };

async function problem(url: string, options: ReadOptions = allowed): Promise<string> {
  try {
    await readUrl(url, options);
  } catch (error) {
    return String(error);
  }
  return 'no error';
}

test('an HTML page is fetched and its article extracted', async () => {
  const article = await readUrl(`${base}/article`, allowed);
  assert.equal(article.id, `${base}/article`);
  assert.equal(article.title, 'Harbour Plan Approved');
  assert.equal(article.text.split('\n\n').length, 3);
  assert.ok(article.text.startsWith('Harbour Plan Approved\n\nThe harbour board approved'));
  assert.ok(!article.text.includes('Home') && !article.text.includes('about time'));
  assert.deepEqual(article.source, {
    format: 'url',
    url: `${base}/article`,
    canonicalUrl: `${base}/stories/harbour`,
    outlet: 'Coast Herald',
    publishedAt: '2024-05-06T07:00:00+02:00',
  });
});

test('redirects are followed, up to five', async () => {
  const article = await readUrl(`${base}/hops/4`, allowed);
  assert.equal(article.source?.url, `${base}/article`);
  assert.equal(await problem(`${base}/hops/5`), `${base}/hops/5: too many redirects (more than 5)`);
});

test('a redirect loop is named', async () => {
  assert.equal(await problem(`${base}/loop-a`), `${base}/loop-a: redirect loop (back to ${base}/loop-a)`);
});

test('a redirect to another scheme or without a target is refused', async () => {
  assert.equal(await problem(`${base}/to-ftp`), `${base}/to-ftp: redirects to a ftp: URL; only http and https are fetched`);
  assert.equal(await problem(`${base}/no-location`), `${base}/no-location: HTTP 302 redirect without a Location header`);
});

test('the charset comes from the content type', async () => {
  assert.equal((await readUrl(`${base}/latin`, allowed)).text, 'Le café est ouvert tous les jours.');
});

test('text/plain is taken as it is', async () => {
  assert.equal((await readUrl(`${base}/plain`, allowed)).text, 'Plain title\r\n\r\nPlain body.\r\n');
});

test('a BOM says more than the content type; a <meta> naming UTF-16 in a page readable as ASCII means UTF-8', async () => {
  assert.equal((await readUrl(`${base}/plain-utf16`, allowed)).text, 'Città al voto.');
  assert.equal((await readUrl(`${base}/meta-utf16`, allowed)).text, 'Налог\n\nНовый налог снова вызвал споры в городском совете.');
});

test('a gzip-compressed page is decompressed', async () => {
  assert.equal((await readUrl(`${base}/gzip`, allowed)).title, 'Harbour Plan Approved');
});

test('a non-HTML content type is refused', async () => {
  assert.equal(await problem(`${base}/pdf`), `${base}/pdf: is application/pdf, not an HTML page`);
});

test('an oversized body is refused, declared or streamed', async () => {
  const small = { ...allowed, maxBytes: 1024 };
  assert.equal(await problem(`${base}/big-declared`, small), `${base}/big-declared: is 4 KB, over the limit of 1 KB`);
  assert.equal(await problem(`${base}/big-streamed`, small), `${base}/big-streamed: is over the limit of 1 KB`);
});

test('HTTP errors, empty pages, slow servers and closed ports are named', async () => {
  assert.equal(await problem(`${base}/missing`), `${base}/missing: HTTP 404 Not Found`);
  assert.equal(await problem(`${base}/empty`), `${base}/empty: is empty (no article text found in the HTML)`);
  assert.equal(await problem(`${base}/slow`, { ...allowed, timeoutMs: 200 }), `${base}/slow: timed out after 0.2 s`);
  const closed = `http://127.0.0.1:${closedPort}/`;
  assert.equal(await problem(closed), `${closed}: could not connect (connection refused)`);
});

test('loopback is refused without allowPrivate: literal IPv4, IPv6 and names resolving to it', async () => {
  const port = base.split(':').pop();
  assert.equal(await problem(`${base}/article`, {}), `${base}/article: refused: 127.0.0.1 is a loopback address (allow with --allow-private, or allowPrivate: true in the library)`);
  assert.equal(await problem(`http://[::1]:${port}/`, {}), `http://[::1]:${port}/: refused: ::1 is a loopback address (allow with --allow-private, or allowPrivate: true in the library)`);
  assert.equal(await problem(`http://[::ffff:127.0.0.1]:${port}/`, {}), `http://[::ffff:127.0.0.1]:${port}/: refused: ::ffff:7f00:1 is a loopback address (allow with --allow-private, or allowPrivate: true in the library)`);
  assert.match(await problem(`http://localhost:${port}/article`, {}), /: refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
});

test('only http and https URLs are fetched', async () => {
  assert.equal(await problem('http://'), 'http://: is not a valid URL');
});

test('readInputs goes on after a failed URL', async () => {
  const lines: string[] = [];
  for await (const r of readInputs([`${base}/pdf`, `${base}/article`], allowed)) lines.push('error' in r ? r.error.toString() : `ok ${r.article.title}`);
  assert.deepEqual(lines, [`${base}/pdf: is application/pdf, not an HTML page`, 'ok Harbour Plan Approved']);
});

test('other schemes are refused by name', async () => {
  const lines: string[] = [];
  for await (const r of readInputs(['ftp://127.0.0.1/file.txt', 'file:///etc/hostname'])) lines.push('error' in r ? r.error.toString() : 'ok');
  assert.deepEqual(lines, [
    'ftp://127.0.0.1/file.txt: is a ftp: URL; only http and https are fetched',
    'file:///etc/hostname: is a file: URL; only http and https are fetched',
  ]);
});
