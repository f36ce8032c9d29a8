import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorInfo, type FieldErrors } from '../../api/errors';
import { trpc } from '../../api/trpc';
import type { AlignmentReport } from '../../api/types';
import { useRefreshAlignment } from '../../alignment/useRefreshAlignment';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';

const share = (value: number) => `${Math.round(value * 1000) / 10}%`;

/**
 * The share of confirmed funding the council aims to put into each mission and pillar. The
 * funding-balance rule raises a finding when the actual share falls outside target ± tolerance.
 */
export function BalanceTargets({ coverage, canEdit }: { coverage: AlignmentReport['coverage']; canEdit: boolean }) {
  const refresh = useRefreshAlignment();
  const targets = useQuery(trpc.alignment.balanceTargets.queryOptions());
  const save = useMutation(trpc.alignment.setBalanceTarget.mutationOptions({ onSuccess: refresh }));
  const [choice, setChoice] = useState('');
  const [target, setTarget] = useState('');
  const [tolerance, setTolerance] = useState('5');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const names = new Map<string, string>([
    ...coverage.missions.map((m): [string, string] => [`mission:${m.code}`, `${m.code} ${m.title}`]),
    ...coverage.pillars.map((p): [string, string] => [`pillar:${p.pillarCode}`, p.title]),
  ]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setMessage('');
    const [dimension, code] = choice.split(':') as ['mission' | 'pillar', string];
    const targetPercent = Number(target);
    const tolerancePercent = Number(tolerance);
    const local: FieldErrors = {};
    if (!choice) local.code = ['Choose a mission or a pillar'];
    if (target.trim() === '' || !Number.isFinite(targetPercent)) local.targetPercent = ['Give the target share as a percentage, e.g. 40'];
    if (tolerance.trim() === '' || !Number.isFinite(tolerancePercent)) local.tolerancePercent = ['Give the tolerance in percentage points, e.g. 5'];
    if (Object.keys(local).length) return setErrors(local);
    save.mutate(
      { dimension, code, targetPercent, tolerancePercent },
      {
        onSuccess: () => setMessage(`Target saved for ${names.get(choice) ?? code}.`),
        onError: (error) => {
          const info = errorInfo(error);
          setErrors(info.fieldErrors ?? {});
          if (!info.fieldErrors) setMessage(info.message);
        },
      },
    );
  }

  return (
    <section aria-labelledby="balance-title" className="alignment-section">
      <h2 id="balance-title">Funding balance targets</h2>
      <p>The share of active programmes’ confirmed funding the council aims to put into each mission and pillar; a finding is raised when the actual share is outside the band.</p>
      {targets.data && targets.data.length === 0 && <p>No targets recorded yet.</p>}
      {targets.data && targets.data.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Funding balance targets</caption>
          <thead>
            <tr>
              <th scope="col">Mission or pillar</th>
              <th scope="col" className="cell--numeric">
                Target share
              </th>
              <th scope="col" className="cell--numeric">
                Tolerance
              </th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          <tbody>
            {targets.data.map((t) => (
              <tr key={`${t.dimension}:${t.code}`}>
                <td>{names.get(`${t.dimension}:${t.code}`) ?? t.code}</td>
                <td className="cell--numeric">{share(t.targetShare)}</td>
                <td className="cell--numeric">± {Math.round(t.tolerance * 1000) / 10} points</td>
                <td>
                  {share(Math.max(0, t.targetShare - t.tolerance))} to {share(Math.min(1, t.targetShare + t.tolerance))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <form className="inline-form" onSubmit={submit} noValidate aria-label="Set a funding balance target">
          <SelectField
            id="balance-code"
            label="Mission or pillar"
            value={choice}
            placeholder="Choose…"
            options={[...names.entries()].map(([value, label]) => ({ value, label }))}
            onValueChange={setChoice}
            errors={errors.code}
          />
          <TextField id="balance-target" label="Target share (%)" inputMode="decimal" value={target} onValueChange={setTarget} errors={errors.targetPercent} />
          <TextField id="balance-tolerance" label="Tolerance (points)" inputMode="decimal" value={tolerance} onValueChange={setTolerance} errors={errors.tolerancePercent} />
          <button type="submit" className="button" disabled={save.isPending}>
            Save target
          </button>
          <p role="status">{message}</p>
        </form>
      )}
    </section>
  );
}
