// The review queue of the figures tab: the current search's figures, lowest confidence first, one at
// a time, with keyboard shortcuts (c confirm, r reject, j/n next, k previous, e open in the article)
// and the progress of the whole selection ("Đã duyệt 312 / 1.204 số liệu").

import {
  $, el, ROLE_LABELS, api, formatNumber, formatDecimal, formatPeriod, categoryLabel,
} from './dom.js';
import { state, filterParams, articleHash } from './state.js';
import { STATUS_LABELS, postReview, reviewOf } from './review.js';

const queue = { rows: [], at: 0, total: 0, reviewed: 0, truncated: false, seq: 0 };

/** Loads the queue for the current search and shows its first unreviewed figure. */
export async function loadQueue() {
  const seq = ++queue.seq;
  const params = filterParams();
  params.set('sort', 'confidence');
  params.set('include_rejected', '1');
  $('queue-progress').textContent = 'Đang tải…';
  try {
    const body = await api('/api/figures', params);
    if (seq !== queue.seq) return;
    Object.assign(queue, {
      rows: body.rows, total: body.rows_total, reviewed: body.reviewed, truncated: body.truncated,
    });
    const first = queue.rows.findIndex((r) => r.status === 'auto');
    queue.at = first < 0 ? 0 : first;
    render();
  } catch (e) {
    if (seq === queue.seq) $('queue-progress').textContent = e.message;
  }
}

function render() {
  $('queue-progress').textContent = `Đã duyệt ${formatNumber(queue.reviewed)} / ${formatNumber(queue.total)} số liệu`
    + (queue.truncated ? ` (hàng đợi: ${formatNumber(queue.rows.length)} số liệu ít tin cậy nhất)` : '');
  const card = $('queue-card');
  card.textContent = '';
  $('queue-error').hidden = true;
  const row = queue.rows[queue.at];
  if (!row) {
    card.appendChild(el('p', { className: 'empty' }, 'Không có số liệu nào để duyệt.'));
    return;
  }
  Object.assign(card.dataset, { doc: row.doc, start: row.start, end: row.end, status: row.status });
  card.append(
    el('p', { className: 'queue-position' }, `Số liệu ${formatNumber(queue.at + 1)} / ${formatNumber(queue.rows.length)}`,
      ` · độ tin cậy ${formatDecimal(row.confidence)} · `,
      el('span', { className: `status status-${row.status}` }, STATUS_LABELS[row.status] || row.status),
      row.reviewer ? el('span', { className: 'reviewed-by' }, ` ${row.reviewer}`) : null),
    el('p', { className: 'queue-sentence' }, ...sentenceParts(row)),
    el('p', { className: 'queue-values' }, [
      `${row.value ?? ''}${row.unit ? ` ${row.unit}` : ''}`, categoryLabel(row.category), ROLE_LABELS[row.role] || row.role,
      formatPeriod(row.period_start, row.period_end, row.period_text), row.scope,
    ].filter(Boolean).join(' · ')),
    el('p', { className: 'meta' }, el('a', { href: articleHash(row.doc, state.q, row.start), id: 'queue-open' },
      row.title || row.doc), ' — sửa hay thêm số liệu trong bài (e)'));
}

/** The sentence with the figure's text marked (its first occurrence: rows carry no sentence offset). */
function sentenceParts(row) {
  const sentence = row.sentence_text || row.text;
  const i = sentence.indexOf(row.text);
  if (i < 0) return [sentence];
  return [sentence.slice(0, i), el('mark', { className: 'ann-figure' }, row.text), sentence.slice(i + row.text.length)];
}

function move(step) {
  queue.at = Math.max(0, Math.min(queue.rows.length - 1, queue.at + step));
  render();
}

async function act(action) {
  const row = queue.rows[queue.at];
  if (!row) return;
  try {
    const answer = await postReview(reviewOf(row.doc, 'figure', row, action));
    if (row.status === 'auto') queue.reviewed++;
    row.status = answer.status;
    row.reviewer = answer.review.reviewer;
    if (queue.at < queue.rows.length - 1) queue.at++;
    render();
  } catch (e) {
    $('queue-error').textContent = e.message;
    $('queue-error').hidden = false;
  }
}

const KEYS = {
  c: () => act('confirm'), r: () => act('reject'), j: () => move(1), n: () => move(1), k: () => move(-1),
  e: () => { const link = $('queue-open'); if (link) link.click(); },
};

/** Whether the queue is what the page shows (shortcuts act only then). */
const queueShown = () => document.body.dataset.view === 'search' && !$('tab-figures').hidden && !$('queue').hidden;

/** Wires the buttons and the keyboard shortcuts once. */
export function wireQueue(onToggle) {
  for (const button of document.querySelectorAll('#queue [data-key]')) {
    button.addEventListener('click', () => KEYS[button.dataset.key]());
  }
  $('queue-toggle').addEventListener('click', () => {
    state.queue = state.queue ? '' : '1';
    onToggle();
  });
  document.addEventListener('keydown', (e) => {
    if (!queueShown() || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest && e.target.closest('input, select, textarea')) return;
    const run = KEYS[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  });
}

/** Shows the queue or the table in the figures tab, per the state; true when the queue is shown. */
export function showQueueOrTable() {
  const on = Boolean(state.queue);
  $('queue').hidden = !on;
  $('figures-wrap').hidden = on;
  $('queue-toggle').textContent = on ? 'Xem bảng' : 'Duyệt lần lượt';
  $('queue-toggle').setAttribute('aria-pressed', String(on));
  return on;
}
