import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEMO_FRAMEWORKS,
  GMCA_IS_FRAMEWORK,
  ILLUSTRATIVE_SOURCE_NOTE,
  LOF_FRAMEWORK,
  PWU_FRAMEWORK,
  headlineSeries,
  indicatorObservations,
  indicatorTargets,
  periodEndDate,
  periodRange,
  seedOf,
  seededRandom,
} from '../../../core/demo/data/outcomes';
import { MISSIONS, WARDS, WIGAN_BOROUGH_CODE } from '../../../core/demo/data';
import { isPeriodKey } from '../../../core/outcomes/status';

const allIndicators = DEMO_FRAMEWORKS.flatMap((f) => f.versions.flatMap((v) => v.indicators.map((indicator) => ({ framework: f, version: v, indicator }))));

describe('demonstration outcome data', () => {
  it('holds three frameworks with unique codes, and elements whose parents exist in the same version', () => {
    expect(DEMO_FRAMEWORKS.map((f) => [f.code, f.owner])).toEqual([
      ['GMCA-IS', 'gmca'],
      ['WGN-PWU', 'council'],
      ['LOF', 'national'],
    ]);
    for (const framework of DEMO_FRAMEWORKS) {
      for (const version of framework.versions) {
        const codes = version.elements.map((e) => e.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const e of version.elements) if (e.parentCode !== null) expect(codes).toContain(e.parentCode);
        for (const line of version.fundingLines) expect(codes).toContain(line.elementCode);
        const indicatorCodes = version.indicators.map((i) => i.code);
        expect(new Set(indicatorCodes).size).toBe(indicatorCodes.length);
        for (const i of version.indicators) if (i.elementCode !== null) expect(codes).toContain(i.elementCode);
      }
    }
  });

  it('reuses the missions and their (illustrative) priorities in Progress with Unity', () => {
    const elements = PWU_FRAMEWORK.versions[0]!.elements;
    for (const mission of MISSIONS) {
      expect(elements.find((e) => e.code === mission.code)).toMatchObject({ kind: 'mission', title: mission.title });
      for (const p of mission.priorities) expect(elements.find((e) => e.code === p.code)).toMatchObject({ kind: 'priority', title: p.title, parentCode: mission.code, illustrative: true });
    }
    expect(new Set(PWU_FRAMEWORK.versions[0]!.indicators.map((i) => i.tier))).toEqual(new Set([1, 2, null]));
  });

  it('writes every target and observation period as a period key of the indicator’s frequency', () => {
    for (const { framework, indicator } of allIndicators) {
      for (const t of indicatorTargets(indicator.frequency, indicator.targets)) expect(isPeriodKey(indicator.frequency, t.period), `${indicator.code} target ${t.period}`).toBe(true);
      for (const o of indicatorObservations(framework.code, indicator)) expect(isPeriodKey(indicator.frequency, o.period), `${indicator.code} ${o.period}`).toBe(true);
    }
  });

  it('gives targets to accountable indicators only, and values only to the published frameworks', () => {
    for (const { indicator } of allIndicators) {
      if (indicator.kind === 'contextual') expect(indicator.targets).toBeNull();
      if (indicator.kind === 'accountable' && indicator.series) expect(indicator.targets).not.toBeNull();
    }
    expect(LOF_FRAMEWORK.versions[0]!.indicators.every((i) => i.series === null)).toBe(true);
    expect(LOF_FRAMEWORK.versions[0]!.status).toBe('draft');
  });

  it('labels every generated value illustrative and never records it after it could have been known', () => {
    for (const { framework, indicator } of allIndicators) {
      for (const o of indicatorObservations(framework.code, indicator)) {
        expect(o.sourceNote).toBe(ILLUSTRATIVE_SOURCE_NOTE);
        expect(o.recordedAt > periodEndDate(o.period)).toBe(true);
        expect(Number.isFinite(o.value)).toBe(true);
        expect(o.value).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('splits ward-level counts so the wards add up to the borough', () => {
    const hereForYou = PWU_FRAMEWORK.versions[0]!.indicators.find((i) => i.code === 'PWU-05')!;
    const rows = indicatorObservations(PWU_FRAMEWORK.code, hereForYou);
    const periods = new Set(rows.map((r) => r.period));
    for (const period of periods) {
      const borough = rows.find((r) => r.period === period && r.areaCode === WIGAN_BOROUGH_CODE)!;
      const wards = rows.filter((r) => r.period === period && r.areaCode !== WIGAN_BOROUGH_CODE);
      expect(wards).toHaveLength(WARDS.length);
      expect(wards.reduce((sum, r) => sum + r.value, 0)).toBe(borough.value);
    }
  });

  it('is deterministic: the same rows every time, and anchors are kept exactly', () => {
    for (const { framework, indicator } of allIndicators) {
      expect(indicatorObservations(framework.code, indicator)).toEqual(indicatorObservations(framework.code, indicator));
      if (!indicator.series) continue;
      const series = headlineSeries(indicator.frequency, indicator.series, seedOf(`${framework.code}:${indicator.code}`));
      for (const [period, value] of Object.entries(indicator.series.anchors)) expect(series.find((s) => s.period === period)?.value).toBe(value);
    }
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it('counts periods and period ends the way the financial year runs', () => {
    expect(periodRange('quarterly', '2022/23 Q1', '2025/26 Q2')).toHaveLength(14);
    expect(periodRange('six_monthly', '2024/25 H2', '2025/26 H1')).toEqual(['2024/25 H2', '2025/26 H1']);
    expect(periodRange('annual', '2022/23', '2024/25')).toEqual(['2022/23', '2023/24', '2024/25']);
    expect(periodEndDate('2025/26 Q2')).toBe('2025-09-30');
    expect(periodEndDate('2025/26 Q4')).toBe('2026-03-31');
    expect(periodEndDate('2025/26 H1')).toBe('2025-09-30');
    expect(periodEndDate('2024/25')).toBe('2025-03-31');
  });

  it('keeps the published 7,000-home Brownfield Housing Fund target for 2025/26', () => {
    const brownfield = GMCA_IS_FRAMEWORK.versions[0]!.indicators.find((i) => i.code === 'IS-HR-01')!;
    expect(indicatorTargets(brownfield.frequency, brownfield.targets).at(-1)).toEqual({ period: '2025/26 H2', value: 7_000 });
  });

  it('stays plain data inside the demo data folder, with no clock or unseeded randomness', () => {
    const dir = join(__dirname, '../../../core/demo/data/outcomes');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const [, specifier] of text.matchAll(/from\s+'([^']+)'/g)) expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\.?\/[a-z-]+$/);
      expect(text, file).not.toMatch(/Math\.random|Date\.now|new Date\(\)/);
    }
  });
});
