CREATE TYPE "public"."confidentiality_level" AS ENUM('anywhere', 'centre_only', 'nda');--> statement-breakpoint
CREATE TYPE "public"."order_status" AS ENUM('inquiry', 'quoted', 'ordered', 'in_progress', 'delivered', 'closed', 'lost');--> statement-breakpoint
CREATE TYPE "public"."review_policy" AS ENUM('all', 'sample');--> statement-breakpoint
CREATE TYPE "public"."team_role" AS ENUM('leader', 'member');--> statement-breakpoint
CREATE TYPE "public"."pay_kind" AS ENUM('piece', 'hour');--> statement-breakpoint
CREATE TYPE "public"."task_status" AS ENUM('open', 'offered', 'held', 'handed_in', 'accepted', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."hold_end_reason" AS ENUM('handed_in', 'given_back', 'expired', 'absence', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."hold_source" AS ENUM('taken', 'offer', 'returned');--> statement-breakpoint
CREATE TYPE "public"."offer_response" AS ENUM('accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."review_decision" AS ENUM('accepted', 'returned');--> statement-breakpoint
CREATE TYPE "public"."file_purpose" AS ENUM('instructions', 'deliverable');--> statement-breakpoint
CREATE TABLE "nda_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"signed_on" date NOT NULL,
	"valid_until" date,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"from_status" "order_status",
	"to_status" "order_status" NOT NULL,
	"note" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_team_members" (
	"order_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "team_role" DEFAULT 'member' NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_team_members_order_id_user_id_pk" PRIMARY KEY("order_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "orders_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"client_id" uuid NOT NULL,
	"title" text NOT NULL,
	"inquiry" text,
	"received_on" date NOT NULL,
	"status" "order_status" DEFAULT 'inquiry' NOT NULL,
	"confidentiality" "confidentiality_level" DEFAULT 'anywhere' NOT NULL,
	"required_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"review_policy" "review_policy" DEFAULT 'all' NOT NULL,
	"review_sample_percent" integer,
	"reservation_hours" integer DEFAULT 24 NOT NULL,
	"quote_issued_on" date,
	"quote_valid_until" date,
	"terms_work_content" text,
	"terms_deliverable" text,
	"delivery_date" date,
	"terms_delivery_place" text,
	"terms_delivery_method" text,
	"inspection_due_on" date,
	"terms_rate" text,
	"terms_payment_date" text,
	"terms_payment_method" text,
	"terms_expenses" text,
	"terms_intellectual_property" text,
	"terms_personal_data" text,
	"terms_defects" text,
	"subcontracting_disclosed" boolean DEFAULT false NOT NULL,
	"terms_subcontracting" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_title_check" CHECK (length("orders"."title") between 1 and 200),
	CONSTRAINT "orders_skills_check" CHECK ("orders"."required_skills" <@ array['data_entry', 'transcription', 'bookkeeping', 'design', 'web', 'writing', 'proofreading', 'translation', 'phone', 'survey', 'ai_data']::text[]),
	CONSTRAINT "orders_review_sample_check" CHECK (("orders"."review_policy"::text = 'sample') = ("orders"."review_sample_percent" is not null) and coalesce("orders"."review_sample_percent", 1) between 1 and 100),
	CONSTRAINT "orders_reservation_hours_check" CHECK ("orders"."reservation_hours" between 1 and 336)
);
--> statement-breakpoint
CREATE TABLE "quote_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit" text NOT NULL,
	"unit_price_yen" integer NOT NULL,
	"tax_rate" integer DEFAULT 10 NOT NULL,
	CONSTRAINT "quote_items_quantity_check" CHECK ("quote_items"."quantity" between 1 and 10000000),
	CONSTRAINT "quote_items_price_check" CHECK ("quote_items"."unit_price_yen" between 0 and 100000000),
	CONSTRAINT "quote_items_tax_rate_check" CHECK ("quote_items"."tax_rate" in (10, 8))
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"package_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"units" integer NOT NULL,
	"estimate_minutes" integer NOT NULL,
	"pay_kind" "pay_kind" NOT NULL,
	"pay_rate_yen" integer NOT NULL,
	"deadline" date NOT NULL,
	"required_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"depends_on_task_id" uuid,
	"status" "task_status" DEFAULT 'open' NOT NULL,
	"accepted_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_title_check" CHECK (length("tasks"."title") between 1 and 200),
	CONSTRAINT "tasks_units_check" CHECK ("tasks"."units" between 1 and 1000000),
	CONSTRAINT "tasks_estimate_check" CHECK ("tasks"."estimate_minutes" between 1 and 1440),
	CONSTRAINT "tasks_pay_check" CHECK ("tasks"."pay_rate_yen" between 0 and 10000000),
	CONSTRAINT "tasks_skills_check" CHECK ("tasks"."required_skills" <@ array['data_entry', 'transcription', 'bookkeeping', 'design', 'web', 'writing', 'proofreading', 'translation', 'phone', 'survey', 'ai_data']::text[]),
	CONSTRAINT "tasks_accepted_check" CHECK (("tasks"."status"::text = 'accepted') = ("tasks"."accepted_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "work_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"instructions" text,
	"unit_name" text NOT NULL,
	"pay_kind" "pay_kind" NOT NULL,
	"pay_rate_yen" integer NOT NULL,
	"deadline" date NOT NULL,
	"required_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"follows_package_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_packages_title_check" CHECK (length("work_packages"."title") between 1 and 200),
	CONSTRAINT "work_packages_pay_check" CHECK ("work_packages"."pay_rate_yen" between 0 and 10000000),
	CONSTRAINT "work_packages_skills_check" CHECK ("work_packages"."required_skills" <@ array['data_entry', 'transcription', 'bookkeeping', 'design', 'web', 'writing', 'proofreading', 'translation', 'phone', 'survey', 'ai_data']::text[])
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"units" integer NOT NULL,
	"note" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"needs_review" boolean NOT NULL,
	"decision" "review_decision",
	"comment" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"inspected_on" date,
	CONSTRAINT "submissions_units_check" CHECK ("submissions"."units" between 0 and 1000000),
	CONSTRAINT "submissions_decision_check" CHECK (("submissions"."decision" is null) = ("submissions"."reviewed_at" is null)),
	CONSTRAINT "submissions_inspected_check" CHECK (("submissions"."decision"::text = 'accepted') = ("submissions"."inspected_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "task_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"source" "hold_source" NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" "hold_end_reason",
	"note" text,
	CONSTRAINT "task_holds_end_check" CHECK (("task_holds"."ended_at" is null) = ("task_holds"."end_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "task_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"offered_by" uuid,
	"offered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	"responded_at" timestamp with time zone,
	"response" "offer_response",
	CONSTRAINT "task_offers_response_check" CHECK (("task_offers"."responded_at" is null) = ("task_offers"."response" is null))
);
--> statement-breakpoint
CREATE TABLE "work_log_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"worked_on" date NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"minutes" integer,
	"units" integer DEFAULT 0 NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_log_minutes_check" CHECK ("work_log_entries"."minutes" between 0 and 1440),
	CONSTRAINT "work_log_units_check" CHECK ("work_log_entries"."units" between 0 and 1000000),
	CONSTRAINT "work_log_timer_check" CHECK ("work_log_entries"."minutes" is not null or ("work_log_entries"."started_at" is not null and "work_log_entries"."ended_at" is null))
);
--> statement-breakpoint
CREATE TABLE "work_log_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"before" jsonb NOT NULL,
	"edited_by" uuid,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"message_key" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"package_id" uuid,
	"task_id" uuid,
	"submission_id" uuid,
	"purpose" "file_purpose" NOT NULL,
	"original_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_files_size_check" CHECK ("stored_files"."size_bytes" between 0 and 20971520),
	CONSTRAINT "stored_files_deliverable_check" CHECK (("stored_files"."purpose"::text = 'deliverable') = ("stored_files"."submission_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "nda_signatures" ADD CONSTRAINT "nda_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nda_signatures" ADD CONSTRAINT "nda_signatures_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nda_signatures" ADD CONSTRAINT "nda_signatures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_changes" ADD CONSTRAINT "order_status_changes_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_changes" ADD CONSTRAINT "order_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_team_members" ADD CONSTRAINT "order_team_members_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_team_members" ADD CONSTRAINT "order_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_team_members" ADD CONSTRAINT "order_team_members_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_items" ADD CONSTRAINT "quote_items_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_package_id_work_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."work_packages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_depends_on_task_id_tasks_id_fk" FOREIGN KEY ("depends_on_task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_packages" ADD CONSTRAINT "work_packages_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_packages" ADD CONSTRAINT "work_packages_follows_package_id_work_packages_id_fk" FOREIGN KEY ("follows_package_id") REFERENCES "public"."work_packages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_packages" ADD CONSTRAINT "work_packages_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_holds" ADD CONSTRAINT "task_holds_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_holds" ADD CONSTRAINT "task_holds_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_offers" ADD CONSTRAINT "task_offers_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_offers" ADD CONSTRAINT "task_offers_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_offers" ADD CONSTRAINT "task_offers_offered_by_users_id_fk" FOREIGN KEY ("offered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_log_entries" ADD CONSTRAINT "work_log_entries_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_log_entries" ADD CONSTRAINT "work_log_entries_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_log_revisions" ADD CONSTRAINT "work_log_revisions_entry_id_work_log_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."work_log_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_log_revisions" ADD CONSTRAINT "work_log_revisions_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_package_id_work_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."work_packages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "nda_signatures_user_client_idx" ON "nda_signatures" USING btree ("user_id","client_id");--> statement-breakpoint
CREATE INDEX "order_status_changes_order_idx" ON "order_status_changes" USING btree ("order_id","changed_at");--> statement-breakpoint
CREATE INDEX "order_team_members_user_idx" ON "order_team_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_number_idx" ON "orders" USING btree ("number");--> statement-breakpoint
CREATE INDEX "orders_client_idx" ON "orders" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "orders_status_idx" ON "orders" USING btree ("status");--> statement-breakpoint
CREATE INDEX "quote_items_order_idx" ON "quote_items" USING btree ("order_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_package_position_idx" ON "tasks" USING btree ("package_id","position");--> statement-breakpoint
CREATE INDEX "tasks_order_status_idx" ON "tasks" USING btree ("order_id","status");--> statement-breakpoint
CREATE INDEX "tasks_open_idx" ON "tasks" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "work_packages_order_idx" ON "work_packages" USING btree ("order_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_pending_idx" ON "submissions" USING btree ("task_id") WHERE "submissions"."decision" is null;--> statement-breakpoint
CREATE INDEX "submissions_worker_idx" ON "submissions" USING btree ("worker_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "task_holds_one_holder_idx" ON "task_holds" USING btree ("task_id") WHERE "task_holds"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "task_holds_worker_idx" ON "task_holds" USING btree ("worker_id") WHERE "task_holds"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "task_holds_expiry_idx" ON "task_holds" USING btree ("expires_at") WHERE "task_holds"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "task_offers_open_idx" ON "task_offers" USING btree ("task_id") WHERE "task_offers"."responded_at" is null;--> statement-breakpoint
CREATE INDEX "task_offers_worker_idx" ON "task_offers" USING btree ("worker_id") WHERE "task_offers"."responded_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "work_log_one_timer_idx" ON "work_log_entries" USING btree ("worker_id") WHERE "work_log_entries"."minutes" is null;--> statement-breakpoint
CREATE INDEX "work_log_worker_day_idx" ON "work_log_entries" USING btree ("worker_id","worked_on");--> statement-breakpoint
CREATE INDEX "work_log_task_idx" ON "work_log_entries" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "work_log_revisions_entry_idx" ON "work_log_revisions" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "stored_files_order_idx" ON "stored_files" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "stored_files_submission_idx" ON "stored_files" USING btree ("submission_id");