// POSTs for the load scripts, over kept-alive connections with node:http. Not fetch: undici's fetch cost the sender
// about twice the CPU per request (1.25–1.45 ms against 0.63–0.72 ms, see docs/benchmark.md), and on this 2-core
// machine the sender's CPU is taken from the server being measured.
// poster(url, headers, { sockets, timeoutMs }) → { post(body) → Promise<{ status, text }>, close() }; a timeout
// rejects with Error("timeout"), a network failure with the socket's error (its .code).
import http from "node:http";

export function poster(url, headers, { sockets = 64, timeoutMs = 30_000 } = {}) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const post = (body) => new Promise((resolve, reject) => {
    const data = typeof body === "string" ? Buffer.from(body) : body;
    const req = http.request(target, { method: "POST", agent, timeout: timeoutMs,
      headers: { ...headers, "Content-Length": data.length } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(data);
  });
  return { post, close: () => agent.destroy() };
}
