// What the page shows, and its form in the URL's hash: a search ("#q=...&facet.year=2019&tab=freq")
// or an article ("#article=ID&q=...&at=START"), so that Back, bookmarks and citations work.

export const TABS = ['results', 'figures', 'kwic', 'freq', 'collocates'];

/** Per-tab settings and their defaults; only settings that differ go into the hash. */
export const DEFAULTS = {
  sort: 'relevance', page: 1, tab: 'results', kwicSort: 'doc', freqBy: '', freqLimit: '100',
  fold: false, window: '5', minCount: '3', queue: '',
};
const HASH_KEYS = {
  sort: 'sort', page: 'page', tab: 'tab', kwicSort: 'kwic.sort', freqBy: 'freq.by',
  freqLimit: 'freq.limit', window: 'window', minCount: 'min_count', queue: 'queue',
};

export const state = { q: '', facets: {}, figures: [], trendBy: 'year', ...DEFAULTS };

/** True when the query is words (not empty, not "*": every article). */
export const hasWords = (q = state.q) => Boolean(q.trim()) && q.trim() !== '*';

export const hasFilters = () => Object.keys(state.facets).length > 0 || state.figures.length > 0;

/** The query and filters of the current search as request parameters (no q: every article). */
export function filterParams() {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  for (const [dim, values] of Object.entries(state.facets)) {
    for (const v of values) p.append(`facet.${dim}`, v);
  }
  for (const f of state.figures) p.append('figure', f);
  return p;
}

/** The sort the server is asked for: relevance means nothing without words, so newest first. */
export const effectiveSort = () => (state.sort === 'relevance' && !hasWords() ? 'newest' : state.sort);

/** The current search as a hash; '' for the home page (every article, nothing chosen). */
export function searchHash() {
  const p = filterParams();
  for (const [key, name] of Object.entries(HASH_KEYS)) {
    if (String(state[key]) !== String(DEFAULTS[key])) p.set(name, state[key]);
  }
  if (state.fold) p.set('fold', '1');
  const s = String(p);
  return s ? `#${s}` : '';
}

/** Reads a search hash into the state (missing settings back to their defaults). */
export function readSearchHash(p) {
  Object.assign(state, DEFAULTS);
  state.q = p.get('q') || '';
  for (const [key, name] of Object.entries(HASH_KEYS)) {
    if (p.get(name)) state[key] = p.get(name);
  }
  state.page = Math.max(1, parseInt(state.page, 10) || 1);
  if (!TABS.includes(state.tab)) state.tab = 'results';
  state.fold = p.get('fold') === '1';
  state.facets = {};
  for (const [key, value] of p.entries()) {
    if (key.startsWith('facet.') && value) (state.facets[key.slice(6)] ||= []).push(value);
  }
  state.figures = p.getAll('figure').filter(Boolean);
}

/** The hash of an article: with the query words to highlight and an offset to scroll to. */
export function articleHash(id, q, at) {
  const p = new URLSearchParams();
  p.set('article', id);
  if (q && hasWords(q)) p.set('q', q.trim());
  if (at !== undefined && at !== null) p.set('at', at);
  return `#${p}`;
}

/** A search for other words with the current filters (a word of the frequency list, say). */
export function searchHashFor(q) {
  const saved = { q: state.q, tab: state.tab, page: state.page };
  Object.assign(state, { q, tab: 'results', page: 1 });
  const hash = searchHash();
  Object.assign(state, saved);
  return hash;
}
