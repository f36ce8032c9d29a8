import type { PackBlockView, PackDocumentView } from '../api/pack-types';
import { formatAsOf } from './pack-labels';

/** SVG charts are shown as images (data: URLs), exactly the markup the PDF and Word renderers draw. */
function chartSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function Block({ block, charts, level }: { block: PackBlockView; charts: Record<string, string>; level: 4 | 5 }) {
  const Sub = level === 4 ? 'h4' : 'h5';
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'subheading':
      return <Sub className="pack-preview__subheading">{block.text}</Sub>;
    case 'statement':
      return <p className="pack-preview__statement">{block.text}</p>;
    case 'figures':
      return (
        <dl className="pack-preview__figures">
          {block.items.map((item) => (
            <div key={item.label}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={block.caption}>
          <table className="table pack-preview__table">
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.columns.map((c, i) => (
                  <th key={c} scope="col" className={block.numeric[i] ? 'cell--numeric' : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i} className={block.numeric[i] ? 'cell--numeric' : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'chart': {
      const svg = charts[block.id];
      return (
        <figure className="pack-preview__chart">
          {svg ? <img src={chartSource(svg)} alt={block.altText} /> : <p>{block.altText}</p>}
          <figcaption>{block.caption}</figcaption>
        </figure>
      );
    }
  }
}

/** The pack as the PDF and Word file will show it: same sections, same figures, same charts. */
export function PackPreview({ document, charts, headingLevel = 2 }: { document: PackDocumentView; charts: Record<string, string>; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SectionHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <article className="pack-preview" aria-label={`${document.title}, ${document.periodLabel}`}>
      <header className="pack-preview__title">
        <p className="pack-preview__kicker">{document.organisation}</p>
        <Heading className="pack-preview__heading">
          {document.title} — {document.periodLabel}
        </Heading>
        <p className="pack-preview__meta">
          Data as of {formatAsOf(document.asOf)} · audit chain head{' '}
          <code>{document.auditHeadHash.slice(0, 16)}…</code>
        </p>
      </header>
      {document.sections.map((section) => (
        <section key={section.id} className="pack-preview__section" aria-labelledby={`pack-section-${section.id}`}>
          <SectionHeading id={`pack-section-${section.id}`}>{section.heading}</SectionHeading>
          {section.commentary
            .split(/\n\s*\n/)
            .map((p) => p.trim())
            .filter(Boolean)
            .map((p, i) => (
              <p key={i} className="pack-preview__commentary">
                {p}
              </p>
            ))}
          {section.blocks.map((block, i) => (
            <Block key={i} block={block} charts={charts} level={headingLevel === 2 ? 4 : 5} />
          ))}
        </section>
      ))}
    </article>
  );
}
