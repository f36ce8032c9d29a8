import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { trpc } from '../../api/trpc';
import type { PartnerDetail } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor } from '../../routing/routes';
import { draftFromPartner, EMPTY_PARTNER_DRAFT } from './partner-draft';
import { PartnerForm } from './PartnerForm';

/** "Add a partner" when id is null, otherwise "Edit" for that partner. */
export function PartnerFormScreen({ id }: { id: number | null }) {
  const wards = useQuery(trpc.geography.wards.queryOptions(undefined, { staleTime: Infinity }));
  const partner = useQuery(trpc.partners.get.queryOptions({ id: id ?? 1 }, { enabled: id !== null, refetchOnMount: 'always' }));
  // Edit a fresh copy, fixed when the form opens, so a background refetch cannot wipe the edits.
  const [opened, setOpened] = useState<PartnerDetail | null>(null);
  useEffect(() => {
    if (id !== null && opened === null && partner.data && !partner.isFetching) setOpened(partner.data);
  }, [id, opened, partner.data, partner.isFetching]);
  const title = id === null ? 'Add a partner' : opened ? `Edit ${opened.name}` : 'Edit partner';
  useDocumentTitle(title);
  const failed = wards.error ?? (id !== null && !opened ? partner.error : null);

  let body;
  if (failed) body = <ApiError error={failed} title="The form could not be prepared." />;
  else if (wards.isPending || (id !== null && !opened)) body = <Loading label="Preparing the form…" />;
  else if (id === null) body = <PartnerForm id={null} initial={EMPTY_PARTNER_DRAFT} wards={wards.data ?? []} />;
  else if (opened?.archivedAt) body = <p>This partner is archived. Restore it before editing it.</p>;
  else if (opened) body = <PartnerForm id={id} initial={draftFromPartner(opened)} wards={wards.data ?? []} />;

  return (
    <>
      <p className="breadcrumb">
        <a href={id === null ? hrefFor({ name: 'partners' }) : hrefFor({ name: 'partner', id })}>{id === null ? 'Partners' : 'Back to the partner'}</a>
      </p>
      <h1>{title}</h1>
      {body}
    </>
  );
}
