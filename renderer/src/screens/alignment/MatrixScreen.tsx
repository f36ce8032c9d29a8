import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../api/trpc';
import { AlignmentExportButtons } from '../../alignment/AlignmentExportButtons';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { AlignmentHeader } from './AlignmentHeader';
import { BalanceTargets } from './BalanceTargets';
import { CoverageTables } from './CoverageTables';
import { MatrixCellDialog } from './MatrixCellDialog';
import { MatrixLegend, MatrixTable, type OpenCell } from './MatrixTable';

/** Coverage scores (with their formulas) and the mission × pillar matrix of active programmes. */
export function MatrixScreen({ canEditTargets }: { canEditTargets: boolean }) {
  useDocumentTitle('Alignment matrix');
  const report = useQuery(trpc.alignment.report.queryOptions());
  const [open, setOpen] = useState<OpenCell | null>(null);

  return (
    <>
      <AlignmentHeader current="matrix" title="Alignment matrix">
        <p className="lead">
          How active programmes line up with the council’s missions and priorities, and with the GMCA Integrated Settlement’s pillars and outcomes.
        </p>
      </AlignmentHeader>
      {report.isPending && <Loading label="Working out the alignment…" />}
      {report.isError && <ApiError error={report.error} title="The alignment could not be worked out." />}
      {report.data && (
        <>
          <section aria-labelledby="coverage-title" className="alignment-section">
            <h2 id="coverage-title">Coverage</h2>
            <CoverageTables coverage={report.data.coverage} />
          </section>
          <section aria-labelledby="matrix-title" className="alignment-section">
            <h2 id="matrix-title">Missions and priorities against GMCA pillars and outcomes</h2>
            <MatrixLegend />
            {report.data.matrix.rows.length === 0 || report.data.matrix.columns.length === 0 ? (
              <p className="notice">The matrix needs a published council framework (missions and priorities) and a published GMCA framework (pillars and outcomes).</p>
            ) : (
              <MatrixTable matrix={report.data.matrix} onOpen={setOpen} />
            )}
          </section>
          <BalanceTargets coverage={report.data.coverage} canEdit={canEditTargets} />
          {open && <MatrixCellDialog open={open} onClose={() => setOpen(null)} />}
        </>
      )}
      <section className="panel alignment-downloads" aria-labelledby="matrix-downloads-title">
        <h2 id="matrix-downloads-title">Download</h2>
        <AlignmentExportButtons target={{ kind: 'matrix', label: 'Alignment matrix' }} />
      </section>
    </>
  );
}
