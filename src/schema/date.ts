/** Publication dates: `YYYY-MM-DD` or `YYYY-MM`, checked against the calendar. */
import { z } from 'astro/zod';

const datePattern = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Whether `YYYY-MM` or `YYYY-MM-DD` names a real calendar day or month. */
export function isCalendarDate(text: string): boolean {
	const match = datePattern.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 1];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const dateSchema = z
	.union([
		z.string({ error: 'must be a date written YYYY-MM-DD or YYYY-MM' }).trim(),
		// YAML reads an unquoted 2024-05-01 as a timestamp; keep it as the day it names.
		z.date().transform((date) => date.toISOString().slice(0, 10)),
	], { error: 'must be a date written YYYY-MM-DD or YYYY-MM' })
	.refine((text) => datePattern.test(text), {
		error: (issue) => `"${String(issue.input)}" is not written YYYY-MM-DD or YYYY-MM`,
		// A date not written right is not also "not a real calendar date": one message, the useful one.
		abort: true,
	})
	.refine(isCalendarDate, { error: (issue) => `"${String(issue.input)}" is not a real calendar date`, abort: true });
