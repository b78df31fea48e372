CREATE TYPE "public"."plan_offer_status" AS ENUM('offered', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('draft', 'published', 'superseded');--> statement-breakpoint
CREATE TABLE "plan_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"package_id" uuid NOT NULL,
	"work_date" date NOT NULL,
	"location" "work_location" NOT NULL,
	"minutes" integer NOT NULL,
	"estimated_units" integer NOT NULL,
	"fixed" boolean NOT NULL,
	"reasons" text[] NOT NULL,
	CONSTRAINT "plan_assignments_minutes_check" CHECK ("plan_assignments"."minutes" > 0 and "plan_assignments"."estimated_units" >= 0),
	CONSTRAINT "plan_assignments_reasons_check" CHECK ("plan_assignments"."reasons" <@ array['fixed', 'earliestDeadline', 'earlierWorkCovered', 'continues', 'centreHours', 'newcomer']::text[])
);
--> statement-breakpoint
CREATE TABLE "plan_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"package_id" uuid NOT NULL,
	"work_date" date NOT NULL,
	"home_minutes" integer NOT NULL,
	"centre_minutes" integer NOT NULL,
	"minutes" integer NOT NULL,
	"estimated_units" integer NOT NULL,
	"status" "plan_offer_status" DEFAULT 'offered' NOT NULL,
	"offered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decline_note" text,
	CONSTRAINT "plan_offers_minutes_check" CHECK ("plan_offers"."minutes" > 0 and "plan_offers"."home_minutes" >= 0 and "plan_offers"."centre_minutes" >= 0 and "plan_offers"."minutes" = "plan_offers"."home_minutes" + "plan_offers"."centre_minutes"),
	CONSTRAINT "plan_offers_units_check" CHECK ("plan_offers"."estimated_units" >= 0),
	CONSTRAINT "plan_offers_decided_check" CHECK (("plan_offers"."status" = 'offered') = ("plan_offers"."decided_at" is null)),
	CONSTRAINT "plan_offers_note_check" CHECK ("plan_offers"."decline_note" is null or ("plan_offers"."status" = 'declined' and length("plan_offers"."decline_note") between 1 and 500))
);
--> statement-breakpoint
CREATE TABLE "plan_packages" (
	"plan_id" uuid NOT NULL,
	"package_id" uuid NOT NULL,
	"demand_minutes" integer NOT NULL,
	"planned_minutes" integer NOT NULL,
	"unmet_minutes" integer NOT NULL,
	"minutes_per_unit" double precision NOT NULL,
	"unmet_reason" jsonb,
	CONSTRAINT "plan_packages_plan_id_package_id_pk" PRIMARY KEY("plan_id","package_id"),
	CONSTRAINT "plan_packages_minutes_check" CHECK ("plan_packages"."demand_minutes" >= 0 and "plan_packages"."planned_minutes" >= 0 and "plan_packages"."unmet_minutes" >= 0),
	CONSTRAINT "plan_packages_unit_check" CHECK ("plan_packages"."minutes_per_unit" > 0),
	CONSTRAINT "plan_packages_reason_check" CHECK (("plan_packages"."unmet_minutes" > 0) = ("plan_packages"."unmet_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "plan_workers" (
	"plan_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"target_minutes" integer NOT NULL,
	"offered_minutes" integer NOT NULL,
	"planned_minutes" integer NOT NULL,
	"newcomer" boolean NOT NULL,
	"shortfall" text,
	CONSTRAINT "plan_workers_plan_id_worker_id_pk" PRIMARY KEY("plan_id","worker_id"),
	CONSTRAINT "plan_workers_minutes_check" CHECK ("plan_workers"."target_minutes" >= 0 and "plan_workers"."offered_minutes" >= 0 and "plan_workers"."planned_minutes" >= 0),
	CONSTRAINT "plan_workers_shortfall_check" CHECK ("plan_workers"."shortfall" is null or "plan_workers"."shortfall" = any(array['noHours', 'fewerHoursOffered', 'noMoreWork', 'sharedFairly']::text[]))
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_day" date NOT NULL,
	"days" integer NOT NULL,
	"status" "plan_status" DEFAULT 'draft' NOT NULL,
	"objective" bigint NOT NULL,
	"summary" jsonb NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "plans_days_check" CHECK ("plans"."days" between 1 and 28),
	CONSTRAINT "plans_published_check" CHECK (("plans"."status" = 'draft') = ("plans"."published_at" is null))
);
--> statement-breakpoint
ALTER TABLE "plan_assignments" ADD CONSTRAINT "plan_assignments_plan_id_worker_id_plan_workers_plan_id_worker_id_fk" FOREIGN KEY ("plan_id","worker_id") REFERENCES "public"."plan_workers"("plan_id","worker_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_assignments" ADD CONSTRAINT "plan_assignments_plan_id_package_id_plan_packages_plan_id_package_id_fk" FOREIGN KEY ("plan_id","package_id") REFERENCES "public"."plan_packages"("plan_id","package_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_offers" ADD CONSTRAINT "plan_offers_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_offers" ADD CONSTRAINT "plan_offers_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_offers" ADD CONSTRAINT "plan_offers_package_id_work_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."work_packages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_packages" ADD CONSTRAINT "plan_packages_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_packages" ADD CONSTRAINT "plan_packages_package_id_work_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."work_packages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_workers" ADD CONSTRAINT "plan_workers_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_workers" ADD CONSTRAINT "plan_workers_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_assignments_slot_idx" ON "plan_assignments" USING btree ("plan_id","worker_id","package_id","work_date","location");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_offers_live_idx" ON "plan_offers" USING btree ("worker_id","package_id","work_date") WHERE "plan_offers"."status" in ('offered', 'accepted');--> statement-breakpoint
CREATE INDEX "plan_offers_worker_idx" ON "plan_offers" USING btree ("worker_id","work_date");--> statement-breakpoint
CREATE INDEX "plan_offers_status_idx" ON "plan_offers" USING btree ("status","work_date");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_one_published_idx" ON "plans" USING btree ("status") WHERE "plans"."status" = 'published';--> statement-breakpoint
CREATE INDEX "plans_created_idx" ON "plans" USING btree ("created_at");