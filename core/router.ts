import { router } from './trpc/init';
import { alignmentRouter } from './alignment/router';
import { auditRouter } from './audit/router';
import { authRouter, usersRouter } from './identity/router';
import { geographyRouter } from './geography/router';
import { grantsRouter } from './grants/router';
import { partnersRouter } from './partners/router';
import { outcomesRouter } from './outcomes/router';
import { packsRouter } from './packs/router';
import { liveRouter } from './live/router';
import { programmesRouter } from './programmes/router';
import { workspaceRouter } from './workspace/router';

/** One router for every transport: Electron IPC and HTTP serve exactly this. */
export const appRouter = router({
  workspace: workspaceRouter,
  auth: authRouter,
  users: usersRouter,
  audit: auditRouter,
  geography: geographyRouter,
  partners: partnersRouter,
  programmes: programmesRouter,
  outcomes: outcomesRouter,
  grants: grantsRouter,
  alignment: alignmentRouter,
  packs: packsRouter,
  live: liveRouter,
});

export type AppRouter = typeof appRouter;
