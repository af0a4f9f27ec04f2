/** The HTTP API over a real server on a loopback port: each route, the JSON shapes, CLI parity. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { FRAMES, TECHNIQUES } from '../src/labels.js';
import { post, testServer } from './server-helpers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = path.join(repoRoot, 'examples', 'town-bypass-op-ed.txt');
const server = await testServer({ limits: { maxTextChars: 5_000 } });

/** Runs `slant <argv>` in-process and returns stdout. */
async function cli(argv: string[]): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await main(argv, { stdout: out, stderr: new PassThrough(), stdin: Readable.from([]), color: false, interactive: false });
  await new Promise((r) => setImmediate(r));
  return Buffer.concat(chunks).toString('utf8');
}

test('server: POST /analyze gives the same JSON as slant analyze', async () => {
  const text = readFileSync(EXAMPLE, 'utf8');
  const res = await post(server, '/api/v1/analyze', { text, id: 'town-bypass-op-ed', lang: 'en' });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  const fromCli = JSON.parse(await cli(['analyze', '--lang', 'en', EXAMPLE])) as unknown;
  assert.deepEqual(await res.json(), Array.isArray(fromCli) ? fromCli[0] : fromCli);
});

test('server: options map like the CLI flags (tasks, threshold, min score)', async () => {
  const text = readFileSync(EXAMPLE, 'utf8');
  const res = await post(server, '/api/v1/analyze', { text, id: 'town-bypass-op-ed', lang: 'en', tasks: ['techniques', 'genre'], threshold: 0.3, minScore: 0.2 });
  assert.equal(res.status, 200);
  const fromCli = JSON.parse(await cli(['analyze', '--lang', 'en', '--tasks', 'techniques,genre', '--threshold', '0.3', '--min-score', '0.2', EXAMPLE])) as unknown;
  assert.deepEqual(await res.json(), Array.isArray(fromCli) ? fromCli[0] : fromCli);
});

test('server: tasks without techniques leave each paragraph\'s techniques out, as the OpenAPI document allows', async () => {
  const res = await post(server, '/api/v1/analyze', { text: 'They always lie.\n\nNobody believes them.', lang: 'en', tasks: ['genre'] });
  const body = (await res.json()) as { genre?: unknown; paragraphs: Record<string, unknown>[] };
  assert.ok(body.genre !== undefined);
  assert.ok(body.paragraphs.length > 0 && body.paragraphs.every((p) => !('techniques' in p)));
  const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { components: { schemas: { Analysis: { properties: { paragraphs: { items: { required?: string[]; properties: Record<string, { description?: string }> } } } } } } };
  const paragraph = doc.components.schemas.Analysis.properties.paragraphs.items;
  assert.deepEqual(paragraph.required, ['n']);
  assert.match(paragraph.properties['techniques']?.description ?? '', /^Absent when the techniques task was not run/);
});

test('server: fast asks for the fast models, as analyze --fast', async () => {
  const text = readFileSync(EXAMPLE, 'utf8');
  const res = await post(server, '/api/v1/analyze', { text, id: 'town-bypass-op-ed', lang: 'en', fast: true });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { model: { id: string }; spans?: unknown };
  assert.equal(body.model.id, 'slant-fast');
  assert.equal(body.spans, undefined);
  const fromCli = JSON.parse(await cli(['analyze', '--lang', 'en', '--fast', EXAMPLE])) as unknown;
  assert.deepEqual(body, Array.isArray(fromCli) ? fromCli[0] : fromCli);
});

test('server: include text adds the raw text the offsets index', async () => {
  const res = await post(server, '/api/v1/analyze', { text: 'Héllo 👋\r\n\r\nSecond line', include: ['text'], lang: 'en' });
  const body = (await res.json()) as { text: string; article: { paragraphs: { start: number; end: number }[] } };
  assert.equal(body.text, 'Héllo 👋\r\n\r\nSecond line');
  assert.deepEqual(body.article.paragraphs.map((p) => body.text.slice(p.start, p.end)), ['Héllo 👋', 'Second line']);
});

test('server: html input is extracted like an .html file, title kept', async () => {
  const html = '<html><head><title>Bus plan</title></head><body><article><h1>Bus plan</h1><p>The council approved the new bus plan on Tuesday after a long debate.</p><p>Critics said the plan ignores the villages.</p></article></body></html>';
  const res = await post(server, '/api/v1/analyze', { html, lang: 'en', include: ['text'] });
  const body = (await res.json()) as { article: { title: string }; text: string };
  assert.equal(res.status, 200);
  assert.equal(body.article.title, 'Bus plan');
  assert.match(body.text, /Critics said/);
  assert.doesNotMatch(body.text, /<p>/);
});

test('server: a given title is reported', async () => {
  const res = await post(server, '/api/v1/analyze', { text: 'One line of text.', title: 'My title', lang: 'en' });
  assert.equal(((await res.json()) as { article: { title: string } }).article.title, 'My title');
});

test('server: POST /report returns the HTML report as an attachment, article escaped', async () => {
  const res = await post(server, '/api/v1/report', { text: 'Title <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>', id: 'a/b c', lang: 'en' });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  assert.equal(res.headers.get('content-disposition'), 'attachment; filename="a-b-c.html"');
  const html = await res.text();
  assert.match(html, /Content-Security-Policy/);
  assert.doesNotMatch(html, /<script>alert|<img src=x/);
});

