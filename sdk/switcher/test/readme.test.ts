// @vitest-environment node
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

/** The lines of `html`'s inline module script (the one without src), without their common indentation. */
function inlineScript(html: string): string {
  const match = /<script type="module">\n([\s\S]*?)\n\s*<\/script>/.exec(html);
  if (!match) throw new Error("no inline module script");
  const lines = match[1].split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join("\n");
}

describe("README", () => {
  it("shows the example page's script as SwitcherBrowserIT runs it", () => {
    const page = inlineScript(read("example/index.html"));
    const readme = inlineScript(read("README.md"));

    expect(readme).toBe(page);
  });

  it("shows the example page's switcher element and script tag", () => {
    const page = read("example/index.html");
    for (const line of [
      '<script type="module" src="/orgkit-switcher.js"></script>',
      '<orgkit-organization-switcher base-url="http://localhost:8080" realm="orgkit-demo"></orgkit-organization-switcher>',
    ]) {
      expect(page).toContain(line);
      expect(read("README.md")).toContain(line);
    }
  });
});
