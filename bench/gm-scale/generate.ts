import Database from 'better-sqlite3';
import { canonicalJson } from '../../core/audit/canonical-json';
import { entryHash, GENESIS_HASH } from '../../core/audit/hash-chain';
import { GMCA_IS_FUNDING_LINES } from '../../core/demo/data/outcomes/gmca-is';
import { WIGAN_BOROUGH_CODE } from '../../core/geography/wigan-areas';
import { openWorkspaceDatabase } from '../../db/connection';
import { buildAlignment } from './alignment';
import { countsOf, removeWorkspaceFiles, reuseOrClear } from './cached-workspace';
import { dayOf, isoOf, timestampOf } from './days';
import { buildFrameworks } from './frameworks';
import { buildAreas, COUNCILS } from './geography';
import { buildAwards, buildFunds, buildPartners } from './grants';
import { cutLedger, planLedger, settleAwardStatuses } from './ledger';
import { ledgerRows, type LedgerRows } from './ledger-rows';
import { ObservationModel, type ObservationArea } from './observations';
import { Random } from './random';
import { buildProgrammes, confirmedPence, partnerRole } from './register';
import { GM_SCALE_GENERATOR_VERSION, GM_SCALE_TODAY, scaledCounts, SETTING_KEYS, type GmScaleCounts } from './scale';
import { benchmarkPassphraseHash, buildStaff } from './users';

export interface GenerateOptions {
  /** PRNG seed (an integer); default 1. */
  seed?: number;
  /** Multiplies every count of GM_SCALE; default 1 (full size). */
  scale?: number;
  /** Progress lines; default: written to stderr. */
  log?: (line: string) => void;
}

export interface GenerationReport {
  file: string;
  seed: number;
  scale: number;
  /** True when an existing file with the same seed and scale was reused. */
  reused: boolean;
  /** Wall-clock time of this call. */
  elapsedMs: number;
  /** The counts asked for (GM_SCALE × scale). */
  targets: GmScaleCounts;
  /** Rows per table, as stored. */
  counts: Record<string, number>;
  /** Time per phase (empty when reused). */
  phasesMs: Record<string, number>;
}

const SETUP_AT = '2023-03-01T08:00:00.000Z';
const USERS_AT = '2023-03-01T09:00:00.000Z';
const REQUEST_ID = 'gm-scale-generator';
/** Rows per transaction for the big tables (keeps the write-ahead log from growing without bound). */
const CHUNK = 50_000;

type Row = ReadonlyArray<string | number | null>;

/**
 * Generates a Greater Manchester–scale workspace (ten councils; see GM_SCALE) into `file`, seeded and
 * deterministic: the same seed and scale give byte-identical table contents. The file is opened with
 * the app's own openWorkspaceDatabase (settings checked, every migration applied); rows are then
 * written with prepared statements in large transactions, with every CHECK, trigger and foreign key
 * in force. When `file` already holds a complete workspace from this generator with the same seed and
 * scale it is reused as it is; an older or different one is replaced; any other file is refused.
 */
