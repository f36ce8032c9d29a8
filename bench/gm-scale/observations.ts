import { nextPeriod, parsePeriod } from '../../core/outcomes/status/periods';
import { dayOf, timestampOf } from './days';
import type { Frequency, IndicatorDef } from './frameworks';
import { hash01 } from './random';

/**
 * Observations for every indicator × period × area, sized to an exact row count. Values come from a
 * stateless hash of (indicator, period, area), so they do not depend on which rows are kept. The
 * newest periods are kept first: the row budget is spent from the latest period backwards across all
 * indicators, so every series ends at its latest figure and the oldest period kept may be partial.
 */

export interface ObservationArea {
  code: string;
  vintage: string | null;
  level: 'combined_authority' | 'borough' | 'ward';
  /** Stable index used in hashes. */
  index: number;
  /** Number of wards in the area's borough (wards only). */
  siblings: number;
  /** Index of the borough (boroughs and wards). */
  boroughIndex: number;
}

export interface ObservationRow {
  identity_id: number;
  period: string;
  area_code: string;
  area_vintage: string | null;
  revision: number;
  value: number;
  status: 'provisional' | 'final';
  source_note: string;
  commentary: string;
  recorded_at: string;
  recorded_by: number | null;
}

export interface TargetRow {
  indicator_id: number;
  period: string;
  value: number;
}

interface Period {
  key: string;
  startDay: number;
  endDay: number;
}

const HISTORY_START: Record<Frequency, string> = { monthly: '2012-04', quarterly: '2012/13 Q1', six_monthly: '2012/13 H1', annual: '2012/13' };
const TARGETS_FROM: Record<Frequency, string> = { monthly: '2023-04', quarterly: '2023/24 Q1', six_monthly: '2023/24 H1', annual: '2023/24' };
const TARGETS_TO_DAY = dayOf('2028-03-31');
/** Days from a period's end until its figure is published. */
const PUBLICATION_LAG: Record<Frequency, number> = { monthly: 20, quarterly: 45, six_monthly: 60, annual: 150 };
const BASE_DAY = dayOf('2023-04-01');

function periodsFrom(frequency: Frequency, first: string, lastEndDay: number): Period[] {
  const out: Period[] = [];
  for (let key = first; ; key = nextPeriod(frequency, key)) {
    const range = parsePeriod(frequency, key);
    const endDay = dayOf(range.end);
    if (endDay > lastEndDay) break;
    out.push({ key, startDay: dayOf(range.start), endDay });
  }
  return out;
}

export class ObservationModel {
  private readonly periods = new Map<Frequency, Period[]>();

  constructor(
    private readonly seed: number,
    private readonly todayDay: number,
    private readonly areasByLevel: Record<'combined_authority' | 'borough' | 'ward', ObservationArea[]>,
    private readonly headlineBorough: ObservationArea,
  ) {}

  /** Every period from the history start that is published by today, oldest first. */
  private allPeriods(frequency: Frequency): Period[] {
    let list = this.periods.get(frequency);
    if (!list) {
      list = periodsFrom(frequency, HISTORY_START[frequency], this.todayDay - PUBLICATION_LAG[frequency]);
      this.periods.set(frequency, list);
    }
    return list;
  }

  /** The indicator's reported periods, oldest first (a stale indicator stops lagPeriods early). */
  seriesPeriods(ind: IndicatorDef): Period[] {
    const all = this.allPeriods(ind.frequency);
    return all.slice(0, Math.max(1, all.length - ind.lagPeriods));
  }

  /** Areas an indicator is reported for: GM always; boroughs unless GM-level; wards when ward-level. */
  areasOf(ind: IndicatorDef): ObservationArea[] {
    const { combined_authority: gm, borough, ward } = this.areasByLevel;
    if (ind.geographyLevel === 'combined_authority') return gm;
    if (ind.geographyLevel === 'borough') return [...gm, ...borough];
    return [...gm, ...borough, ...ward];
  }

  isRevised(ind: IndicatorDef, age: number, area: ObservationArea): boolean {
    return hash01(this.seed, ind.id, age, area.index, 7) < (age < 4 ? 0.04 : 0.004);
  }

  value(ind: IndicatorDef, period: Period, area: ObservationArea, salt = 0): number {
    const years = (period.startDay - BASE_DAY) / 365.25;
    let v = ind.level * Math.pow(1 + ind.drift, years);
    if (ind.unit === 'count') {
      if (area.level === 'combined_authority') v *= 10;
      else {
        v *= 0.6 + hash01(this.seed, ind.id, area.boroughIndex, 1) * 1.0;
        if (area.level === 'ward') v *= (0.5 + hash01(this.seed, ind.id, area.index, 2)) / area.siblings;
      }
      if (ind.frequency === 'monthly') v /= 3;
      else if (ind.frequency === 'six_monthly') v *= 2;
      else if (ind.frequency === 'annual') v *= 4;
    } else if (area.level !== 'combined_authority') {
      v *= 0.85 + hash01(this.seed, ind.id, area.boroughIndex, 1) * 0.3;
      if (area.level === 'ward') v *= 0.7 + hash01(this.seed, ind.id, area.index, 2) * 0.6;
    }
    v *= 1 + ind.noise * (2 * hash01(this.seed, ind.id, period.startDay, area.index, 3 + salt) - 1);
    if (ind.unit === 'percentage') v = Math.min(100, Math.max(0, v));
    if (v < 0) v = 0;
    const f = 10 ** ind.decimals;
    return Math.round(v * f) / f;
  }

