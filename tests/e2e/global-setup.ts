/** Serves the built site (`dist/`, made by `astro build` before the e2e run) on loopback for the browser tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveSite } from './server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync('dist/index.html')) throw new Error('No built site in dist/: run `npm run build` first.');
	const site = await serveSite('dist');
	project.provide('siteUrl', site.url);
	return () => site.close();
}
