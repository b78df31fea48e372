CREATE TYPE "public"."application_status" AS ENUM('new', 'interviewing', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."consent_purpose" AS ENUM('registration', 'sensitive_data', 'supporter_link', 'supporter_pay');--> statement-breakpoint
CREATE TYPE "public"."skill_source" AS ENUM('self', 'training', 'staff');--> statement-breakpoint
CREATE TYPE "public"."telework_type" AS ENUM('A', 'B', 'C', 'D');--> statement-breakpoint
CREATE TYPE "public"."work_location" AS ENUM('home', 'centre');--> statement-breakpoint
CREATE TYPE "public"."worker_status" AS ENUM('trainee', 'active', 'paused', 'retired');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_user_id" uuid,
	"subject_application_id" uuid,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "availability_date_slots" (
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_minute" integer NOT NULL,
	"location" "work_location" NOT NULL,
	CONSTRAINT "availability_date_slots_user_id_date_start_minute_pk" PRIMARY KEY("user_id","date","start_minute"),
	CONSTRAINT "availability_date_slots_minute_check" CHECK ("availability_date_slots"."start_minute" between 0 and 1410 and "availability_date_slots"."start_minute" % 30 = 0)
);
--> statement-breakpoint
CREATE TABLE "availability_dates" (
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	CONSTRAINT "availability_dates_user_id_date_pk" PRIMARY KEY("user_id","date")
);
--> statement-breakpoint
CREATE TABLE "availability_slots" (
	"user_id" uuid NOT NULL,
	"weekday" integer NOT NULL,
	"start_minute" integer NOT NULL,
	"location" "work_location" NOT NULL,
	CONSTRAINT "availability_slots_user_id_weekday_start_minute_pk" PRIMARY KEY("user_id","weekday","start_minute"),
	CONSTRAINT "availability_slots_weekday_check" CHECK ("availability_slots"."weekday" between 0 and 6),
	CONSTRAINT "availability_slots_minute_check" CHECK ("availability_slots"."start_minute" between 0 and 1410 and "availability_slots"."start_minute" % 30 = 0)
);
--> statement-breakpoint
CREATE TABLE "application_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" "application_status" DEFAULT 'new' NOT NULL,
	"family_name" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name_kana" text NOT NULL,
	"given_name_kana" text NOT NULL,
	"phone" text,
	"email" text,
	"postal_address" text,
	"preferred_locations" text[] DEFAULT '{}'::text[] NOT NULL,
	"hours_per_week" integer,
	"accommodations" text[] DEFAULT '{}'::text[] NOT NULL,
	"accommodation_notes" text,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"sensitive_encrypted" text,
	"supporter_name" text,
	"supporter_contact" text,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decline_reason" text,
	"user_id" uuid,
	CONSTRAINT "applications_contact_check" CHECK (coalesce("applications"."phone", "applications"."email", "applications"."postal_address") is not null),
	CONSTRAINT "applications_locations_check" CHECK ("applications"."preferred_locations" <@ array['home', 'centre']::text[]),
	CONSTRAINT "applications_accommodations_check" CHECK ("applications"."accommodations" <@ array['text_only', 'no_phone', 'frequent_breaks', 'large_text', 'screen_reader', 'step_free', 'with_supporter']::text[]),
	CONSTRAINT "applications_target_groups_check" CHECK ("applications"."target_groups" <@ array['childcare', 'care', 'elderly', 'hikikomori', 'moved_in']::text[]),
	CONSTRAINT "applications_hours_check" CHECK ("applications"."hours_per_week" is null or "applications"."hours_per_week" between 0 and 60),
	CONSTRAINT "applications_skills_check" CHECK ("applications"."skills" <@ array['data_entry', 'transcription', 'bookkeeping', 'design', 'web', 'writing', 'proofreading', 'translation', 'phone', 'survey', 'ai_data']::text[]),
	CONSTRAINT "applications_decision_check" CHECK (("applications"."status" = 'declined') = ("applications"."decline_reason" is not null)),
	CONSTRAINT "applications_accepted_check" CHECK (("applications"."status" = 'accepted') = ("applications"."user_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"application_id" uuid,
	"purpose" "consent_purpose" NOT NULL,
	"supporter_id" uuid,
	"text_version" text NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "consents_subject_check" CHECK ("consents"."user_id" is not null or "consents"."application_id" is not null),
	CONSTRAINT "consents_supporter_check" CHECK (("consents"."purpose" in ('supporter_link', 'supporter_pay')) = ("consents"."supporter_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "supporter_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"supporter_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"consent_id" uuid NOT NULL,
	"shares_pay" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "supporter_links_self_check" CHECK ("supporter_links"."supporter_id" <> "supporter_links"."worker_id")
);
--> statement-breakpoint
CREATE TABLE "worker_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid,
	"status" "worker_status" NOT NULL,
	"family_name" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name_kana" text NOT NULL,
	"given_name_kana" text NOT NULL,
	"phone" text,
	"email" text,
	"postal_address" text,
	"preferred_locations" text[] DEFAULT '{}'::text[] NOT NULL,
	"hours_per_week" integer,
	"accommodations" text[] DEFAULT '{}'::text[] NOT NULL,
	"accommodation_notes" text,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"sensitive_encrypted" text,
	"supporter_name" text,
	"supporter_contact" text,
	"invoice_registration_number" text,
	"bank_account_encrypted" text,
	"telework_type" "telework_type",
	"moved_from" text,
	"moved_in_on" date,
	"works_on_holidays" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_profiles_contact_check" CHECK (coalesce("worker_profiles"."phone", "worker_profiles"."email", "worker_profiles"."postal_address") is not null),
	CONSTRAINT "worker_profiles_locations_check" CHECK ("worker_profiles"."preferred_locations" <@ array['home', 'centre']::text[]),
	CONSTRAINT "worker_profiles_accommodations_check" CHECK ("worker_profiles"."accommodations" <@ array['text_only', 'no_phone', 'frequent_breaks', 'large_text', 'screen_reader', 'step_free', 'with_supporter']::text[]),
	CONSTRAINT "worker_profiles_target_groups_check" CHECK ("worker_profiles"."target_groups" <@ array['childcare', 'care', 'elderly', 'hikikomori', 'moved_in']::text[]),
	CONSTRAINT "worker_profiles_hours_check" CHECK ("worker_profiles"."hours_per_week" is null or "worker_profiles"."hours_per_week" between 0 and 60),
	CONSTRAINT "worker_profiles_invoice_number_check" CHECK ("worker_profiles"."invoice_registration_number" ~ '^T[0-9]{13}$')
);
--> statement-breakpoint
CREATE TABLE "worker_skills" (
	"user_id" uuid NOT NULL,
	"skill" text NOT NULL,
	"level" integer NOT NULL,
	"source" "skill_source" NOT NULL,
	"verified_by" uuid,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_skills_user_id_skill_pk" PRIMARY KEY("user_id","skill"),
	CONSTRAINT "worker_skills_level_check" CHECK ("worker_skills"."level" between 1 and 3),
	CONSTRAINT "worker_skills_skill_check" CHECK ("worker_skills"."skill" = any(array['data_entry', 'transcription', 'bookkeeping', 'design', 'web', 'writing', 'proofreading', 'translation', 'phone', 'survey', 'ai_data']::text[])),
	CONSTRAINT "worker_skills_verified_check" CHECK (("worker_skills"."source" = 'staff') = ("worker_skills"."verified_by" is not null))
);
--> statement-breakpoint
CREATE TABLE "worker_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"from_status" "worker_status",
	"to_status" "worker_status" NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "availability_date_slots" ADD CONSTRAINT "availability_date_slots_user_id_date_availability_dates_user_id_date_fk" FOREIGN KEY ("user_id","date") REFERENCES "public"."availability_dates"("user_id","date") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_dates" ADD CONSTRAINT "availability_dates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_slots" ADD CONSTRAINT "availability_slots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_notes" ADD CONSTRAINT "application_notes_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_notes" ADD CONSTRAINT "application_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_supporter_id_users_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supporter_links" ADD CONSTRAINT "supporter_links_supporter_id_users_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supporter_links" ADD CONSTRAINT "supporter_links_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supporter_links" ADD CONSTRAINT "supporter_links_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD CONSTRAINT "worker_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD CONSTRAINT "worker_profiles_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_skills" ADD CONSTRAINT "worker_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_skills" ADD CONSTRAINT "worker_skills_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_status_changes" ADD CONSTRAINT "worker_status_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_status_changes" ADD CONSTRAINT "worker_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_user_id","at");--> statement-breakpoint
CREATE INDEX "applications_status_idx" ON "applications" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "consents_user_idx" ON "consents" USING btree ("user_id","purpose");--> statement-breakpoint
CREATE UNIQUE INDEX "supporter_links_active_idx" ON "supporter_links" USING btree ("supporter_id","worker_id") WHERE "supporter_links"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "worker_profiles_status_idx" ON "worker_profiles" USING btree ("status");--> statement-breakpoint
CREATE INDEX "worker_status_changes_user_idx" ON "worker_status_changes" USING btree ("user_id","changed_at");