import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorInfo } from '../../api/errors';
import { trpc } from '../../api/trpc';
import type { ProgrammeDetail } from '../../api/types';
import { TextAreaField } from '../../components/TextAreaField';

/** Archive (with a reason) or restore a programme, then refresh everything that shows it. */
export function ArchiveControls({ programme }: { programme: ProgrammeDetail }) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string[] | undefined>();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
  };
  const archive = useMutation(trpc.programmes.archive.mutationOptions({ onSuccess: refresh }));
  const restore = useMutation(trpc.programmes.restore.mutationOptions({ onSuccess: refresh }));
  const failure = archive.error ?? restore.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(['Say why this programme is being archived']);
      return;
    }
    setReasonError(undefined);
    archive.mutate(
      { id: programme.id, reason: reason.trim() },
      {
        onSuccess: () => {
          setAsking(false);
          setReason('');
        },
        onError: (error) => setReasonError(errorInfo(error).fieldErrors?.reason),
      },
    );
  }

  if (programme.archivedAt !== null) {
    return (
      <div className="archive-controls">
        <button type="button" className="button button--secondary" disabled={restore.isPending} onClick={() => restore.mutate({ id: programme.id })}>
          Restore programme
        </button>
        {failure && <p className="field__error" role="alert">{errorInfo(failure).message}</p>}
      </div>
    );
  }

  if (!asking) {
    return (
      <button type="button" className="button button--warning" onClick={() => setAsking(true)}>
        Archive programme
      </button>
    );
  }

  return (
    <form className="archive-controls panel stack" onSubmit={submit} noValidate aria-label="Archive this programme">
      <TextAreaField
        id="archive-reason"
        label="Reason for archiving"
        hint="This is kept in the audit log."
        value={reason}
        onValueChange={setReason}
        errors={reasonError}
        autoFocus
      />
      {failure && !reasonError && <p className="field__error" role="alert">{errorInfo(failure).message}</p>}
      <div className="actions">
        <button type="submit" className="button button--warning" disabled={archive.isPending}>
          Confirm archive
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
