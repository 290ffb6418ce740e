import { pino, type Logger } from 'pino';

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
  });
}
