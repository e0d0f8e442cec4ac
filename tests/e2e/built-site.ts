/** A built site's files read from disk and its pages parsed (hast), for tests of what crawlers, feed readers and citation tools read. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { expect, inject } from 'vitest';

export { select, selectAll, toString };

/** The built site's folder: `dist/`, or a fixture site's output (which must have built). */
export function siteDir(fixture?: string): string {
	if (!fixture) return 'dist';
	const site = inject('fixtureSites')[fixture];
	expect(site, `fixture site ${fixture}`).toBeDefined();
	expect(site!.status, site!.log).toBe(0);
	return site!.outDir;
}

/** The text of the file at site path `path` (`/notes.bib`). */
export function readSiteFile(dir: string, path: string): string {
	return readFileSync(join(dir, path), 'utf8');
}

export const siteFileExists = (dir: string, path: string) => existsSync(join(dir, path));

/** The page at site path `path` (`/notes/salmonn/`), parsed. */
export function readPage(dir: string, path: string): Root {
	return fromHtml(readSiteFile(dir, `${path}index.html`));
}

export const attr = (element: Element | undefined, name: string): string | undefined => {
	const value = element?.properties[name];
	return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

/** The `content` of every `<meta name=…>` (or `property=…`) in order. */
export function metaValues(tree: Root, name: string): string[] {
	return selectAll(`meta[name="${name}"], meta[property="${name}"]`, tree).map((meta) => attr(meta, 'content') ?? '');
}

/** The text of each element matching `selector`, whitespace collapsed. */
export const texts = (tree: Root | Element, selector: string): string[] => selectAll(selector, tree).map((node) => toString(node).replace(/\s+/g, ' ').trim());
