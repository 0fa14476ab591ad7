/**
 * Parses a page in Node with happy-dom, with every kind of loading and
 * navigation switched off: the eval reads real pages and must never fetch
 * their scripts, styles, images or frames, let alone run them.
 *
 * The window has an address of its own, on a domain that never resolves:
 * against about:blank happy-dom cannot resolve a page's relative or
 * protocol-relative links (a `<link rel="preload" as="fetch">` then throws
 * out of reach of any catch and ends the process). Whatever it still tries
 * to fetch is answered at once, empty, without touching the network.
 */
import { Window } from 'happy-dom';
import { ReadError, readArticleFile } from './read-article';

export interface ParsedPage {
  doc: Document;
  /** Releases happy-dom's window; the process may not exit while it is open. */
  close(): Promise<void>;
}

/** Where a parsed page pretends to live (.invalid is reserved: it never resolves). */
export const PAGE_URL = 'https://page.invalid/';

export function parseHtml(html: string): ParsedPage {
  const window = new Window({
    url: PAGE_URL,
    settings: {
      handleDisabledFileLoadingAsSuccess: true,
      fetch: {
        disableSameOriginPolicy: false,
        disableStrictSSL: false,
        requestHeaders: null,
        virtualServers: null,
        interceptor: {
          beforeAsyncRequest: async ({ window: w }) => new w.Response('', { status: 404 }),
          beforeSyncRequest: ({ window: w }) => ({
            status: 404,
            statusText: 'Not Found',
            ok: false,
            url: PAGE_URL,
            redirected: false,
            headers: new w.Headers(),
            body: Buffer.alloc(0),
          }),
        },
      },
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const parsed = new window.DOMParser().parseFromString(withoutPreloads(html), 'text/html');
  // happy-dom's Document implements the DOM the pipeline reads, but its type is
  // its own class, not lib.dom's Document.
  return { doc: parsed as unknown as Document, close: () => window.happyDOM.close() };
}

/**
 * happy-dom preloads `<link rel="preload">` resources whatever the loading
 * settings say (and fails on a relative address), so such links are renamed
 * before parsing: nothing on a page may make the eval fetch.
 */
function withoutPreloads(html: string): string {
  return html.replace(/(<link\b[^>]*?\brel\s*=\s*["']?)(?:module)?preload\b/gi, '$1inert-preload');
}

/** Reads and parses an HTML page; close the page when done with it. */
export function readHtmlPage(path: string): ParsedPage {
  const file = readArticleFile(path);
  if (file.kind !== 'html') throw new ReadError(`cannot read ${path}: not an HTML file`);
  return parseHtml(file.html);
}
