// A public read rule holds the instant it was built for ("not past its re-review date at now").
// Each rule object is remembered with that instant, so a count of public rows can be keyed by the
// rule's shape rather than its millisecond (src/public/rules/countKey.ts): the instant is known to
// be ours, never a value a client sent.
const instants = new WeakMap<object, string>()

/** Remembers `rule` as built for `now`; returns it. */
export const stampRule = <T extends object>(rule: T, now: Date): T => {
  instants.set(rule, now.toISOString())
  return rule
}

/** The instant a rule object was built for, if it is one of ours. */
export const ruleInstant = (value: object): string | undefined => instants.get(value)
