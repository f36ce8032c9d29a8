import { TRPCError } from '@trpc/server';

/** Field-level messages keyed by a dotted path such as "fundingLines.0.amountPence". */
export type FieldErrors = Record<string, string[]>;

export class FieldErrorsCause extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('Invalid input');
    this.name = 'FieldErrorsCause';
  }
}

/** A refusal caused by one or more fields, shown next to those fields in a form. */
export function fieldError(fieldErrors: FieldErrors, message = 'Some fields need attention.'): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message, cause: new FieldErrorsCause(fieldErrors) });
}

export function notFound(what: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `${what} was not found.` });
}
