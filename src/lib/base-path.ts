/** The site's base path (`/` at a domain root, `/paper-notes/` for a GitHub project page), from `BASE_PATH`, with both slashes. */
export function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

export const basePath = normalizeBase(process.env.BASE_PATH);
