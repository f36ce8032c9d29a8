import type { ProgrammeDetail } from '../api/types';
import { penceToPoundsInput } from './money-input';

/** Everything the programme form edits, held as the strings the inputs show. */
export interface FundingLineDraft {
  key: string;
  source: string;
  pillarCode: string;
  financialYear: string;
  spendType: string;
  amount: string;
  certainty: string;
  note: string;
}

export interface MilestoneDraft {
  key: string;
  title: string;
  dueDate: string;
  targetValue: string;
  unit: string;
  status: string;
  actualValue: string;
}

export interface PartnerDraft {
  key: string;
  partnerId: string;
  role: string;
}

export interface RiskDraft {
  key: string;
  description: string;
  likelihood: string;
  impact: string;
  owner: string;
  mitigation: string;
}

export interface SourceDraft {
  key: string;
  title: string;
  url: string;
  document: string;
  sourceDate: string;
  figure: string;
}

export interface ProgrammeDraft {
  code: string;
  name: string;
  summary: string;
  type: string;
  status: string;
  leadOfficer: string;
  seniorResponsibleOwner: string;
  startDate: string;
  endDate: string;
  fundingLines: FundingLineDraft[];
  milestones: MilestoneDraft[];
  wardCodes: string[];
  partners: PartnerDraft[];
  risks: RiskDraft[];
  sources: SourceDraft[];
}

let keyCounter = 0;
/** A key that keeps React rows stable while rows are added and removed. */
export function nextKey(): string {
  keyCounter += 1;
  return `row-${keyCounter}`;
}

/** Financial year containing today, e.g. "2025/26" (April to March). */
export function currentFinancialYear(today = new Date()): string {
  const start = today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

export const newFundingLine = (): FundingLineDraft => ({
  key: nextKey(),
  source: 'is_pillar',
  pillarCode: '',
  financialYear: currentFinancialYear(),
  spendType: 'revenue',
  amount: '',
  certainty: 'planned',
  note: '',
});

export const newMilestone = (): MilestoneDraft => ({
  key: nextKey(),
  title: '',
  dueDate: '',
  targetValue: '',
  unit: '',
  status: 'not_started',
  actualValue: '',
});

export const newPartner = (): PartnerDraft => ({ key: nextKey(), partnerId: '', role: '' });
export const newRisk = (): RiskDraft => ({ key: nextKey(), description: '', likelihood: '3', impact: '3', owner: '', mitigation: '' });
export const newSource = (): SourceDraft => ({ key: nextKey(), title: '', url: '', document: '', sourceDate: '', figure: '' });

export function emptyDraft(): ProgrammeDraft {
  return {
    code: '',
    name: '',
    summary: '',
    type: 'devolved_programme',
    status: 'proposed',
    leadOfficer: '',
    seniorResponsibleOwner: '',
    startDate: '',
    endDate: '',
    fundingLines: [],
    milestones: [],
    wardCodes: [],
    partners: [],
    risks: [],
    sources: [],
  };
}

const numberText = (value: number | null): string => (value === null ? '' : String(value));

export function draftFromDetail(detail: ProgrammeDetail): ProgrammeDraft {
  return {
    code: detail.code,
    name: detail.name,
    summary: detail.summary,
    type: detail.type,
    status: detail.status,
    leadOfficer: detail.leadOfficer,
    seniorResponsibleOwner: detail.seniorResponsibleOwner,
    startDate: detail.startDate ?? '',
    endDate: detail.endDate ?? '',
    fundingLines: detail.fundingLines.map((line) => ({
      key: nextKey(),
      source: line.source,
      pillarCode: line.pillarCode ?? '',
      financialYear: line.financialYear,
      spendType: line.spendType,
      amount: penceToPoundsInput(line.amountPence),
      certainty: line.certainty,
      note: line.note,
    })),
    milestones: detail.milestones.map((m) => ({
      key: nextKey(),
      title: m.title,
      dueDate: m.dueDate,
      targetValue: numberText(m.targetValue),
      unit: m.unit,
      status: m.status,
      actualValue: numberText(m.actualValue),
    })),
    wardCodes: detail.wards.map((w) => w.code),
    partners: detail.partners.map((p) => ({ key: nextKey(), partnerId: String(p.partnerId), role: p.role })),
    risks: detail.risks.map((r) => ({
      key: nextKey(),
      description: r.description,
      likelihood: String(r.likelihood),
      impact: String(r.impact),
      owner: r.owner,
      mitigation: r.mitigation,
    })),
    sources: detail.sources.map((s) => ({
      key: nextKey(),
      title: s.title,
      url: s.url ?? '',
      document: s.document ?? '',
      sourceDate: s.sourceDate ?? '',
      figure: s.figure,
    })),
  };
}
