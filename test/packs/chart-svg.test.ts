import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../core/packs/document';
import { chartToSvg } from '../../core/packs/charts/chart-svg';
import { STRENGTH } from '../../core/packs/charts/palette';
import { svgSize } from '../../core/packs/charts/svg-size';
import { AWKWARD_LABEL, barsChart, flowChart, matrixChart, trendChart } from './sample-pack';
import { assertWellFormedXml, contrastRatio } from './svg-check';

const ESCAPED = 'Skills &lt;pilot&gt; &amp; &quot;Work Well&quot;';
const samples: ChartSpec[] = [trendChart, flowChart, barsChart, matrixChart];

/** Charts with nothing, or nothing sensible, to draw. */
const awkward: Array<[string, ChartSpec]> = [
  ['trend with no points', { type: 'trend', title: 'Empty', unit: '%', points: [] }],
  ['trend with only nulls', { type: 'trend', title: 'Nulls', unit: '', points: [{ period: 'Q1', value: null, target: null, bandLow: null, bandHigh: null }] }],
  ['trend with one point', { type: 'trend', title: 'One', unit: 'people', points: [{ period: 'Q1', value: 5, target: 5, bandLow: 5, bandHigh: 5 }] }],
  ['trend all zero', { type: 'trend', title: 'Zero', unit: '', points: ['a', 'b', 'c'].map((period) => ({ period, value: 0, target: 0, bandLow: 0, bandHigh: 0 })) }],
  ['trend with non-finite numbers', { type: 'trend', title: 'Odd', unit: '', points: [{ period: 'a', value: Number.NaN, target: Infinity, bandLow: -Infinity, bandHigh: 2 }, { period: 'b', value: 3, target: null, bandLow: null, bandHigh: null }] }],
  ['flow with no stages', { type: 'flow', title: 'Empty', stages: [] }],
  ['flow all zero', { type: 'flow', title: 'Zero', stages: [{ label: 'Allocation', pence: 0 }, { label: 'Awarded', pence: 0 }, { label: 'Released', pence: 0 }] }],
  ['bars with no bars', { type: 'bars', title: 'Empty', unit: 'count', bars: [] }],
  ['bars all zero', { type: 'bars', title: 'Zero', unit: 'pence', bars: [{ label: 'A', value: 0 }, { label: 'B', value: 0 }] }],
  ['bars with a negative and a non-finite value', { type: 'bars', title: 'Odd', unit: 'count', bars: [{ label: 'A', value: -3 }, { label: 'B', value: Infinity }, { label: 'C', value: 7 }] }],
  ['matrix with no rows', { type: 'matrix', title: 'Empty', rows: [], columns: ['A'], cells: [] }],
  ['matrix with missing cells', { type: 'matrix', title: 'Sparse', rows: ['R1', 'R2'], columns: ['C1', 'C2'], cells: [[{ programmes: 0, pence: 0, strength: null }]] }],
];

