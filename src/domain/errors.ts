/**
 * Typed errors. Each decides an outcome: the HTTP status on the request path,
 * or a job's fate in the worker (retry vs. give up).
 */
export class AppError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
  }
}

/** Webhook signature/token missing or wrong → 401, nothing stored. */
export class WebhookAuthError extends AppError {
  constructor(message = 'invalid or missing webhook signature') {
    super(message);
    this.name = 'WebhookAuthError';
  }
}

/** Malformed or invalid input → 400 with this message as the reason. */
export class PayloadError extends AppError {
  constructor(message: string, readonly details?: unknown) {
    super(message);
    this.name = 'PayloadError';
  }
}

/** API key missing/invalid → 401. */
export class UnauthorizedError extends AppError {
  constructor(message = 'missing or invalid API key') {
    super(message);
    this.name = 'UnauthorizedError';
  }
}

/** Authenticated but not allowed → 403. */
export class ForbiddenError extends AppError {
  constructor(message = 'not allowed') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Not found, or belongs to another tenant (never tell which) → 404. */
export class NotFoundError extends AppError {
  constructor(what = 'resource') {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** Credentials rejected by the platform while connecting → 400 with the platform's reason. */
export class ChannelConnectError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChannelConnectError';
  }
}

/** A send that retrying cannot fix (platform 4xx other than 429, bad target). `status`: the platform's HTTP status, when it answered. */
export class PermanentSendError extends AppError {
  readonly status?: number;
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options);
    this.name = 'PermanentSendError';
    if (options?.status !== undefined) this.status = options.status;
  }
}

/**
 * A send that a later attempt may get through (platform 5xx, timeout, network
 * failure): the job retries it with backoff, up to its attempt cap.
 */
export class RetryableSendError extends AppError {
  readonly status?: number;
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options);
    this.name = 'RetryableSendError';
    if (options?.status !== undefined) this.status = options.status;
  }
}

/** The platform asked us to slow down; retry after `retryAfterMs`. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterMs: number, message = `rate limited, retry after ${retryAfterMs} ms`, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RateLimitedError';
  }
}

/** Too many requests from one client, key or token → 429 with `Retry-After` (seconds). */
export class TooManyRequestsError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'too many requests',
  ) {
    super(message);
    this.name = 'TooManyRequestsError';
  }
}

/** The request's content is larger than a configured limit → 413. */
export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadTooLargeError';
  }
}

/** An attachment is larger than the tenant's limit (a download stops reading past it) → 413 on upload, kept as a reference on inbound. */
export class MediaTooLargeError extends AppError {
  constructor(
    readonly limitBytes: number,
    message = `file larger than ${limitBytes} bytes`,
  ) {
    super(message);
    this.name = 'MediaTooLargeError';
  }
}

/** A file whose bytes are not of an accepted type (an executable named `.jpg`, a script) → 415 `unsupported_media_type`. */
export class UnsupportedMediaTypeError extends AppError {
  constructor(
    readonly detected: string,
    message = `files of type ${detected} are not accepted`,
  ) {
    super(message);
    this.name = 'UnsupportedMediaTypeError';
  }
}

/** A tenant-wide quota would be exceeded → 400 with code `quota_exceeded`. */
export class QuotaExceededError extends AppError {
  constructor(message: string) {
    super(message);
    this.name = 'QuotaExceededError';
  }
}

/** The request conflicts with the record's current state (a customer already merged elsewhere, removing the last admin) → 409. */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/**
 * The tenant's plan does not allow this (seed 004 monthly ticket / agent limits)
 * → 402 with code `plan_limit_exceeded`; `limit` names the limit.
 */
export class PlanLimitError extends AppError {
  constructor(
    readonly limit: 'monthlyTickets' | 'agents',
    readonly details: { plan: string; max: number; used: number },
  ) {
    super(`plan limit reached: ${limit} (${details.used} of ${details.max} on plan ${details.plan}); upgrade the plan to go on`);
    this.name = 'PlanLimitError';
  }
}

/** The message of anything thrown, for logs and error reasons. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
