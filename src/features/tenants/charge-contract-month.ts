import type { Db } from '../../db/client';
import { addCentreCharge } from '../centre-fees/add-centre-charge';
import type { ContractRow } from './list-contracts';

/**
 * Puts a contract's fee for the month (its first day `month`) on the company's open bill, once:
 * a second click, or two at once, adds nothing and says `alreadyCharged`.
 */
export async function chargeContractMonth(
  db: Db,
  companyId: string,
  contract: ContractRow,
  month: string,
  description: string,
  createdBy: string,
): Promise<'charged' | 'alreadyCharged'> {
  const result = await addCentreCharge(
    db,
    { companyId },
    {
      siteId: contract.siteId,
      chargedOn: month,
      description,
      quantity: 1,
      unitPrice: contract.monthlyFee,
      amount: contract.monthlyFee,
      contractId: contract.id,
      month,
      createdBy,
    },
  );
  return result === 'alreadyCharged' ? result : 'charged';
}
