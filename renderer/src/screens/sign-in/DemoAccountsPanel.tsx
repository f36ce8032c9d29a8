import type { WorkspaceStatus } from '../../api/types';
import { labelOf, ROLE_LABELS } from '../../labels';

type Demo = NonNullable<WorkspaceStatus['demoSignIn']>;

/** The demonstration workspace's accounts, so anyone trying the app can sign in as each role. */
export function DemoAccountsPanel({ demo, onUse }: { demo: Demo; onUse: (username: string) => void }) {
  return (
    <section className="panel" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title">Demonstration accounts</h2>
      <p>
        This is the demonstration workspace. Every account uses the passphrase <code className="demo-passphrase">{demo.passphrase}</code>
      </p>
      <table className="table table--compact">
        <caption className="visually-hidden">Demonstration usernames and roles</caption>
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Role</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {demo.users.map((user) => (
            <tr key={user.username}>
              <td>
                <code>{user.username}</code>
              </td>
              <td>{labelOf(ROLE_LABELS, user.role)}</td>
              <td>
                <button type="button" className="button button--secondary button--small" onClick={() => onUse(user.username)}>
                  Use<span className="visually-hidden"> account {user.username}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
