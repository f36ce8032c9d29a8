import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { trpc } from '../../api/trpc';
import type { ProgrammeDetail } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { draftFromDetail, emptyDraft } from '../../forms/programme-draft';
import { ProgrammeForm } from './ProgrammeForm';

/** The version being edited: fixed when the form opens, replaced only by "Reload the latest version". */
interface Opened {
  detail: ProgrammeDetail;
  generation: number;
}

/** "New programme" when id is null, otherwise "Edit" for that programme. */
export function ProgrammeFormScreen({ id }: { id: number | null }) {
  const wards = useQuery(trpc.geography.wards.queryOptions(undefined, { staleTime: Infinity }));
  const programme = useQuery(trpc.programmes.get.queryOptions({ id: id ?? 1 }, { enabled: id !== null, refetchOnMount: 'always' }));
  const [opened, setOpened] = useState<Opened | null>(null);

  // Start editing from a fresh copy (not a cached one), so the revision sent back is current.
  useEffect(() => {
    if (id !== null && opened === null && programme.data && !programme.isFetching) setOpened({ detail: programme.data, generation: 0 });
  }, [id, opened, programme.data, programme.isFetching]);

  const reload = async () => {
    const result = await programme.refetch();
    if (result.data) setOpened((current) => ({ detail: result.data, generation: (current?.generation ?? 0) + 1 }));
  };

  const detail = opened?.detail;
  useDocumentTitle(id === null ? 'New programme' : detail ? `Edit ${detail.code}` : 'Edit programme');
  const failed = wards.error ?? (id !== null && !detail ? programme.error : null);
  const back = id === null ? '#/register' : `#/programmes/${id}`;

  let body;
  if (failed) body = <ApiError error={failed} title="The form could not be prepared." />;
  else if (wards.isPending || (id !== null && !detail)) body = <Loading label="Preparing the form…" />;
  else if (id === null) body = <ProgrammeForm mode={{ kind: 'create' }} initial={emptyDraft()} wards={wards.data ?? []} />;
  else if (detail?.archivedAt) body = <p>This programme is archived. Restore it before editing it.</p>;
  else if (detail && opened)
    body = (
      <ProgrammeForm
        key={opened.generation}
        mode={{ kind: 'edit', id, revision: detail.revision }}
        initial={draftFromDetail(detail)}
        wards={wards.data ?? []}
        onReload={() => void reload()}
      />
    );

  return (
    <>
      <p className="breadcrumb">
        <a href={back}>{id === null ? 'Programme register' : 'Back to the programme'}</a>
      </p>
      <h1>{id === null ? 'New programme' : detail ? `Edit ${detail.code}: ${detail.name}` : 'Edit programme'}</h1>
      {body}
    </>
  );
}
