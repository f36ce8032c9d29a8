import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../api/trpc';
import type { VersionComparison } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';

function CodeList({ title, items }: { title: string; items: ReadonlyArray<{ code: string; title: string }> }) {
  return (
    <div>
      <h4>
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="compare__list">
          {items.map((item) => (
            <li key={item.code}>
              <span className="cell--code">{item.code}</span> {item.title}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const value = (v: unknown) => (v === null || v === undefined || v === '' ? '(none)' : String(v));

function Differences({ diff }: { diff: VersionComparison }) {
  return (
    <>
      <h3>Elements</h3>
      <div className="compare__grid">
        <CodeList title="Added" items={diff.elements.added} />
        <CodeList title="Removed" items={diff.elements.removed} />
        <CodeList title="Renamed or redescribed" items={diff.elements.changed.map((c) => ({ code: c.code, title: c.from === c.to ? c.to : `${c.from} → ${c.to}` }))} />
      </div>
      <h3>Indicators</h3>
      <div className="compare__grid">
        <CodeList title="Added" items={diff.indicators.added} />
        <CodeList title="Removed" items={diff.indicators.removed} />
        <div>
          <h4>Changed ({diff.indicators.changed.length})</h4>
          {diff.indicators.changed.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <ul className="compare__list">
              {diff.indicators.changed.map((c) => (
                <li key={c.code}>
                  <span className="cell--code">{c.code}</span> {c.title}
                  <ul className="change-list">
                    {c.fields.map((f) => (
                      <li key={f.field}>
                        <span className="change-list__field">{f.field.replace(/_/g, ' ')}</span>: <span className="change-list__from">{value(f.from)}</span> → {value(f.to)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <h3>Targets ({diff.targets.length} new or changed)</h3>
      {diff.targets.length === 0 ? (
        <p className="muted">No target changes.</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">Targets added or changed</caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Period</th>
                <th scope="col" className="cell--numeric">Before</th>
                <th scope="col" className="cell--numeric">After</th>
              </tr>
            </thead>
            <tbody>
              {diff.targets.map((t) => (
                <tr key={`${t.code}|${t.period}`}>
                  <th scope="row" className="cell--code">{t.code}</th>
                  <td>{t.period}</td>
                  <td className="cell--numeric">{t.from === null ? 'New' : t.from}</td>
                  <td className="cell--numeric">{t.to}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** What changed from one version to another: elements, indicators and targets. */
export function CompareVersions({ fromVersionId, toVersionId, fromLabel, toLabel }: { fromVersionId: number; toVersionId: number; fromLabel: string; toLabel: string }) {
  const diff = useQuery(trpc.outcomes.compare.queryOptions({ fromVersionId, toVersionId }));
  return (
    <section className="panel compare" aria-labelledby="compare-title">
      <h2 id="compare-title">
        Changes from {fromLabel} to {toLabel}
      </h2>
      {diff.isPending && <Loading label="Comparing versions…" />}
      {diff.isError && <ApiError error={diff.error} title="The versions could not be compared." />}
      {diff.data && <Differences diff={diff.data} />}
    </section>
  );
}
