import type { AlignmentReport, CoverageFigure } from '../../api/types';
import { formatShare } from '../../alignment/alignment-view';

interface CoverageRow {
  key: string;
  code: string;
  title: string;
  coverage: CoverageFigure;
}

function CoverageTable({ id, caption, heading, rows }: { id: string; caption: string; heading: string; rows: readonly CoverageRow[] }) {
  return (
    <div className="table-wrap coverage">
      <table className="table table--compact coverage__table">
        <caption id={id} className="coverage__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="cell--numeric">
              Coverage
            </th>
            <th scope="col">How it is worked out</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <span className="cell--code">{row.code}</span> {row.title}
              </th>
              <td className="cell--numeric coverage__figure">{formatShare(row.coverage.value)}</td>
              <td className="coverage__formula">{row.coverage.formula}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Coverage per council mission and per GMCA pillar, each figure with the formula it came from. */
export function CoverageTables({ coverage }: { coverage: AlignmentReport['coverage'] }) {
  return (
    <div className="coverage-grid">
      <CoverageTable
        id="coverage-missions"
        caption="Council missions: priorities covered"
        heading="Mission"
        rows={coverage.missions.map((m) => ({ key: `m${m.id}`, code: m.code, title: m.title, coverage: m.coverage }))}
      />
      <CoverageTable
        id="coverage-pillars"
        caption="GMCA pillars: confirmed pillar money on linked, active programmes"
        heading="Pillar"
        rows={coverage.pillars.map((p) => ({ key: p.pillarCode, code: p.code, title: p.title, coverage: p.coverage }))}
      />
    </div>
  );
}
