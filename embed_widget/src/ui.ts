/**
 * The visible widget: a launcher button and a dialog panel, all inside one shadow root.
 * Implements the controller's `View`; knows nothing about HTTP.
 */
import type { Chat, View } from "./chat";
import type { Config } from "./config";
import { h, icon, ICONS } from "./dom";
import { warmNumbers } from "./format";
import { fill, strings, type Strings, uiLang } from "./i18n";
import { assistant, chips, type Context } from "./message";
import { adoptStyles } from "./sheet";
import { CSS } from "./styles";
import { launcherIcon, position, primaryColor, readable, scheme, SURFACE, textOn } from "./theme";
import type { ApiError, Message, Progress, Session } from "./types";

export type ChartRenderer = (
  el: HTMLElement,
  spec: Record<string, unknown>,
  options: { dark: boolean; description: string; label?: string },
) => Promise<unknown>;

/** Below this width the panel fills the screen and is modal (styles.ts has the same media query). */
const FULL_SCREEN = "(max-width: 479.98px)";
const FOCUSABLE = "button,textarea,summary,a[href],[tabindex='0']";

const STEP_LABELS: Record<string, string> = {
  understanding: "Understanding…",
  querying: "Running query…",
  charting: "Drawing chart…",
  answering: "Writing the answer…",
};

export class Widget implements View {
  readonly t: Strings;
  chat!: Chat;
  isOpen = false;
  private dc: HTMLDivElement;
  private launcher: HTMLButtonElement;
  private panel: HTMLDivElement;
  private heading: HTMLHeadingElement;
  private log: HTMLDivElement;
  private status: HTMLDivElement;
  private alert: HTMLDivElement;
  private input: HTMLTextAreaElement;
  private sendButton: HTMLButtonElement;
  private newButton: HTMLButtonElement;
  private greeting = "";
  private suggestions: string[] = [];
  private question = "";
  private returnTo: HTMLElement | null = null;
  private timer = 0;
  private onlineRetry: (() => void) | null = null;
  private styled = false;
  private shown = false;
  private modal = false;
  private scrollBefore = "";

