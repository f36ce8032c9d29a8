export const ROLES = ['admin', 'strategy_officer', 'finance_officer', 'finance_approver', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  strategy_officer: 'Strategy officer',
  finance_officer: 'Finance officer',
  finance_approver: 'Finance approver',
  leader: 'Leader',
};

/** Everyone who may read the register. */
export const ALL_ROLES: readonly Role[] = ROLES;
export const REGISTER_EDITORS: readonly Role[] = ['admin', 'strategy_officer'];
/**
 * Separation of duties: administrators manage users and the workspace; publishing a framework version
 * (which fixes the targets RAG status is judged against) and setting the funding-balance targets are
 * strategy decisions, so only strategy officers make them (README, Roles).
 */
export const VERSION_PUBLISHERS: readonly Role[] = ['strategy_officer'];
export const BALANCE_TARGET_SETTERS: readonly Role[] = ['strategy_officer'];
