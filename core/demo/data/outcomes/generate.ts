/**
 * Draws the demonstration observations from each indicator's `SeriesSpec`. Pure and deterministic:
 * every indicator has its own seeded pseudo-random generator (seeded from its framework and code),
 * so the same data always gives the same rows, whatever order the indicators are generated in.
 * Timestamps are derived from the period, never from the clock.
 */
import { GMCA_CODE, WARDS, WIGAN_BOROUGH_CODE } from '../geography';
import type { DemoIndicator, DemoObservation, Frequency, PeriodKey, SeriesSpec, TargetSpec } from './types';

export const ILLUSTRATIVE_SOURCE_NOTE = 'Illustrative demonstration value';

// ---------------------------------------------------------------------------------------------
// Periods (financial years run April to March)
// ---------------------------------------------------------------------------------------------

const PERIOD_PATTERN = /^(\d{4})\/(\d{2})(?: ([QH])([1-4]))?$/;

interface ParsedPeriod {
  startYear: number;
  /** 1-based index within the year: quarter 1–4, half 1–2, or 1 for a year. */
  index: number;
  perYear: number;
}

function parse(period: PeriodKey): ParsedPeriod {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw new Error(`Demo data has a malformed period "${period}"`);
  const startYear = Number(match[1]);
  if ((startYear + 1) % 100 !== Number(match[2])) throw new Error(`Demo data has a malformed period "${period}"`);
  if (!match[3]) return { startYear, index: 1, perYear: 1 };
  return { startYear, index: Number(match[4]), perYear: match[3] === 'Q' ? 4 : 2 };
}

function perYearOf(frequency: Frequency): number {
  return { quarterly: 4, six_monthly: 2, annual: 1 }[frequency];
}

