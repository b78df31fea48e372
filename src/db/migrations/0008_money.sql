CREATE TYPE "public"."terms_notice_response" AS ENUM('acknowledged', 'agreed', 'refused');--> statement-breakpoint
CREATE TYPE "public"."terms_notice_source" AS ENUM('task_taken', 'task_offer', 'plan_offer', 'terms_change');--> statement-breakpoint
CREATE TYPE "public"."pay_adjustment_status" AS ENUM('proposed', 'agreed', 'refused', 'applied', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."pay_statement_status" AS ENUM('closed', 'paid');--> statement-breakpoint
CREATE TYPE "public"."invoice_kind" AS ENUM('order', 'monthly');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('draft', 'issued', 'void');--> statement-breakpoint
CREATE TABLE "money_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"withholding_categories" text[] DEFAULT '{writing,design,translation,proofreading}'::text[] NOT NULL,
	"pay_day" integer DEFAULT 25 NOT NULL,
	"pay_warning_days" integer DEFAULT 7 NOT NULL,
	"invoice_due_days" integer DEFAULT 30 NOT NULL,
	"invoice_bank_text" text,
	"issuer_postal_code" text,
	"issuer_address" text,
	"issuer_phone" text,
	"transfer_requester_code" text,
	"transfer_requester_name" text,
	"transfer_bank_code" text,
	"transfer_branch_code" text,
	"transfer_account_type" text,
	"transfer_account_number" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "money_settings_single_row_check" CHECK ("money_settings"."id" = 1),
	CONSTRAINT "money_settings_categories_check" CHECK ("money_settings"."withholding_categories" <@ array['data_entry', 'transcription', 'bookkeeping', 'design', 'web', 'writing', 'proofreading', 'translation', 'phone', 'survey', 'ai_data']::text[]),
	CONSTRAINT "money_settings_pay_day_check" CHECK ("money_settings"."pay_day" between 1 and 31),
	CONSTRAINT "money_settings_warning_check" CHECK ("money_settings"."pay_warning_days" between 0 and 60),
	CONSTRAINT "money_settings_invoice_due_check" CHECK ("money_settings"."invoice_due_days" between 0 and 120),
	CONSTRAINT "money_settings_postal_code_check" CHECK ("money_settings"."issuer_postal_code" ~ '^[0-9]{7}$'),
	CONSTRAINT "money_settings_requester_code_check" CHECK ("money_settings"."transfer_requester_code" ~ '^[0-9]{10}$'),
	CONSTRAINT "money_settings_bank_code_check" CHECK ("money_settings"."transfer_bank_code" ~ '^[0-9]{4}$'),
	CONSTRAINT "money_settings_branch_code_check" CHECK ("money_settings"."transfer_branch_code" ~ '^[0-9]{3}$'),
	CONSTRAINT "money_settings_account_type_check" CHECK ("money_settings"."transfer_account_type" in ('1', '2')),
	CONSTRAINT "money_settings_account_number_check" CHECK ("money_settings"."transfer_account_number" ~ '^[0-9]{7}$')
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "terms_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "terms_notices_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"worker_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"task_id" uuid,
	"source" "terms_notice_source" NOT NULL,
	"supersedes_id" uuid,
	"content" jsonb NOT NULL,
	"content_sha256" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by" uuid,
	"requires_agreement" boolean DEFAULT false NOT NULL,
	"response" "terms_notice_response",
	"responded_at" timestamp with time zone,
	CONSTRAINT "terms_notices_response_check" CHECK (("terms_notices"."response" is null) = ("terms_notices"."responded_at" is null)),
	CONSTRAINT "terms_notices_response_kind_check" CHECK ("terms_notices"."response" is null or ("terms_notices"."requires_agreement" and "terms_notices"."response"::text in ('agreed', 'refused')) or (not "terms_notices"."requires_agreement" and "terms_notices"."response"::text = 'acknowledged'))
);
--> statement-breakpoint
CREATE TABLE "pay_adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" uuid NOT NULL,
	"month" text NOT NULL,
	"amount_yen" integer NOT NULL,
	"reason" text NOT NULL,
	"withholds" boolean DEFAULT false NOT NULL,
	"status" "pay_adjustment_status" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"statement_id" uuid,
	CONSTRAINT "pay_adjustments_month_check" CHECK ("pay_adjustments"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "pay_adjustments_amount_check" CHECK ("pay_adjustments"."amount_yen" <> 0 and "pay_adjustments"."amount_yen" between -10000000 and 10000000),
	CONSTRAINT "pay_adjustments_reason_check" CHECK (length(trim("pay_adjustments"."reason")) between 1 and 500),
	CONSTRAINT "pay_adjustments_status_check" CHECK (("pay_adjustments"."amount_yen" > 0) = ("pay_adjustments"."status"::text in ('applied', 'withdrawn')) or ("pay_adjustments"."amount_yen" < 0 and "pay_adjustments"."status"::text = 'withdrawn')),
	CONSTRAINT "pay_adjustments_withdrawn_check" CHECK (("pay_adjustments"."status"::text = 'withdrawn') = ("pay_adjustments"."withdrawn_at" is not null)),
	CONSTRAINT "pay_adjustments_statement_check" CHECK ("pay_adjustments"."statement_id" is null or "pay_adjustments"."status"::text in ('applied', 'agreed'))
);
--> statement-breakpoint
CREATE TABLE "pay_statement_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"description" text NOT NULL,
	"work_category" text NOT NULL,
	"withholds" boolean NOT NULL,
	"pay_kind" "pay_kind" NOT NULL,
	"pay_rate_yen" integer NOT NULL,
	"unit_name" text NOT NULL,
	"units" integer NOT NULL,
	"minutes" integer NOT NULL,
	"yen" integer NOT NULL,
	"inspected_on" date NOT NULL,
	"legal_due_on" date NOT NULL,
	CONSTRAINT "pay_statement_lines_yen_check" CHECK ("pay_statement_lines"."yen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "pay_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "pay_statements_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"worker_id" uuid NOT NULL,
	"month" text NOT NULL,
	"status" "pay_statement_status" DEFAULT 'closed' NOT NULL,
	"work_yen" integer NOT NULL,
	"adjustment_yen" integer NOT NULL,
	"consumption_tax_yen" integer NOT NULL,
	"withholding_base_yen" integer NOT NULL,
	"withholding_yen" integer NOT NULL,
	"payment_yen" integer NOT NULL,
	"invoice_registration_number" text,
	"legal_due_on" date NOT NULL,
	"scheduled_on" date NOT NULL,
	"paid_on" date,
	"closed_by" uuid,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pay_statements_month_check" CHECK ("pay_statements"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "pay_statements_scheduled_check" CHECK ("pay_statements"."scheduled_on" <= "pay_statements"."legal_due_on"),
	CONSTRAINT "pay_statements_payment_check" CHECK ("pay_statements"."payment_yen" = "pay_statements"."work_yen" + "pay_statements"."adjustment_yen" + "pay_statements"."consumption_tax_yen" - "pay_statements"."withholding_yen"),
	CONSTRAINT "pay_statements_paid_check" CHECK (("pay_statements"."status"::text = 'paid') = ("pay_statements"."paid_on" is not null)),
	CONSTRAINT "pay_statements_invoice_number_check" CHECK ("pay_statements"."invoice_registration_number" ~ '^T[0-9]{13}$')
);
--> statement-breakpoint
CREATE TABLE "transfer_batch_statements" (
	"batch_id" uuid NOT NULL,
	"batch_cancelled" boolean DEFAULT false NOT NULL,
	"statement_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfer_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "transfer_batches_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"transfer_on" date NOT NULL,
	"record_count" integer NOT NULL,
	"total_yen" integer NOT NULL,
	"zengin_file" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_on" date,
	"confirmed_by" uuid,
	"cancelled" boolean DEFAULT false NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	CONSTRAINT "transfer_batches_id_cancelled_key" UNIQUE("id","cancelled"),
	CONSTRAINT "transfer_batches_count_check" CHECK ("transfer_batches"."record_count" between 1 and 999999),
	CONSTRAINT "transfer_batches_cancel_check" CHECK (case when "transfer_batches"."cancelled" then "transfer_batches"."cancelled_at" is not null and coalesce(btrim("transfer_batches"."cancel_reason"), '') <> '' and "transfer_batches"."confirmed_on" is null
        else "transfer_batches"."cancelled_at" is null and "transfer_batches"."cancelled_by" is null and "transfer_batches"."cancel_reason" is null end)
);
--> statement-breakpoint
CREATE TABLE "invoice_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"order_id" uuid,
	"description" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_name" text,
	"unit_price_yen" integer NOT NULL,
	"tax_rate" integer NOT NULL,
	CONSTRAINT "invoice_items_description_check" CHECK (length("invoice_items"."description") between 1 and 200),
	CONSTRAINT "invoice_items_quantity_check" CHECK ("invoice_items"."quantity" between 1 and 10000000),
	CONSTRAINT "invoice_items_price_check" CHECK ("invoice_items"."unit_price_yen" between 0 and 100000000),
	CONSTRAINT "invoice_items_rate_check" CHECK ("invoice_items"."tax_rate" in (10, 8))
);
--> statement-breakpoint
CREATE TABLE "invoice_number_counter" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "invoice_number_counter_single_row_check" CHECK ("invoice_number_counter"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "invoice_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"amount_yen" integer NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_payments_amount_check" CHECK ("invoice_payments"."amount_yen" between 1 and 1000000000)
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer,
	"kind" "invoice_kind" NOT NULL,
	"status" "invoice_status" DEFAULT 'draft' NOT NULL,
	"client_id" uuid NOT NULL,
	"order_id" uuid,
	"month" text,
	"subject" text NOT NULL,
	"notes" text,
	"issued_on" date,
	"due_on" date,
	"issuer_name" text,
	"issuer_registration_number" text,
	"issuer_address" text,
	"recipient_name" text,
	"bank_text" text,
	"subtotal_yen" integer,
	"tax_yen" integer,
	"total_yen" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by" uuid,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	CONSTRAINT "invoices_kind_check" CHECK (("invoices"."kind"::text = 'order') = ("invoices"."order_id" is not null) and ("invoices"."kind"::text = 'monthly') = ("invoices"."month" is not null)),
	CONSTRAINT "invoices_month_check" CHECK ("invoices"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "invoices_issued_check" CHECK (("invoices"."status"::text = 'draft') = ("invoices"."number" is null) and ("invoices"."number" is null) = ("invoices"."issued_on" is null) and ("invoices"."number" is null) = ("invoices"."total_yen" is null)),
	CONSTRAINT "invoices_void_check" CHECK (("invoices"."status"::text = 'void') = ("invoices"."voided_at" is not null)),
	CONSTRAINT "invoices_subject_check" CHECK (length("invoices"."subject") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "work_packages" ADD COLUMN "work_category" text DEFAULT 'data_entry' NOT NULL;--> statement-breakpoint
ALTER TABLE "money_settings" ADD CONSTRAINT "money_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms_notices" ADD CONSTRAINT "terms_notices_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms_notices" ADD CONSTRAINT "terms_notices_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms_notices" ADD CONSTRAINT "terms_notices_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms_notices" ADD CONSTRAINT "terms_notices_supersedes_id_terms_notices_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."terms_notices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms_notices" ADD CONSTRAINT "terms_notices_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_adjustments" ADD CONSTRAINT "pay_adjustments_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_adjustments" ADD CONSTRAINT "pay_adjustments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_adjustments" ADD CONSTRAINT "pay_adjustments_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_adjustments" ADD CONSTRAINT "pay_adjustments_statement_id_pay_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."pay_statements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_statement_lines" ADD CONSTRAINT "pay_statement_lines_statement_id_pay_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."pay_statements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_statement_lines" ADD CONSTRAINT "pay_statement_lines_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_statement_lines" ADD CONSTRAINT "pay_statement_lines_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_statement_lines" ADD CONSTRAINT "pay_statement_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_statements" ADD CONSTRAINT "pay_statements_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_statements" ADD CONSTRAINT "pay_statements_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_batch_statements" ADD CONSTRAINT "transfer_batch_statements_statement_id_pay_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."pay_statements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_batch_statements" ADD CONSTRAINT "transfer_batch_statements_batch_fk" FOREIGN KEY ("batch_id","batch_cancelled") REFERENCES "public"."transfer_batches"("id","cancelled") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "transfer_batches" ADD CONSTRAINT "transfer_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_batches" ADD CONSTRAINT "transfer_batches_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_batches" ADD CONSTRAINT "transfer_batches_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_items" ADD CONSTRAINT "invoice_items_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_items" ADD CONSTRAINT "invoice_items_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_payments" ADD CONSTRAINT "invoice_payments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_payments" ADD CONSTRAINT "invoice_payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_messages_created_idx" ON "outbox_messages" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "terms_notices_number_idx" ON "terms_notices" USING btree ("number");--> statement-breakpoint
CREATE INDEX "terms_notices_worker_idx" ON "terms_notices" USING btree ("worker_id","issued_at");--> statement-breakpoint
CREATE INDEX "terms_notices_order_idx" ON "terms_notices" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "terms_notices_task_idx" ON "terms_notices" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "pay_adjustments_worker_idx" ON "pay_adjustments" USING btree ("worker_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "pay_statement_lines_submission_idx" ON "pay_statement_lines" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "pay_statement_lines_statement_idx" ON "pay_statement_lines" USING btree ("statement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pay_statements_number_idx" ON "pay_statements" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "pay_statements_worker_month_idx" ON "pay_statements" USING btree ("worker_id","month");--> statement-breakpoint
CREATE INDEX "pay_statements_month_idx" ON "pay_statements" USING btree ("month");--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_batch_statements_statement_idx" ON "transfer_batch_statements" USING btree ("statement_id") WHERE not "transfer_batch_statements"."batch_cancelled";--> statement-breakpoint
CREATE INDEX "transfer_batch_statements_batch_idx" ON "transfer_batch_statements" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_batches_number_idx" ON "transfer_batches" USING btree ("number");--> statement-breakpoint
CREATE INDEX "invoice_items_invoice_idx" ON "invoice_items" USING btree ("invoice_id","position");--> statement-breakpoint
CREATE INDEX "invoice_payments_invoice_idx" ON "invoice_payments" USING btree ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_idx" ON "invoices" USING btree ("number");--> statement-breakpoint
CREATE INDEX "invoices_client_idx" ON "invoices" USING btree ("client_id","issued_on");--> statement-breakpoint
CREATE INDEX "invoices_order_idx" ON "invoices" USING btree ("order_id");--> statement-breakpoint
ALTER TABLE "work_packages" ADD CONSTRAINT "work_packages_work_category_check" CHECK (array["work_packages"."work_category"] <@ array['data_entry', 'transcription', 'bookkeeping', 'design', 'web', 'writing', 'proofreading', 'translation', 'phone', 'survey', 'ai_data']::text[]);