import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorInfo, type FieldErrors } from '../../api/errors';
import { trpc } from '../../api/trpc';
import type { OutcomeLinkRow, TreeElement } from '../../api/types';
import { StrengthBadge } from '../../alignment/AlignmentBadges';
import { EMPTY_LINK_DETAILS, LinkDetailsFields, type LinkDetails } from '../../alignment/LinkDetailsFields';
import { useRefreshAlignment } from '../../alignment/useRefreshAlignment';
import { SelectField } from '../../components/SelectField';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format/dates';
import { hrefFor } from '../../routing/routes';

interface OutcomeProgrammesProps {
  frameworkCode: string;
  element: TreeElement;
  canEdit: boolean;
}

/** A GMCA outcome's directly linked programmes, behind a button, with a form to link another. */
export function OutcomeProgrammes({ frameworkCode, element, canEdit }: OutcomeProgrammesProps) {
  const [open, setOpen] = useState(false);
  const links = useQuery(trpc.alignment.linksTo.queryOptions({ frameworkCode, code: element.code }));
  const panelId = `outcome-programmes-${element.id}`;
  return (
    <div className="outcome-programmes">
      <button type="button" className="button button--secondary button--small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span className="outcome-programmes__chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        Linked programmes{links.data ? ` (${links.data.length})` : ''}
        <span className="visually-hidden"> for {element.code}</span>
      </button>
      <div id={panelId} className="outcome-programmes__panel" hidden={!open}>
        {open && (
          <>
            {links.isError && <p className="field__error">{errorInfo(links.error).message}</p>}
            {links.data &&
              (links.data.length === 0 ? (
                <p className="muted">No programme is linked directly to {element.code} yet.</p>
              ) : (
                <ul className="outcome-programmes__list">
                  {links.data.map((link) => (
                    <LinkedProgramme key={link.id} link={link} />
                  ))}
                </ul>
              ))}
            {canEdit && links.data && <LinkProgrammeForm frameworkCode={frameworkCode} element={element} linked={links.data} />}
          </>
        )}
      </div>
    </div>
  );
}

function LinkedProgramme({ link }: { link: OutcomeLinkRow }) {
  return (
    <li className="outcome-programmes__item">
      <p className="outcome-programmes__name">
        <a href={hrefFor({ name: 'programme', id: link.programmeId })}>
          {link.programmeCode} {link.programmeName}
        </a>{' '}
        <StrengthBadge strength={link.strength} /> <StatusBadge status={link.programmeStatus} />
      </p>
      <p className="outcome-programmes__why">{link.rationale}</p>
      <p className="cell__sub">
        {link.evidence ? `Evidence: ${link.evidence}. ` : ''}Linked by {link.createdBy ?? 'system'} on {formatDate(link.createdAt)}.
      </p>
    </li>
  );
}

function LinkProgrammeForm({ frameworkCode, element, linked }: { frameworkCode: string; element: TreeElement; linked: readonly OutcomeLinkRow[] }) {
  const refresh = useRefreshAlignment();
  const programmes = useQuery(trpc.programmes.list.queryOptions({ pageSize: 500, sortBy: 'code' }, { staleTime: 60_000 }));
  const [programmeId, setProgrammeId] = useState('');
  const [details, setDetails] = useState<LinkDetails>(EMPTY_LINK_DETAILS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState('');
  const link = useMutation(trpc.alignment.link.mutationOptions({ onSuccess: refresh }));
  const prefix = `link-programme-${element.id}`;
  const already = new Set(linked.map((l) => l.programmeId));
  const options = (programmes.data?.rows ?? []).filter((p) => !already.has(p.id)).map((p) => ({ value: String(p.id), label: `${p.code} ${p.name}` }));
  const failure = link.error ? errorInfo(link.error).message : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setDone('');
    if (!programmeId) {
      setErrors({ programmeId: ['Choose a programme'] });
      return;
    }
    const chosen = options.find((o) => o.value === programmeId);
    link.mutate(
      {
        programmeId: Number(programmeId),
        targetType: 'outcome',
        frameworkCode,
        targetCode: element.code,
        strength: details.strength as 'primary',
        rationale: details.rationale,
        evidence: details.evidence,
      },
      {
        onSuccess: () => {
          setDone(`Linked ${chosen?.label ?? 'the programme'} to ${element.code}.`);
          setProgrammeId('');
          setDetails(EMPTY_LINK_DETAILS);
        },
        onError: (error) => setErrors(errorInfo(error).fieldErrors ?? {}),
      },
    );
  }

  return (
    <form className="link-form link-form--outcome" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`} className="link-form__title">
        Link a programme to {element.code}
      </h4>
      <SelectField
        id={`${prefix}-programme`}
        label="Programme"
        value={programmeId}
        placeholder={programmes.isPending ? 'Loading…' : 'Choose…'}
        options={options}
        onValueChange={setProgrammeId}
        errors={errors.programmeId}
      />
      <LinkDetailsFields prefix={prefix} value={details} errors={errors} onChange={(patch) => setDetails((current) => ({ ...current, ...patch }))} />
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--small" disabled={link.isPending}>
          Link programme
        </button>
        <p className="link-form__done" role="status">
          {done}
        </p>
      </div>
    </form>
  );
}
