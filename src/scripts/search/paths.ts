/** URLs the search module loads at run time (kept out of the bundle on purpose). */
export { PAGEFIND_ENTRY_PATH, PAGEFIND_PATH, searchUrl as SEARCH_PAGE_URL } from '~/lib/site/urls';
export { STATUS_EXPORT_PATH as STATUS_EXPORT_URL } from '~/lib/exports/status-export';
