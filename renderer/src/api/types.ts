import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../core/router';

export type { AppRouter };
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type WorkspaceStatus = RouterOutputs['workspace']['status'];
export type SignedInUser = RouterOutputs['auth']['me'];
export type RegisterInput = RouterInputs['programmes']['list'];
export type RegisterPage = RouterOutputs['programmes']['list'];
export type RegisterRow = RegisterPage['rows'][number];
export type ProgrammeDetail = RouterOutputs['programmes']['get'];
export type ProgrammeInput = RouterInputs['programmes']['create'];
export type AuditEntry = RouterOutputs['audit']['list'][number];
export type AuditListInput = RouterInputs['audit']['list'];
export type Ward = RouterOutputs['geography']['wards'][number];
export type PartnerOption = RouterOutputs['partners']['options'][number];
export type UserView = RouterOutputs['users']['list'][number];
