import type { ProgrammeInput } from '../api/types';
import type { Certainty, FundingSource, MilestoneStatus, PillarCode, ProgrammeStatus, ProgrammeType, SpendType } from '../labels';
import type { FieldErrors } from './field-errors';
import { parsePoundsToPence } from './money-input';
import type { ProgrammeDraft } from './programme-draft';

export type DraftConversion = { ok: true; input: ProgrammeInput } | { ok: false; errors: FieldErrors };

/** "" -> null, "1,500" -> 1500, "abc" -> undefined (not a number). */
export function parseOptionalNumber(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * Turns the form's strings into the API input. Only checks what the browser must convert
 * (amounts in pounds, numbers); everything else is left to the server's validation.
 */
export function draftToInput(draft: ProgrammeDraft): DraftConversion {
  const errors: FieldErrors = {};
  const fail = (path: string, message: string) => {
    (errors[path] ??= []).push(message);
  };

  const fundingLines = draft.fundingLines.map((line, index) => {
    const amount = parsePoundsToPence(line.amount);
    if (!amount.ok) fail(`fundingLines.${index}.amountPence`, amount.message);
    return {
      source: line.source as FundingSource,
      pillarCode: line.source === 'is_pillar' ? (orNull(line.pillarCode) as PillarCode | null) : null,
      financialYear: line.financialYear.trim(),
      spendType: line.spendType as SpendType,
      amountPence: amount.ok ? amount.pence : 0,
      certainty: line.certainty as Certainty,
      note: line.note,
    };
  });

  const milestones = draft.milestones.map((m, index) => {
    const target = parseOptionalNumber(m.targetValue);
    const actual = parseOptionalNumber(m.actualValue);
    if (target === undefined) fail(`milestones.${index}.targetValue`, 'Enter a number, or leave this empty');
    if (actual === undefined) fail(`milestones.${index}.actualValue`, 'Enter a number, or leave this empty');
    return {
      title: m.title,
      dueDate: m.dueDate,
      targetValue: target ?? null,
      unit: m.unit,
      status: m.status as MilestoneStatus,
      actualValue: actual ?? null,
    };
  });

  const partners = draft.partners.map((p, index) => {
    const partnerId = Number(p.partnerId);
    if (!p.partnerId || !Number.isInteger(partnerId) || partnerId < 1) fail(`partners.${index}.partnerId`, 'Choose a partner from the list');
    return { partnerId, role: p.role };
  });

  const risks = draft.risks.map((r) => ({
    description: r.description,
    likelihood: Number(r.likelihood),
    impact: Number(r.impact),
    owner: r.owner,
    mitigation: r.mitigation,
  }));

  const sources = draft.sources.map((s) => ({
    title: s.title,
    url: orNull(s.url),
    document: orNull(s.document),
    sourceDate: orNull(s.sourceDate),
    figure: s.figure,
  }));

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      code: draft.code.trim(),
      name: draft.name,
      summary: draft.summary,
      type: draft.type as ProgrammeType,
      status: draft.status as ProgrammeStatus,
      leadOfficer: draft.leadOfficer,
      seniorResponsibleOwner: draft.seniorResponsibleOwner,
      startDate: orNull(draft.startDate),
      endDate: orNull(draft.endDate),
      fundingLines,
      milestones,
      wardCodes: [...draft.wardCodes],
      partners,
      risks,
      sources,
    },
  };
}
