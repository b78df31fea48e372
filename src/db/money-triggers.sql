-- Money records are kept as issued (フリーランス法 and the guideline: records kept, terms unchangeable;
-- インボイス: an issued invoice is corrected by a new one, never rewritten). Triggers hold this even
-- against a bug in the app.

-- 取引条件明示書: only the worker's one response may be added; nothing else changes, nothing is deleted.
CREATE FUNCTION terms_notices_keep_issued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'terms_notices are kept as issued';
  END IF;
  IF OLD.response IS NOT NULL
     OR (to_jsonb(NEW) - 'response' - 'responded_at') IS DISTINCT FROM (to_jsonb(OLD) - 'response' - 'responded_at') THEN
    RAISE EXCEPTION 'terms_notices are kept as issued';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER terms_notices_keep_issued
  BEFORE UPDATE OR DELETE ON terms_notices
  FOR EACH ROW EXECUTE FUNCTION terms_notices_keep_issued();
--> statement-breakpoint

-- 支払通知書: amounts fixed at the close; only the move to paid (status, paid_on) is allowed.
CREATE FUNCTION pay_statements_keep_closed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'pay_statements are kept as closed';
  END IF;
  IF (to_jsonb(NEW) - 'status' - 'paid_on') IS DISTINCT FROM (to_jsonb(OLD) - 'status' - 'paid_on')
     OR OLD.status = 'paid' THEN
    RAISE EXCEPTION 'pay_statements are kept as closed';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pay_statements_keep_closed
  BEFORE UPDATE OR DELETE ON pay_statements
  FOR EACH ROW EXECUTE FUNCTION pay_statements_keep_closed();
--> statement-breakpoint

-- Pay adjustments: who, how much, why and for which month stay as recorded; only the status moves
-- (the worker's answer, a withdrawal) and the close links it. Once paid on a statement, nothing changes.
CREATE FUNCTION pay_adjustments_keep_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.statement_id IS NOT NULL
     OR (to_jsonb(NEW) - 'status' - 'responded_at' - 'withdrawn_by' - 'withdrawn_at' - 'statement_id')
        IS DISTINCT FROM (to_jsonb(OLD) - 'status' - 'responded_at' - 'withdrawn_by' - 'withdrawn_at' - 'statement_id') THEN
    RAISE EXCEPTION 'pay_adjustments are kept as recorded';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pay_adjustments_keep_recorded
  BEFORE UPDATE OR DELETE ON pay_adjustments
  FOR EACH ROW EXECUTE FUNCTION pay_adjustments_keep_recorded();
--> statement-breakpoint

CREATE FUNCTION money_records_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is kept as recorded', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pay_statement_lines_keep
  BEFORE UPDATE OR DELETE ON pay_statement_lines
  FOR EACH ROW EXECUTE FUNCTION money_records_refuse_change();
--> statement-breakpoint
CREATE TRIGGER invoice_payments_keep
  BEFORE UPDATE OR DELETE ON invoice_payments
  FOR EACH ROW EXECUTE FUNCTION money_records_refuse_change();
--> statement-breakpoint

-- An issued invoice: only voiding it (status, voided_at, void_reason) changes it; a draft may be deleted.
CREATE FUNCTION invoices_keep_issued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'draft' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' OR OLD.status = 'void' OR NEW.status <> 'void'
     OR (to_jsonb(NEW) - 'status' - 'voided_at' - 'void_reason') IS DISTINCT FROM (to_jsonb(OLD) - 'status' - 'voided_at' - 'void_reason') THEN
    RAISE EXCEPTION 'issued invoices are kept as issued';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER invoices_keep_issued
  BEFORE UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_keep_issued();
--> statement-breakpoint

-- The lines of an issued invoice are fixed with it.
CREATE FUNCTION invoice_items_keep_issued() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  invoice_status text;
BEGIN
  SELECT status INTO invoice_status FROM invoices
    WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.invoice_id ELSE OLD.invoice_id END;
  -- A draft deleted with its lines (cascade) no longer has a row here.
  IF invoice_status IS NOT NULL AND invoice_status <> 'draft' THEN
    RAISE EXCEPTION 'issued invoices are kept as issued';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER invoice_items_keep_issued
  BEFORE INSERT OR UPDATE OR DELETE ON invoice_items
  FOR EACH ROW EXECUTE FUNCTION invoice_items_keep_issued();
--> statement-breakpoint

-- The transfer file as sent to the bank. Later it gets exactly one ending, once: the confirmation
-- (the bank paid) or the cancellation (the bank refused it, or it was never sent); nothing else changes.
CREATE FUNCTION transfer_batches_keep_file() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.confirmed_on IS NOT NULL OR OLD.cancelled
     OR NOT (NEW.confirmed_on IS NOT NULL OR NEW.cancelled)
     OR (to_jsonb(NEW) - 'confirmed_on' - 'confirmed_by' - 'cancelled' - 'cancelled_at' - 'cancelled_by' - 'cancel_reason')
        IS DISTINCT FROM (to_jsonb(OLD) - 'confirmed_on' - 'confirmed_by' - 'cancelled' - 'cancelled_at' - 'cancelled_by' - 'cancel_reason') THEN
    RAISE EXCEPTION 'transfer_batches are kept as sent';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER transfer_batches_keep_file
  BEFORE UPDATE OR DELETE ON transfer_batches
  FOR EACH ROW EXECUTE FUNCTION transfer_batches_keep_file();
--> statement-breakpoint

-- Which statements a batch paid stays on record; the only change is the batch's cancellation
-- reaching its rows (the foreign key's cascade), which frees the statements for another batch.
CREATE FUNCTION transfer_batch_statements_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.batch_cancelled OR NOT NEW.batch_cancelled
     OR (to_jsonb(NEW) - 'batch_cancelled') IS DISTINCT FROM (to_jsonb(OLD) - 'batch_cancelled') THEN
    RAISE EXCEPTION 'transfer_batch_statements are kept as sent';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER transfer_batch_statements_keep
  BEFORE UPDATE OR DELETE ON transfer_batch_statements
  FOR EACH ROW EXECUTE FUNCTION transfer_batch_statements_keep();
