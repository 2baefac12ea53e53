/** Rendering one assistant answer: text, table, chart, SQL disclosure, CSV and copy tools. */
import { csvFilename, toCSV } from "./csv";
import { h } from "./dom";
import { formatCell, isNumericColumn } from "./format";
import { fill, type Strings } from "./i18n";
import type { Message, ResultData } from "./types";

/** Rows shown before "Show all". */
export const PREVIEW_ROWS = 10;

export interface Context {
  t: Strings;
  lang: string;
  /** The question this answers (for the CSV file name). */
  question: string;
  ask(text: string): void;
  chart(el: HTMLElement, spec: Record<string, unknown>, description: string): void;
  copy(text: string): Promise<boolean>;
  download(name: string, text: string): void;
}

export function chips(questions: unknown, ctx: Context): HTMLElement | null {
  const list = Array.isArray(questions) ? questions.filter((q) => typeof q === "string" && q) : [];
  if (!list.length) return null;
  return h(
    "div",
    { class: "chips", role: "group", "aria-label": ctx.t.suggestions },
    list.slice(0, 6).map((q) => h("button", { type: "button", class: "chip", onclick: () => ctx.ask(q) }, q)),
  );
}

/** The options of a clarification as buttons; a click asks the option's full question. */
export function options(clarification: Message["clarification"], ctx: Context): HTMLElement | null {
  const list = clarification && Array.isArray(clarification.options) ? clarification.options : [];
  const valid = list.filter((o) => o && typeof o.question === "string" && o.question);
  if (!valid.length) return null;
  return h(
    "div",
    { class: "chips", role: "group", "aria-label": ctx.t.options },
    valid.slice(0, 4).map((o) =>
      h("button", { type: "button", class: "chip opt", onclick: () => ctx.ask(o.question) }, o.label || o.question),
    ),
  );
}

export function table(data: ResultData, ctx: Context): HTMLElement {
  const { t } = ctx;
  const columns = data.columns || [];
  const rows = Array.isArray(data.rows) ? data.rows : [];
  const numeric = columns.map((c, i) => isNumericColumn(c, rows, i));
  const body = h("tbody");
  let expanded = false;
  const show = () => {
    body.textContent = "";
    for (const row of expanded ? rows : rows.slice(0, PREVIEW_ROWS)) {
      body.appendChild(
        h(
          "tr",
          null,
          columns.map((c, i) =>
            h("td", numeric[i] ? { class: "num" } : null, formatCell(row[i], c, numeric[i], ctx.lang)),
          ),
        ),
      );
    }
  };
  show();
  const caption = h(
    "caption",
    null,
    rows.length ? fill(t.rows, rows.length) : t.noRows,
    data.truncated ? " " + fill(t.truncated, rows.length) : "",
  );
  const wrap = h(
    "div",
    { class: "tw", tabindex: 0, role: "region", "aria-label": caption.textContent || "" },
    h(
      "table",
      null,
      caption,
      h(
        "thead",
        null,
        h(
          "tr",
          null,
          columns.map((c, i) => h("th", { scope: "col", class: numeric[i] ? "num" : null }, c.name)),
        ),
      ),
      body,
    ),
  );
  if (rows.length <= PREVIEW_ROWS) return wrap;
  const toggle = h("button", { type: "button", class: "tool", "aria-expanded": "false" }, fill(t.showAll, rows.length));
  toggle.addEventListener("click", () => {
    expanded = !expanded;
    toggle.textContent = expanded ? t.showFewer : fill(t.showAll, rows.length);
    toggle.setAttribute("aria-expanded", String(expanded));
    show();
  });
  return h("div", { class: "tb" }, wrap, h("div", { class: "tools" }, toggle));
}

function copyButton(label: string, text: string, ctx: Context): HTMLButtonElement {
  const button = h("button", { type: "button", class: "tool" }, label);
  button.addEventListener("click", async () => {
    if (await ctx.copy(text)) {
      button.textContent = ctx.t.copied;
      setTimeout(() => (button.textContent = label), 1500);
    }
  });
  return button;
}

export function assistant(message: Message, ctx: Context): HTMLElement {
  const { t } = ctx;
  const data = message.data && Array.isArray(message.data.columns) && message.data.columns.length ? message.data : null;
  const el = h(
    "div",
    { class: "msg a" + (message.error ? " err" : "") },
    h("span", { class: "sr" }, t.assistant + ": "),
    h("div", { class: "txt" }, message.content || (message.error && message.error.message) || ""),
  );
  const asked = options(message.clarification, ctx);
  if (asked) el.appendChild(asked);
  if (message.interpretation && message.interpretation !== message.content) {
    el.appendChild(h("p", { class: "interp" }, ctx.t.computed + ": " + message.interpretation));
  }
  if (data) el.appendChild(table(data, ctx));
  if (message.chart && typeof message.chart === "object") {
    const box = h("div", { class: "chart" });
    el.appendChild(box);
    ctx.chart(box, message.chart, message.content || "");
  }
  const tools = h("div", { class: "tools" });
  if (data) {
    tools.appendChild(
      h(
        "button",
        {
          type: "button",
          class: "tool",
          onclick: () => ctx.download(csvFilename(ctx.question), toCSV(data.columns, data.rows || [])),
        },
        t.csv,
      ),
    );
  }
  if (message.content) tools.appendChild(copyButton(t.copy, message.content, ctx));
  if (tools.firstChild) el.appendChild(tools);
  if (message.sql) {
    el.appendChild(
      h(
        "details",
        null,
        h("summary", null, t.showSql),
        h("pre", null, h("code", null, message.sql)),
        h("div", { class: "tools" }, copyButton(t.copySql, message.sql, ctx)),
      ),
    );
  }
  const more = asked ? null : chips(message.suggestions, ctx);
  if (more) el.appendChild(more);
  return el;
}
