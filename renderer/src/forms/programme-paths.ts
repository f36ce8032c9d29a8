import type { ProgrammeDraft } from './programme-draft';

const CORE_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['code', 'Code'],
  ['name', 'Name'],
  ['summary', 'Summary'],
  ['type', 'Type'],
  ['status', 'Status'],
  ['leadOfficer', 'Lead officer'],
  ['seniorResponsibleOwner', 'Senior responsible owner'],
  ['startDate', 'Start date'],
  ['endDate', 'End date'],
];

const SECTIONS = {
  fundingLines: { item: 'Funding line', fields: { source: 'Funding source', pillarCode: 'Pillar', financialYear: 'Financial year', spendType: 'Revenue or capital', amountPence: 'Amount (£)', certainty: 'Certainty', note: 'Note' } },
  milestones: { item: 'Milestone', fields: { title: 'Milestone title', dueDate: 'Due date', targetValue: 'Target', unit: 'Unit', status: 'Progress', actualValue: 'Actual' } },
  partners: { item: 'Partner', fields: { partnerId: 'Partner', role: 'Role' } },
  risks: { item: 'Risk', fields: { description: 'Risk description', likelihood: 'Likelihood', impact: 'Impact', owner: 'Risk owner', mitigation: 'Mitigation' } },
  sources: { item: 'Source', fields: { title: 'Source title', url: 'Link (URL)', document: 'Document', sourceDate: 'Source date', figure: 'Figure quoted' } },
} as const;

type SectionName = keyof typeof SECTIONS;
const SECTION_LABELS: Record<SectionName | 'wardCodes', string> = {
  fundingLines: 'Funding lines',
  milestones: 'Milestones',
  wardCodes: 'Wards',
  partners: 'Partners',
  risks: 'Risks',
  sources: 'Sources',
};

/** Every field path the form renders, in screen order (used to place errors and order the summary). */
export function knownFieldPaths(draft: ProgrammeDraft): string[] {
  const paths = CORE_FIELDS.map(([path]) => path);
  const addSection = (name: SectionName, count: number, fields: (index: number) => string[]) => {
    paths.push(name);
    for (let index = 0; index < count; index += 1) {
      paths.push(`${name}.${index}`);
      for (const field of fields(index)) paths.push(`${name}.${index}.${field}`);
    }
  };
  addSection('fundingLines', draft.fundingLines.length, (index) =>
    Object.keys(SECTIONS.fundingLines.fields).filter((f) => f !== 'pillarCode' || draft.fundingLines[index]?.source === 'is_pillar'),
  );
  addSection('milestones', draft.milestones.length, () => Object.keys(SECTIONS.milestones.fields));
  paths.push('wardCodes');
  addSection('partners', draft.partners.length, () => Object.keys(SECTIONS.partners.fields));
  addSection('risks', draft.risks.length, () => Object.keys(SECTIONS.risks.fields));
  addSection('sources', draft.sources.length, () => Object.keys(SECTIONS.sources.fields));
  return paths;
}

/** A person-readable name for a field path: "fundingLines.0.amountPence" -> "Funding line 1, Amount (£)". */
export function describeFieldPath(path: string): string {
  const [head = '', index, field] = path.split('.');
  const core = CORE_FIELDS.find(([p]) => p === head);
  if (core) return core[1];
  if (head === 'wardCodes') return SECTION_LABELS.wardCodes;
  if (head in SECTIONS) {
    const section = SECTIONS[head as SectionName];
    if (index === undefined) return SECTION_LABELS[head as SectionName];
    const item = `${section.item} ${Number(index) + 1}`;
    if (field === undefined) return item;
    const fieldLabel = (section.fields as Record<string, string>)[field] ?? field;
    return `${item}, ${fieldLabel}`;
  }
  return head;
}
