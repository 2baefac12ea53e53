import { describe, expect, it } from "vitest";
import { createSSEParser } from "../../../embed_widget/src/sse";

function parse(chunks: string[]) {
  const events: [string, string][] = [];
  const parser = createSSEParser((event, data) => events.push([event, data]));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return events;
}

describe("createSSEParser", () => {
  it.each([
    ["one event", ['event: progress\ndata: {"step":"querying"}\n\n'], [["progress", '{"step":"querying"}']]],
    ["default event name", ["data: x\n\n"], [["message", "x"]]],
    ["multi-line data joins with LF", ["data: a\ndata: b\n\n"], [["message", "a\nb"]]],
    ["CRLF line ends", ["event: e\r\ndata: 1\r\n\r\n"], [["e", "1"]]],
    ["CR line ends", ["event: e\rdata: 1\r\r"], [["e", "1"]]],
    ["comments and unknown fields ignored", [": ping\nid: 3\nretry: 10\ndata: z\n\n"], [["message", "z"]]],
    ["no space after colon", ["event:e\ndata:v\n\n"], [["e", "v"]]],
    ["only the first space is stripped", ["data:  two\n\n"], [["message", " two"]]],
    ["event without data is dropped", ["event: lonely\n\ndata: y\n\n"], [["message", "y"]]],
    ["final event without blank line is flushed by end()", ["event: message\ndata: last"], [["message", "last"]]],
  ])("%s", (_title, chunks, expected) => {
    expect(parse(chunks)).toEqual(expected);
  });

  it("handles every possible split of a stream into two chunks", () => {
    const stream = 'event: progress\r\ndata: {"label":"Running query…"}\r\n\r\nevent: message\ndata: {"id":"1"}\n\n';
    const whole = parse([stream]);
    expect(whole).toEqual([
      ["progress", '{"label":"Running query…"}'],
      ["message", '{"id":"1"}'],
    ]);
    for (let i = 1; i < stream.length; i++) {
      expect(parse([stream.slice(0, i), stream.slice(i)])).toEqual(whole);
    }
  });

  it("handles one character at a time", () => {
    const stream = "event: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\rdata: 3\n\n";
    expect(parse([...stream])).toEqual([
      ["a", "1"],
      ["b", "2"],
      ["message", "3"],
    ]);
  });
});
