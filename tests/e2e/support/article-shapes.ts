/** What the article-shape fixture pages must and must not have highlighted, in either browser. */
export interface ArticleShape {
  file: string;
  /** Names in every part of the story (each part, the caption, the standfirst), all highlighted. */
  highlighted: string[];
  /** Names only in the page's chrome, rails, teasers or navigation: never highlighted. */
  notHighlighted: string[];
}

export const ARTICLE_SHAPES: ArticleShape[] = [
  {
    file: 'split-body.html',
    // Rotterdam opens the first part, Antwerp and Hamburg the second, Europe the third; Sanne Visser is the photo credit.
    highlighted: ['Rotterdam', 'Antwerp', 'Hamburg', 'Europe', 'Sanne Visser'],
    notHighlighted: ['Lisbon', 'Portugal', 'Madeira'],
  },
  {
    file: 'teaser-rail.html',
    highlighted: ['Almaty', 'Kazakhstan', 'Central Asia'],
    notHighlighted: ['Tashkent', 'Uzbekistan', 'Bishkek', 'Dushanbe'],
  },
  {
    file: 'short-story.html',
    highlighted: ['Vilnius', 'Lithuania'],
    notHighlighted: ['Poland', 'Latvia', 'Estonia'],
  },
];
