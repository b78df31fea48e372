ALTER TYPE "public"."consent_purpose" ADD VALUE 'supporter_sensitive';--> statement-breakpoint
ALTER TABLE "consents" DROP CONSTRAINT "consents_supporter_check";--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_supporter_check" CHECK (("consents"."purpose"::text in ('supporter_link', 'supporter_pay', 'supporter_sensitive')) = ("consents"."supporter_id" is not null));