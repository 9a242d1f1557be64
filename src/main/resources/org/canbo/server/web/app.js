// canbo research page. Plain JavaScript modules, no build step. Every piece of document text reaches
// the page through text nodes; snippets are rebuilt from the API's escaped HTML, never parsed.
// The URL's hash is the page's state: a search, the home page (no hash) or an article.

import {
  $, el, api, showError, formatNumber, loadCategories, categories,
} from './dom.js';
import {
  state, filterParams, effectiveSort, hasWords, hasFilters, searchHash, readSearchHash,
} from './state.js';
import {
  PAGE_SIZE, setActions, renderResults, renderFacets, renderActiveFilters, renderOverview,
} from './results.js';
import { loadTrend } from './trend.js';
import { selectTab } from './tables.js';
import { showArticle, flash, wireReviews } from './article.js';
import { wireQueue } from './queue.js';

const TITLE = document.title;
let renderedHash = null; // the hash the page shows (popstate and hashchange both announce a change)
let lastSearchHash = null; // the search whose results are in the page
let view = null;
let cameFromSearch = false;
let articleQuery = '';
let searchScroll = 0;
let searchSeq = 0;

/** Runs the current search; false when the server refused it (the error is shown). */
async function search(push = true) {
  const seq = ++searchSeq;
  syncControls();
  const params = filterParams();
  params.set('page', state.page);
  params.set('limit', PAGE_SIZE);
  params.set('sort', effectiveSort());
  document.body.classList.add('busy');
  try {
    const result = await api('/api/search', params);
    if (seq !== searchSeq) return true; // a newer search has started
    showError('');
    const hash = searchHash();
    if (location.hash !== hash) {
      // A new search is a new entry; one reached by a link or Back only gets the hash's usual form.
      if (push) history.pushState({ view: 'search' }, '', hash || location.pathname);
      else history.replaceState(history.state, '', hash || location.pathname);
    }
    renderedHash = hash;
    lastSearchHash = hash;
    renderResults(result);
    performance.mark('results-rendered');
    renderFacets(result.facets || {});
    renderActiveFilters();
    const home = !hasWords() && !hasFilters();
    $('intro').hidden = !home;
    if (home) renderOverview(result);
    document.title = hasWords() ? `${state.q} · canbo` : TITLE;
    showView('search');
    selectTab(state.tab);
    loadTrend((year) => actions.toggleFacet('year', year));
    return true;
  } catch (e) {
    if (seq === searchSeq) showError(e.message);
    return false;
  } finally {
    if (seq === searchSeq) document.body.classList.remove('busy');
  }
}

/** Puts the state into the form controls (after reading a hash). */
function syncControls() {
  $('q').value = state.q;
  $('sort').value = effectiveSort();
  $('sort').options[0].disabled = !hasWords(); // no relevance without words
  $('kwic-sort').value = state.kwicSort;
  $('freq-by').value = state.freqBy;
  $('freq-limit').value = state.freqLimit;
  $('coll-window').value = state.window;
  $('coll-min').value = state.minCount;
  $('freq-fold').checked = state.fold;
  $('coll-fold').checked = state.fold;
}

const actions = {
  toggleFacet(dim, value) {
    const values = state.facets[dim] || [];
    state.facets[dim] = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
    if (!state.facets[dim].length) delete state.facets[dim];
    state.page = 1;
    search();
  },
  page(n) {
    state.page = n;
    search().then(() => window.scrollTo(0, 0));
  },
  removeFigure(f) {
    state.figures = state.figures.filter((x) => x !== f);
    state.page = 1;
    search();
  },
  clearFilters() {
    state.facets = {};
    state.figures = [];
    state.page = 1;
    search();
  },
};

// ---- views and routing ------------------------------------------------------------------------

function showView(next) {
  if (view === 'search' && next !== 'search') searchScroll = window.scrollY;
  view = next;
  document.body.dataset.view = next; // for the browser tests: what the page shows, once shown
  $('search-view').hidden = next !== 'search';
  $('article-view').hidden = next !== 'article';
  if (next !== 'search') $('intro').hidden = true;
}

async function openArticle(id, q, at) {
  const from = view;
  try {
    const focus = await showArticle(id, q, at);
    showError('');
    cameFromSearch = from === 'search' || (from === 'article' && cameFromSearch);
    articleQuery = q;
    showView('article');
    window.scrollTo(0, 0);
    if (focus) flash(focus, false);
  } catch (e) {
    showError(e.message);
  }
}

