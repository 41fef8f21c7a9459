// Payload sees Fetch Requests, which carry no socket: the host passes the client's address in
// a header of its own, always overwriting whatever a client sent under that name.
export const CLIENT_ADDRESS_HEADER = 'x-cms-client-address'