export async function generateGmScaleWorkspace(file: string, options: GenerateOptions = {}): Promise<GenerationReport> {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`The seed must be a whole number from 0 to 4294967295, not ${seed}`);
  if (!(scale > 0 && scale <= 10)) throw new RangeError(`The scale must be above 0 and at most 10, not ${scale}`);
  const started = performance.now();
  const targets = scaledCounts(scale);

  const cached = reuseOrClear(file, seed, scale, log);
  if (cached) return { file, seed, scale, reused: true, elapsedMs: Math.round(performance.now() - started), targets, counts: cached.counts, phasesMs: {} };

  const phasesMs: Record<string, number> = {};
  let phaseStart = performance.now();
  const phase = (name: string, detail = '') => {
    const now = performance.now();
    phasesMs[name] = Math.round(now - phaseStart);
    log(`gm-scale: ${name.padEnd(14)} ${String(phasesMs[name]).padStart(7)} ms${detail ? `  ${detail}` : ''}`);
    phaseStart = now;
  };

  const workspace = await openWorkspaceDatabase(file);
  const sqlite = workspace.sqlite;
  try {
    if (Number(sqlite.prepare('select count(*) from users').pluck().get()) > 0) throw new Error(`${file} is not empty`);
    phase('open+migrate');
    const todayDay = dayOf(GM_SCALE_TODAY);

    // ---- Model (in memory) ------------------------------------------------------------------------
    const { areas, wardsByCouncil } = buildAreas();
    const staff = buildStaff();
    const fw = buildFrameworks(new Random(seed, 'frameworks'));
    const programmes = buildProgrammes(new Random(seed, 'programmes'), targets.programmes, COUNCILS, wardsByCouncil, todayDay);
    const partners = buildPartners(new Random(seed, 'partners'), targets.partners, COUNCILS, wardsByCouncil, staff, todayDay);
    const partnerRng = new Random(seed, 'programme-partners');
    const partnersByCouncil = COUNCILS.map((c) => partners.filter((p) => p.council === c));
    for (const p of programmes) {
      const pool = partnersByCouncil[p.council.index]!;
      if (pool.length) p.partners = partnerRng.sample(pool, partnerRng.int(0, 4)).map((partner) => ({ partnerId: partner.id, role: partnerRole(partnerRng) }));
    }
    const funds = buildFunds(new Random(seed, 'funds'), programmes, todayDay);
    const awards = buildAwards(new Random(seed, 'awards'), targets.awards, funds, partners, staff, COUNCILS.length, todayDay);
    // The share of instalments paid in two parts is tuned (deterministically) so the natural ledger is
    // just longer than the target; the cut then only drops the last few days before today.
    const planWith = (split: number) => planLedger(new Random(seed, 'ledger'), awards, staff, todayDay, split, targets.ledgerEntries);
    let splitChance = 0;
    let plan = planWith(splitChance);
    for (let attempt = 0; plan.planned < targets.ledgerEntries && attempt < 20; attempt++) {
      const missing = targets.ledgerEntries * 1.005 - plan.planned;
      splitChance = Math.min(0.95, splitChance + Math.max(0.002, missing / (3 * Math.max(1, plan.splittable))));
      plan = planWith(splitChance);
    }
    cutLedger(plan, targets.ledgerEntries);
    settleAwardStatuses(new Random(seed, 'award-status'), plan, awards, todayDay);

    // Most programmes have confirmed funding to cover their awards; about one in twenty does not.
    const fundingRng = new Random(seed, 'funding-cover');
    const awardedByProgramme = new Map<number, number>();
    for (const a of awards) if (a.status !== 'cancelled') awardedByProgramme.set(a.fund.programme.id, (awardedByProgramme.get(a.fund.programme.id) ?? 0) + a.amountPence);
    for (const p of programmes) {
      const awarded = awardedByProgramme.get(p.id) ?? 0;
      const gap = awarded - confirmedPence(p);
      if (gap <= 0 || fundingRng.chance(0.05)) continue;
      const confirmed = p.fundingLines.find((l) => l.certainty === 'confirmed');
      const line = confirmed ?? p.fundingLines[0]!;
      if (!confirmed) {
        line.certainty = 'confirmed';
        line.note = 'Confirmed in the grant offer letter (benchmark data).';
      }
      const still = awarded - confirmedPence(p);
      if (still > 0) line.amountPence += Math.ceil((still * fundingRng.between(1.05, 1.5)) / 100_000) * 100_000;
    }
    const alignment = buildAlignment(new Random(seed, 'alignment'), programmes, fw, staff, todayDay);
    phase('model', `ledger: ${plan.planned} entries planned (${(splitChance * 100).toFixed(1)}% of instalments split), the first ${targets.ledgerEntries} kept (up to ${isoOf(plan.day[plan.order[plan.order.length - 1]!]!)})`);

    // ---- Setup: settings, areas, users, audit --------------------------------------------------------
    const run = (sql: string, rows: Iterable<Row>): number => {
      const statement = sqlite.prepare(sql);
      let n = 0;
      sqlite.transaction(() => {
        for (const row of rows) {
          statement.run(row);
          n++;
        }
      })();
      return n;
    };
    /** Inserts in transactions of CHUNK rows (an SQL insert, or a function writing one row), logging progress. */
    const runChunked = <R,>(label: string, sql: string | ((row: R) => void), rows: Iterable<R>, total: number): number => {
      const statement = typeof sql === 'string' ? sqlite.prepare(sql) : null;
      const run = typeof sql === 'string' ? (row: R) => statement!.run(row as Row) : sql;
      let n = 0;
      let batch: R[] = [];
      const flush = sqlite.transaction((list: R[]) => {
        for (const row of list) run(row);
      });
      for (const row of rows) {
        batch.push(row);
        if (batch.length === CHUNK) {
          flush(batch);
          n += batch.length;
          batch = [];
          if (n % (CHUNK * 4) === 0) log(`gm-scale:   ${label} ${n.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')}`);
        }
      }
      flush(batch);
      return n + batch.length;
    };

    const settings: Array<[string, string]> = [
      ['kind', 'empty'],
      ['council_name', 'Greater Manchester benchmark (ten councils)'],
      ['borough_code', WIGAN_BOROUGH_CODE],
      ['created_at', SETUP_AT],
      ['grant_prefix', 'gmbench'],
      [SETTING_KEYS.generator, GM_SCALE_GENERATOR_VERSION],
      [SETTING_KEYS.seed, String(seed)],
      [SETTING_KEYS.scale, String(scale)],
      [SETTING_KEYS.complete, '0'],
    ];
    run('insert into workspace_settings (key, value) values (?, ?)', settings);
    run('insert into areas (code, name, area_type, parent_code, vintage, verified, note) values (?, ?, ?, ?, ?, ?, ?)', areas.map((a) => [a.code, a.name, a.area_type, a.parent_code, a.vintage, a.verified, a.note]));
    const hash = benchmarkPassphraseHash();
    run(
      'insert into users (id, username, display_name, role, passphrase_hash, disabled, created_at, updated_at) values (?, ?, ?, ?, ?, 0, ?, ?)',
      staff.users.map((u) => [u.id, u.username, u.display_name, u.role, hash, USERS_AT, USERS_AT]),
    );
    let auditId = 0;
    let prevHash = GENESIS_HASH;
    const auditStatement = sqlite.prepare(
      'insert into audit_log (id, at, actor_user_id, actor_username, actor_role, channel, request_id, action, entity_type, entity_id, before_json, after_json, prev_hash, hash) values (@id, @at, @actor_user_id, @actor_username, @actor_role, @channel, @request_id, @action, @entity_type, @entity_id, @before_json, @after_json, @prev_hash, @hash)',
    );
    const audit = (at: string, action: string, entityType: string, entityId: string | null, after: unknown) => {
      const fields = { id: ++auditId, at, actor_user_id: null, actor_username: null, actor_role: null, channel: 'system', request_id: REQUEST_ID, action, entity_type: entityType, entity_id: entityId, before_json: null, after_json: canonicalJson(after) };
      const h = entryHash(prevHash, fields);
      auditStatement.run({ ...fields, prev_hash: prevHash, hash: h });
      prevHash = h;
    };
    sqlite.transaction(() => {
      audit(SETUP_AT, 'workspace.create', 'workspace', null, { kind: 'empty', councilName: 'Greater Manchester benchmark (ten councils)', generator: 'bench/gm-scale', seed, scale });
      for (const u of staff.users) audit(USERS_AT, 'user.create', 'user', String(u.id), { id: u.id, username: u.username, displayName: u.display_name, role: u.role, disabled: false, createdAt: USERS_AT, updatedAt: USERS_AT });
    })();
    phase('setup', `${areas.length} areas, ${staff.users.length} users`);

    // ---- Frameworks and indicators ------------------------------------------------------------------
    const obsAreas: ObservationArea[] = [];
    const byLevel: Record<'combined_authority' | 'borough' | 'ward', ObservationArea[]> = { combined_authority: [], borough: [], ward: [] };
    const wardCount = new Map(COUNCILS.map((c) => [c.boroughCode, c.wardCount]));
    const boroughIndex = new Map(COUNCILS.map((c) => [c.boroughCode, c.index]));
    for (const a of areas) {
      const area: ObservationArea = {
        code: a.code,
        vintage: a.vintage,
        level: a.area_type,
        index: obsAreas.length,
        siblings: a.area_type === 'ward' ? wardCount.get(a.parent_code!)! : 1,
        boroughIndex: a.area_type === 'borough' ? boroughIndex.get(a.code)! : a.area_type === 'ward' ? boroughIndex.get(a.parent_code!)! : -1,
      };
      obsAreas.push(area);
      byLevel[a.area_type].push(area);
    }
    const model = new ObservationModel(seed, todayDay, byLevel, byLevel.borough.find((b) => b.code === WIGAN_BOROUGH_CODE)!);
    sqlite.transaction(() => {
      run('insert into frameworks (id, code, title, owner, description, created_at) values (?, ?, ?, ?, ?, ?)', fw.frameworks.map((f) => [f.id, f.code, f.title, f.owner, f.description, fw.versions[0]!.createdAt]));
      run(
        "insert into framework_versions (id, framework_id, label, status, from_financial_year, based_on_version_id, published_at, created_at) values (?, ?, ?, 'published', ?, null, ?, ?)",
        fw.versions.map((v) => [v.id, v.frameworkId, v.label, v.fromFinancialYear, v.publishedAt, v.createdAt]),
      );
      run(
        'insert into framework_elements (id, version_id, parent_id, kind, code, title, description, position, illustrative) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        fw.elements.map((e) => [e.id, e.versionId, e.parentId, e.kind, e.code, e.title, e.description, e.position, e.kind === 'pillar' ? 0 : 1]),
      );
      const pillarIds = new Map(fw.pillars.map((p) => [p.code, p.id]));
      run(
        'insert into framework_funding_lines (version_id, element_id, fund, home_department, allocation_mechanism, financial_year, spend_type, amount_pence, source_title, source_url) values (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        GMCA_IS_FUNDING_LINES.map((l) => [pillarIds.get(l.elementCode)!, l.fund, l.homeDepartment, l.allocationMechanism, l.financialYear, l.spendType, l.amountPence, l.sourceTitle, l.sourceUrl]),
      );
      run('insert into indicator_identities (id, framework_id, code) values (?, ?, ?)', fw.indicators.map((i) => [i.id, i.frameworkId, i.code]));
      run(
        `insert into indicators (id, identity_id, version_id, element_id, title, definition, kind, tier, unit, polarity, numerator, denominator, data_source, frequency, geography_level,
           baseline_value, baseline_period, tolerance_percent, comparator, owner, last_reviewed, illustrative) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 10, ?, ?, '2025-03-31', 1)`,
        fw.indicators.map((i) => {
          const baseline = model.baseline(i);
          const ratio = i.unit === 'percentage' || i.unit === 'rate_per_1000';
          return [
            i.id, i.id, i.versionId, i.elementId, i.title, `${i.title}: ${i.frequency.replace('_', '-')} figures by ${i.geographyLevel.replace('_', ' ')} (benchmark definition).`,
            i.kind, i.tier, i.unit, i.polarity, ratio ? `${i.title} (numerator)` : '', ratio ? 'Relevant population' : '', i.dataSource, i.frequency, i.geographyLevel,
            baseline.value, baseline.period, i.frequency === 'monthly' ? 'previous_period' : 'same_period_last_year', i.owner,
          ];
        }),
      );
      run('insert into indicator_targets (indicator_id, period, value) values (?, ?, ?)', fw.indicators.flatMap((i) => model.targets(i).map((t) => [t.indicator_id, t.period, t.value])));
    })();
    phase('frameworks', `${fw.elements.length} elements, ${fw.indicators.length} indicators`);

    // ---- Partners and due diligence -----------------------------------------------------------------
    sqlite.transaction(() => {
      run(
        `insert into partners (id, name, organisation_type, org_id, charity_number, company_number, ward_code, locality, contact_name, contact_email, contact_phone, archived_at, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        partners.map((p) => [p.id, p.name, p.type, p.orgId, p.charityNumber, p.companyNumber, p.wardCode, p.locality, p.contactName, p.contactEmail, p.contactPhone, p.archivedAt, p.createdAt, p.archivedAt ?? p.createdAt]),
      );
      run(
        'insert into partner_due_diligence (partner_id, checks_json, checked_by, checked_on, expires_on, notes, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)',
        (function* () {
          for (const p of partners) for (const d of p.dueDiligence) yield [d.partnerId, JSON.stringify(d.checks), d.checkedBy, d.checkedOn, d.expiresOn, d.notes, d.recordedAt, d.recordedBy];
        })(),
      );
    })();
    phase('partners', `${partners.length} partners`);

    // ---- Programme register -------------------------------------------------------------------------
    sqlite.transaction(() => {
      run(
        `insert into programmes (id, code, name, summary, programme_type, status, lead_officer, senior_responsible_owner, start_date, end_date, borough_code, archived_at, archive_reason, revision, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, 1, ?, ?)`,
        programmes.map((p) => [p.id, p.code, p.name, p.summary, p.type, p.status, p.leadOfficer, p.sro, p.startDay === null ? null : isoOf(p.startDay), p.endDay === null ? null : isoOf(p.endDay), p.council.boroughCode, p.createdAt, p.createdAt]),
      );
      run(
        'insert into programme_funding_lines (programme_id, position, source, pillar_code, financial_year, spend_type, amount_pence, certainty, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        programmes.flatMap((p) => p.fundingLines.map((l, i) => [p.id, i, l.source, l.pillarCode, l.financialYear, l.spendType, l.amountPence, l.certainty, l.note])),
      );
      run(
        'insert into programme_milestones (programme_id, position, title, due_date, target_value, unit, status, actual_value) values (?, ?, ?, ?, ?, ?, ?, ?)',
        programmes.flatMap((p) => p.milestones.map((m, i) => [p.id, i, m.title, m.dueDate, m.targetValue, m.unit, m.status, m.actualValue])),
      );
      run('insert into programme_areas (programme_id, area_code) values (?, ?)', programmes.flatMap((p) => p.wardCodes.map((w) => [p.id, w])));
      run('insert into programme_partners (programme_id, partner_id, role) values (?, ?, ?)', programmes.flatMap((p) => p.partners.map((x) => [p.id, x.partnerId, x.role])));
      run(
        'insert into programme_risks (programme_id, position, description, likelihood, impact, owner, mitigation) values (?, ?, ?, ?, ?, ?, ?)',
        programmes.flatMap((p) => p.risks.map((r, i) => [p.id, i, r.description, r.likelihood, r.impact, r.owner, r.mitigation])),
      );
      run(
        'insert into programme_sources (programme_id, position, title, url, document, source_date, figure) values (?, ?, ?, ?, ?, ?, ?)',
        programmes.flatMap((p) => p.sources.map((s, i) => [p.id, i, s.title, s.url, s.document, s.sourceDate, s.figure])),
      );
    })();
    phase('programmes', `${programmes.length} programmes`);

    // ---- Funds, awards, instalments, award wards ------------------------------------------------------
    sqlite.transaction(() => {
      run(
        `insert into funds (id, programme_id, code, name, source, allocation_pence, first_financial_year, last_financial_year, end_date, zero_transaction_cost, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        funds.map((f) => [f.id, f.programme.id, f.code, f.name, f.source, f.allocationPence, f.firstFinancialYear, f.lastFinancialYear, isoOf(f.endDay), f.zeroTransactionCost ? 1 : 0, f.createdAt, f.createdAt]),
      );
    })();
    runChunked(
      'awards',
      `insert into awards (id, fund_id, partner_id, reference, title, purpose, amount_pence, award_date, planned_start, planned_end, route, route_justification, payment_basis, basis_justification, status, created_by, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      (function* () {
        for (const a of awards) {
          yield [a.id, a.fund.id, a.partner.id, a.reference, a.title, a.purpose, a.amountPence, isoOf(a.awardDay), isoOf(a.plannedStart), isoOf(a.plannedEnd), a.route, a.routeJustification, a.paymentBasis, a.basisJustification, a.status, a.createdBy, a.createdAt, a.createdAt];
        }
      })(),
      awards.length,
    );
    runChunked(
      'instalments',
      'insert into instalments (id, award_id, sequence, due_date, amount_pence) values (?, ?, ?, ?, ?)',
      (function* () {
        for (const a of awards) for (const i of a.instalments) yield [i.id, a.id, i.sequence, isoOf(i.dueDay), i.amountPence];
      })(),
      awards.length * 2,
    );
    runChunked(
      'award wards',
      'insert into award_areas (award_id, area_code) values (?, ?)',
      (function* () {
        for (const a of awards) for (const w of a.wardCodes) yield [a.id, w];
      })(),
      awards.length,
    );
    phase('awards', `${funds.length} funds, ${awards.length} awards`);

    // ---- Ledger (in date order) -----------------------------------------------------------------------
    const ledgerStatement = sqlite.prepare(
      `insert into ledger_entries (id, entry_type, award_id, instalment_id, payment_id, gross_pence, fee_pence, net_pence, entry_date, reference, reason, actor_user_id, recorded_at, idempotency_key, request_hash, correction_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, ?)`,
    );
    const correctionStatement = sqlite.prepare(
      `insert into ledger_corrections (id, kind, award_id, payment_id, amount_pence, correction_date, reason, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    runChunked<LedgerRows>(
      'ledger',
      ([correction, entry]) => {
        if (correction) correctionStatement.run(correction);
        ledgerStatement.run(entry);
      },
      ledgerRows(plan, awards, staff),
      plan.order.length,
    );
    phase('ledger', `${plan.order.length} entries`);

    // ---- Observations -------------------------------------------------------------------------------
    const capacity = model.capacity(fw.indicators);
    if (capacity < targets.observations) throw new Error(`The observation model holds at most ${capacity} rows, fewer than the ${targets.observations} asked for`);
    const observationRows: Row[] = [];
    let written = 0;
    const observationStatement = sqlite.prepare(
      `insert into observations (identity_id, period, area_code, area_vintage, revision, value, status, source_note, commentary, recorded_at, recorded_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const flushObservations = sqlite.transaction((rows: Row[]) => {
      for (const row of rows) observationStatement.run(row);
    });
    model.emit(fw.indicators, targets.observations, staff.strategy.id, (o) => {
      observationRows.push([o.identity_id, o.period, o.area_code, o.area_vintage, o.revision, o.value, o.status, o.source_note, o.commentary, o.recorded_at, o.recorded_by]);
      if (observationRows.length === CHUNK) {
        flushObservations(observationRows);
        written += observationRows.length;
        observationRows.length = 0;
        if (written % (CHUNK * 4) === 0) log(`gm-scale:   observations ${written.toLocaleString('en-GB')} / ${targets.observations.toLocaleString('en-GB')}`);
      }
    });
    flushObservations(observationRows);
    phase('observations', `${targets.observations} rows (model capacity ${capacity})`);

    // ---- Alignment ------------------------------------------------------------------------------------
    sqlite.transaction(() => {
      run(
        `insert into alignment_links (programme_id, from_indicator_id, target_type, target_framework_code, target_code, strength, relation, rationale, evidence, created_by, created_at, removed_by, removed_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        alignment.links.map((l) => [l.programme_id, l.from_indicator_id, l.target_type, l.target_framework_code, l.target_code, l.strength, l.relation, l.rationale, l.evidence, l.created_by, l.created_at, l.removed_by, l.removed_at]),
      );
      run(
        'insert into finding_acknowledgements (finding_key, fingerprint, reason, acknowledged_by, acknowledged_at) values (?, ?, ?, ?, ?)',
        alignment.acknowledgements.map((a) => [a.finding_key, a.fingerprint, a.reason, a.acknowledged_by, a.acknowledged_at]),
      );
      run(
        'insert into balance_targets (dimension, code, target_share, tolerance, set_by, set_at) values (?, ?, ?, ?, ?, ?)',
        alignment.balanceTargets.map((b) => [b.dimension, b.code, b.target_share, b.tolerance, b.set_by, b.set_at]),
      );
    })();
    phase('alignment', `${alignment.links.length} links, ${alignment.unlinkedProgrammes} programmes unlinked`);

    // ---- Summary, completion marker, checkpoint -----------------------------------------------------
    const counts = countsOf(sqlite);
    sqlite.transaction(() => {
      audit(timestampOf(todayDay, 23 * 3_600_000), 'bench.generate', 'workspace', null, {
        generator: 'bench/gm-scale',
        version: GM_SCALE_GENERATOR_VERSION,
        seed,
        scale,
        counts: { ...counts, audit_log: counts.audit_log! + 1 },
        note: 'Rows written directly by the benchmark generator; individual changes are not in the audit log.',
      });
      sqlite.prepare('update workspace_settings set value = ? where key = ?').run('1', SETTING_KEYS.complete);
    })();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    phase('finish');
    const finalCounts = countsOf(sqlite);
    const elapsedMs = Math.round(performance.now() - started);
    log(`gm-scale: done in ${(elapsedMs / 1000).toFixed(1)} s -> ${file}`);
    return { file, seed, scale, reused: false, elapsedMs, targets, counts: finalCounts, phasesMs };
  } catch (error) {
    await workspace.close();
    removeWorkspaceFiles(file);
    throw error;
  } finally {
    if (!isClosed(workspace.sqlite)) await workspace.close();
  }
}

function isClosed(sqlite: Database.Database): boolean {
  return !sqlite.open;
}

