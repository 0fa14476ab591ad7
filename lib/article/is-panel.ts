/**
 * Controls rather than text: a video player's settings, a menu of fonts, a
 * picker's options, a chart's ticks. Their words come in scraps, one or two to
 * a block, where a story's come in sentences.
 */
import type { ShapedStats } from './block-shapes';

/** Blocks of text a panel has at least, and the characters each holds on average at most. */
const PANEL_PIECES = 20;
const PANEL_PIECE_CHARS = 12;

export function isPanel(stats: ShapedStats, i: number): boolean {
  const n = stats.pieces[i] as number;
  return n >= PANEL_PIECES && (stats.chars[i] as number) < n * PANEL_PIECE_CHARS;
}
