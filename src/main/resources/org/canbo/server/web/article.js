// The article view: citation metadata, permalink and original link, the text with the query's words
// marked and the extracted figures, officials, places and documents highlighted and listed.

import {
  $, el, api, formatDate, formatPeriod, categoryLabel, safeHttpUrl,
} from './dom.js';
import { articleHash, hasWords } from './state.js';

const KINDS = [
  ['figure', 'figures', 'Số liệu'], ['official', 'officials', 'Cán bộ'],
  ['place', 'places', 'Địa danh'], ['document', 'documents', 'Văn bản được dẫn'],
];
const ROLES = { value: 'giá trị', target: 'chỉ tiêu', delta: 'tăng/giảm' };

/** Loads and shows an article; q marks its words, at (a UTF-16 offset) is scrolled to. */
export async function showArticle(id, q, at) {
  const params = hasWords(q) ? new URLSearchParams({ q: q.trim() }) : null;
  const article = await api(`/api/articles/${encodeURIComponent(id)}`, params);
  $('article-title').textContent = article.title || article.id;
  $('article-meta').textContent = [formatDate(article.date), article.source, article.author, article.locality, article.id]
    .filter(Boolean).join(' · ');
  document.title = `${article.title || article.id} · canbo`;
  renderLinks(article);
  $('legend-match').hidden = !(article.matches && article.matches.length);
  const focus = renderText(article, at);
  renderAnnotationLists(article, q);
  return focus;
}

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
function renderText(article, at) {
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
    const node = el('span', { className: `ann ann-${s.type}`, id: `ann-${s.type}-${s.index}` });
    appendMarked(node, s.start, s.end);
    if (String(s.start) === String(at)) focusSpan ||= node;
    box.appendChild(node);
    pos = s.end;
  }
  appendMarked(box, pos, text.length);
  return focusMark || focusSpan;
}

function renderAnnotationLists(article, q) {
  const box = $('annotations');
  box.textContent = '';
  for (const [type, key, label] of KINDS) {
    const items = article[key] || [];
    const list = el('ul', null);
    items.forEach((a, i) => list.appendChild(el('li', null, el('a', {
      href: articleHash(article.id, q, a.start), className: `ann-link ann-${type}`,
      onclick: (e) => {
        e.preventDefault();
        history.replaceState(history.state, '', articleHash(article.id, q, a.start));
        flash($(`ann-${type}-${i}`));
      },
    }, annotationLabel(type, a)), annotationDetail(type, a))));
    if (!items.length) list.appendChild(el('li', { className: 'empty' }, 'Không có.'));
    box.appendChild(el('section', { className: 'ann-list', 'data-type': type }, el('h3', null, `${label} (${items.length})`), list));
  }
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
    detail = [categoryLabel(a.category), ROLES[a.role] || a.role, period].filter(Boolean).join(' · ');
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
