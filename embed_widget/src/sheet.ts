/**
 * Styling the shadow root without inline `<style>`: a constructable stylesheet (`adoptedStyleSheets`, which a
 * host's `style-src` does not govern), or, in browsers without one, a `<link>` to the same CSS served from the
 * widget's own origin (carrying the script's nonce for nonce-based policies).
 */
export function adoptStyles(root: ShadowRoot, css: string, href: string, nonce: string): Promise<void> {
  try {
    if ("adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      return Promise.resolve();
    }
  } catch {
    // fall through to the link
  }
  return new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    if (nonce) link.nonce = nonce;
    link.onload = link.onerror = () => resolve();
    link.href = href;
    root.prepend(link);
  });
}
