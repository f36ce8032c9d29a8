import { FINDING_SEVERITY_LABELS, LINK_STRENGTH_LABELS, labelOf } from '../labels';

/** A finding's severity, in words (the colour only repeats them). */
export function SeverityBadge({ severity }: { severity: string }) {
  return (
    <span className={`badge badge--severity-${severity}`}>
      <span className="visually-hidden">Severity: </span>
      {labelOf(FINDING_SEVERITY_LABELS, severity)}
    </span>
  );
}

/** A link's strength, in words. */
export function StrengthBadge({ strength }: { strength: string | null }) {
  if (!strength) return <span className="muted">—</span>;
  return <span className={`badge badge--strength-${strength}`}>{labelOf(LINK_STRENGTH_LABELS, strength)}</span>;
}
