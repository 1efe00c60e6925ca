/** URLs the search module loads at run time (kept out of the bundle on purpose). */
export { PAGEFIND_ENTRY_PATH, PAGEFIND_PATH, searchUrl as SEARCH_PAGE_URL } from '~/lib/site/urls';
export { codeShardPath, nameShardPath, VOCABULARY_PATH } from '~/lib/search/search-data';
