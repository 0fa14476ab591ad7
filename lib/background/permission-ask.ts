/**
 * Asking the reader for the Wikimedia permission on behalf of a card. A content script cannot ask (the browser
 * takes permission requests only from extension pages, and Firefox only within a click there), so the background
 * opens Backstory's lookups page in a tab beside the article; the reader allows or cancels there, and the page
 * closes itself. The answer is the browser's own: whether the permission is held once the page has gone.
 */

export interface PermissionAskDeps {
  /** Whether the browser lets Backstory reach Wikipedia and Wikidata now. */
  held(): Promise<boolean>;
  /** Opens the lookups page for this name beside the tab it was asked from; resolves with the page's tab. */
  openPage(name: string, openerTabId: number): Promise<number | undefined>;
}

interface OpenPage {
  /** Known once the browser has opened the tab. */
  tabId?: number;
  gone(): void;
  answer: Promise<boolean>;
}

export class PermissionAsk {
  /** One page at a time: a name asked for while it is open waits for the same answer. */
  private page: OpenPage | null = null;

  constructor(private readonly deps: PermissionAskDeps) {}

  /** Resolves, once the reader has answered on the page, with whether the permission is held. */
  async ask(name: string, openerTabId: number): Promise<boolean> {
    if (await this.deps.held()) return true;
    this.page ??= this.openPage(name, openerTabId);
    return this.page.answer;
  }

  /** Every tab that closes is told here: the page's own closing is its answer. */
  tabClosed(tabId: number): void {
    if (this.page?.tabId === tabId) this.page.gone();
  }

  private openPage(name: string, openerTabId: number): OpenPage {
    let gone: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => {
      gone = resolve;
    });
    const page: OpenPage = { gone, answer: Promise.resolve(false) };
    page.answer = this.deps
      .openPage(name, openerTabId)
      .then(async (tabId) => {
        if (tabId === undefined) return false;
        page.tabId = tabId;
        await closed;
        return this.deps.held();
      })
      .catch(() => false)
      .finally(() => {
        if (this.page === page) this.page = null;
      });
    return page;
  }
}
