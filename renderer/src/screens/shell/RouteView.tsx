import type { SignedInUser } from '../../api/types';
import { canEditPartners, canRecordDueDiligence, canRecordPayments, canSeeApprovals } from '../../grants/grants-labels';
import { canAcknowledgeFindings, canComposePacks, canEditAlignment, canEditRegister, canPublishVersions, canSetBalanceTargets } from '../../labels';
import type { Route } from '../../routing/routes';
import { FindingsScreen } from '../alignment/FindingsScreen';
import { PackComposerScreen } from '../packs/PackComposerScreen';
import { PackScreen } from '../packs/PackScreen';
import { PacksScreen } from '../packs/PacksScreen';
import { MatrixScreen } from '../alignment/MatrixScreen';
import { ApprovalsScreen } from '../approvals/ApprovalsScreen';
import { AuditScreen } from '../audit/AuditScreen';
import { AwardScreen } from '../award/AwardScreen';
import { AwardFormScreen } from '../award-form/AwardFormScreen';
import { FundScreen } from '../grants/FundScreen';
import { GrantsScreen } from '../grants/GrantsScreen';
import { IndicatorScreen } from '../indicator/IndicatorScreen';
import { OffTrackScreen } from '../off-track/OffTrackScreen';
import { OutcomesScreen } from '../outcomes/OutcomesScreen';
import { PartnerScreen } from '../partner/PartnerScreen';
import { PartnerFormScreen } from '../partner-form/PartnerFormScreen';
import { PartnersScreen } from '../partners/PartnersScreen';
import { ImportScreen } from '../outcomes-import/ImportScreen';
import { ProgrammeScreen } from '../programme/ProgrammeScreen';
import { ProgrammeFormScreen } from '../programme-form/ProgrammeFormScreen';
import { RegisterScreen } from '../register/RegisterScreen';
import { UsersScreen } from '../users/UsersScreen';
import { AccountScreen } from '../account/AccountScreen';
import { MessageScreen } from './MessageScreen';

export function RouteView({ route, user }: { route: Route; user: SignedInUser }) {
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
