/**
 * The page: the input form, then the result in the report view with downloads. Messages for
 * errors, for language warnings, for the techniques the model cannot find and for texts too
 * short for the genre and frames models are announced to screen readers.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyze, RequestFailed, type RequestOptions, type Result } from './api.js';
import { downloadJson, downloadMarkdown, downloadReport } from './download.js';
import { InputForm, type Submission } from './input-form.js';
import { ReportView } from './report-view.js';
import { countFindings, techniquesAnalysed, warningSentence } from '../../src/render/summary.js';
import { hasCorpus } from './corpus/corpus-api.js';
import { CorpusView } from './corpus/corpus-view.js';
import { useHashRoute, type Route } from './corpus/use-hash-route.js';
import { LabelsView } from './labels-view.js';

/** `detected`: whether the page detected the language (the menu said Detect) or the user chose it. */
type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'error'; message: string } | { kind: 'done'; result: Result; detected: boolean };


/** Whether a warning is about the language (unknown, unsupported, an unseen script, a fallback model). */
const aboutLanguage = (code: string): boolean => code.includes('language') || code.includes('script');

/** The warnings the page shows as notices above the report (the report lists only the others). */
const asNotice = (code: string): boolean => aboutLanguage(code) || code === 'techniques-not-covered' || code === 'short-article';

/** Warnings about the language, shown above the report. */
function languageNotes(result: Result): string[] {
  return result.analysis.warnings.filter((w) => aboutLanguage(w.code)).map((w) => warningSentence(w.message));
}

/** What the technique model cannot find in this article's language (no training example), shown above the report. */
function coverageNotes(result: Result): string[] {
  return result.analysis.warnings.filter((w) => w.code === 'techniques-not-covered').map((w) => warningSentence(w.message));
}

/** That the text is shorter than the articles the genre and frames models learnt from, shown above the report. */
function shortNotes(result: Result): string[] {
  return result.analysis.warnings.filter((w) => w.code === 'short-article').map((w) => warningSentence(w.message));
}

/** The technique count of the summary line: "not analysed" (a text without a word runs no task) is not "none found". */
function techniqueSummary(result: Result): string {
  if (!techniquesAnalysed(result.analysis)) return 'Techniques not analysed';
  const count = countFindings(result.analysis);
  return count === 0 ? 'No technique found' : `${count} technique finding${count === 1 ? '' : 's'}`;
}

/** The result's toolbar and report. */
function ResultView({ result, detected }: { result: Result; detected: boolean }) {
  const notes = languageNotes(result);
  const coverage = coverageNotes(result);
  const short = shortNotes(result);
  const paragraphs = result.analysis.article.paragraphs.length;
  // ¶ numbers are SemEval's line numbers: blank lines between paragraphs make them skip, which says so.
  const byLine = result.analysis.article.paragraphs.some((p, i) => p.n !== i + 1);
  // Each warning once: those above as notices, the others in the report (the downloads keep them all).
  const shown = useMemo(() => ({ ...result.analysis, warnings: result.analysis.warnings.filter((w) => !asNotice(w.code)) }), [result]);
  // A new result takes the focus (the Analyse button, disabled while busy, has lost it), so the
  // keyboard and a screen reader start at the result, not at the top of the page.
  const summary = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled)) summary.current?.focus();
  }, [result]);
  return (
    <section class="result" aria-label="Result">
      <div class="toolbar">
        <p class="summary" role="status" tabIndex={-1} ref={summary}>
          {techniqueSummary(result)} in {paragraphs} paragraph{paragraphs === 1 ? '' : 's'}
          {byLine && ' (¶ numbers count lines, blank ones too, as SemEval files do)'} · language {result.analysis.article.lang}
        </p>
        <div class="downloads">
          <button type="button" onClick={() => downloadJson(result.analysis)}>
            Download JSON
          </button>
          <button type="button" onClick={() => downloadMarkdown(result.analysis, result.text)}>
            Download Markdown
          </button>
          <button type="button" onClick={() => downloadReport(result.analysis, result.text)}>
            Download HTML report
          </button>
        </div>
      </div>
      {notes.length > 0 && (
        <div class="notice" role="status">
          <strong>About the language:</strong> {notes.join(' ')} Results may be unreliable{detected ? '; choose the language by hand if you know it' : ''}.
        </div>
      )}
      {coverage.length > 0 && (
        <div class="notice" role="status">
          <strong>Techniques this model cannot find:</strong> {coverage.join(' ')}
        </div>
      )}
      {short.length > 0 && (
        <div class="notice" role="status">
          <strong>A short text:</strong> {short.join(' ')}
        </div>
      )}
      <ReportView analysis={shown} text={result.text} />
    </section>
  );
}

