import type { Migration } from 'kysely';
import * as m0001 from './0001_identity_and_audit';
import * as m0002 from './0002_geography_partners_programmes';
import * as m0003 from './0003_outcome_frameworks';
import * as m0004 from './0004_grants_ledger';
import * as m0005 from './0005_alignment_links';
import * as m0006 from './0006_briefing_packs';
import * as m0007 from './0007_award_ledger_totals';
import * as m0008 from './0008_two_person_corrections';
import * as m0009 from './0009_observation_withdrawals';
import * as m0010 from './0010_sign_in_protection';
import * as m0011 from './0011_award_date_rules';
import * as m0012 from './0012_grants_waiting_and_stage_totals';
import * as m0013 from './0013_change_stamps';
import * as m0014 from './0014_briefing_pack_documents';
import * as m0015 from './0015_partner_latest_check_index';
import * as m0016 from './0016_session_last_seen';

/** Every migration, in order. Keys are zero-padded so they sort correctly. */
export const migrations: Record<string, Migration> = {
  '0001_identity_and_audit': m0001,
  '0002_geography_partners_programmes': m0002,
  '0003_outcome_frameworks': m0003,
  '0004_grants_ledger': m0004,
  '0005_alignment_links': m0005,
  '0006_briefing_packs': m0006,
  '0007_award_ledger_totals': m0007,
  '0008_two_person_corrections': m0008,
  '0009_observation_withdrawals': m0009,
  '0010_sign_in_protection': m0010,
  '0011_award_date_rules': m0011,
  '0012_grants_waiting_and_stage_totals': m0012,
  '0013_change_stamps': m0013,
  '0014_briefing_pack_documents': m0014,
  '0015_partner_latest_check_index': m0015,
  '0016_session_last_seen': m0016,
};
