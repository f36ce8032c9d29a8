const ACTION_LABELS: Record<string, string> = {
  'programme.create': 'Created the programme',
  'programme.update': 'Edited the programme',
  'programme.archive': 'Archived the programme',
  'programme.restore': 'Restored the programme',
  'user.create': 'Created a user',
  'user.change_role': 'Changed a role',
  'user.disable': 'Disabled a user',
  'user.enable': 'Enabled a user',
  'user.reset_passphrase': 'Reset a passphrase',
  'user.end_sessions': 'Ended a user’s sessions',
  'auth.sign_in': 'Signed in',
  'auth.sign_out': 'Signed out',
  'auth.sign_in_refused': 'Sign-in refused',
  'auth.sign_in_locked': 'Signing in locked after repeated failures',
  'auth.change_passphrase': 'Changed their passphrase',
  'auth.end_sessions': 'Ended their other sessions',
  'workspace.create': 'Set up the workspace',
  'workspace.backup': 'Made a verified backup of the workspace',
  'partner.create': 'Added a partner',
  'alignment.link': 'Linked the programme to a mission, outcome or indicator',
  'alignment.unlink': 'Removed an alignment link',
  'alignment.link_indicator': 'Linked a council indicator to a GMCA indicator',
  'alignment.acknowledge': 'Acknowledged a finding',
  'alignment.balance_target': 'Set a funding balance target',
};

/** "programme.update" -> "Edited the programme"; unknown actions are shown as written. */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export const AUDIT_ACTION_PREFIXES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'programme.', label: 'Programme changes' },
  { value: 'programme.create', label: 'Programme created' },
  { value: 'programme.update', label: 'Programme edited' },
  { value: 'programme.archive', label: 'Programme archived' },
  { value: 'programme.restore', label: 'Programme restored' },
  { value: 'user.', label: 'User changes' },
  { value: 'partner.', label: 'Partner changes' },
  { value: 'alignment.', label: 'Alignment links and findings' },
  { value: 'auth.', label: 'Sign-ins and sign-outs' },
  { value: 'workspace.', label: 'Workspace set-up and backups' },
];