/** Links between the views; the corpus view only when the server has a corpus (`slant serve --db`). */
function ViewNav({ view, corpus }: { view: Route['view']; corpus: boolean }) {
  const current = (v: Route['view']) => (view === v ? 'page' : undefined);
  return (
    <nav class="views" aria-label="Views">
      <a href="#/" aria-current={current('analyse')}>
        Analyse an article
      </a>
      {corpus && (
        <a href="#/corpus" aria-current={current('corpus')}>
          Corpus
        </a>
      )}
      <a href="#/labels" aria-current={current('labels')}>
        What the labels mean
      </a>
    </nav>
  );
}

/** Whether the server has a corpus; undefined until known (asked again a few times when the server cannot say). */
function useHasCorpus(): boolean | undefined {
  const [known, setKnown] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (tries: number): void => {
      void hasCorpus().then((answer) => {
        if (stopped) return;
        if (answer === undefined && tries < 5) timer = setTimeout(() => ask(tries + 1), 3000);
        else setKnown(answer ?? false);
      });
    };
    ask(1);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return known;
}

/** The whole page. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const pending = useRef<AbortController | null>(null);
  const route = useHashRoute();
  const corpus = useHasCorpus() === true;
  const showCorpus = corpus && route.view === 'corpus';
  const showLabels = route.view === 'labels';
  const view: Route['view'] = showCorpus ? 'corpus' : showLabels ? 'labels' : 'analyse';
  // Once opened, the corpus view stays mounted (hidden) so its filters survive a visit to the form.
  const [visited, setVisited] = useState(false);
  if (showCorpus && !visited) setVisited(true);

  const run = async (s: Submission) => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setState({ kind: 'busy' });
    try {
      const options: RequestOptions = { lang: s.lang };
      if (s.id !== undefined) options.id = s.id;
      if (s.title !== undefined) options.title = s.title;
      const result = await analyze(s.source, options, controller.signal);
      if (pending.current === controller) setState({ kind: 'done', result, detected: s.lang === 'auto' });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ kind: 'error', message: error instanceof RequestFailed ? error.message : 'Something went wrong. Please try again.' });
    }
  };

  return (
    <>
      <header class="top">
        <h1>
          slant <span>how does this article try to persuade?</span>
        </h1>
        <ViewNav view={view} corpus={corpus} />
      </header>
      <main class="page">
        {(showCorpus || visited) && (
          <div hidden={!showCorpus}>
            <CorpusView articleId={route.view === 'corpus' ? route.articleId : undefined} />
          </div>
        )}
        {showLabels && <LabelsView />}
        <div hidden={showCorpus || showLabels}>
          <InputForm busy={state.kind === 'busy'} onSubmit={(s) => void run(s)} onError={(message) => setState({ kind: 'error', message })} />
          <div class="live" aria-live="polite">
            {state.kind === 'busy' && <p class="busy">Analysing…</p>}
          </div>
          {state.kind === 'error' && (
            <p class="error" role="alert">
              {state.message}
            </p>
          )}
          {state.kind === 'done' && <ResultView result={state.result} detected={state.detected} />}
        </div>
      </main>
      <footer class="foot">
        Techniques, frames and genres of the SemEval-2023 Task 3 scheme. API: <a href="/api/openapi.json">/api/openapi.json</a>
      </footer>
    </>
  );
}
