/**
 * Where the user gives an article: pasted text, a URL, or a .txt/.html file (picked or dropped),
 * and its language. Native controls throughout, so it works with a keyboard and a screen reader.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Source } from './api.js';
import { decodeFile } from './decode-file.js';
import { startsWithHtmlTag } from '../../src/ingest/looks-like-html.js';
import exampleText from '../../examples/town-bypass-op-ed.txt?raw';

/**
 * Languages offered: auto-detection, the six training languages, and the SemEval-2023 Task 3
 * test languages, which have no training data (the menu says so: their models are the pooled ones).
 */
const LANGUAGES: [string, string][] = [
  ['auto', 'Detect'],
  ['en', 'English'],
  ['fr', 'French'],
  ['de', 'German'],
  ['it', 'Italian'],
  ['pl', 'Polish'],
  ['ru', 'Russian'],
  ['es', 'Spanish (no model of its own)'],
  ['el', 'Greek (no model of its own)'],
  ['ka', 'Georgian (no model of its own)'],
];

type Mode = 'text' | 'url' | 'file';

/** A submitted form. */
export interface Submission {
  source: Source;
  lang: string;
  id?: string;
  title?: string;
}

/**
 * Id and title of pasted text: its first line is the title (as in SemEval's files), the id a
 * slug of it, so the report has a heading and downloads a good file name.
 */
export function namePasted(text: string): { id: string; title?: string } {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
  const first = lines[0] ?? '';
  // Letters of any script stay, with their accents ("vergüenza", "новый"); the rest become dashes.
  const slug = [...first.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+/, '')].slice(0, 60).join('').replace(/-+$/, '');
  const id = slug === '' ? 'pasted-text' : slug;
  return lines.length > 1 && first.length <= 300 ? { id, title: first } : { id };
}

/** Largest file read in the browser (the server's body limit is 2 MiB). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** The source for a picked file, or an error message. */
async function readFile(file: File): Promise<{ source: Source; id: string } | string> {
  const name = file.name.toLowerCase();
  const isHtml = name.endsWith('.html') || name.endsWith('.htm') || file.type === 'text/html';
  const isText = name.endsWith('.txt') || file.type === 'text/plain';
  if (!isHtml && !isText) return `${file.name} is not a .txt or .html file.`;
  if (file.size > MAX_FILE_BYTES) return `${file.name} is over 2 MB.`;
  const decoded = decodeFile(new Uint8Array(await file.arrayBuffer()), file.name, isHtml);
  if ('error' in decoded) return decoded.error;
  const id = file.name.replace(/\.(txt|html?)$/i, '');
  return isHtml ? { source: { kind: 'html', html: decoded.text }, id } : { source: { kind: 'text', text: decoded.text }, id };
}

/** The form. `onSubmit` gets the source; `onError` a message for a file that cannot be used. */
export function InputForm({ busy, onSubmit, onError }: { busy: boolean; onSubmit: (s: Submission) => void; onError: (message: string) => void }) {
  const [mode, setMode] = useState<Mode>('text');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [lang, setLang] = useState('auto');
  const [dragging, setDragging] = useState(false);

  const useFile = async (file: File | undefined) => {
    if (file === undefined) return;
    const read = await readFile(file);
    if (typeof read === 'string') onError(read);
    else onSubmit({ source: read.source, lang, id: read.id });
  };
  // A file dropped anywhere else on the page would make the browser open it in place of the page,
  // losing what was typed: it is analysed as if dropped on the file field (when the form shows).
  const form = useRef<HTMLFormElement>(null);
  const latest = useRef(useFile);
  latest.current = useFile;
  useEffect(() => {
    const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      if (form.current === null || form.current.offsetParent === null) return;
      setMode('file');
      void latest.current(e.dataTransfer?.files[0]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  // The user's own text is not replaced without asking (setting it is no edit that Ctrl+Z undoes).
  const useExample = () => {
    if (text.trim() === '' || text === exampleText || window.confirm('Replace your text with the example article?')) setText(exampleText);
  };
  const submit = (e: JSX.TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    // A pasted page is read as a page (its title and article extracted), as standard input is.
    if (mode === 'text' && startsWithHtmlTag(text)) onSubmit({ source: { kind: 'html', html: text }, lang });
    else if (mode === 'text' && text.trim() !== '') onSubmit({ source: { kind: 'text', text }, lang, ...namePasted(text) });
    else if (mode === 'url' && url.trim() !== '') onSubmit({ source: { kind: 'url', url: url.trim() }, lang });
    else onError(mode === 'url' ? 'Enter the URL of an article.' : 'Paste the text of an article first.');
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void useFile(e.dataTransfer?.files[0]);
  };

  return (
    <form class="input" ref={form} onSubmit={submit} aria-label="Article to analyse">
      <fieldset class="modes">
        <legend>Article from</legend>
        {(['text', 'url', 'file'] as const).map((m) => (
          <label key={m} class={mode === m ? 'mode on' : 'mode'}>
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {m === 'text' ? 'Paste text' : m === 'url' ? 'Web address' : 'File'}
          </label>
        ))}
      </fieldset>
      {mode === 'text' && (
        <div class="field">
          <label for="article-text">Article text (first line: the title; one paragraph per line)</label>
          <textarea id="article-text" dir="auto" rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="Paste a news article here…" />
          <button type="button" class="link" onClick={() => useExample()}>
            Use an example article
          </button>
        </div>
      )}
      {mode === 'url' && (
        <div class="field">
          <label for="article-url">Address of the article (http or https)</label>
          <input id="article-url" type="url" inputMode="url" placeholder="https://…" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </div>
      )}
      {mode === 'file' && (
        <div class={dragging ? 'drop on' : 'drop'} onDragOver={(e) => (e.preventDefault(), setDragging(true))} onDragLeave={() => setDragging(false)} onDrop={drop}>
          <label for="article-file">Drop a .txt or .html file here, or choose one</label>
          <input id="article-file" type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => {
              const input = e.currentTarget;
              void useFile(input.files?.[0]);
              // Picking the same file again (after editing it) fires a change only when the input is empty.
              input.value = '';
            }} />
        </div>
      )}
      <div class="actions">
        <label class="lang">
          Language{' '}
          <select value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
            {LANGUAGES.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {mode !== 'file' && (
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Analysing…' : 'Analyse'}
          </button>
        )}
      </div>
    </form>
  );
}
