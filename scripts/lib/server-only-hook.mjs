// `node --import` this before running lib/ code outside Next.js in a script that renders React
// (the job worker renders mail): lib/ modules `import "server-only"`, whose default entry throws
// so that client bundles fail. `--conditions=react-server` (what other scripts use) would empty
// it too, but also swaps React for its server-components build, in which react-dom/server throws.
// So this resolves only `server-only` to an empty module and leaves React as it is.
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
