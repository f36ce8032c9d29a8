import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { errorInfo } from '../../api/errors';
import { trpc } from '../../api/trpc';
import type { ProgrammeDetail, Ward } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { placeFieldErrors, summaryItems, type FieldErrors } from '../../forms/field-errors';
import { FormErrorsContext } from '../../forms/FormErrorsContext';
import type { ProgrammeDraft } from '../../forms/programme-draft';
import { draftToInput } from '../../forms/programme-input';
import { describeFieldPath, knownFieldPaths } from '../../forms/programme-paths';
import { navigate } from '../../routing/useRoute';
import { ConflictNotice } from './ConflictNotice';
import { CoreFields } from './CoreFields';
import { FundingLinesEditor } from './FundingLinesEditor';
import { MilestonesEditor } from './MilestonesEditor';
import { PartnersEditor } from './PartnersEditor';
import { RisksEditor } from './RisksEditor';
import { SourcesEditor } from './SourcesEditor';
import { WardsPicker } from './WardsPicker';

export type FormMode = { kind: 'create' } | { kind: 'edit'; id: number; revision: number };

interface Props {
  mode: FormMode;
  initial: ProgrammeDraft;
  wards: readonly Ward[];
  onReload?: () => void;
}

export function ProgrammeForm({ mode, initial, wards, onReload }: Props) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<string | null>(null);

  const onSaved = async (saved: ProgrammeDetail) => {
    queryClient.setQueryData(trpc.programmes.get.queryKey({ id: saved.id }), saved);
    await queryClient.invalidateQueries({ queryKey: trpc.programmes.list.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.programmes.history.queryKey({ id: saved.id }) });
    navigate({ name: 'programme', id: saved.id });
  };
  const onFailed = (error: unknown) => {
    const info = errorInfo(error);
    if (info.code === 'CONFLICT') {
      setConflict(info.message);
      setErrors({});
    } else {
      setErrors(info.fieldErrors ?? { _form: [info.message] });
    }
    setAttempt((n) => n + 1);
  };
  const create = useMutation(trpc.programmes.create.mutationOptions({ onSuccess: onSaved, onError: onFailed }));
  const update = useMutation(trpc.programmes.update.mutationOptions({ onSuccess: onSaved, onError: onFailed }));
  const saving = create.isPending || update.isPending;

  const known = useMemo(() => knownFieldPaths(draft), [draft]);
  const knownSet = useMemo(() => new Set(known), [known]);
  const placed = useMemo(() => placeFieldErrors(errors, knownSet), [errors, knownSet]);
  const summary = summaryItems(placed, known, describeFieldPath);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setConflict(null);
    const converted = draftToInput(draft);
    if (!converted.ok) {
      setErrors(converted.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    if (mode.kind === 'create') create.mutate(converted.input);
    else update.mutate({ ...converted.input, id: mode.id, revision: mode.revision });
  }

  const patch = (change: Partial<ProgrammeDraft>) => setDraft((current) => ({ ...current, ...change }));
  const cancelHref = mode.kind === 'edit' ? `#/programmes/${mode.id}` : '#/register';

  return (
    <FormErrorsContext.Provider value={placed}>
      <form className="form programme-form" onSubmit={submit} noValidate aria-describedby="programme-form-intro">
        <p id="programme-form-intro" className="muted">
          Fields are checked when you save. Amounts are in pounds and pence.
        </p>
        {conflict && <ConflictNotice message={conflict} onReload={onReload} />}
        <ErrorSummary items={summary} focusKey={attempt} />
        <CoreFields draft={draft} onChange={patch} />
        <FundingLinesEditor lines={draft.fundingLines} onChange={(fundingLines) => patch({ fundingLines })} />
        <MilestonesEditor milestones={draft.milestones} onChange={(milestones) => patch({ milestones })} />
        <WardsPicker wards={wards} selected={draft.wardCodes} onChange={(wardCodes) => patch({ wardCodes })} />
        <PartnersEditor partners={draft.partners} onChange={(list) => patch({ partners: list })} />
        <RisksEditor risks={draft.risks} onChange={(risks) => patch({ risks })} />
        <SourcesEditor sources={draft.sources} onChange={(sources) => patch({ sources })} />
        <div className="actions actions--sticky">
          <button type="submit" className="button" disabled={saving}>
            {saving ? 'Saving…' : 'Save programme'}
          </button>
          <a href={cancelHref} className="button button--secondary">
            Cancel
          </a>
          <span role="status" className="muted">
            {saving ? 'Saving the programme…' : ''}
          </span>
        </div>
      </form>
    </FormErrorsContext.Provider>
  );
}
