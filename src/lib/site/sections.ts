/**
 * The site's fixed sections: their URL, title and one-line summary, used by their pages, the
 * navigation and llms.txt, so a section is described once.
 */
import {
  changelogUrl,
  flowsUrl,
  guidesUrl,
  headersUrl,
  inspectorUrl,
  numbersUrl,
  queryBuilderUrl,
  searchUrl,
} from './urls';

export interface Section {
  href: string;
  title: string;
  summary: string;
}

export const SECTIONS = {
  numbers: {
    href: numbersUrl,
    title: 'All status codes by number',
    summary: 'Every code any API returns, with its standard meaning and how each API uses it.',
  },
  changelog: {
    href: changelogUrl,
    title: 'Changelog',
    summary: 'How the list of codes changed across the generations of the vendor’s documentation.',
  },
  guides: {
    href: guidesUrl,
    title: 'Guides',
    summary:
      'How to build requests and read responses: filters, pagination, fields, headers, rate limits and body shapes.',
  },
  headers: {
    href: headersUrl,
    title: 'HTTP headers',
    summary: 'Every request and response header the APIs use, standard and vendor-specific.',
  },
  troubleshooting: {
    href: flowsUrl,
    title: 'Troubleshooting',
    summary: 'Step-by-step decision trees from an unexpected status to a fix.',
  },
  inspector: {
    href: inspectorUrl,
    title: 'Response inspector',
    summary:
      'Paste a raw HTTP response and get it explained: status, rate limits, error messages and headers.',
  },
  queryBuilder: {
    href: queryBuilderUrl,
    title: 'Query builder',
    summary: 'Build a filtered, paginated list URL, or paste one to have each parameter explained.',
  },
  search: {
    href: searchUrl,
    title: 'Search',
    summary: 'Search every code, error message, header, guide and troubleshooting step.',
  },
} satisfies Record<string, Section>;
