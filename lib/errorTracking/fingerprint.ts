import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** Frames the fingerprint hashes: enough to tell call sites apart, few enough to survive refactors. */
export const FINGERPRINT_FRAMES = 3;
/** Longest message kept (and normalised); the rest is cut. */
const MAX_MESSAGE = 2_000;

/** The checkout's root, so frames read the same on every machine (`lib/x.ts`, not `/srv/app/lib/x.ts`). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const HEX_LITERAL = /\b0x[0-9a-f]+\b/gi;
/** Hashes, object ids: eight or more hex digits with at least one letter and one digit. */
const HEX_RUN = /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/gi;
const TOKEN = /\b[A-Za-z0-9][A-Za-z0-9_-]{7,}\b/g;
/** Digits not glued to a word (`position 45`, `doc-42`, `user_7`, `10.0.0.7`), so `utf8` and `sha256` stay. */
const NUMBER = /(?<![A-Za-z0-9])\d+(?:\.\d+)?/g;

/**
 * The message with what varies between occurrences of one bug replaced: UUIDs, emails, hex
 * literals and hashes, ids (long tokens of letters with three or more digits) and numbers.
 */
export function normaliseMessage(message: string): string {
  return message
    .slice(0, MAX_MESSAGE)
    .replace(UUID, '<uuid>')
    .replace(EMAIL, '<email>')
    .replace(HEX_LITERAL, '<hex>')
    .replace(HEX_RUN, '<hex>')
    .replace(TOKEN, (token) =>
      /[A-Za-z]/.test(token) && (token.match(/\d/g)?.length ?? 0) >= 3 ? '<id>' : token,
    )
    .replace(NUMBER, '<n>');
}

/**
 * The top frames of a V8 stack, as `function (path)` without line and column: a fingerprint
 * survives unrelated edits of the same file and a checkout in another directory.
 */
export function topFrames(stack: string | null | undefined, count = FINGERPRINT_FRAMES): string[] {
  if (!stack) return [];
  const frames: string[] = [];
  for (const line of stack.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('at ')) continue;
    frames.push(normaliseFrame(trimmed.slice(3)));
    if (frames.length === count) break;
  }
  return frames;
}

function normaliseFrame(frame: string): string {
  return frame
    .replace(/^async /, '')
    .replace(/file:\/\//g, '')
    .split(ROOT)
    .join('')
    .replace(/[^\s(]*node_modules\//g, 'node_modules/')
    .replace(/\?[^\s):]*/g, '')
    .replace(/(:\d+){1,2}(?=\)?$)/, '');
}

/** The error's class: its `name`, or its constructor's when it kept the inherited 'Error'. */
export function errorType(error: unknown): string {
  if (error instanceof Error) {
    if (error.name && error.name !== 'Error') return error.name.slice(0, 200);
    return error.constructor?.name && error.constructor.name !== 'Object' ? error.constructor.name : 'Error';
  }
  if (error && typeof error === 'object') {
    const name = (error as { name?: unknown }).name;
    if (typeof name === 'string' && name) return name.slice(0, 200);
  }
  return error === null ? 'null' : typeof error;
}

/** SHA-256 (hex) over the type, the normalised message and the top frames. */
export function fingerprint(type: string, normalisedMessage: string, frames: readonly string[]): string {
  return createHash('sha256')
    .update([type, normalisedMessage, ...frames.slice(0, FINGERPRINT_FRAMES)].join('\n'))
    .digest('hex');
}
