/** Cutting a long text into pieces that end between blocks, so no name is cut in two. */

/** Where a chunk of at most `size` characters from `from` ends: after a line break if one is in its second half, else after a space. */
export function cutAt(text: string, from: number, size: number): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  const half = from + Math.floor(size / 2);
  const line = text.lastIndexOf('\n', limit - 1);
  if (line >= half) return line + 1;
  const space = text.lastIndexOf(' ', limit - 1);
  return space >= half ? space + 1 : limit;
}
