import { Ajv, type ValidateFunction } from 'ajv';
import { PlatformError } from '../errors.js';
import { EVENT_CATALOGUE, findEventType } from './catalogue.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>(
  EVENT_CATALOGUE.map((t) => [t.name, ajv.compile(t.schema)]),
);

const MAX_DATA_BYTES = 64 * 1024;

/** Checks an event against the catalogue: a known type and `data` matching its JSON Schema. */
export function validateEvent(type: string, data: unknown): void {
  if (!findEventType(type)) {
    throw new PlatformError(
      'UNKNOWN_EVENT_TYPE',
      `Unknown event type "${type}"; Query.eventTypes lists them`,
      {
        field: 'type',
      },
    );
  }
  const size = Buffer.byteLength(JSON.stringify(data ?? null));
  if (size > MAX_DATA_BYTES) {
    throw new PlatformError('EVENT_DATA_INVALID', `data is ${size} bytes; the limit is ${MAX_DATA_BYTES}`, {
      field: 'data',
    });
  }
  const validate = validators.get(type) as ValidateFunction;
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
    );
    throw new PlatformError(
      'EVENT_DATA_INVALID',
      `data does not match the schema of ${type}: ${problems.join('; ')}`,
      {
        field: 'data',
        problems,
      },
    );
  }
}
