/** The OpenTelemetry spec's OTEL_TRACES_SAMPLER values. */
export const SAMPLER_NAMES = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;

/** A sampler the spec names; '' (unset) means parentbased_always_on. */
export type SamplerName = (typeof SAMPLER_NAMES)[number] | '';

/**
 * Checks OTEL_TRACES_SAMPLER without loading the SDK: a process with a misspelt sampler fails at
 * start, before the SDK (loaded on demand, see runtime/connect.ts) is there to reject it.
 */
export function samplerName(name: string): SamplerName {
  if (name === '' || (SAMPLER_NAMES as readonly string[]).includes(name)) return name as SamplerName;
  throw new Error(`OTEL_TRACES_SAMPLER: "${name}" is not one of ${SAMPLER_NAMES.join(', ')}`);
}
