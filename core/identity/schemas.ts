import { z } from 'zod';
import { ROLES } from '../shared/roles';
import { requiredText } from '../shared/validation';

export const username = z
  .string()
  .trim()
  .min(2, 'Usernames have at least 2 characters')
  .max(64, 'Usernames have at most 64 characters')
  .regex(/^[a-zA-Z0-9._-]+$/, 'Use letters, numbers, dots, dashes or underscores');

export const newPassphrase = z
  .string()
  .min(12, 'Passphrases need at least 12 characters')
  .max(256, 'Passphrases have at most 256 characters');

export const role = z.enum(ROLES, { error: 'Choose one of the listed roles' });

export const newUserInput = z.strictObject({
  username,
  displayName: requiredText(120, 'a display name'),
  role,
  passphrase: newPassphrase,
});
export type NewUserInput = z.infer<typeof newUserInput>;
