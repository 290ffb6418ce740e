import type { ApiKeyFact } from '../../../../lib/compliance/evidence.js';
import { ageDays, type EvidenceRef } from '../facts.js';
import { config, fail, listed, MAX_REFS, notApplicable, pass, type Control } from './control.js';

/** API keys older than this, or unused for this long, fail (the issue's bar). */
export const API_KEY_MAX_AGE_DAYS = 90;
export const API_KEY_UNUSED_DAYS = 90;

const keyRef = (key: { id: string }, value: string): EvidenceRef => ({ kind: 'API_KEY', ref: key.id, value });

const activeKeys = (keys: readonly ApiKeyFact[]) => keys.filter((k) => k.active);

/** Not every active key was read: a verdict over the rest could hide the keys it is about. */
const cutShort = (keys: readonly ApiKeyFact[]) =>
  fail(
    `The tenant has more than ${keys.length} active API keys; not all were checked, so none can be said to comply`,
    [config('active keys checked', keys.length)],
  );

export const KEY_CONTROLS: readonly Control[] = [
  {
    id: 'KEYS-01',
    title: `API keys are younger than ${API_KEY_MAX_AGE_DAYS} days (or rotated within them)`,
    severity: 'HIGH',
    clauses: {
      SOC2: ['CC6.1'],
      ISO27001: ['A.5.17'],
      PCI_DSS: ['8.3.9'],
      SOX: ['ITGC: access credentials'],
    },
    recommendation: `Rotate (rotateApiKey) or revoke API keys whose secret is older than ${API_KEY_MAX_AGE_DAYS} days.`,
    evaluate({ apiKeys, apiKeysTruncated, at }) {
      if (apiKeysTruncated) return cutShort(apiKeys);
      const active = activeKeys(apiKeys);
      if (active.length === 0) return notApplicable('No active API keys');
      const aged = active
        .map((k) => ({ key: k, age: ageDays(k.rotatedAt ?? k.createdAt, at) }))
        .filter((k) => k.age > API_KEY_MAX_AGE_DAYS);
      if (aged.length > 0)
        return fail(
          `${aged.length} active keys have a secret older than ${API_KEY_MAX_AGE_DAYS} days: ${listed(aged.map((k) => `${k.key.id} (${k.age} d)`))}`,
          aged.slice(0, MAX_REFS).map((k) => keyRef(k.key, `${k.age} days`)),
        );
      return pass(
        `All ${active.length} active keys' secrets are at most ${API_KEY_MAX_AGE_DAYS} days old`,
        active.slice(0, MAX_REFS).map((k) => keyRef(k, `${ageDays(k.rotatedAt ?? k.createdAt, at)} days`)),
      );
    },
  },
  {
    id: 'KEYS-02',
    title: `API keys unused for ${API_KEY_UNUSED_DAYS} days are disabled`,
    severity: 'MEDIUM',
    clauses: {
      SOC2: ['CC6.2', 'CC6.3'],
      ISO27001: ['A.5.15', 'A.5.18'],
      PCI_DSS: ['8.2.6'],
      HIPAA: ['164.308(a)(4)(ii)(C)'],
      SOX: ['ITGC: periodic access review'],
    },
    recommendation: 'Revoke API keys nobody used for 90 days.',
    evaluate({ apiKeys, apiKeysTruncated, at }) {
      if (apiKeysTruncated) return cutShort(apiKeys);
      const active = activeKeys(apiKeys);
      if (active.length === 0) return notApplicable('No active API keys');
      const idle = active
        .map((k) => ({ key: k, idle: ageDays(k.lastUsedAt ?? k.createdAt, at) }))
        .filter((k) => k.idle > API_KEY_UNUSED_DAYS);
      if (idle.length > 0)
        return fail(
          `${idle.length} active keys unused for over ${API_KEY_UNUSED_DAYS} days: ${listed(idle.map((k) => `${k.key.id} (${k.idle} d)`))}`,
          idle.slice(0, MAX_REFS).map((k) => keyRef(k.key, `last used ${k.key.lastUsedAt ?? 'never'}`)),
        );
      return pass(
        `All ${active.length} active keys were used (or created) within ${API_KEY_UNUSED_DAYS} days`,
        active.slice(0, MAX_REFS).map((k) => keyRef(k, `last used ${k.lastUsedAt ?? 'never'}`)),
      );
    },
  },
  {
    id: 'KEYS-03',
    title: 'No API key carries more scopes than its creator',
    severity: 'HIGH',
    clauses: {
      SOC2: ['CC6.3'],
      ISO27001: ['A.5.15', 'A.8.2'],
      PCI_DSS: ['7.2.1'],
      HIPAA: ['164.308(a)(4)'],
      SOX: ['ITGC: least privilege'],
      GDPR: ['Art. 25(2)'],
      CCPA: ['1798.150(a)(1)'],
    },
    recommendation: 'Revoke keys whose scopes exceed their creator’s and issue narrower ones.',
    evaluate({ apiKeys, apiKeysTruncated }) {
      if (apiKeysTruncated) return cutShort(apiKeys);
      const active = activeKeys(apiKeys);
      if (active.length === 0) return notApplicable('No active API keys');
      const wider = active.flatMap((key) => {
        const beyond = [
          ...(key.scopes.includes('platform:operator') ? ['platform:operator'] : []),
          ...(key.creatorScopes ? key.scopes.filter((s) => !key.creatorScopes?.includes(s)) : []),
        ];
        return beyond.length > 0 ? [{ key, beyond: [...new Set(beyond)] }] : [];
      });
      if (wider.length > 0)
        return fail(
          `${wider.length} keys carry scopes beyond their creator's: ${listed(wider.map((w) => `${w.key.id} (${w.beyond.join(' ')})`))}`,
          wider.slice(0, MAX_REFS).map((w) => keyRef(w.key, w.beyond.join(' '))),
        );
      const byKeys = active.filter((k) => k.creatorScopes !== null).length;
      return pass(
        `No active key holds platform:operator; the ${byKeys} made by another key are within its scopes (keys made by people are held to the creator's scopes when created)`,
        active.slice(0, MAX_REFS).map((k) => keyRef(k, k.scopes.join(' '))),
      );
    },
  },
  {
    id: 'CRYPTO-01',
    title: 'Secrets and personal data are encrypted at rest',
    severity: 'CRITICAL',
    clauses: {
      SOC2: ['CC6.1'],
      GDPR: ['Art. 32(1)(a)'],
      PCI_DSS: ['3.5.1'],
      HIPAA: ['164.312(a)(2)(iv)'],
      ISO27001: ['A.8.24'],
      CCPA: ['1798.150(a)(1)'],
    },
    recommendation:
      'Re-create or rotate any webhook whose secret is stored unsealed; keep SECRETS_ENCRYPTION_KEYS set.',
    evaluate({ config: c, webhooks, encryptionKeys }) {
      const evidence: EvidenceRef[] = [
        config('SECRETS_ENCRYPTION_KEYS (ids)', c.secretsEncryptionKeyIds),
        ...encryptionKeys.slice(0, MAX_REFS).map((k): EvidenceRef => ({
          kind: 'ENCRYPTION_KEY',
          ref: k.id,
          value: `${k.purpose} v${k.version}`,
        })),
      ];
      if (c.secretsEncryptionKeyIds.length === 0)
        return fail('No key-encryption key is configured', evidence);
      const plain = webhooks.filter((w) => w.storage === 'PLAIN');
      if (plain.length > 0)
        return fail(
          `${plain.length} webhook secrets are stored unencrypted: ${listed(plain.map((w) => w.id))}`,
          [
            ...evidence,
            ...plain
              .slice(0, MAX_REFS)
              .map((w): EvidenceRef => ({ kind: 'WEBHOOK', ref: w.id, value: 'PLAIN' })),
          ],
        );
      const legacy = webhooks.filter((w) => w.storage === 'LEGACY').length;
      return pass(
        `All ${webhooks.length} webhook secrets are sealed (AES-256-GCM${legacy > 0 ? `, ${legacy} still directly under a KEK` : ''}); API keys are stored only as hashes`,
        evidence,
      );
    },
  },
  {
    id: 'CRYPTO-02',
    title: 'Data-encryption keys are rotated within policy',
    severity: 'HIGH',
    clauses: {
      PCI_DSS: ['3.7.4'],
      SOC2: ['CC6.1'],
      ISO27001: ['A.8.24'],
      HIPAA: ['164.312(a)(2)(iv)'],
      GDPR: ['Art. 32(1)(a)'],
    },
    recommendation:
      'Rotate keys past ENCRYPTION_KEY_ROTATION_DAYS (rotateEncryptionKey) and check the security worker runs.',
    evaluate({ config: c, encryptionKeys, at }) {
      const enabled = encryptionKeys.filter((k) => k.status === 'ENABLED');
      if (enabled.length === 0) return notApplicable('No data-encryption keys in use');
      const policy = c.encryptionKeyRotationDays;
      const late = enabled
        .map((k) => ({ key: k, age: ageDays(k.versionCreatedAt, at) }))
        .filter((k) => k.age > policy);
      const ref = (k: {
        key: { id: string; purpose: string; version: number };
        age: number;
      }): EvidenceRef => ({
        kind: 'ENCRYPTION_KEY',
        ref: k.key.id,
        value: `${k.key.purpose} v${k.key.version}, ${k.age} days`,
      });
      if (late.length > 0)
        return fail(
          `${late.length} keys' enabled version is older than ${policy} days: ${listed(late.map((k) => `${k.key.purpose} (${k.age} d)`))}`,
          [config('ENCRYPTION_KEY_ROTATION_DAYS', policy), ...late.map(ref)],
        );
      return pass(`All ${enabled.length} keys were rotated within ${policy} days`, [
        config('ENCRYPTION_KEY_ROTATION_DAYS', policy),
        ...enabled.map((k) => ref({ key: k, age: ageDays(k.versionCreatedAt, at) })),
      ]);
    },
  },
  {
    id: 'WEBHOOK-01',
    title: 'Webhook signing secrets are rotated within policy',
    severity: 'MEDIUM',
    clauses: { SOC2: ['CC6.1'], ISO27001: ['A.5.17'], PCI_DSS: ['8.6.3'] },
    recommendation:
      'Rotate webhook secrets (rotateWebhookSecret) older than COMPLIANCE_WEBHOOK_SECRET_MAX_AGE_DAYS.',
    evaluate({ config: c, webhooks, at }) {
      if (webhooks.length === 0) return notApplicable('No webhook endpoints');
      const policy = c.webhookSecretMaxAgeDays;
      const aged = webhooks
        .map((w) => ({ hook: w, age: ageDays(w.secretSetAt, at) }))
        .filter((w) => w.age > policy);
      const ref = (w: { hook: { id: string }; age: number }): EvidenceRef => ({
        kind: 'WEBHOOK',
        ref: w.hook.id,
        value: `${w.age} days`,
      });
      if (aged.length > 0)
        return fail(
          `${aged.length} webhook secrets are older than ${policy} days: ${listed(aged.map((w) => w.hook.id))}`,
          [config('COMPLIANCE_WEBHOOK_SECRET_MAX_AGE_DAYS', policy), ...aged.slice(0, MAX_REFS).map(ref)],
        );
      return pass(`All ${webhooks.length} webhook secrets were set within ${policy} days`, [
        config('COMPLIANCE_WEBHOOK_SECRET_MAX_AGE_DAYS', policy),
        ...webhooks.slice(0, MAX_REFS).map((w) => ref({ hook: w, age: ageDays(w.secretSetAt, at) })),
      ]);
    },
  },
];
