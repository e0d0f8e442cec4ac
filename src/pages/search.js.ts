/** The search dialog's code as one small module at `/search.js`, fetched by the page script on first use. */
import type { APIRoute } from 'astro';
import { clientBundle } from '../lib/client-bundle.ts';

export const GET: APIRoute = () => clientBundle('src/client/search.ts');
