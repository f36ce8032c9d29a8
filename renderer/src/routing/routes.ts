/** The app's screens, addressed by the URL hash (e.g. "#/programmes/12/edit"). */
export type Route =
  | { name: 'register' }
  | { name: 'programme'; id: number }
  | { name: 'programme-new' }
  | { name: 'programme-edit'; id: number }
  | { name: 'audit' }
  | { name: 'users' }
  | { name: 'not-found'; path: string };

function programmeId(text: string | undefined): number | null {
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
  if (first === 'programmes') {
    if (second === 'new' && parts.length === 2) return { name: 'programme-new' };
    const id = programmeId(second);
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
    case 'not-found':
      return `#/${route.path.replace(/^\//, '')}`;
  }
}

/** True for hashes the router owns ("#/…" or empty); in-page anchors such as "#main" are not routes. */
export function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}
