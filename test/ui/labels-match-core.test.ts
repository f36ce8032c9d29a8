import { packsRouter } from '../../core/packs/router';
import { outcomesRouter } from '../../core/outcomes/router';
import { describe, expect, it } from 'vitest';
import type { FindingView } from '../../core/alignment/report';
import { alignmentRouter } from '../../core/alignment/router';
import { ALL_RULES } from '../../core/alignment/rules';
import { STRENGTH_WEIGHTS } from '../../core/alignment/rules/model';
import { findingsFilter, programmeLinkInput } from '../../core/alignment/schemas';
import * as core from '../../core/programmes/vocabulary';
import { ROLES, ROLE_LABELS } from '../../core/shared/roles';
import * as ui from '../../renderer/src/labels';

/** Compile-time: the renderer's finding statuses are exactly FindingView['status'] (no more, no fewer). */
const statusesCoverCore: Record<FindingView['status'], string> = ui.FINDING_STATUS_LABELS;
const statusesFromCore: ReadonlyArray<FindingView['status']> = ui.FINDING_STATUSES;

/** The roles a procedure of the alignment router allows (its meta). */
function rolesOf(procedure: keyof typeof alignmentRouter._def.procedures): readonly string[] {
  const procedures = alignmentRouter._def.procedures as unknown as Record<string, { _def: { meta?: { roles?: readonly string[] } } }>;
  return procedures[procedure]?._def.meta?.roles ?? [];
}

/**
 * The renderer may not import runtime code from core/, so it keeps its own copy of the register's
 * vocabulary. This test keeps the copy identical to the server's.
 */
describe('renderer labels', () => {
  it('use exactly the server vocabulary and wording', () => {
    expect(ui.PROGRAMME_TYPES).toEqual(core.PROGRAMME_TYPES);
    expect(ui.PROGRAMME_STATUSES).toEqual(core.PROGRAMME_STATUSES);
    expect(ui.FUNDING_SOURCES).toEqual(core.FUNDING_SOURCES);
    expect(ui.PILLARS).toEqual(core.PILLARS);
    expect(ui.SPEND_TYPES).toEqual(core.SPEND_TYPES);
    expect(ui.CERTAINTIES).toEqual(core.CERTAINTIES);
    expect(ui.MILESTONE_STATUSES).toEqual(core.MILESTONE_STATUSES);
    expect(ui.ROLES).toEqual(ROLES);
    expect(ui.PROGRAMME_TYPE_LABELS).toEqual(core.PROGRAMME_TYPE_LABELS);
    expect(ui.PROGRAMME_STATUS_LABELS).toEqual(core.PROGRAMME_STATUS_LABELS);
    expect(ui.FUNDING_SOURCE_LABELS).toEqual(core.FUNDING_SOURCE_LABELS);
    expect(ui.PILLAR_LABELS).toEqual(core.PILLAR_LABELS);
  });

  it('use exactly the alignment vocabulary: strengths, target types, severities, statuses and record types', () => {
    expect(ui.LINK_STRENGTHS).toEqual(programmeLinkInput.shape.strength.options);
    expect(Object.keys(STRENGTH_WEIGHTS)).toEqual([...ui.LINK_STRENGTHS]);
    expect(Object.keys(ui.LINK_STRENGTH_LABELS)).toEqual([...ui.LINK_STRENGTHS]);
    expect(Object.keys(ui.LINK_STRENGTH_HINTS)).toEqual([...ui.LINK_STRENGTHS]);
    expect(ui.LINK_TARGET_TYPES).toEqual(programmeLinkInput.shape.targetType.options);
    expect(Object.keys(ui.LINK_TARGET_TYPE_LABELS)).toEqual([...ui.LINK_TARGET_TYPES]);
    expect(ui.FINDING_SEVERITIES).toEqual(findingsFilter.shape.severity.unwrap().element.options);
    expect(Object.keys(ui.FINDING_SEVERITY_LABELS)).toEqual([...ui.FINDING_SEVERITIES]);
    for (const rule of ALL_RULES) expect(ui.FINDING_SEVERITIES).toContain(rule.severity);
    expect(ui.FINDING_STATUS_FILTERS).toEqual(findingsFilter.shape.status.unwrap().options);
    expect(Object.keys(ui.FINDING_STATUS_FILTER_LABELS)).toEqual([...ui.FINDING_STATUS_FILTERS]);
    expect(Object.keys(statusesCoverCore)).toEqual([...statusesFromCore]);
    expect(ui.FINDING_RECORD_TYPES).toEqual(findingsFilter.shape.recordType.unwrap().options);
  });

  it('offer alignment actions only to the roles the server allows', () => {
    const who = (can: (role: string) => boolean) => ROLES.filter((role) => can(role));
    expect(who(ui.canEditAlignment)).toEqual(ROLES.filter((r) => rolesOf('link').includes(r)));
    expect(who(ui.canEditAlignment)).toEqual(ROLES.filter((r) => rolesOf('unlink').includes(r)));
    expect(who(ui.canSetBalanceTargets)).toEqual(ROLES.filter((r) => rolesOf('setBalanceTarget').includes(r)));
    expect(who(ui.canEditAlignment)).toEqual(ROLES.filter((r) => rolesOf('linkIndicator').includes(r)));
    expect(who(ui.canAcknowledgeFindings)).toEqual(ROLES.filter((r) => rolesOf('acknowledge').includes(r)));
    expect(rolesOf('findings')).toEqual(ROLES);
    expect(rolesOf('exportMatrix')).toEqual(ROLES);
  });

  it('offer publishing a framework version only to the roles the server allows', () => {
    const procedures = outcomesRouter._def.procedures as unknown as Record<string, { _def: { meta?: { roles?: readonly string[] } } }>;
    const allowed = ROLES.filter((r) => (procedures.publish?._def.meta?.roles ?? []).includes(r));
    expect(allowed.length).toBeGreaterThan(0);
    expect(ROLES.filter((role) => ui.canPublishVersions(role))).toEqual(allowed);
  });

  it('offer pack composition only to the roles the server allows', () => {
    const procedures = packsRouter._def.procedures as unknown as Record<string, { _def: { meta?: { roles?: readonly string[] } } }>;
    const allowed = (name: string) => ROLES.filter((r) => (procedures[name]?._def.meta?.roles ?? []).includes(r));
    expect(ROLES.filter((role) => ui.canComposePacks(role))).toEqual(allowed('generate'));
    expect(allowed('preview')).toEqual(allowed('generate'));
    expect(allowed('download')).toEqual([...ROLES]);
  });

  it('name every role', () => {
    for (const role of ROLES) expect(ROLE_LABELS[role]).toEqual(expect.any(String));
  });
});
