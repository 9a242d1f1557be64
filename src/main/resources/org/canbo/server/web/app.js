// canbo research page. Plain JS, no build step. Every piece of document text reaches the page
// through textContent / text nodes; snippets are rebuilt from the API's escaped HTML, never parsed.
'use strict';

(() => {
  const DIMENSIONS = [
    ['year', 'Năm'], ['source', 'Nguồn'], ['province', 'Tỉnh/thành'], ['locality', 'Địa phương'],
    ['category', 'Lĩnh vực'], ['document', 'Văn bản'], ['official', 'Cán bộ'],
  ];
  const CATEGORIES = {
    appointment: 'Bổ nhiệm', discipline: 'Kỷ luật', evaluation: 'Đánh giá, xếp loại',
    nomination: 'Giới thiệu, ứng cử', nonlocal_leader: 'Bí thư không là người địa phương',
    other: 'Khác', party_membership: 'Đảng viên', planning: 'Quy hoạch',
    position_change: 'Thay đổi vị trí', qualification: 'Trình độ', recruitment: 'Tuyển dụng',
    rotation: 'Luân chuyển', staffing: 'Biên chế', training: 'Đào tạo', transfer: 'Điều động',
  };
  const ROLES = { value: 'giá trị', target: 'chỉ tiêu', delta: 'tăng/giảm' };
  const FACET_SHOWN = 8;
  const PAGE_SIZE = 10;

  const state = {
    q: '', sort: 'relevance', page: 1, facets: {}, figures: [], tab: 'results', trendBy: 'year',
    kwicSort: 'doc',
  };
  let lastHash = null;
  let searchSeq = 0;

  const $ = (id) => document.getElementById(id);

  /** An element with attributes/properties and children (strings become text nodes). */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null) continue;
      if (key === 'className' || key === 'title' || key === 'href' || key === 'type') node[key] = value;
      else if (key === 'onclick') node.addEventListener('click', value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const categoryLabel = (c) => (CATEGORIES[c] ? `${CATEGORIES[c]} (${c})` : c);
  const valueLabel = (dim, v) => (dim === 'category' ? categoryLabel(v) : v);
  const formatNumber = (n) => Number(n).toLocaleString('vi-VN');

  // ---- API -------------------------------------------------------------------------------------

  /** The filters of the current search as request parameters. */
  function filterParams() {
    const p = new URLSearchParams();
    p.set('q', state.q);
    for (const [dim, values] of Object.entries(state.facets)) {
      for (const v of values) p.append(`facet.${dim}`, v);
    }
    for (const f of state.figures) p.append('figure', f);
    return p;
  }

  async function api(path, params) {
    const response = await fetch(params ? `${path}?${params}` : path,
      { headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      throw new Error(body && body.error ? body.error : `Lỗi máy chủ (HTTP ${response.status})`);
    }
    return body;
  }

  function showError(message) {
    const box = $('error');
    box.textContent = message;
    box.hidden = !message;
  }

  // ---- URL state -------------------------------------------------------------------------------

  function toHash() {
    const p = filterParams();
    if (state.sort !== 'relevance') p.set('sort', state.sort);
    if (state.page > 1) p.set('page', state.page);
    if (state.tab !== 'results') p.set('tab', state.tab);
    return `#${p}`;
  }

  function fromHash(hash) {
    const p = new URLSearchParams(hash.replace(/^#/, ''));
    state.q = p.get('q') || '';
    state.sort = p.get('sort') || 'relevance';
    state.page = Math.max(1, parseInt(p.get('page') || '1', 10) || 1);
    state.tab = ['results', 'figures', 'kwic'].includes(p.get('tab')) ? p.get('tab') : 'results';
    state.facets = {};
    for (const [key, value] of p.entries()) {
      if (key.startsWith('facet.')) (state.facets[key.slice(6)] ||= []).push(value);
    }
    state.figures = p.getAll('figure');
  }

  // ---- search ----------------------------------------------------------------------------------

  /** Runs the current search; false when the server refused it (the error is shown). */
  async function search() {
    if (!state.q.trim()) {
      showError('Nhập từ khóa để tìm kiếm.');
      return false;
    }
    const seq = ++searchSeq;
    $('q').value = state.q;
    $('sort').value = state.sort;
    const params = filterParams();
    params.set('page', state.page);
    params.set('limit', PAGE_SIZE);
    params.set('sort', state.sort);
    document.body.classList.add('busy');
    try {
      const result = await api('/api/search', params);
      if (seq !== searchSeq) return true; // a newer search has started
      showError('');
      lastHash = toHash();
      if (location.hash !== lastHash) history.pushState(null, '', lastHash);
      renderResults(result);
      performance.mark('results-rendered');
      renderFacets(result.facets || {});
      renderActiveFilters();
      showView('search');
      selectTab(state.tab);
      loadTrend();
      return true;
    } catch (e) {
      if (seq === searchSeq) showError(e.message);
      return false;
    } finally {
      if (seq === searchSeq) document.body.classList.remove('busy');
    }
  }

  function renderResults(result) {
    const total = result.total;
    const summary = $('summary');
    summary.textContent = '';
    summary.append(`${formatNumber(total)} bài cho `, el('q', { className: 'query' }, state.q));
    if (result.fuzzy) {
      summary.append(el('span', { className: 'note' },
        ' (không có kết quả chính xác; đã cho phép sai một ký tự mỗi từ)'));
    }
    const list = $('results');
    list.textContent = '';
    list.start = (state.page - 1) * PAGE_SIZE + 1;
    for (const hit of result.hits) list.appendChild(renderHit(hit));
    if (!result.hits.length) list.appendChild(el('li', { className: 'empty' }, 'Không có kết quả.'));
    renderPager(total);
  }

  function renderHit(hit) {
    const meta = [hit.date, hit.source, hit.locality].filter(Boolean).join(' · ');
    const item = el('li', { className: 'hit' },
      el('h3', null, el('a', {
        href: `#article=${encodeURIComponent(hit.id)}`, className: 'hit-title',
        onclick: (e) => { e.preventDefault(); openArticle(hit.id); },
      }, hit.title || hit.id)),
      el('p', { className: 'meta' }, meta || 'không rõ ngày, nguồn', el('span', { className: 'id' }, hit.id)));
    for (const snippet of hit.snippets) item.appendChild(el('p', { className: 'snippet' }, snippetNodes(snippet)));
    return item;
  }

  const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

  /** Decodes the few entities the server's escaper writes (&amp; &lt; &gt; &quot; &#x27; &#NN;). */
  function decodeEntities(s) {
    return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    });
  }

  /** A snippet's text and <mark>s as DOM nodes; anything else that looks like a tag stays text. */
  function snippetNodes(html) {
    const fragment = document.createDocumentFragment();
    let marked = false;
    for (const part of html.split(/(<mark>|<\/mark>)/)) {
      if (part === '<mark>') marked = true;
      else if (part === '</mark>') marked = false;
      else if (part) {
        const text = decodeEntities(part);
        fragment.appendChild(marked ? el('mark', null, text) : document.createTextNode(text));
      }
    }
    return fragment;
  }

  function renderPager(total) {
    const pager = $('pager');
    pager.textContent = '';
    const pages = Math.min(Math.ceil(total / PAGE_SIZE), 1000);
    if (pages <= 1) return;
    const go = (page) => () => { state.page = page; search(); };
    pager.append(el('button', { type: 'button', disabled: state.page <= 1 ? '' : null, onclick: go(state.page - 1) }, '‹ Trước'),
      el('span', null, ` Trang ${state.page} / ${pages} `),
      el('button', { type: 'button', disabled: state.page >= pages ? '' : null, onclick: go(state.page + 1) }, 'Sau ›'));
  }

  // ---- facets and filters ----------------------------------------------------------------------

  function renderFacets(facets) {
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
            onclick: () => toggleFacet(dim, value),
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

  function toggleFacet(dim, value) {
    const values = state.facets[dim] || [];
    state.facets[dim] = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
    if (!state.facets[dim].length) delete state.facets[dim];
    state.page = 1;
    search();
  }

  function renderActiveFilters() {
    const box = $('active-filters');
    box.textContent = '';
    const chips = [];
    for (const [dim, label] of DIMENSIONS) {
      for (const value of state.facets[dim] || []) {
        chips.push(chip(`${label}: ${valueLabel(dim, value)}`, () => toggleFacet(dim, value)));
      }
    }
    for (const f of state.figures) {
      chips.push(chip(`Số liệu: ${f}`, () => {
        state.figures = state.figures.filter((x) => x !== f);
        state.page = 1;
        search();
      }));
    }
    box.hidden = !chips.length;
    if (!chips.length) return;
    box.append(el('h3', null, 'Đang lọc'), ...chips, el('button', {
      type: 'button', className: 'link-button',
      onclick: () => { state.facets = {}; state.figures = []; state.page = 1; search(); },
    }, 'Bỏ tất cả'));
  }

  function chip(text, remove) {
    return el('button', { type: 'button', className: 'chip', title: 'Bỏ bộ lọc này', onclick: remove },
      text, el('span', { className: 'x', 'aria-hidden': 'true' }, ' ×'));
  }

  // ---- trend chart -----------------------------------------------------------------------------

  async function loadTrend() {
    const params = filterParams();
    params.set('by', state.trendBy);
    const chart = $('chart');
    try {
      const trend = await api('/api/trend', params);
      chart.textContent = '';
      chart.appendChild(trendChart(trend));
    } catch (e) {
      chart.textContent = e.message;
    }
  }

  /** The periods between the first and the last with matches, gaps filled with zero. */
  function fillPeriods(periods, by) {
    if (!periods.length) return [];
    const counts = new Map(periods.map((p) => [p.period, p.articles]));
    const out = [];
    const [y0, m0] = periods[0].period.split('-').map(Number);
    const [y1, m1] = periods[periods.length - 1].period.split('-').map(Number);
    for (let y = y0, m = m0 || 1; y < y1 || (y === y1 && (by === 'year' || m <= m1)); ) {
      const key = by === 'year' ? String(y).padStart(4, '0') : `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
      out.push([key, counts.get(key) || 0]);
      if (out.length > 400) break; // a runaway range; the chart would be unreadable anyway
      if (by === 'year') y++;
      else if (++m > 12) { m = 1; y++; }
    }
    return out;
  }

  function trendChart(trend) {
    const points = fillPeriods(trend.periods, state.trendBy);
    if (trend.unknown && trend.unknown.articles) points.push(['không rõ', trend.unknown.articles]);
    const width = 640;
    const height = 150;
    const base = height - 22;
    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'trend-svg', role: 'img',
      'aria-label': `Số bài theo ${state.trendBy === 'year' ? 'năm' : 'tháng'}` });
    if (!points.length) {
      root.appendChild(svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'axis' }, 'Không có dữ liệu'));
      return root;
    }
    const max = Math.max(1, ...points.map((p) => p[1]));
    const slot = width / points.length;
    const bar = Math.max(2, Math.min(48, slot * 0.7));
    const labelEvery = Math.ceil(points.length / 16);
    root.appendChild(svg('line', { x1: 0, y1: base + 0.5, x2: width, y2: base + 0.5, class: 'baseline' }));
    points.forEach(([period, count], i) => {
      const h = Math.round((base - 16) * count / max);
      const x = i * slot + (slot - bar) / 2;
      const group = svg('g', { class: `bar${period === 'không rõ' ? ' unknown' : ''}`, 'data-period': period });
      group.appendChild(svg('title', {}, `${period}: ${count} bài`));
      group.appendChild(svg('rect', { x: x.toFixed(1), y: base - h, width: bar.toFixed(1), height: Math.max(h, count ? 1 : 0) }));
      if (count) group.appendChild(svg('text', { x: (x + bar / 2).toFixed(1), y: base - h - 3, 'text-anchor': 'middle', class: 'value' }, String(count)));
      if (i % labelEvery === 0) group.appendChild(svg('text', { x: (x + bar / 2).toFixed(1), y: height - 6, 'text-anchor': 'middle', class: 'axis' }, period));
      if (state.trendBy === 'year' && /^\d{4}$/.test(period) && count) {
        group.classList.add('clickable');
        group.addEventListener('click', () => toggleFacet('year', period));
      }
      root.appendChild(group);
    });
    return root;
  }

  // ---- tabs: figures and concordance -----------------------------------------------------------

  function selectTab(tab) {
    state.tab = tab;
    for (const button of document.querySelectorAll('.tab')) {
      const active = button.dataset.tab === tab;
      button.classList.toggle('active', active);
      button.setAttribute('aria-selected', String(active));
    }
    for (const name of ['results', 'figures', 'kwic']) $(`tab-${name}`).hidden = name !== tab;
    if (tab === 'figures') loadFigures();
    if (tab === 'kwic') loadKwic();
  }

  async function loadFigures() {
    const params = filterParams();
    $('csv-link').href = `/api/export.csv?${params}&dataset=figures`;
    const body = $('figures-table').tBodies[0];
    try {
      const table = await api('/api/figures', params);
      body.textContent = '';
      $('figures-summary').textContent = `${formatNumber(table.rows.length)} số liệu trong ${formatNumber(table.articles)} bài`
        + (table.truncated ? ' (chỉ hiện phần đầu; tải CSV để có đủ)' : '');
      for (const row of table.rows) {
        const period = [row.period_start, row.period_end].filter(Boolean);
        body.appendChild(el('tr', null,
          el('td', null, el('a', {
            href: '#', onclick: (e) => { e.preventDefault(); openArticle(row.doc, { type: 'figure', start: row.start }); },
          }, row.title || row.doc)),
          el('td', { className: 'figure-text' }, row.text),
          el('td', { className: 'num' }, row.value === null ? '' : String(row.value)),
          el('td', null, categoryLabel(row.category)),
          el('td', null, ROLES[row.role] || row.role || ''),
          el('td', { className: 'period' }, period.length === 2 && period[0] !== period[1] ? `${period[0]} – ${period[1]}` : (period[0] || row.period_text || '')),
          el('td', null, row.scope || '')));
      }
      if (!table.rows.length) body.appendChild(el('tr', null, el('td', { colspan: '7', className: 'empty' }, 'Không có số liệu.')));
    } catch (e) {
      showError(e.message);
    }
  }

  async function loadKwic() {
    const params = filterParams();
    params.set('sort', state.kwicSort);
    params.set('limit', '100');
    const body = $('kwic-table').tBodies[0];
    try {
      const result = await api('/api/kwic', params);
      body.textContent = '';
      $('kwic-summary').textContent = `${formatNumber(result.total)} lần xuất hiện trong ${formatNumber(result.documents)} bài`
        + (result.total > result.lines.length ? ` (hiện ${result.lines.length})` : '');
      for (const line of result.lines) {
        body.appendChild(el('tr', { title: line.title || line.doc },
          el('td', { className: 'left' }, line.left),
          el('td', { className: 'match' }, el('a', {
            href: '#', onclick: (e) => { e.preventDefault(); openArticle(line.doc, { type: 'match', start: line.start, end: line.end }); },
          }, line.match)),
          el('td', { className: 'right' }, line.right)));
      }
    } catch (e) {
      showError(e.message);
    }
  }

  // ---- article view ----------------------------------------------------------------------------

  const KINDS = [
    ['figure', 'figures', 'Số liệu'], ['official', 'officials', 'Cán bộ'],
    ['place', 'places', 'Địa danh'], ['document', 'documents', 'Văn bản được dẫn'],
  ];

  async function openArticle(id, focus) {
    try {
      const article = await api(`/api/articles/${encodeURIComponent(id)}`);
      showError('');
      renderArticle(article, focus);
      showView('article');
    } catch (e) {
      showError(e.message);
    }
  }

  /** Non-overlapping annotation spans in text order (a longer span wins over one inside it). */
  function spansOf(article, focus) {
    const spans = [];
    for (const [type, key] of KINDS) {
      (article[key] || []).forEach((a, i) => {
        if (a.end > a.start && a.end <= article.text.length) spans.push({ type, start: a.start, end: a.end, index: i });
      });
    }
    if (focus && focus.type === 'match') spans.push({ type: 'match', start: focus.start, end: focus.end, index: 0 });
    spans.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
    const kept = [];
    let end = 0;
    for (const s of spans) {
      if (s.start >= end) { kept.push(s); end = s.end; }
    }
    return kept;
  }

  function renderArticle(article, focus) {
    $('article-title').textContent = article.title || article.id;
    $('article-meta').textContent = [article.date, article.source, article.author, article.locality, article.id]
      .filter(Boolean).join(' · ');
    const textBox = $('article-text');
    textBox.textContent = '';
    let pos = 0;
    let focusNode = null;
    for (const s of spansOf(article, focus)) {
      if (s.start > pos) textBox.appendChild(document.createTextNode(article.text.slice(pos, s.start)));
      const node = el('span', { className: `ann ann-${s.type}`, id: `ann-${s.type}-${s.index}` }, article.text.slice(s.start, s.end));
      if (focus && (focus.type === s.type || (focus.type === 'match' && s.type === 'match')) && focus.start === s.start) focusNode = node;
      textBox.appendChild(node);
      pos = s.end;
    }
    textBox.appendChild(document.createTextNode(article.text.slice(pos)));
    renderAnnotationLists(article);
    window.scrollTo(0, 0);
    if (focusNode) {
      focusNode.classList.add('focus');
      focusNode.scrollIntoView({ block: 'center' });
    }
  }

  function renderAnnotationLists(article) {
    const box = $('annotations');
    box.textContent = '';
    for (const [type, key, label] of KINDS) {
      const items = article[key] || [];
      const list = el('ul', null);
      items.forEach((a, i) => list.appendChild(el('li', null, el('a', {
        href: '#', className: `ann-link ann-${type}`,
        onclick: (e) => { e.preventDefault(); flash(`ann-${type}-${i}`); },
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
    if (type === 'figure') detail = [categoryLabel(a.category), ROLES[a.role] || a.role, a.period_text].filter(Boolean).join(' · ');
    else if (type === 'official') detail = [(a.titles || []).join('; '), a.province].filter(Boolean).join(' · ');
    else if (type === 'place') detail = [a.name, a.province].filter(Boolean).join(', ');
    else detail = [a.issuer, a.date].filter(Boolean).join(' · ');
    return detail ? el('span', { className: 'detail' }, detail) : null;
  }

  function flash(id) {
    const node = $(id);
    if (!node) return; // overlapped by another annotation, so not highlighted on its own
    node.scrollIntoView({ block: 'center', behavior: 'smooth' });
    node.classList.remove('focus');
    void node.offsetWidth; // restart the animation
    node.classList.add('focus');
  }

  function showView(view) {
    $('intro').hidden = true;
    $('search-view').hidden = view !== 'search';
    $('article-view').hidden = view !== 'article';
  }

  // ---- wiring ----------------------------------------------------------------------------------

  function loadHealth() {
    api('/api/health').then((h) => {
      $('health').textContent = `${formatNumber(h.documents)} bài trong chỉ mục`;
    }).catch(() => {
      $('health').textContent = 'Không kết nối được máy chủ';
    });
  }

  function init() {
    $('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      performance.clearMarks();
      performance.mark('search-submitted');
      state.q = $('q').value.trim();
      state.sort = $('sort').value;
      state.page = 1;
      search();
    });
    $('sort').addEventListener('change', () => {
      if (!state.q) return;
      state.sort = $('sort').value;
      state.page = 1;
      search();
    });
    $('figure-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const condition = $('figure-input').value.trim();
      if (!condition || state.figures.includes(condition)) return;
      if (!state.q) { showError('Nhập từ khóa trước khi lọc theo số liệu.'); return; }
      const page = state.page;
      state.figures.push(condition);
      state.page = 1;
      if (await search()) {
        $('figure-input').value = '';
      } else {
        // A condition the server cannot read must not stick to every later search.
        state.figures = state.figures.filter((f) => f !== condition);
        state.page = page;
      }
    });
    for (const tab of document.querySelectorAll('.tab')) {
      tab.addEventListener('click', () => {
        selectTab(tab.dataset.tab);
        lastHash = toHash();
        history.replaceState(null, '', lastHash);
      });
    }
    for (const button of document.querySelectorAll('.by')) {
      button.addEventListener('click', () => {
        state.trendBy = button.dataset.by;
        for (const b of document.querySelectorAll('.by')) b.classList.toggle('active', b === button);
        loadTrend();
      });
    }
    $('kwic-sort').addEventListener('change', () => { state.kwicSort = $('kwic-sort').value; loadKwic(); });
    $('back').addEventListener('click', () => showView('search'));
    window.addEventListener('popstate', () => {
      if (location.hash === lastHash) return;
      fromHash(location.hash);
      if (state.q) search();
    });
    loadHealth(); // not awaited: the page works while it is pending
    if (location.hash.length > 1) {
      fromHash(location.hash);
      if (state.q) search();
    }
    $('q').focus();
  }

  document.addEventListener('DOMContentLoaded', init);
})();
