import { useSyncExternalStore } from 'react';
import { hrefFor, isRouteHash, parseHash, type Route } from './routes';

let lastRouteHash = isRouteHash(window.location.hash) ? window.location.hash : '#/register';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentRouteHash(): string {
  const hash = window.location.hash;
  if (isRouteHash(hash)) lastRouteHash = hash;
  return lastRouteHash;
}

/** The current screen, re-rendering when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentRouteHash);
  return parseHash(hash);
}

export function navigate(route: Route): void {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.hash = href;
}
