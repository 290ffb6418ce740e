/**
 * How one delivery attempt ended, as error classes the queue logic tells apart (BullMQ style):
 * a thrown PermanentDeliveryError is never retried, RetryLaterError follows the retry schedule,
 * RateLimitedError also throttles the endpoint for the delay. Success is a plain return.
 */
export interface AttemptFacts {
  readonly statusCode: number | null;
  readonly durationMs: number;
  readonly responseBody: string | null;
  readonly error: string | null;
}

export abstract class DeliveryAttemptError extends Error {
  constructor(
    message: string,
    readonly facts: AttemptFacts,
  ) {
    super(message);
  }
}

/** Retrying cannot help: the endpoint is gone (410) or the address is refused. */
export class PermanentDeliveryError extends DeliveryAttemptError {
  override name = 'PermanentDeliveryError';
  constructor(
    message: string,
    facts: AttemptFacts,
    /** 410 Gone asks us to stop: the endpoint is disabled. */
    readonly disableEndpoint: boolean,
  ) {
    super(message, facts);
  }
}

/** Non-2xx, timeout or network failure: try again per the schedule (Retry-After honoured). */
export class RetryLaterError extends DeliveryAttemptError {
  override name = 'RetryLaterError';
  constructor(
    message: string,
    facts: AttemptFacts,
    readonly retryAfterMs: number | null,
  ) {
    super(message, facts);
  }
}

/** 429, 502, 504: the endpoint is overloaded; all its deliveries wait, not only this one. */
export class RateLimitedError extends RetryLaterError {
  override name = 'RateLimitedError';
}
