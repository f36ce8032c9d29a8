import { useContext } from 'react';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../forms/field-errors';
import { FormErrorsContext } from '../../forms/FormErrorsContext';
import { removeAt, replaceAt } from '../../forms/list-ops';
import { newSource, type SourceDraft } from '../../forms/programme-draft';
import { RepeatableRow, RepeatableSection } from './RepeatableSection';

interface Props {
  sources: SourceDraft[];
  onChange: (sources: SourceDraft[]) => void;
}

export function SourcesEditor({ sources, onChange }: Props) {
  const errors = useContext(FormErrorsContext);
  return (
    <RepeatableSection path="sources" title="Sources" addLabel="Add source" emptyText="No sources yet." count={sources.length} onAdd={() => onChange([...sources, newSource()])}>
      {sources.map((source, index) => {
        const path = (field: string) => `sources.${index}.${field}`;
        const set = (patch: Partial<SourceDraft>) => onChange(replaceAt(sources, index, patch));
        return (
          <RepeatableRow key={source.key} path={`sources.${index}`} legend={`Source ${index + 1}`} onRemove={() => onChange(removeAt(sources, index))}>
            <TextField id={fieldId(path('title'))} label="Source title" value={source.title} onValueChange={(title) => set({ title })} errors={errors[path('title')]} className="field--wide" />
            <TextField
              id={fieldId(path('url'))}
              label="Link (URL)"
              hint="Starts with https://"
              type="url"
              value={source.url}
              onValueChange={(url) => set({ url })}
              errors={errors[path('url')]}
              className="field--wide"
            />
            <TextField id={fieldId(path('document'))} label="Document" value={source.document} onValueChange={(document) => set({ document })} errors={errors[path('document')]} />
            <TextField id={fieldId(path('sourceDate'))} label="Source date" type="date" value={source.sourceDate} onValueChange={(sourceDate) => set({ sourceDate })} errors={errors[path('sourceDate')]} />
            <TextField id={fieldId(path('figure'))} label="Figure quoted" value={source.figure} onValueChange={(figure) => set({ figure })} errors={errors[path('figure')]} />
          </RepeatableRow>
        );
      })}
    </RepeatableSection>
  );
}
