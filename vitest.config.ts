import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module). Node, and so @apollo/* at run time, load the CJS
    // build; Vite would pick the ESM one for our files, and two graphql realms reject each other.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['**/*.test.ts', 'test/e2e/**/*.e2e.ts'],
    exclude: ['node_modules/**', '.data/**'],
    globalSetup: ['test/globalSetup.ts'],
    // Real servers and databases: give slow shared machines room, but never hang forever.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // e2e files each start a platform; two at a time suits a 2-core machine.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
