import type { Payload } from 'payload'
export const deliverClaimed = async (_payload: Payload, _id: string, _owner: string): Promise<string> => 'skipped'
