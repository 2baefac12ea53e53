/**
 * A small parser for `text/event-stream` bodies.
 *
 * EventSource cannot POST or send headers, so the widget reads the stream with fetch and feeds the decoded
 * text here chunk by chunk. Follows the WHATWG rules the API needs: `event:` and `data:` fields (several
 * `data:` lines join with "\n"), comments starting with ":", CR, LF or CRLF line ends, one optional space
 * after the colon, and an event is dispatched on a blank line.
 */
export type SSEHandler = (event: string, data: string) => void;

export interface SSEParser {
  push(chunk: string): void;
  /** Flush a final event that was not followed by a blank line. */
  end(): void;
}

export function createSSEParser(onEvent: SSEHandler): SSEParser {
  let buffer = "";
  let event = "";
  let data: string[] = [];

  const dispatch = () => {
    if (data.length) onEvent(event || "message", data.join("\n"));
    event = "";
    data = [];
  };

  const line = (text: string) => {
    if (text === "") return dispatch();
    if (text[0] === ":") return;
    const colon = text.indexOf(":");
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? "" : text.slice(colon + 1);
    if (value[0] === " ") value = value.slice(1);
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  };

  return {
    push(chunk) {
      buffer += chunk;
      let match: RegExpExecArray | null;
      const re = /\r\n|\r|\n/g;
      let start = 0;
      while ((match = re.exec(buffer))) {
        // A lone CR at the very end may be the first half of a CRLF split across chunks.
        if (match[0] === "\r" && match.index === buffer.length - 1) break;
        line(buffer.slice(start, match.index));
        start = match.index + match[0].length;
      }
      buffer = buffer.slice(start);
    },
    end() {
      if (buffer) line(buffer.replace(/\r$/, ""));
      buffer = "";
      dispatch();
    },
  };
}
