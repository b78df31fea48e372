-- Bookings need EXCLUDE constraints over (space, time range); btree_gist lets them mix equality with ranges.
CREATE EXTENSION IF NOT EXISTS btree_gist;
