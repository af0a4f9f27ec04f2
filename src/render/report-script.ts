/**
 * The report's script, shared by the HTML file and the web page: tooltips on hover, focus and
 * click (technique, category, score, definition, evidence), category filters and the score
 * slider. It reads its data from the JSON block and builds the tooltip with DOM calls and
 * `textContent` only, never `innerHTML`, so article text can never become markup. It serves the
 * report it is placed beside (`document.currentScript`), so a page can hold several.
 */

/** The script of the report view (plain ES2017, no modules, no external code). */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  // The report this script was placed beside: a page may hold several (the web page keeps a
  // fresh analysis and a stored article), and each script serves its own.
  var me = document.currentScript;
  var scope = me && me.parentNode ? me.parentNode : document;
  var root = scope.querySelector('.slant-report') || document.querySelector('.slant-report');
  var dataEl = root ? root.querySelector('script[type="application/json"]') : null;
  if (!root || !dataEl) return;
  var data = JSON.parse(dataEl.textContent || '{}');
  var hs = data.highlights || [];
  var tip = root.querySelector('.slant-tip');
  // A second report on the page gets its own tooltip id, so each highlight names its own tooltip.
  var count = (window.__slantReports = (window.__slantReports || 0) + 1);
  if (tip && count > 1) tip.id = 'slant-tip-' + count;
  var slider = root.querySelector('.slant-score');
  var sliderOut = root.querySelector('.slant-score-out');
  var marks = Array.prototype.slice.call(root.querySelectorAll('.slant-hl'));
  var chips = Array.prototype.slice.call(root.querySelectorAll('.slant-chip'));
  var pinned = null;
  var shown = null;
  var timer = null;
  // Hidden a moment after the pointer leaves, so it can move onto the tooltip (WCAG 1.4.13).
  function later() { clearTimeout(timer); timer = setTimeout(function () { if (!pinned) hide(); }, 300); }

  function ids(mark) {
    var v = mark.getAttribute('data-h') || '';
    return v === '' ? [] : v.split(' ').map(Number);
  }
  function filters() {
    var on = {};
    root.querySelectorAll('.slant-cat-filter').forEach(function (box) { on[box.value] = box.checked; });
    return { on: on, min: slider ? Number(slider.value) : 0 };
  }
  // A span goes with its paragraph's finding, as --min-score takes them (filter-analysis.ts): it
  // shows while both its own score and its finding's pass the slider.
  function visible(h, f) {
    var paragraphScore = h.span && h.span.paragraphScore !== undefined ? h.span.paragraphScore : h.score;
    return f.on[h.category] !== false && h.score >= f.min && paragraphScore >= f.min;
  }
  function active(mark) {
    var f = filters();
    return ids(mark).filter(function (i) { return hs[i] && visible(hs[i], f); });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function item(h) {
    var box = el('div', 'slant-tip-item');
    var head = el('div');
    head.appendChild(el('span', 'slant-tip-name', h.name));
    head.appendChild(el('span', 'slant-tip-cat c-' + h.category, h.categoryName));
    box.appendChild(head);
    // A span's own score is the span tagger's; the chip shows its paragraph finding's, named here too.
    var score = h.span ? 'Span score ' + h.score.toFixed(2) + (h.span.paragraphScore !== undefined ? ' \\u00b7 paragraph score ' + h.span.paragraphScore.toFixed(2) : '') : 'Score ' + h.score.toFixed(2);
    box.appendChild(el('p', 'slant-tip-score', score));
    box.appendChild(el('p', 'slant-tip-def', h.definition));
    if (h.why && h.why.length) {
      var why = h.why.map(function (w) { return '\\u201c' + w.text + '\\u201d (' + Math.round(w.weight * 100) + '%)'; });
      box.appendChild(el('p', 'slant-tip-why', (h.span ? 'Why, in this paragraph: ' : 'Why: ') + why.join(', ')));
    }
    return box;
  }
  function show(mark) {
    var list = active(mark);
    if (!tip || list.length === 0) return;
    clearTimeout(timer);
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    list.forEach(function (i) { tip.appendChild(item(hs[i])); });
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + 'px';
    // Below the highlight, or above it where the window ends before the tip would and more room is above.
    var h = tip.offsetHeight, room = document.documentElement.clientHeight;
    var above = r.bottom + 6 + h > room && r.top - 6 > room - r.bottom;
    tip.style.top = ((above ? r.top - 6 - h : r.bottom + 6) + window.scrollY) + 'px';
    if (shown && shown !== mark) shown.removeAttribute('aria-describedby');
    mark.setAttribute('aria-describedby', tip.id);
    shown = mark;
  }
  function hide() {
    if (!tip) return;
    tip.hidden = true;
    if (shown) shown.removeAttribute('aria-describedby');
    shown = null;
    pinned = null;
  }
  function markOf(target) {
    var m = target && target.closest ? target.closest('.slant-hl') : null;
    return m && !m.classList.contains('slant-off') ? m : null;
  }
  function refresh() {
    var f = filters();
    if (sliderOut) sliderOut.textContent = f.min.toFixed(2);
    marks.forEach(function (m) {
      var list = ids(m).filter(function (i) { return hs[i] && visible(hs[i], f); });
      m.className = 'slant-hl' + (list.length ? ' c-' + hs[list[0]].category + (list.length > 1 ? ' slant-multi' : '') : ' slant-off');
      m.tabIndex = list.length ? 0 : -1;
    });
    // The counts beside the filters count the findings the slider lets through.
    var by = {};
    chips.forEach(function (c) {
      var h = { category: c.getAttribute('data-category'), score: Number(c.getAttribute('data-score')) };
      c.classList.toggle('slant-hidden', !visible(h, f));
      if (h.score >= f.min) ['l:' + c.getAttribute('data-label'), 'c:' + h.category].forEach(function (k) { by[k] = (by[k] || 0) + 1; });
    });
    root.querySelectorAll('.slant-count').forEach(function (s) {
      var k = s.hasAttribute('data-label') ? 'l:' + s.getAttribute('data-label') : 'c:' + s.getAttribute('data-category');
      s.textContent = String(by[k] || 0);
    });
    hide();
  }
  root.addEventListener('mouseover', function (e) { var m = markOf(e.target); if (m && !pinned) show(m); });
  root.addEventListener('mouseout', function (e) { var m = markOf(e.target); if (m && !pinned && m === shown) later(); });
  if (tip) {
    tip.addEventListener('mouseenter', function () { clearTimeout(timer); });
    tip.addEventListener('mouseleave', function () { if (!pinned) later(); });
  }
  // Escape hides a tooltip wherever the focus is (a hovered one too). A page that takes the
  // report away sends it 'slant-detach' (the web page does), and a report found detached at a key
  // press lets go too, so no listener keeps a removed report alive.
  function onKey(e) {
    if (!root.isConnected) { detach(); return; }
    if (e.key === 'Escape' && shown) hide();
  }
  function detach() { clearTimeout(timer); document.removeEventListener('keydown', onKey); }
  document.addEventListener('keydown', onKey);
  root.addEventListener('slant-detach', detach);
  root.addEventListener('focusin', function (e) { var m = markOf(e.target); if (m) { pinned = null; show(m); } });
  root.addEventListener('focusout', function (e) { if (markOf(e.target) && !pinned) hide(); });
  // A paragraph link (\u00b6N) or the skip link moves to its place in this report without touching
  // the URL: the web page keeps its place in the hash, and another report may hold the same id.
  function paragraphLink(target) {
    var a = target && target.closest ? target.closest('a[href^="#slant-p-"], a[href="#slant-side"]') : null;
    if (!a || !root.contains(a)) return false;
    var par = root.querySelector('[id="' + a.getAttribute('href').slice(1) + '"]');
    if (!par) return false;
    par.setAttribute('tabindex', '-1');
    par.scrollIntoView({ block: 'start' });
    par.focus({ preventScroll: true });
    return true;
  }
  root.addEventListener('click', function (e) {
    if (paragraphLink(e.target)) { e.preventDefault(); return; }
    var m = markOf(e.target);
    if (!m) { if (pinned && !(tip && tip.contains(e.target))) hide(); return; }
    if (pinned === m) { hide(); return; }
    show(m);
    pinned = m;
  });
  root.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { hide(); return; }
    var m = markOf(e.target);
    if (m && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); m.click(); }
  });
  root.querySelectorAll('.slant-cat-filter').forEach(function (box) { box.addEventListener('change', refresh); });
  if (slider) slider.addEventListener('input', refresh);
})();
`.trim();
