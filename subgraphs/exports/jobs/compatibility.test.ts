import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../../lib/errors.js';
import { ALLOWED_FORMATS, assertCompatible } from './compatibility.js';

describe('type/format compatibility', () => {
  it('graph types take every format; tables refuse the graph-only ones', () => {
    expect(ALLOWED_FORMATS.FULL_KNOWLEDGE_GRAPH).toContain('CYPHER');
    expect(() => assertCompatible('DECISION_TREES', 'GRAPHML')).not.toThrow();
    for (const type of ['MATRIX_DATA', 'ANALYTICS_REPORT', 'CUSTOM_QUERY'] as const) {
      for (const format of ['CYPHER', 'GRAPHML'] as const) {
        try {
          assertCompatible(type, format);
          throw new Error('accepted');
        } catch (error) {
          expect((error as PlatformError).code).toBe('EXPORT_FORMAT_INCOMPATIBLE');
          expect((error as PlatformError).details.allowedFormats).toEqual(ALLOWED_FORMATS[type]);
          expect((error as PlatformError).message).toContain('allowed formats: JSON, CSV');
        }
      }
    }
  });
});

describe('ExportType descriptions', () => {
  it('call no type with formats to export to "not available"', async () => {
    const { readFile } = await import('node:fs/promises');
    const { Kind, parse } = await import('graphql');
    const sdl = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    const exportType = parse(sdl).definitions.find(
      (d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'ExportType',
    );
    const values = exportType?.kind === Kind.ENUM_TYPE_DEFINITION ? (exportType.values ?? []) : [];
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      const type = value.name.value as keyof typeof ALLOWED_FORMATS;
      expect(ALLOWED_FORMATS[type]?.length, type).toBeGreaterThan(0);
      expect(value.description?.value ?? '', type).not.toMatch(/not available/i);
    }
  });
});
