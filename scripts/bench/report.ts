// What every bench shares: its figures as a Markdown table for the README, and the exit code.

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
