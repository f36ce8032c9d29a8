import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { previewIndicators } from '../../../core/outcomes/import/indicators-import';
import type { previewObservations } from '../../../core/outcomes/import/observations-import';
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
export type PartnerOption = RouterOutputs['partners']['options']['rows'][number];
export type UserView = RouterOutputs['users']['list'][number];
export type FrameworkSummary = RouterOutputs['outcomes']['frameworks'][number];
export type FrameworkVersionSummary = FrameworkSummary['versions'][number];
export type FrameworkTree = RouterOutputs['outcomes']['tree'];
export type TreeElement = FrameworkTree['elements'][number];
export type TreeIndicator = FrameworkTree['indicators'][number];
export type FrameworkFundingLine = FrameworkTree['fundingLines'][number];
export type VersionComparison = RouterOutputs['outcomes']['compare'];
export type IndicatorDetail = RouterOutputs['outcomes']['indicator'];
export type IndicatorHistoryPage = RouterOutputs['outcomes']['indicatorHistory'];
export type IndicatorHistoryRow = IndicatorHistoryPage['rows'][number];
export type AssessedIndicator = RouterOutputs['outcomes']['indicators'][number];
export type OffTrackRow = RouterOutputs['outcomes']['offTrack'][number];
/** The router's preview trimming loses the row types (they come out as unknown[]); restore them from the services. */
type FullObservationsPreview = Awaited<ReturnType<typeof previewObservations>>;
type FullIndicatorsPreview = Awaited<ReturnType<typeof previewIndicators>>;
export type ObservationsPreview = Omit<RouterOutputs['outcomes']['previewObservations'], 'toAdd' | 'toChange'> & Pick<FullObservationsPreview, 'toAdd' | 'toChange'>;
export type IndicatorsPreview = Omit<RouterOutputs['outcomes']['previewIndicators'], 'toAdd' | 'toChange'> & Pick<FullIndicatorsPreview, 'toAdd' | 'toChange'>;
export type ImportSummary = RouterOutputs['outcomes']['importObservations'];
export type ObservationInput = RouterInputs['outcomes']['recordObservation'];

/* Grants and partners */
export type FundSummary = RouterOutputs['grants']['funds']['rows'][number];
export type FundStatement = RouterOutputs['grants']['fundStatement'];
export type MoneyTotals = FundStatement['totals'];
export type AwardRow = RouterOutputs['grants']['awards']['rows'][number];
export type AwardDetail = RouterOutputs['grants']['award'];
export type AwardInstalment = AwardDetail['instalments'][number];
export type AwardPayment = AwardDetail['payments'][number];
export type LedgerEntry = RouterOutputs['grants']['ledger']['rows'][number];
export type ApprovalRow = RouterOutputs['grants']['approvals']['rows'][number];
export type ReturnedEntry = RouterOutputs['grants']['returnedToYou']['rows'][number];
export type AwardCorrection = AwardDetail['corrections'][number];
export type AwardInput = RouterInputs['grants']['createAward'];
export type PartnerListInput = RouterInputs['partners']['list'];
export type PartnerListPage = RouterOutputs['partners']['list'];
export type PartnerListRow = PartnerListPage['rows'][number];
export type PartnerDetail = RouterOutputs['partners']['get'];
export type PartnerInput = RouterInputs['partners']['create'];
export type DuplicateReport = RouterOutputs['partners']['checkDuplicates'];
export type DueDiligenceStanding = PartnerDetail['dueDiligence'];
export type DueDiligenceRecord = PartnerDetail['dueDiligenceHistory'][number];

/* Alignment */
/** What the matrix screen loads: rows, columns, per-cell counts and money, coverage, rule counts. */
export type AlignmentReport = RouterOutputs['alignment']['report'];
export type AlignmentMatrix = AlignmentReport['matrix'];
export type MatrixRow = AlignmentMatrix['rows'][number];
export type MatrixColumn = AlignmentMatrix['columns'][number];
export type MatrixCell = AlignmentMatrix['cells'][number][number];
export type MatrixCellPage = RouterOutputs['alignment']['matrixCell'];
export type CoverageFigure = AlignmentReport['coverage']['missions'][number]['coverage'];
/** The findings filters (as the export takes them: no page or sort). */
export type FindingsInput = Omit<RouterInputs['alignment']['exportFindings'], 'format'>;
export type FindingsResult = RouterOutputs['alignment']['findings'];
export type Finding = FindingsResult['rows'][number];
export type FindingRecordRef = Finding['records'][number];
export type AlignmentRule = FindingsResult['rules'][number];
export type LinkTargetOption = RouterOutputs['alignment']['targets'][number];
export type ProgrammeLinkRow = RouterOutputs['alignment']['programmeLinks'][number];
export type OutcomeLinkRow = RouterOutputs['alignment']['linksTo'][number];
export type ProgrammeLinkInput = RouterInputs['alignment']['link'];
