import { useState, type FormEvent } from 'react';
import type { UserView } from '../../api/types';
import { AUDIT_ACTION_PREFIXES } from '../../audit/audit-actions';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';

export interface AuditFilterValues {
  actorUserId: string;
  entityType: string;
  action: string;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = { actorUserId: '', entityType: '', action: '', from: '', to: '' };

const ENTITY_TYPES = [
  { value: 'programme', label: 'Programmes' },
  { value: 'user', label: 'Users' },
  { value: 'partner', label: 'Partners' },
  { value: 'workspace', label: 'Workspace' },
];

interface Props {
  values: AuditFilterValues;
  /** Users to choose an actor from (administrators only); others can type a user number. */
  users: readonly UserView[] | null;
  onApply: (values: AuditFilterValues) => void;
}

export function AuditFilters({ values, users, onApply }: Props) {
  const [draft, setDraft] = useState(values);
  const set = (key: keyof AuditFilterValues) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" role="search" aria-label="Filter the audit log" onSubmit={submit} noValidate>
      {users ? (
        <SelectField
          id="audit-actor"
          label="Who"
          value={draft.actorUserId}
          placeholder="Anyone"
          options={users.map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` }))}
          onValueChange={set('actorUserId')}
        />
      ) : (
        <TextField id="audit-actor" label="User number" hint="Leave empty for anyone" inputMode="numeric" value={draft.actorUserId} onValueChange={set('actorUserId')} inputClassName="input--short" />
      )}
      <SelectField id="audit-entity" label="Record type" value={draft.entityType} placeholder="Any record" options={ENTITY_TYPES} onValueChange={set('entityType')} />
      <SelectField id="audit-action" label="Action" value={draft.action} placeholder="Any action" options={AUDIT_ACTION_PREFIXES} onValueChange={set('action')} />
      <TextField id="audit-from" label="From" type="date" value={draft.from} onValueChange={set('from')} />
      <TextField id="audit-to" label="To" type="date" value={draft.to} onValueChange={set('to')} />
      <div className="filters__buttons">
        <button type="submit" className="button">
          Apply filters
        </button>
        <button
          type="button"
          className="button button--link"
          onClick={() => {
            setDraft(EMPTY_AUDIT_FILTERS);
            onApply(EMPTY_AUDIT_FILTERS);
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