  constructor(
    readonly root: ShadowRoot,
    private config: Config,
    stylesheet: string,
    nonce: string,
    private loadChart: () => Promise<ChartRenderer>,
    private notify: (event: "open" | "close") => void,
  ) {
    const t = (this.t = strings(config.lang));
    this.greeting = t.greeting;
    this.launcher = h(
      "button",
      {
        type: "button",
        class: "launcher",
        "aria-label": t.open,
        "aria-expanded": "false",
        "aria-controls": "dc-panel",
        onclick: () => (this.isOpen ? this.close() : this.open()),
      },
      icon(ICONS.chat),
    );
    this.heading = h("h2", { id: "dc-title" }, t.title);
    this.newButton = h(
      "button",
      { type: "button", title: t.newChat, "aria-label": t.newChat, onclick: () => void this.chat.reset() },
      icon(ICONS.plus),
    );
    this.log = h("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions" });
    this.status = h("div", { class: "st", role: "status" });
    this.alert = h("div", { class: "er", role: "alert", hidden: true });
    this.input = h("textarea", { rows: 1, "aria-label": t.placeholder, placeholder: t.placeholder, maxlength: 2000 });
    this.sendButton = h("button", { type: "submit", class: "send", "aria-label": t.send, title: t.send }, icon(ICONS.send));
    this.input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.submit();
      }
    });
    this.input.addEventListener("input", () => this.fit());
    this.panel = h(
      "div",
      { id: "dc-panel", class: "panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "dc-title", hidden: true },
      h(
        "div",
        { class: "hd" },
        this.heading,
        this.newButton,
        h("button", { type: "button", title: t.close, "aria-label": t.close, onclick: () => this.close() }, icon(ICONS.close)),
      ),
      this.log,
      this.status,
      this.alert,
      h(
        "form",
        {
          class: "ask",
          onsubmit: (e: Event) => {
            e.preventDefault();
            this.submit();
          },
        },
        this.input,
        this.sendButton,
      ),
    );
    this.dc = h("div", { class: "dc", lang: uiLang(config.lang), "data-scheme": "auto" }, this.launcher, this.panel);
    this.dc.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && this.isOpen) {
        e.stopPropagation();
        this.close();
      } else if (e.key === "Tab" && this.modal) this.trapTab(e);
    });
    this.dc.hidden = true; // shown once asked to and styled (a fallback <link> takes a moment)
    root.append(this.dc);
    void adoptStyles(root, CSS, stylesheet, nonce).then(() => {
      this.styled = true;
      this.dc.hidden = !this.shown;
      if (this.isOpen) this.input.focus({ preventScroll: true });
    });
    this.renderGreeting();
  }

  /** Show the launcher (with whatever theme is known by now). */
  reveal(): void {
    this.shown = true;
    if (this.styled) this.dc.hidden = false;
  }

  /** Full screen (small viewports) the dialog is modal: focus stays inside and the page does not scroll. */
  private setModal(on: boolean): void {
    if (on === this.modal) return;
    this.modal = on;
    this.panel.setAttribute("aria-modal", String(on));
    const page = document.documentElement.style;
    if (on) {
      this.scrollBefore = page.getPropertyValue("overflow");
      page.setProperty("overflow", "hidden");
      document.addEventListener("focusin", this.keepFocus, true);
    } else {
      if (this.scrollBefore) page.setProperty("overflow", this.scrollBefore);
      else page.removeProperty("overflow");
      document.removeEventListener("focusin", this.keepFocus, true);
    }
  }

  private readonly fullScreen = () => this.setModal(this.isOpen && matches(FULL_SCREEN));

  /** Focus that lands on the host page while the modal dialog is open comes back into it. */
  private readonly keepFocus = (e: Event) => {
    if (!this.modal || e.target === this.root.host) return;
    const target = this.input.disabled ? this.panel.querySelector<HTMLElement>(FOCUSABLE) : this.input;
    if (target) target.focus({ preventScroll: true });
  };

  private trapTab(e: KeyboardEvent): void {
    const items = [...this.panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    );
    if (!items.length) return;
    const first = items[0];
    const last = items[items.length - 1];
    const active = this.root.activeElement;
    if (e.shiftKey ? active === first || !this.panel.contains(active) : active === last) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    }
  }

  open(): void {
    this.reveal();
    if (!this.isOpen) {
      const active = document.activeElement as HTMLElement | null;
      this.returnTo = active && active !== this.root.host ? active : null;
      this.isOpen = true;
      this.panel.hidden = false;
      this.dc.classList.add("open");
      this.launcher.setAttribute("aria-expanded", "true");
      this.launcher.setAttribute("aria-label", this.t.close);
      this.fullScreen();
      watch(FULL_SCREEN, this.fullScreen, true);
      warmNumbers(this.config.lang);
      this.notify("open");
      void this.chat.open();
    }
    this.input.focus({ preventScroll: true });
  }

  close(): void {
    if (!this.isOpen) return;
    const hadFocus = this.panel.contains(this.root.activeElement);
    this.isOpen = false;
    this.panel.hidden = true;
    this.dc.classList.remove("open");
    this.launcher.setAttribute("aria-expanded", "false");
    this.launcher.setAttribute("aria-label", this.t.open);
    watch(FULL_SCREEN, this.fullScreen, false);
    this.setModal(false);
    if (hadFocus || this.root.activeElement === this.launcher) {
      const back = this.returnTo && this.returnTo.isConnected ? this.returnTo : this.launcher;
      back.focus({ preventScroll: true });
    }
    this.notify("close");
  }

  ask(text: string): void {
    this.open();
    void this.chat.ask(text);
  }

  private submit(): void {
    const text = this.input.value.trim();
    if (!text || this.chat.busy) return;
    this.input.value = "";
    this.fit();
    void this.chat.ask(text);
  }

  private fit(): void {
    this.input.style.height = "auto";
    this.input.style.height = Math.min(this.input.scrollHeight + 2, 120) + "px";
  }

  // --- View -------------------------------------------------------------------------------------------

  session(session: Session): void {
    const theme = (session.embed && session.embed.theme) || {};
    const primary = primaryColor(theme);
    this.dc.style.setProperty("--p", primary);
    this.dc.style.setProperty("--op", textOn(primary));
    // Focus rings and accents at 3:1 or more against each surface (WCAG 1.4.11).
    this.dc.style.setProperty("--pl", readable(primary, SURFACE.light));
    this.dc.style.setProperty("--pd", readable(primary, SURFACE.dark));
    this.dc.classList.toggle("left", position(theme) === "left");
    this.dc.setAttribute("data-scheme", scheme(theme));
    if (typeof theme.title === "string" && theme.title) this.heading.textContent = theme.title;
    const iconName = launcherIcon(theme, this.config.api);
    this.launcher.replaceChildren(
      iconName === "chat" || iconName === "chart"
        ? icon(ICONS[iconName])
        : h("img", { src: iconName, alt: "", referrerpolicy: "no-referrer" }),
    );
    if (typeof theme.greeting === "string" && theme.greeting) this.greeting = theme.greeting;
    this.suggestions = Array.isArray(session.suggestions) ? session.suggestions : [];
    // Only the greeting so far: show it again with this embed's words and suggestions.
    if (this.log.childElementCount <= 1) this.renderGreeting();
    this.reveal();
  }

  private renderGreeting(): void {
    this.log.replaceChildren(
      h("div", { class: "msg a" }, h("div", { class: "txt" }, this.greeting), chips(this.suggestions, this.context())),
    );
  }

  clear(): void {
    this.log.replaceChildren();
    this.renderGreeting();
  }

  message(message: Message, restored: boolean): void {
    if (message.role === "user") {
      this.question = message.content;
      this.log.appendChild(h("div", { class: "msg u" }, h("span", { class: "sr" }, this.t.you + ": "), message.content));
      this.log.scrollTop = this.log.scrollHeight;
      return;
    }
    const el = assistant(message, this.context());
    this.log.appendChild(el);
    // Show the start of a new answer (it may be taller than the panel); after a restore, the end. Measured
    // in the next frame, so the layout happens once in the browser's rendering step, not forced here.
    requestAnimationFrame(() => {
      this.log.scrollTop = restored ? this.log.scrollHeight : el.offsetTop - this.log.offsetTop - 8;
    });
  }

  progress(progress: Progress | null): void {
    const label = progress ? (typeof progress.label === "string" && progress.label) || STEP_LABELS[progress.step] : "";
    this.status.textContent = label || "";
  }

  busy(busy: boolean): void {
    this.sendButton.disabled = busy;
    this.newButton.disabled = busy;
    this.log.setAttribute("aria-busy", String(busy));
    this.status.textContent = busy ? this.t.thinking : "";
  }

  error(error: ApiError | null, retry?: () => void): void {
    clearInterval(this.timer);
    if (this.onlineRetry) window.removeEventListener("online", this.onlineRetry);
    this.onlineRetry = null;
    // Asking cannot work with an unknown key or on a refused site: say so, and don't invite typing.
    const hadFocus = this.root.activeElement === this.input;
    this.input.disabled = !!error && (error.status === 401 || error.status === 403);
    if (!error) {
      this.alert.hidden = true;
      this.alert.replaceChildren();
      return;
    }
    const t = this.t;
    const text =
      error.status === 401 ? (/^identity_/.test(error.code) ? t.identity : t.e401)
      : error.status === 403 ? t.e403
      : error.status === 429 ? t.e429
      // A failed fetch is either no network or a call the browser blocked (CORS: an origin that no embed
      // allows is refused at the preflight, so the 403 explaining it cannot be read).
      : error.status === 0 ? (navigator.onLine === false ? t.offline : t.unreachable)
      : error.message || t.failed;
    const children: Node[] = [h("span", null, text)];
    if (retry) {
      const button = h("button", { type: "button", onclick: () => retry() }, t.retry);
      let wait = error.status === 429 ? error.retryAfter || 0 : 0;
      const tick = () => {
        button.disabled = wait > 0;
        button.textContent = wait > 0 ? fill(t.retryIn, wait) : t.retry;
        if (wait-- <= 0) clearInterval(this.timer);
      };
      tick();
      if (wait >= 0) this.timer = window.setInterval(tick, 1000);
      if (error.status === 0) {
        this.onlineRetry = () => retry();
        window.addEventListener("online", this.onlineRetry, { once: true });
      }
      children.push(button);
    }
    this.alert.replaceChildren(...children);
    this.alert.hidden = false;
    // Keep keyboard focus inside the dialog when the input it was on just got disabled.
    if (hadFocus && this.input.disabled && children[1]) (children[1] as HTMLElement).focus({ preventScroll: true });
  }

  /** Stop timers and window listeners (the host element left the page). */
  unmount(): void {
    this.error(null);
    watch(FULL_SCREEN, this.fullScreen, false);
    this.setModal(false);
  }

  // --- helpers ----------------------------------------------------------------------------------------

  private dark(): boolean {
    const s = this.dc.getAttribute("data-scheme");
    if (s !== "auto") return s === "dark";
    try {
      return window.matchMedia("(prefers-color-scheme: dark)").matches;
    } catch {
      return false;
    }
  }

  private context(): Context {
    return {
      t: this.t,
      lang: this.config.lang,
      question: this.question,
      ask: (text) => this.ask(text),
      chart: (el, spec, description) => {
        this.loadChart()
          .then((render) => render(el, spec, { dark: this.dark(), description, label: this.t.chart }))
          .catch((error) => {
            console.warn("Datachat: chart failed:", error);
            el.textContent = this.t.chartFailed;
          });
      },
      copy: (text) => this.copy(text),
      download: (name, text) => {
        const url = URL.createObjectURL(new Blob(["\ufeff" + text], { type: "text/csv;charset=utf-8" }));
        const link = h("a", { href: url, download: name, hidden: true });
        this.root.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
      },
    };
  }

  private async copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // No async clipboard (insecure context, permissions): the legacy way, inside our own root.
      const area = h("textarea", { class: "sr", "aria-hidden": "true", tabindex: -1 });
      area.value = text;
      this.root.appendChild(area);
      area.select();
      let ok = false;
      try {
        ok = document.execCommand("copy");
      } catch {
        ok = false;
      }
      area.remove();
      this.input.focus({ preventScroll: true });
      return ok;
    }
  }
}

function matches(query: string): boolean {
  try {
    return window.matchMedia(query).matches;
  } catch {
    return false;
  }
}

function watch(query: string, listener: () => void, on: boolean): void {
  try {
    const list = window.matchMedia(query);
    if (on) list.addEventListener("change", listener);
    else list.removeEventListener("change", listener);
  } catch {
    // no matchMedia: the panel just never turns modal
  }
}
