import { h, svg } from './dom.ts';

const WIDTH = 560;
const HEIGHT = 200;
const PAD = { left: 36, right: 8, top: 8, bottom: 28 };

/**
 * Small SVG charts drawn here rather than by a charting library: three charts do not justify
 * one, and SVG with a title and a data table beside it is readable by screen readers.
 */
export function barChart(title: string, labels: string[], values: number[], horizontal = false): HTMLElement {
  const max = Math.max(1, ...values);
  const chart = horizontal ? horizontalBars(labels, values, max) : verticalBars(labels, [{ className: 'bar', values }], max);
  return wrap(title, chart, labels, [{ name: title, values }]);
}

export function stackedBarChart(title: string, labels: string[], series: { name: string; className: string; values: number[] }[]): HTMLElement {
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const chart = verticalBars(labels, series, Math.max(1, ...totals));
  const legend = h('ul', { class: 'legend' }, ...series.map((s) => h('li', {}, h('span', { class: `swatch ${s.className}`, 'aria-hidden': 'true' }), s.name)));
  const figure = wrap(title, chart, labels, series);
  figure.prepend(legend);
  return figure;
}

function verticalBars(labels: string[], series: { className: string; values: number[] }[], max: number): SVGElement {
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = plotWidth / Math.max(1, labels.length);
  const bars: SVGElement[] = [];
  labels.forEach((label, i) => {
    let base = PAD.top + plotHeight;
    for (const s of series) {
      const height = ((s.values[i] ?? 0) / max) * plotHeight;
      base -= height;
      if (height > 0) bars.push(svg('rect', { class: s.className, x: PAD.left + i * step + step * 0.15, y: base, width: step * 0.7, height }));
    }
    if (i % Math.ceil(labels.length / 8) === 0) bars.push(svg('text', { x: PAD.left + i * step + step / 2, y: HEIGHT - 8, 'text-anchor': 'middle', class: 'axis' }, label));
  });
  return svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, 'aria-hidden': 'true', focusable: 'false' },
    svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: PAD.top + plotHeight, y2: PAD.top + plotHeight, class: 'axis-line' }),
    svg('text', { x: PAD.left - 6, y: PAD.top + 10, 'text-anchor': 'end', class: 'axis' }, String(max)),
    svg('text', { x: PAD.left - 6, y: PAD.top + plotHeight, 'text-anchor': 'end', class: 'axis' }, '0'),
    ...bars,
  );
}

function horizontalBars(labels: string[], values: number[], max: number): SVGElement {
  const row = 22;
  const height = Math.max(row, labels.length * row) + 8;
  const labelWidth = 150;
  return svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, 'aria-hidden': 'true', focusable: 'false' },
    ...labels.flatMap((label, i) => [
      svg('text', { x: labelWidth - 6, y: i * row + 16, 'text-anchor': 'end', class: 'axis' }, label),
      svg('rect', { class: 'bar', x: labelWidth, y: i * row + 4, height: row - 8, width: ((values[i] ?? 0) / max) * (WIDTH - labelWidth - 40) }),
      svg('text', { x: labelWidth + ((values[i] ?? 0) / max) * (WIDTH - labelWidth - 40) + 4, y: i * row + 16, class: 'axis' }, String(values[i] ?? 0)),
    ]),
  );
}

/** The chart for the eye, the same figures as a table for assistive technology. */
function wrap(title: string, chart: SVGElement, labels: string[], series: { name: string; values: number[] }[]): HTMLElement {
  const table = h(
    'table',
    { class: 'visually-hidden' },
    h('caption', {}, title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), ...series.map((s) => h('th', { scope: 'col' }, s.name)))),
    h('tbody', {}, ...labels.map((label, i) => h('tr', {}, h('th', { scope: 'row' }, label), ...series.map((s) => h('td', {}, String(s.values[i] ?? 0)))))),
  );
  const container = h('div', { class: 'chart' });
  container.append(chart, table);
  return container;
}
