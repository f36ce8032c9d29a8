import { benchAlignment } from './alignment.bench';
import { benchObservationsImport } from './observations-import.bench';
import { benchPack } from './pack.bench';
import { benchPayments } from './payments.bench';
import { benchRegisterPage } from './register-page.bench';

/** npm run bench: every benchmark, printing medians and ratios (never a pass/fail). */
async function main(): Promise<void> {
  await benchRegisterPage();
  console.log('');
  await benchObservationsImport();
  console.log('');
  await benchPayments();
  console.log('');
  await benchAlignment();
  console.log('');
  await benchPack();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
