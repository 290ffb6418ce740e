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
