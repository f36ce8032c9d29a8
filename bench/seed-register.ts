import type Database from 'better-sqlite3';
import { WARDS } from '../core/geography/wigan-areas';

const TYPES = ['devolved_programme', 'growth_location', 'development_zone', 'capital_scheme', 'service_improvement', 'other'];
const STATUSES = ['proposed', 'active', 'paused', 'closed'];
const WORDS = ['growth', 'housing', 'skills', 'transport', 'health', 'culture', 'retrofit', 'employment', 'towns', 'neighbourhood'];

/** Deterministic register of `count` programmes with funding lines and wards, written straight to SQLite. */
export function seedRegister(sqlite: Database.Database, count: number): void {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const now = '2026-11-25T00:00:00.000Z';
  const programme = sqlite.prepare(
    `insert into programmes (code, name, summary, programme_type, status, lead_officer, start_date, end_date, borough_code, created_at, updated_at)
     values (?, ?, ?, ?, ?, 'Lead officer', ?, ?, 'E08000010', ?, ?)`,
  );
  const line = sqlite.prepare(
    `insert into programme_funding_lines (programme_id, position, source, financial_year, spend_type, amount_pence, certainty) values (?, ?, 'council', ?, 'revenue', ?, ?)`,
  );
  const area = sqlite.prepare('insert or ignore into programme_areas (programme_id, area_code) values (?, ?)');
  sqlite.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const word = WORDS[next() % WORDS.length]!;
      const year = 2020 + (next() % 8);
      const id = programme.run(
        `BEN-${String(i).padStart(5, '0')}`,
        `${word[0]!.toUpperCase()}${word.slice(1)} programme ${i}`,
        `A ${word} programme for the benchmark`,
        TYPES[next() % TYPES.length]!,
        STATUSES[next() % STATUSES.length]!,
        `${year}-04-01`,
        `${year + 3}-03-31`,
        now,
        now,
      ).lastInsertRowid;
      for (let l = 0; l < 3; l++) {
        line.run(id, l, `${year + l}/${String((year + l + 1) % 100).padStart(2, '0')}`, (next() % 5_000_000) * 100, l === 0 ? 'confirmed' : 'planned');
      }
      for (let w = 0; w < 2; w++) area.run(id, WARDS[next() % WARDS.length]!.code);
    }
  })();
}
