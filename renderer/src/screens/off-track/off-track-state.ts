import type { RouterInputs } from '../../api/types';

export interface OffTrackFilter {
  frameworkCode: string;
  elementCode: string;
  /** '1', '2' or ''. */
  tier: string;
}

export const EMPTY_OFF_TRACK_FILTER: OffTrackFilter = { frameworkCode: '', elementCode: '', tier: '' };

let remembered: OffTrackFilter = EMPTY_OFF_TRACK_FILTER;

export function rememberedOffTrackFilter(): OffTrackFilter {
  return remembered;
}

export function rememberOffTrackFilter(filter: OffTrackFilter): void {
  remembered = filter;
}

/** The outcomes.offTrack input: empty choices are left out. */
export function offTrackInput(filter: OffTrackFilter): RouterInputs['outcomes']['offTrack'] {
  const input: RouterInputs['outcomes']['offTrack'] = {};
  if (filter.frameworkCode) input.frameworkCode = filter.frameworkCode;
  if (filter.frameworkCode && filter.elementCode) input.elementCode = filter.elementCode;
  if (filter.tier === '1' || filter.tier === '2') input.tier = Number(filter.tier) as 1 | 2;
  return input;
}
