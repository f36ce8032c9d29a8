/**
 * Every screen of the app and the procedures it calls when it loads, with the inputs the renderer
 * sends (read from each screen's component). `npm run bench` ("screens at GM scale",
 * bench/screens.bench.ts) times each line; test/bench/screens.test.ts fails when a route in
 * renderer/src/routing/routes.ts has no line here. A new screen joins by adding a line.
 *
 * A screen loads in waves: the calls of one wave are issued together (the renderer's httpBatchLink
 * sends them as one batched request); a later wave starts when the earlier one has answered (a
 * component that renders only once the first data is there, e.g. the matrix's balance targets).
 * Inputs that name a record are functions of the fixtures, resolved once before timing.
 */
import type { inferRouterInputs } from '@trpc/server';
import type { AppRouter } from '../core/router';
import type { Role } from '../core/shared/roles';
import type { Route } from '../renderer/src/routing/routes';

type Inputs = inferRouterInputs<AppRouter>;
/** "grants.funds", "programmes.list", … */
export type ProcedurePath = { [N in keyof Inputs & string]: `${N}.${keyof Inputs[N] & string}` }[keyof Inputs & string];
type InputOf<P extends ProcedurePath> = P extends `${infer N}.${infer K}` ? (N extends keyof Inputs ? (K extends keyof Inputs[N] ? Inputs[N][K] : never) : never) : never;

/** Records the screens are shown for: the heaviest of each kind in the workspace (see screens.bench.ts). */
export interface Fixtures {
  programmeId: number;
  fundId: number;
  awardId: number;
  partnerId: number;
  /** The current indicator whose identity has the most observations. */
  indicatorId: number;
  indicatorFrameworkCode: string;
  indicatorCode: string;
  /** The first framework's current version (what the outcomes screen opens on). */
  versionId: number;
  packId: number;
}

export interface ScreenCall {
  path: ProcedurePath;
  input: (fixtures: Fixtures) => unknown;
}

export interface ScreenLoad {
  route: Route['name'];
  /** What the table prints. */
  label: string;
  /** The role the screen is loaded as (one that sees everything the screen offers). */
  as: Role;
  waves: ScreenCall[][];
}

/** One call: a fixed input, or one computed from the fixtures. */
export function call<P extends ProcedurePath>(path: P, ...input: undefined extends InputOf<P> ? [input?: InputOf<P> | ((f: Fixtures) => InputOf<P>)] : [input: InputOf<P> | ((f: Fixtures) => InputOf<P>)]): ScreenCall {
  const given = input[0];
  return { path, input: typeof given === 'function' ? (given as (f: Fixtures) => unknown) : () => given };
}

const WARDS = call('geography.wards');

