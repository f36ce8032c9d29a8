import { connectionLabel } from '../api/ipc-connection';
import { useDesktopConnection } from './desktop-connection';

/** In the header while the desktop works on a team server: which one. Nothing otherwise. */
export function ConnectionStatus() {
  const label = connectionLabel(useDesktopConnection());
  if (label === null) return null;
  return <p className="app-header__connection">{label}</p>;
}
