/** Entry of the web page. */
import { render } from 'preact';
import { App } from './app.js';
import { installReportCss } from './report-view.js';
import './app.css';
import './corpus/corpus.css';

installReportCss();
render(<App />, document.getElementById('app')!);
