// Feeds read before: the validators their servers sent, so the next read is a conditional request.

export const name = 'feeds';

export const sql = /* sql */ `
CREATE TABLE feeds (
  url            text PRIMARY KEY,
  etag           text,
  last_modified  text,
  -- When the feed was last read in full (200) or found unchanged (304).
  checked_at     timestamptz NOT NULL DEFAULT now()
);
`;
