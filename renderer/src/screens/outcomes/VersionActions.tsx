import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorInfo } from '../../api/errors';
import { trpc } from '../../api/trpc';
import type { FrameworkVersionSummary } from '../../api/types';
import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../forms/field-errors';
import { navigate } from '../../routing/useRoute';
import { nextFinancialYear } from './outcomes-state';

/** Editors' version controls: start a draft from this version, or (strategy officers) publish a draft. */
export function VersionActions({ version, frameworkTitle, canPublish }: { version: FrameworkVersionSummary; frameworkTitle: string; canPublish: boolean }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<'draft' | 'publish' | null>(null);
  const [label, setLabel] = useState('');
  const [fromYear, setFromYear] = useState(nextFinancialYear(version.fromFinancialYear));
  const [errors, setErrors] = useState<FieldErrors>({});
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.outcomes.pathKey() });
  const createDraft = useMutation(trpc.outcomes.createDraft.mutationOptions());
  const publish = useMutation(trpc.outcomes.publish.mutationOptions());

  function startDraft(event: FormEvent) {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!label.trim()) local.label = ['Enter a version label, for example 2026/27'];
    if (!/^\d{4}\/\d{2}$/.test(fromYear.trim())) local.fromFinancialYear = ['Financial years are written like 2026/27'];
    setErrors(local);
    if (Object.keys(local).length) return;
    createDraft.mutate(
      { fromVersionId: version.id, label: label.trim(), fromFinancialYear: fromYear.trim() },
      {
        onSuccess: async (draft) => {
          await refresh();
          setOpen(null);
          navigate({ name: 'outcomes', versionId: draft.id });
        },
        onError: (error) => {
          const info = errorInfo(error);
          setErrors(info.fieldErrors ?? { _form: [info.message] });
        },
      },
    );
  }

  return (
    <div className="version-actions">
      <div className="version-actions__buttons">
        <button type="button" className="button button--secondary" aria-expanded={open === 'draft'} onClick={() => setOpen(open === 'draft' ? null : 'draft')}>
          Start a new draft version
        </button>
        {version.status === 'draft' && !canPublish && <p className="muted">A strategy officer publishes draft versions.</p>}
        {version.status === 'draft' && canPublish && (
          <button type="button" className="button" aria-expanded={open === 'publish'} onClick={() => setOpen(open === 'publish' ? null : 'publish')}>
            Publish this version
          </button>
        )}
      </div>
      {open === 'draft' && (
        <form className="panel inline-form" onSubmit={startDraft} noValidate aria-label="Start a new draft version">
          <p className="field--full version-actions__intro">
            The draft starts as a copy of {version.label}: its elements, funding lines, indicators and targets.
          </p>
          <TextField id="draft-label" label="Version label" hint="For example 2026/27" value={label} onValueChange={setLabel} errors={errors.label} autoFocus />
          <TextField
            id="draft-from-year"
            label="From financial year"
            hint="April to March, like 2026/27"
            value={fromYear}
            onValueChange={setFromYear}
            errors={errors.fromFinancialYear}
            inputClassName="input--short"
          />
          <button type="submit" className="button" disabled={createDraft.isPending}>
            {createDraft.isPending ? 'Starting…' : 'Start draft'}
          </button>
          {errors._form && (
            <p className="field__error" role="alert">
              {errors._form.join(' ')}
            </p>
          )}
        </form>
      )}
      {open === 'publish' && (
        <div className="panel notice--warning version-actions__confirm" role="group" aria-label="Publish this version">
          <p>
            Publishing {version.label} makes it the version of {frameworkTitle} that indicators report against. The version published now will be marked superseded. A published
            version cannot be edited.
          </p>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={publish.isPending}
              onClick={() => publish.mutate({ versionId: version.id }, { onSuccess: async () => { await refresh(); setOpen(null); } })}
            >
              {publish.isPending ? 'Publishing…' : `Confirm: publish ${version.label}`}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(null)}>
              Cancel
            </button>
          </div>
          {publish.error && (
            <p className="field__error" role="alert">
              {errorInfo(publish.error).message}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
