/** A whole-number flag within bounds; the error names the flag and shows a valid example. */
export function integerFlag(flag: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `--${flag} must be an integer from ${min} to ${max}, got "${raw}" (e.g. --${flag} ${min + 1})`,
    );
  }
  return value;
}