/** The screens, in the order the table prints them. */
export const SCREENS: readonly ScreenLoad[] = [
  {
    route: 'register',
    label: 'Register page',
    as: 'strategy_officer',
    waves: [[call('programmes.list', { search: '', statuses: [], types: [], wardCode: null, includeArchived: false, sortBy: 'name', sortDirection: 'asc', page: 1, pageSize: 50 }), WARDS]],
  },
  { route: 'programme', label: 'Programme (overview)', as: 'strategy_officer', waves: [[call('programmes.get', (f) => ({ id: f.programmeId }))]] },
  {
    route: 'programme',
    label: 'Programme, Alignment tab',
    as: 'strategy_officer',
    waves: [
      [call('programmes.get', (f) => ({ id: f.programmeId }))],
      [call('alignment.programmeLinks', (f) => ({ programmeId: f.programmeId })), call('alignment.findings', (f) => ({ recordType: 'programme', recordId: f.programmeId, status: 'open', page: { offset: 0, limit: 20 } })), call('alignment.targets')],
    ],
  },
  { route: 'programme-new', label: 'New programme', as: 'strategy_officer', waves: [[WARDS, call('partners.options', { search: '', ids: [] })]] },
  { route: 'programme-edit', label: 'Edit programme', as: 'strategy_officer', waves: [[WARDS, call('partners.options', { search: '', ids: [] }), call('programmes.get', (f) => ({ id: f.programmeId }))]] },
  { route: 'audit', label: 'Audit log', as: 'admin', waves: [[call('audit.list', { limit: 100 }), call('users.list'), call('audit.head')]] },
  { route: 'users', label: 'Users', as: 'admin', waves: [[call('users.list')]] },
  { route: 'account', label: 'Your account', as: 'strategy_officer', waves: [[call('auth.sessions')]] },
  { route: 'outcomes', label: 'Outcomes (framework tree)', as: 'strategy_officer', waves: [[call('outcomes.frameworks')], [call('outcomes.tree', (f) => ({ versionId: f.versionId }))]] },
  {
    route: 'indicator',
    label: 'Indicator page',
    as: 'strategy_officer',
    waves: [
      [call('outcomes.indicator', (f) => ({ id: f.indicatorId, areaCode: null })), WARDS],
      [
        call('outcomes.indicatorHistory', (f) => ({ id: f.indicatorId, areaCode: null, sortDirection: 'desc', page: { offset: 0, limit: 50 } })),
        call('alignment.indicatorLinks', (f) => ({ frameworkCode: f.indicatorFrameworkCode, code: f.indicatorCode })), call('alignment.targets')],
    ],
  },
  { route: 'off-track', label: 'Off track', as: 'leader', waves: [[call('outcomes.frameworks'), call('outcomes.offTrack', {})]] },
  { route: 'alignment', label: 'Alignment matrix', as: 'strategy_officer', waves: [[call('alignment.report')], [call('alignment.balanceTargets')]] },
  { route: 'alignment-findings', label: 'Alignment findings', as: 'strategy_officer', waves: [[call('alignment.findings', { status: 'open', page: { offset: 0, limit: 50 } }), call('alignment.findings', { status: 'acknowledged', page: { offset: 0, limit: 50 } })]] },
  { route: 'packs', label: 'Briefing packs', as: 'leader', waves: [[call('packs.list')]] },
  { route: 'pack', label: 'Briefing pack', as: 'leader', waves: [[call('packs.get', (f) => ({ id: f.packId }))]] },
  {
    route: 'pack-new',
    label: 'Compose a pack',
    as: 'leader',
    waves: [[call('packs.options'), call('programmes.list', { statuses: ['active', 'proposed'], pageSize: 200, sortBy: 'name' })]],
  },
  { route: 'outcomes-import', label: 'Import outcome data', as: 'strategy_officer', waves: [] },
  { route: 'grants', label: 'Grants (funds list)', as: 'finance_officer', waves: [[call('grants.funds', { page: { offset: 0, limit: 50 }, search: '', period: 'all', sort: 'code', direction: 'asc' })]] },
  {
    route: 'fund',
    label: 'Fund',
    as: 'finance_officer',
    waves: [[call('grants.fundStatement', (f) => ({ fundId: f.fundId })), call('grants.awards', (f) => ({ fundId: f.fundId, search: '', page: { offset: 0, limit: 50 } })), call('grants.ledger', (f) => ({ fundId: f.fundId, direction: 'desc', page: { offset: 0, limit: 50 } }))]],
  },
  { route: 'award', label: 'Award', as: 'finance_officer', waves: [[call('grants.award', (f) => ({ id: f.awardId }))]] },
  { route: 'award-new', label: 'New award', as: 'finance_officer', waves: [[call('grants.fundStatement', (f) => ({ fundId: f.fundId })), call('partners.options', { search: '', ids: [] }), WARDS]] },
  {
    route: 'approvals',
    label: 'Approvals queue',
    as: 'finance_approver',
    waves: [
      [
        call('grants.approvals', { list: 'payments', stage: 'pending_approval', page: { offset: 0, limit: 50 } }),
        call('grants.returnedToYou', { page: { offset: 0, limit: 50 } }),
        call('grants.approvals', { list: 'corrections', stage: null, page: { offset: 0, limit: 50 } }),
        call('grants.approvals', { list: 'payments', stage: 'approved', page: { offset: 0, limit: 50 } }),
      ],
    ],
  },
  {
    route: 'partners',
    label: 'Partners list',
    as: 'finance_officer',
    waves: [[call('partners.list', { search: '', organisationType: null, wardCode: null, dueDiligence: null, includeArchived: false, sortBy: 'name', sortDirection: 'asc', page: { offset: 0, limit: 50 } }), WARDS]],
  },
  { route: 'partner', label: 'Partner', as: 'finance_officer', waves: [[call('partners.get', (f) => ({ id: f.partnerId })), call('grants.awards', (f) => ({ partnerId: f.partnerId, page: { offset: 0, limit: 50 } }))]] },
  { route: 'partner-new', label: 'New partner', as: 'finance_officer', waves: [[WARDS]] },
  { route: 'partner-edit', label: 'Edit partner', as: 'finance_officer', waves: [[WARDS, call('partners.get', (f) => ({ id: f.partnerId }))]] },
  { route: 'not-found', label: 'Page not found', as: 'leader', waves: [] },
];
