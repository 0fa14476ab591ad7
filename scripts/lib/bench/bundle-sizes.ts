/** Gzip sizes of the built extension's scripts, the cost a reader downloads and parses. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  label: string;
  file: string;
  bytes: number;
  gzipBytes: number;
  budgetBytes?: number;
}

/** The content script runs on every article a reader opens, so it has a budget. */
export const CONTENT_SCRIPT_BUDGET = 30 * 1024;

/** Null when the extension has not been built. */
export function bundleSizes(outDir: string): BundleSize[] | null {
  if (!existsSync(outDir)) return null;
  const chunks = join(outDir, 'chunks');
  const popupChunks = existsSync(chunks)
    ? readdirSync(chunks)
        .filter((name) => /^popup-.*\.js$/.test(name))
        .sort()
        .map((name) => join('chunks', name))
    : [];
  // The popup also loads the chunks it shares with the options page (Preact, storage).
  const shared = popupChunks.flatMap((file) =>
    [...readFileSync(join(outDir, file), 'utf8').matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)].map((m) =>
      join('chunks', m[1] as string),
    ),
  );
  const wanted: { label: string; file: string; budgetBytes?: number }[] = [
    { label: 'content script', file: 'content-script.js', budgetBytes: CONTENT_SCRIPT_BUDGET },
    { label: 'background', file: 'background.js' },
    ...popupChunks.map((file) => ({ label: 'popup chunk', file })),
    ...[...new Set(shared)].map((file) => ({ label: 'popup, shared chunk', file })),
  ];
  return wanted.map((entry) => {
    const path = join(outDir, entry.file);
    const data = existsSync(path) ? readFileSync(path) : null;
    return { ...entry, bytes: data?.length ?? -1, gzipBytes: data ? gzipSync(data).length : -1 };
  });
}
