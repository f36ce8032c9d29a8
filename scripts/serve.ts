import { parseServeArgs, runBrowserMode } from './browser-mode';

runBrowserMode(parseServeArgs(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
