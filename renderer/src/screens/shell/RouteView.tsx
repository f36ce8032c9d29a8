import { lazy, Suspense } from 'react';
import { Loading } from '../../components/Loading';
import type { SignedInUser } from '../../api/types';
import { canEditPartners, canRecordDueDiligence, canRecordPayments, canSeeApprovals } from '../../grants/grants-labels';
import { canAcknowledgeFindings, canComposePacks, canEditAlignment, canEditRegister, canPublishVersions, canSetBalanceTargets } from '../../labels';
import type { Route } from '../../routing/routes';
import { MessageScreen } from './MessageScreen';

// Each screen is its own chunk, loaded the first time it is shown, so signing in loads none of them.
const FindingsScreen = lazy(() => import('../alignment/FindingsScreen').then((m) => ({ default: m.FindingsScreen })));
const PackComposerScreen = lazy(() => import('../packs/PackComposerScreen').then((m) => ({ default: m.PackComposerScreen })));
const PackScreen = lazy(() => import('../packs/PackScreen').then((m) => ({ default: m.PackScreen })));
const PacksScreen = lazy(() => import('../packs/PacksScreen').then((m) => ({ default: m.PacksScreen })));
const MatrixScreen = lazy(() => import('../alignment/MatrixScreen').then((m) => ({ default: m.MatrixScreen })));
const ApprovalsScreen = lazy(() => import('../approvals/ApprovalsScreen').then((m) => ({ default: m.ApprovalsScreen })));
const AuditScreen = lazy(() => import('../audit/AuditScreen').then((m) => ({ default: m.AuditScreen })));
const AwardScreen = lazy(() => import('../award/AwardScreen').then((m) => ({ default: m.AwardScreen })));
const AwardFormScreen = lazy(() => import('../award-form/AwardFormScreen').then((m) => ({ default: m.AwardFormScreen })));
const FundScreen = lazy(() => import('../grants/FundScreen').then((m) => ({ default: m.FundScreen })));
const GrantsScreen = lazy(() => import('../grants/GrantsScreen').then((m) => ({ default: m.GrantsScreen })));
const IndicatorScreen = lazy(() => import('../indicator/IndicatorScreen').then((m) => ({ default: m.IndicatorScreen })));
const OffTrackScreen = lazy(() => import('../off-track/OffTrackScreen').then((m) => ({ default: m.OffTrackScreen })));
const OutcomesScreen = lazy(() => import('../outcomes/OutcomesScreen').then((m) => ({ default: m.OutcomesScreen })));
const PartnerScreen = lazy(() => import('../partner/PartnerScreen').then((m) => ({ default: m.PartnerScreen })));
const PartnerFormScreen = lazy(() => import('../partner-form/PartnerFormScreen').then((m) => ({ default: m.PartnerFormScreen })));
const PartnersScreen = lazy(() => import('../partners/PartnersScreen').then((m) => ({ default: m.PartnersScreen })));
const ImportScreen = lazy(() => import('../outcomes-import/ImportScreen').then((m) => ({ default: m.ImportScreen })));
const ProgrammeScreen = lazy(() => import('../programme/ProgrammeScreen').then((m) => ({ default: m.ProgrammeScreen })));
const ProgrammeFormScreen = lazy(() => import('../programme-form/ProgrammeFormScreen').then((m) => ({ default: m.ProgrammeFormScreen })));
const RegisterScreen = lazy(() => import('../register/RegisterScreen').then((m) => ({ default: m.RegisterScreen })));
const UsersScreen = lazy(() => import('../users/UsersScreen').then((m) => ({ default: m.UsersScreen })));
const AccountScreen = lazy(() => import('../account/AccountScreen').then((m) => ({ default: m.AccountScreen })));

export function RouteView({ route, user }: { route: Route; user: SignedInUser }) {
  return <Suspense fallback={<Loading label="Loading the page…" />}>{screenFor(route, user)}</Suspense>;
}

