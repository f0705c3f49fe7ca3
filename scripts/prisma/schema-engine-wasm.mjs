#!/usr/bin/env node
// Drop-in replacement for Prisma's native `schema-engine` binary, for offline use.
// The Prisma CLI spawns it as:  schema-engine [--datamodels <file>]... [--datasource '{"url":..,"shadowDatabaseUrl":..}'] [cli <cmd>]
// and talks line-delimited JSON-RPC over stdin/stdout. We forward each call to the
// WebAssembly schema engine (@prisma/schema-engine-wasm), which runs SQL through @prisma/adapter-pg.
// prisma.config.ts points the CLI at it (PRISMA_SCHEMA_ENGINE_BINARY).
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils'
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg'

// ---- args ---------------------------------------------------------------
const argv = process.argv.slice(2)
const datamodelPaths = []
let datasource = {}
let cliCommand = null
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--datamodels') datamodelPaths.push(argv[++i])
  else if (argv[i] === '--datasource') datasource = JSON.parse(argv[++i])
  else if (argv[i] === '--enabled-preview-features' || argv[i] === '--extension-types') i++
  else if (argv[i] === 'cli') cliCommand = argv[++i]
  else if (argv[i] === '--version' || argv[i] === '-V') { console.log('schema-engine-wasm-shim 1.0.0'); process.exit(0) }
}
const url = datasource.url ?? process.env.DATABASE_URL

// The engine's catalog queries return Postgres-internal "name" (oid 19) columns, which
// @prisma/adapter-pg 7.x rejects; report them as text. "char" (oid 18) columns are rejected too,
// but the engine reads some of them as a Rust char (pg_constraint.contype, which appears as soon
// as a table has a CHECK constraint), so patchAdapter() reports those as ColumnType Character.
const CHAR_OID = 18
const NAME_OID = 19
const TEXT_OID = 25
const addFields = pg.Result.prototype.addFields
pg.Result.prototype.addFields = function (fields) {
  for (const f of fields) if (f.dataTypeID === NAME_OID) f.dataTypeID = TEXT_OID
  return addFields.call(this, fields)
}
const log = (msg, level = 'INFO', extra = {}) =>
  process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level, target: 'schema_engine::logger', fields: { message: msg, ...extra } }) + '\n')

// Discrete pg fields (not connectionString): a connectionString would override `database`.
function pgConfig(u, database) {
  const x = new URL(u)
  return {
    host: x.hostname, port: Number(x.port || 5432),
    user: decodeURIComponent(x.username), password: x.password ? decodeURIComponent(x.password) : undefined,
    database: database ?? decodeURIComponent(x.pathname.slice(1)),
    ...(x.searchParams.get('sslmode') && x.searchParams.get('sslmode') !== 'disable' ? { ssl: { rejectUnauthorized: false } } : {}),
  }
}
const dbName = (u) => decodeURIComponent(new URL(u).pathname.slice(1))
async function adminQuery(sql) {
  const c = new pg.Client(pgConfig(url, 'postgres'))
  await c.connect()
  try { return await c.query(sql) } finally { await c.end() }
}

// ---- one-shot `cli <command>` mode ----------------------------------------
if (cliCommand) {
  log(`schema-engine-wasm shim: cli ${cliCommand}`) // the CLI ignores the first stderr line
  try {
    if (cliCommand === 'can-connect-to-database') {
      const c = new pg.Client(pgConfig(url)); await c.connect(); await c.end()
    } else if (cliCommand === 'create-database') {
      await adminQuery(`CREATE DATABASE "${dbName(url).replace(/"/g, '""')}"`)
    } else if (cliCommand === 'drop-database') {
      await adminQuery(`DROP DATABASE IF EXISTS "${dbName(url).replace(/"/g, '""')}"`)
    } else throw new Error(`unsupported cli command ${cliCommand}`)
    process.exit(0)
  } catch (e) {
    const code = e.code === '3D000' ? 'P1003' : e.code === 'ECONNREFUSED' ? 'P1001' : e.code === '42P04' ? 'P1009' : undefined
    log(e.message, 'ERROR', code ? { error_code: code } : {})
    process.exit(1)
  }
}

