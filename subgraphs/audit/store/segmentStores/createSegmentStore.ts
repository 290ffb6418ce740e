import type { Config } from '../../../../lib/config.js';
import type { S3ConnectionConfig } from '../../../../lib/objectStore.js';
import { LocalSegmentStore } from './LocalSegmentStore.js';
import { S3SegmentStore } from './S3SegmentStore.js';
import type { SegmentStore } from './SegmentStore.js';

/** The settings that choose and reach the segment store (docs/AUDIT.md "Retention and segments"). */
export type SegmentStoreConfig = Pick<
  Config,
  | 'AUDIT_SEGMENTS_STORE'
  | 'AUDIT_SEGMENTS_DIR'
  | 'AUDIT_SEGMENTS_S3_BUCKET'
  | 'AUDIT_SEGMENTS_S3_PREFIX'
  | 'EXPORTS_S3_BUCKET'
> &
  S3ConnectionConfig;

/** Only the segment store's settings, e.g. to hand an export process no other secret. */
export function segmentStoreConfig(config: SegmentStoreConfig): SegmentStoreConfig {
  return {
    AUDIT_SEGMENTS_STORE: config.AUDIT_SEGMENTS_STORE,
    AUDIT_SEGMENTS_DIR: config.AUDIT_SEGMENTS_DIR,
    AUDIT_SEGMENTS_S3_BUCKET: config.AUDIT_SEGMENTS_S3_BUCKET,
    AUDIT_SEGMENTS_S3_PREFIX: config.AUDIT_SEGMENTS_S3_PREFIX,
    EXPORTS_S3_BUCKET: config.EXPORTS_S3_BUCKET,
    EXPORTS_S3_ENDPOINT: config.EXPORTS_S3_ENDPOINT,
    EXPORTS_S3_REGION: config.EXPORTS_S3_REGION,
    EXPORTS_S3_ACCESS_KEY_ID: config.EXPORTS_S3_ACCESS_KEY_ID,
    EXPORTS_S3_SECRET_ACCESS_KEY: config.EXPORTS_S3_SECRET_ACCESS_KEY,
    EXPORTS_S3_FORCE_PATH_STYLE: config.EXPORTS_S3_FORCE_PATH_STYLE,
  };
}

/** The store AUDIT_SEGMENTS_STORE names (config validation made sure S3 has a bucket). */
export function createSegmentStore(config: SegmentStoreConfig): SegmentStore {
  switch (config.AUDIT_SEGMENTS_STORE) {
    case 'LOCAL':
      return new LocalSegmentStore(config.AUDIT_SEGMENTS_DIR);
    case 'S3': {
      const bucket = config.AUDIT_SEGMENTS_S3_BUCKET ?? config.EXPORTS_S3_BUCKET;
      if (!bucket)
        throw new Error('AUDIT_SEGMENTS_STORE=S3 without AUDIT_SEGMENTS_S3_BUCKET or EXPORTS_S3_BUCKET');
      return new S3SegmentStore({ connection: config, bucket, prefix: config.AUDIT_SEGMENTS_S3_PREFIX });
    }
    default:
      return unreachable(config.AUDIT_SEGMENTS_STORE);
  }
}

function unreachable(kind: never): never {
  throw new Error(`unknown audit segment store ${String(kind)}`);
}
