import type { APIRoute } from 'astro';
import { site } from '~/lib/content';
import { absoluteUrl } from '~/lib/site/urls';

// Static endpoints are written as files; the server types them by their extension.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site.url, '/sitemap-index.xml')}\n`);
