import "server-only";
import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's minimum: 19 MiB memory, 2 iterations, 1 lane.
 * (Algorithm is a const enum in @node-rs/argon2's types; 2 = Argon2id.)
 */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** False for a wrong password or a malformed hash; never throws. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
