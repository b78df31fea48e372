import iconv from 'iconv-lite';
import { zenginRecordBytes } from './build-zengin-transfer-file';

/** One data record of a 総合振込 file, as the bank reads it. */
export type ZenginTransferRecord = {
  bankCode: string;
  bankName: string;
  branchCode: string;
  branchName: string;
  accountType: string;
  accountNumber: string;
  recipientName: string;
  amountYen: number;
  customerCode: number;
};

/**
 * The data records of a 総合振込 file made by buildZenginTransferFile, with or without line ends:
 * what a kept file pays, to list it again exactly as it was sent.
 */
export function readZenginTransferRecords(bytes: Uint8Array): ZenginTransferRecord[] {
  const text = iconv.decode(Buffer.from(bytes), 'Shift_JIS').replace(/\r\n/g, '');
  const records: ZenginTransferRecord[] = [];
  for (let start = 0; start + zenginRecordBytes <= text.length; start += zenginRecordBytes) {
    const record = text.slice(start, start + zenginRecordBytes);
    if (record[0] !== '2') continue;
    // Positions are 0-based here: the layout's column n is record[n - 1].
    const field = (from: number, length: number) => record.slice(from - 1, from - 1 + length);
    records.push({
      bankCode: field(2, 4),
      bankName: field(6, 15).trimEnd(),
      branchCode: field(21, 3),
      branchName: field(24, 15).trimEnd(),
      accountType: field(43, 1),
      accountNumber: field(44, 7),
      recipientName: field(51, 30).trimEnd(),
      amountYen: Number(field(81, 10)),
      customerCode: Number(field(92, 10)),
    });
  }
  return records;
}
