import type { ReactNode } from 'react';
import { hrefFor } from '../../routing/routes';

/** The alignment screens' heading and the links between the matrix and the findings. */
export function AlignmentHeader({ current, title, children }: { current: 'matrix' | 'findings'; title: string; children?: ReactNode }) {
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{title}</h1>
          {children}
        </div>
      </div>
      <nav className="subnav" aria-label="Alignment views">
        <ul className="subnav__list">
          <li>
            <a className="subnav__link" href={hrefFor({ name: 'alignment' })} aria-current={current === 'matrix' ? 'page' : undefined}>
              Matrix and coverage
            </a>
          </li>
          <li>
            <a className="subnav__link" href={hrefFor({ name: 'alignment-findings' })} aria-current={current === 'findings' ? 'page' : undefined}>
              Findings
            </a>
          </li>
        </ul>
      </nav>
    </>
  );
}
