/** The site's own origin for absolute URLs (canonical, feeds, citation tags): `SITE_URL` when deployed, else where `npm start` serves it. */
export const siteUrl = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
