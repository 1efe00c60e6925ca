import type { APIRoute } from 'astro';
import { model } from '~/lib/content';
import { buildKnowledge } from '~/lib/inspector/knowledge';

/** The inspector's knowledge as a file of its own, so the page's HTML stays small. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildKnowledge(model)), { headers: { 'Content-Type': 'application/json' } });
