import { benchAlignment } from './alignment.bench';
import { benchObservationsImport } from './observations-import.bench';
import { benchPack } from './pack.bench';
import { benchPayments } from './payments.bench';
import { benchRegisterPage } from './register-page.bench';
import { benchScreens } from './screens.bench';
import { benchTeamLoad, benchTeamRestart } from './team-load.bench';

const BENCHES: ReadonlyArray<[string, () => Promise<void>]> = [
  ['register', benchRegisterPage],
  ['import', benchObservationsImport],
  ['payments', benchPayments],
  ['alignment', benchAlignment],
  ['pack', benchPack],
  ['screens', benchScreens],
  ['team', () => benchTeamLoad()],
  ['team-restart', benchTeamRestart],
];

/** npm run bench [name…]: every benchmark (or the named ones), printing medians and ratios (never a pass/fail). */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !BENCHES.some(([n]) => n === name));
  if (unknown.length) throw new Error(`Unknown benchmark ${unknown.join(', ')}; choose from ${BENCHES.map(([n]) => n).join(', ')}`);
  let first = true;
  for (const [name, bench] of BENCHES) {
    if (wanted.length && !wanted.includes(name)) continue;
    if (!first) console.log('');
    first = false;
    await bench();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
