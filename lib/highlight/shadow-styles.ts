/**
 * ::highlight() rules only paint in the tree their stylesheet belongs to, so
 * the highlight styles the browser injects with the content script never reach
 * a web component's shadow tree. Each open shadow root that holds a mention
 * adopts our rules as a constructed stylesheet: no node is added, so the
 * page's DOM and its serialisation stay as they were, and the sheet is taken
 * back when the highlights go.
 */

type SheetWindow = Window & { CSSStyleSheet: typeof CSSStyleSheet };

export class ShadowStyles {
  private sheet: CSSStyleSheet | null = null;
  private readonly adopted = new Set<ShadowRoot>();

  constructor(
    private readonly win: Window,
    private readonly css: string,
  ) {}

  /** Gives each of these shadow roots (those holding mentions) our highlight rules, once. */
  cover(roots: ShadowRoot[]): void {
    for (const root of roots) {
      if (this.adopted.has(root)) continue;
      try {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.ownSheet()];
        this.adopted.add(root);
      } catch {
        // A component that refuses sheets keeps its text unpainted; hover still finds the mention.
      }
    }
  }

  /** Takes our sheet back from every shadow root, leaving the component's own sheets as they are. */
  clear(): void {
    for (const root of this.adopted) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // The component is gone or locked its sheets; nothing of ours is left to paint there.
      }
    }
    this.adopted.clear();
  }

  private ownSheet(): CSSStyleSheet {
    if (!this.sheet) {
      this.sheet = new (this.win as SheetWindow).CSSStyleSheet();
      this.sheet.replaceSync(this.css);
    }
    return this.sheet;
  }
}
