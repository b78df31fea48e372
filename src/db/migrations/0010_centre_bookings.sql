CREATE TYPE "public"."booking_unit" AS ENUM('hour', 'day');--> statement-breakpoint
CREATE TYPE "public"."booking_status" AS ENUM('booked', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."calendar_feed_kind" AS ENUM('user', 'space');--> statement-breakpoint
CREATE TABLE "site_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"date" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	CONSTRAINT "site_closures_reason_check" CHECK (length(trim("site_closures"."reason")) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "space_booking_rules" (
	"site_id" uuid NOT NULL,
	"kind" "space_kind" NOT NULL,
	"unit" "booking_unit" DEFAULT 'hour' NOT NULL,
	"step_minutes" integer DEFAULT 30 NOT NULL,
	"min_minutes" integer DEFAULT 30 NOT NULL,
	"max_minutes" integer DEFAULT 480 NOT NULL,
	"max_days_ahead" integer DEFAULT 30 NOT NULL,
	"max_active_per_person" integer DEFAULT 10 NOT NULL,
	"buffer_minutes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "space_booking_rules_site_id_kind_pk" PRIMARY KEY("site_id","kind"),
	CONSTRAINT "space_booking_rules_step_check" CHECK ("space_booking_rules"."step_minutes" in (15, 30, 60)),
	CONSTRAINT "space_booking_rules_length_check" CHECK ("space_booking_rules"."min_minutes" > 0 and "space_booking_rules"."min_minutes" <= "space_booking_rules"."max_minutes" and "space_booking_rules"."max_minutes" <= 1440),
	CONSTRAINT "space_booking_rules_ahead_check" CHECK ("space_booking_rules"."max_days_ahead" between 0 and 366),
	CONSTRAINT "space_booking_rules_limit_check" CHECK ("space_booking_rules"."max_active_per_person" between 1 and 100),
	CONSTRAINT "space_booking_rules_buffer_check" CHECK ("space_booking_rules"."buffer_minutes" between 0 and 240)
);
--> statement-breakpoint
CREATE TABLE "booking_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"booked_by" uuid,
	"series_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"exclusive" boolean NOT NULL,
	"seats" integer DEFAULT 1 NOT NULL,
	"child_ages" jsonb,
	"note" text,
	"status" "booking_status" DEFAULT 'booked' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"checked_in_at" timestamp with time zone,
	"checked_out_at" timestamp with time zone,
	CONSTRAINT "bookings_time_check" CHECK ("bookings"."starts_at" < "bookings"."ends_at" and "bookings"."ends_at" <= "bookings"."blocked_until"),
	CONSTRAINT "bookings_seats_check" CHECK ("bookings"."seats" between 1 and 100 and (not "bookings"."exclusive" or "bookings"."seats" = 1)),
	CONSTRAINT "bookings_cancel_check" CHECK (("bookings"."status"::text = 'cancelled') = ("bookings"."cancelled_at" is not null)),
	CONSTRAINT "bookings_check_out_check" CHECK ("bookings"."checked_out_at" is null or ("bookings"."checked_in_at" is not null and "bookings"."checked_out_at" >= "bookings"."checked_in_at"))
);
--> statement-breakpoint
CREATE TABLE "calendar_feed_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "calendar_feed_kind" NOT NULL,
	"space_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "calendar_feed_tokens_space_check" CHECK (("calendar_feed_tokens"."kind"::text = 'space') = ("calendar_feed_tokens"."space_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "closed_on_holidays" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "site_closures" ADD CONSTRAINT "site_closures_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_closures" ADD CONSTRAINT "site_closures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_booking_rules" ADD CONSTRAINT "space_booking_rules_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_booked_by_users_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_series_id_booking_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."booking_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "site_closures_site_date_idx" ON "site_closures" USING btree ("site_id","date");--> statement-breakpoint
CREATE INDEX "bookings_space_time_idx" ON "bookings" USING btree ("space_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_site_time_idx" ON "bookings" USING btree ("site_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_user_time_idx" ON "bookings" USING btree ("user_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_tokens_hash_idx" ON "calendar_feed_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feed_tokens_user_idx" ON "calendar_feed_tokens" USING btree ("user_id");