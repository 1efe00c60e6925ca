import type { APIRoute } from 'astro';
import { model } from '~/lib/content';
import { buildLlmsTxt } from '~/lib/llms-txt';
import { presentSections } from '~/lib/present-sections';

export const GET: APIRoute = () => new Response(buildLlmsTxt(model, presentSections(model)));
