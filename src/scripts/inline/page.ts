/**
 * The one script of every page, inlined in <head> (minified by components/layout/PageScript.astro).
 * It sets the theme before first paint, and owns the page-wide actions that need JavaScript through
 * delegated listeners: theme toggle, copy buttons, the language tabs of code samples (the reader's
 * language, remembered, shows in every sample: global.css reads it from the root), opening search
 * (button, "/", Ctrl/Cmd+K; the search code itself loads on first use), and loading the module that
 * highlights the searched words when a reader arrives from a search result (?hl=…).
 */
declare const SEARCH_UI: string;
declare const SEARCH_ARRIVAL: string;
declare const PAGEFIND: string;

(() => {
  const d = document.documentElement;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const stored = (key: string) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const store = (key: string, value: string) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };
  const apply = (theme?: string) => {
    d.dataset.theme = theme || stored('theme') || (system.matches ? 'dark' : 'light');
  };
  d.dataset.js = '';
  apply();
  system.addEventListener('change', () => apply());

  // Code samples show the reader's language, put on the root before they are drawn (global.css);
  // their tabs say which once parsed. A choice is remembered.
  const showLanguage = (lang: string) => {
    d.dataset.codeLang = lang;
    document.querySelectorAll<HTMLElement>('[role=tab][data-lang]').forEach((tab) => {
      tab.tabIndex = tab.dataset.lang === lang ? 0 : -1;
      tab.ariaSelected = String(!tab.tabIndex);
    });
  };
  d.dataset.codeLang = stored('code-lang') || 'http';
  document.addEventListener('DOMContentLoaded', () => showLanguage(d.dataset.codeLang!));
  const chooseLanguage = (tab: HTMLElement) => {
    showLanguage(tab.dataset.lang!);
    store('code-lang', tab.dataset.lang!);
  };

  // Keys typed while the search module loads are kept and handed over, Enter included, so that a
  // fast "/ 4 2 9 Enter" works on the first open as on later ones.
  let typed = '';
  let submit = false;
  const buffer = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1) typed += event.key;
    else if (event.key === 'Backspace') typed = typed.slice(0, -1);
    else if (event.key === 'Enter') submit = true;
    else return;
    event.preventDefault();
  };
  const openSearch = async (query?: string) => {
    document.addEventListener('keydown', buffer, true);
    // The index's loader is fetched beside the search module, not after it: the module imports it
    // from the same URL and gets this one. (The dev server has none: the module says so.)
    import(/* @vite-ignore */ PAGEFIND).catch(() => undefined);
    const search: { openSearch: (q?: string, submit?: boolean) => void } = await import(
      /* @vite-ignore */ SEARCH_UI
    );
    document.removeEventListener('keydown', buffer, true);
    search.openSearch((query ?? '') + typed || undefined, submit);
    typed = '';
    submit = false;
  };

  const copied = (el: Element) => {
    const status = el.querySelector('.copy-done');
    el.setAttribute('data-copied', '');
    if (status) status.textContent = 'Copied';
    setTimeout(() => {
      el.removeAttribute('data-copied');
      if (status) status.textContent = '';
    }, 1500);
  };

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const el = target?.closest(
      '[data-theme-toggle],[data-copy-link],[data-copy-text],[data-copy-code],[data-search-open],[role=tab][data-lang]',
    );
    if (!el) return;
    if (el.hasAttribute('data-lang')) {
      chooseLanguage(el as HTMLElement);
      return;
    }
    if (el.hasAttribute('data-search-open')) {
      if (event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey)) return;
      event.preventDefault();
      void openSearch();
      return;
    }
    if (el.hasAttribute('data-theme-toggle')) {
      const theme = d.dataset.theme === 'dark' ? 'light' : 'dark';
      store('theme', theme);
      apply(theme);
      return;
    }
    const text = el.hasAttribute('data-copy-link')
      ? new URL(el.getAttribute('data-copy-link') || '', location.href).href
      : el.hasAttribute('data-copy-text')
        ? el.parentElement?.querySelector('[data-copy-source]')?.textContent
        : // The code shown: of a sample's languages, the one whose panel is not hidden.
          Array.from(el.closest('.code-block')?.querySelectorAll('pre') ?? []).find((pre) => pre.offsetParent)
            ?.innerText;
    if (text) void navigator.clipboard?.writeText(text).then(() => copied(el));
  });

  // The home page's code box hands what was typed to the search dialog.
  const fromBox = (event: Event) => {
    const form = event.target instanceof Element ? event.target.closest('[data-search-box]') : null;
    const input = form?.querySelector('input');
    if (!form || !input) return false;
    event.preventDefault();
    const query = input.value;
    input.value = '';
    void openSearch(query);
    return true;
  };
  document.addEventListener('input', fromBox);
  document.addEventListener('submit', fromBox);

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    const typing =
      event.target instanceof Element && event.target.closest('input,textarea,select,[contenteditable]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !commandK) return;
    event.preventDefault();
    void openSearch();
  });

  // The tabs of code samples, as the WAI-ARIA tabs pattern has them: arrows, Home and End.
  document.addEventListener('keydown', (event) => {
    const tab = (event.target as Element).closest?.<HTMLElement>('[role=tab][data-lang]');
    const tabs = tab ? (Array.from(tab.parentElement!.children) as HTMLElement[]) : [];
    const i = tabs.indexOf(tab!);
    const n = tabs.length;
    const to = ({ ArrowRight: i + 1, ArrowLeft: i + n - 1, Home: 0, End: n - 1 } as Record<string, number>)[
      event.key
    ];
    const next = tabs[to! % n];
    if (!next) return;
    event.preventDefault();
    chooseLanguage(next);
    next.focus();
  });

  // Arriving from a search result (?hl=…): its module marks the searched words.
  if (new URLSearchParams(location.search).has('hl')) void import(/* @vite-ignore */ SEARCH_ARRIVAL);

  // Where the reader is. The sidebar scrolls its current entry into its own view (on load, and when
  // the phone menu opens), and the contents mark the section in view as the page scrolls: the last
  // one whose top has passed just under the sticky header, or the last of all at the page's end.
  addEventListener('DOMContentLoaded', () => {
    const nav = document.getElementById('site-nav');
    const here = nav?.querySelector('[aria-current]');
    const reveal = () => {
      if (here)
        nav!.scrollTop +=
          here.getBoundingClientRect().top - nav!.getBoundingClientRect().top - nav!.clientHeight / 3;
    };
    reveal();
    nav?.addEventListener('toggle', reveal);
    const links = document.querySelectorAll<HTMLAnchorElement>('[data-toc] a');
    // Browsers fire scroll events once a frame at most.
    const spy = () => {
      const end = innerHeight + scrollY > d.scrollHeight - 2;
      let current = '';
      for (const a of links) {
        const heading = document.getElementById(a.hash.slice(1));
        const top = heading ? (heading.closest('section') ?? heading).getBoundingClientRect().top : 1e9;
        // Above the first that passed the header, the first in view.
        if (end || top < 99 || (!current && top < innerHeight)) current = a.hash;
      }
      for (const a of links)
        if (a.hash === current) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
    };
    spy();
    addEventListener('scroll', spy);
  });
})();
