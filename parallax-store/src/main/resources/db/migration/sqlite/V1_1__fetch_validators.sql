-- What each server said about a URL when it was last fetched, sent back in conditional
-- requests (If-None-Match, If-Modified-Since) so that an unchanged page costs a 304.
CREATE TABLE fetch_validators (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  checked TEXT NOT NULL
);
