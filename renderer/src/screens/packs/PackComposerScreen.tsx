import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { errorInfo } from '../../api/errors';
import type { PackCompositionInput, PackPreviewResult } from '../../api/pack-types';
import { queryClient, trpc, trpcClient } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { PackPreview } from '../../packs/PackPreview';
import { defaultComposition, moveSection, toggleSection, type ComposerState, type SectionId } from '../../packs/pack-composition';
import { navigate } from '../../routing/useRoute';

const PREVIEW_DELAY_MS = 700;

/** A leader chooses period, audience, sections (ordered) and commentary; the preview follows as they type. */
export function PackComposerScreen() {
  useDocumentTitle('Compose a briefing pack');
  const options = useQuery(trpc.packs.options.queryOptions());
  const programmes = useQuery(trpc.programmes.list.queryOptions({ statuses: ['active', 'proposed'], pageSize: 200, sortBy: 'name' }));
  const [composition, setComposition] = useState<ComposerState | null>(null);
  const [preview, setPreview] = useState<PackPreviewResult | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);

  useEffect(() => {
    if (options.data && !composition) setComposition(defaultComposition(options.data.sections.map((s) => s.id as SectionId), options.data.defaultHighlights));
  }, [options.data, composition]);

  const key = useMemo(() => JSON.stringify(composition), [composition]);
  useEffect(() => {
    if (!composition) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      setPreviewing(true);
      trpcClient.packs.preview
        .mutate(composition)
        .then((result) => {
          if (cancelled) return;
          setPreview(result);
          setPreviewError(null);
        })
        .catch((caught: unknown) => !cancelled && setPreviewError(errorInfo(caught).message))
        .finally(() => !cancelled && setPreviewing(false));
    }, PREVIEW_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [key]);

  const generate = useMutation({
    mutationFn: (input: PackCompositionInput) => trpcClient.packs.generate.mutate(input),
    onSuccess: async (pack) => {
      await queryClient.invalidateQueries({ queryKey: trpc.packs.list.queryKey() });
      navigate({ name: 'pack', id: pack.id });
    },
  });

  if (options.isError) return <ApiError error={options.error} title="The pack options could not be loaded." />;
  if (!options.data || !composition) return <Loading label="Loading the composer…" />;
  const titles = new Map(options.data.sections.map((s) => [s.id, s.title]));
  const chosen = new Set(composition.sections.map((s) => s.id));
  const update = (change: Partial<ComposerState>) => setComposition({ ...composition, ...change });
  const generateError = generate.isError ? errorInfo(generate.error) : null;

  return (
    <>
      <h1>Compose a briefing pack</h1>
      <p className="lead">Every figure comes from the register; you choose what goes in and write the commentary. Generating the pack freezes its data with the audit chain head.</p>
      <div className="pack-composer">
        <form
          className="pack-composer__form"
          aria-label="Pack contents"
          onSubmit={(event) => {
            event.preventDefault();
            generate.mutate(composition);
          }}
        >
          <RadioGroup
            path="audience"
            prefix="pack"
            legend="Audience"
            value={composition.audience}
            options={options.data.audiences.map((a) => ({ value: a.id, label: a.title }))}
            onValueChange={(audience) => update({ audience: audience as PackCompositionInput['audience'] })}
          />
          <TextField
            id="pack-period"
            label="Period"
            hint="A financial year such as 2025/26, or a quarter such as 2025/26 Q2"
            value={composition.periodLabel}
            onValueChange={(periodLabel) => update({ periodLabel })}
            errors={generateError?.fieldErrors?.periodLabel}
          />
          <fieldset className="field pack-composer__fieldset">
            <legend className="field__label">Sections</legend>
            <ul className="pack-composer__catalogue">
              {options.data.sections.map((s) => (
                <li key={s.id}>
                  <label className="checkbox">
                    <input type="checkbox" checked={chosen.has(s.id)} onChange={(event) => update({ sections: toggleSection(composition.sections, s.id as SectionId, event.target.checked) })} />
                    {s.title}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <h2 className="pack-composer__order-heading">Order and commentary</h2>
          <ol className="pack-composer__sections">
            {composition.sections.map((section, index) => (
              <li key={section.id} className="pack-composer__section">
                <div className="pack-composer__section-head">
                  <span className="pack-composer__section-title">{titles.get(section.id)}</span>
                  <button type="button" className="button button--secondary button--small" disabled={index === 0} onClick={() => update({ sections: moveSection(composition.sections, index, -1) })}>
                    Move up<span className="visually-hidden"> {titles.get(section.id)}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={index === composition.sections.length - 1}
                    onClick={() => update({ sections: moveSection(composition.sections, index, 1) })}
                  >
                    Move down<span className="visually-hidden"> {titles.get(section.id)}</span>
                  </button>
                </div>
                <TextAreaField
                  id={`pack-commentary-${section.id}`}
                  label={`Commentary: ${titles.get(section.id)}`}
                  rows={3}
                  value={section.commentary}
                  onValueChange={(commentary) => update({ sections: composition.sections.map((s) => (s.id === section.id ? { ...s, commentary } : s)) })}
                />
              </li>
            ))}
          </ol>
          {chosen.has('programmes') && (
            <fieldset className="field pack-composer__fieldset">
              <legend className="field__label">Programmes to highlight</legend>
              {programmes.data ? (
                <ul className="pack-composer__programmes">
                  {programmes.data.rows.map((p) => (
                    <li key={p.id}>
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={composition.highlightProgrammes.includes(p.code)}
                          onChange={(event) =>
                            update({
                              highlightProgrammes: event.target.checked ? [...composition.highlightProgrammes, p.code] : composition.highlightProgrammes.filter((c) => c !== p.code),
                            })
                          }
                        />
                        {p.code} {p.name}
                      </label>
                    </li>
                  ))}
                </ul>
              ) : (
                <Loading label="Loading programmes…" />
              )}
            </fieldset>
          )}
          {generateError && (
            <p className="field__error" role="alert">
              The pack was not generated: {generateError.message}
            </p>
          )}
          <button type="submit" className="button" disabled={generate.isPending}>
            {generate.isPending ? 'Generating…' : 'Generate pack'}
          </button>
        </form>
        <section className="pack-composer__preview" aria-labelledby="pack-preview-heading">
          <h2 id="pack-preview-heading">
            Preview {previewing && <span className="pagination__busy">(updating…)</span>}
          </h2>
          {previewError && (
            <p className="field__error" role="alert">
              {previewError}
            </p>
          )}
          {preview ? <PackPreview document={preview.document} charts={preview.charts} headingLevel={3} /> : !previewError && <Loading label="Preparing the preview…" />}
        </section>
      </div>
    </>
  );
}
