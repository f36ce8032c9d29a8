/** Narrows the findings list the way the findings screen asks. */
import type { FindingView } from './report';
import type { FindingsFilter } from './schemas';

export function filterFindings(findings: FindingView[], filter: Partial<FindingsFilter>): FindingView[] {
  return findings.filter((f) => {
    if (filter.severity?.length && !filter.severity.includes(f.severity)) return false;
    if (filter.ruleId && f.ruleId !== filter.ruleId) return false;
    if (filter.owner && f.owner !== filter.owner) return false;
    if (filter.status === 'open' && f.status === 'acknowledged') return false;
    if (filter.status === 'acknowledged' && f.status !== 'acknowledged') return false;
    if (filter.recordType && !f.records.some((r) => r.type === filter.recordType && (filter.recordId === undefined || String(r.id) === String(filter.recordId)))) return false;
    return true;
  });
}
