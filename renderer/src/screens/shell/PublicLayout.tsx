import type { ReactNode } from 'react';
import { ConnectionStatus } from '../../desktop/ConnectionStatus';
import { SkipLink } from './SkipLink';

/** The frame for screens shown before anyone signs in. */
export function PublicLayout({ councilName, children }: { councilName?: string | null; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-name">Alignment Desk</p>
          {councilName && <p className="app-header__council">{councilName}</p>}
          <ConnectionStatus />
        </div>
      </header>
      <main id="main-content" className="page page--narrow" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
