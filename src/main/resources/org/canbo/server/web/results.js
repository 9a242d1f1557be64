// The search view's lists: hits, pager, facets, active filters, and the home page's overview of the
// collection (totals, figures by category).

import {
  $, el, formatNumber, formatDate, snippetNodes, categoryLabel,
} from './dom.js';
import { state, hasWords, hasFilters, articleHash } from './state.js';

export const DIMENSIONS = [
  ['year', 'Năm'], ['source', 'Nguồn'], ['province', 'Tỉnh/thành'], ['locality', 'Địa phương'],
  ['category', 'Lĩnh vực'], ['document', 'Văn bản'], ['official', 'Cán bộ'],
];
const FACET_SHOWN = 8;
export const PAGE_SIZE = 10;

/** What the lists call back: set by the app once. */
let actions = null;
export function setActions(a) {
  actions = a;
}

const valueLabel = (dim, v) => (dim === 'category' ? categoryLabel(v) : v);

export function renderResults(result) {
  const summary = $('summary');
  summary.textContent = '';
  if (hasWords()) {
    summary.append(`${formatNumber(result.total)} bài cho `, el('q', { className: 'query' }, state.q));
  } else {
    summary.append(`${formatNumber(result.total)} bài`,
      el('span', { className: 'note' }, hasFilters() ? ' khớp bộ lọc' : ' trong bộ sưu tập'));
  }
  if (result.fuzzy) {
    summary.append(el('span', { className: 'note' },
      ' (không có kết quả chính xác; đã cho phép sai một ký tự mỗi từ)'));
  }
  if (result.matching) summary.append(matchingNote(result.matching));
  $('results-title').hidden = hasWords();
  $('results-title').textContent = state.sort === 'oldest' ? 'Bài cũ nhất' : 'Bài mới nhất';
  const list = $('results');
  list.textContent = '';
  list.start = (state.page - 1) * PAGE_SIZE + 1;
  for (const hit of result.hits) list.appendChild(renderHit(hit));
  if (!result.hits.length) list.appendChild(el('li', { className: 'empty' }, 'Không có kết quả.'));
  renderPager(result.total);
}

/** Which matching the server used ("matching" of the API), beside the results it explains. */
export function matchingNote(matching) {
  return el('span', { className: 'matching', title: 'Cách máy chủ so khớp từ khóa' },
    `khớp: ${matching}`);
}

function renderHit(hit) {
  const meta = [formatDate(hit.date), hit.source, hit.locality].filter(Boolean).join(' · ');
  const item = el('li', { className: 'hit' },
    el('h3', null, el('a', { href: articleHash(hit.id, state.q), className: 'hit-title' },
      hit.title || hit.id)),
    el('p', { className: 'meta' }, meta || 'không rõ ngày, nguồn', el('span', { className: 'id' }, hit.id)));
  for (const snippet of hit.snippets) item.appendChild(el('p', { className: 'snippet' }, snippetNodes(snippet)));
  return item;
}

function renderPager(total) {
  const pager = $('pager');
  pager.textContent = '';
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), 1000);
  if (pages <= 1) return;
  pager.append(el('button', { type: 'button', disabled: state.page <= 1 ? '' : null, onclick: () => actions.page(state.page - 1) }, '‹ Trước'),
    el('span', null, ` Trang ${state.page} / ${pages} `),
    el('button', { type: 'button', disabled: state.page >= pages ? '' : null, onclick: () => actions.page(state.page + 1) }, 'Sau ›'));
}

// ---- facets and filters ------------------------------------------------------------------------

