/** What responses cost over the wire: each body gzipped as a compressing server would send it (never more than as is). */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Transfer {
	url: string;
	/** Playwright's resource type: document, stylesheet, script, font, fetch, image… */
	type: string;
	bytes: number;
}

/** Already-compressed bodies (WOFF2, Pagefind's gzipped chunks) go as they are. */
const wireBytes = (body: Buffer): number => Math.min(body.length, gzipSync(body, { level: 9 }).length);

/** Records every response of `page` from now on; `take()` returns those so far and starts afresh. */
export function recordTransfers(page: Page) {
	let pending: Promise<Transfer | undefined>[] = [];
	page.on('response', (response) => {
		pending.push(
			response
				.body()
				.then((body) => ({ url: response.url(), type: response.request().resourceType(), bytes: wireBytes(body) }))
				.catch(() => undefined),
		);
	});
	return {
		async take(): Promise<Transfer[]> {
			const taken = pending;
			pending = [];
			return (await Promise.all(taken)).filter((transfer) => transfer !== undefined);
		},
	};
}

export const totalBytes = (transfers: Transfer[]) => transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
