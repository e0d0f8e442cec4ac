import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Paths below are relative to the project root, one level up from this file.
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	root,
	test: {
		projects: [
			{ root, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				root,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					// One shared Chromium and static server; pages are cheap, the browser is not.
					fileParallelism: false,
					testTimeout: 30_000,
					// Pagefind and the page's lazy code load slower on a busy 2-core machine than the 1 s default allows.
					expect: { poll: { timeout: 10_000 } },
					hookTimeout: 120_000,
				},
			},
		],
	},
});
