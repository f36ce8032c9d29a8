import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { BackupPanel } from './BackupPanel';
import { NewUserForm } from './NewUserForm';
import { UserRow } from './UserRow';

export function UsersScreen({ currentUserId }: { currentUserId: number }) {
  useDocumentTitle('Users');
  const users = useQuery(trpc.users.list.queryOptions(undefined, { staleTime: 0 }));
  return (
    <>
      <h1>Users</h1>
      <p className="lead">Administrators add colleagues, set their roles, reset passphrases, end sessions, disable accounts and back up the workspace. Every change is audited. An administrator cannot change their own role or hold a finance role.</p>
      {users.isPending && <Loading label="Loading users…" />}
      {users.isError && <ApiError error={users.error} title="The users could not be loaded." />}
      {users.data && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Users of this workspace</caption>
            <thead>
              <tr>
                <th scope="col">Username</th>
                <th scope="col">Display name</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <UserRow key={user.id} user={user} isSelf={user.id === currentUserId} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewUserForm />
      <BackupPanel />
    </>
  );
}
