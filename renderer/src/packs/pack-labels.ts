export const AUDIENCE_LABELS: Record<'gmca' | 'cabinet' | 'scrutiny', string> = { gmca: 'GMCA', cabinet: 'Cabinet', scrutiny: 'Scrutiny' };

export function formatDateTime(iso: string): string {
  return `${new Date(iso).toLocaleString('en-GB', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' })} UTC`;
}
