/** axe on one of our pages, as the accessibility tests run it. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface AxeFindings {
  /** The serious and critical findings, as "rule: target" lines. */
  serious: string[];
  /** The ids of the rules that passed, so that a test can tell a scan that looked from one that checked nothing. */
  passed: string[];
}

/**
 * Runs axe in the page itself ("legacy mode"). The default mode puts the results of every frame together in a
 * blank page it opens for the purpose, which in a browser with an extension loaded cost seconds a scan; our pages
 * have no frames, which is all that mode adds, and the scan says so rather than trust it. Only the violations are
 * gathered node by node; the rules that passed are still listed.
 */
export async function axeFindings(page: Page): Promise<AxeFindings> {
  const frames = page.frames().length;
  if (frames !== 1) throw new Error(`axe in legacy mode does not look into frames; this page has ${frames - 1}`);
  // The playwright-core page stands in for @playwright/test's: AxeBuilder uses only what both have.
  const results = await new AxeBuilder({ page: page as never })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return {
    serious: results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
    passed: results.passes.map((p) => p.id),
  };
}
