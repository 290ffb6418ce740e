import neo4j from 'neo4j-driver';
import { PlatformError } from '../../../lib/errors.js';
import type { Plain, Properties } from './sections.js';

/**
 * Converts a driver value to JSON-compatible data. With `tenantId` set (CUSTOM_QUERY), a node or
 * relationship of another tenant fails the export: the tenant wall holds even for free-form Cypher.
 */
export function toPlain(value: unknown, tenantId: string | null = null): Plain {
  if (value === null || value === undefined) return null;
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean') return value as Plain;
  if (kind === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map((v) => toPlain(v, tenantId));
  if (neo4j.isInt(value)) return value.toNumber();
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value)) {
    checkTenant(value.properties, tenantId);
    return { labels: value.labels, properties: toPlainMap(value.properties, tenantId) };
  }
  if (neo4j.isRelationship(value)) {
    checkTenant(value.properties, tenantId, true);
    return { type: value.type, properties: toPlainMap(value.properties, tenantId) };
  }
  if (neo4j.isPath(value)) {
    return value.segments.map((segment) => ({
      start: toPlain(segment.start, tenantId),
      relationship: toPlain(segment.relationship, tenantId),
      end: toPlain(segment.end, tenantId),
    }));
  }
  if (neo4j.isPoint(value)) return { srid: Number(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return toPlainMap(value as Record<string, unknown>, tenantId);
}

export function toPlainMap(map: Record<string, unknown>, tenantId: string | null = null): Properties {
  // Converted in place: the driver hands each record a fresh map, and copying every one of a
  // million rows would double the garbage the worker makes. Most values (strings, numbers) stay.
  const out = map as Properties;
  for (const key in map) {
    const v = map[key];
    if (typeof v === 'object' && v !== null) out[key] = toPlain(v, tenantId);
  }
  return out;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

function checkTenant(
  properties: Record<string, unknown>,
  tenantId: string | null,
  relationship = false,
): void {
  if (tenantId === null) return;
  // Relationships carry no tenant_id; their endpoints are checked when returned.
  if (relationship && !('tenant_id' in properties)) return;
  if (properties.tenant_id !== tenantId) {
    throw new PlatformError('EXPORT_QUERY_REJECTED', 'query returned data outside the caller’s tenant', {
      field: 'query',
    });
  }
}
