/**
 * One console warning for the site owner when this page's origin is refused, naming the page's origin and the
 * setting that allows it (the server never reveals which origins it allows).
 */

let warned = false;

export function warnOrigin(api: string, definite: boolean): void {
  if (warned) return;
  warned = true;
  const origin = typeof location === "undefined" ? "this page" : location.origin;
  const fix =
    `Add ${origin} to the embed's allowed origins (Django admin: Chat embeds > allowed origins, or ` +
    `\`datachat embed update EMBED_ID --add-origin ${origin}\`).`;
  console.warn(
    definite
      ? `Datachat: this page's origin ${origin} is not allowed to use this chat. ${fix}`
      : `Datachat: could not reach ${api} from ${origin}. If the server is up, this origin is probably not ` +
          `allowed by any embed (the browser then blocks the call as a CORS error). ${fix}`,
  );
}
