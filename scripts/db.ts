// npm run db:migrate | db:reset | db:seed — the database commands a newcomer needs.
// Prisma's CLI runs offline through scripts/prisma/schema-engine-wasm.mjs (prisma.config.ts).
import { dropDatabase, migrate, seed } from "./lib/database.ts";
import { DEV_PORTS, loadProjectEnv, localDefaults, withDefaults } from "./lib/local-env.ts";

loadProjectEnv();
const env = withDefaults(localDefaults({ ports: DEV_PORTS, database: "gongbang" }));
const command = process.argv[2];

const commands: Record<string, () => Promise<void>> = {
  migrate: () => migrate(env),
  seed: () => seed(env),
  reset: async () => {
    await dropDatabase(env.DATABASE_URL!);
    await migrate(env);
    await seed(env);
  },
};

const action = command ? commands[command] : undefined;
if (!action) {
  console.error(`usage: tsx scripts/db.ts ${Object.keys(commands).join("|")}`);
  process.exit(2);
}
await action();
console.log(`db:${command} done (${new URL(env.DATABASE_URL!).pathname.slice(1)})`);