function format(startYear: number, index: number, perYear: number): PeriodKey {
  const fy = `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
  if (perYear === 1) return fy;
  return `${fy} ${perYear === 4 ? 'Q' : 'H'}${index}`;
}

/** Every period of a frequency from `from` to `to`, inclusive, in order. */
export function periodRange(frequency: Frequency, from: PeriodKey, to: PeriodKey): PeriodKey[] {
  const perYear = perYearOf(frequency);
  const a = parse(from);
  const b = parse(to);
  if (a.perYear !== perYear || b.perYear !== perYear) throw new Error(`Demo data mixes ${frequency} and other periods (${from}, ${to})`);
  const out: PeriodKey[] = [];
  for (let ordinal = a.startYear * perYear + a.index - 1; ordinal <= b.startYear * perYear + b.index - 1; ordinal += 1) {
    out.push(format(Math.floor(ordinal / perYear), (ordinal % perYear) + 1, perYear));
  }
  return out;
}

/** The last calendar day of a period, 'YYYY-MM-DD'. */
export function periodEndDate(period: PeriodKey): string {
  const { startYear, index, perYear } = parse(period);
  const monthsFromApril = (12 / perYear) * index; // months elapsed at the end of the period
  const end = new Date(Date.UTC(startYear, 3 + monthsFromApril, 0)); // day 0 = last day of previous month
  return end.toISOString().slice(0, 10);
}

function daysAfter(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T09:30:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString();
}

// ---------------------------------------------------------------------------------------------
// Seeded pseudo-random numbers
// ---------------------------------------------------------------------------------------------

/** 32-bit FNV-1a hash of a string: the seed for one indicator's generator. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

// ---------------------------------------------------------------------------------------------
// Series
// ---------------------------------------------------------------------------------------------

/** The headline series (borough, or GM for GM-level indicators): one current value per period. */
export function headlineSeries(frequency: Frequency, spec: SeriesSpec, seed: number): Array<{ period: PeriodKey; value: number }> {
  const anchors = Object.entries(spec.anchors).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!anchors.length) return [];
  const periods = periodRange(frequency, anchors[0]![0], anchors[anchors.length - 1]![0]);
  const position = new Map(periods.map((p, i) => [p, i]));
  const random = seededRandom(seed);
  return periods.map((period, i) => {
    const exact = spec.anchors[period];
    const noise = (random() * 2 - 1) * spec.noise; // drawn for every period so anchors do not shift the sequence
    if (exact !== undefined) return { period, value: exact };
    const nextIndex = anchors.findIndex(([p]) => position.get(p)! > i);
    const [p0, v0] = anchors[nextIndex - 1]!;
    const [p1, v1] = anchors[nextIndex]!;
    const i0 = position.get(p0)!;
    const i1 = position.get(p1)!;
    const base = v0 + ((v1 - v0) * (i - i0)) / (i1 - i0);
    return { period, value: round(base * (1 + noise), spec.decimals) };
  });
}

/** Splits whole numbers so the parts add up exactly (largest remainder). */
function splitCount(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const floors = raw.map(Math.floor);
  let left = Math.round(total - floors.reduce((a, b) => a + b, 0));
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

/** Every observation row of one indicator: headline area, every ward if ward-level, and revisions. */
export function indicatorObservations(frameworkCode: string, indicator: DemoIndicator): DemoObservation[] {
  const spec = indicator.series;
  if (!spec) return [];
  const seed = seedOf(`${frameworkCode}:${indicator.code}`);
  const series = headlineSeries(indicator.frequency, spec, seed);
  const headlineArea = indicator.geographyLevel === 'combined_authority' ? GMCA_CODE : WIGAN_BOROUGH_CODE;
  const lastPeriod = series[series.length - 1]?.period;
  const revised = new Map((spec.revisions ?? []).map((r) => [r.period, r]));
  const rows: DemoObservation[] = [];

  const push = (period: PeriodKey, areaCode: string, value: number, commentary: string, revision?: { firstValue: number; commentary: string }) => {
    const published = periodEndDate(period);
    if (revision) {
      rows.push({ indicatorCode: indicator.code, period, areaCode, revision: 1, value: revision.firstValue, status: 'provisional', sourceNote: ILLUSTRATIVE_SOURCE_NOTE, commentary, recordedAt: daysAfter(published, 45) });
      rows.push({ indicatorCode: indicator.code, period, areaCode, revision: 2, value, status: 'final', sourceNote: ILLUSTRATIVE_SOURCE_NOTE, commentary: revision.commentary, recordedAt: daysAfter(published, 100) });
      return;
    }
    rows.push({
      indicatorCode: indicator.code,
      period,
      areaCode,
      revision: 1,
      value,
      status: period === lastPeriod ? 'provisional' : 'final',
      sourceNote: ILLUSTRATIVE_SOURCE_NOTE,
      commentary,
      recordedAt: daysAfter(published, 45),
    });
  };

  for (const { period, value } of series) {
    push(period, headlineArea, value, spec.commentary?.[period] ?? '', revised.get(period));
  }

  if (spec.wards && indicator.geographyLevel === 'ward') {
    const { mode, spread } = spec.wards;
    const random = seededRandom(seed ^ 0x5bd1e995);
    // Each ward keeps its own character over time (a fixed factor) with a little wobble each period.
    const factors = WARDS.map(() => 1 + (random() * 2 - 1) * spread);
    for (const { period, value } of series) {
      const wobble = WARDS.map((_, i) => factors[i]! * (1 + (random() * 2 - 1) * 0.04));
      if (mode === 'share') {
        const parts = splitCount(Math.round(value), wobble);
        WARDS.forEach((ward, i) => push(period, ward.code, parts[i]!, ''));
      } else {
        WARDS.forEach((ward, i) => push(period, ward.code, Math.max(0, round(value * wobble[i]!, spec.decimals)), ''));
      }
    }
  }
  return rows;
}

/** Targets for every period a `TargetSpec` covers. */
export function indicatorTargets(frequency: Frequency, spec: TargetSpec | null): Array<{ period: PeriodKey; value: number }> {
  if (!spec) return [];
  const periods = periodRange(frequency, spec.from, spec.to);
  return periods.map((period, i) => ({
    period,
    value: spec.overrides?.[period] ?? round(periods.length === 1 ? spec.end : spec.start + ((spec.end - spec.start) * i) / (periods.length - 1), spec.decimals),
  }));
}
