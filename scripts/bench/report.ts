// What every bench shares: percentiles, its figures as a Markdown table for the README, a demo
// account's token, and the exit code.

/** The p-th percentile of ascending `sorted` (nearest rank). */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** Milliseconds as printed: two decimals under 10 ms, one above. */
export const ms = (value: number) => Number(value.toFixed(value < 10 ? 2 : 1))

/** A demo account's JWT on a bench server (the password the server processes are started with). */
export const demoToken = async (serverUrl: string, email: string): Promise<string> => {
  const res = await fetch(`${serverUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'test-password-2026' }),
  })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

export const printMarkdownTable = (rows: Record<string, string | number>[]): void => {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`)
  for (const row of rows) console.log(`| ${header.map((key) => row[key] ?? '').join(' | ')} |`)
}

/** Runs a bench's main and exits: 0 when it finished, 1 with the error when it did not. */
export const runBench = (main: () => Promise<void>): void => {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
