// The bar chart of matching articles per year or month (SVG built from numbers and labels as text).

import { $, svg, api } from './dom.js';
import { state, filterParams } from './state.js';

export async function loadTrend(onYear) {
  const params = filterParams();
  params.set('by', state.trendBy);
  const chart = $('chart');
  try {
    const trend = await api('/api/trend', params);
    chart.textContent = '';
    chart.appendChild(trendChart(trend, onYear));
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

function trendChart(trend, onYear) {
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
      group.addEventListener('click', () => onYear(period));
    }
    root.appendChild(group);
  });
  return root;
}
