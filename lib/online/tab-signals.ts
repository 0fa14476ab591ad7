/**
 * One AbortSignal per tab, so closing a tab (or leaving its article) stops the
 * lookups started for it: queued requests give up their place and waits end.
 * The background calls closeTab from its tab listeners; nothing here knows tabs.
 */
export class TabSignals {
  private readonly controllers = new Map<number, AbortController>();

  signalFor(tabId: number): AbortSignal {
    let controller = this.controllers.get(tabId);
    if (!controller) {
      controller = new AbortController();
      this.controllers.set(tabId, controller);
    }
    return controller.signal;
  }

  closeTab(tabId: number): void {
    this.controllers.get(tabId)?.abort();
    this.controllers.delete(tabId);
  }

  closeAll(): void {
    for (const tabId of [...this.controllers.keys()]) this.closeTab(tabId);
  }
}
