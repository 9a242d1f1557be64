// Reviews from the page: the session's CSRF token, POST /api/reviews, and the inline forms that
// correct, reject or add a figure, official or cited document (only changed fields are sent).

import { el, categories, ROLE_LABELS } from './dom.js';

/** The page's item kinds and the API's review types. */
export const REVIEW_TYPES = { figure: 'figure', official: 'official', document: 'document_ref' };
export const STATUS_LABELS = {
  auto: 'tự động', confirmed: 'đã xác nhận', corrected: 'đã sửa', added: 'đã thêm', rejected: 'đã loại',
};

const KINDS = ['count', 'percent', 'ratio'];
const DOC_TYPES = ['Nghị quyết', 'Quy định', 'Quyết định', 'Kế hoạch', 'Chỉ thị', 'Kết luận',
  'Chương trình hành động', 'Hướng dẫn', 'Quy chế'];

/**
 * The editable fields of each kind: [name, label, input kind, choices (values or [value, label])].
 * Input kinds: text, number (null when empty), select, titles (";"-separated list), period (start
 * and end inputs).
 */
const FIELDS = {
  figure: [
    ['value', 'Giá trị', 'number'], ['kind', 'Loại', 'select', () => KINDS],
    ['denominator', 'Mẫu số', 'number'], ['unit', 'Đơn vị', 'text'],
    ['category', 'Lĩnh vực', 'select', categories],
    ['subcategory', 'Tiểu mục', 'text'], ['role', 'Vai trò', 'select', () => Object.entries(ROLE_LABELS)],
    ['period', 'Thời kỳ (từ – đến, YYYY-MM-DD)', 'period'], ['scope', 'Phạm vi', 'text'],
    ['part_of', 'Thuộc', 'text'],
  ],
  official: [['name', 'Họ tên', 'text'], ['titles', 'Chức danh (cách nhau bởi ;)', 'titles']],
  document: [
    ['doc_type', 'Loại văn bản', 'select', () => DOC_TYPES], ['number', 'Số hiệu', 'text'],
    ['date', 'Ngày (YYYY-MM-DD)', 'text'], ['issuer', 'Cơ quan ban hành', 'text'],
  ],
};

let session = null; // {csrf, reviewer} once fetched

/** The session (cookie set by the server, token kept here); null when the server takes no reviews. */
export async function reviewSession() {
  if (session) return session;
  const response = await fetch('/api/session', { headers: { Accept: 'application/json' } });
  if (!response.ok) return null;
  session = await response.json();
  return session;
}

/**
 * Posts one review; resolves to the server's answer or throws an Error whose `field` names the
 * field at fault (400) — the message is the server's.
 */
export async function postReview(review) {
  const s = await reviewSession();
  if (!s) throw new Error('Máy chủ này không nhận duyệt (chỉ đọc).');
  const response = await fetch('/api/reviews', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': s.csrf },
    body: JSON.stringify(review),
  });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const error = new Error(body && body.error ? body.error : `Lỗi máy chủ (HTTP ${response.status})`);
    error.field = body && body.field;
    throw error;
  }
  return body;
}

/** A review record of the contract for an item of the article (`kind` is the page's kind). */
export const reviewOf = (doc, kind, item, action, fields, note) => ({
  doc, type: REVIEW_TYPES[kind], start: item.start, end: item.end, action,
  ...(fields ? { fields } : {}), ...(note ? { note } : {}),
});

// ---- forms -------------------------------------------------------------------------------------

function input(name, value, type = 'text') {
  return el('input', { name, type, value: value ?? '', step: type === 'number' ? 'any' : null, autocomplete: 'off' });
}

function fieldControl([name, , kind, choices], item) {
  if (kind === 'select') {
    const select = el('select', { name });
    const values = choices().map((c) => (Array.isArray(c) ? c : [c, c])); // [value, label]
    if (!values.some(([v]) => v === item[name])) select.appendChild(el('option', { value: '' }, '—'));
    for (const [v, label] of values) select.appendChild(el('option', { value: v }, label));
    select.value = item[name] ?? '';
    return select;
  }
  if (kind === 'period') {
    const p = item.period || {};
    return el('span', { className: 'pair' }, input('period_start', p.start), input('period_end', p.end));
  }
  if (kind === 'titles') return input(name, (item.titles || []).join('; '));
  return input(name, item[name], kind === 'number' ? 'number' : 'text');
}

/** The form's value of one field in the API's form (null for an empty optional one). */
function readField(form, [name, , kind]) {
  const v = (n) => form.elements[n].value.trim();
  if (kind === 'period') {
    return v('period_start') || v('period_end') ? { start: v('period_start') || null, end: v('period_end') || null } : null;
  }
  if (kind === 'titles') return v(name).split(';').map((t) => t.trim()).filter(Boolean);
  if (kind === 'number') return v(name) === '' ? null : Number(v(name));
  return v(name) === '' ? null : v(name);
}

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields that differ from the item's (all of them with a value when `all`, for an add). */
function changedFields(form, kind, item, all) {
  const fields = {};
  for (const field of FIELDS[kind]) {
    const value = readField(form, field);
    const before = field[2] === 'period' ? (item.period ?? null) : item[field[0]];
    if (all ? value !== null && !(Array.isArray(value) && !value.length) : !same(value, before)) {
      fields[field[0]] = value;
    }
  }
  return fields;
}

/**
 * An inline form: the fields (correct/add) or a reason (reject), a submit and a cancel button, and
 * the server's error beside it. `send(fields, note)` posts; `done()` runs after a success.
 */
export function reviewForm({ kind, item, mode, send, done, cancel }) {
  const form = el('form', { className: `review-form review-${mode}`, 'data-mode': mode, novalidate: '' });
  const error = el('p', { className: 'review-error', role: 'alert', hidden: '' });
  if (mode === 'reject') {
    form.append(el('label', null, 'Lý do (không bắt buộc)', input('note', '')));
  } else {
    for (const field of FIELDS[kind]) {
      form.append(el('label', { 'data-field': field[0] }, field[1], fieldControl(field, item)));
    }
  }
  const labels = { correct: 'Lưu sửa', reject: 'Loại', add: 'Thêm' };
  form.append(el('div', { className: 'form-buttons' },
    el('button', { type: 'submit', className: 'primary' }, labels[mode]),
    el('button', { type: 'button', onclick: cancel }, 'Hủy')), error);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const note = mode === 'reject' ? form.elements.note.value.trim() : null;
    const fields = mode === 'reject' ? null : changedFields(form, kind, item, mode === 'add');
    if (fields && !Object.keys(fields).length) {
      showFormError(form, error, 'Chưa có gì thay đổi.', null);
      return;
    }
    try {
      await send(fields, note);
      done();
    } catch (err) {
      showFormError(form, error, err.message, err.field);
    }
  });
  return form;
}

function showFormError(form, box, message, field) {
  box.textContent = message;
  box.hidden = false;
  for (const label of form.querySelectorAll('label')) label.classList.remove('invalid');
  const name = field && field.startsWith('fields.') ? field.slice(7) : null;
  const label = name && form.querySelector(`label[data-field="${name}"]`);
  if (label) label.classList.add('invalid');
}

/** "người duyệt, thời điểm" of a reviewed item, as shown beside its status. */
export function reviewedBy(mark) {
  if (!mark || mark.status === 'auto') return '';
  const when = mark.time ? mark.time.replace('T', ' ').slice(0, 16) : '';
  return [mark.reviewer, when].filter(Boolean).join(', ');
}


