import type { Page } from 'playwright-core';

/** Pages and figures of the demonstration's Live Well fund, as the grants browser tests read them. */
export const FUND = 'Live Well Trailblazer VCFSE fund';
export const COST_LINE = 'Transaction costs £0.00 — 100% of released funds reached partners';

export function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: /main/i }).getByRole('link', { name, exact: true });
}

/** "£1,234.56" or "−£1.00" as integer pence, by string arithmetic. */
export function pence(text: string | null): number {
  const match = /^(−|-)?£([\d,]+)\.(\d{2})$/.exec((text ?? '').trim());
  if (!match) throw new Error(`Not an amount: ${text}`);
  return (match[1] ? -1 : 1) * Number(`${match[2]!.replace(/,/g, '')}${match[3]}`);
}

export type Figure = 'allocation' | 'awarded' | 'pending' | 'approved' | 'released' | 'reversed' | 'clawedBack' | 'netReleased';

/** The fund statement's figures as the page shows them. */
export async function statement(page: Page): Promise<Record<Figure, number>> {
  const table = page.getByRole('table', { name: 'Fund statement' });
  await table.waitFor();
  const read = async (key: Figure) => pence(await table.locator(`tr[data-figure="${key}"] td.cell--numeric`).textContent());
  const keys: Figure[] = ['allocation', 'awarded', 'pending', 'approved', 'released', 'reversed', 'clawedBack', 'netReleased'];
  return Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await read(k)]))) as Record<Figure, number>;
}

export async function openFund(page: Page): Promise<void> {
  await nav(page, 'Grants').click();
  await page.getByRole('heading', { name: 'Grants', level: 1 }).waitFor();
  await page.getByRole('link', { name: FUND }).click();
  await page.getByRole('heading', { name: new RegExp(FUND), level: 1 }).waitFor();
}

export async function openAward(page: Page, reference: string): Promise<void> {
  await openFund(page);
  await page.getByRole('table', { name: 'Awards from this fund' }).getByRole('link', { name: reference, exact: true }).click();
  await page.getByRole('heading', { name: new RegExp(reference), level: 1 }).waitFor();
}
