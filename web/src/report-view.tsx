/**
 * The report view of `src/render/` inside the page: the same markup (every piece of article text
 * escaped by the renderer), the same CSS and the same script as the HTML report file. The page's
 * CSP allows that CSS and script by their hashes and nothing else inline.
 */
import { useEffect, useRef } from 'preact/hooks';
import { renderReportBody } from '../../src/render/report-body.js';
import { REPORT_CSS } from '../../src/render/report-css.js';
import { REPORT_SCRIPT } from '../../src/render/report-script.js';
import type { Analysis } from '../../src/result.js';

/** Adds the report's style sheet to the page once. */
export function installReportCss(): void {
  if (document.getElementById('slant-report-css') !== null) return;
  const style = document.createElement('style');
  style.id = 'slant-report-css';
  style.textContent = REPORT_CSS;
  document.head.appendChild(style);
}

/** Shows one analysis with the report view; re-rendered when the analysis changes. */
export function ReportView({ analysis, text }: { analysis: Analysis; text: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (el === null) return;
    // The renderer escapes all article text and metadata, so this markup holds no foreign tags.
    el.innerHTML = renderReportBody(analysis, text);
    const script = document.createElement('script');
    script.textContent = REPORT_SCRIPT;
    el.appendChild(script);
    return () => {
      // The script's document-wide Escape listener goes with the report.
      el.querySelector('.slant-report')?.dispatchEvent(new Event('slant-detach'));
      el.textContent = '';
    };
  }, [analysis, text]);
  return <div ref={host} class="report-host" />;
}
