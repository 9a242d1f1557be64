// The analysis tabs of a search: figures, concordance (KWIC), word frequencies and collocates, each
// with a CSV download of exactly what it shows (all rows, not only the first page).

import {
  $, el, ROLE_LABELS, api, formatNumber, formatDecimal, formatPeriod, categoryLabel,
} from './dom.js';
import {
  state, TABS, filterParams, hasWords, articleHash, searchHashFor,
} from './state.js';
import { matchingNote } from './results.js';
import { loadQueue, showQueueOrTable } from './queue.js';

const GROUPS = { year: 'Năm', source: 'Nguồn', province: 'Tỉnh/thành' };
const loads = { figures: loadFigures, kwic: loadKwic, freq: loadFreq, collocates: loadCollocates };
const latest = {}; // per tab: the newest request, so a slow older answer is dropped

export function selectTab(tab) {
  state.tab = tab;
  for (const button of document.querySelectorAll('.tab')) {
    const active = button.dataset.tab === tab;
    button.classList.toggle('active', active);
    button.setAttribute('aria-selected', String(active));
  }
  for (const name of TABS) $(`tab-${name}`).hidden = name !== tab;
  if (loads[tab]) loads[tab]();
}

/** Runs one tab's request; the answer is rendered only if no newer request for the tab began. */
async function load(tab, path, params, render) {
  const seq = (latest[tab] || 0) + 1;
  latest[tab] = seq;
  const summary = $(`${tab}-summary`);
  summary.classList.add('loading');
  try {
    const body = await api(path, params);
    if (latest[tab] === seq) render(body);
  } catch (e) {
    if (latest[tab] === seq) {
      summary.textContent = '';
      summary.append(el('span', { className: 'inline-error' }, e.message));
    }
  } finally {
    if (latest[tab] === seq) summary.classList.remove('loading');
  }
}

/** A tab that needs words shows why instead of asking the server (and offers no download). */
function needsWords(tab, body, what) {
  $(`${tab}-csv`).hidden = !hasWords();
  if (hasWords()) return false;
  latest[tab] = (latest[tab] || 0) + 1;
  $(`${tab}-summary`).textContent = `Nhập từ khóa để xem ${what}.`;
  body.textContent = '';
  return true;
}

function setSummary(tab, text, matching) {
  const summary = $(`${tab}-summary`);
  summary.textContent = text;
  if (matching) summary.append(' ', matchingNote(matching));
}

// ---- figures -----------------------------------------------------------------------------------

function loadFigures() {
  const params = filterParams();
  // Syndicated copies of one story count once: only each cluster's first article.
  if ($('figures-dedupe').checked) params.set('dedupe', '1');
  $('csv-link').href = `/api/export.csv?${params}&dataset=figures`;
  if (showQueueOrTable()) {
    latest.figures = (latest.figures || 0) + 1; // a pending table answer is not wanted any more
    $('figures-summary').textContent = '';
    loadQueue();
    return;
  }
  load('figures', '/api/figures', params, (table) => {
    const body = $('figures-table').tBodies[0];
    body.textContent = '';
    setSummary('figures', `${formatNumber(table.rows.length)} số liệu trong ${formatNumber(table.articles)} bài`
      + (table.truncated ? ' (chỉ hiện phần đầu; tải CSV để có đủ)' : ''));
    for (const row of table.rows) {
      body.appendChild(el('tr', null,
        el('td', null, el('a', { href: articleHash(row.doc, state.q, row.start) }, row.title || row.doc)),
        el('td', { className: 'figure-text' }, row.text),
        el('td', { className: 'num' }, row.value === null ? '' : String(row.value)),
        el('td', { title: row.category }, categoryLabel(row.category)),
        el('td', null, ROLE_LABELS[row.role] || row.role || ''),
        el('td', { className: 'period', title: row.period_text || null },
          formatPeriod(row.period_start, row.period_end, row.period_text)),
        el('td', null, row.scope || '')));
    }
    if (!table.rows.length) body.appendChild(el('tr', null, el('td', { colspan: '7', className: 'empty' }, 'Không có số liệu.')));
  });
}

// ---- concordance -------------------------------------------------------------------------------

