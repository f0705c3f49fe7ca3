import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const browserBound = [
  { name: "zod", message: "Use zod/mini: the same rules, a third lighter in the browser.", allowTypeImports: true },
  { name: "@/lib/errors", message: "Client code reads lib/client-failures.ts, not the whole catalogue.", allowTypeImports: true },
];
// In-app links are plain <a>: components/link-navigation.tsx moves between pages client-side and
// prefetches on intent, never on sight, without a client component per link.
const nextLink = { name: "next/link", message: "Write a plain <a href>: components/link-navigation.tsx navigates client-side and prefetches when a visitor reaches for the link." };
const schemaModules = ["@/lib/validation/auth", "@/lib/validation/coupon-event"].map((name) => ({
  name,
  message: "A form loads its schemas when needed (components/forms/rules.ts); what it shows is in auth-constants.ts / coupon-event-limits.ts.",
  allowTypeImports: true,
}));

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
  {
    files: ["app/**", "components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { paths: [nextLink] }],
      // Its advice (next/link) is what the plain <a> replaces; the layout's listener keeps navigation client-side.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  // Code that reaches the browser, within First Load JS ≤ 145 kB (issue #14): zod stays out of
  // it until a form needs it (components/forms/rules.ts loads the schemas), and the failure
  // catalogue's client rows stand in for the whole catalogue.
  {
    files: ["lib/validation/**", "lib/form-errors.ts", "lib/api-client.ts", "lib/client-failures.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths: browserBound }] },
  },
  {
    files: ["components/**", "app/**/*-form.tsx", "app/**/forms.tsx", "app/**/connect-kakao.tsx"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths: [...browserBound, ...schemaModules, nextLink] }] },
  },
]);
