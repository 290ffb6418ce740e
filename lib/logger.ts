import { pino, type Logger } from 'pino';
import { logTraceFields } from './telemetry/tracing.js';

export type { Logger };

/** Structured JSON logs. Authorization headers, tokens and secrets are redacted wherever they appear. */
export function createLogger(level: string, name: string): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    redact: {
      paths: [
        'authorization',
        '*.authorization',
        'headers.authorization',
        '*.headers.authorization',
        'token',
        '*.token',
        'secret',
        '*.secret',
        'signingSecret',
        '*.signingSecret',
        'password',
        '*.password',
      ],
      censor: '[redacted]',
    },
    timestamp: pino.stdTimeFunctions.isoTime,
    // trace_id / span_id of the active span, when a request is traced.
    mixin: logTraceFields,
  });
}
