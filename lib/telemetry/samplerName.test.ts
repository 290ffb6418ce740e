import { describe, expect, it } from 'vitest';
import { SAMPLER_NAMES, samplerName } from './samplerName.js';

describe('samplerName', () => {
  it('accepts the spec’s samplers and unset', () => {
    for (const name of [...SAMPLER_NAMES, '']) expect(samplerName(name)).toBe(name);
  });

  it('names the variable and the valid values for anything else', () => {
    expect(() => samplerName('always')).toThrow(
      'OTEL_TRACES_SAMPLER: "always" is not one of always_on, always_off, traceidratio, parentbased_always_on, parentbased_always_off, parentbased_traceidratio',
    );
  });
});
