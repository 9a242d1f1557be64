// Shared helpers of the research page: building DOM from text (never from HTML), the formats the
// page shows, the category labels and the API.

export const $ = (id) => document.getElementById(id);

const PROPERTIES = new Set(['className', 'title', 'href', 'type', 'value', 'checked']);

/** An element with attributes/properties and children (strings become text nodes). */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (PROPERTIES.has(key)) node[key] = value;
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

export function svg(tag, attrs, text) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---- formats -----------------------------------------------------------------------------------

export const formatNumber = (n) => Number(n).toLocaleString('vi-VN');
export const formatDecimal = (n) => (n === null || n === undefined || Number.isNaN(Number(n)) ? ''
  : Number(n).toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** An ISO date as shown: year-less dates ("--10-06") say so instead of passing for a year. */
export function formatDate(iso) {
  if (!iso) return '';
  let m = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${m[2]}/${m[1]} (năm không rõ)`;
  m = /^--(\d{2})$/.exec(iso);
  if (m) return `tháng ${m[1]} (năm không rõ)`;
  return iso;
}

/** A figure's period: both ends, an open end as "…", else the phrase as printed. */
export function formatPeriod(start, end, text) {
  if (start && end) return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `${formatDate(start)} – …`;
  if (end) return `… – ${formatDate(end)}`;
  return text || '';
}

/** A figure's role as the page names it. */
export const ROLE_LABELS = { value: 'giá trị', target: 'chỉ tiêu', delta: 'tăng/giảm' };

// ---- figure categories -------------------------------------------------------------------------

const categoryLabels = new Map();

/** Loads the Vietnamese labels once; until then (or if it fails) the codes are shown. */
export async function loadCategories() {
  try {
    const body = await api('/api/categories');
    for (const c of body.categories) categoryLabels.set(c.code, c.label);
  } catch (e) {
    // The codes stand in for the labels.
  }
}

export const categoryLabel = (code) => categoryLabels.get(code) || code;
export const categories = () => [...categoryLabels.entries()];

// ---- API ---------------------------------------------------------------------------------------

export async function api(path, params) {
  const query = params ? String(params) : '';
  const response = await fetch(query ? `${path}?${query}` : path,
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

export function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = !message;
}

/** The URL if it is http(s), else null: a javascript: or data: link from the data never becomes a link. */
export function safeHttpUrl(url) {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

// ---- snippets ----------------------------------------------------------------------------------

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
export function snippetNodes(html) {
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
