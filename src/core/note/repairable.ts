import type { ProblemCode } from "./Problem";

/** The problems `planRepair` may know a repair for: a note with one of them is worth planning. */
export const REPAIRABLE_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>(["fence-backslash", "fence-glued", "yaml-invalid", "second-block"]);
