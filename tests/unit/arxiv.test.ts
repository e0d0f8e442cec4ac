import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookUpArxiv, parseArxivFeed, parseArxivId } from '../../src/lib/arxiv.ts';

// Answers in the arXiv API's Atom format (export.arxiv.org/api/query?id_list=…), kept as files: tests never use the network.
const fixture = (name: string) => readFileSync(`tests/fixtures/arxiv/${name}.xml`, 'utf8');

/** A `fetch` that answers every request with `body`, and remembers what was asked. */
function answering(body: string, status = 200) {
	const asked: string[] = [];
	const fetch = (async (url: string | URL | Request) => {
		asked.push(String(url));
		return new Response(body, { status });
	}) as typeof globalThis.fetch;
	return { fetch, asked };
}

describe('parseArxivId', () => {
	it.each([
		['2310.13289', '2310.13289'],
		['2310.13289v2', '2310.13289'],
		['arXiv:2310.13289', '2310.13289'],
		[' 2306.12925 ', '2306.12925'],
		['https://arxiv.org/abs/2310.13289v1', '2310.13289'],
		['https://arxiv.org/pdf/2310.13289v2.pdf', '2310.13289'],
		['http://export.arxiv.org/abs/2310.13289', '2310.13289'],
		['hep-th/9901001', 'hep-th/9901001'],
		['cond-mat/0102536v1', 'cond-mat/0102536'],
	])('reads %s as %s', (text, id) => {
		expect(parseArxivId(text)).toBe(id);
	});

	it.each(['SALMONN', '2310', 'https://openreview.net/forum?id=14rn7HpKVk', 'https://arxiv.org/list/cs.SD/recent', ''])('rejects %j', (text) => {
		expect(parseArxivId(text)).toBeUndefined();
	});
});

describe('parseArxivFeed', () => {
	it('reads title, authors, first-version date and abstract, as one line each', () => {
		const paper = parseArxivFeed(fixture('2310.13289'), '2310.13289')!;
		expect(paper.title).toBe('SALMONN: Towards Generic Hearing Abilities for Large Language Models');
		expect(paper.authors.map((a) => a.name)).toEqual([
			'Changli Tang', 'Wenyi Yu', 'Guangzhi Sun', 'Xianzhao Chen', 'Tian Tan', 'Wei Li', 'Lu Lu', 'Zejun Ma', 'Chao Zhang',
		]);
		expect(paper.authors.every((a) => a.affiliation === undefined)).toBe(true);
		expect(paper.published).toBe('2023-10-20');
		expect(paper.abstract).toHaveLength(1);
		expect(paper.abstract[0]).toMatch(/^Hearing is arguably an essential ability of artificial intelligence \(AI\) agents in the physical world, /);
		expect(paper.abstract[0]).toMatch(/ are available at https:\/\/github\.com\/bytedance\/SALMONN\.$/);
		expect(paper.abstract[0]).not.toContain('\n');
		expect(paper.doi).toBeUndefined();
	});

	it('keeps affiliations (several joined), the DOI, paragraphs, math and entities', () => {
		const paper = parseArxivFeed(fixture('cond-mat-0102536'), 'cond-mat/0102536')!;
		expect(paper.authors).toEqual([
			{ name: 'David Prendergast', affiliation: 'Department of Physics' },
			{ name: 'M. Nolan', affiliation: 'NMRC, University College, Cork, Ireland; Tyndall Institute' },
			{ name: 'J. C. Greer' },
		]);
		expect(paper.doi).toBe('10.1063/1.1383585');
		expect(paper.published).toBe('2001-02-28');
		expect(paper.abstract).toHaveLength(2);
		expect(paper.abstract[1]).toBe('The exact many-electron wave function for this smooth effective interaction has no cusp at zero electron-electron separation, with energy $E < 0$.');
	});

	it('finds no paper in an error answer or an empty feed', () => {
		expect(parseArxivFeed(fixture('error'), '2310.99999')).toBeUndefined();
		expect(parseArxivFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>ArXiv Query</title></feed>', '2310.13289')).toBeUndefined();
		// An answer about another paper is not this one.
		expect(parseArxivFeed(fixture('2310.13289'), '2310.13288')).toBeUndefined();
	});

	it('throws on an answer that is not a feed', () => {
		expect(() => parseArxivFeed('<html><body>Rate limited</body></html>', '2310.13289')).toThrow('not an Atom feed');
	});
});

describe('lookUpArxiv', () => {
	it('asks the API for the one id and returns the paper', async () => {
		const { fetch, asked } = answering(fixture('2310.13289'));
		const answer = await lookUpArxiv('2310.13289', { fetch });
		expect(asked).toEqual(['https://export.arxiv.org/api/query?id_list=2310.13289&max_results=1']);
		expect(answer.found && answer.paper.title).toBe('SALMONN: Towards Generic Hearing Abilities for Large Language Models');
	});

	it('encodes old-style ids and uses another API address when given one', async () => {
		const { fetch, asked } = answering(fixture('cond-mat-0102536'));
		const answer = await lookUpArxiv('cond-mat/0102536', { fetch, api: 'http://127.0.0.1:9/api/query' });
		expect(asked).toEqual(['http://127.0.0.1:9/api/query?id_list=cond-mat%2F0102536&max_results=1']);
		expect(answer.found).toBe(true);
	});

	it('says "unknown" when arXiv answers that there is no such paper', async () => {
		const answer = await lookUpArxiv('2310.99999', answering(fixture('error')));
		expect(answer).toEqual({ found: false, reason: 'unknown', message: 'arXiv has no paper 2310.99999' });
	});

	it('says "unreachable" on a server error, a network error, a timeout or an unreadable answer', async () => {
		expect(await lookUpArxiv('2310.13289', answering('busy', 503))).toEqual({
			found: false,
			reason: 'unreachable',
			message: 'the arXiv API answered 503',
		});
		const offline = (async () => {
			throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
		}) as typeof globalThis.fetch;
		expect(await lookUpArxiv('2310.13289', { fetch: offline })).toMatchObject({ reason: 'unreachable', message: 'could not reach the arXiv API (ENOTFOUND)' });
		// A server that never answers: the abort signal ends the wait.
		const silent = ((_url: string, init?: RequestInit) =>
			new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof globalThis.fetch;
		const started = Date.now();
		expect(await lookUpArxiv('2310.13289', { fetch: silent, timeoutMs: 200 })).toMatchObject({
			reason: 'unreachable',
			message: 'could not reach the arXiv API (no answer within 0.2 s)',
		});
		expect(Date.now() - started).toBeLessThan(2000);
		expect(await lookUpArxiv('2310.13289', answering('<html>oops</html>'))).toMatchObject({ reason: 'unreachable' });
	});
});
