import type { FrameworkSummary } from '../../api/types';
import { SelectField } from '../../components/SelectField';
import { navigate } from '../../routing/useRoute';
import { currentVersion, versionOptionLabel } from './outcomes-state';

interface FrameworkPickerProps {
  frameworks: readonly FrameworkSummary[];
  framework: FrameworkSummary;
  versionId: number;
}

/** Choosing a framework shows its current version; choosing a version moves the page to it (so it can be bookmarked). */
export function FrameworkPicker({ frameworks, framework, versionId }: FrameworkPickerProps) {
  return (
    <>
      <SelectField
        id="outcomes-framework"
        label="Framework"
        className="filters__wide"
        value={String(framework.id)}
        options={frameworks.map((f) => ({ value: String(f.id), label: `${f.title} (${f.code})` }))}
        onValueChange={(value) => {
          const chosen = frameworks.find((f) => String(f.id) === value);
          const version = chosen ? currentVersion(chosen) : null;
          if (version) navigate({ name: 'outcomes', versionId: version.id });
        }}
      />
      <SelectField
        id="outcomes-version"
        label="Version"
        value={String(versionId)}
        options={[...framework.versions].reverse().map((v) => ({ value: String(v.id), label: versionOptionLabel(v) }))}
        onValueChange={(value) => navigate({ name: 'outcomes', versionId: Number(value) })}
      />
    </>
  );
}
