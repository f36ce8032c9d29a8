import { benchObservationsImport } from './observations-import.bench';
import { benchPayments } from './payments.bench';
import { benchRegisterPage } from './register-page.bench';

/** npm run bench: every benchmark, printing medians and ratios (never a pass/fail). */
async function main(): Promise<void> {
  await benchRegisterPage();
  console.log('');
  await benchObservationsImport();
  console.log('');
  await benchPayments();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
