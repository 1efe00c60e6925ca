import type { APIRoute } from 'astro';
import { model } from '~/lib/content';
import { buildLlmsTxt } from '~/lib/exports/llms-txt';
import { presentSections } from '~/lib/site/present-sections';

export const GET: APIRoute = () => new Response(buildLlmsTxt(model, presentSections(model)));
