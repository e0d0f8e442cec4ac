import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					// One shared Chromium and static server; pages are cheap, the browser is not.
					fileParallelism: false,
					testTimeout: 30_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
