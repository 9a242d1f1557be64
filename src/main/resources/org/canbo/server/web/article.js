// The article view: citation metadata, permalink and original link, the text with the query's words
// marked and the extracted figures, officials, places and documents highlighted and listed.

import {
  $, el, ROLE_LABELS, api, formatDate, formatPeriod, categoryLabel, safeHttpUrl,
} from './dom.js';
import { articleHash, hasWords } from './state.js';
import {
  REVIEW_TYPES, STATUS_LABELS, postReview, reviewOf, reviewForm, reviewedBy, reviewSession,
} from './review.js';

const KINDS = [
  ['figure', 'figures', 'Số liệu'], ['official', 'officials', 'Cán bộ'],
  ['place', 'places', 'Địa danh'], ['document', 'documents', 'Văn bản được dẫn'],
];

let current = null; // {id, q} of the article shown, for re-showing it after a review

/**
 * Loads and shows an article (with its reviews applied and each item's review status, when the
 * server takes reviews); q marks its words, at (a UTF-16 offset) is scrolled to.
 */
export async function showArticle(id, q, at) {
  const params = new URLSearchParams({ reviewed: '1' });
  if (hasWords(q)) params.set('q', q.trim());
  const [article, reviews] = await Promise.all([
    api(`/api/articles/${encodeURIComponent(id)}`, params),
    api('/api/reviews', new URLSearchParams({ doc: id })).catch(() => null), // null: read-only server
  ]);
  current = { id, q };
  $('article-title').textContent = article.title || article.id;
  $('article-meta').textContent = [formatDate(article.date), article.source, article.author, article.locality, article.id]
    .filter(Boolean).join(' · ');
  document.title = `${article.title || article.id} · canbo`;
  renderLinks(article);
  $('legend-match').hidden = !(article.matches && article.matches.length);
  const marks = reviews ? marksOf(reviews) : null;
  const focus = renderText(article, at, marks);
  renderAnnotationLists(article, q, marks);
  renderStale(reviews);
  $('selection-tools').hidden = true;
  $('article-text').dataset.reviewable = String(Boolean(reviews));
  document.querySelector('.review-hint').hidden = !reviews;
  return focus;
}

/** Shows the article again after a review, where the reader was. */
async function reshow() {
  const y = window.scrollY;
  await showArticle(current.id, current.q, null);
  window.scrollTo(0, y);
}

/** Review marks by "type:start:end" (the API's type names). */
function marksOf(reviews) {
  const marks = new Map();
  for (const m of reviews.items) marks.set(`${m.type}:${m.start}:${m.end}`, m);
  return marks;
}

const markOf = (marks, kind, a) => (marks && marks.get(`${REVIEW_TYPES[kind]}:${a.start}:${a.end}`))
  || { status: 'auto' };

/** The permalink of the current view's article, absolute (for citing and new tabs). */
const permalinkOf = (id) => `${location.origin}${location.pathname}${articleHash(id)}`;

function renderLinks(article) {
  const links = $('article-links');
  links.textContent = '';
  const permalink = permalinkOf(article.id);
  const copy = el('button', { type: 'button', id: 'copy-link', className: 'link-button' }, 'Chép liên kết');
  copy.addEventListener('click', () => copyText(permalink, copy));
  links.append(el('a', { href: permalink, id: 'permalink', target: '_blank', rel: 'noopener' },
    'Liên kết cố định ↗'), ' ', copy);
  const url = safeHttpUrl(article.url);
  if (url) {
    links.append(' · ', el('a', { href: url, id: 'original-link', target: '_blank', rel: 'noopener noreferrer' },
      'Bài gốc ↗'));
  }
  const where = [article.source, formatDate(article.date)].filter(Boolean).join(', ');
  $('article-cite').textContent = `Trích dẫn: ${[article.title || article.id, where, url || `mã bài ${article.id}`]
    .filter(Boolean).join('. ')}.`;
}

async function copyText(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Đã chép';
  } catch (e) {
    button.textContent = 'Không chép được: dùng “Liên kết cố định”';
  }
}

/** Non-overlapping annotation spans in text order (a longer span wins over one inside it). */
function spansOf(article) {
  const spans = [];
  for (const [type, key] of KINDS) {
    (article[key] || []).forEach((a, i) => {
      if (a.end > a.start && a.end <= article.text.length) spans.push({ type, start: a.start, end: a.end, index: i });
    });
  }
  spans.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept = [];
  let end = 0;
  for (const s of spans) {
    if (s.start >= end) { kept.push(s); end = s.end; }
  }
  return kept;
}