function loadKwic() {
  const body = $('kwic-table').tBodies[0];
  const params = filterParams();
  params.set('sort', state.kwicSort);
  $('kwic-csv').href = `/api/kwic.csv?${params}`;
  if (needsWords('kwic', body, 'ngữ cảnh')) return;
  params.set('limit', '100');
  load('kwic', '/api/kwic', params, (result) => {
    body.textContent = '';
    // Counts past the page are extrapolated from the articles read (total_estimated).
    setSummary('kwic', `${result.total_estimated ? 'khoảng ' : ''}${formatNumber(result.total)} lần xuất hiện trong ${formatNumber(result.documents)} bài`
      + (result.total > result.lines.length ? ` (hiện ${result.lines.length}; tải CSV để có đủ)` : ''), result.matching);
    for (const line of result.lines) {
      body.appendChild(el('tr', { title: line.title || line.doc },
        el('td', { className: 'left' }, el('span', null, line.left)),
        el('td', { className: 'match' }, el('a', { href: articleHash(line.doc, state.q, line.start) }, line.match)),
        el('td', { className: 'right' }, line.right)));
    }
  });
}

// ---- word frequencies --------------------------------------------------------------------------

function freqParams() {
  const params = filterParams();
  if (state.freqBy) params.set('by', state.freqBy);
  params.set('limit', state.freqLimit);
  params.set('fold', state.fold ? '1' : '0');
  return params;
}

function loadFreq() {
  const params = freqParams();
  $('freq-csv').href = `/api/freq.csv?${params}`;
  load('freq', '/api/freq', params, (result) => {
    setSummary('freq', `${formatNumber(result.articles)} bài, ${formatNumber(result.tokens)} từ`, result.matching);
    const box = $('freq-groups');
    box.textContent = '';
    for (const group of result.groups) box.appendChild(freqGroup(group));
    if (!result.groups.length) box.appendChild(el('p', { className: 'empty' }, 'Không có từ nào.'));
  });
}

function freqGroup(group) {
  const by = state.freqBy ? `${GROUPS[state.freqBy] || state.freqBy}: ` : '';
  const name = group.group === null ? (by ? `${by}không rõ` : 'Tất cả bài khớp') : `${by}${group.group}`;
  const body = el('tbody');
  group.words.forEach((w, i) => body.appendChild(el('tr', null,
    el('td', { className: 'num' }, String(i + 1)),
    el('td', null, wordLink(w.word)),
    el('td', { className: 'num' }, formatNumber(w.count)),
    el('td', { className: 'num' }, formatNumber(w.docs)),
    el('td', { className: 'num' }, formatDecimal(w.per_10k)))));
  return el('section', { className: 'freq-group', 'data-group': group.group === null ? '' : group.group },
    el('h3', null, name, el('span', { className: 'note' },
      ` · ${formatNumber(group.articles)} bài, ${formatNumber(group.tokens)} từ`)),
    el('div', { className: 'table-wrap' }, el('table', { className: 'data freq' },
      el('thead', null, el('tr', null, el('th', null, '#'), el('th', null, 'Từ'), el('th', null, 'Số lần'),
        el('th', null, 'Số bài'), el('th', null, 'Trên 10.000 từ'))),
      body)));
}

/** A word of a list as a link to searching it (as a phrase) with the same filters. */
function wordLink(word) {
  return el('a', { href: searchHashFor(word.includes(' ') ? `"${word}"` : word), className: 'word' }, word);
}

// ---- collocates --------------------------------------------------------------------------------

function loadCollocates() {
  const body = $('collocates-table').tBodies[0];
  const params = filterParams();
  params.set('window', state.window);
  params.set('min_count', state.minCount);
  params.set('limit', '50');
  params.set('fold', state.fold ? '1' : '0');
  $('collocates-csv').href = `/api/collocates.csv?${params}`;
  if (needsWords('collocates', body, 'từ kết hợp')) return;
  load('collocates', '/api/collocates', params, (result) => {
    body.textContent = '';
    setSummary('collocates', `Từ khóa xuất hiện ${formatNumber(result.node_count)} lần; cửa sổ ±${result.window} từ;`
      + ` xếp theo ${result.measure}`, result.matching);
    result.rows.forEach((row, i) => body.appendChild(el('tr', null,
      el('td', { className: 'num' }, String(i + 1)),
      el('td', null, wordLink(row.word)),
      el('td', { className: 'num' }, formatNumber(row.count)),
      el('td', { className: 'num' }, formatNumber(row.word_count)),
      el('td', { className: 'num' }, formatDecimal(row.score)),
      el('td', { className: 'num' }, formatDecimal(row.mi)))));
    if (!result.rows.length) body.appendChild(el('tr', null, el('td', { colspan: '6', className: 'empty' }, 'Không có từ kết hợp.')));
  });
}
