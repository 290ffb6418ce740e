// Characters XML 1.0 cannot carry at all; they become U+FFFD rather than an unparseable file.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>"]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for element content and double-quoted attributes. */
export function xmlEscape(value: string): string {
  return value.replace(INVALID, '\uFFFD').replace(SPECIAL, (c) => ENTITIES[c] ?? c);
}

/** Text of a property value: scalars as they are, lists and maps as JSON. */
export function xmlValue(value: unknown): string {
  return xmlEscape(typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));
}
