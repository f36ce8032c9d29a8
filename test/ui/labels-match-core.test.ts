import { describe, expect, it } from 'vitest';
import * as core from '../../core/programmes/vocabulary';
import { ROLES, ROLE_LABELS } from '../../core/shared/roles';
import * as ui from '../../renderer/src/labels';

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

  it('name every role', () => {
    for (const role of ROLES) expect(ROLE_LABELS[role]).toEqual(expect.any(String));
  });
});
