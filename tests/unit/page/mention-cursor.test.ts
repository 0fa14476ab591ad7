import { describe, expect, it } from 'vitest';
import { MentionCursor } from '../../../lib/page/mention-cursor';

describe('MentionCursor', () => {
  const mentions = ['first', 'second', 'third', 'fourth'];

  it('starts at the hovered mention', () => {
    const cursor = new MentionCursor(mentions, 'third');
    expect(cursor.position).toBe(3);
    expect(cursor.count).toBe(4);
    expect(cursor.current).toBe('third');
  });

  it('steps forward and back in reading order', () => {
    const cursor = new MentionCursor(mentions, 'second');
    expect(cursor.next()).toBe('third');
    expect(cursor.position).toBe(3);
    expect(cursor.previous()).toBe('second');
    expect(cursor.previous()).toBe('first');
    expect(cursor.position).toBe(1);
  });

  it('wraps around at both ends', () => {
    const cursor = new MentionCursor(mentions, 'fourth');
    expect(cursor.next()).toBe('first');
    expect(cursor.position).toBe(1);
    expect(cursor.previous()).toBe('fourth');
    expect(cursor.position).toBe(4);
  });

  it('stays put with one mention and gives nothing with none', () => {
    const one = new MentionCursor(['only'], 'only');
    expect(one.next()).toBe('only');
    expect(one.previous()).toBe('only');
    expect(one.position).toBe(1);
    const none = new MentionCursor<string>([], 'gone');
    expect(none.next()).toBeUndefined();
    expect(none.count).toBe(0);
  });

  it('starts at the first mention when the hovered one is not in the list', () => {
    expect(new MentionCursor(mentions, 'elsewhere').position).toBe(1);
  });
});
