import { fingerprintOf } from '../../core/alignment/rules/format';
import type { PillarCode } from '../../core/programmes/vocabulary';
import { dayOf, timestampOf } from './days';
import { COUNCIL_FRAMEWORK_CODE, GMCA_FRAMEWORK_CODE, type FrameworksModel, type IndicatorDef } from './frameworks';
import type { Random } from './random';
import { confirmedPence, drawnPillars, type Programme, type Theme } from './register';
import type { Staff } from './users';

/**
 * Alignment links: most programmes are linked to a council mission or priority and to the GMCA
 * outcomes (or indicators) of the pillars they draw money from; about one in ten is left unlinked and
 * some links are missing or point at another pillar, so the alignment rules have findings to report.
 * Also local → GMCA indicator links, a few acknowledgements and the funding balance targets.
 */

export interface LinkRow {
  programme_id: number | null;
  from_indicator_id: number | null;
  target_type: 'mission' | 'priority' | 'outcome' | 'indicator';
  target_framework_code: string;
  target_code: string;
  strength: 'primary' | 'secondary' | 'enabling' | null;
  relation: 'equivalent' | 'contributes_to' | 'proxy' | null;
  rationale: string;
  evidence: string;
  created_by: number;
  created_at: string;
  removed_by: number | null;
  removed_at: string | null;
}

export interface AcknowledgementRow {
  finding_key: string;
  fingerprint: string;
  reason: string;
  acknowledged_by: number;
  acknowledged_at: string;
}

export interface BalanceTargetRow {
  dimension: 'mission' | 'pillar';
  code: string;
  target_share: number;
  tolerance: number;
  set_by: number;
  set_at: string;
}

/** Priorities a theme usually serves (codes of the council framework). */
const THEME_PRIORITIES: Record<Theme, readonly string[]> = {
  local_growth_place: ['M2.1', 'M1.1'],
  local_transport: ['M2.3', 'M2.2'],
  adult_skills: ['M1.1'],
  housing_regeneration: ['M2.2'],
  employment_support: ['M1.1', 'M1.3'],
  buildings_retrofit: ['M2.3', 'M1.3'],
  health: ['M1.4'],
  culture: ['M2.1', 'M2.4'],
  children: ['M1.2'],
  communities: ['M2.4', 'M1.3'],
};

const RATIONALES = ['Business case, section 2: strategic fit', 'Programme logic model', 'Cabinet report on the programme', 'Outcome mapping workshop with the programme board'];

export interface AlignmentModel {
  links: LinkRow[];
  acknowledgements: AcknowledgementRow[];
  balanceTargets: BalanceTargetRow[];
  unlinkedProgrammes: number;
}

