/**
 * Content collections loaded so that a build reports every content problem at once. Astro checks
 * each file against its collection's schema while loading it and stops at the first file that
 * fails; here a collection's loader notes each file that fails, leaves it out, and loads the rest.
 * When the last collection has loaded, the schema problems of every file and the cross-checks of
 * lib/content (references, file names, markup in bodies) are reported in one list, and the build
 * stops before any page is rendered.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { bodyStartLine, fileBody, findMarkupProblems } from '~/lib/content/markup';
import { findContentProblems, type InvalidEntries, type RawContent } from '~/lib/content/model';
import { ContentError, type ContentProblem } from '~/lib/content/problems';
import { schemaProblems, type SchemaIssue } from '~/lib/content/schema-problems';
import { bodyLine, type RawEntry } from '~/lib/content/checks/context';

interface Schema {
  safeParse(data: unknown): { success: boolean; error?: { issues: readonly SchemaIssue[] } };
}

/** What one collection's loader found. */
interface LoadedCollection {
  entries: RawEntry<unknown>[];
  /** Ids of the files that failed the schema, left out of `entries`. */
  invalid: string[];
  problems: ContentProblem[];
  /** False when the loader stopped part-way (a file that is not valid YAML). */
  complete: boolean;
}

/** One load of every collection; the last to finish checks them all. */
class ContentRun {
  private readonly loaded = new Map<string, LoadedCollection>();
  constructor(private readonly collections: number) {}

  /** Records a collection; once all have loaded, returns every problem of the content set. */
  finish(collection: string, result: LoadedCollection): ContentProblem[] | undefined {
    this.loaded.set(collection, result);
    if (this.loaded.size < this.collections) return undefined;
    const all = [...this.loaded.values()];
    const problems = all.flatMap((c) => c.problems);
    // References can be checked only against collections that loaded whole, and a site.yaml.
    const site = this.loaded.get('site');
    if (all.every((c) => c.complete) && site?.invalid.length === 0) {
      const raw = Object.fromEntries([...this.loaded].map(([name, c]) => [name, c.entries]));
      const invalid = Object.fromEntries([...this.loaded].map(([name, c]) => [name, c.invalid]));
      problems.push(...findContentProblems(raw as unknown as RawContent, invalid as InvalidEntries));
    }
    // One file's problems together, files in order (loaders read files in no fixed order).
    return problems.sort((a, b) => a.file.localeCompare(b.file));
  }
}

/** The file a loader names (absolute, or relative to the project root) as the messages name it. */
function projectFile(root: string, file: string): string {
  return isAbsolute(file) ? relative(root, file) : file;
}

/** Runs `compute` once, on first use. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/**
 * Returns `checkedGlob`, a `glob()` loader that checks each file against `schema` and reports
 * with the other collections made by the same `checkedGlob`: make one per content config, and
 * every collection with it.
 */
export function contentCheck() {
  let collections = 0;
  let run: ContentRun | undefined;

  return function checkedGlob(options: Parameters<typeof glob>[0], schema: Schema): Loader {
    collections++;
    const inner = glob(options);
    return {
      name: 'status-docs-content',
      async load(context: LoaderContext) {
        run ??= new ContentRun(collections);
        const current = run;
        const root = fileURLToPath(context.config.root);
        const invalid: string[] = [];
        const problems: ContentProblem[] = [];
        let loading = true;
        const parseData: LoaderContext['parseData'] = async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            // After the first load, the dev server reloads files one by one: Astro reports those.
            if (!loading) throw error;
            const file = projectFile(root, props.filePath ?? props.id);
            const issues = schema.safeParse(props.data).error?.issues;
            problems.push(
              ...(issues?.length
                ? schemaProblems(file, issues)
                : [{ file, field: '(file)', message: (error as Error).message }]),
            );
            invalid.push(props.id);
            return props.data;
          }
        };
        // The bodies of Markdown entries, which the store does not keep (withoutSourceCopies).
        const bodies = new Map<string, string>();
        const store: DataStore = {
          ...context.store,
          set: (entry) => {
            if (entry.body !== undefined) bodies.set(entry.id, entry.body);
            return context.store.set(withoutSourceCopies(entry));
          },
        };
        let complete = true;
        try {
          await inner.load({ ...context, parseData, store });
        } catch (error) {
          complete = false;
          problems.push(loadProblem(root, error));
        } finally {
          loading = false;
        }
        const stored = context.store.values().map((entry) => {
          const { id, data, filePath } = entry;
          const source = filePath ? once(() => readFileSync(join(root, filePath), 'utf8')) : undefined;
          // A Markdown entry that came from the content cache was not set in this load: its file
          // has the body.
          const body =
            bodies.get(id) ?? entry.body ?? (entry.rendered && source ? fileBody(source()) : undefined);
          const bodyStart = body && source ? once(() => bodyStartLine(source(), body)) : undefined;
          return { id, data, body, filePath, bodyStart };
        });
        // lib/content checks the bodies of the files that pass the schema; these are left out.
        const failed = new Set(invalid);
        for (const entry of stored.filter((e) => failed.has(e.id) && e.filePath)) {
          const format = entry.filePath!.endsWith('.mdx') ? 'mdx' : 'markdown';
          for (const p of findMarkupProblems(entry.body, format))
            problems.push({ file: entry.filePath!, field: bodyLine(entry, p.line), message: p.message });
        }
        for (const id of invalid) context.store.delete(id);
        const entries = stored.filter((e) => !failed.has(e.id));
        const found = current.finish(context.collection, { entries, invalid, problems, complete });
        if (found === undefined) return;
        run = undefined;
        if (found.length > 0) throw new ContentError(found);
      },
    };
  };
}

type DataStore = LoaderContext['store'];
type DataEntry = Parameters<DataStore['set']>[0];

/**
 * A Markdown entry, rendered to HTML as it loads (code pages), without the copies of its file that
 * nothing reads after the checks: its source, and the frontmatter that the renderer hands on beside
 * the HTML (Astro's `remarkPluginFrontmatter`, which no page uses). Kept, they were a third of the
 * content store, which the build copies into its server bundle and holds in memory. MDX entries
 * (guides) render with the pages and keep their source, which the model reads for the components
 * they use.
 */
function withoutSourceCopies(entry: DataEntry): DataEntry {
  if (!entry.rendered) return entry;
  const { body: _body, rendered, ...rest } = entry;
  const { frontmatter: _frontmatter, ...metadata } = rendered.metadata ?? {};
  return { ...rest, rendered: { ...rendered, metadata } };
}

/** A file the loader could not read at all, such as YAML with a syntax error. */
function loadProblem(root: string, error: unknown): ContentProblem {
  const e = error as Error & { loc?: { file?: string } };
  const message = e.message ?? String(error);
  return {
    file: e.loc?.file ? projectFile(root, e.loc.file) : '(content)',
    field: '(file)',
    message: message.replace(/^.*? failed to parse: /s, 'not valid YAML: '),
  };
}
