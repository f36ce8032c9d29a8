import { describe, expect, it } from 'vitest';
import { buildOrgId, parseOrgId, unregisteredOrgId } from '../../core/partners/org-id';
import { levenshtein, nearIdenticalNames, normaliseName } from '../../core/partners/names';
import { resolveRegistration, type RegistrationInput } from '../../core/partners/registration';

describe('parseOrgId: accepted and normalised', () => {
  it.each([
    ['GB-CHC-1090095', 'GB-CHC', '1090095'],
    ['GB-CHC-279417', 'GB-CHC', '279417'],
    ['  gb-chc-1090095 ', 'GB-CHC', '1090095'],
    ['GB-CHC-1090 095', 'GB-CHC', '1090095'],
    ['GB-COH-09506232', 'GB-COH', '09506232'],
    ['GB-COH-01234567', 'GB-COH', '01234567'],
    ['GB-COH-00000001', 'GB-COH', '00000001'],
    ['GB-COH-sc123456', 'GB-COH', 'SC123456'],
    ['GB-COH-NI012345', 'GB-COH', 'NI012345'],
    ['GB-COH-OC301234', 'GB-COH', 'OC301234'],
    ['GB-COH-FC012345', 'GB-COH', 'FC012345'],
    ['GB-COH-IP31455R', 'GB-COH', 'IP31455R'],
    ['GB-COH-CE000123', 'GB-COH', 'CE000123'],
    ['GB-COH-R0000123', 'GB-COH', 'R0000123'],
    ['GB-SC-SC042386', 'GB-SC', 'SC042386'],
    ['GB-SC-sc000587', 'GB-SC', 'SC000587'],
    ['GB-SC-042386', 'GB-SC', 'SC042386'],
    ['GB-NIC-100019', 'GB-NIC', '100019'],
    ['GB-NIC-NIC100000', 'GB-NIC', '100000'],
    ['GB-NIC-nic104226', 'GB-NIC', '104226'],
    ['GB-MPR-235C', 'GB-MPR', '235C'],
    ['GB-MPR-ip031455', 'GB-MPR', 'IP031455'],
    ['GB-LAE-WGN', 'GB-LAE', 'WGN'],
    ['GB-REV-X6243', 'GB-REV', 'X6243'],
    ['360G-wigan-12', '360G', 'wigan-12'],
    ['360g-wigan-demo-3', '360G', 'wigan-demo-3'],
    ['360G-xyztrust-Group 4', '360G', 'xyztrust-Group_4'],
  ])('%j → %s-%s', (text, scheme, identifier) => {
    expect(parseOrgId(text)).toEqual({ ok: true, scheme, identifier, orgId: `${scheme}-${identifier}` });
  });
});

