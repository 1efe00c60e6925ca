/**
 * Entry of the search module, bundled to /_search/ui.js by src/integrations/search-ui.ts and
 * imported only when a reader first opens search (or visits the search page).
 */
import { SearchDialog } from './dialog';
import { mountSearchPage } from './page';

let dialog: SearchDialog | undefined;

export function openSearch(query?: string): void {
  dialog ??= new SearchDialog();
  dialog.open(query);
}

export { mountSearchPage };