/**
 * The text as annotation spans with the query's matches as <mark>s inside them (a match across
 * an annotation's edge is marked in two pieces); returns the node at offset `at`, if any.
 */
function renderText(article, at, reviewMarks) {
  const { text } = article;
  const marks = (article.matches || []).filter((m) => m.end > m.start && m.end <= text.length);
  const box = $('article-text');
  box.textContent = '';
  let next = 0; // first mark that may still reach the current piece
  let focusMark = null;
  const appendMarked = (parent, from, to) => {
    while (next < marks.length && marks[next].end <= from) next++;
    let pos = from;
    for (let j = next; j < marks.length && marks[j].start < to; j++) {
      const s = Math.max(marks[j].start, from);
      const e = Math.min(marks[j].end, to);
      if (s > pos) parent.append(text.slice(pos, s));
      const mark = el('mark', { className: 'ann-match' }, text.slice(s, e));
      if (String(marks[j].start) === String(at) && s === marks[j].start) focusMark ||= mark;
      parent.append(mark);
      pos = e;
    }
    if (pos < to) parent.append(text.slice(pos, to));
  };
  let pos = 0;
  let focusSpan = null;
  for (const s of spansOf(article)) {
    if (s.start > pos) appendMarked(box, pos, s.start);
    const item = article[KINDS.find((k) => k[0] === s.type)[1]][s.index];
    const status = REVIEW_TYPES[s.type] ? markOf(reviewMarks, s.type, item).status : 'auto';
    const node = el('span', {
      className: `ann ann-${s.type}${status === 'rejected' ? ' ann-rejected' : ''}`, id: `ann-${s.type}-${s.index}`,
    });
    appendMarked(node, s.start, s.end);
    if (String(s.start) === String(at)) focusSpan ||= node;
    box.appendChild(node);
    pos = s.end;
  }
  appendMarked(box, pos, text.length);
  return focusMark || focusSpan;
}

function renderAnnotationLists(article, q, marks) {
  const box = $('annotations');
  box.textContent = '';
  for (const [type, key, label] of KINDS) {
    const items = article[key] || [];
    const list = el('ul', null);
    items.forEach((a, i) => {
      const li = el('li', null, el('a', {
        href: articleHash(article.id, q, a.start), className: `ann-link ann-${type}`,
        onclick: (e) => {
          e.preventDefault();
          history.replaceState(history.state, '', articleHash(article.id, q, a.start));
          flash($(`ann-${type}-${i}`));
        },
      }, annotationLabel(type, a)), annotationDetail(type, a));
      if (marks && REVIEW_TYPES[type]) reviewLine(li, article.id, type, a, markOf(marks, type, a));
      list.appendChild(li);
    });
    if (!items.length) list.appendChild(el('li', { className: 'empty' }, 'Không có.'));
    box.appendChild(el('section', { className: 'ann-list', 'data-type': type }, el('h3', null, `${label} (${items.length})`), list));
  }
}

