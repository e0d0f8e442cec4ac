/** The shape of a benchmark report (written as JSON under bench-results/). */
import type { Phases } from './build.ts';
import type { Size } from './dist-size.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchTiming } from './search-timing.ts';

export interface BuildResult {
	wallMs: number;
	peakRssBytes: number;
	phases: Phases;
	/** One-minute load average of the machine just before the build (other work sharing the cores). */
	loadBefore: number;
}

export interface RunResult {
	/** Synthetic notes added to the real ones. */
	synthetic: number;
	notes: number;
	/** Mean size of a synthetic note file. */
	noteBytes: number;
	cold: BuildResult;
	/** After changing one note, with the cache the cold build left. */
	warm: BuildResult;
	dist: Size;
	pagefind: Size;
	pages: { home: PageWeight; seedNote: PageWeight; mathNote?: PageWeight };
	search: { en: SearchTiming; zh: SearchTiming };
}

export interface Report {
	date: string;
	seed: number;
	machine: { cpus: number; node: string };
	runs: RunResult[];
}
