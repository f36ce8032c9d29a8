import { useMutation, useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { errorInfo, type FieldErrors } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { parseTargetValue, targetValue } from '../../alignment/alignment-view';
import { RemoveLinkForm } from '../../alignment/RemoveLinkForm';
import { useRefreshAlignment } from '../../alignment/useRefreshAlignment';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';

const RELATIONS = [
  { value: 'equivalent', label: 'Equivalent', hint: 'Measures the same thing' },
  { value: 'contributes_to', label: 'Contributes to', hint: 'Moving this one moves the GMCA indicator' },
  { value: 'proxy', label: 'Proxy', hint: 'An early or partial sign of it' },
] as const;
const RELATION_WORDS: Record<string, string> = Object.fromEntries(RELATIONS.map((r) => [r.value, r.label]));

/** Council indicator ↔ GMCA indicator links: listed on both indicators; made from the council one. */
export function IndicatorLinks({ frameworkCode, code, canEdit }: { frameworkCode: string; code: string; canEdit: boolean }) {
  const refresh = useRefreshAlignment();
  const links = useQuery(trpc.alignment.indicatorLinks.queryOptions({ frameworkCode, code }));
  const targets = useQuery(trpc.alignment.targets.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const self = targets.data?.find((t) => t.type === 'indicator' && t.frameworkCode === frameworkCode && t.code === code);
  const isCouncil = self?.frameworkOwner === 'council';
  const gmcaIndicators = (targets.data ?? []).filter((t) => t.type === 'indicator' && t.frameworkOwner === 'gmca');
  const [target, setTarget] = useState('');
  const [relation, setRelation] = useState('');
  const [rationale, setRationale] = useState('');
  const [evidence, setEvidence] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const link = useMutation(trpc.alignment.linkIndicator.mutationOptions({ onSuccess: refresh }));
  const [removing, setRemoving] = useState<number | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setMessage('');
    const to = parseTargetValue(target);
    link.mutate(
      { fromFrameworkCode: frameworkCode, fromIndicatorCode: code, toFrameworkCode: to.frameworkCode, toIndicatorCode: to.code, relation: relation as 'proxy', rationale, evidence },
      {
        onSuccess: () => {
          setMessage(`Linked to ${to.code}.`);
          setTarget('');
          setRelation('');
          setRationale('');
          setEvidence('');
        },
        onError: (error) => {
          const info = errorInfo(error);
          const { toIndicatorCode, toFrameworkCode, ...rest } = info.fieldErrors ?? {};
          const targetErrors = [...(toIndicatorCode ?? []), ...(toFrameworkCode ?? [])];
          setErrors(targetErrors.length ? { ...rest, target: targetErrors } : rest);
          if (!info.fieldErrors) setMessage(info.message);
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="indicator-links-title">
      <h2 id="indicator-links-title">{isCouncil ? 'Linked GMCA indicators' : 'Council indicators linked to this one'}</h2>
      {links.data && links.data.length === 0 && <p>No indicator links yet.</p>}
      {links.data && links.data.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Indicator links</caption>
          <thead>
            <tr>
              <th scope="col">Council indicator</th>
              <th scope="col">Relation</th>
              <th scope="col">GMCA indicator</th>
              <th scope="col">Rationale</th>
              <th scope="col">Made by</th>
              {canEdit && <th scope="col">Action</th>}
            </tr>
          </thead>
          <tbody>
            {links.data.map((l) => (
              <Fragment key={l.id}>
              <tr>
                <td>
                  {l.fromCode} {l.fromTitle}
                </td>
                <td>{RELATION_WORDS[l.relation ?? ''] ?? l.relation}</td>
                <td>
                  {l.toCode} {l.toTitle ?? '(not in a published framework)'}
                </td>
                <td>
                  {l.rationale}
                  {l.evidence && <span className="muted"> Evidence: {l.evidence}</span>}
                </td>
                <td>
                  {l.createdBy}, {new Date(l.createdAt).toLocaleDateString('en-GB')}
                </td>
                {canEdit && (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-expanded={removing === l.id}
                      onClick={() => setRemoving(removing === l.id ? null : l.id)}
                    >
                      Remove<span className="visually-hidden"> link from {l.fromCode} to {l.toCode}</span>
                    </button>
                  </td>
                )}
              </tr>
              {removing === l.id && (
                <tr>
                  <td colSpan={6}>
                    <RemoveLinkForm linkId={l.id} name={`${l.toCode} (from ${l.fromCode})`} onDone={() => setRemoving(null)} />
                  </td>
                </tr>
              )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && isCouncil && (
        <form className="link-form" onSubmit={submit} noValidate aria-labelledby="indicator-link-form-title">
          <h3 id="indicator-link-form-title">Link to a GMCA indicator</h3>
          <SelectField
            id="indicator-link-target"
            label="GMCA indicator"
            value={target}
            placeholder={targets.isPending ? 'Loading…' : 'Choose…'}
            options={gmcaIndicators.map((t) => ({ value: targetValue(t), label: `${t.code} ${t.title}` }))}
            onValueChange={setTarget}
            errors={errors.target}
          />
          <RadioGroup path="relation" prefix="indicator-link" legend="Relation" value={relation} options={RELATIONS} onValueChange={setRelation} errors={errors.relation} />
          <TextAreaField id="indicator-link-rationale" label="Rationale" rows={2} value={rationale} onValueChange={setRationale} errors={errors.rationale} />
          <TextField id="indicator-link-evidence" label="Evidence (optional)" value={evidence} onValueChange={setEvidence} errors={errors.evidence} />
          <div className="actions">
            <button type="submit" className="button" disabled={link.isPending}>
              Link indicators
            </button>
            <p role="status">{message}</p>
          </div>
        </form>
      )}
    </section>
  );
}
