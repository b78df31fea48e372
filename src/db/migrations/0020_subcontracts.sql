CREATE TYPE "public"."subcontract_status" AS ENUM('offered', 'accepted', 'declined', 'in_progress', 'delivered', 'completed', 'cancelled');--> statement-breakpoint
CREATE TABLE "partner_orders" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"upstream_payment_due_on" date,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "subcontracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"package_id" uuid,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"units" integer NOT NULL,
	"unit_price_yen" integer NOT NULL,
	"delivery_date" date NOT NULL,
	"status" "subcontract_status" DEFAULT 'offered' NOT NULL,
	"remote_order_id" text,
	"accepted_units" integer DEFAULT 0 NOT NULL,
	"disclosed_at" timestamp with time zone,
	"upstream_payment_due_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subcontracts_units_check" CHECK ("subcontracts"."units" > 0 and "subcontracts"."accepted_units" between 0 and "subcontracts"."units"),
	CONSTRAINT "subcontracts_price_check" CHECK ("subcontracts"."unit_price_yen" >= 0),
	CONSTRAINT "subcontracts_disclosure_check" CHECK (("subcontracts"."disclosed_at" is null) = ("subcontracts"."upstream_payment_due_on" is null))
);
--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "client_id" uuid;--> statement-breakpoint
ALTER TABLE "partner_orders" ADD CONSTRAINT "partner_orders_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_orders" ADD CONSTRAINT "partner_orders_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_outbox" ADD CONSTRAINT "partner_outbox_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subcontracts" ADD CONSTRAINT "subcontracts_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subcontracts" ADD CONSTRAINT "subcontracts_package_id_work_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."work_packages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subcontracts" ADD CONSTRAINT "subcontracts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subcontracts" ADD CONSTRAINT "subcontracts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partner_orders_reference_idx" ON "partner_orders" USING btree ("partner_id","reference");--> statement-breakpoint
CREATE INDEX "partner_outbox_due_idx" ON "partner_outbox" USING btree ("next_attempt_at") WHERE "partner_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "subcontracts_order_idx" ON "subcontracts" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "subcontracts_partner_idx" ON "subcontracts" USING btree ("partner_id");--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;