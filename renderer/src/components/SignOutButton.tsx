import { useState } from 'react';
import { signOut } from '../session/session-actions';

/** Signs out once: the button stays disabled while the session ends. */
export function SignOutButton() {
  const [signingOut, setSigningOut] = useState(false);
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      disabled={signingOut}
      onClick={() => {
        setSigningOut(true);
        void signOut();
      }}
    >
      Sign out
    </button>
  );
}
