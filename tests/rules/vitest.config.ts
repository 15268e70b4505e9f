// Runs the rule tests alone, without the global build step the CLI tests need:
//   npx vitest run --config tests/rules/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/rules/**/*.test.ts'] },
});
