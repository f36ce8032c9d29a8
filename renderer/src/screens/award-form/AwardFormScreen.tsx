import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDate, todayIso } from '../../format/dates';
import { fundPeriodOf } from '../../grants/fund-period';
import { formatPence } from '../../format/money';
import { hrefFor } from '../../routing/routes';
import { emptyAwardDraft } from './award-draft';
import { AwardForm } from './AwardForm';

/** "New award" from a fund, for finance officers. */
export function AwardFormScreen({ fundId }: { fundId: number }) {
  const statement = useQuery(trpc.grants.fundStatement.queryOptions({ fundId }));
  const wards = useQuery(trpc.geography.wards.queryOptions(undefined, { staleTime: Infinity }));
  const [initial] = useState(() => emptyAwardDraft(todayIso()));
  const fund = statement.data?.fund;
  useDocumentTitle(fund ? `New award from ${fund.code}` : 'New award');
  const failed = statement.error ?? wards.error;

  let body;
  if (failed) body = <ApiError error={failed} title="The form could not be prepared." />;
  else if (!statement.data || !wards.data) body = <Loading label="Preparing the form…" />;
  else {
    const left = statement.data.totals.unallocatedPence;
    const period = fundPeriodOf(statement.data.fund);
    body = (
      <>
        <p className={left > 0 ? 'lead' : 'notice notice--warning'}>
          {left > 0 ? `${formatPence(left)} of this fund’s ${formatPence(statement.data.totals.allocationPence)} is not yet awarded.` : `This fund’s ${formatPence(statement.data.totals.allocationPence)} is fully awarded: a new award will be refused.`}
        </p>
        {todayIso() > period.end && <p className="notice notice--warning">This fund ended on {formatDate(period.end)}: a new award will be refused.</p>}
        <AwardForm fundId={fundId} fund={{ code: statement.data.fund.code, ...period }} initial={initial} wards={wards.data} />
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'fund', id: fundId })}>{fund ? `Back to ${fund.name}` : 'Back to the fund'}</a>
      </p>
      <h1>New award{fund ? ` from ${fund.code}` : ''}</h1>
      {body}
    </>
  );
}