/** An item's status, reviewer and time, and its confirm / correct / reject actions. */
function reviewLine(li, doc, kind, item, mark) {
  Object.assign(li.dataset, { start: item.start, end: item.end, status: mark.status });
  li.classList.add('review-item', `status-${mark.status}`);
  const slot = el('div', { className: 'review-slot' });
  const open = (mode) => {
    slot.textContent = '';
    slot.appendChild(reviewForm({
      kind, item, mode,
      send: (fields, note) => postReview(reviewOf(doc, kind, item, mode, fields, note)),
      done: reshow,
      cancel: () => { slot.textContent = ''; },
    }));
    const first = slot.querySelector('input, select');
    if (first) first.focus();
  };
  const error = el('span', { className: 'review-error', role: 'alert', hidden: '' });
  const confirm = async () => {
    try {
      await postReview(reviewOf(doc, kind, item, 'confirm'));
      await reshow();
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  };
  const by = reviewedBy(mark);
  li.append(el('div', { className: 'review-line' },
    el('span', { className: `status status-${mark.status}`, title: mark.note || null }, STATUS_LABELS[mark.status] || mark.status),
    by ? el('span', { className: 'reviewed-by' }, by) : null,
    mark.note ? el('span', { className: 'review-note' }, `“${mark.note}”`) : null,
    el('span', { className: 'review-actions' },
      el('button', { type: 'button', 'data-action': 'confirm', onclick: confirm }, 'Xác nhận'),
      el('button', { type: 'button', 'data-action': 'correct', onclick: () => open('correct') }, 'Sửa'),
      el('button', { type: 'button', 'data-action': 'reject', onclick: () => open('reject') }, 'Loại')),
    error), slot);
}

/** Reviews that no longer fit the article's text or items: listed, never dropped. */
function renderStale(reviews) {
  if (!reviews || !reviews.stale.length) return;
  const list = el('ul', null);
  for (const s of reviews.stale) {
    list.appendChild(el('li', null, `${s.review.action} “${s.review.text || ''}” (${s.review.start}–${s.review.end}): `,
      el('span', { className: 'detail' }, `${s.field}: ${s.reason}`)));
  }
  $('annotations').appendChild(el('section', { className: 'ann-list stale', 'data-type': 'stale' },
    el('h3', null, `Bản duyệt không còn khớp (${reviews.stale.length})`), list));
}

// ---- adding a missed item from a selection of the text ----------------------------------------

let selected = null; // {start, end, text} of the last selection inside the article text

/** The selection's UTF-16 offsets in the article text (the box holds exactly the text), trimmed. */
function selectionOffsets() {
  const box = $('article-text');
  const sel = window.getSelection();
  if (!sel.rangeCount || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(box);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const start = before.toString().length + (raw.length - raw.trimStart().length);
  const text = raw.trim();
  return text ? { start, end: start + text.length, text } : null;
}

function onSelection() {
  if ($('article-view').hidden || $('article-text').dataset.reviewable !== 'true') return;
  const s = selectionOffsets();
  // A selection elsewhere (say in the add form) keeps the last one; the same one keeps its form.
  if (!s || (selected && s.start === selected.start && s.end === selected.end && !$('selection-tools').hidden)) return;
  selected = s;
  $('selection-text').textContent = s.text;
  $('selection-tools').dataset.start = s.start;
  $('selection-tools').dataset.end = s.end;
  $('selection-form').textContent = '';
  $('selection-tools').hidden = false;
}

/** A guess of the selection's number ("1.204", "12,5") for the add form's value. */
function numberIn(text) {
  const m = /\d+(?:\.\d{3})*(?:,\d+)?/.exec(text);
  return m ? Number(m[0].replace(/\./g, '').replace(',', '.')) : null;
}

function openAdd(kind) {
  if (!selected || !current) return;
  const s = selected;
  const guess = {
    figure: { value: numberIn(s.text), kind: 'count', role: 'value' },
    official: { name: s.text },
    document: { doc_type: null },
  }[kind];
  const slot = $('selection-form');
  slot.textContent = '';
  slot.appendChild(reviewForm({
    kind, item: { start: s.start, end: s.end, ...guess }, mode: 'add',
    send: (fields) => postReview(reviewOf(current.id, kind, s, 'add', fields)),
    done: reshow,
    cancel: () => { $('selection-tools').hidden = true; },
  }));
}

/** Wires the selection tools once (the page calls it at start). */
export function wireReviews() {
  document.addEventListener('selectionchange', onSelection);
  for (const button of document.querySelectorAll('#selection-tools [data-add]')) {
    button.addEventListener('click', () => openAdd(button.dataset.add));
  }
  reviewSession().then((s) => {
    if (s) $('reviewer-name').textContent = s.reviewer;
  }).catch(() => {});
}

function annotationLabel(type, a) {
  if (type === 'official') return a.name;
  if (type === 'place') return a.text || a.name;
  return a.text || a.key || '';
}

function annotationDetail(type, a) {
  let detail;
  if (type === 'figure') {
    const period = a.period ? formatPeriod(a.period.start, a.period.end, a.period_text) : a.period_text;
    detail = [categoryLabel(a.category), ROLE_LABELS[a.role] || a.role, period].filter(Boolean).join(' · ');
  } else if (type === 'official') detail = [(a.titles || []).join('; '), a.province].filter(Boolean).join(' · ');
  else if (type === 'place') detail = [a.name, a.province].filter(Boolean).join(', ');
  else detail = [a.issuer, formatDate(a.date)].filter(Boolean).join(' · ');
  return detail ? el('span', { className: 'detail' }, detail) : null;
}

/** Scrolls to a highlighted node and outlines it (none when another annotation covers it). */
export function flash(node, smooth = true) {
  if (!node) return;
  node.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  node.classList.remove('focus');
  void node.offsetWidth; // restart the animation
  node.classList.add('focus');
}