// Two fixes on each connection the engine gets:
// - @prisma/adapter-pg's executeScript splits a migration on every ";", which breaks any
//   dollar-quoted function body. Send the script whole instead, as the native engine does:
//   PostgreSQL's simple query protocol runs it as one implicit transaction.
// - "char" columns (see CHAR_OID above) are typed as Character instead of failing.
function patchAdapter(adapter) {
  adapter.executeScript = async function (script) {
    try { await this.client.query(script) } catch (error) { this.onError(error) }
  }
  const queryRaw = adapter.queryRaw
  adapter.queryRaw = async function (query) {
    let isChar = []
    const performIO = this.performIO
    const self = Object.create(this, {
      performIO: {
        value: async (q) => {
          const result = await performIO.call(this, q)
          isChar = result.fields.map((f) => f.dataTypeID === CHAR_OID)
          for (const f of result.fields) if (f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID
          return result
        },
      },
    })
    const result = await queryRaw.call(self, query)
    result.columnTypes = result.columnTypes.map((t, i) => (isChar[i] ? ColumnTypeEnum.Character : t))
    return result
  }
  return adapter
}

// ---- adapter factory with a correct shadow database -------------------------
class Factory extends PrismaPg {
  async connect() {
    return patchAdapter(await super.connect())
  }
  async connectToShadowDb() {
    if (datasource.shadowDatabaseUrl) {
      return patchAdapter(await new PrismaPg(pgConfig(datasource.shadowDatabaseUrl)).connect())
    }
    const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`
    await adminQuery(`CREATE DATABASE "${name}"`)
    const pool = new pg.Pool(pgConfig(url, name))
    const adapter = patchAdapter(await new PrismaPg(pool).connect())
    const dispose = adapter.dispose.bind(adapter)
    adapter.dispose = async () => {
      await dispose(); await pool.end().catch(() => {})
      await adminQuery(`DROP DATABASE IF EXISTS "${name}"`)
    }
    return adapter
  }
}
const factory = bindMigrationAwareSqlAdapterFactory(new Factory(pgConfig(url)))

// ---- load the wasm engine ---------------------------------------------------
// The wasm build reports Rust panics through this registry; without it a panic surfaces as
// "Cannot read properties of undefined (reading 'set_message')".
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => log(`schema engine panic: ${m}`, 'ERROR') }
const pkgDir = path.dirname(fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg')))
const wasmModule = new WebAssembly.Module(fs.readFileSync(path.join(pkgDir, 'schema_engine_bg.wasm')))
const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': bg })
bg.__wbg_set_wasm(instance.exports)
instance.exports.__wbindgen_start?.()

const datamodels = datamodelPaths.map((p) => [p, fs.readFileSync(p, 'utf8')])
const engine = await bg.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, (m) => process.stderr.write(m + '\n'), factory)

// ---- JSON-RPC loop -------------------------------------------------------------
const send = (obj) => process.stdout.write(JSON.stringify(obj) + '\n')
let printId = 1_000_000
const methodMap = { getDatabaseVersion: 'version' }
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
let queue = Promise.resolve()
rl.on('line', (line) => {
  if (!line.trim()) return
  const req = JSON.parse(line)
  if (!req.method) return // response to our own `print` request
  queue = queue.then(async () => {
    const method = methodMap[req.method] ?? req.method
    try {
      if (method === 'createDatabase') {
        await adminQuery(`CREATE DATABASE "${dbName(url).replace(/"/g, '""')}"`)
        return send({ jsonrpc: '2.0', id: req.id, result: { databaseName: dbName(url) } })
      }
      if (typeof engine[method] !== 'function') throw Object.assign(new Error(`Method ${req.method} not supported by schema-engine-wasm shim`), { code: undefined })
      let result
      try {
        result = await engine[method](req.params ?? {})
      } catch (e) {
        // The wasm engine only reaches the shadow DB factory via devDiagnostic (which caches the
        // migrations-history schema). On a freshly created DB `migrate dev` calls evaluateDataLoss
        // without that cache; warm it and retry once.
        if (!/shadow DB must be provided through an external factory/.test(e?.message ?? '') || !req.params?.migrationsList) throw e
        await engine.devDiagnostic({ migrationsList: req.params.migrationsList, filters: req.params.filters })
        result = await engine[method](req.params)
      }
      if (method === 'diff' && result && typeof result.stdout === 'string') {
        if (result.stdout) send({ jsonrpc: '2.0', id: printId++, method: 'print', params: { content: result.stdout.replace(/\n$/, '') } })
        const { stdout: _printed, ...rest } = result
        result = rest
      }
      send({ jsonrpc: '2.0', id: req.id, result: result ?? null })
    } catch (e) {
      const isPanic = e instanceof WebAssembly.RuntimeError
      send({ jsonrpc: '2.0', id: req.id, error: { code: 4466, message: 'An error happened. Check the data field for details.',
        data: { is_panic: isPanic, message: e.message ?? String(e), error_code: e.code, meta: e.meta ?? null } } })
    }
  })
})
rl.on('close', async () => { await queue; try { engine.free() } catch {} process.exit(0) })
