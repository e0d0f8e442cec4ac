/** The English feed, `/rss.xml`. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/feed.ts';

export const GET: APIRoute = ({ site, url }) => feedResponse('en', site ?? url);
