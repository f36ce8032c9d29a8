import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALL_WARD_CODES,
  AREAS,
  DEMO_PASSPHRASE,
  DEMO_ROLES,
  DEMO_USERS,
  GMCA_CODE,
  INFRASTRUCTURE_PARTNER_KEY,
  MISSIONS,
  PARTNERS,
  PROGRAMMES,
  PUBLIC_BODIES,
  SOURCES,
  SOURCES_RECORDED_ON,
  WARDS,
  WIGAN_BOROUGH_CODE,
  confirmedTotalPence,
  findProgramme,
  type Programme,
} from '../../core/demo/data';

// ---------------------------------------------------------------------------------------------
// Helpers (kept local: the data must stand on its own)
// ---------------------------------------------------------------------------------------------

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isFinancialYear(text: string): boolean {
  const match = /^(\d{4})\/(\d{2})$/.exec(text);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

function isPence(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= 10_000_000_000_000;
}

function duplicates<T>(values: readonly T[]): T[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function programme(code: string): Programme {
  const found = findProgramme(code);
  if (!found) throw new Error(`No programme ${code}`);
  return found;
}

const sourceKeys = new Set(SOURCES.map((source) => source.key));
const partnerKeys = new Set(PARTNERS.map((partner) => partner.key));
const bodyKeys = new Set(PUBLIC_BODIES.map((body) => body.key));
const wardCodes = new Set(WARDS.map((ward) => ward.code));
const missionCodes = new Set(MISSIONS.map((mission) => mission.code));

/** Every source key a programme refers to, with where it was found. */
function programmeSourceRefs(p: Programme): Array<[string, string]> {
  return [
    ...p.fundingLines.map((line, i): [string, string] => [line.sourceKey, `fundingLines[${i}]`]),
    ...p.milestones.flatMap((m, i): Array<[string, string]> => (m.sourceKey ? [[m.sourceKey, `milestones[${i}]`]] : [])),
    ...p.sources.map((s, i): [string, string] => [s.sourceKey, `sources[${i}]`]),
    ...p.reportedFigures.map((f): [string, string] => [f.sourceKey, `reportedFigures.${f.key}`]),
  ];
}

// ---------------------------------------------------------------------------------------------
// Geography
// ---------------------------------------------------------------------------------------------

describe('geography', () => {
  const SEEN: Record<string, string> = {
    Abram: 'E05014989',
    'Ashton-in-Makerfield South': 'E05014990',
    'Bryn with Ashton-in-Makerfield North': 'E05014995',
    Hindley: 'E05014998',
    'Hindley Green': 'E05014999',
    Orrell: 'E05015005',
    Pemberton: 'E05015006',
    Winstanley: 'E05015012',
    'Worsley Mesnes': 'E05015013',
  };

  it('has 25 wards with unique names and well-formed, unique ward codes', () => {
    expect(WARDS).toHaveLength(25);
    expect(duplicates(WARDS.map((w) => w.code))).toEqual([]);
    expect(duplicates(WARDS.map((w) => w.name))).toEqual([]);
    for (const ward of WARDS) expect(ward.code).toMatch(/^E05\d{6}$/);
  });

  it('marks exactly the nine codes seen in a source as verified', () => {
    const verified = WARDS.filter((w) => w.verified);
    expect(verified).toHaveLength(9);
    expect(Object.fromEntries(verified.map((w) => [w.name, w.code]))).toEqual(SEEN);
  });

  it('explains that unverified codes are inferred and must be checked against ONS', () => {
    for (const ward of WARDS.filter((w) => !w.verified)) {
      expect(ward.note).toMatch(/inferred/i);
      expect(ward.note).toMatch(/ONS/);
    }
  });

  it('follows the alphabetical sequence E05014989 to E05015013 with no gaps', () => {
    const byName = [...WARDS].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    byName.forEach((ward, index) => expect(ward.code).toBe(`E0${5014989 + index}`));
  });

  it('puts every ward in Wigan, with the May 2023 vintage', () => {
    for (const ward of WARDS) {
      expect(ward.parentCode).toBe(WIGAN_BOROUGH_CODE);
      expect(ward.vintage).toBe('WD23');
      expect(ward.areaType).toBe('ward');
    }
  });

  it('includes Wigan (E08000010) inside GMCA (E47000001)', () => {
    expect(WIGAN_BOROUGH_CODE).toBe('E08000010');
    expect(GMCA_CODE).toBe('E47000001');
    const wigan = AREAS.find((a) => a.code === WIGAN_BOROUGH_CODE);
    expect(wigan?.parentCode).toBe(GMCA_CODE);
    expect(AREAS.find((a) => a.code === GMCA_CODE)?.areaType).toBe('combined_authority');
    expect(duplicates(AREAS.map((a) => a.code))).toEqual([]);
    for (const area of AREAS) if (area.parentCode) expect(AREAS.some((a) => a.code === area.parentCode)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

describe('sources', () => {
  it('have unique keys, real dates and limits the register accepts', () => {
    expect(duplicates(SOURCES.map((s) => s.key))).toEqual([]);
    for (const source of SOURCES) {
      expect(isCalendarDate(source.date), `${source.key} date`).toBe(true);
      expect(source.title.length).toBeLessThanOrEqual(300);
      expect(source.url ?? source.document, `${source.key} needs a url or document`).toBeTruthy();
      if (source.url) expect(source.url).toMatch(/^https:\/\/[^\s]+$/);
      if (source.document) expect(source.document.length).toBeLessThanOrEqual(300);
      if (source.dateBasis === 'recorded') expect(source.date).toBe(SOURCES_RECORDED_ON);
    }
  });

  it('include the peer review (19 Nov 2025) and the GMCA Integrated Settlement paper (20 Dec 2024)', () => {
    expect(SOURCES.find((s) => s.key === 'lga-cpc-wigan-2025')?.date).toBe('2025-11-19');
    expect(SOURCES.find((s) => s.key === 'gov-gmca-is-2025-26')?.date).toBe('2024-12-20');
    expect(sourceKeys.has('gmca-decision-3380')).toBe(true);
    expect(sourceKeys.has('wigan-progress-with-unity')).toBe(true);
    expect(sourceKeys.has('places-for-everyone')).toBe(true);
    expect(sourceKeys.has('wigan-leigh-town-board')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Missions
// ---------------------------------------------------------------------------------------------

describe('missions', () => {
  it('are M1 and M2, each with two to four illustrative priorities', () => {
    expect(MISSIONS.map((m) => m.code)).toEqual(['M1', 'M2']);
    const priorityCodes = MISSIONS.flatMap((m) => m.priorities.map((p) => p.code));
    expect(duplicates(priorityCodes)).toEqual([]);
    for (const mission of MISSIONS) {
      expect(sourceKeys.has(mission.sourceKey)).toBe(true);
      expect(mission.priorities.length).toBeGreaterThanOrEqual(2);
      expect(mission.priorities.length).toBeLessThanOrEqual(4);
      for (const priority of mission.priorities) {
        expect(priority.illustrative).toBe(true);
        expect(priority.code.startsWith(`${mission.code}.`)).toBe(true);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Partners
// ---------------------------------------------------------------------------------------------

describe('partners', () => {
  it('number 12 to 16 with unique keys, names and identifiers', () => {
    expect(PARTNERS.length).toBeGreaterThanOrEqual(12);
    expect(PARTNERS.length).toBeLessThanOrEqual(16);
    expect(duplicates(PARTNERS.map((p) => p.key))).toEqual([]);
    expect(duplicates(PARTNERS.map((p) => p.name))).toEqual([]);
    expect(duplicates(PARTNERS.map((p) => p.orgId))).toEqual([]);
    expect(duplicates(PARTNERS.map((p) => p.contact.email))).toEqual([]);
    expect(duplicates(PARTNERS.map((p) => p.contact.phone))).toEqual([]);
  });

  it('are all flagged fictional, in the flag and in the name', () => {
    for (const partner of PARTNERS) {
      expect(partner.fictional).toBe(true);
      expect(partner.name).toMatch(/\(fictional\)$/);
      expect(partner.name.length).toBeLessThanOrEqual(200);
      expect(partner.name).not.toMatch(/Wigan Borough Community First/i);
    }
  });

  it('use org-id formats with obviously fake numbers', () => {
    for (const partner of PARTNERS) {
      expect(partner.orgId).toMatch(/^(GB-CHC-\d{6,7}|GB-COH-[A-Z0-9]{8}|360G-[A-Za-z0-9-]+)$/);
      if (partner.charityNumber !== null) {
        expect(partner.charityNumber).toMatch(/^999\d{4}$/);
        expect(partner.orgId).toBe(`GB-CHC-${partner.charityNumber}`);
      }
      if (partner.companyNumber !== null) {
        expect(partner.companyNumber).toMatch(/^99[0-9]{6}$/);
        if (partner.charityNumber === null) expect(partner.orgId).toBe(`GB-COH-${partner.companyNumber}`);
      }
      if (partner.charityNumber === null && partner.companyNumber === null) {
        expect(partner.orgId).toMatch(/^360G-wigan-demo-\d+$/);
      }
    }
  });

  it('give registered organisation types a matching registration number', () => {
    for (const partner of PARTNERS) {
      if (partner.organisationType === 'registered_charity' || partner.organisationType === 'cio') {
        expect(partner.charityNumber, partner.key).not.toBeNull();
      }
      if (partner.organisationType === 'community_interest_company' || partner.organisationType === 'company_limited_by_guarantee') {
        expect(partner.companyNumber, partner.key).not.toBeNull();
      }
      if (partner.organisationType === 'community_group') {
        expect(partner.orgId.startsWith('360G-'), partner.key).toBe(true);
      }
    }
  });

  it('sit in real wards and use reserved contact details only', () => {
    for (const partner of PARTNERS) {
      expect(wardCodes.has(partner.wardCode), partner.key).toBe(true);
      expect(partner.locality.length).toBeGreaterThan(0);
      expect(partner.contact.email).toMatch(/^[a-z0-9.-]+@example\.org$/);
      expect(partner.contact.phone).toMatch(/^01632 960\d{3}$/);
    }
  });

  it('include the fictional stand-in for the lead infrastructure body', () => {
    expect(partnerKeys.has(INFRASTRUCTURE_PARTNER_KEY)).toBe(true);
  });

  it('keep real public bodies separate and not fictional', () => {
    expect(duplicates(PUBLIC_BODIES.map((b) => b.key))).toEqual([]);
    for (const body of PUBLIC_BODIES) {
      expect(body.fictional).toBe(false);
      expect(partnerKeys.has(body.key)).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Programmes
// ---------------------------------------------------------------------------------------------

describe('programmes', () => {
  it('have unique, well-formed codes', () => {
    expect(PROGRAMMES.length).toBeGreaterThanOrEqual(10);
    expect(duplicates(PROGRAMMES.map((p) => p.code.toLowerCase()))).toEqual([]);
    for (const p of PROGRAMMES) {
      expect(p.code).toMatch(/^WGN-[A-Z0-9-]+$/);
      expect(p.code.length).toBeLessThanOrEqual(32);
      expect(p.name.length).toBeLessThanOrEqual(200);
      expect(p.summary.length).toBeLessThanOrEqual(4000);
      expect(p.leadOfficer.length).toBeLessThanOrEqual(120);
      expect(p.sro.length).toBeLessThanOrEqual(120);
      expect(p.boroughCode).toBe(WIGAN_BOROUGH_CODE);
    }
  });

  it('only name wards that exist, each once', () => {
    for (const p of PROGRAMMES) {
      expect(p.wardCodes.length, p.code).toBeGreaterThan(0);
      expect(duplicates(p.wardCodes), p.code).toEqual([]);
      for (const code of p.wardCodes) expect(wardCodes.has(code), `${p.code} ${code}`).toBe(true);
      if (p.geographyScope === 'borough') expect([...p.wardCodes].sort()).toEqual([...ALL_WARD_CODES].sort());
    }
  });

  it('resolve every source, partner, public body and mission they mention', () => {
    for (const p of PROGRAMMES) {
      expect(p.sources.length, `${p.code} cites nothing`).toBeGreaterThan(0);
      for (const [key, where] of programmeSourceRefs(p)) expect(sourceKeys.has(key), `${p.code} ${where}: ${key}`).toBe(true);
      for (const link of p.partners) expect(partnerKeys.has(link.partnerKey), `${p.code} ${link.partnerKey}`).toBe(true);
      for (const link of p.publicBodies) expect(bodyKeys.has(link.bodyKey), `${p.code} ${link.bodyKey}`).toBe(true);
      expect(duplicates(p.partners.map((l) => l.partnerKey))).toEqual([]);
      expect(p.missionCodes.length, p.code).toBeGreaterThan(0);
      for (const code of p.missionCodes) expect(missionCodes.has(code)).toBe(true);
    }
  });

  it('hold money as non-negative safe integers of pence', () => {
    for (const p of PROGRAMMES) {
      for (const line of p.fundingLines) expect(isPence(line.amountPence), `${p.code} ${line.amountPence}`).toBe(true);
      for (const figure of p.reportedFigures) {
        if (figure.unit === 'pence') expect(isPence(figure.value), `${p.code} ${figure.key}`).toBe(true);
        else expect(Number.isFinite(figure.value) && figure.value >= 0).toBe(true);
      }
    }
  });

  it('use valid financial years and pillar codes only on Integrated Settlement lines', () => {
    for (const p of PROGRAMMES) {
      for (const line of p.fundingLines) {
        expect(isFinancialYear(line.financialYear), `${p.code} ${line.financialYear}`).toBe(true);
        if (line.source === 'is_pillar') expect(line.pillarCode, p.code).toBeDefined();
        else expect(line.pillarCode, p.code).toBeUndefined();
        expect((line.note ?? '').length).toBeLessThanOrEqual(500);
        if (line.illustrative) expect(line.note, `${p.code} illustrative line needs a note`).toBeTruthy();
      }
    }
  });

  it('use real calendar dates, with end dates on or after start dates', () => {
    for (const p of PROGRAMMES) {
      if (p.startDate !== null) expect(isCalendarDate(p.startDate), p.code).toBe(true);
      if (p.endDate !== null) expect(isCalendarDate(p.endDate), p.code).toBe(true);
      if (p.startDate && p.endDate) expect(p.endDate >= p.startDate, p.code).toBe(true);
      for (const m of p.milestones) {
        expect(isCalendarDate(m.dueDate), `${p.code} ${m.title}`).toBe(true);
        expect(m.title.length).toBeLessThanOrEqual(200);
        expect((m.unit ?? '').length).toBeLessThanOrEqual(40);
        if (m.illustrative) expect(m.note, `${p.code} ${m.title} needs a note`).toBeTruthy();
      }
    }
  });

  it('score risks 1 to 5 and keep text within the register limits', () => {
    for (const p of PROGRAMMES) {
      for (const risk of p.risks) {
        for (const score of [risk.likelihood, risk.impact]) {
          expect(Number.isInteger(score) && score >= 1 && score <= 5).toBe(true);
        }
        expect(risk.owner.length).toBeLessThanOrEqual(120);
        expect(risk.description.length).toBeLessThanOrEqual(1000);
        expect(risk.mitigation.length).toBeLessThanOrEqual(2000);
      }
      for (const s of p.sources) expect(s.figure.length, `${p.code} ${s.figure}`).toBeLessThanOrEqual(300);
      for (const l of p.partners) expect(l.role.length).toBeLessThanOrEqual(200);
    }
  });

  it('give reported figures unique keys and resolvable comparisons', () => {
    const allKeys = PROGRAMMES.flatMap((p) => p.reportedFigures.map((f) => f.key));
    expect(duplicates(allKeys)).toEqual([]);
    for (const p of PROGRAMMES) {
      const own = new Set(p.reportedFigures.map((f) => f.key));
      for (const figure of p.reportedFigures) for (const other of figure.compareWith ?? []) expect(own.has(other), `${p.code} ${other}`).toBe(true);
    }
  });

  it('gives the Live Well Trailblazer a confirmed total of exactly £1.2m', () => {
    expect(confirmedTotalPence(programme('WGN-LWT'))).toBe(120_000_000);
  });

  it('shows both Live Well figures (£1.2m review, £1m press) with different sources', () => {
    const figures = programme('WGN-LWT').reportedFigures;
    const review = figures.find((f) => f.value === 120_000_000 && f.unit === 'pence');
    const press = figures.find((f) => f.value === 100_000_000 && f.unit === 'pence');
    expect(review?.sourceKey).toBe('lga-cpc-wigan-2025');
    expect(press?.sourceKey).toBe('men-1m-fund-path-to-purpose');
    expect(figures.some((f) => f.value === 11 && f.unit === 'organisations')).toBe(true);
  });

  it('shows both Here for You figures and both Northfold housing figures', () => {
    const h4y = programme('WGN-H4Y').reportedFigures.map((f) => [f.value, f.sourceKey]);
    expect(h4y).toContainEqual([1_250_000_000, 'lga-cpc-wigan-2025']);
    expect(h4y).toContainEqual([460_000_000, 'wigan-today-here-for-you-2024']);
    const nfd = programme('WGN-NFD').reportedFigures.map((f) => [f.value, f.sourceKey]);
    expect(nfd).toContainEqual([13_600, 'lga-cpc-wigan-2025']);
    expect(nfd).toContainEqual([16_527, 'bolton-news-pfe']);
  });

  it('keeps the funding lines consistent with the sourced totals', () => {
    const sum = (p: Programme) => p.fundingLines.reduce((total, line) => total + line.amountPence, 0);
    expect(sum(programme('WGN-LTB'))).toBe(2_000_000_000);
    expect(confirmedTotalPence(programme('WGN-SCF'))).toBe(19_306_707);
    expect(sum(programme('WGN-CAP'))).toBeGreaterThanOrEqual(40_000_000_000);
    const capital = programme('WGN-CAP').milestones.find((m) => m.targetValue === 202);
    expect(capital).toMatchObject({ actualValue: 142, status: 'missed' });
  });

  it('records the Leigh Guided Busway as closed', () => {
    expect(programme('WGN-LGB').status).toBe('closed');
  });
});

// ---------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------

describe('users', () => {
  it('give every role exactly one clearly labelled demo user', () => {
    for (const role of DEMO_ROLES) expect(DEMO_USERS.filter((u) => u.role === role), role).toHaveLength(1);
    expect(DEMO_USERS).toHaveLength(DEMO_ROLES.length);
    expect(duplicates(DEMO_USERS.map((u) => u.username.toLowerCase()))).toEqual([]);
    expect(DEMO_USERS.map((u) => u.username).sort()).toEqual(['admin', 'approver', 'finance', 'leader', 'strategy']);
    for (const user of DEMO_USERS) expect(user.displayName).toMatch(/^Demo /);
  });

  it('share one documented passphrase', () => {
    expect(DEMO_PASSPHRASE).toBe('demo-passphrase-2026');
  });
});

// ---------------------------------------------------------------------------------------------
// Isolation
// ---------------------------------------------------------------------------------------------

describe('module boundaries', () => {
  it('data modules import only data: their own folder or the reference geography, never the database', () => {
    const dir = join(__dirname, '../../core/demo/data');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const specifiers = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] ?? '');
      for (const specifier of specifiers) expect(specifier, `${file} imports ${specifier}`).toMatch(/^(\.\/[a-z-]+(\/[a-z0-9-]+)?|\.\.\/\.\.\/geography\/wigan-areas)$/);
    }
  });
});
