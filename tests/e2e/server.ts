/** A static server for a built site on loopback, as a static host would serve it (404.html for missing pages). */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
	url: string;
	close(): Promise<void>;
}

export async function serveSite(dir: string): Promise<StaticSite> {
	const files = sirv(dir, { dev: false, etag: true });
	const notFound = readFileSync(join(dir, '404.html'));
	const server: Server = createServer((req, res) =>
		files(req, res, () => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(notFound);
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('server has no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
