/** The app's screens, addressed by the URL hash (e.g. "#/programmes/12/edit"). */
export type Route =
  | { name: 'register' }
  | { name: 'programme'; id: number }
  | { name: 'programme-new' }
  | { name: 'programme-edit'; id: number }
  | { name: 'audit' }
  | { name: 'users' }
  | { name: 'account' }
  | { name: 'outcomes'; versionId: number | null }
  | { name: 'indicator'; id: number }
  | { name: 'off-track' }
  | { name: 'alignment' }
  | { name: 'alignment-findings' }
  | { name: 'packs' }
  | { name: 'pack'; id: number }
  | { name: 'pack-new' }
  | { name: 'outcomes-import' }
  | { name: 'grants' }
  | { name: 'fund'; id: number }
  | { name: 'award'; id: number }
  | { name: 'award-new'; fundId: number }
  | { name: 'approvals' }
  | { name: 'partners' }
  | { name: 'partner'; id: number }
  | { name: 'partner-new' }
  | { name: 'partner-edit'; id: number }
  | { name: 'not-found'; path: string };

/** A positive whole-number id from a path segment (programmes, versions, indicators). */
function pathId(text: string | undefined): number | null {
  if (!text || !/^[1-9]\d{0,15}$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : null;
}

/** "#/grants", "#/grants/funds/3", "#/grants/funds/3/awards/new", "#/grants/awards/7". */
function parseGrants(parts: readonly string[]): Route | null {
  const [, kind, idText, fourth, fifth] = parts;
  if (parts.length === 1) return { name: 'grants' };
  const id = pathId(idText);
  if (id === null) return null;
  if (kind === 'funds' && parts.length === 3) return { name: 'fund', id };
  if (kind === 'funds' && fourth === 'awards' && fifth === 'new' && parts.length === 5) return { name: 'award-new', fundId: id };
  if (kind === 'awards' && parts.length === 3) return { name: 'award', id };
  return null;
}

/** Reads a hash such as "#/programmes/12"; an empty hash is the register. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'register' };
  const [first, second, third] = parts;
  if (first === 'register' && parts.length === 1) return { name: 'register' };
  if (first === 'audit' && parts.length === 1) return { name: 'audit' };
  if (first === 'users' && parts.length === 1) return { name: 'users' };
  if (first === 'account' && parts.length === 1) return { name: 'account' };
  if (first === 'off-track' && parts.length === 1) return { name: 'off-track' };
  if (first === 'packs') {
    if (parts.length === 1) return { name: 'packs' };
    if (second === 'new' && parts.length === 2) return { name: 'pack-new' };
    const id = pathId(second);
    if (id !== null && parts.length === 2) return { name: 'pack', id };
  }
  if (first === 'alignment') {
    if (parts.length === 1) return { name: 'alignment' };
    if (second === 'findings' && parts.length === 2) return { name: 'alignment-findings' };
  }
  if (first === 'outcomes') {
    if (parts.length === 1) return { name: 'outcomes', versionId: null };
    if (second === 'import' && parts.length === 2) return { name: 'outcomes-import' };
    const versionId = pathId(third);
    if (second === 'versions' && versionId !== null && parts.length === 3) return { name: 'outcomes', versionId };
  }
  if (first === 'approvals' && parts.length === 1) return { name: 'approvals' };
  if (first === 'grants') {
    const grantsRoute = parseGrants(parts);
    if (grantsRoute) return grantsRoute;
  }
  if (first === 'partners') {
    if (parts.length === 1) return { name: 'partners' };
    if (second === 'new' && parts.length === 2) return { name: 'partner-new' };
    const id = pathId(second);
    if (id !== null && parts.length === 2) return { name: 'partner', id };
    if (id !== null && third === 'edit' && parts.length === 3) return { name: 'partner-edit', id };
  }
  if (first === 'indicators') {
    const id = pathId(second);
    if (id !== null && parts.length === 2) return { name: 'indicator', id };
  }
  if (first === 'programmes') {
    if (second === 'new' && parts.length === 2) return { name: 'programme-new' };
    const id = pathId(second);
    if (id !== null && parts.length === 2) return { name: 'programme', id };
    if (id !== null && third === 'edit' && parts.length === 3) return { name: 'programme-edit', id };
  }
  return { name: 'not-found', path };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'register':
      return '#/register';
    case 'programme':
      return `#/programmes/${route.id}`;
    case 'programme-new':
      return '#/programmes/new';
    case 'programme-edit':
      return `#/programmes/${route.id}/edit`;
    case 'audit':
      return '#/audit';
    case 'users':
      return '#/users';
    case 'account':
      return '#/account';
    case 'outcomes':
      return route.versionId === null ? '#/outcomes' : `#/outcomes/versions/${route.versionId}`;
    case 'indicator':
      return `#/indicators/${route.id}`;
    case 'off-track':
      return '#/off-track';
    case 'alignment':
      return '#/alignment';
    case 'alignment-findings':
      return '#/alignment/findings';
    case 'packs':
      return '#/packs';
    case 'pack':
      return `#/packs/${route.id}`;
    case 'pack-new':
      return '#/packs/new';
    case 'outcomes-import':
      return '#/outcomes/import';
    case 'grants':
      return '#/grants';
    case 'fund':
      return `#/grants/funds/${route.id}`;
    case 'award':
      return `#/grants/awards/${route.id}`;
    case 'award-new':
      return `#/grants/funds/${route.fundId}/awards/new`;
    case 'approvals':
      return '#/approvals';
    case 'partners':
      return '#/partners';
    case 'partner':
      return `#/partners/${route.id}`;
    case 'partner-new':
      return '#/partners/new';
    case 'partner-edit':
      return `#/partners/${route.id}/edit`;
    case 'not-found':
      return `#/${route.path.replace(/^\//, '')}`;
  }
}

/** True for hashes the router owns ("#/…" or empty); in-page anchors such as "#main" are not routes. */
export function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}
