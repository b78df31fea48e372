CREATE TYPE "public"."attendance_mark" AS ENUM('present', 'absent');--> statement-breakpoint
CREATE TYPE "public"."course_stage" AS ENUM('basics', 'practical', 'ojt');--> statement-breakpoint
CREATE TYPE "public"."material_kind" AS ENUM('link', 'file');--> statement-breakpoint
CREATE TYPE "public"."session_enrolment_status" AS ENUM('enrolled', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."attendance_mode" AS ENUM('in_person', 'online');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('worker_meeting', 'symposium', 'open_day', 'other');--> statement-breakpoint
CREATE TYPE "public"."rsvp_status" AS ENUM('going', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TABLE "course_completions" (
	"course_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"note" text,
	CONSTRAINT "course_completions_course_id_user_id_pk" PRIMARY KEY("course_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "course_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" "material_kind" NOT NULL,
	"url" text,
	"original_name" text,
	"content_type" text,
	"size_bytes" integer,
	"sha256" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_materials_title_check" CHECK (length(trim("course_materials"."title")) between 1 and 200),
	CONSTRAINT "course_materials_kind_check" CHECK (("course_materials"."kind"::text = 'link') = ("course_materials"."url" is not null) and ("course_materials"."kind"::text = 'file') = ("course_materials"."original_name" is not null and "course_materials"."content_type" is not null and "course_materials"."size_bytes" is not null and "course_materials"."sha256" is not null)),
	CONSTRAINT "course_materials_size_check" CHECK ("course_materials"."size_bytes" is null or "course_materials"."size_bytes" between 0 and 20971520)
);
--> statement-breakpoint
CREATE TABLE "course_prerequisites" (
	"course_id" uuid NOT NULL,
	"requires_course_id" uuid NOT NULL,
	CONSTRAINT "course_prerequisites_course_id_requires_course_id_pk" PRIMARY KEY("course_id","requires_course_id"),
	CONSTRAINT "course_prerequisites_self_check" CHECK ("course_prerequisites"."course_id" <> "course_prerequisites"."requires_course_id")
);
--> statement-breakpoint
CREATE TABLE "course_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_sessions_time_check" CHECK ("course_sessions"."starts_at" < "course_sessions"."ends_at"),
	CONSTRAINT "course_sessions_where_check" CHECK ("course_sessions"."place" is not null or "course_sessions"."online_url" is not null),
	CONSTRAINT "course_sessions_capacity_check" CHECK ("course_sessions"."capacity" between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"stage" "course_stage" NOT NULL,
	"level" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "courses_title_check" CHECK (length(trim("courses"."title")) between 1 and 200),
	CONSTRAINT "courses_level_check" CHECK ("courses"."level" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "session_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" "session_enrolment_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"attendance" "attendance_mark",
	"attendance_marked_by" uuid,
	CONSTRAINT "session_enrolments_cancel_check" CHECK (("session_enrolments"."status"::text = 'cancelled') = ("session_enrolments"."cancelled_at" is not null)),
	CONSTRAINT "session_enrolments_attendance_check" CHECK ("session_enrolments"."attendance" is null or "session_enrolments"."status"::text = 'enrolled')
);
--> statement-breakpoint
CREATE TABLE "event_rsvps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"mode" "attendance_mode" NOT NULL,
	"status" "rsvp_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"attended" boolean,
	CONSTRAINT "event_rsvps_cancel_check" CHECK (("event_rsvps"."status"::text = 'cancelled') = ("event_rsvps"."cancelled_at" is not null)),
	CONSTRAINT "event_rsvps_attended_check" CHECK ("event_rsvps"."attended" is null or "event_rsvps"."status"::text = 'going')
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "event_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_url" text,
	"in_person_capacity" integer,
	"online_capacity" integer,
	"reminder_sent_at" timestamp with time zone,
	"report" text,
	"reported_at" timestamp with time zone,
	"reported_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "events_title_check" CHECK (length(trim("events"."title")) between 1 and 200),
	CONSTRAINT "events_time_check" CHECK ("events"."starts_at" < "events"."ends_at"),
	CONSTRAINT "events_ways_check" CHECK (("events"."in_person_capacity" is not null and "events"."place" is not null) or ("events"."online_capacity" is not null and "events"."online_url" is not null)),
	CONSTRAINT "events_capacity_check" CHECK (coalesce("events"."in_person_capacity", 1) between 1 and 10000 and coalesce("events"."online_capacity", 1) between 1 and 10000),
	CONSTRAINT "events_report_check" CHECK (("events"."report" is null) = ("events"."reported_at" is null))
);
--> statement-breakpoint
ALTER TABLE "course_completions" ADD CONSTRAINT "course_completions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_completions" ADD CONSTRAINT "course_completions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_completions" ADD CONSTRAINT "course_completions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_materials" ADD CONSTRAINT "course_materials_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_materials" ADD CONSTRAINT "course_materials_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_prerequisites" ADD CONSTRAINT "course_prerequisites_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_prerequisites" ADD CONSTRAINT "course_prerequisites_requires_course_id_courses_id_fk" FOREIGN KEY ("requires_course_id") REFERENCES "public"."courses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_sessions" ADD CONSTRAINT "course_sessions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_enrolments" ADD CONSTRAINT "session_enrolments_session_id_course_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."course_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_enrolments" ADD CONSTRAINT "session_enrolments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_enrolments" ADD CONSTRAINT "session_enrolments_attendance_marked_by_users_id_fk" FOREIGN KEY ("attendance_marked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_rsvps" ADD CONSTRAINT "event_rsvps_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_rsvps" ADD CONSTRAINT "event_rsvps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "course_completions_user_idx" ON "course_completions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "course_materials_course_idx" ON "course_materials" USING btree ("course_id","sort_order");--> statement-breakpoint
CREATE INDEX "course_sessions_course_idx" ON "course_sessions" USING btree ("course_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "session_enrolments_live_idx" ON "session_enrolments" USING btree ("session_id","user_id") WHERE "session_enrolments"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "session_enrolments_user_idx" ON "session_enrolments" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_rsvps_live_idx" ON "event_rsvps" USING btree ("event_id","user_id") WHERE "event_rsvps"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "event_rsvps_user_idx" ON "event_rsvps" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_at");