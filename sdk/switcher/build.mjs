// The self-contained browser build: dist/orgkit-switcher.js, one ES module with no imports, that
// an app serves as a static file (<script type="module" src="/orgkit-switcher.js">). The ES modules
// for bundlers (dist/index.js, dist/react.js and their .d.ts) come from tsc (tsconfig.build.json).
import { build } from "esbuild";
import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

await build({
  entryPoints: ["src/index.ts"],
  outfile: "dist/orgkit-switcher.js",
  bundle: true,
  format: "esm",
  target: "es2020",
  platform: "browser",
  minify: true,
  sourcemap: true,
  legalComments: "none",
  banner: { js: `/* @orgkit/switcher ${version} | Apache-2.0 */` },
  logLevel: "warning",
});
