/** Resident memory of a process and all its descendants, read from /proc (Linux). */
import { readFileSync, readdirSync } from 'node:fs';

// x86-64 and arm64 Linux both use 4 KiB pages for RSS accounting in /proc/<pid>/stat.
const pageSize = 4096;

/** Sum of RSS in bytes over `root` and every process below it; 0 once it has exited. */
function treeRss(root: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		let stat: string;
		try {
			stat = readFileSync(`/proc/${name}/stat`, 'utf8');
		} catch {
			continue; // exited while we looked
		}
		// The command name is in parentheses and may contain spaces: fields start after the last ')'.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const [pid, ppid] = [Number(name), Number(fields[1])];
		rss.set(pid, Number(fields[21]) * pageSize);
		children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	}
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Polls the tree of `root` every `intervalMs` and keeps the highest total; `stop()` returns it. */
export function watchPeakRss(root: number, intervalMs = 50): { stop(): number } {
	let peak = 0;
	const sample = () => {
		peak = Math.max(peak, treeRss(root));
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return peak;
		},
	};
}
