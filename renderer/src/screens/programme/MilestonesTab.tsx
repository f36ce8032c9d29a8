import type { ProgrammeDetail } from '../../api/types';
import { formatDate } from '../../format/dates';
import { labelOf, MILESTONE_STATUS_LABELS } from '../../labels';

const measure = (value: number | null, unit: string) => (value === null ? '' : `${value.toLocaleString('en-GB')}${unit ? ` ${unit}` : ''}`);

export function MilestonesTab({ milestones }: { milestones: ProgrammeDetail['milestones'] }) {
  if (milestones.length === 0) return <p className="muted">No milestones recorded.</p>;
  return (
    <div className="table-wrap">
      <h2 className="visually-hidden">Milestones</h2>
      <table className="table">
        <caption className="visually-hidden">Milestones</caption>
        <thead>
          <tr>
            <th scope="col">Milestone</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col" className="cell--numeric">Target</th>
            <th scope="col" className="cell--numeric">Actual</th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m, index) => (
            <tr key={index}>
              <th scope="row">{m.title}</th>
              <td className="cell--date">{formatDate(m.dueDate)}</td>
              <td>
                <span className={`badge badge--milestone-${m.status}`}>{labelOf(MILESTONE_STATUS_LABELS, m.status)}</span>
              </td>
              <td className="cell--numeric">{measure(m.targetValue, m.unit)}</td>
              <td className="cell--numeric">{measure(m.actualValue, m.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