describe('chartToSvg', () => {
  it.each(samples.map((chart) => [chart.type, chart] as const))('writes a well-formed, accessible SVG document for a %s chart', (_type, chart) => {
    const svg = chartToSvg(chart);
    assertWellFormedXml(svg);
    const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root).toContain('version="1.1"');
    expect(root).toMatch(/ width="\d+(\.\d+)?" height="\d+(\.\d+)?" viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(root).toContain('font-family="DejaVu Sans"');
    expect(root).toContain('role="img"');
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(root)?.[1];
    expect(svg).toContain(`<title id="${labelledBy}">`);
    expect(svg).toMatch(/^<svg[^>]*><title[^>]*>[^<]+<\/title>/);
  });

  it('escapes labels and titles for XML', () => {
    const bars = chartToSvg({ ...barsChart, title: AWKWARD_LABEL });
    expect(bars).toContain(`<title id="${/aria-labelledby="([^"]+)"/.exec(bars)![1]}">${ESCAPED}</title>`);
    expect(bars).toContain(`>${ESCAPED}</text>`);
    expect(bars).not.toContain('<pilot>');
    const matrix = chartToSvg({ ...matrixChart, rows: [AWKWARD_LABEL], columns: ['A & B'], cells: [[{ programmes: 2, pence: 100, strength: 'primary' }]] });
    assertWellFormedXml(matrix);
    expect(matrix).toContain('A &amp; B');
    expect(matrix).toContain('&lt;pilot&gt;');
  });

  it.each([...samples.map((chart) => [chart.type, chart] as const), ...awkward])('never writes NaN or Infinity (%s)', (_name, chart) => {
    const svg = chartToSvg(chart);
    assertWellFormedXml(svg);
    expect(svg).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  it('is deterministic', () => {
    for (const chart of samples) expect(chartToSvg(chart)).toBe(chartToSvg(structuredClone(chart)));
  });

  it('gives different charts different title ids, so several can sit in one page', () => {
    const ids = samples.map((chart) => /aria-labelledby="([^"]+)"/.exec(chartToSvg(chart))![1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes the width asked for, and a trend chart the height', () => {
    expect(svgSize(chartToSvg(trendChart, { width: 500, height: 260 }))).toEqual({ width: 500, height: 260 });
    expect(svgSize(chartToSvg(barsChart, { width: 480 })).width).toBe(480);
    const fixed = chartToSvg(matrixChart, { height: 200 });
    expect(svgSize(fixed).height).toBe(200);
    expect(fixed).toMatch(/viewBox="0 0 640 [\d.]+"/);
    expect(svgSize(chartToSvg(flowChart, { width: Number.NaN })).width).toBe(640);
  });

  it('trend: draws gaps where figures are missing, a dashed target, a shaded band and en-GB ticks', () => {
    const svg = chartToSvg(trendChart);
    // Recorded values 71.2, 71.8, –, 72.4, 72.9, 73.1, –, –, 74.0, 74.6: three unbroken runs.
    expect(svg.match(/<polyline [^>]*stroke="#0072B2"/g)).toHaveLength(3);
    expect(svg.match(/<circle /g)!.length).toBeGreaterThanOrEqual(7);
    expect(svg).toMatch(/<polyline [^>]*stroke="#D55E00"[^>]*stroke-dasharray="6 4"/);
    expect(svg).toMatch(/<polygon [^>]*fill="#DCEBF7"/);
    expect(svg).toContain('>2023/24 Q1</text>');
    const big = chartToSvg({ type: 'trend', title: 'Jobs', unit: 'jobs', points: [1, 2, 3].map((i) => ({ period: `Q${i}`, value: 12000 + i * 1500, target: null, bandLow: null, bandHigh: null })) });
    expect(big).toMatch(/>1[2-6],000<\/text>/);
  });

  it('flow: labels each stage in pounds from pence', () => {
    const svg = chartToSvg(flowChart);
    expect(svg).toContain('>£1,200,000.00</text>');
    expect(svg).toContain('£612,300.50 (51% of allocation)');
  });

  it('bars: keeps the order given and labels counts as whole numbers', () => {
    const svg = chartToSvg(barsChart);
    const labels = [...svg.matchAll(/<text [^>]*>([^<]+)<\/text>/g)].map((match) => match[1]);
    expect(labels.indexOf('Housing and regeneration')).toBeLessThan(labels.indexOf('Transport'));
    expect(svg).toContain('>£12,450,000.00</text>');
    const counts = chartToSvg({ type: 'bars', title: 'Partners', unit: 'count', bars: [{ label: 'Wards', value: 1234 }] });
    expect(counts).toContain('>1,234</text>');
  });

  it('matrix: shows programmes and money, shades by strength, wraps or cuts long labels', () => {
    const svg = chartToSvg(matrixChart);
    expect(svg).toMatch(/>\d+ programmes?<\/text>/);
    expect(svg).toContain('£');
    for (const strength of ['primary', 'secondary', 'enabling', 'none'] as const) expect(svg).toContain(`fill="${STRENGTH[strength].fill}"`);
    const long = chartToSvg({ ...matrixChart, columns: matrixChart.columns.map((column) => `${column} ${'and much more besides '.repeat(4)}`) });
    expect(long).toContain('…');
  });

  it('matrix: text on every fill has at least 4.5:1 contrast', () => {
    for (const style of Object.values(STRENGTH)) expect(contrastRatio(style.fill, style.text)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('assertWellFormedXml (the check above)', () => {
  it.each([
    ['an unclosed element', '<svg><g></svg>'],
    ['a bare ampersand', '<svg><text>A & B</text></svg>'],
    ['a bare angle bracket in text', '<svg><text>a > b</text></svg>'],
    ['an unquoted attribute', '<svg><rect x=1/></svg>'],
    ['two roots', '<svg/><svg/>'],
  ])('rejects %s', (_name, xml) => {
    expect(() => assertWellFormedXml(xml)).toThrow();
  });
});
