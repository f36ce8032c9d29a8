import type { RegisterInput } from '../../api/types';

export type SortField = 'code' | 'name' | 'type' | 'status' | 'startDate' | 'endDate' | 'totalPence' | 'updatedAt';

/** What the register screen is showing; kept between visits so "back to the register" returns to the same view. */
export interface RegisterState {
  search: string;
  status: string;
  type: string;
  wardCode: string;
  includeArchived: boolean;
  sortBy: SortField;
  sortDirection: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100, 200] as const;

export const DEFAULT_REGISTER_STATE: RegisterState = {
  search: '',
  status: '',
  type: '',
  wardCode: '',
  includeArchived: false,
  sortBy: 'name',
  sortDirection: 'asc',
  page: 1,
  pageSize: 50,
};

let remembered: RegisterState = DEFAULT_REGISTER_STATE;

export function rememberedRegisterState(): RegisterState {
  return remembered;
}

export function rememberRegisterState(state: RegisterState): void {
  remembered = state;
}

/** The filter part, shared by programmes.list and programmes.export. */
export function registerFilter(state: RegisterState) {
  return {
    search: state.search.trim(),
    statuses: state.status ? [state.status as NonNullable<RegisterInput['statuses']>[number]] : [],
    types: state.type ? [state.type as NonNullable<RegisterInput['types']>[number]] : [],
    wardCode: state.wardCode || null,
    includeArchived: state.includeArchived,
    sortBy: state.sortBy,
    sortDirection: state.sortDirection,
  };
}

export function registerListInput(state: RegisterState): RegisterInput {
  return { ...registerFilter(state), page: state.page, pageSize: state.pageSize };
}

/** Clicking a column: the same column flips direction, a new column starts ascending (money and dates descending). */
export function nextSort(state: RegisterState, field: SortField): Pick<RegisterState, 'sortBy' | 'sortDirection'> {
  if (state.sortBy === field) return { sortBy: field, sortDirection: state.sortDirection === 'asc' ? 'desc' : 'asc' };
  const startsDescending = field === 'totalPence' || field === 'updatedAt';
  return { sortBy: field, sortDirection: startsDescending ? 'desc' : 'asc' };
}

/** "Showing 1–50 of 10,000" style range for a page; zero rows gives 0–0. */
export function pageRange(total: number, page: number, pageSize: number): { first: number; last: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return { first: 0, last: 0, pages };
  const first = (page - 1) * pageSize + 1;
  return { first: Math.min(first, total), last: Math.min(page * pageSize, total), pages };
}
