import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { policy, withPolicy } from '../../src/lib/csp.ts';

// sha256 of `alert(1)` and of `a\nb`, as CSP writes them (checked against `openssl dgst -sha256 -binary | base64`).
const ALERT = 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';
const A_NEWLINE_B = 'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg=';

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
});

describe('withPolicy', () => {
	it('puts the policy right after the charset, before any script, with the hash of each inline script', () => {
		const { html, hashes } = withPolicy(page('<script>alert(1)</script>', '<script type="module">a\nb</script><script src="/x.js"></script>'));
		expect(hashes).toEqual([ALERT, A_NEWLINE_B]);
		expect(html.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(html.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length);
		expect(directives(metaOf(html)!).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'${ALERT}'`, `'${A_NEWLINE_B}'`]);
	});

	it('hashes the text the browser sees: CRLF in the file is LF in the script', () => {
		expect(withPolicy(page('<script>a\r\nb</script>')).hashes).toEqual([A_NEWLINE_B]);
	});

	it('never allows a script that sits in a note’s content, and reports it', () => {
		const { html, hashes, noteScripts } = withPolicy(page('', '<main><div class="note-body"><p><script>alert(1)</script></p></div></main>'));
		expect(hashes).toEqual([]);
		expect(noteScripts).toEqual(['alert(1)']);
		expect(metaOf(html)).not.toContain(ALERT);
	});

	it('replaces a policy already there rather than adding a second', () => {
		const { html } = withPolicy(page('<meta http-equiv="content-security-policy" content="script-src *"><script>alert(1)</script>'));
		expect(html.match(/content-security-policy/gi)).toHaveLength(1);
		expect(metaOf(html)).toContain(ALERT);
	});

	it('works without a charset, and refuses a document with no head', () => {
		expect(withPolicy('<html><head><title>T</title></head></html>').html).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy"/);
		expect(() => withPolicy('<p>fragment</p>')).toThrow(/no <head>/);
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