  /** The headline area's figure for a period: GM for GM-level indicators, else the headline borough. */
  headlineValue(ind: IndicatorDef, period: Period): number {
    return this.value(ind, period, ind.geographyLevel === 'combined_authority' ? this.areasByLevel.combined_authority[0]! : this.headlineBorough);
  }

  baseline(ind: IndicatorDef): { period: string; value: number } {
    const first = parsePeriod(ind.frequency, TARGETS_FROM[ind.frequency]);
    const period = { key: TARGETS_FROM[ind.frequency], startDay: dayOf(first.start), endDay: dayOf(first.end) };
    return { period: period.key, value: this.headlineValue(ind, period) };
  }

  /** Targets for accountable indicators, 2023/24 to 2027/28, on a straight path from the baseline. */
  targets(ind: IndicatorDef): TargetRow[] {
    if (ind.kind !== 'accountable') return [];
    const { value: base } = this.baseline(ind);
    const sign = ind.polarity === 'lower_is_better' ? -1 : 1;
    const f = 10 ** ind.decimals;
    return periodsFrom(ind.frequency, TARGETS_FROM[ind.frequency], TARGETS_TO_DAY).map((p) => {
      const years = (p.startDay - BASE_DAY) / 365.25;
      let v = base * (1 + sign * ind.ambition * years);
      if (ind.unit === 'percentage') v = Math.min(100, Math.max(0, v));
      return { indicator_id: ind.id, period: p.key, value: Math.round(Math.max(0, v) * f) / f };
    });
  }

  /** The most rows the model could produce (every period from the history start). */
  capacity(indicators: readonly IndicatorDef[]): number {
    let total = 0;
    for (const ind of indicators) {
      const periods = this.seriesPeriods(ind);
      const areas = this.areasOf(ind);
      for (let i = 0; i < periods.length; i++) {
        const age = periods.length - 1 - i;
        for (const area of areas) total += this.isRevised(ind, age, area) ? 2 : 1;
      }
    }
    return total;
  }

  /**
   * Emits exactly `target` rows: the budget is spent on the newest periods first (by period end,
   * then indicator), and rows are emitted per indicator, oldest period first, areas in order, revisions
   * in order.
   */
  emit(indicators: readonly IndicatorDef[], target: number, recordedBy: number | null, emitRow: (row: ObservationRow) => void): number {
    interface Pair { ind: IndicatorDef; index: number; period: Period; age: number; rows: number }
    const pairs: Pair[] = [];
    for (const ind of indicators) {
      const periods = this.seriesPeriods(ind);
      const areas = this.areasOf(ind);
      periods.forEach((period, index) => {
        const age = periods.length - 1 - index;
        let rows = 0;
        for (const area of areas) rows += this.isRevised(ind, age, area) ? 2 : 1;
        pairs.push({ ind, index, period, age, rows });
      });
    }
    const newestFirst = [...pairs].sort((a, b) => b.period.endDay - a.period.endDay || a.ind.id - b.ind.id);
    const budget = new Map<Pair, number>();
    let left = target;
    for (const pair of newestFirst) {
      if (left <= 0) break;
      const take = Math.min(pair.rows, left);
      budget.set(pair, take);
      left -= take;
    }
    if (left > 0) throw new Error(`The observation model can produce only ${target - left} rows, fewer than the ${target} asked for`);

    let emitted = 0;
    for (const pair of pairs) {
      let allowed = budget.get(pair) ?? 0;
      if (!allowed) continue;
      const { ind, period, age } = pair;
      const sourceNote = `${ind.dataSource} (benchmark data)`;
      for (const area of this.areasOf(ind)) {
        if (allowed <= 0) break;
        const revised = this.isRevised(ind, age, area);
        const firstDay = Math.min(this.todayDay, period.endDay + PUBLICATION_LAG[ind.frequency] + Math.floor(hash01(this.seed, ind.id, period.startDay, area.index, 11) * 10));
        const final = this.value(ind, period, area);
        const provisional = revised ? this.value(ind, period, area, 1) : final;
        const headline = area.level === 'combined_authority' || area === this.headlineBorough;
        emitRow({
          identity_id: ind.id,
          period: period.key,
          area_code: area.code,
          area_vintage: area.vintage,
          revision: 1,
          value: provisional,
          status: revised || (age === 0 && hash01(this.seed, ind.id, period.startDay, area.index, 13) < 0.5) ? 'provisional' : 'final',
          source_note: sourceNote,
          commentary: headline && age === 0 && hash01(this.seed, ind.id, area.index, 17) < 0.3 ? 'Latest figure; see the quarterly performance report for context.' : '',
          recorded_at: timestampOf(firstDay, 10 * 3_600_000),
          recorded_by: recordedBy,
        });
        allowed--;
        emitted++;
        if (revised && allowed > 0) {
          const secondDay = Math.min(this.todayDay, firstDay + 20 + Math.floor(hash01(this.seed, ind.id, period.startDay, area.index, 19) * 60));
          emitRow({
            identity_id: ind.id,
            period: period.key,
            area_code: area.code,
            area_vintage: area.vintage,
            revision: 2,
            value: final,
            status: 'final',
            source_note: sourceNote,
            commentary: 'Revised when late returns were added to the source data.',
            recorded_at: timestampOf(secondDay, 15.5 * 3_600_000),
            recorded_by: recordedBy,
          });
          allowed--;
          emitted++;
        }
      }
    }
    return emitted;
  }
}