/** Shows what the hash says: an article, the search it names, or the home page. */
function route() {
  const hash = location.hash;
  if (hash === renderedHash) return;
  renderedHash = hash;
  const p = new URLSearchParams(hash.slice(1));
  if (p.get('article')) {
    openArticle(p.get('article'), p.get('q') || '', p.get('at'));
    return;
  }
  readSearchHash(p);
  if (hash === lastSearchHash && view === 'article') {
    // Back from an article: its results are still in the page, where the reader left them.
    syncControls();
    showView('search');
    document.title = hasWords() ? `${state.q} · canbo` : TITLE;
    window.scrollTo(0, searchScroll);
    if (state.tab === 'figures' && state.queue) selectTab('figures'); // reviews made in the article
    return;
  }
  search(false);
}

/** Goes to a hash as a new history entry ('' is the home page). */
function go(hash) {
  if (hash) {
    location.hash = hash;
  } else {
    history.pushState(null, '', location.pathname);
    route();
  }
}

/** Keeps a change of tab or tab setting in the URL without a new history entry. */
function replaceHash() {
  renderedHash = searchHash();
  lastSearchHash = renderedHash;
  history.replaceState(history.state, '', renderedHash || location.pathname);
}

// ---- wiring ------------------------------------------------------------------------------------

function onChange(id, apply) {
  $(id).addEventListener('change', () => {
    apply($(id));
    syncControls();
    replaceHash();
    selectTab(state.tab);
  });
}

function wireTabs() {
  for (const tab of document.querySelectorAll('.tab')) {
    tab.addEventListener('click', () => {
      selectTab(tab.dataset.tab);
      replaceHash();
    });
  }
  onChange('kwic-sort', (c) => { state.kwicSort = c.value; });
  onChange('freq-by', (c) => { state.freqBy = c.value; });
  onChange('freq-limit', (c) => { state.freqLimit = c.value; });
  onChange('freq-fold', (c) => { state.fold = c.checked; });
  onChange('coll-window', (c) => { state.window = c.value; });
  onChange('coll-min', (c) => { state.minCount = c.value; });
  onChange('coll-fold', (c) => { state.fold = c.checked; });
  $('figures-dedupe').addEventListener('change', () => selectTab(state.tab));
  for (const button of document.querySelectorAll('.by')) {
    button.addEventListener('click', () => {
      state.trendBy = button.dataset.by;
      for (const b of document.querySelectorAll('.by')) b.classList.toggle('active', b === button);
      loadTrend((year) => actions.toggleFacet('year', year));
    });
  }
}

function wireForms() {
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    performance.clearMarks();
    performance.mark('search-submitted');
    state.q = $('q').value.trim();
    state.page = 1;
    search();
  });
  $('sort').addEventListener('change', () => {
    state.sort = $('sort').value;
    state.page = 1;
    search();
  });
  $('figure-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const condition = $('figure-input').value.trim();
    if (!condition || state.figures.includes(condition)) return;
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
  $('filters-toggle').addEventListener('click', () => {
    const open = $('sidebar').classList.toggle('open');
    $('filters-toggle').setAttribute('aria-expanded', String(open));
  });
  $('back').addEventListener('click', () => {
    if (cameFromSearch) history.back();
    else go(lastSearchHash ?? (hasWords(articleQuery) ? `#${new URLSearchParams({ q: articleQuery })}` : ''));
  });
}

/** Suggestions for the figure condition box: each category's Vietnamese label. */
function fillFigureSuggestions() {
  const list = $('figure-suggestions');
  for (const [, label] of categories()) list.appendChild(el('option', { value: `${label.toLowerCase()}>=` }));
}

function loadHealth() {
  api('/api/health').then((h) => {
    $('health').textContent = `${formatNumber(h.documents)} bài trong chỉ mục`;
  }).catch(() => {
    $('health').textContent = 'Không kết nối được máy chủ';
  });
}

async function init() {
  history.scrollRestoration = 'manual';
  setActions(actions);
  wireForms();
  wireTabs();
  wireReviews();
  wireQueue(() => {
    replaceHash();
    selectTab(state.tab);
  });
  loadHealth(); // not awaited: the page works while it is pending
  await loadCategories(); // the labels, before anything shows a category
  fillFigureSuggestions();
  window.addEventListener('popstate', route);
  window.addEventListener('hashchange', route);
  route();
  if (!location.hash.startsWith('#article=')) $('q').focus();
}

document.addEventListener('DOMContentLoaded', init);
