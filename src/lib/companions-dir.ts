/** Where a build writes the notes' companion files (see note-companions.ts): set by the built-pages integration, read by the pages, through `globalThis` (the config and the built pages are separate module instances). */
const key = Symbol.for('paper-notes:companions-dir');
type WithDir = { [key]?: string };

/** Until called again with `undefined`, note pages write their companions into `dir` (the site's output folder). */
export function writeCompanionsInto(dir: string | undefined): void {
	(globalThis as WithDir)[key] = dir;
}

/** The folder the build writes the companions into; none under `astro dev`, where their routes serve them. */
export const companionsDir = (): string | undefined => (globalThis as WithDir)[key];
