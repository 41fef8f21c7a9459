// Runs an endpoint's work in one transaction: committed when it returns, rolled back when it throws.
import { type PayloadRequest, commitTransaction, initTransaction, killTransaction } from 'payload'

export const withTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
