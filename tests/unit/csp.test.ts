import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { policy, policyProblems, scriptHash, withPolicy as withPolicyBytes } from '../../src/lib/csp.ts';
import { pageFacts } from '../../src/lib/page-facts.ts';
import { fileKey, pageKey } from '../../src/lib/page-policies.ts';

// sha256 of `alert(1)` and of `a\nb`, as CSP writes them (checked against `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`).
const ALERT = 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';
const A_NEWLINE_B = 'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg=';

/** `withPolicy` on the UTF-8 of a page given as text. */
const withPolicy = (html: string, hashes: readonly string[]) => Buffer.from(withPolicyBytes(Buffer.from(html), hashes)).toString('utf8');
const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}<title>T</title></head><body>${body}</body></html>`;
const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
const metaOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];

describe('policy', () => {
	it('allows script from this origin and by hash only, WebAssembly for search, inline styles for KaTeX, no plugins and no <base> elsewhere', () => {
		const d = directives(policy([ALERT]));
		expect(d.get('default-src')).toEqual(["'self'"]);
		expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'${ALERT}'`]);
		expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
		expect(d.get('object-src')).toEqual(["'none'"]);
		expect(d.get('base-uri')).toEqual(["'self'"]);
		expect(d.get('frame-src')).toEqual(["'none'"]);
		expect(d.get('form-action')).toEqual(["'self'"]);
		expect(directives(policy([])).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
	});

	it('lists each hash once, in a stable order', () => {
		expect(policy(['sha256-b', 'sha256-a', 'sha256-b'])).toContain("'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
	});

	it('hashes as CSP does', () => {
		expect(scriptHash('alert(1)')).toBe(ALERT);
		expect(scriptHash('a\nb')).toBe(A_NEWLINE_B);
	});
});

describe('withPolicy', () => {
	it('puts the policy right after the charset, before any script', () => {
		const html = withPolicy(page('<script>alert(1)</script>'), [ALERT]);
		expect(html.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(html.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length);
		expect(html.indexOf('<meta http-equiv')).toBeLessThan(html.indexOf('<script>'));
		expect(directives(metaOf(html)!).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'${ALERT}'`]);
	});

	it('works without a charset, and refuses a document with no head', () => {
		expect(withPolicy('<html><head><title>T</title></head></html>', [])).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy"/);
		expect(() => withPolicy('<p>fragment</p>', [])).toThrow(/no <head>/);
	});

	it('counts in bytes: text in other scripts before and after the head is kept whole', () => {
		const before = '<!DOCTYPE html><html lang="zh-CN" data-title="语音模型"><head>';
		const html = withPolicy(`${before}<title>语音</title></head><body>说话人</body></html>`, []);
		expect(html.startsWith(`${before}<meta http-equiv="Content-Security-Policy"`)).toBe(true);
		expect(html.endsWith('"><title>语音</title></head><body>说话人</body></html>')).toBe(true);
	});
});

describe('pageFacts: inline scripts', () => {
	it('finds each inline script with the text the browser hashes (CRLF read as LF), not scripts with src', () => {
		const facts = pageFacts(page('<script>alert(1)</script>', '<script type="module">a\r\nb</script><script src="/x.js"></script>'));
		expect(facts.scripts).toEqual([
			{ text: 'alert(1)', inNote: false },
			{ text: 'a\nb', inNote: false },
		]);
		expect(facts.hasPolicy).toBe(false);
	});

	it('marks a script inside note content, templates included, so it is never allowed', () => {
		const facts = pageFacts(page('', '<main><div class="note note-body"><p><template><script>alert(1)</script></template></p></div></main><script>a\nb</script>'));
		expect(facts.scripts).toEqual([
			{ text: 'alert(1)', inNote: true },
			{ text: 'a\nb', inNote: false },
		]);
	});

	it('sees a policy the page already has', () => {
		expect(pageFacts(page('<meta http-equiv="content-security-policy" content="script-src *">')).hasPolicy).toBe(true);
	});
});

describe('pages as they render, checked after the build', () => {
	it('passes a page with its scripts outside note content and no policy of its own (the site writes it)', () => {
		expect(policyProblems(pageFacts(page('<script>alert(1)</script>', '<main><div class="note-body"><p>x</p></div></main><script>a</script>')))).toEqual([]);
	});

	it('fails a page with a policy of its own, or with a script in note content', () => {
		expect(policyProblems(pageFacts(withPolicy(page(''), [])))).toEqual(["sets its own Content-Security-Policy; src/middleware.ts writes every page's"]);
		expect(policyProblems(pageFacts(page('', '<div class="note-body"><script>alert(1)</script></div>')))).toEqual([
			'<script> inside the note\'s content, which the sanitizer should have removed: "alert(1)"',
		]);
	});

	it('names a page by the same path from its URL as from its file', () => {
		for (const [pathname, file] of [
			['/', 'index.html'],
			['/notes/salmonn/', 'notes/salmonn/index.html'],
			['/zh/page/2/', 'zh/page/2/index.html'],
			['/authors/%E5%BC%A0%E8%B6%85/', 'authors/张超/index.html'],
			['/404', '404.html'],
		]) {
			expect(pageKey(pathname, '/'), pathname).toBe(fileKey(file!));
			expect(pageKey(`/sub${pathname}`, '/sub/'), pathname).toBe(fileKey(file!));
			expect(pageKey(`/sub${pathname}`, '/sub'), pathname).toBe(fileKey(file!));
		}
	});
});

describe('public/_headers', () => {
	it('adds what a meta policy cannot (frame-ancestors) and nothing that would need the per-page hashes', async () => {
		const headers = await readFile('public/_headers', 'utf8');
		const csp = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
		expect(csp).toBeDefined();
		const d = directives(csp!);
		expect(d.get('frame-ancestors')).toEqual(["'none'"]);
		expect(d.get('object-src')).toEqual(["'none'"]);
		for (const name of ['default-src', 'script-src', 'style-src']) expect(d.has(name), name).toBe(false);
		expect(headers).toMatch(/^\/\*$/m);
	});
});
