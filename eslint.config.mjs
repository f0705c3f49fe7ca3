import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-bench/**", ".next-test-*/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/.runs/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "smart"],
      // Imports point one way: app/ → components/ → lib/; scripts/ and e2e/ use lib/, not each
      // other (docs/architecture.md). e2e/ may start servers with the test harness that runs it.
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: ["./components", "./app"], message: "lib/ is below components/ and app/." },
            { target: "./components", from: "./app", message: "components/ is below app/: pass what it needs from the page." },
            { target: "./scripts", from: "./e2e", message: "scripts/ and e2e/ share only lib/." },
            { target: "./e2e", from: "./scripts", except: ["./lib", "./stand-ins", "./test"], message: "scripts/ and e2e/ share only lib/ (and the test harness)." },
          ],
        },
      ],
    },
  },
]);
