ALTER TABLE "centre_bills" DROP CONSTRAINT "centre_bills_paid_check";--> statement-breakpoint
ALTER TABLE "centre_bills" ADD COLUMN "issuer_name" text;--> statement-breakpoint
ALTER TABLE "centre_bills" ADD COLUMN "issuer_registration_number" text;--> statement-breakpoint
-- Receipts issued before this migration: the issuer as it is now (it was read from the settings until now).
UPDATE "centre_bills" SET "issuer_name" = coalesce((SELECT "name" FROM "operators" LIMIT 1), ''),
  "issuer_registration_number" = (SELECT "invoice_registration_number" FROM "operators" LIMIT 1)
  WHERE "status" = 'paid';--> statement-breakpoint
ALTER TABLE "centre_bills" ADD CONSTRAINT "centre_bills_paid_check" CHECK (("centre_bills"."status"::text = 'paid') = ("centre_bills"."paid_at" is not null and "centre_bills"."payment_method" is not null and "centre_bills"."total" is not null and "centre_bills"."receipt_number" is not null and "centre_bills"."issuer_name" is not null));--> statement-breakpoint

-- A receipt (領収書, a 適格簡易請求書) is kept as issued, as invoices are (decision 0019): a paid bill is never
-- changed or deleted, and its charges are never added to, changed or deleted. Bills are never deleted at all.
CREATE FUNCTION centre_bills_keep_paid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.status = 'paid' THEN
    RAISE EXCEPTION 'centre_bills are kept once paid';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER centre_bills_keep_paid
  BEFORE UPDATE OR DELETE ON centre_bills
  FOR EACH ROW EXECUTE FUNCTION centre_bills_keep_paid();
--> statement-breakpoint
CREATE FUNCTION centre_bill_charges_keep_paid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' OR (SELECT status FROM centre_bills WHERE id = NEW.bill_id) = 'paid' THEN
    RAISE EXCEPTION 'centre_bill_charges are kept as charged';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER centre_bill_charges_keep_paid
  BEFORE INSERT OR UPDATE OR DELETE ON centre_bill_charges
  FOR EACH ROW EXECUTE FUNCTION centre_bill_charges_keep_paid();
