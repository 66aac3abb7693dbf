// Twelfth schema step: a pair's items are listed in the order of their sort keys; the numbered positions go.

export const name = 'record-order';

export const sql = /* sql */ `
-- Positions were numbers with gaps that followed the sort keys, so that a new item could take a free number between
-- its neighbours. Where new items kept arriving at one spot (a period's figures from each new report), the gaps ran
-- out and neighbours had to be moved: a record update read and rewrote items of its pair that its document had
-- nothing to do with (up to 106,204 rows for one document in a pair of 2,000). The sort key (type, date, first
-- source; COLLATE "C", with its index on (pair, sort_key)) is the order itself, so an update now writes only the
-- items of its blocks.
ALTER TABLE record_items DROP COLUMN position;
`;
