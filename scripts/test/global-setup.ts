// Filled in by the test stack (scripts/test/stack.ts).
export default async function setup(): Promise<void> {}
