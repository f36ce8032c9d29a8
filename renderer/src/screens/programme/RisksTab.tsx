import type { ProgrammeDetail } from '../../api/types';
import { riskScore } from './risk-score';

export function RisksTab({ risks }: { risks: ProgrammeDetail['risks'] }) {
  if (risks.length === 0) return <p className="muted">No risks recorded.</p>;
  return (
    <div className="table-wrap">
      <h2 className="visually-hidden">Risks</h2>
      <table className="table">
        <caption className="visually-hidden">Risks, scored likelihood times impact out of 25</caption>
        <thead>
          <tr>
            <th scope="col">Risk</th>
            <th scope="col" className="cell--numeric">Likelihood</th>
            <th scope="col" className="cell--numeric">Impact</th>
            <th scope="col">Score</th>
            <th scope="col">Owner</th>
            <th scope="col">Mitigation</th>
          </tr>
        </thead>
        <tbody>
          {risks.map((risk, index) => {
            const { score, rating } = riskScore(risk.likelihood, risk.impact);
            return (
              <tr key={index}>
                <th scope="row">{risk.description}</th>
                <td className="cell--numeric">{risk.likelihood}</td>
                <td className="cell--numeric">{risk.impact}</td>
                <td>
                  <span className={`badge badge--risk-${rating.toLowerCase()}`}>
                    {score} <span className="visually-hidden">out of 25, </span>({rating})
                  </span>
                </td>
                <td>{risk.owner}</td>
                <td>{risk.mitigation}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
