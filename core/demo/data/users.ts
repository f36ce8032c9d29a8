import type { DemoUser, Role } from './types';

/**
 * The one passphrase shared by every demonstration account. It is published in the demo guide, so
 * a demonstration workspace must never hold real data. The seeder hashes it like any other
 * passphrase; it is never stored in clear.
 */
export const DEMO_PASSPHRASE = 'demo-passphrase-2026';

/** One account per role, so every screen and permission can be shown. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'admin',
    displayName: 'Demo Administrator',
    role: 'admin',
    purpose: 'Manages accounts and workspace settings.',
  },
  {
    username: 'strategy',
    displayName: 'Demo Strategy Officer',
    role: 'strategy_officer',
    purpose: 'Keeps the programme register and its alignment to the missions and GMCA pillars up to date.',
  },
  {
    username: 'finance',
    displayName: 'Demo Finance Officer',
    role: 'finance_officer',
    purpose: 'Records funding lines and prepares grant payments for approval.',
  },
  {
    username: 'approver',
    displayName: 'Demo Finance Approver',
    role: 'finance_approver',
    purpose: 'Approves payments prepared by someone else (never their own).',
  },
  {
    username: 'leader',
    displayName: 'Demo Council Leader',
    role: 'leader',
    purpose: 'Reads the register and reports; makes no changes.',
  },
];

/** Every role the product knows about; each has exactly one demo user. */
export const DEMO_ROLES: readonly Role[] = ['admin', 'strategy_officer', 'finance_officer', 'finance_approver', 'leader'];
