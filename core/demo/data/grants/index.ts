/**
 * Demonstration grants: due diligence on the partners, the Live Well Trailblazer VCFSE fund (awarded
 * in full, zero transaction cost) and a small Supporting Communities Fund. Plain typed data; the
 * seeder (core/demo/seed-grants.ts) writes it.
 */
import { LIVE_WELL_FUND } from './live-well';
import { SUPPORTING_COMMUNITIES_FUND } from './supporting-communities';
import type { DemoFund } from './types';

export * from './types';
export * from './due-diligence';
export { LIVE_WELL_FUND } from './live-well';
export { SUPPORTING_COMMUNITIES_FUND } from './supporting-communities';

/** The demonstration funds, in the order they are created. */
export const DEMO_FUNDS: readonly DemoFund[] = [LIVE_WELL_FUND, SUPPORTING_COMMUNITIES_FUND];

/** Today, for the demonstration: the date the ledger and due-diligence states are written for. */
export const DEMO_GRANTS_AS_AT = '2026-11-25';