describe('parseOrgId: refused with a reason', () => {
  it.each([
    ['', /Enter an organisation identifier/],
    ['1090095', /Start with the register’s code/],
    ['Pennine Fold', /start with an org-id\.guide list code/],
    ['GB-CHC-12345', /Charity numbers in England and Wales have 6 or 7 digits/],
    ['GB-CHC-12345678', /Charity numbers in England and Wales have 6 or 7 digits/],
    ['GB-CHC-109009A', /Charity numbers in England and Wales have 6 or 7 digits/],
    ['GB-CHC-SC042386', /Scottish charity number: use GB-SC-SC042386/],
    ['GB-CHC-NIC100019', /Northern Ireland charity number: use GB-NIC-100019/],
    ['GB-CHC-1090095-1', /without the linked-charity suffix/],
    ['GB-CHC-', /Enter the organisation’s number after GB-CHC-/],
    ['GB-CHC', /Enter the organisation’s number after GB-CHC-/],
    ['GB-COH-1234567', /exactly 8 characters: keep the leading zeros .*01234567/],
    ['GB-COH-123456789', /exactly 8 characters/],
    ['GB-COH-SC12345', /exactly 8 characters/],
    ['GB-COH-ABCDEFGH', /8 digits, or two letters/],
    ['GB-SC-SC42386', /SC then 6 digits/],
    ['GB-SC-NI042386', /SC then 6 digits/],
    ['GB-NIC-10001', /Northern Ireland have 6 digits/],
    ['GB-NIC-XN12345', /Northern Ireland have 6 digits/],
    ['GB-MPR-ABC', /letters and digits, like 235C/],
    ['GB-MPR-23/5C', /letters and digits/],
    ['GB-XYZ-123', /GB-XYZ is not a UK list on org-id\.guide/],
    ['US-EIN-123456789', /Only UK registers/],
    ['GB-GOVUK-17', /no longer used on org-id\.guide: use GB-GOV/],
    ['GB-CHC-10\n90095', /line breaks/],
    ['360G-wigan/north-1', /cannot contain "\/"/],
    ['360G-wigan', /look like 360G-wigan-12/],
    ['360G-', /look like 360G-wigan-12/],
  ])('%j', (text, message) => {
    const result = parseOrgId(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('buildOrgId and unregisteredOrgId', () => {
  it('builds from a list code and a number, with the same rules', () => {
    expect(buildOrgId('GB-SC', 'SC042386')).toMatchObject({ ok: true, orgId: 'GB-SC-SC042386' });
    expect(buildOrgId('gb-nic', 'NIC100000')).toMatchObject({ ok: true, orgId: 'GB-NIC-100000', identifier: '100000' });
    expect(buildOrgId('GB-COH', '01234567')).toMatchObject({ ok: true, orgId: 'GB-COH-01234567' });
    expect(buildOrgId('360G', 'wigan-7')).toMatchObject({ ok: true, orgId: '360G-wigan-7' });
    expect(buildOrgId('GB-COH', '1234567')).toMatchObject({ ok: false });
    expect(buildOrgId('GB-NOPE', '1')).toEqual({ ok: false, message: 'GB-NOPE is not a UK list on org-id.guide' });
  });

  it('generates 360G-<prefix>-<n>, spaces becoming underscores, and refuses slashes', () => {
    expect(unregisteredOrgId('wigan', 1)).toBe('360G-wigan-1');
    expect(unregisteredOrgId(' Wigan Council ', 12)).toBe('360G-Wigan_Council-12');
    expect(parseOrgId(unregisteredOrgId('wigan', 3))).toMatchObject({ ok: true, scheme: '360G', identifier: 'wigan-3' });
    expect(() => unregisteredOrgId('wigan/north', 1)).toThrow(/cannot be used/);
    expect(() => unregisteredOrgId('wigan', 0)).toThrow(RangeError);
    expect(() => unregisteredOrgId('wigan', 1.5)).toThrow(RangeError);
  });
});

describe('charity and company numbers agree with the org id', () => {
  const base: RegistrationInput = { organisationType: 'community_group', orgId: null, charityNumber: null, companyNumber: null };
  const resolve = (overrides: Partial<RegistrationInput>) => resolveRegistration({ ...base, ...overrides });

  it('derives the org id from the charity number first, then the company number, else leaves it to be generated', () => {
    expect(resolve({ charityNumber: '1090095', companyNumber: '01234567' })).toEqual({ ok: true, value: { orgId: 'GB-CHC-1090095', charityNumber: '1090095', companyNumber: '01234567' } });
    expect(resolve({ charityNumber: 'sc042386' })).toMatchObject({ value: { orgId: 'GB-SC-SC042386', charityNumber: 'SC042386' } });
    expect(resolve({ charityNumber: 'NIC100019' })).toMatchObject({ value: { orgId: 'GB-NIC-100019', charityNumber: '100019' } });
    expect(resolve({ companyNumber: '01234567' })).toMatchObject({ value: { orgId: 'GB-COH-01234567', companyNumber: '01234567' } });
    expect(resolve({})).toEqual({ ok: true, value: { orgId: null, charityNumber: null, companyNumber: null } });
  });

  it('fills the unprefixed numbers from the org id, keeping leading zeros', () => {
    expect(resolve({ orgId: 'GB-COH-01234567' })).toMatchObject({ value: { companyNumber: '01234567', charityNumber: null } });
    expect(resolve({ orgId: 'GB-NIC-NIC100000' })).toMatchObject({ value: { orgId: 'GB-NIC-100000', charityNumber: '100000' } });
    expect(resolve({ orgId: 'GB-COH-01234567', charityNumber: '1090095' })).toMatchObject({ value: { orgId: 'GB-COH-01234567', charityNumber: '1090095' } });
  });

  it('refuses numbers that contradict the org id, and 360G ids for registered organisations', () => {
    expect(resolve({ orgId: 'GB-CHC-1090095', charityNumber: '1090096' })).toEqual({ ok: false, errors: { charityNumber: ['The org id GB-CHC-1090095 is charity number 1090095, not 1090096'] } });
    expect(resolve({ orgId: 'GB-CHC-100019', charityNumber: 'NIC100019' })).toMatchObject({ ok: false, errors: { charityNumber: [expect.any(String)] } });
    expect(resolve({ orgId: 'GB-COH-01234567', companyNumber: '01234568' })).toMatchObject({ ok: false, errors: { companyNumber: [expect.stringMatching(/01234567, not 01234568/)] } });
    expect(resolve({ orgId: '360G-wigan-4', charityNumber: '1090095' })).toEqual({ ok: false, errors: { orgId: ['This organisation is registered, so use GB-CHC-1090095: 360G- ids are for groups on no register'] } });
  });

  it('refuses malformed numbers and registered types without their number', () => {
    expect(resolve({ companyNumber: '1234567' })).toMatchObject({ ok: false, errors: { companyNumber: [expect.stringMatching(/leading zeros/)] } });
    expect(resolve({ charityNumber: '12' })).toMatchObject({ ok: false, errors: { charityNumber: [expect.stringMatching(/6 or 7 digits/)] } });
    expect(resolve({ organisationType: 'cio' })).toEqual({ ok: false, errors: { charityNumber: ['Charitable incorporated organisations need their charity number'] } });
    expect(resolve({ organisationType: 'community_interest_company', charityNumber: '1090095' })).toEqual({ ok: false, errors: { companyNumber: ['Community interest companies need their Companies House number'] } });
    expect(resolve({ organisationType: 'registered_charity', orgId: 'GB-SC-SC042386' })).toMatchObject({ ok: true, value: { charityNumber: 'SC042386' } });
  });
});

describe('near-identical names', () => {
  it('normalises case, punctuation, accents and The/Ltd/Limited/CIC', () => {
    expect(normaliseName('The Pennine Fold Community Kitchen Ltd.')).toBe('pennine fold community kitchen');
    expect(normaliseName('Greyfen Repair Café CIC')).toBe('greyfen repair cafe');
    expect(normaliseName('Marrowby Men’s Shed & Garden LIMITED')).toBe('marrowby mens shed and garden');
  });

  it.each([
    ['Pennine Fold Community Kitchen Ltd', 'Pennine Fold Community Kitchen', true],
    ['Pennine Fold Community Kitchen', 'Pennine Fold Comunity Kitchen', true],
    ['Pennine Fold Community Kitchen', 'Pennine-Fold Community Kitchens', true],
    ['Pennine Fold Community Kitchen (fictional)', 'Pennine Fold Community Kitchen', true],
    ['Tannerfold Youth Arts', 'Tannerfold Youth Arts CIC', true],
    ['Pennine Fold Community Kitchen', 'Pennine Fold Community Garden', false],
    ['Hub', 'Pub', false],
    ['Art', 'Tannerfold Youth Art', false],
    ['Ltd', 'The Ltd', false],
  ])('%j ~ %j → %s', (a, b, expected) => {
    expect(nearIdenticalNames(a, b)).toBe(expected);
    expect(nearIdenticalNames(b, a)).toBe(expected);
  });

  it('measures edit distance and gives up past the limit', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('kitten', 'sitting', 1)).toBe(2);
    expect(levenshtein('', 'abc')).toBe(3);
  });
});
