import type { PartnerListInput } from '../../api/types';

export type PartnerSortField = 'name' | 'type' | 'orgId' | 'ward' | 'dueDiligence';

export interface PartnerFilter {
  search: string;
  organisationType: string;
  wardCode: string;
  /** 'valid', 'expired', 'missing' or ''. */
  dueDiligence: string;
  includeArchived: boolean;
  sortBy: PartnerSortField;
  sortDirection: 'asc' | 'desc';
  /** Where the page begins; the server pages (core/shared/paging.ts). */
  offset: number;
}

export const PARTNERS_PAGE_SIZE = 50;

export const EMPTY_PARTNER_FILTER: PartnerFilter = { search: '', organisationType: '', wardCode: '', dueDiligence: '', includeArchived: false, sortBy: 'name', sortDirection: 'asc', offset: 0 };

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
    sortBy: filter.sortBy,
    sortDirection: filter.sortDirection,
    page: { offset: filter.offset, limit: PARTNERS_PAGE_SIZE },
  };
}

/** A header clicked: the same column flips direction, another column sorts ascending. */
export function nextPartnerSort(filter: PartnerFilter, field: PartnerSortField): Pick<PartnerFilter, 'sortBy' | 'sortDirection'> {
  return field === filter.sortBy ? { sortBy: field, sortDirection: filter.sortDirection === 'asc' ? 'desc' : 'asc' } : { sortBy: field, sortDirection: 'asc' };
}

export function isFiltered(filter: PartnerFilter): boolean {
  return Boolean(filter.search || filter.organisationType || filter.wardCode || filter.dueDiligence || filter.includeArchived);
}
