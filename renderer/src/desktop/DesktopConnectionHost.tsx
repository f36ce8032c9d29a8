import { useEffect, useState } from 'react';
import type { AlignmentDeskBridge } from '../../../electron/preload/bridge-types';
import { restartForNewConnection } from '../api/ipc-connection';
import { clearToken } from '../session/session-store';
import { ConnectToServerDialog } from './ConnectToServerDialog';

/**
 * Desktop only (rendered beside the app): shows the address dialog when the File menu asks for it,
 * and starts the page afresh when the window switches between a file and a team server.
 */
export function DesktopConnectionHost({ bridge }: { bridge: AlignmentDeskBridge }) {
  const [asking, setAsking] = useState(false);

  useEffect(() => bridge.onConnectRequested(() => setAsking(true)), [bridge]);
  useEffect(
    () => bridge.onConnectionChanged(() => restartForNewConnection({ clearToken: () => clearToken(), reload: () => window.location.reload() })),
    [bridge],
  );

  return asking ? <ConnectToServerDialog bridge={bridge} onClose={() => setAsking(false)} /> : null;
}
