import { fieldError } from '../shared/field-errors';

export const MIN_PASSPHRASE_LENGTH = 12;

let common: Promise<ReadonlySet<string>> | null = null;

/** The published list of commonly used passwords (49,233 of them), lower-cased, loaded once on first use. */
function commonPasswords(): Promise<ReadonlySet<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));
  return common;
}

/**
 * What is wrong with a new passphrase, as messages for its field (empty when it is acceptable):
 * at least 12 characters, not containing the username (any case), not a commonly used password.
 */
export async function passphraseProblems(passphrase: string, username: string): Promise<string[]> {
  const text = passphrase.normalize('NFKC');
  const lower = text.toLowerCase();
  const name = username.trim().toLowerCase();
  const problems: string[] = [];
  if ([...text].length < MIN_PASSPHRASE_LENGTH) problems.push(`Passphrases need at least ${MIN_PASSPHRASE_LENGTH} characters`);
  if (name && lower.includes(name)) problems.push('Passphrases must not contain the username');
  if ((await commonPasswords()).has(lower.trim())) problems.push('That is one of the most commonly used passwords: choose something less guessable');
  return problems;
}

/** Refuses a passphrase that breaks the policy, with the messages on `field` (default "passphrase"). */
export async function assertPassphrasePolicy(passphrase: string, username: string, field = 'passphrase'): Promise<void> {
  const problems = await passphraseProblems(passphrase, username);
  if (problems.length) throw fieldError({ [field]: problems });
}
