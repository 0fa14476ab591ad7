/**
 * Reads the card in Chromium through the DevTools protocol, which sees closed shadow roots, so the shipped code
 * needs no test hook. The reading runs in an isolated world of the test's own: page script never holds a
 * reference to the card, not even while a test reads it.
 */
import type { CDPSession, Page } from 'playwright-core';
import { UI_HOST_SELECTOR } from '../../../lib/text/element-kinds';
import { type CardView, readCard } from './card-view';

export interface CardProbe {
  /** The card as it is now, or null while none is open. */
  read(): Promise<CardView | null>;
  /** The accessible names of the dialogs in the page's accessibility tree, as a screen reader finds them. */
  dialogs(): Promise<string[]>;
  /** The shadow root's stylesheet and markup as they are now, for checks that need them in a page of their own. */
  snapshot(): Promise<{ css: string; html: string } | null>;
}

/** Runs on the shadow root: its style element's text and the markup drawn beside it. */
const copyRoot = (root: ShadowRoot) => ({
  css: root.querySelector('style')?.textContent ?? '',
  html: [...root.children]
    .filter((el) => el.localName !== 'style')
    .map((el) => el.outerHTML)
    .join(''),
});

const WORLD = 'backstory-tests';
const GROUP = 'card-probe';

interface DomNode {
  backendNodeId: number;
  shadowRoots?: { backendNodeId: number; shadowRootType?: string }[];
}
interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
}

/**
 * One probe, and so one DevTools session, per tab: a tab kept from test to test (kept-tabs.ts) would otherwise
 * gather sessions that each follow its document. The probe holds nothing of the page it read last.
 */
const probes = new WeakMap<Page, Promise<CardProbe>>();

export function cardProbe(page: Page): Promise<CardProbe> {
  let probe = probes.get(page);
  if (!probe) {
    probe = newProbe(page);
    probes.set(page, probe);
    probe.catch(() => probes.delete(page));
  }
  return probe;
}

async function newProbe(page: Page): Promise<CardProbe> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const shadowRoot = async (): Promise<number | null> => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: UI_HOST_SELECTOR });
    if (!nodeId) return null;
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as { node: DomNode };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) throw new Error('our UI host has no shadow root');
    if (shadow.shadowRootType !== 'closed') throw new Error(`our shadow root is ${shadow.shadowRootType}, not closed`);
    return shadow.backendNodeId;
  };
  const callOnRoot = async <T>(fn: (root: ShadowRoot) => T): Promise<T | null> => {
    const backendNodeId = await shadowRoot();
    if (backendNodeId === null) return null;
    const { frameTree } = await cdp.send('Page.getFrameTree');
    // Chromium gives the same world back for the same name, so asking on every read costs nothing.
    const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: WORLD });
    const { object } = await cdp.send('DOM.resolveNode', {
      backendNodeId,
      executionContextId: world.executionContextId,
      objectGroup: GROUP,
    });
    try {
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId as string,
        functionDeclaration: `function () { return (${fn})(this); }`,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`reading the card failed: ${exceptionDetails.text}`);
      return (result.value ?? null) as T | null;
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP });
    }
  };
  return {
    read: () => callOnRoot<CardView | null>(readCard),
    snapshot: () => callOnRoot(copyRoot),
    dialogs: async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree', {})) as { nodes: AxNode[] };
      return nodes.filter((n) => !n.ignored && n.role?.value === 'dialog').map((n) => n.name?.value ?? '');
    },
  };
}
