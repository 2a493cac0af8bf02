const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id from the URL can name a record: every id in the API is a UUID, so anything else is
 * "not found" without asking the API (which would answer that the id is malformed).
 */
export const isRecordId = (id: string | null | undefined): id is string => typeof id === 'string' && UUID.test(id);
