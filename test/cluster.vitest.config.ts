import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config.js';

/**
 * The Redis Cluster run of `npm test` (scripts/test.mjs names the files and sets
 * REDIS_CLUSTER_NODES): the base config, and every file fails on a CROSSSLOT reply.
 */
export default mergeConfig(base, defineConfig({ test: { setupFiles: ['test/support/crossSlotGuard.ts'] } }));
