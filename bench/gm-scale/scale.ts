/**
 * The size of the Greater Manchester benchmark workspace (from the product issue: ten councils with
 * 5,000 programmes, 20,000 partners, 200,000 awards, 1,000,000 payments and 1,000,000 observations).
 * "Payments" are ledger entries: payments with their approvals, releases, reversals and clawbacks.
 */
export const GM_SCALE = {
  programmes: 5_000,
  partners: 20_000,
  awards: 200_000,
  ledgerEntries: 1_000_000,
  observations: 1_000_000,
} as const;

export type GmScaleCounts = { -readonly [K in keyof typeof GM_SCALE]: number };

/** The counts for a scale factor (1 = full size). Every count is at least 1. */
export function scaledCounts(scale: number): GmScaleCounts {
  const of = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    programmes: of(GM_SCALE.programmes),
    partners: of(GM_SCALE.partners),
    awards: of(GM_SCALE.awards),
    ledgerEntries: of(GM_SCALE.ledgerEntries),
    observations: of(GM_SCALE.observations),
  };
}

/**
 * "Today" in the generated data: every date and timestamp is derived from it (and from the seed),
 * never from the clock, so the same seed gives byte-identical tables.
 */
export const GM_SCALE_TODAY = '2026-11-25';

/** Every generated user signs in with this passphrase (benchmark data only: it is published here). */
export const GM_SCALE_PASSPHRASE = 'gm-scale-benchmark-2026';

/** Bumped whenever the generator's output changes, so a cached file from an older generator is rebuilt. */
export const GM_SCALE_GENERATOR_VERSION = '2';

/** workspace_settings keys the generator writes (and reads to decide whether a file can be reused). */
export const SETTING_KEYS = {
  generator: 'gm_scale_generator',
  seed: 'gm_scale_seed',
  scale: 'gm_scale_scale',
  complete: 'gm_scale_complete',
} as const;
