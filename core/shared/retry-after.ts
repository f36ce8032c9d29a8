/** An error's cause saying when to try again: the `retryAfterSeconds` in the error data and the HTTP Retry-After header. */
export class RetryAfterCause extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly until: string,
  ) {
    super('Try again later');
    this.name = 'RetryAfterCause';
  }
}
