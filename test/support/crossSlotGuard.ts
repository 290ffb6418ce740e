// Setup file of the Redis Cluster run (test/cluster.vitest.config.ts): a test file fails when any
// Cluster client of its process got a CROSSSLOT reply, naming the command and its keys.
import { afterAll, expect } from 'vitest';
import { onCrossSlot, type CrossSlotReport } from '../../lib/redis.js';

const reports: CrossSlotReport[] = [];
onCrossSlot((report) => reports.push(report));

afterAll(() => {
  expect(reports, 'Redis commands refused with CROSSSLOT').toEqual([]);
});
