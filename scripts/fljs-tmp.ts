import { readFile } from "node:fs/promises";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import path from "node:path";
const dist = ".next-test-5";
const bm = JSON.parse(await readFile(path.join(dist, "build-manifest.json"), "utf8"));
for (const route of process.argv.slice(2)) {
  const file = path.join(dist, "server/app", route, "page_client-reference-manifest.js");
  const sb: any = {};
  runInNewContext(await readFile(file, "utf8"), sb);
  const m: any = Object.values(sb.__RSC_MANIFEST)[0];
  console.log("==", route);
  const seen = new Set<string>();
  for (const [seg, chunks] of Object.entries(m.entryJSFiles ?? {})) for (const c of chunks as string[]) if (!seen.has(c)) { seen.add(c); const buf = await readFile(path.join(dist, c)); const s = buf.toString(); const hints = ["api/me/viewer","Toaster","aria-live","logout","callApi","waitingRoom","대기","progressbar","countdown","rules","할인","zod"].filter((h) => s.includes(h)); console.log((gzipSync(buf,{level:9}).length/1000).toFixed(1).padStart(6), c, seg.replace(/.*\/app/, ""), hints.join(",")); }
  console.log("root", bm.rootMainFiles.length);
}
