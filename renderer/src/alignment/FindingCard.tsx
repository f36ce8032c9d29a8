import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { errorInfo } from '../api/errors';
import { trpc } from '../api/trpc';
import type { Finding } from '../api/types';
import { TextAreaField } from '../components/TextAreaField';
import { formatDateTime } from '../format/dates';
import { recordLink } from './alignment-view';
import { SeverityBadge } from './AlignmentBadges';
import { useRefreshAlignment } from './useRefreshAlignment';

const domSafe = (key: string) => key.replace(/[^A-Za-z0-9_-]+/g, '-');

interface FindingCardProps {
  finding: Finding;
  /** Indicator identity id → current indicator id, for links to the indicator page. */
  indicatorIds: ReadonlyMap<number, number> | null;
  canAcknowledge: boolean;
  headingLevel?: 'h3' | 'h4';
}

/** One finding: what the rule found, who owns it, what to do, where to do it, and (for allowed roles) Acknowledge. */
export function FindingCard({ finding, indicatorIds, canAcknowledge, headingLevel = 'h3' }: FindingCardProps) {
  const Heading = headingLevel;
  const fix = finding.fixRecord ? recordLink(finding.fixRecord, indicatorIds) : null;
  const others = finding.records.slice(1);
  const acknowledged = finding.status === 'acknowledged' ? finding.acknowledgement : null;
  const previous = finding.status === 'reopened' ? finding.previousAcknowledgement : null;
  const titleId = `finding-${domSafe(finding.key)}-title`;
  const [asking, setAsking] = useState(false);
  const acknowledgeButton = useRef<HTMLButtonElement>(null);
  const offerAcknowledge = canAcknowledge && !acknowledged;
  return (
    <article className={`finding finding--${finding.severity}${acknowledged ? ' finding--acknowledged' : ''}`} aria-labelledby={titleId}>
      <div className="finding__head">
        <SeverityBadge severity={finding.severity} />
        {finding.status === 'reopened' && <span className="badge badge--reopened">Reopened</span>}
        <Heading className="finding__title" id={titleId}>
          {finding.ruleTitle}
        </Heading>
        {offerAcknowledge && !asking && (
          <button ref={acknowledgeButton} type="button" className="button button--secondary button--small finding__acknowledge-button" onClick={() => setAsking(true)}>
            Acknowledge<span className="visually-hidden">: {finding.ruleTitle}</span>
          </button>
        )}
      </div>
      <p className="finding__message">{finding.message}</p>
      {previous && (
        <p className="finding__reopened">
          Reopened: data changed since {previous.by} acknowledged it on {formatDateTime(previous.at)} (“{previous.reason}”).
        </p>
      )}
      {acknowledged && (
        <p className="finding__acknowledgement">
          Acknowledged by <strong>{acknowledged.by}</strong> on <time dateTime={acknowledged.at}>{formatDateTime(acknowledged.at)}</time>. Reason:{' '}
          <span className="finding__reason">{acknowledged.reason}</span>
        </p>
      )}
      <dl className="finding__details">
        <div>
          <dt>Owner</dt>
          <dd>{finding.owner}</dd>
        </div>
        {!acknowledged && finding.suggestedFix && (
          <div className="finding__fix">
            <dt>Suggested fix</dt>
            <dd>{finding.suggestedFix}</dd>
          </div>
        )}
        {fix && (
          <div>
            <dt>Record to fix</dt>
            <dd>
              <a href={fix.href}>{fix.text}</a>
              {fix.note && <span className="muted"> ({fix.note})</span>}
            </dd>
          </div>
        )}
        {others.length > 0 && (
          <div>
            <dt>Also names</dt>
            <dd>
              <ul className="finding__records">
                {others.map((record) => {
                  const link = recordLink(record, indicatorIds);
                  return (
                    <li key={`${record.type}-${record.id}`}>
                      <a href={link.href}>{link.text}</a>
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {offerAcknowledge && asking && (
        <AcknowledgeForm
          finding={finding}
          onCancel={() => {
            setAsking(false);
            window.setTimeout(() => acknowledgeButton.current?.focus(), 0);
          }}
        />
      )}
    </article>
  );
}

/** "Acknowledge" opens this small form: it needs a reason, which the server checks and explains when missing. */
function AcknowledgeForm({ finding, onCancel }: { finding: Finding; onCancel: () => void }) {
  const refresh = useRefreshAlignment();
  const [reason, setReason] = useState('');
  const [reasonErrors, setReasonErrors] = useState<string[] | undefined>();
  const acknowledge = useMutation(trpc.alignment.acknowledge.mutationOptions({ onSuccess: refresh }));
  const fieldId = `acknowledge-${domSafe(finding.key)}`;
  const failure = acknowledge.error && !reasonErrors ? errorInfo(acknowledge.error).message : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setReasonErrors(undefined);
    acknowledge.mutate(
      { findingKey: finding.key, reason },
      {
        onError: (error) => {
          const info = errorInfo(error);
          const errors = info.fieldErrors?.reason ?? (info.fieldErrors ? Object.values(info.fieldErrors).flat() : undefined);
          setReasonErrors(errors);
          if (errors) document.getElementById(fieldId)?.focus();
        },
      },
    );
  }

  return (
    <form className="finding__acknowledge" onSubmit={submit} noValidate aria-label={`Acknowledge: ${finding.ruleTitle}`}>
      <TextAreaField
        id={fieldId}
        label="Why is this accepted for now?"
        hint="Kept with the finding and in the audit log. The finding comes back if the data behind it changes."
        value={reason}
        onValueChange={setReason}
        errors={reasonErrors}
        rows={2}
        autoFocus
      />
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--small" disabled={acknowledge.isPending}>
          Acknowledge finding
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
