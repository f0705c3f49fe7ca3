// Runs once per server process before it handles requests.
export async function register(): Promise<void> {
  // The environment is validated first, so a bad one stops the process with the variables
  // named instead of leaving a server that is up but answers 500 (Next.js only logs a failing
  // register()). `next build` skips the production-only rules (lib/env-production.ts).
  if (process.env.NEXT_RUNTIME === "nodejs") await import("@/lib/env").catch(refuseToStart);
  // Node's http server only: the edge runtime has no sockets.
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("@/lib/socket-peer")).appendSocketPeers();
}

function refuseToStart(error: unknown): never {
  console.error(`Refusing to start. ${(error as Error).message}`);
  process.exit(1);
}