export function renderFacets(facets) {
  const box = $('facets');
  box.textContent = '';
  for (const [dim, label] of DIMENSIONS) {
    let entries = Object.entries(facets[dim] || {});
    if (dim === 'year') entries = entries.sort((a, b) => b[0].localeCompare(a[0]));
    const selected = state.facets[dim] || [];
    if (!entries.length && !selected.length) continue;
    const list = el('ul', { className: 'facet-values' });
    entries.forEach(([value, count], i) => {
      const active = selected.includes(value);
      list.appendChild(el('li', { className: i >= FACET_SHOWN && !active ? 'extra' : null },
        el('button', {
          type: 'button', className: `facet-value${active ? ' active' : ''}`,
          'data-dim': dim, 'data-value': value, 'aria-pressed': String(active),
          title: dim === 'category' ? value : null,
          onclick: () => actions.toggleFacet(dim, value),
        }, el('span', { className: 'facet-label' }, valueLabel(dim, value)),
        el('span', { className: 'count' }, formatNumber(count)))));
    });
    const section = el('section', { className: 'facet', 'data-dim': dim }, el('h3', null, label), list);
    if (entries.length > FACET_SHOWN) {
      section.classList.add('collapsed');
      section.appendChild(el('button', {
        type: 'button', className: 'link-button more',
        onclick: (e) => {
          const collapsed = section.classList.toggle('collapsed');
          e.target.textContent = collapsed ? `Xem thêm (${entries.length - FACET_SHOWN})` : 'Thu gọn';
        },
      }, `Xem thêm (${entries.length - FACET_SHOWN})`));
    }
    box.appendChild(section);
  }
}

export function renderActiveFilters() {
  const box = $('active-filters');
  box.textContent = '';
  const chips = [];
  for (const [dim, label] of DIMENSIONS) {
    for (const value of state.facets[dim] || []) {
      chips.push(chip(`${label}: ${valueLabel(dim, value)}`, () => actions.toggleFacet(dim, value)));
    }
  }
  for (const f of state.figures) chips.push(chip(`Số liệu: ${f}`, () => actions.removeFigure(f)));
  box.hidden = !chips.length;
  const count = chips.length ? ` (${chips.length})` : '';
  $('filters-toggle').textContent = `Bộ lọc${count} ▾`;
  if (!chips.length) return;
  box.append(el('h3', null, 'Đang lọc'), ...chips, el('button', {
    type: 'button', className: 'link-button', onclick: () => actions.clearFilters(),
  }, 'Bỏ tất cả'));
}

function chip(text, remove) {
  return el('button', { type: 'button', className: 'chip', title: 'Bỏ bộ lọc này', onclick: remove },
    text, el('span', { className: 'x', 'aria-hidden': 'true' }, ' ×'));
}

// ---- home: the collection at a glance ----------------------------------------------------------

/** Totals and figures by category, from the facets of every article. */
export function renderOverview(result) {
  const facets = result.facets || {};
  const years = Object.keys(facets.year || {}).filter((y) => /^\d{4}$/.test(y)).sort();
  const parts = [`${formatNumber(result.total)} bài`];
  if (years.length) parts.push(years.length > 1 ? `từ ${years[0]} đến ${years[years.length - 1]}` : `năm ${years[0]}`);
  const sources = Object.keys(facets.source || {}).length;
  const provinces = Object.keys(facets.province || {}).length;
  if (sources) parts.push(`${formatNumber(sources)} nguồn`);
  if (provinces) parts.push(`${formatNumber(provinces)} tỉnh/thành`);
  $('collection').textContent = `Bộ sưu tập: ${parts.join(', ')}.`;

  const list = $('overview-list');
  list.textContent = '';
  const rows = Object.entries(facets.category || {}).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...rows.map((r) => r[1]));
  for (const [code, count] of rows) {
    const bar = el('span', { className: 'overview-bar' });
    bar.style.width = `${Math.round((100 * count) / max)}%`;
    list.appendChild(el('li', { 'data-category': code },
      el('a', { href: `#facet.category=${encodeURIComponent(code)}&tab=figures`, className: 'overview-label', title: code },
        categoryLabel(code)),
      el('span', { className: 'overview-track' }, bar),
      el('span', { className: 'count' }, `${formatNumber(count)} bài`)));
  }
  if (!rows.length) list.appendChild(el('li', { className: 'empty' }, 'Chưa có số liệu nào được trích.'));
}
