/** Venue series for filtering: "ICLR 2024 Poster" and "ICLR 2023" both belong to "ICLR". */
export function venueSeries(venue: string): string {
	const beforeYear = /^(.*?)[\s'-]*(?:19|20)\d{2}\b/.exec(venue)?.[1]?.trim();
	return beforeYear || venue.trim();
}
