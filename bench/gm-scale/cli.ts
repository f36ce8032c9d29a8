import { resolve } from 'node:path';
import { generateGmScaleWorkspace } from './generate';

/**
 * npx tsx bench/gm-scale/cli.ts --out /tmp/gm.sqlite [--scale 1] [--seed 1]
 * Generates (or reuses, when the file already holds the same seed and scale) a GM-scale benchmark
 * workspace, printing progress to stderr and the report as JSON to stdout.
 */
function parseArgs(argv: readonly string[]): { out: string; scale: number; seed: number } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--(out|scale|seed)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Unknown argument ${arg}. Usage: cli.ts --out FILE [--scale N] [--seed N]`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    values.set(match[1]!, value);
  }
  const out = values.get('out');
  if (!out) throw new Error('Usage: cli.ts --out FILE [--scale N] [--seed N]');
  const scale = Number(values.get('scale') ?? '1');
  const seed = Number(values.get('seed') ?? '1');
  if (!Number.isFinite(scale)) throw new Error(`--scale must be a number, not ${values.get('scale')}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not ${values.get('seed')}`);
  return { out: resolve(out), scale, seed };
}

async function main(): Promise<void> {
  const { out, scale, seed } = parseArgs(process.argv.slice(2));
  const report = await generateGmScaleWorkspace(out, { scale, seed });
  console.log(JSON.stringify(report, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
