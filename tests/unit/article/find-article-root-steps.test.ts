/** Root finding cut into steps, as the content script runs it on a heavy page. */
import { describe, expect, it } from 'vitest';
import { findArticleRoot, findArticleRootSteps } from '../../../lib/article/find-article-root';
import { readArticle } from '../../../lib/article/read-article';

const sentence = (n: number) =>
  `Paragraph ${n} of the report describes the events in the city at some length, with quotes and detail.`;
const comment = (n: number) => `Reader ${n} wrote that they had seen it all before, and would again, probably.`;

/** No article element: root finding weighs every paragraph, the comments' too. */
function divSoup(paragraphs: number, comments: number): Document {
  const story = Array.from({ length: paragraphs }, (_, i) => `<p>${sentence(i)}</p>`).join('');
  const talk = Array.from({ length: comments }, (_, i) => `<div class="comment"><p>${comment(i)}</p></div>`).join('');
  const html = `<body><div class="page"><div class="story-body">${story}</div><div class="comments">${talk}</div></div></body>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('findArticleRootSteps', () => {
  it('pauses as it weighs many paragraphs, and finds what findArticleRoot finds', () => {
    const doc = divSoup(300, 1000);
    const steps = findArticleRootSteps(doc);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(10);
    // The steps leave out only the reason, which tools ask for.
    expect({ ...next.value, reason: 'density' }).toEqual(findArticleRoot(doc));
    expect(next.value.isArticle).toBe(true);
    const { body } = readArticle(doc);
    expect(body).toContain(sentence(0));
    expect(body).toContain(sentence(299));
    expect(body).not.toContain('Reader');
  });

  it('does not pause on a small page', () => {
    const doc = divSoup(8, 0);
    expect(findArticleRootSteps(doc).next().done).toBe(true);
  });
});
