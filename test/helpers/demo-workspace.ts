import { createCallerFactory } from '../../core/trpc/init';
import { appRouter } from '../../core/router';
import { DEMO_PASSPHRASE } from '../../core/demo/data';
import { signIn } from '../../core/identity/service';
import { actorForToken } from '../../core/identity/sessions';
import { openDemoWorkspace } from '../../core/workspace/service';
import { openWorkspaceDatabase, type Workspace } from '../../db/connection';

const createCaller = createCallerFactory(appRouter);
export type DemoUsername = 'admin' | 'strategy' | 'finance' | 'approver' | 'leader';

/** The demonstration workspace in memory, with callers signed in as its demo users. */
export async function demoWorkspace() {
  const workspace: Workspace = await openWorkspaceDatabase(':memory:');
  await openDemoWorkspace(workspace.db, { actor: null, requestId: 'test-setup', channel: 'system' });
  return {
    ...workspace,
    async as(username: DemoUsername) {
      const session = await signIn(workspace.db, 'test-sign-in', 'http', username, DEMO_PASSPHRASE);
      const actor = (await actorForToken(workspace.db, session.token))!;
      return createCaller({ db: workspace.db, actor, channel: 'http', requestId: `test-${username}` });
    },
  };
}
