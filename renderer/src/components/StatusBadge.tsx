import { labelOf, PROGRAMME_STATUS_LABELS } from '../labels';

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--${status}`}>{labelOf(PROGRAMME_STATUS_LABELS, status)}</span>;
}

export function ArchivedBadge() {
  return <span className="badge badge--archived">Archived</span>;
}
