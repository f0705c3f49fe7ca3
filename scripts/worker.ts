// npm run worker — one job worker (lib/jobs): 오픈 알림 fan-outs, queued mail and the minutely settling of lapsed orders, with retries
// and the dead-letter queue. Run as many as you like, anywhere that reaches the database
// (docs/deploy.md); it reads the app's environment. SIGTERM/SIGINT finish the jobs in hand, then exit.
import { startWorker } from "@/lib/jobs/worker";

const worker = await startWorker();
console.log(`job worker ${process.pid} started`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
