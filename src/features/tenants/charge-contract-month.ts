import type { Db } from '../../db/client';
import { formatMonth } from '../../ui/format';
import { translator } from '../../ui/i18n';
import { addCentreCharge } from '../centre-fees/add-centre-charge';
import type { ContractRow } from './list-contracts';

/**
 * Puts a contract's fee for the month (its first day `month`) on the company's open bill, once:
 * a second click, or two at once, adds nothing and says `alreadyCharged`. The bill's line is in
 * Japanese, like every line of a centre bill, whatever language the staff member reads.
 */
export async function chargeContractMonth(db: Db, companyId: string, contract: ContractRow, month: string, createdBy: string): Promise<'charged' | 'alreadyCharged'> {
  const description = translator('ja')('tenants.contract.chargeDescription', { booth: contract.boothName, month: formatMonth(month.slice(0, 7), 'ja') });
  const result = await addCentreCharge(
    db,
    { companyId },
    { siteId: contract.siteId, chargedOn: month, description, quantity: 1, unitPrice: contract.monthlyFee, amount: contract.monthlyFee, contractId: contract.id, month, createdBy },
  );
  return result === 'alreadyCharged' ? result : 'charged';
}
