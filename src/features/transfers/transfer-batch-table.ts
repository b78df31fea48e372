import type { Table } from '../../export/table-file';
import { isMessageKey, type Translate } from '../../ui/i18n';
import type { TransferBatch } from './find-transfer-batch';
import { readZenginTransferRecords } from './read-zengin-transfer-records';

/**
 * A batch as a table, read from the kept 全銀 file — so it lists exactly what went to the bank —
 * with each payment's statement and worker beside it (the file's 顧客コード1 is the statement number).
 */
export function transferBatchTable(t: Translate, batch: TransferBatch): Table {
  const byNumber = new Map(batch.statements.map((statement) => [statement.number, statement]));
  const records = readZenginTransferRecords(Buffer.from(batch.zenginFile, 'base64'));
  return {
    sheetName: t('transfer.table.sheet', { number: batch.number }),
    columns: [
      t('transfer.table.statement'),
      t('transfer.table.worker'),
      t('transfer.table.month'),
      t('transfer.table.transferOn'),
      t('transfer.table.bankCode'),
      t('transfer.table.bankName'),
      t('transfer.table.branchCode'),
      t('transfer.table.branchName'),
      t('transfer.table.accountType'),
      t('transfer.table.accountNumber'),
      t('transfer.table.recipient'),
      t('transfer.table.amount'),
    ],
    rows: records.map((record) => {
      const statement = byNumber.get(record.customerCode);
      return [
        record.customerCode,
        statement?.workerName,
        statement?.month,
        batch.transferOn,
        record.bankCode,
        record.bankName,
        record.branchCode,
        record.branchName,
        accountTypeName(t, record.accountType),
        record.accountNumber,
        record.recipientName,
        record.amountYen,
      ];
    }),
  };
}

/** 預金種目 in words: 普通, 当座, 貯蓄, その他. */
function accountTypeName(t: Translate, type: string): string {
  const key = `transfer.accountType.${type}`;
  return isMessageKey(key) ? t(key) : type;
}
