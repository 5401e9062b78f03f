// Runs every shell example of README.md and docs/api.md, as written, against a running demo
// (bin/orgkit-dev) and checks the answer the document shows after it.
//
//   node docs-examples.mjs <baseUrl> <repoDir>
//
// A document's `sh` blocks run in order in one bash, as a person pastes them into one terminal (a
// variable set by one block is there for the next). `http://localhost:8080` becomes <baseUrl> when
// the demo runs on another port. The `json` block right after an `sh` block is its documented
// answer: every field shown must be in the real answer with the same value (a UUID stands for any
// id, since ids differ per install); an answer with an `access_token` is compared through the
// claims of that token. The status is 2xx unless the paragraph just before the `sh` block (or between
// it and its answer) says "answers NNN". Blocks that start the server or the build are run by other steps of .ci/run (see
// RUN_ELSEWHERE); any other block, including one added later, is run here.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DOCS = ["README.md", "docs/api.md"];

/** Blocks that are no request to the demo, and the step of .ci/run that runs each as written. */
export const RUN_ELSEWHERE = new Map([
  ["bin/orgkit-dev", ".ci/newcomer runs it and signs in to the demo it starts"],
  ["./mvnw verify", ".ci/run runs it as the README's test command"],
  ["examples/multitenant-app/run", "MultitenantAppBrowserIT starts the example app with it"],
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The fenced blocks of a Markdown text, each with the prose between it and the block before. */
export function fencedBlocks(markdown) {
  const blocks = [];
  let current = null;
  let prose = [];
  for (const line of markdown.split("\n")) {
    const fence = /^```(\w*)\s*$/.exec(line);
    if (current) {
      if (fence && fence[1] === "") {
        blocks.push(current);
        current = null;
        prose = [];
      } else {
        current.code.push(line);
      }
    } else if (fence) {
      current = { lang: fence[1], code: [], before: prose.join("\n") };
    } else {
      prose.push(line);
    }
  }
  return blocks.map((b) => ({ ...b, code: b.code.join("\n") }));
}

/** The examples of a document: each `sh` block with its documented answer and status, if any. */
export function examples(markdown) {
  const blocks = fencedBlocks(markdown);
  const found = [];
  blocks.forEach((block, i) => {
    if (block.lang !== "sh") return;
    const next = blocks[i + 1];
    const answer = next && next.lang === "json" ? next : null;
    const lastParagraph = block.before.trim().split(/\n\s*\n/).at(-1) ?? "";
    const said = /answers (\d{3})/.exec(`${lastParagraph}\n${answer?.before ?? ""}`);
    const status = said ? Number(said[1]) : null;
    found.push({ code: block.code, answer: answer ? JSON.parse(answer.code) : undefined, status });
  });
  return found;
}

/** Differences between a documented value and the real one ([] when the real one matches). */
export function differences(expected, actual, path = "$") {
  if (expected === null || typeof expected !== "object") {
    if (typeof expected === "string" && UUID.test(expected)) {
      return typeof actual === "string" && UUID.test(actual) ? [] : [`${path}: expected an id, got ${JSON.stringify(actual)}`];
    }
    return expected === actual ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((value, i) => differences(value, actual[i], `${path}[${i}]`));
  }
  if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
    return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
  }
  return Object.entries(expected).flatMap(([key, value]) =>
    key in actual ? differences(value, actual[key], `${path}.${key}`) : [`${path}.${key}: missing`],
  );
}

/** The last JSON value a command printed; a token answer stands for its access token's claims. */
export function answerOf(stdout) {
  const text = stdout.trim();
  if (!text) return undefined;
  const value = JSON.parse(text.slice(Math.max(text.lastIndexOf("\n{"), 0)).trim());
  if (value && typeof value.access_token === "string") {
    return JSON.parse(Buffer.from(value.access_token.split(".")[1], "base64url").toString("utf8"));
  }
  return value;
}

function runDocument(file, baseUrl, repoDir) {
  const all = examples(readFileSync(join(repoDir, file), "utf8"));
  const runnable = all.filter((e) => !RUN_ELSEWHERE.has(e.code.trim()));
  all.filter((e) => RUN_ELSEWHERE.has(e.code.trim())).forEach((e) => console.log(`  - ${file}: \`${e.code.trim()}\`: ${RUN_ELSEWHERE.get(e.code.trim())}`));
  // curl reports each status on stderr (where a `$(...)` does not catch it); the commands are as written.
  const script = [
    "set -euo pipefail",
    "curl() { command curl -w '%{stderr}@@STATUS %{http_code}\\n' \"$@\"; }",
    ...runnable.flatMap((e, i) => [
      `echo "@@BLOCK ${i}"; echo "@@BLOCK ${i}" >&2`,
      e.code.replaceAll("http://localhost:8080", baseUrl.replace(/\/+$/, "")),
      "echo",
    ]),
    `echo "@@BLOCK end"; echo "@@BLOCK end" >&2`,
  ].join("\n");
  const run = spawnSync("bash", ["-c", script], { cwd: repoDir, encoding: "utf8", timeout: 120000 });
  const split = (text) => text.split(/^@@BLOCK \S+\n/m).slice(1);
  const outs = split(run.stdout ?? "");
  const errs = split(run.stderr ?? "");
  let passed = 0;
  let failed = 0;
  runnable.forEach((example, i) => {
    const title = `${file}: ${example.code.trim().split("\n")[0]}`;
    const problems = [];
    if (i >= outs.length - 1) {
      problems.push(`the shell stopped before this block (exit ${run.status}): ${(run.stderr ?? "").slice(-400)}`);
    } else {
      const statuses = [...errs[i].matchAll(/^@@STATUS (\d{3})$/gm)].map((m) => Number(m[1]));
      const last = statuses.at(-1);
      if (statuses.length === 0) problems.push("it made no request");
      statuses.slice(0, -1).forEach((s) => s >= 300 && problems.push(`an intermediate request answered ${s}`));
      if (example.status ? last !== example.status : !(last >= 200 && last < 300)) {
        problems.push(`status ${last}, documented ${example.status ?? "2xx"}`);
      }
      if (example.answer !== undefined) {
        try {
          problems.push(...differences(example.answer, answerOf(outs[i])));
        } catch (error) {
          problems.push(`the answer is not JSON: ${outs[i].slice(0, 300)} (${error.message})`);
        }
      }
    }
    if (problems.length) {
      failed++;
      console.log(`  FAIL ${title}\n       ${problems.join("\n       ")}`);
    } else {
      passed++;
      console.log(`  ok   ${title}${example.answer !== undefined ? " (answer checked)" : ""}`);
    }
  });
  return { passed, failed };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const [baseUrl, repoDir] = process.argv.slice(2);
  if (!baseUrl || !repoDir) {
    console.error("usage: node docs-examples.mjs <baseUrl> <repoDir>");
    process.exit(2);
  }
  let passed = 0;
  let failed = 0;
  for (const file of DOCS) {
    console.log(`${file}:`);
    const result = runDocument(file, baseUrl, repoDir);
    passed += result.passed;
    failed += result.failed;
  }
  console.log(`docs examples: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}
