import type { PartnerDetail, PartnerInput } from '../../api/types';

/** The partner form's text boxes; empty boxes are sent as null. */
export interface PartnerDraft {
  name: string;
  organisationType: string;
  orgId: string;
  charityNumber: string;
  companyNumber: string;
  wardCode: string;
  locality: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export const EMPTY_PARTNER_DRAFT: PartnerDraft = {
  name: '',
  organisationType: '',
  orgId: '',
  charityNumber: '',
  companyNumber: '',
  wardCode: '',
  locality: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

export function draftFromPartner(p: PartnerDetail): PartnerDraft {
  return {
    name: p.name,
    organisationType: p.organisationType,
    orgId: p.orgId ?? '',
    charityNumber: p.charityNumber ?? '',
    companyNumber: p.companyNumber ?? '',
    wardCode: p.wardCode ?? '',
    locality: p.locality ?? '',
    contactName: p.contactName ?? '',
    contactEmail: p.contactEmail ?? '',
    contactPhone: p.contactPhone ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function partnerInputFromDraft(d: PartnerDraft): PartnerInput {
  return {
    name: d.name.trim(),
    organisationType: d.organisationType as PartnerInput['organisationType'],
    orgId: orNull(d.orgId),
    charityNumber: orNull(d.charityNumber),
    companyNumber: orNull(d.companyNumber),
    wardCode: orNull(d.wardCode),
    locality: orNull(d.locality),
    contactName: orNull(d.contactName),
    contactEmail: orNull(d.contactEmail),
    contactPhone: orNull(d.contactPhone),
  };
}
