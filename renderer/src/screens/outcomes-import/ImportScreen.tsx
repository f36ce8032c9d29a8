import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../api/trpc';
import type { ImportSummary, IndicatorsPreview, ObservationsPreview } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatCount } from '../../format/money';
import { OutcomeExportButtons } from '../../outcomes/OutcomeExportButtons';
import { hrefFor } from '../../routing/routes';
import { FileChooser, type ChosenFile } from './FileChooser';
import { ImportResult, type Preview } from './ImportResult';
import { ImportKindChoice, type ImportKind } from './ImportKindChoice';
import { summarisePreview } from './import-preview';
import { IndicatorPreviewTables, ObservationPreviewTables, RejectedRows } from './PreviewTables';

function Busy({ label }: { label: string }) {
  return (
    <div className="progress-row" role="status">
      <span>{label}</span>
      <progress aria-label={label} />
    </div>
  );
}

/** Import observations or indicator definitions: choose a file, check the preview, then confirm. */
export function ImportScreen() {
  useDocumentTitle('Import outcome data');
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('observations');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<{ summary: ImportSummary; preview: Preview } | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const previewObservations = useMutation(trpc.outcomes.previewObservations.mutationOptions());
  const previewIndicators = useMutation(trpc.outcomes.previewIndicators.mutationOptions());
  const importObservations = useMutation(trpc.outcomes.importObservations.mutationOptions());
  const importIndicators = useMutation(trpc.outcomes.importIndicators.mutationOptions());
  const checking = previewObservations.isPending || previewIndicators.isPending;
  const committing = importObservations.isPending || importIndicators.isPending;
  const previewError = kind === 'observations' ? previewObservations.error : previewIndicators.error;
  const commitError = kind === 'observations' ? importObservations.error : importIndicators.error;

  function reset(nextKind = kind) {
    setKind(nextKind);
    setFile(null);
    setPreview(null);
    setResult(null);
    setInputKey((n) => n + 1);
    for (const m of [previewObservations, previewIndicators, importObservations, importIndicators]) m.reset();
  }

  function check(chosen: ChosenFile) {
    setFile(chosen);
    setPreview(null);
    setResult(null);
    const input = { filename: chosen.filename, format: chosen.format, base64: chosen.base64 };
    if (kind === 'observations') previewObservations.mutate(input, { onSuccess: (data) => setPreview({ kind, data: data as ObservationsPreview }) });
    else previewIndicators.mutate(input, { onSuccess: (data) => setPreview({ kind, data: data as IndicatorsPreview }) });
  }

  function confirm() {
    if (!file || !preview) return;
    const input = { filename: file.filename, format: file.format, base64: file.base64, fileHash: preview.data.fileHash };
    const done = async (summary: ImportSummary) => {
      setResult({ summary, preview });
      setPreview(null);
      await queryClient.invalidateQueries({ queryKey: trpc.outcomes.pathKey() });
    };
    if (preview.kind === 'observations') importObservations.mutate(input, { onSuccess: done });
    else importIndicators.mutate(input, { onSuccess: done });
  }

  const summary = preview ? summarisePreview(preview.data) : null;
  const writeCount = preview ? preview.data.counts.add + preview.data.counts.change : 0;
  return (
    <>
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'outcomes', versionId: null })}>Outcomes</a>
      </p>
      <h1>Import outcome data</h1>
      <p className="lead">Nothing is saved until you have checked the preview and chosen “Confirm import”. Every change is kept in the audit log, and earlier figures stay in each indicator’s history.</p>
      <section className="panel stack" aria-labelledby="import-choose-title">
        <h2 id="import-choose-title">1. Choose what to import</h2>
        <ImportKindChoice kind={kind} disabled={checking || committing} onChange={(next) => reset(next)} />
        <FileChooser key={inputKey} id="import-file" disabled={checking || committing} onChosen={check} />
        {checking && <Busy label={file?.approxRows ? `Checking ${formatCount(file.approxRows)} rows…` : 'Checking the rows…'} />}
        {previewError && <ApiError error={previewError} title={`${file?.filename ?? 'This file'} cannot be imported`} />}
      </section>
      {preview && summary && (
        <section className="panel stack" aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">2. Check the preview of {file?.filename}</h2>
          <p className="preview-summary" role="status">
            {summary.headline}
          </p>
          {preview.kind === 'observations' ? (
            <ObservationPreviewTables preview={preview.data} notes={summary.truncation} />
          ) : (
            <IndicatorPreviewTables preview={preview.data} notes={summary.truncation} />
          )}
          <RejectedRows rows={preview.data.rejected} count={preview.data.counts.rejected} note={summary.truncation.rejected} />
          {commitError && <ApiError error={commitError} title="The import was not saved" />}
          {committing && <Busy label={`Importing ${formatCount(writeCount)} rows…`} />}
          <div className="actions">
            {summary.canConfirm ? (
              <button type="button" className="button" disabled={committing} onClick={confirm}>
                Confirm import
              </button>
            ) : (
              <p className="notice">There is nothing to import from this file.</p>
            )}
            <button type="button" className="button button--secondary" disabled={committing} onClick={() => reset()}>
              Choose a different file
            </button>
          </div>
        </section>
      )}
      {result && <ImportResult summary={result.summary} preview={result.preview} onAnother={() => reset()} />}
      <section className="panel stack" aria-labelledby="import-export-title">
        <h2 id="import-export-title">Download the current data</h2>
        <p>Exports use the same columns as imports, so you can edit a download and import it back.</p>
        <OutcomeExportButtons target={{ kind: 'observations', frameworkCode: null, label: 'Observations (all frameworks)' }} />
      </section>
    </>
  );
}
