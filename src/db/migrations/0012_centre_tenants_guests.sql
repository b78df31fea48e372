CREATE TYPE "public"."tenant_telework_type" AS ENUM('A', 'D');--> statement-breakpoint
CREATE TYPE "public"."centre_bill_status" AS ENUM('open', 'paid');--> statement-breakpoint
CREATE TYPE "public"."centre_payment_method" AS ENUM('cash', 'card', 'transfer', 'other');--> statement-breakpoint
CREATE TYPE "public"."fee_plan_kind" AS ENUM('free', 'hourly', 'daily', 'monthly');--> statement-breakpoint
CREATE TYPE "public"."guest_purpose" AS ENUM('drop_in', 'workation');--> statement-breakpoint
CREATE TYPE "public"."identity_document" AS ENUM('driver_licence', 'my_number_card', 'passport', 'residence_card', 'health_insurance', 'other');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'guest';--> statement-breakpoint
CREATE TABLE "tenant_companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_kana" text,
	"head_office" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_companies_name_check" CHECK (length(trim("tenant_companies"."name")) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "tenant_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"monthly_fee" integer NOT NULL,
	"meeting_minutes_per_month" integer DEFAULT 0 NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_contracts_days_check" CHECK ("tenant_contracts"."ends_on" is null or "tenant_contracts"."starts_on" <= "tenant_contracts"."ends_on"),
	CONSTRAINT "tenant_contracts_fee_check" CHECK ("tenant_contracts"."monthly_fee" between 0 and 10000000),
	CONSTRAINT "tenant_contracts_quota_check" CHECK ("tenant_contracts"."meeting_minutes_per_month" between 0 and 44640)
);
--> statement-breakpoint
CREATE TABLE "tenant_staff" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"telework_type" "tenant_telework_type" NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	CONSTRAINT "tenant_staff_days_check" CHECK ("tenant_staff"."left_on" is null or "tenant_staff"."joined_on" <= "tenant_staff"."left_on")
);
--> statement-breakpoint
CREATE TABLE "centre_bill_charges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bill_id" uuid NOT NULL,
	"booking_id" uuid,
	"contract_id" uuid,
	"month" date,
	"fee_plan_id" uuid,
	"charged_on" date NOT NULL,
	"description" text NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"unit_price" integer NOT NULL,
	"amount" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "centre_bill_charges_source_check" CHECK (("centre_bill_charges"."contract_id" is null) = ("centre_bill_charges"."month" is null)),
	CONSTRAINT "centre_bill_charges_amount_check" CHECK ("centre_bill_charges"."quantity" > 0 and "centre_bill_charges"."unit_price" >= 0 and "centre_bill_charges"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "centre_bills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"payer_user_id" uuid,
	"payer_company_id" uuid,
	"status" "centre_bill_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_to" uuid,
	"payment_method" "centre_payment_method",
	"total" integer,
	"receipt_number" integer,
	"receipt_addressee" text,
	CONSTRAINT "centre_bills_payer_check" CHECK (("centre_bills"."payer_user_id" is null) <> ("centre_bills"."payer_company_id" is null)),
	CONSTRAINT "centre_bills_paid_check" CHECK (("centre_bills"."status"::text = 'paid') = ("centre_bills"."paid_at" is not null and "centre_bills"."payment_method" is not null and "centre_bills"."total" is not null and "centre_bills"."receipt_number" is not null))
);
--> statement-breakpoint
CREATE TABLE "centre_receipt_counter" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "centre_receipt_counter_one_row" CHECK ("centre_receipt_counter"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "fee_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "fee_plan_kind" NOT NULL,
	"price" integer NOT NULL,
	"daily_cap" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "fee_plans_name_check" CHECK (length(trim("fee_plans"."name")) between 1 and 100),
	CONSTRAINT "fee_plans_price_check" CHECK ("fee_plans"."price" between 0 and 10000000 and ("fee_plans"."kind"::text <> 'free' or "fee_plans"."price" = 0)),
	CONSTRAINT "fee_plans_cap_check" CHECK ("fee_plans"."daily_cap" is null or ("fee_plans"."kind"::text = 'hourly' and "fee_plans"."daily_cap" > 0))
);
--> statement-breakpoint
CREATE TABLE "guest_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"name_kana" text NOT NULL,
	"phone" text NOT NULL,
	"address" text NOT NULL,
	"is_resident" boolean NOT NULL,
	"purpose" "guest_purpose" NOT NULL,
	"stay_from" date,
	"stay_to" date,
	"organisation" text,
	"fee_plan_id" uuid,
	"identity_checked_at" timestamp with time zone,
	"identity_checked_by" uuid,
	"identity_document" "identity_document",
	"identity_note" text,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guest_profiles_stay_check" CHECK ("guest_profiles"."stay_from" is null or "guest_profiles"."stay_to" is null or "guest_profiles"."stay_from" <= "guest_profiles"."stay_to"),
	CONSTRAINT "guest_profiles_identity_check" CHECK (("guest_profiles"."identity_checked_at" is null) = ("guest_profiles"."identity_document" is null))
);
--> statement-breakpoint
ALTER TABLE "tenant_companies" ADD CONSTRAINT "tenant_companies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_contracts" ADD CONSTRAINT "tenant_contracts_company_id_tenant_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."tenant_companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_contracts" ADD CONSTRAINT "tenant_contracts_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_contracts" ADD CONSTRAINT "tenant_contracts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_staff" ADD CONSTRAINT "tenant_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_staff" ADD CONSTRAINT "tenant_staff_company_id_tenant_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."tenant_companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_bill_charges" ADD CONSTRAINT "centre_bill_charges_bill_id_centre_bills_id_fk" FOREIGN KEY ("bill_id") REFERENCES "public"."centre_bills"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_bill_charges" ADD CONSTRAINT "centre_bill_charges_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_bill_charges" ADD CONSTRAINT "centre_bill_charges_contract_id_tenant_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."tenant_contracts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_bill_charges" ADD CONSTRAINT "centre_bill_charges_fee_plan_id_fee_plans_id_fk" FOREIGN KEY ("fee_plan_id") REFERENCES "public"."fee_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_bill_charges" ADD CONSTRAINT "centre_bill_charges_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_bills" ADD CONSTRAINT "centre_bills_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_bills" ADD CONSTRAINT "centre_bills_payer_user_id_users_id_fk" FOREIGN KEY ("payer_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_bills" ADD CONSTRAINT "centre_bills_payer_company_id_tenant_companies_id_fk" FOREIGN KEY ("payer_company_id") REFERENCES "public"."tenant_companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_bills" ADD CONSTRAINT "centre_bills_paid_to_users_id_fk" FOREIGN KEY ("paid_to") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_plans" ADD CONSTRAINT "fee_plans_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_profiles" ADD CONSTRAINT "guest_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_profiles" ADD CONSTRAINT "guest_profiles_fee_plan_id_fee_plans_id_fk" FOREIGN KEY ("fee_plan_id") REFERENCES "public"."fee_plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_profiles" ADD CONSTRAINT "guest_profiles_identity_checked_by_users_id_fk" FOREIGN KEY ("identity_checked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tenant_contracts_company_idx" ON "tenant_contracts" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "tenant_staff_company_idx" ON "tenant_staff" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "centre_bill_charges_bill_idx" ON "centre_bill_charges" USING btree ("bill_id");--> statement-breakpoint
CREATE UNIQUE INDEX "centre_bill_charges_booking_idx" ON "centre_bill_charges" USING btree ("booking_id");--> statement-breakpoint
CREATE UNIQUE INDEX "centre_bill_charges_contract_month_idx" ON "centre_bill_charges" USING btree ("contract_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "centre_bills_open_user_idx" ON "centre_bills" USING btree ("payer_user_id") WHERE "centre_bills"."status" = 'open' and "centre_bills"."payer_user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "centre_bills_open_company_idx" ON "centre_bills" USING btree ("payer_company_id") WHERE "centre_bills"."status" = 'open' and "centre_bills"."payer_company_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "centre_bills_receipt_number_idx" ON "centre_bills" USING btree ("receipt_number");--> statement-breakpoint
-- A booth is let to one company at a time: contracts for the same booth may not share a day, however many are saved at once.
ALTER TABLE "tenant_contracts" ADD CONSTRAINT "tenant_contracts_no_overlap" EXCLUDE USING gist ("space_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&);--> statement-breakpoint
INSERT INTO "centre_receipt_counter" ("id", "last_number") VALUES (1, 0);
