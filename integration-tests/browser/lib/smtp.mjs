// A minimal SMTP server that keeps every message it receives: the realm under test sends its
// invitation emails here (plain SMTP on 127.0.0.1, no TLS, no authentication).
import { createServer } from "node:net";

import { eventually } from "./harness.mjs";

export async function startSmtpSink(port) {
  const messages = [];
  const server = createServer((socket) => {
    socket.setEncoding("utf8");
    let buffer = "";
    let data = null;
    let envelope = { from: "", to: [] };
    const reply = (line) => socket.write(`${line}\r\n`);
    reply("220 orgkit-test-smtp ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data !== null) {
          if (line === ".") {
            messages.push({ ...envelope, raw: data.join("\r\n") });
            envelope = { from: "", to: [] };
            data = null;
            reply("250 2.0.0 queued");
          } else {
            data.push(line.startsWith("..") ? line.slice(1) : line);
          }
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === "EHLO") {
          reply("250-orgkit-test-smtp");
          reply("250 8BITMIME");
        } else if (command === "HELO") {
          reply("250 orgkit-test-smtp");
        } else if (command === "MAIL") {
          envelope.from = line.slice(10).trim();
          reply("250 2.1.0 ok");
        } else if (command === "RCPT") {
          envelope.to.push(line.slice(8).trim().replace(/^<|>$/g, "").toLowerCase());
          reply("250 2.1.5 ok");
        } else if (command === "DATA") {
          data = [];
          reply("354 end with <CRLF>.<CRLF>");
        } else if (command === "QUIT") {
          reply("221 2.0.0 bye");
          socket.end();
        } else {
          reply("250 ok");
        }
      }
    });
    socket.on("error", () => undefined);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });

  return {
    messages,
    /** The messages to `address`, oldest first. */
    to(address) {
      return messages.filter((m) => m.to.includes(address.toLowerCase()));
    },
    /** Waits for the `n`-th message to `address` and answers the invitation link in it. */
    async invitationLink(address, n = 1) {
      const message = await eventually(() => this.to(address)[n - 1], `email number ${n} to ${address} arrived`, 30000);
      const link = invitationLinkIn(message.raw);
      if (!link) throw new Error(`no invitation link in the email to ${address}:\n${message.raw}`);
      return link;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const LINK = /https?:\/\/[^\s"<>]+\/orgkit\/invitations\/accept\?token=[A-Za-z0-9_-]+/;

/** The invitation link in a raw message, whatever transfer encoding its parts use. */
export function invitationLinkIn(raw) {
  const quotedPrintable = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  const base64Parts = [...raw.matchAll(/Content-Transfer-Encoding:\s*base64\s*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)].map((m) =>
    Buffer.from(m[1].replace(/\s+/g, ""), "base64").toString("utf8"),
  );
  for (const text of [raw, quotedPrintable, ...base64Parts]) {
    const match = text.match(LINK);
    if (match) return match[0].replace(/&amp;/g, "&");
  }
  return undefined;
}