export function buildAlignment(rng: Random, programmes: readonly Programme[], fw: FrameworksModel, staff: Staff, todayDay: number): AlignmentModel {
  const links: LinkRow[] = [];
  const outcomesOf = (pillar: PillarCode) => fw.outcomes.filter((o) => o.pillarCode === pillar);
  const gmcaIndicatorsOf = (pillar: PillarCode) => fw.indicators.filter((i) => i.frameworkCode === GMCA_FRAMEWORK_CODE && i.pillarCode === pillar);
  const unlinked: Programme[] = [];

  for (const p of programmes) {
    if (rng.chance(0.1)) {
      unlinked.push(p);
      continue;
    }
    const by = staff.byCouncil[p.council.index]!.strategy.id;
    const created = Math.min(todayDay, dayOf(p.createdAt.slice(0, 10)) + rng.int(7, 90));
    const at = timestampOf(created, 14 * 3_600_000 + rng.int(0, 3 * 3_600) * 1000);
    const base = { programme_id: p.id, from_indicator_id: null, relation: null, created_by: by, created_at: at, removed_by: null, removed_at: null };
    const evidence = p.sources[0]?.title ?? 'Programme board minutes';
    const seen = new Set<string>();
    const add = (row: Omit<LinkRow, keyof typeof base | 'rationale' | 'evidence'>) => {
      const key = `${row.target_type}:${row.target_code}`;
      if (seen.has(key)) return;
      seen.add(key);
      links.push({ ...base, ...row, rationale: rng.pick(RATIONALES), evidence });
    };

    if (rng.chance(0.95)) {
      const preferred = THEME_PRIORITIES[p.theme];
      const priority = rng.chance(0.8) ? rng.pick(preferred) : rng.pick(fw.priorities).code;
      if (rng.chance(0.85)) add({ target_type: 'priority', target_framework_code: COUNCIL_FRAMEWORK_CODE, target_code: priority, strength: 'primary' });
      else add({ target_type: 'mission', target_framework_code: COUNCIL_FRAMEWORK_CODE, target_code: priority.slice(0, 2), strength: 'primary' });
      if (rng.chance(0.2)) add({ target_type: 'priority', target_framework_code: COUNCIL_FRAMEWORK_CODE, target_code: rng.pick(fw.priorities).code, strength: rng.chance(0.5) ? 'secondary' : 'enabling' });
      if (rng.chance(0.01)) {
        // A link made in error and removed: kept for its history.
        const wrong = rng.pick(fw.priorities).code;
        if (!seen.has(`priority:${wrong}`)) {
          links.push({
            ...base,
            target_type: 'priority',
            target_framework_code: COUNCIL_FRAMEWORK_CODE,
            target_code: wrong,
            strength: 'secondary',
            rationale: 'Linked in error',
            evidence,
            removed_by: by,
            removed_at: timestampOf(Math.min(todayDay, created + rng.int(1, 60)), 16 * 3_600_000),
          });
        }
      }
    }

    if (rng.chance(0.92)) {
      const pillars = drawnPillars(p);
      if (!pillars.length && (p.theme === 'health' || p.theme === 'culture' || p.theme === 'children' || p.theme === 'communities')) {
        if (rng.chance(0.6)) add({ target_type: 'outcome', target_framework_code: GMCA_FRAMEWORK_CODE, target_code: rng.pick(fw.outcomes).code, strength: 'enabling' });
      } else {
        const toLink = pillars.length ? pillars : [p.theme as PillarCode];
        toLink.forEach((pillar, i) => {
          if (!rng.chance(0.9)) return;
          const strength = i === 0 ? 'primary' : 'secondary';
          if (rng.chance(0.7)) add({ target_type: 'outcome', target_framework_code: GMCA_FRAMEWORK_CODE, target_code: rng.pick(outcomesOf(pillar)).code, strength });
          else add({ target_type: 'indicator', target_framework_code: GMCA_FRAMEWORK_CODE, target_code: rng.pick(gmcaIndicatorsOf(pillar)).code, strength });
        });
      }
    }
  }

  // Local (council) indicator → GMCA indicator.
  const gmcaIndicators = fw.indicators.filter((i) => i.frameworkCode === GMCA_FRAMEWORK_CODE);
  const local: IndicatorDef[] = fw.indicators.filter((i) => i.frameworkCode === COUNCIL_FRAMEWORK_CODE);
  for (const ind of local) {
    if (!rng.chance(0.6)) continue;
    const target = rng.pick(gmcaIndicators);
    links.push({
      programme_id: null,
      from_indicator_id: ind.id,
      target_type: 'indicator',
      target_framework_code: GMCA_FRAMEWORK_CODE,
      target_code: target.code,
      strength: rng.pick(['primary', 'secondary', 'enabling'] as const),
      relation: rng.weighted([['equivalent', 20], ['contributes_to', 60], ['proxy', 20]] as const),
      rationale: `${ind.title} moves with ${target.title.toLowerCase()}`,
      evidence: 'Performance framework review, 2025',
      created_by: staff.strategy.id,
      created_at: timestampOf(dayOf('2025-05-01') + rng.int(0, 120), 11 * 3_600_000),
      removed_by: null,
      removed_at: null,
    });
  }

  // A few acknowledgements of "not linked" findings: most still apply, some are for older data (reopened).
  const acknowledgements: AcknowledgementRow[] = [];
  for (const p of unlinked.filter((u) => u.status === 'active').slice(0, 12)) {
    const stale = rng.chance(0.25);
    const confirmed = confirmedPence(p) + (stale ? 10_000_000 : 0);
    const rule = rng.chance(0.5) ? 'programme-without-mission' : 'programme-without-gmca-outcome';
    acknowledgements.push({
      finding_key: `${rule}:programme:${p.id}`,
      fingerprint: fingerprintOf({ status: p.status, confirmedPence: confirmed }),
      reason: rule === 'programme-without-mission' ? 'Closing at the end of the financial year; not being re-aligned.' : 'Funded entirely by the council outside the Integrated Settlement.',
      acknowledged_by: staff.byCouncil[p.council.index]!.strategy.id,
      acknowledged_at: timestampOf(todayDay - rng.int(5, 120), 15 * 3_600_000),
    });
  }

  const setAt = timestampOf(dayOf('2025-04-15'), 10 * 3_600_000);
  const balanceTargets: BalanceTargetRow[] = [
    { dimension: 'mission', code: 'M1', target_share: 0.55, tolerance: 0.05, set_by: staff.strategy.id, set_at: setAt },
    { dimension: 'mission', code: 'M2', target_share: 0.45, tolerance: 0.05, set_by: staff.strategy.id, set_at: setAt },
    ...([
      ['local_growth_place', 0.2],
      ['local_transport', 0.3],
      ['adult_skills', 0.15],
      ['housing_regeneration', 0.2],
      ['employment_support', 0.1],
      ['buildings_retrofit', 0.05],
    ] as const).map(([code, share]): BalanceTargetRow => ({ dimension: 'pillar', code, target_share: share, tolerance: 0.05, set_by: staff.strategy.id, set_at: setAt })),
  ];
  return { links, acknowledgements, balanceTargets, unlinkedProgrammes: unlinked.length };
}
