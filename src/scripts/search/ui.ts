/**
 * Entry of the search module, bundled to /_search/ui.js by src/integrations/client-bundles.ts and
 * imported only when a reader first opens search (or visits the search page).
 */
import { SearchDialog } from './dialog';
import { mountSearchPage } from './page';

let dialog: SearchDialog | undefined;

/** Opens the dialog; `submit` is an Enter pressed before it was ready, acted on once results come. */
export function openSearch(query?: string, submit = false): void {
  dialog ??= new SearchDialog();
  dialog.open(query, submit);
}

export { mountSearchPage };
