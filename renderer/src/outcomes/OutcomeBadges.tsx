import { labelOf } from '../labels';
import { DIRECTION_LABELS, RAG_LABELS, VERSION_STATUS_LABELS } from './outcome-labels';

const RAG_SHAPES: Record<string, string> = { green: '●', amber: '▲', red: '■', none: '○' };

/** A RAG rating in words (the colour and shape only repeat what the text says). */
export function RagBadge({ rag }: { rag: string | null | undefined }) {
  const code = rag ?? 'none';
  return (
    <span className={`badge badge--rag badge--rag-${code}`}>
      <span aria-hidden="true" className="badge__shape">
        {RAG_SHAPES[code] ?? '○'}
      </span>{' '}
      {labelOf(RAG_LABELS, code)}
    </span>
  );
}

/** Direction of travel: an arrow for sighted readers, the words for everyone. */
export function DirectionOfTravel({ direction }: { direction: string | null | undefined }) {
  if (!direction) return <span className="muted">No earlier figure to compare</span>;
  const known = DIRECTION_LABELS[direction];
  if (!known) return <span>{direction}</span>;
  return (
    <span className={`direction direction--${direction}`}>
      <span aria-hidden="true" className="direction__arrow">
        {known.arrow}
      </span>{' '}
      {known.text}
    </span>
  );
}

export function StaleFlag({ stale }: { stale: boolean | null | undefined }) {
  if (!stale) return null;
  return <span className="badge badge--stale">Out of date</span>;
}

export function VersionStatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--version-${status}`}>{labelOf(VERSION_STATUS_LABELS, status)}</span>;
}

export function IllustrativeMarker({ illustrative }: { illustrative: boolean }) {
  if (!illustrative) return null;
  return (
    <span className="badge badge--illustrative" title="Wording or figures are a demonstration example, not from a published source">
      Illustrative
    </span>
  );
}
