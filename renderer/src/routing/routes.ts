/** The app's screens, addressed by the URL hash (e.g. "#/programmes/12/edit"). */
export type Route =
  | { name: 'register' }
  | { name: 'programme'; id: number }
  | { name: 'programme-new' }
  | { name: 'programme-edit'; id: number }
  | { name: 'audit' }
  | { name: 'users' }
  | { name: 'outcomes'; versionId: number | null }
  | { name: 'indicator'; id: number }
  | { name: 'off-track' }
  | { name: 'outcomes-import' }
  | { name: 'not-found'; path: string };

/** A positive whole-number id from a path segment (programmes, versions, indicators). */
function pathId(text: string | undefined): number | null {
  if (!text || !/^[1-9]\d{0,15}$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : null;
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
  if (first === 'off-track' && parts.length === 1) return { name: 'off-track' };
  if (first === 'outcomes') {
    if (parts.length === 1) return { name: 'outcomes', versionId: null };
    if (second === 'import' && parts.length === 2) return { name: 'outcomes-import' };
    const versionId = pathId(third);
    if (second === 'versions' && versionId !== null && parts.length === 3) return { name: 'outcomes', versionId };
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
    case 'outcomes':
      return route.versionId === null ? '#/outcomes' : `#/outcomes/versions/${route.versionId}`;
    case 'indicator':
      return `#/indicators/${route.id}`;
    case 'off-track':
      return '#/off-track';
    case 'outcomes-import':
      return '#/outcomes/import';
    case 'not-found':
      return `#/${route.path.replace(/^\//, '')}`;
  }
}

/** True for hashes the router owns ("#/…" or empty); in-page anchors such as "#main" are not routes. */
export function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}
