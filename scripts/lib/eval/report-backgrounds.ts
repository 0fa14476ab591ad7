/** The background eval as the report prints it. */
import type { BackgroundResult, BackgroundSummary } from './run-backgrounds';

export function backgroundsReport(dir: string, result: BackgroundResult, summary: BackgroundSummary): string {
  const share = summary.known > 0 ? ((100 * summary.knownRight) / summary.known).toFixed(1) : '0';
  const lines = [
    `Background cards on real pages (${dir}: ${result.pagesRead} pages read${
      result.pagesUnreadable.length > 0 ? `, unreadable: ${result.pagesUnreadable.join(', ')}` : ''
    }):`,
    `  ${summary.names} names mentioned most, ${summary.known} of them known to the offline sources.`,
    `  Known names with the right background on every page's card: ${summary.knownRight} of ${summary.known} (${share}%; target ≥ 95%).`,
    `  Cards with a wrong entity: ${summary.wrongCards} (target 0).`,
  ];
  if (summary.emptyNames.length > 0) lines.push(`  Known, but no background: ${summary.emptyNames.join(', ')}`);
  for (const wrong of summary.wrongNames) lines.push(`  Wrong: ${wrong}`);
  return lines.join('\n');
}
