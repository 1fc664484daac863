/** Whether two lists hold the same ids, in any order (lists of ids never repeat one). */
export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** What `from` has that `other` lacks, in `from`'s order. */
export function without(from: readonly string[], other: readonly string[]): string[] {
  return from.filter((id) => !other.includes(id));
}
