/**
 * Labels for the outcomes vocabulary. Copied from core/outcomes/vocabulary.ts and the status
 * module (the renderer may import only types from core). Keep the codes identical.
 */
export const RAG_LABELS: Record<string, string> = { green: 'Green', amber: 'Amber', red: 'Red', none: 'Not rated' };
export const RAG_CODES = ['red', 'amber', 'green', 'none'] as const;
export type RagCode = (typeof RAG_CODES)[number];

export const VERSION_STATUS_LABELS: Record<string, string> = { draft: 'Draft', published: 'Published', superseded: 'Superseded' };

export const ELEMENT_KIND_LABELS: Record<string, string> = { pillar: 'Pillar', outcome: 'Outcome', mission: 'Mission', priority: 'Priority', theme: 'Theme' };

export const INDICATOR_KIND_LABELS: Record<string, string> = {
  accountable: 'Accountable (rated against targets)',
  contextual: 'Contextual (tracked, not rated)',
};

export const UNIT_LABELS: Record<string, string> = {
  count: 'Count',
  percentage: 'Percentage',
  rate_per_1000: 'Rate per 1,000',
  pounds: 'Pounds (£)',
  index: 'Index',
  score: 'Score',
};

export const POLARITY_LABELS: Record<string, string> = { higher_is_better: 'Higher is better', lower_is_better: 'Lower is better', none: 'No polarity' };

export const FREQUENCY_LABELS: Record<string, string> = { monthly: 'Monthly', quarterly: 'Quarterly', six_monthly: 'Six-monthly', annual: 'Annual' };

export const GEOGRAPHY_LEVEL_LABELS: Record<string, string> = { ward: 'Ward', borough: 'Borough', combined_authority: 'Combined authority (GM)' };

export const COMPARATOR_LABELS: Record<string, string> = { previous_period: 'Previous period', same_period_last_year: 'Same period last year' };

export const OBSERVATION_STATUS_LABELS: Record<string, string> = { provisional: 'Provisional', final: 'Final' };

export const TIER_LABELS: Record<string, string> = { '1': 'Tier 1', '2': 'Tier 2' };

/**
 * Direction of travel, in LG Inform's words: with polarity "Improving / Worsening / No change",
 * without it "Increasing / Decreasing / No change". The arrow is decoration; the words carry the meaning.
 */
export const DIRECTION_LABELS: Record<string, { arrow: string; text: string }> = {
  improving: { arrow: '↑', text: 'Improving' },
  worsening: { arrow: '↓', text: 'Worsening' },
  no_change: { arrow: '→', text: 'No change' },
  increasing: { arrow: '↗', text: 'Increasing' },
  decreasing: { arrow: '↘', text: 'Decreasing' },
};

/** Headline area codes (core/geography/wigan-areas.ts). */
export const GMCA_AREA_CODE = 'E47000001';
export const BOROUGH_AREA_CODE = 'E08000010';

/** The area an indicator's headline RAG is worked out for (core/outcomes/headline-area.ts). */
export function headlineAreaCode(geographyLevel: string): string {
  return geographyLevel === 'combined_authority' ? GMCA_AREA_CODE : BOROUGH_AREA_CODE;
}
