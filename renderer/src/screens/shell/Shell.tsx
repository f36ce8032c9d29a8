import { useEffect, useRef, type ReactNode } from 'react';
import type { SignedInUser } from '../../api/types';
import { canSeeApprovals } from '../../grants/grants-labels';
import { labelOf, ROLE_LABELS } from '../../labels';
import type { Route } from '../../routing/routes';
import { hrefFor } from '../../routing/routes';
import { ConnectionStatus } from '../../desktop/ConnectionStatus';
import { SkipLink } from './SkipLink';
import { SignOutButton } from '../../components/SignOutButton';

interface ShellProps {
  user: SignedInUser;
  councilName: string | null;
  route: Route;
  children: ReactNode;
}

type Section = 'register' | 'outcomes' | 'alignment' | 'packs' | 'off-track' | 'grants' | 'approvals' | 'partners' | 'audit' | 'users';

const SECTION_ROUTES: Record<Section, Route> = {
  register: { name: 'register' },
  outcomes: { name: 'outcomes', versionId: null },
  alignment: { name: 'alignment' },
  packs: { name: 'packs' },
  'off-track': { name: 'off-track' },
  grants: { name: 'grants' },
  approvals: { name: 'approvals' },
  partners: { name: 'partners' },
  audit: { name: 'audit' },
  users: { name: 'users' },
};

function section(route: Route): Section | null {
  switch (route.name) {
    case 'audit':
    case 'users':
    case 'off-track':
    case 'grants':
    case 'approvals':
    case 'partners':
      return route.name;
    case 'fund':
    case 'award':
    case 'award-new':
      return 'grants';
    case 'partner':
    case 'partner-new':
    case 'partner-edit':
      return 'partners';
    case 'outcomes':
    case 'indicator':
    case 'outcomes-import':
      return 'outcomes';
    case 'alignment':
    case 'alignment-findings':
      return 'alignment';
    case 'packs':
    case 'pack':
    case 'pack-new':
      return 'packs';
    case 'not-found':
    case 'account':
      return null;
    default:
      return 'register';
  }
}

export function Shell({ user, councilName, route, children }: ShellProps) {
  const current = section(route);
  const routeKey = hrefFor(route);
  const firstRender = useRef(true);

  // After moving between screens, put focus on the new page's heading so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: false });
      }
    }, 0);
    return () => window.clearTimeout(timer);
  }, [routeKey]);

  const navLink = (target: Section, text: string) => (
    <li>
      <a href={hrefFor(SECTION_ROUTES[target])} className="nav__link" aria-current={current === target ? 'page' : undefined}>
        {text}
      </a>
    </li>
  );

  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-name">Alignment Desk</p>
          {councilName && <p className="app-header__council">{councilName}</p>}
          <ConnectionStatus />
          <div className="app-header__user">
            <p>
              Signed in as <strong>{user.displayName}</strong> <span className="app-header__role">({labelOf(ROLE_LABELS, user.role)})</span>
            </p>
            <a href={hrefFor({ name: 'account' })} className="button button--secondary button--small" aria-current={route.name === 'account' ? 'page' : undefined}>
              Your account
            </a>
            <SignOutButton />
          </div>
        </div>
        <nav className="nav" aria-label="Main">
          <ul className="nav__list">
            {navLink('register', 'Programme register')}
            {navLink('outcomes', 'Outcomes')}
            {navLink('alignment', 'Alignment')}
            {navLink('packs', 'Briefing packs')}
            {navLink('off-track', 'Off track')}
            {navLink('grants', 'Grants')}
            {canSeeApprovals(user.role) && navLink('approvals', 'Approvals')}
            {navLink('partners', 'Partners')}
            {navLink('audit', 'Audit log')}
            {user.role === 'admin' && navLink('users', 'Users')}
          </ul>
        </nav>
      </header>
      <main id="main-content" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
