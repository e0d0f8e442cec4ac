/** Serves the built site (`dist/`, made by `astro build` before the e2e run) and every fixture site on loopback. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildFixtureSite, fixtureSiteNames } from './fixture-sites.ts';
import { serveSite, type StaticSite } from './server.ts';

export interface FixtureSite {
	/** Origin of its server (`http://127.0.0.1:PORT`); pages are under `base`. */
	url?: string;
	/** The base path it was built and is served with: `/`, or e.g. `/sub/`. */
	base: string;
	outDir: string;
	/** What `astro build` printed, warnings included. */
	log: string;
	status: number | null;
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		fixtureSites: Record<string, FixtureSite>;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync('dist/index.html')) throw new Error('No built site in dist/: run `npm run build` first.');
	const servers: StaticSite[] = [await serveSite('dist')];
	project.provide('siteUrl', servers[0]!.url);

	const fixtureSites: Record<string, FixtureSite> = {};
	for (const name of fixtureSiteNames()) {
		const built: FixtureSite = buildFixtureSite(name);
		if (built.status === 0) {
			const server = await serveSite(built.outDir, { base: built.base });
			servers.push(server);
			built.url = server.url;
		}
		fixtureSites[name] = built;
	}
	project.provide('fixtureSites', fixtureSites);
	return () => Promise.all(servers.map((server) => server.close()));
}
