/** A static server for a built site on loopback, as a static host would serve it (404.html for missing pages), at the root or under a base path. */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
	url: string;
	close(): Promise<void>;
}

/** Serves `dir` at `base` (`/`, or `/sub/` as GitHub Pages serves a project site): anything outside the base is a 404. */
export async function serveSite(dir: string, { base = '/' }: { base?: string } = {}): Promise<StaticSite> {
	const files = sirv(dir, { dev: false, etag: true });
	const notFound = readFileSync(join(dir, '404.html'));
	const server: Server = createServer((req, res) => {
		const missing = () => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(notFound);
		};
		// `/sub` alone is the base without its slash: a host redirects it.
		if (req.url === base.slice(0, -1)) return void res.writeHead(301, { Location: base }).end();
		if (!req.url?.startsWith(base)) return missing();
		req.url = `/${req.url.slice(base.length)}`;
		files(req, res, missing);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('server has no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
