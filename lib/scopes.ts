/** Every scope a token may carry; docs/SCOPES.md says what each grants. */
export const SCOPES = [
  'graph:read',
  'events:read',
  'events:publish',
  'webhooks:read',
  'webhooks:write',
  'exports:read',
  'exports:write',
  'observability:read',
  'observability:write',
  'audit:read',
  'security:admin',
  'compliance:read',
  'compliance:write',
  'platform:operator',
] as const;

export type Scope = (typeof SCOPES)[number];
