import type { PartnerListInput } from '../../api/types';

export interface PartnerFilter {
  search: string;
  organisationType: string;
  wardCode: string;
  /** 'valid', 'expired', 'missing' or ''. */
  dueDiligence: string;
  includeArchived: boolean;
}

export const EMPTY_PARTNER_FILTER: PartnerFilter = { search: '', organisationType: '', wardCode: '', dueDiligence: '', includeArchived: false };

let remembered: PartnerFilter = EMPTY_PARTNER_FILTER;

export function rememberedPartnerFilter(): PartnerFilter {
  return remembered;
}

export function rememberPartnerFilter(filter: PartnerFilter): void {
  remembered = filter;
}

type ListFilter = Exclude<PartnerListInput, void | undefined>;

/** The partners.list input: empty choices are sent as null. */
export function partnerListInput(filter: PartnerFilter): ListFilter {
  return {
    search: filter.search.trim(),
    organisationType: (filter.organisationType || null) as ListFilter['organisationType'],
    wardCode: filter.wardCode || null,
    dueDiligence: (filter.dueDiligence || null) as ListFilter['dueDiligence'],
    includeArchived: filter.includeArchived,
  };
}

export function isFiltered(filter: PartnerFilter): boolean {
  return Boolean(filter.search || filter.organisationType || filter.wardCode || filter.dueDiligence || filter.includeArchived);
}
