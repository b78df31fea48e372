CREATE TYPE "public"."assessment_kind" AS ENUM('quiz', 'practical');--> statement-breakpoint
CREATE TYPE "public"."promotion_decision" AS ENUM('approved', 'declined');--> statement-breakpoint
ALTER TYPE "public"."team_role" ADD VALUE 'trainee';--> statement-breakpoint
CREATE TABLE "assessment_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"score_percent" integer NOT NULL,
	"passed" boolean NOT NULL,
	"answers" integer[],
	"recorded_by" uuid,
	"note" text,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_attempts_score_check" CHECK ("assessment_attempts"."score_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "assessment_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"prompt" text NOT NULL,
	"choices" text[] NOT NULL,
	"correct_choice" integer NOT NULL,
	CONSTRAINT "assessment_questions_prompt_check" CHECK (length(trim("assessment_questions"."prompt")) between 1 and 1000),
	CONSTRAINT "assessment_questions_choices_check" CHECK (cardinality("assessment_questions"."choices") between 2 and 6),
	CONSTRAINT "assessment_questions_correct_check" CHECK ("assessment_questions"."correct_choice" >= 0 and "assessment_questions"."correct_choice" < cardinality("assessment_questions"."choices"))
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" "assessment_kind" NOT NULL,
	"skill" text NOT NULL,
	"level" integer NOT NULL,
	"pass_percent" integer DEFAULT 70 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "assessments_title_check" CHECK (length(trim("assessments"."title")) between 1 and 200),
	CONSTRAINT "assessments_skill_check" CHECK ("assessments"."skill" = any(array['data_entry', 'transcription', 'bookkeeping', 'design', 'web', 'writing', 'proofreading', 'translation', 'phone', 'survey', 'ai_data']::text[])),
	CONSTRAINT "assessments_level_check" CHECK ("assessments"."level" between 1 and 3),
	CONSTRAINT "assessments_pass_check" CHECK ("assessments"."pass_percent" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "role_promotions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"from_role" "role" NOT NULL,
	"to_role" "role" NOT NULL,
	"reason" text NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" "promotion_decision",
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	CONSTRAINT "role_promotions_step_check" CHECK (("role_promotions"."from_role"::text, "role_promotions"."to_role"::text) in (('trainee', 'worker'), ('worker', 'leader'), ('leader', 'director'))),
	CONSTRAINT "role_promotions_reason_check" CHECK (length(trim("role_promotions"."reason")) between 1 and 2000),
	CONSTRAINT "role_promotions_decision_check" CHECK (("role_promotions"."decision" is null) = ("role_promotions"."decided_at" is null))
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "training_rate_percent" integer DEFAULT 100 NOT NULL;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "training_rate_percent" integer;--> statement-breakpoint
ALTER TABLE "assessment_attempts" ADD CONSTRAINT "assessment_attempts_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_attempts" ADD CONSTRAINT "assessment_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_attempts" ADD CONSTRAINT "assessment_attempts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_questions" ADD CONSTRAINT "assessment_questions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_promotions" ADD CONSTRAINT "role_promotions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_promotions" ADD CONSTRAINT "role_promotions_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_promotions" ADD CONSTRAINT "role_promotions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_attempts_user_idx" ON "assessment_attempts" USING btree ("user_id","taken_at");--> statement-breakpoint
CREATE INDEX "assessment_attempts_assessment_idx" ON "assessment_attempts" USING btree ("assessment_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_questions_position_idx" ON "assessment_questions" USING btree ("assessment_id","position");--> statement-breakpoint
CREATE INDEX "assessments_course_idx" ON "assessments" USING btree ("course_id");--> statement-breakpoint
CREATE UNIQUE INDEX "role_promotions_open_idx" ON "role_promotions" USING btree ("user_id") WHERE "role_promotions"."decision" is null;--> statement-breakpoint
CREATE INDEX "role_promotions_user_idx" ON "role_promotions" USING btree ("user_id","proposed_at");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_training_rate_check" CHECK ("orders"."training_rate_percent" between 1 and 100);--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_training_rate_check" CHECK ("submissions"."training_rate_percent" is null or "submissions"."training_rate_percent" between 1 and 100);