function screenFor(route: Route, user: SignedInUser) {
  const canEdit = canEditRegister(user.role);
  switch (route.name) {
    case 'register':
      return <RegisterScreen canEdit={canEdit} />;
    case 'programme':
      return <ProgrammeScreen key={route.id} id={route.id} canEdit={canEdit} canEditLinks={canEditAlignment(user.role)} />;
    case 'programme-new':
      return canEdit ? <ProgrammeFormScreen key="new" id={null} /> : <MessageScreen title="You cannot add programmes" message="Your role can read the register but not change it." />;
    case 'programme-edit':
      return canEdit ? (
        <ProgrammeFormScreen key={`edit-${route.id}`} id={route.id} />
      ) : (
        <MessageScreen title="You cannot edit programmes" message="Your role can read the register but not change it." />
      );
    case 'audit':
      return <AuditScreen isAdmin={user.role === 'admin'} />;
    case 'account':
      return <AccountScreen user={user} />;
    case 'users':
      return user.role === 'admin' ? (
        <UsersScreen currentUserId={user.userId} />
      ) : (
        <MessageScreen title="Users are managed by administrators" message="Ask an administrator if you need an account changed." />
      );
    case 'outcomes':
      return <OutcomesScreen key={route.versionId ?? 'current'} versionId={route.versionId} canEdit={canEdit} canPublish={canPublishVersions(user.role)} canEditLinks={canEditAlignment(user.role)} />;
    case 'indicator':
      return <IndicatorScreen key={route.id} id={route.id} canEdit={canEdit} canEditLinks={canEditAlignment(user.role)} />;
    case 'off-track':
      return <OffTrackScreen />;
    case 'alignment':
      return <MatrixScreen canEditTargets={canSetBalanceTargets(user.role)} />;
    case 'alignment-findings':
      return <FindingsScreen canAcknowledge={canAcknowledgeFindings(user.role)} />;
    case 'packs':
      return <PacksScreen canCompose={canComposePacks(user.role)} />;
    case 'pack':
      return <PackScreen key={route.id} id={route.id} />;
    case 'pack-new':
      return canComposePacks(user.role) ? (
        <PackComposerScreen />
      ) : (
        <MessageScreen title="You cannot compose briefing packs" message="Leaders, strategy officers and administrators compose packs; your role can read and download them." />
      );
    case 'outcomes-import':
      return canEdit ? <ImportScreen /> : <MessageScreen title="You cannot import outcome data" message="Your role can read outcomes but not change them." />;
    case 'grants':
      return <GrantsScreen />;
    case 'fund':
      return <FundScreen key={route.id} id={route.id} canCreateAwards={canRecordPayments(user.role)} />;
    case 'award':
      return <AwardScreen key={route.id} id={route.id} user={user} />;
    case 'award-new':
      return canRecordPayments(user.role) ? (
        <AwardFormScreen key={route.fundId} fundId={route.fundId} />
      ) : (
        <MessageScreen title="You cannot make awards" message="Awards are made by finance officers." />
      );
    case 'approvals':
      return canSeeApprovals(user.role) ? <ApprovalsScreen user={user} /> : <MessageScreen title="Approvals are for finance staff" message="Your role can read grants but not the approvals queue." />;
    case 'partners':
      return <PartnersScreen canEdit={canEditPartners(user.role)} />;
    case 'partner':
      return <PartnerScreen key={route.id} id={route.id} canEdit={canEditPartners(user.role)} canRecordDueDiligence={canRecordDueDiligence(user.role)} />;
    case 'partner-new':
      return canEditPartners(user.role) ? <PartnerFormScreen key="new" id={null} /> : <MessageScreen title="You cannot add partners" message="Your role can read partners but not change them." />;
    case 'partner-edit':
      return canEditPartners(user.role) ? (
        <PartnerFormScreen key={`edit-${route.id}`} id={route.id} />
      ) : (
        <MessageScreen title="You cannot edit partners" message="Your role can read partners but not change them." />
      );
    case 'not-found':
      return <MessageScreen title="Page not found" message="There is no page at that address." />;
  }
}
