import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorInfo } from '../api/errors';
import { trpc } from '../api/trpc';
import { TextAreaField } from '../components/TextAreaField';
import { useRefreshAlignment } from './useRefreshAlignment';

/** Asks why a link is being removed (the link is kept in the history with the reason), then removes it. */
export function RemoveLinkForm({ linkId, name, onDone }: { linkId: number; name: string; onDone: () => void }) {
  const refresh = useRefreshAlignment();
  const [reason, setReason] = useState('');
  const [reasonErrors, setReasonErrors] = useState<string[] | undefined>();
  const unlink = useMutation(trpc.alignment.unlink.mutationOptions({ onSuccess: refresh }));
  const fieldId = `remove-link-${linkId}-reason`;
  const failure = unlink.error && !reasonErrors ? errorInfo(unlink.error).message : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setReasonErrors(undefined);
    unlink.mutate(
      { id: linkId, reason },
      {
        onSuccess: onDone,
        onError: (error) => {
          const errors = errorInfo(error).fieldErrors?.reason;
          setReasonErrors(errors);
          if (errors) document.getElementById(fieldId)?.focus();
        },
      },
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={`Remove the link to ${name}`}>
      <TextAreaField
        id={fieldId}
        label={`Why remove the link to ${name}?`}
        hint="The link is kept in the history with this reason."
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
        <button type="submit" className="button button--warning button--small" disabled={unlink.isPending}>
          Remove link
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
