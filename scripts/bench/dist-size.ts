/** Bytes and file count of a built site, and of its Pagefind bundles. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Size {
	bytes: number;
	files: number;
}

function folderSize(dir: string): Size {
	const size: Size = { bytes: 0, files: 0 };
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		size.bytes += statSync(join(entry.parentPath, entry.name)).size;
		size.files += 1;
	}
	return size;
}

export function distSize(outDir: string): { dist: Size; pagefind: Size } {
	return { dist: folderSize(outDir), pagefind: folderSize(join(outDir, 'pagefind')) };
}
