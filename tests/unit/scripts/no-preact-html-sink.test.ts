import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { removePreactHtmlSink } from '../../../scripts/vite/no-preact-html-sink';

/** An assignment to innerHTML of anything but a string literal: what web-ext lint warns about. */
const HTML_SINK = /\.innerHTML\s*=\s*(?!["'`])/;

describe('Preact without its HTML sink', () => {
  it.each(['preact.module.js', 'preact.mjs'])('leaves no innerHTML assignment of a value in dist/%s', (file) => {
    const code = readFileSync(`node_modules/preact/dist/${file}`, 'utf8');
    expect(code).toMatch(HTML_SINK);
    const cleaned = removePreactHtmlSink(code);
    expect(cleaned).not.toMatch(HTML_SINK);
    // Clearing an element is all that is left.
    expect(cleaned.match(/\.innerHTML\s*=/g)).toEqual(['.innerHTML=']);
  });

  it('refuses a Preact whose sink it cannot find, rather than leave it in', () => {
    expect(() => removePreactHtmlSink('export const h = () => null;')).toThrow(/found 0/);
  });
});
