import { defineConfig } from 'vitest/config';

/**
 * The suite against a real Keycloak with orgkit, run by integration-tests' NodeSdkIT (which passes
 * the server and realms in ORGKIT_IT_* variables). It tests the built package (dist/).
 */
export default defineConfig({
  test: {
    include: ['test-it/**/*.test.ts'],
    environment: 'node',
    // one file at a time: the key rotation must not race another file's warm key cache
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
