-- An exclusive space (booth, meeting booth, meeting room) holds one live booking at a time, with its
-- buffer after it: the database refuses an overlap, however many people try at once.
ALTER TABLE bookings ADD COLUMN blocked tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, blocked_until, '[)')) STORED;
--> statement-breakpoint
ALTER TABLE bookings ADD CONSTRAINT bookings_exclusive_no_overlap
  EXCLUDE USING gist (space_id WITH =, blocked WITH &&) WHERE (exclusive AND status = 'booked');
