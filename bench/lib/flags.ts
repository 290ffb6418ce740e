import { parseArgs, type ParseArgsConfig } from 'node:util';

type FlagConfigs = NonNullable<ParseArgsConfig['options']>;

/** The usage text of the bench whose flags `benchArgs` parsed, for the flag errors after it. */
let usageText: string | undefined;

/**
 * A bench's flags: `--help` prints `usage` and exits 0; an unknown flag or a flag without its value
 * prints the reason and `usage` and exits 2, instead of a stack trace.
 */
export function benchArgs<const T extends FlagConfigs>(
  usage: string,
  options: T,
  args: string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<{ options: T }>>['values'] {
  usageText = usage;
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args, options: { ...options, help: { type: 'boolean', default: false } } }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return values as ReturnType<typeof parseArgs<{ options: T }>>['values'];
}

/** Prints `message` (and the usage, once `benchArgs` has run) and exits 2. */
export function usageError(message: string): never {
  console.error(usageText ? `${message}\n\n${usageText}` : message);
  process.exit(2);
}

/** A whole-number flag within bounds; the error names the flag and shows a valid example. */
export function integerFlag(flag: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    return usageError(
      `--${flag} must be an integer from ${min} to ${max}, got "${raw}" (e.g. --${flag} ${min + 1})`,
    );
  }
  return value;
}