test('server: GET /labels lists every label with its definition', async () => {
  const res = await fetch(`${server.url}/api/v1/labels`);
  const body = (await res.json()) as { techniques: { id: string; category: string; definition: string }[]; frames: { id: string }[]; genres: unknown[]; categories: unknown[] };
  assert.deepEqual(body.techniques.map((t) => t.id), [...TECHNIQUES]);
  assert.deepEqual(body.frames.map((f) => f.id), [...FRAMES]);
  assert.deepEqual([body.genres.length, body.categories.length], [3, 6]);
  assert.ok(body.techniques.every((t) => t.definition.length > 10 && t.category.length > 0));
});

test('server: GET /models names the model analyses carry, every model file, and which serves each language', async () => {
  const res = await fetch(`${server.url}/api/v1/models`);
  const body = (await res.json()) as { analysis: { id: string; version: string }; models: { task: string; file: string }[]; serving: Record<string, Record<string, string | null>> };
  assert.equal(res.status, 200);
  assert.equal(typeof body.analysis.id, 'string');
  assert.deepEqual([...new Set(body.models.map((m) => m.task))].sort(), ['frames', 'genre', 'sentences', 'spans', 'techniques']);
  assert.deepEqual(Object.keys(body.serving).sort(), ['de', 'en', 'fr', 'it', 'pl', 'ru', 'und']);
  const listed = new Set(body.models.map((m) => m.file));
  for (const tasks of Object.values(body.serving)) for (const file of Object.values(tasks)) if (file !== null) assert.ok(listed.has(file), file);
  // The fast set, listed the same way.
  const fast = (body as unknown as { fast: { files: { file: string }[]; serving: Record<string, Record<string, string | null>> } }).fast;
  const fastListed = new Set(fast.files.map((m) => m.file));
  assert.deepEqual(Object.keys(fast.serving).sort(), ['de', 'en', 'fr', 'it', 'pl', 'ru', 'und']);
  for (const tasks of Object.values(fast.serving)) for (const file of Object.values(tasks)) assert.ok(file !== null && fastListed.has(file) && file.startsWith('fast/'), String(file));
});

test('server: GET /healthz reports ok and the load', async () => {
  const res = await fetch(`${server.url}/api/v1/healthz`);
  assert.deepEqual(await res.json(), { status: 'ok', version: (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version, active: 0, queued: 0, concurrency: 1, maxQueue: 32 });
});

test('server: the OpenAPI document comes from the validating schemas', async () => {
  const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
    openapi: string;
    paths: Record<string, unknown>;
    components: { schemas: { AnalyzeRequest: { properties: Record<string, { maxLength?: number }>; additionalProperties: boolean } } };
  };
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(Object.keys(doc.paths).sort(), ['/api/v1/analyze', '/api/v1/healthz', '/api/v1/labels', '/api/v1/models', '/api/v1/report']);
  const request = doc.components.schemas.AnalyzeRequest;
  assert.equal(request.properties['text']?.maxLength, 5_000);
  assert.equal(request.additionalProperties, false);
});

test('server: unknown routes are 404 problems', async () => {
  const res = await fetch(`${server.url}/api/v1/nothing`);
  assert.equal(res.status, 404);
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  // A corpus route on a server without a corpus says how to start one that has it.
  const stats = (await (await fetch(`${server.url}/api/v1/stats`)).json()) as { detail: string };
  assert.equal(stats.detail, 'no route for GET /api/v1/stats: this server has no corpus (start it with slant serve --db FILE)');
});

test('server: the same request gives byte-identical responses', async () => {
  const body = { text: 'They always lie.\n\nNobody believes them.', lang: 'en' };
  const [a, b] = await Promise.all([post(server, '/api/v1/analyze', body), post(server, '/api/v1/analyze', body)]);
  assert.equal(await a.text(), await b.text());
});

test('server: without a built page, GET / says how to build it', async () => {
  const res = await fetch(`${server.url}/`);
  assert.equal(res.status, 404);
  assert.match(((await res.json()) as { detail: string }).detail, /npm run build/);
});

test('a known route asked with another method is a 405 naming the methods it takes; an unknown one a 404', async () => {
  for (const method of ['GET', 'PUT', 'DELETE']) {
    const res = await fetch(`${server.url}/api/v1/analyze`, { method });
    assert.equal(res.status, 405, method);
    assert.equal(res.headers.get('allow'), 'POST');
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
  }
  assert.equal((await fetch(`${server.url}/api/v1/nope`)).status, 404);
});

test('server: lang takes what --lang takes (a region dropped, ge for de) and refuses the rest in words', async () => {
  const text = 'Der Stadtrat verrät uns schon wieder.\n\nDie Bürger müssen jetzt Widerstand leisten, bevor es zu spät ist.\n';
  for (const lang of ['de-AT', 'ge', 'DE', 'deu', 'ger', 'AUTO']) {
    const res = await post(server, '/api/v1/analyze', { text, lang, tasks: ['genre'] });
    assert.equal(res.status, 200, lang);
    assert.equal(((await res.json()) as { article: { lang: string } }).article.lang, 'de', lang);
  }
  const bad = await post(server, '/api/v1/analyze', { text, lang: 'german!' });
  assert.equal(bad.status, 400);
  const problem = (await bad.json()) as { errors: { field: string; detail: string }[] };
  assert.deepEqual(problem.errors.map((e) => e.field), ['lang']);
  assert.match(problem.errors[0]!.detail, /^expected auto or a language code such as en/);
});
