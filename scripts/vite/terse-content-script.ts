/**
 * Minifies the content script a second time with Terser. The content script runs on every article a reader opens
 * and has a size budget (scripts/lib/bench/bundle-sizes.ts); Terser's extra compress passes take about 1.5% more
 * off its gzip size than the bundler's own minifier. Only the content script: Terser on the 800 kB background would
 * cost the build tens of seconds for bytes that are never downloaded by a page.
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

const CONTENT_SCRIPT = 'content-script.js';

export function terseContentScript(): Plugin {
  return {
    name: 'backstory-terse-content-script',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.fileName !== CONTENT_SCRIPT) continue;
        const result = await minify(chunk.code, { compress: { passes: 2 }, ecma: 2020, module: false });
        if (result.code === undefined) throw new Error(`Terser returned nothing for ${chunk.fileName}`);
        chunk.code = result.code;
      }
    },
  };
}
