// The process-wide invalidation epoch of the public response cache. Every change — a write in
// this process (hooks, src/public/payload/cacheInvalidation.ts) or another instance's signal
// (src/public/payload/invalidationSignal.ts) — bumps it, and a cached response counts only under
// the epoch it was stored in. One module-level value, because hooks and the HTTP host meet here.

type Listener = (epoch: number, reason: string) => void

let epoch = 0
const listeners = new Set<Listener>()

export const publicCacheEpoch = {
  current: (): number => epoch,
  /** Invalidates every cached public response of this process, synchronously. */
  bump(reason: string): void {
    epoch++
    for (const listener of listeners) {
      try {
        listener(epoch, reason)
      } catch {
        // A listener's failure must not undo the bump nor fail the write that caused it.
      }
    }
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
}
