// Field access on parsed JSON whose keys clients choose (aliases, response names): reads see own
// fields only, so `constructor` or `toString` never resolve to Object.prototype's, and writes
// of `__proto__` define a field instead of replacing the object's prototype.

export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
