// Defaults for local runs, and dev-only secrets generated once under .data/ (never committed).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './services.mjs';

export const SERVICE_DEFAULTS = {
  REDIS_URL: 'redis://127.0.0.1:6379',
  NEO4J_URI: 'bolt://127.0.0.1:7687',
  NEO4J_USER: 'neo4j',
  NEO4J_PASSWORD: 'localdevpassword',
  NEO4J_DATABASE: 'neo4j',
};

/** Secrets for `npm start` on a laptop; production sets them in the environment. */
export function devSecrets() {
  const file = path.join(ROOT, '.data', 'dev-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  mkdirSync(path.dirname(file), { recursive: true });
  const secrets = {
    AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
    INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
    SECRETS_ENCRYPTION_KEYS: `dev1:${randomBytes(32).toString('base64')}`,
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** Environment for child processes: explicit environment wins over defaults. */
export function platformEnv(extra = {}) {
  const defined = Object.fromEntries(
    Object.entries(process.env).filter(([, v]) => v !== undefined && v !== ''),
  );
  return { ...SERVICE_DEFAULTS, ...extra, ...defined };
}
