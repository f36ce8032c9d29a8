import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { errorCode } from '../../api/errors';
import { trpc } from '../../api/trpc';
import type { SignedInUser } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { AwardStatusBadge } from '../../grants/GrantBadges';
import { canApprovePayments, canRecordPayments, canReversePayments } from '../../grants/grants-labels';
import { paymentPeople } from '../../grants/payment-people';
import { hrefFor } from '../../routing/routes';
import { AwardDetails } from './AwardDetails';
import { ClawbackForm } from './ClawbackForm';
import { CorrectionsTable } from './CorrectionsTable';
import { InstalmentsTable } from './InstalmentsTable';
import { PaymentsTable } from './PaymentsTable';
import { RecordPaymentForm } from './RecordPaymentForm';
import { ReversePaymentForm } from './ReversePaymentForm';

type OpenForm = { kind: 'pay'; instalmentId: number } | { kind: 'reverse'; paymentId: number } | { kind: 'clawback' } | null;

/** One award: its terms, its schedule, and its payments, with the finance actions each role may take. */
export function AwardScreen({ id, user }: { id: number; user: SignedInUser }) {
  const queryClient = useQueryClient();
  const award = useQuery(trpc.grants.award.queryOptions({ id }));
  const [open, setOpen] = useState<OpenForm>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const flashRef = useRef<HTMLParagraphElement>(null);
  useDocumentTitle(award.data ? `${award.data.reference} ${award.data.title}` : 'Award');
  useEffect(() => {
    if (flash) flashRef.current?.focus();
  }, [flash]);

  if (award.isPending) return <Loading label="Loading the award…" />;
  if (award.isError) {
    return (
      <>
        <h1>{errorCode(award.error) === 'NOT_FOUND' ? 'Award not found' : 'The award could not be loaded'}</h1>
        <ApiError error={award.error} />
        <p>
          <a href={hrefFor({ name: 'grants' })}>Back to grants</a>
        </p>
      </>
    );
  }

  const a = award.data;
  const active = a.status === 'active';
  const canRecord = canRecordPayments(user.role) && active;
  const people = paymentPeople(a.entries);
  const openInstalment = open?.kind === 'pay' ? a.instalments.find((i) => i.id === open.instalmentId) : undefined;
  const reversing = open?.kind === 'reverse' ? a.payments.find((p) => p.id === open.paymentId) : undefined;
  const done = async (message: string) => {
    // As after an approval: no grants figure from before this change survives in the cache.
    await queryClient.resetQueries({ queryKey: trpc.grants.pathKey() });
    setOpen(null);
    setFlash(message);
  };
  const choose = (next: OpenForm) => {
    setFlash(null);
    setOpen(next);
  };

  return (
    <>
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'grants' })}>Grants</a> › <a href={hrefFor({ name: 'fund', id: a.fund.id })}>{a.fund.name}</a>
      </p>
      <div className="page-header">
        <div>
          <h1 className="programme-title">
            <span className="programme-title__code">{a.reference}</span> {a.title}
          </h1>
          <p className="programme-title__badges">
            <AwardStatusBadge status={a.status} />
            {a.fund.zeroTransactionCost && <span className="badge badge--zero-cost">Zero transaction cost</span>}
          </p>
        </div>
        {canRecordPayments(user.role) && (
          <div className="page-header__actions">
            <button type="button" className="button button--secondary" aria-expanded={open?.kind === 'clawback'} onClick={() => choose({ kind: 'clawback' })}>
              Record clawback
            </button>
          </div>
        )}
      </div>
      <p className="flash" role="status" tabIndex={-1} ref={flashRef}>
        {flash}
      </p>
      {open?.kind === 'clawback' && <ClawbackForm awardId={a.id} awardReference={a.reference} onRecorded={(m) => void done(m)} onCancel={() => setOpen(null)} />}
      <AwardDetails award={a} />
      <section aria-labelledby="instalments-title">
        <h2 id="instalments-title">Instalments</h2>
        {!active && <p className="notice">This award is {a.status}: no more payments can be recorded on it.</p>}
        <InstalmentsTable instalments={a.instalments} canRecord={canRecord} openInstalmentId={openInstalment?.id ?? null} onRecord={(instalmentId) => choose({ kind: 'pay', instalmentId })} />
        {openInstalment && (
          <RecordPaymentForm key={openInstalment.id} awardReference={a.reference} instalment={openInstalment} onRecorded={(m) => void done(m)} onCancel={() => setOpen(null)} />
        )}
      </section>
      <section aria-labelledby="payments-title">
        <h2 id="payments-title">Payments ({a.payments.length})</h2>
        {canApprovePayments(user.role) && (
          <p>
            Payments waiting for approval or release are in the <a href={hrefFor({ name: 'approvals' })}>approvals queue</a>.
          </p>
        )}
        <PaymentsTable
          payments={a.payments}
          instalments={a.instalments}
          people={people}
          viewerUserId={user.userId}
          canReverse={canReversePayments(user.role)}
          reversingId={reversing?.id ?? null}
          onReverse={(paymentId) => choose({ kind: 'reverse', paymentId })}
        />
        {reversing && <ReversePaymentForm key={reversing.id} payment={reversing} onReversed={(m) => void done(m)} onCancel={() => setOpen(null)} />}
      </section>
      <section aria-labelledby="corrections-title">
        <h2 id="corrections-title">Reversals and clawbacks ({a.corrections.length})</h2>
        <CorrectionsTable corrections={a.corrections} viewerUserId={user.userId} />
      </section>
    </>
  );
}
