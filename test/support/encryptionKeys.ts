/** `EncryptionKey.rewrap` as the e2e tests select it. */
export interface RewrapView {
  targetVersion: number;
  total: number;
  done: number;
  failed: number;
  finishedAt: string | null;
}
