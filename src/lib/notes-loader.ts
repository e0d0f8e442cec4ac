/** Wraps the notes collection's loader so that each note's rendered HTML is kept in a file beside Astro's cache rather than in its data store. */
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Why: `astro build` bundles the whole data store into the site's code as one module. With every
 * note's HTML in it (about 20 MB at 1000 notes, half of it KaTeX) that step alone held ~500 MB.
 * The store keeps the note's data and page facts; the HTML is one file per note, named by the
 * digest Astro gives the note's source, so a warm build still renders only the notes that changed.
 */
type DataEntry = Parameters<DataStore['set']>[0];

export function htmlOutsideStore(inner: Loader): Loader {
	return {
		name: inner.name,
		async load(context) {
			// Beside the data store this run uses: `.astro/` in dev, Astro's cache dir in a build.
			const dir = fileURLToPath(new URL('notes-html/', context.watcher ? new URL('.astro/', context.config.root) : context.config.cacheDir));
			mkdirSync(dir, { recursive: true });
			const fileOf = (entry: DataEntry) => `${dir}${entry.digest}.html`;
			// A note whose HTML file is gone (a cleaned cache) is loaded afresh rather than shown empty.
			for (const entry of context.store.values()) {
				if (entry.rendered && !existsSync(fileOf(entry))) context.store.delete(entry.id);
			}
			// While the folder loads, a note's file is written as the next notes render, and all are written
			// before the load ends; a note changed afterwards (in dev) is written before its page can ask for it.
			let writes: Promise<void>[] | undefined = [];
			const store = new Proxy(context.store, {
				get(target, key) {
					if (key === 'set') {
						return (entry: DataEntry) => {
							if (!entry.rendered) return target.set(entry);
							if (writes) writes.push(writeFile(fileOf(entry), entry.rendered.html));
							else writeFileSync(fileOf(entry), entry.rendered.html);
							return target.set({ ...entry, rendered: { html: '', metadata: { ...entry.rendered.metadata, htmlFile: fileOf(entry) } } });
						};
					}
					const value: unknown = Reflect.get(target, key);
					return typeof value === 'function' ? value.bind(target) : value;
				},
			});
			try {
				await inner.load({ ...context, store } satisfies LoaderContext);
			} finally {
				// None left unawaited should the load fail; a failed write fails the load.
				await Promise.allSettled(writes);
			}
			await Promise.all(writes);
			writes = undefined;
			// Files of notes that were changed or removed since.
			const kept = new Set(context.store.values().map(fileOf));
			for (const name of readdirSync(dir)) if (!kept.has(`${dir}${name}`)) rmSync(`${dir}${name}`);
		},
	};
}
