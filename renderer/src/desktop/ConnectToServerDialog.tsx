import { useState, type FormEvent } from 'react';
import type { AlignmentDeskBridge } from '../../../electron/preload/bridge-types';
import { ModalDialog } from '../components/ModalDialog';
import { TextField } from '../components/TextField';

const TITLE_ID = 'connect-server-title';

/**
 * File → Connect to a team server…: asks for the server's https:// address. The main process
 * checks it again, reaches the server (its certificate checked as a browser would) and only then
 * switches; a refusal is shown here and nothing changes.
 */
export function ConnectToServerDialog({ bridge, onClose }: { bridge: Pick<AlignmentDeskBridge, 'connectToServer'>; onClose: () => void }) {
  const [address, setAddress] = useState('https://');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function connect(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await bridge.connectToServer(address);
      if (result.ok) {
        onClose(); // the page restarts for the server (connection-changed)
        return;
      }
      setError(result.message);
    } catch {
      setError('Alignment Desk could not try that address. Please try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog titleId={TITLE_ID} onClose={onClose}>
      <h2 id={TITLE_ID} className="matrix-dialog__title">
        Connect to a team server
      </h2>
      <p>
        Alignment Desk will work on your team’s server instead of the workspace file on this computer, and you will sign in to the server.
        Nothing is saved on this computer while connected. To go back to a file, choose Open workspace… in the File menu.
      </p>
      <form className="form" onSubmit={(event) => void connect(event)} noValidate>
        <TextField
          id="server-address"
          label="Server address"
          hint="The https:// address your IT team gave you, for example https://desk.example.gov.uk"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          autoFocus
          value={address}
          onValueChange={setAddress}
          maxLength={2048}
          errors={error ? [error] : undefined}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Connecting…' : 'Connect'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
