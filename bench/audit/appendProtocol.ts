// Messages between bench:audit and its writer processes (appendChild.ts).
export type WriterRequest =
  | { type: 'start'; env: Record<string, string>; tenant: string; writer: number }
  | { type: 'append'; from: number; count: number }
  | { type: 'stop' };

export type WriterReply = { type: 'ok' } | { type: 'error'; message: string };

export function isWriterRequest(value: unknown): value is WriterRequest {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'start' || type === 'append' || type === 'stop';
}

export function isWriterReply(value: unknown): value is WriterReply {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'ok' || type === 'error';
}
