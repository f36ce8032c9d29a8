/**
 * The team server's entry: `npm run server -- --config FILE` or `alignment-desk-server --config FILE`.
 * Configuration problems are printed in plain English and the process exits non-zero.
 */
import { ConfigError, CONFIG_FILE_VARIABLE, ENVIRONMENT, loadConfig } from '../core/server/config';
import { startTeamServer, TeamServerStartError } from '../core/server/team-server';

const USAGE = `Usage: alignment-desk-server [--config FILE] [--workspace FILE]

  --config FILE      JSON configuration (or set ${CONFIG_FILE_VARIABLE})
  --workspace FILE   the workspace file (wins over the file and the environment)

Environment variables (each wins over the file):
${ENVIRONMENT.map((v) => `  ${v.name.padEnd(38)} ${v.meaning}`).join('\n')}

See docs/deploy.md.`;

function parseTeamServerArgs(argv: readonly string[]): { config?: string; workspace?: string; help: boolean } {
  const parsed: { config?: string; workspace?: string; help: boolean } = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--config' || arg === '--workspace') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new ConfigError([`${arg} needs a file path.`]);
      parsed[arg === '--config' ? 'config' : 'workspace'] = value;
    } else throw new ConfigError([`Unknown option "${arg}". Options: --config FILE, --workspace FILE, --help.`]);
  }
  return parsed;
}

async function main(): Promise<void> {
  const args = parseTeamServerArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig({ file: args.config, workspace: args.workspace });
  const server = await startTeamServer(config);
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (++signals > 1) {
      server.logger.warn({ signal }, 'Second signal: stopping at once');
      process.exit(1);
    }
    server.logger.info({ signal }, 'Signal received');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.logger.error({ error: error instanceof Error ? error.message : String(error) }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof TeamServerStartError) process.stderr.write(`Alignment Desk team server did not start.\n${error.message}\n`);
  else process.stderr.write(`Alignment Desk team server did not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
