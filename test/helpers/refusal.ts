import { TRPCError } from '@trpc/server';
import { fieldErrorsOf } from '../../core/trpc/error-shape';

/** Awaits a call that must be refused and returns the refusal, with its field messages (if any). */
export async function refusal(promise: Promise<unknown>): Promise<TRPCError & { fieldErrors: Record<string, string[]> | null }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return Object.assign(error, { fieldErrors: fieldErrorsOf(error) });
    throw error;
  }
  throw new Error('expected a refusal');
}
